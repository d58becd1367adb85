/**
 * The user's settings, one stored record under "settings". Absent or damaged fields fall back
 * to the defaults one by one, so a hand-edited or older record never costs the others.
 */
import * as v from 'valibot';
import { SEARCH_ENGINES } from '../core/prep/links';
import type { StorageArea } from './area';
import type { Change } from './prep-list';
import { PROFILE_KEY } from './profile';
import { POSTING_KEY_PREFIX } from './schema';

export const SETTINGS_KEY = 'settings';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const SettingsSchema = v.object({
  /** Which search engine the research links open. */
  searchEngine: v.fallback(v.picklist(SEARCH_ENGINES), 'duckduckgo'),
  /** "system" follows the browser's light or dark preference. */
  theme: v.fallback(v.picklist(THEMES), 'system'),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

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

/**
 * "Delete everything": every saved posting, the résumé and every setting. The schema version
 * stays, so the next save does not run old migrations on an empty store.
 */
export function deleteEverything(): Change<{ postings: number }> {
  return (data) => {
    const kept = Object.fromEntries(Object.entries(data).filter(([key]) => key !== SETTINGS_KEY && key !== PROFILE_KEY && !key.startsWith(POSTING_KEY_PREFIX)));
    const postings = Object.keys(data).filter((key) => key.startsWith(POSTING_KEY_PREFIX)).length;
    return { data: kept, result: { postings } };
  };
}
