/**
 * Reminders: the schedule worked out from saved records (src/tracker/reminders.ts), and a
 * background run over the real storage logic with an in-memory area, where only the browser's
 * notifications and alarm are fakes that record what they were asked (src/background/reminders.ts).
 */
import { describe, expect, it } from 'vitest';
import { MAX_NOTIFICATIONS, MORE_REMINDERS_ID, type NotificationOptions, type ReminderPlatform, runReminders } from '../../src/background/reminders';
import { savePosting, updatePosting, writeWith } from '../../src/storage/prep-list';
import { REMINDER_LOG_KEY } from '../../src/storage/reminder-log';
import { updateSettings } from '../../src/storage/settings';
import { dueReminders, nextReminderAt, reminderRecordId, reminderSchedule } from '../../src/tracker/reminders';
import { memoryArea } from '../helpers/memory-area';
import { posting, record, round } from '../helpers/saved-records';

/** Local times, as the user typed them into the date inputs. */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 11, day, hour, minute).getTime();
/** Noon on Tuesday 1 December 2026. */
const NOW = at(1, 12);
const hhmm = (time: number) => {
  const d = new Date(time);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};
const when = (list: { id: string; at: number; until: number }[]) => list.map((r) => `${r.id} @ ${new Date(r.at).toString().slice(4, 21)}`);

