/** Keeps the settings signal (settings.ts) equal to what is stored, in every window. */
import { extensionArea, onStorageChanged } from '../storage/extension-area';
import { readSettings, SETTINGS_KEY, type Settings, validateSettings } from '../storage/settings';
import { applyTheme, settings } from './settings';

function use(next: Settings): void {
  settings.value = next;
  applyTheme(next.theme);
}

/** Read the stored settings, then follow their changes; a failed read keeps the defaults. */
export async function followSettings(): Promise<void> {
  onStorageChanged((changes) => {
    if (SETTINGS_KEY in changes) use(validateSettings(changes[SETTINGS_KEY].newValue));
  });
  try {
    use(await readSettings(extensionArea()));
  } catch (error) {
    console.warn('Interview Lens: settings could not be read; using the defaults', error);
  }
}
