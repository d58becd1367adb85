/**
 * The user's settings, one stored record under "settings". Absent or damaged fields fall back
 * to the defaults one by one, so a hand-edited or older record never costs the others.
 */
import * as v from 'valibot';
import { SEARCH_ENGINES } from '../core/prep/links';
import { DEFAULT_QUIET_DAYS } from '../tracker/coming-up';
import type { StorageArea } from './area';
import type { Change } from './prep-list';
import { PROFILE_KEY } from './profile';
import { REMINDER_LOG_KEY } from './reminder-log';
import { POSTING_KEY_PREFIX } from './schema';

export const SETTINGS_KEY = 'settings';

export const MIN_QUIET_DAYS = 1;
export const MAX_QUIET_DAYS = 90;

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const SettingsSchema = v.object({
  /** Which search engine the research links open. */
  searchEngine: v.fallback(v.picklist(SEARCH_ENGINES), 'duckduckgo'),
  /** "system" follows the browser's light or dark preference. */
  theme: v.fallback(v.picklist(THEMES), 'system'),
  /**
   * Notifications for interviews, thank-yous and follow-ups: off until the user turns them on
   * (and grants the notifications permission, which is asked for then).
   */
  reminders: v.fallback(v.boolean(), false),
  /** Days without news on an application before a follow-up is suggested. */
  quietDays: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(MIN_QUIET_DAYS), v.maxValue(MAX_QUIET_DAYS)), DEFAULT_QUIET_DAYS),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

/** The optional permission reminders need, as permissions.request/contains/remove take it. */
export const NOTIFICATIONS: { permissions: 'notifications'[] } = { permissions: ['notifications'] };

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

export function validateSettings(raw: unknown): Settings {
  return v.parse(SettingsSchema, typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {});
}

export async function readSettings(area: StorageArea): Promise<Settings> {
  const data = await area.get(SETTINGS_KEY);
  return validateSettings(data[SETTINGS_KEY]);
}

/** Change some settings, keeping the others as stored. */
export function updateSettings(patch: Partial<Settings>): Change<Settings> {
  return Object.assign(
    (data: Record<string, unknown>) => {
      const settings = validateSettings({ ...validateSettings(data[SETTINGS_KEY]), ...patch });
      return { data: { ...data, [SETTINGS_KEY]: settings }, result: settings };
    },
    { keys: [SETTINGS_KEY] as const },
  );
}

/** Everything stored of the user's own besides the postings. */
const USER_KEYS: ReadonlySet<string> = new Set([SETTINGS_KEY, PROFILE_KEY, REMINDER_LOG_KEY]);

/**
 * "Delete everything": every saved posting, the résumé, every setting and the record of
 * reminders shown. The schema version stays, so the next save does not run old migrations on
 * an empty store.
 */
export function deleteEverything(): Change<{ postings: number }> {
  return (data) => {
    const kept = Object.fromEntries(Object.entries(data).filter(([key]) => !USER_KEYS.has(key) && !key.startsWith(POSTING_KEY_PREFIX)));
    const postings = Object.keys(data).filter((key) => key.startsWith(POSTING_KEY_PREFIX)).length;
    return { data: kept, result: { postings } };
  };
}