describe('the reminder schedule', () => {
  it('reminds on the morning of a round at 8:00, and for a thank-you that evening at 18:00', () => {
    const records = [record('a', 'interviewing', { interviews: [round('r1', '2026-12-03T14:30', { kind: 'panel', interviewers: [{ name: 'Ana Ruiz', role: 'Head of Design' }] })] })];
    const schedule = reminderSchedule(records, NOW, 14, hhmm);
    expect(when(schedule)).toEqual(['interview|a|r1@2026-12-03T14:30 @ Dec 03 2026 08:00', 'thank-you|a|r1@2026-12-03T14:30 @ Dec 03 2026 18:00']);
    expect(schedule[0]).toMatchObject({
      recordId: 'a',
      kind: 'interview',
      until: at(3, 14, 30),
      title: 'Interview today: Role a at Acme',
      message: 'Panel interview at 14:30 with Ana Ruiz (Head of Design). Your plan and notes are in the prep list.',
    });
    expect(schedule[1]).toMatchObject({ kind: 'thank-you', until: at(10, 14, 30), title: 'Send a thank-you note: Role a at Acme' });
  });

  it('reminds an hour before a round that starts before 9:00, and an hour after one that starts late in the day', () => {
    const records = [record('a', 'interviewing', { interviews: [round('early', '2026-12-03T08:30'), round('late', '2026-12-04T17:45')] })];
    expect(when(reminderSchedule(records, NOW, 14, hhmm))).toEqual([
      'interview|a|early@2026-12-03T08:30 @ Dec 03 2026 07:30',
      'thank-you|a|early@2026-12-03T08:30 @ Dec 03 2026 18:00',
      'interview|a|late@2026-12-04T17:45 @ Dec 04 2026 08:00',
      'thank-you|a|late@2026-12-04T17:45 @ Dec 04 2026 18:45',
    ]);
  });

  it('a round with a day and no time: 8:00, useful all that day, and no time in the message', () => {
    const [morning] = reminderSchedule([record('a', 'interviewing', { interviews: [round('r', '2026-12-03')] })], NOW, 14, hhmm);
    expect(morning).toMatchObject({ at: at(3, 8), until: at(4, 0), message: 'Interview. Your plan and notes are in the prep list.' });
  });

  it('no thank-you for a round marked sent, nothing for a round with no date, nothing at all for a closed posting', () => {
    const records = [
      record('a', 'interviewing', { interviews: [round('sent', '2026-12-03T10:00', { thankYouSent: true }), round('undated', '')] }),
      record('b', 'closed', { interviews: [round('r', '2026-12-03T10:00')] }),
    ];
    expect(reminderSchedule(records, NOW, 14, hhmm).map((r) => r.id)).toEqual(['interview|a|sent@2026-12-03T10:00']);
  });

  it('a follow-up at 9:00 the day after the date the company gave', () => {
    const schedule = reminderSchedule([record('a', 'applied', { followUpOn: '2026-12-05' })], NOW, 14, hhmm);
    expect(when(schedule)).toEqual(['follow-up|a|date 2026-12-05 @ Dec 06 2026 09:00']);
    expect(schedule[0]!.until).toBe(Infinity);
  });

  it('with no date given, a follow-up once the application has been quiet for the user’s quiet period', () => {
    const records = [record('a', 'applied', { history: [{ status: 'applied', at: new Date(at(1, 7)).toISOString() }], savedAt: new Date(at(1, 7)).toISOString() })];
    expect(when(reminderSchedule(records, NOW, 10, hhmm))).toEqual([`follow-up|a|quiet since ${new Date(at(1, 7)).toISOString()} @ Dec 11 2026 09:00`]);
    // Past 9:00 on the day it falls due: at that time, not earlier.
    const afternoon = [record('b', 'applied', { history: [{ status: 'applied', at: new Date(at(1, 15)).toISOString() }], savedAt: new Date(at(1, 15)).toISOString() })];
    expect(reminderSchedule(afternoon, NOW, 3, hhmm)[0]!.at).toBe(at(4, 15));
    expect(reminderSchedule(afternoon, NOW, 3, hhmm)[0]!.message).toBe('No news for 3 days. A short note asking where things stand keeps you in mind.');
  });

  it('no follow-up while a round is ahead, or for a posting still being researched', () => {
    const records = [
      record('a', 'interviewing', { followUpOn: '2026-11-20', interviews: [round('r', '2026-12-09T10:00')] }),
      record('b', 'researching', { followUpOn: '2026-11-20' }),
    ];
    expect(reminderSchedule(records, NOW, 14, hhmm).map((r) => r.kind)).toEqual(['interview', 'thank-you']);
  });

  it('due: fallen due, still of use and not shown; next: the soonest ahead not shown', () => {
    const records = [record('a', 'interviewing', { interviews: [round('past', '2026-12-01T10:00'), round('soon', '2026-12-02T11:00')] })];
    const schedule = reminderSchedule(records, NOW, 14, hhmm);
    // This morning's round has started (its morning reminder is of no use now); its thank-you is due at 18:00.
    expect(dueReminders(schedule, NOW, new Set())).toEqual([]);
    expect(nextReminderAt(schedule, NOW, new Set())).toBe(at(1, 18));
    expect(dueReminders(schedule, at(1, 19), new Set()).map((r) => r.id)).toEqual(['thank-you|a|past@2026-12-01T10:00']);
    expect(dueReminders(schedule, at(1, 19), new Set(['thank-you|a|past@2026-12-01T10:00']))).toEqual([]);
    expect(nextReminderAt(schedule, at(1, 19), new Set())).toBe(at(2, 8));
    expect(nextReminderAt(schedule, at(9, 0), new Set())).toBe(null);
  });

  it('an id names its posting; a new date makes a new reminder', () => {
    const [first] = reminderSchedule([record('a', 'applied', { followUpOn: '2026-12-05' })], NOW, 14, hhmm);
    const [moved] = reminderSchedule([record('a', 'applied', { followUpOn: '2026-12-12' })], NOW, 14, hhmm);
    expect(first!.id).not.toBe(moved!.id);
    expect(reminderRecordId(first!.id)).toBe('a');
    expect(reminderRecordId(MORE_REMINDERS_ID)).toBe(null);
  });
});

/** The browser as the background run sees it: records every notification and alarm. */
function fakePlatform(area: ReturnType<typeof memoryArea>, now: number, canNotify = true) {
  const shown: { id: string; options: NotificationOptions }[] = [];
  const alarm: { when: number | null } = { when: null };
  const platform: ReminderPlatform = {
    area,
    now: () => now,
    canNotify: () => Promise.resolve(canNotify),
    notify: (id, options) => Promise.resolve(shown.push({ id, options })),
    setAlarm: (time) => Promise.resolve((alarm.when = time)),
    clearAlarm: () => Promise.resolve((alarm.when = null)),
    iconUrl: 'chrome-extension://id/icons/icon-128.png',
  };
  return { platform, shown, alarm };
}

/** A posting saved and applied to at 9:00 on 1 December, with the date the company gave when there is one. */
async function applied(area: ReturnType<typeof memoryArea>, title: string, followUpOn = '') {
  const { id } = await writeWith(area, savePosting(posting(title, 'Acme'), new Date(at(1, 9)).toISOString()));
  await writeWith(area, updatePosting(id, { status: 'applied', ...(followUpOn ? { followUpOn } : {}) }, new Date(at(1, 9)).toISOString()));
  return id;
}

