/**
 * The browser's side of reminders: alarms, the optional notifications permission, and what a
 * click on a notification does (open the prep list at the posting it is about).
 */
import browser from '../platform/browser';
import type { StorageArea } from '../storage/area';
import { POSTING_KEY_PREFIX } from '../storage/schema';
import { NOTIFICATIONS, SETTINGS_KEY } from '../storage/settings';
import { reminderRecordId } from '../tracker/reminders';
import { REMINDER_ALARM, type ReminderPlatform } from './reminders';

/** Stored keys whose change can change the reminders: postings and settings (not the log itself). */
export function remindersRestOn(key: string): boolean {
  return key === SETTINGS_KEY || key.startsWith(POSTING_KEY_PREFIX);
}

export function remindersPlatform(area: StorageArea): ReminderPlatform {
  return {
    area,
    now: () => Date.now(),
    canNotify: () => browser.permissions.contains(NOTIFICATIONS),
    notify: (id, options) => browser.notifications.create(id, options),
    setAlarm: (when) => browser.alarms.create(REMINDER_ALARM, { when }),
    clearAlarm: () => browser.alarms.clear(REMINDER_ALARM),
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
  };
}

/** The prep list page, opened at the posting a reminder is about (or at its top). */
export function prepListUrl(reminderId: string): string {
  const recordId = reminderRecordId(reminderId);
  return browser.runtime.getURL(`prep-list.html${recordId ? `#${encodeURIComponent(recordId)}` : ''}`);
}

let listening = false;
/**
 * The notifications API exists only once the permission is granted (it is optional), so the
 * click listener is added at start when it can be, and again when the permission is added.
 */
export function openPrepListOnClick(): void {
  if (listening || !browser.notifications) return;
  listening = true;
  browser.notifications.onClicked.addListener((id) => {
    void browser.tabs.create({ url: prepListUrl(id) });
    void browser.notifications.clear(id);
  });
}
