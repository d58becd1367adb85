/**
 * Reminders: when to remind the user of what "Coming up" lists, worked out from the saved
 * records alone. Pure: records, the user's quiet period and the time in; the whole schedule
 * out, past and future, so the background can show what fell due while the browser was
 * closed and wake itself for the next one (src/background/reminders.ts).
 *
 * - The morning of an interview: at 08:00 on its day, or an hour before it when it starts
 *   earlier; useless once the round has started.
 * - A thank-you: the evening after a round, at 18:00 or an hour after it starts when that is
 *   later, while it is not marked sent; dropped after THANK_YOU_DAYS, as "Coming up" drops it.
 * - A follow-up, on a posting the user applied to or is interviewing for with no round ahead:
 *   at 09:00 on the day after the date the company gave, or, when it gave none, on the day the
 *   posting has been quiet for the user's quiet period.
 * Every reminder has an id that names what it is about (the posting, the round or the date it
 * rests on), so one shown is never shown again, and a new date makes a new reminder.
 */
import { INTERVIEW_KIND_LABELS, type Interview, type SavedPosting } from '../storage/schema';
import { IN_PROGRESS, lastActivity, postingName, startOfDay, THANK_YOU_DAYS } from './coming-up';
import { atHour, localTime, personLabel } from './interviews';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type ReminderKind = 'interview' | 'thank-you' | 'follow-up';

export interface Reminder {
  /** `<kind>|<record id>|<what it rests on>`: stable for the same round or date. */
  id: string;
  recordId: string;
  kind: ReminderKind;
  /** When to show it (ms since the epoch). */
  at: number;
  /** After this it is no use any more, and is not shown (Infinity: it stays useful). */
  until: number;
  title: string;
  message: string;
}

/** A round stored as a day only ("2026-12-15") has no start time. */
const hasTime = (round: Interview) => round.date.includes('T');

/** "14:30", or "2:30 PM": the time as the user's browser writes it. */
export type TimeFormat = (time: number) => string;

const defaultTimeFormat: TimeFormat = (time) => new Date(time).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });

function roundLabel(round: Interview): string {
  return round.kind === 'other' ? 'Interview' : `${INTERVIEW_KIND_LABELS[round.kind]} interview`;
}

function roundReminders(record: SavedPosting, round: Interview, formatTime: TimeFormat): Reminder[] {
  const start = localTime(round.date);
  if (Number.isNaN(start)) return [];
  const name = postingName(record);
  const key = `${record.id}|${round.id}@${round.date}`;
  const who = round.interviewers.length > 0 ? ` with ${round.interviewers.map(personLabel).join(', ')}` : '';
  const reminders: Reminder[] = [
    {
      id: `interview|${key}`,
      recordId: record.id,
      kind: 'interview',
      at: hasTime(round) ? Math.min(atHour(start, 8), start - HOUR) : atHour(start, 8),
      until: hasTime(round) ? start : start + DAY,
      title: `Interview today: ${name}`,
      message: `${roundLabel(round)}${hasTime(round) ? ` at ${formatTime(start)}` : ''}${who}. Your plan and notes are in the prep list.`,
    },
  ];
  if (!round.thankYouSent) {
    reminders.push({
      id: `thank-you|${key}`,
      recordId: record.id,
      kind: 'thank-you',
      at: hasTime(round) ? Math.max(atHour(start, 18), start + HOUR) : atHour(start, 18),
      until: start + THANK_YOU_DAYS * DAY,
      title: `Send a thank-you note: ${name}`,
      message: `For today's ${roundLabel(round).toLowerCase()}${who}. A few lines while it is fresh; mark it sent in the prep list.`,
    });
  }
  return reminders;
}

function followUpReminder(record: SavedPosting, now: number, quietDays: number): Reminder {
  const name = postingName(record);
  const promised = localTime(record.followUpOn);
  if (!Number.isNaN(promised)) {
    return {
      id: `follow-up|${record.id}|date ${record.followUpOn}`,
      recordId: record.id,
      kind: 'follow-up',
      at: atHour(promised + DAY, 9),
      until: Infinity,
      title: `Time to follow up: ${name}`,
      message: 'The date they said you would hear back by has passed. A short, friendly note asking where things stand is fine.',
    };
  }
  const quietSince = lastActivity(record, now);
  const due = quietSince + quietDays * DAY;
  return {
    id: `follow-up|${record.id}|quiet since ${new Date(quietSince).toISOString()}`,
    recordId: record.id,
    kind: 'follow-up',
    at: Math.max(due, atHour(due, 9)),
    until: Infinity,
    title: `Time to follow up: ${name}`,
    message: `No news for ${quietDays} ${quietDays === 1 ? 'day' : 'days'}. A short note asking where things stand keeps you in mind.`,
  };
}

/** Every reminder the records call for, in the order they fall due. */
export function reminderSchedule(records: readonly SavedPosting[], now: number, quietDays: number, formatTime: TimeFormat = defaultTimeFormat): Reminder[] {
  const schedule: Reminder[] = [];
  for (const record of records) {
    if (record.status === 'closed') continue;
    for (const round of record.interviews) schedule.push(...roundReminders(record, round, formatTime));
    // As "Coming up" has it: a round from today on is what the user is waiting for, not news.
    const roundAhead = record.interviews.some((round) => localTime(round.date) >= startOfDay(now));
    if (IN_PROGRESS.has(record.status) && !roundAhead) schedule.push(followUpReminder(record, now, quietDays));
  }
  return schedule.sort((a, b) => a.at - b.at);
}

/** What to show now: due, still of use, and not shown before. */
export function dueReminders(schedule: readonly Reminder[], now: number, shown: ReadonlySet<string>): Reminder[] {
  return schedule.filter((reminder) => reminder.at <= now && now < reminder.until && !shown.has(reminder.id));
}

/** When to wake for the next reminder; null when none is ahead. */
export function nextReminderAt(schedule: readonly Reminder[], now: number, shown: ReadonlySet<string>): number | null {
  const ahead = schedule.filter((reminder) => reminder.at > now && !shown.has(reminder.id));
  return ahead.length > 0 ? Math.min(...ahead.map((reminder) => reminder.at)) : null;
}

/** The posting a reminder's notification is about (its id's second part). */
export function reminderRecordId(reminderId: string): string | null {
  const parts = reminderId.split('|');
  return parts.length >= 3 && parts[1] ? parts[1] : null;
}
