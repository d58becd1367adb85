/** What the settings page needs from the browser; the real one is below, tests use a fake. */
import { sendMessage } from '../messages';
import browser from '../platform/browser';
import { extensionArea } from '../storage/extension-area';
import { readPrepList } from '../storage/prep-list';
import { NOTIFICATIONS, readSettings, type Settings } from '../storage/settings';

export interface OptionsApi {
  /** The stored settings, and how many postings are saved (what "delete everything" would delete). */
  read(): Promise<{ settings: Settings; postings: number; canNotify: boolean }>;
  update(patch: Partial<Settings>): Promise<Settings>;
  /**
   * Asks the browser for the optional notifications permission; resolves with whether it was
   * granted. The browser asks only in answer to the user's own action, so call it first thing
   * in a click handler, before anything is awaited.
   */
  requestNotifications(): Promise<boolean>;
  /** Gives the permission back when reminders are turned off. */
  dropNotifications(): Promise<unknown>;
  deleteEverything(): Promise<{ postings: number }>;
}

export function extensionOptionsApi(): OptionsApi {
  const area = extensionArea();
  return {
    read: async () => {
      const [settings, list, canNotify] = await Promise.all([readSettings(area), readPrepList(area), browser.permissions.contains(NOTIFICATIONS)]);
      return { settings, postings: list.items.length + list.unreadable, canNotify };
    },
    update: (patch) => sendMessage('settings/update', { patch }),
    requestNotifications: () => browser.permissions.request(NOTIFICATIONS),
    dropNotifications: () => browser.permissions.remove(NOTIFICATIONS),
    deleteEverything: () => sendMessage('data/delete-everything', {}),
  };
}
