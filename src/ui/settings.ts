/**
 * The user's settings as the extension's pages use them: a signal the components read (kept
 * up to date by follow-settings.ts, which only the pages' entry points load), and the theme
 * applied to the page. Component tests see the defaults.
 */
import { signal } from '@preact/signals';
import { withSearchEngine } from '../core/prep/links';
import { DEFAULT_SETTINGS, type Settings, type Theme } from '../storage/settings';

export const settings = signal<Settings>(DEFAULT_SETTINGS);

/** "system" leaves the choice to the browser (prefers-color-scheme); base.css reads the attribute. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** A research link as the user's chosen search engine opens it. */
export function researchUrl(url: string): string {
  return withSearchEngine(url, settings.value.searchEngine);
}