describe('a background run', () => {
  it('does nothing, and clears the alarm, while reminders are off (the default)', async () => {
    const area = memoryArea();
    await applied(area, 'Designer', '2026-11-20');
    const { platform, shown, alarm } = fakePlatform(area, NOW);
    alarm.when = 1;
    expect(await runReminders(platform)).toEqual({ shown: [], next: null });
    expect(shown).toEqual([]);
    expect(alarm.when).toBe(null);
  });

  it('does nothing while the notifications permission is not granted, even with reminders on', async () => {
    const area = memoryArea();
    await writeWith(area, updateSettings({ reminders: true }));
    await applied(area, 'Designer', '2026-11-20');
    const { platform, shown } = fakePlatform(area, NOW, false);
    expect(await runReminders(platform)).toEqual({ shown: [], next: null });
    expect(shown).toEqual([]);
  });

  it('shows what is due once, records it, and sets the alarm for the next', async () => {
    const area = memoryArea();
    await writeWith(area, updateSettings({ reminders: true }));
    const id = await applied(area, 'Designer', '2026-11-20');
    const later = await applied(area, 'Writer', '2026-12-07');
    const { platform, shown, alarm } = fakePlatform(area, NOW);
    const run = await runReminders(platform);
    expect(shown).toEqual([
      {
        id: `follow-up|${id}|date 2026-11-20`,
        options: {
          type: 'basic',
          iconUrl: 'chrome-extension://id/icons/icon-128.png',
          title: 'Time to follow up: Designer at Acme',
          message: 'The date they said you would hear back by has passed. A short, friendly note asking where things stand is fine.',
        },
      },
    ]);
    expect(run).toEqual({ shown: [`follow-up|${id}|date 2026-11-20`], next: at(8, 9) });
    expect(alarm.when).toBe(at(8, 9));
    expect(Object.keys((area.dump()[REMINDER_LOG_KEY] as { shown: object }).shown)).toEqual([`follow-up|${id}|date 2026-11-20`]);
    // The browser restarts, or the alarm fires early: nothing is shown twice.
    expect((await runReminders(platform)).shown).toEqual([]);
    expect(shown).toHaveLength(1);
    // The alarm fires on the 8th: the second one, and none after it.
    const eighth = fakePlatform(area, at(8, 9));
    expect(await runReminders(eighth.platform)).toEqual({ shown: [`follow-up|${later}|date 2026-12-07`], next: null });
    expect(eighth.alarm.when).toBe(null);
  });

  it('many due at once: the first few as notifications, the rest counted in one', async () => {
    const area = memoryArea();
    await writeWith(area, updateSettings({ reminders: true }));
    for (const title of ['A', 'B', 'C', 'D', 'E']) await applied(area, title, '2026-11-20');
    const { platform, shown } = fakePlatform(area, NOW);
    const run = await runReminders(platform);
    expect(run.shown).toHaveLength(5);
    expect(shown.map((n) => n.id).slice(MAX_NOTIFICATIONS)).toEqual([MORE_REMINDERS_ID]);
    expect(shown).toHaveLength(MAX_NOTIFICATIONS + 1);
    expect(shown.at(-1)!.options.title).toBe('2 more reminders');
  });

  it('forgets shown reminders that are no longer scheduled, so the log stays small', async () => {
    const area = memoryArea({ [REMINDER_LOG_KEY]: { shown: { 'follow-up|gone|date 2026-01-01': '2026-01-02T09:00:00.000Z' } } });
    await writeWith(area, updateSettings({ reminders: true }));
    const id = await applied(area, 'Designer', '2026-11-20');
    await runReminders(fakePlatform(area, NOW).platform);
    expect(area.dump()[REMINDER_LOG_KEY]).toEqual({ shown: { [`follow-up|${id}|date 2026-11-20`]: new Date(NOW).toISOString() } });
  });

  it('a damaged log reads as empty: the due reminder is shown, nothing fails', async () => {
    const area = memoryArea({ [REMINDER_LOG_KEY]: 'not a log' });
    await writeWith(area, updateSettings({ reminders: true }));
    await applied(area, 'Designer', '2026-11-20');
    const { platform, shown } = fakePlatform(area, NOW);
    await runReminders(platform);
    expect(shown).toHaveLength(1);
  });
});
