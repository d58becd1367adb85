/**
 * Reminders in the background: show the ones that are due as notifications, and set one alarm
 * for the next. The background keeps nothing in memory (the browser stops it when idle), so
 * every run works from storage: the schedule from the saved postings (src/tracker/reminders.ts),
 * what was shown from the reminder log. Alarms outlive the service worker; the background runs
 * this again at browser start, when stored postings or settings change, and when the alarm
 * fires, so a reminder that fell due while the browser was closed is shown at the next start.
 */
import type { StorageArea } from '../storage/area';
import { readPrepList, writeWith } from '../storage/prep-list';
import { markRemindersShown, readShownReminders } from '../storage/reminder-log';
import { readSettings } from '../storage/settings';
import { dueReminders, nextReminderAt, type Reminder, type ReminderKind, reminderSchedule } from '../tracker/reminders';

export const REMINDER_ALARM = 'reminders';
/** The id of the one notification that stands for reminders beyond the first few. */
export const MORE_REMINDERS_ID = 'reminders|more';
/** Shown at once at most; turning reminders on with many quiet applications must not flood. */
export const MAX_NOTIFICATIONS = 3;

export interface NotificationOptions {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
}

/** The parts of the extension APIs this uses; the real ones are adapted in main.ts. */
export interface ReminderPlatform {
  area: StorageArea;
  now(): number;
  /** Whether the user granted the optional notifications permission. */
  canNotify(): Promise<boolean>;
  notify(id: string, options: NotificationOptions): Promise<unknown>;
  setAlarm(when: number): Promise<unknown>;
  clearAlarm(): Promise<unknown>;
  iconUrl: string;
}

const PRIORITY: Record<ReminderKind, number> = { interview: 0, 'thank-you': 1, 'follow-up': 2 };

/** The few to show when many are due: interviews first, then the most recent. */
function mostPressing(due: readonly Reminder[]): Reminder[] {
  return [...due].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.at - a.at);
}

export interface ReminderRun {
  /** Ids of the reminders shown in this run (beyond MAX_NOTIFICATIONS, counted in one). */
  shown: string[];
  /** When the alarm is set for; null when none is set. */
  next: number | null;
}

/** One run: show what is due, record it, set the alarm for the next. Call it through the write queue. */
export async function runReminders(platform: ReminderPlatform): Promise<ReminderRun> {
  const [settings, allowed] = await Promise.all([readSettings(platform.area), platform.canNotify()]);
  if (!settings.reminders || !allowed) {
    await platform.clearAlarm();
    return { shown: [], next: null };
  }
  const now = platform.now();
  const [list, shownBefore] = await Promise.all([readPrepList(platform.area), readShownReminders(platform.area)]);
  const schedule = reminderSchedule(list.items, now, settings.quietDays);
  const due = mostPressing(dueReminders(schedule, now, shownBefore));
  for (const reminder of due.slice(0, MAX_NOTIFICATIONS)) {
    await platform.notify(reminder.id, { type: 'basic', iconUrl: platform.iconUrl, title: reminder.title, message: reminder.message });
  }
  if (due.length > MAX_NOTIFICATIONS) {
    const more = due.length - MAX_NOTIFICATIONS;
    await platform.notify(MORE_REMINDERS_ID, {
      type: 'basic',
      iconUrl: platform.iconUrl,
      title: `${more} more ${more === 1 ? 'reminder' : 'reminders'}`,
      message: 'Interviews, thank-you notes and follow-ups are listed under "Coming up" in your prep list.',
    });
  }
  const shown = due.map((reminder) => reminder.id);
  if (shown.length > 0) {
    await writeWith(platform.area, markRemindersShown(shown, new Date(now).toISOString(), new Set(schedule.map((reminder) => reminder.id))));
  }
  const next = nextReminderAt(schedule, now, new Set([...shownBefore, ...shown]));
  if (next === null) await platform.clearAlarm();
  else await platform.setAlarm(next);
  return { shown, next };
}
