/** What the settings page needs from the browser; the real one is below, tests use a fake. */
import { sendMessage } from '../messages';
import { extensionArea } from '../storage/extension-area';
import { readPrepList } from '../storage/prep-list';
import { readSettings, type Settings } from '../storage/settings';

export interface OptionsApi {
  /** The stored settings, and how many postings are saved (what "delete everything" would delete). */
  read(): Promise<{ settings: Settings; postings: number }>;
  update(patch: Partial<Settings>): Promise<Settings>;
  deleteEverything(): Promise<{ postings: number }>;
}

export function extensionOptionsApi(): OptionsApi {
  const area = extensionArea();
  return {
    read: async () => {
      const [settings, list] = await Promise.all([readSettings(area), readPrepList(area)]);
      return { settings, postings: list.items.length + list.unreadable };
    },
    update: (patch) => sendMessage('settings/update', { patch }),
    deleteEverything: () => sendMessage('data/delete-everything', {}),
  };
}
