/**
 * The extension pages load the skills lexicon as a file of the package (the build copies
 * src/core/analyze/data/skills.json to skills.json) rather than inside their script: the
 * popup paints without parsing it, and fetching it runs beside reading the page.
 */
import { type CompactLexicon, installLexicon } from '../core/analyze/skills';
import browser from './browser';
import { LEXICON_FILE } from './package-files';

export async function loadPackagedLexicon(): Promise<void> {
  const response = await fetch(browser.runtime.getURL(LEXICON_FILE));
  if (!response.ok) throw new Error(`Interview Lens could not read its skills list (${response.status}). Reinstalling the extension restores it.`);
  installLexicon((await response.json()) as CompactLexicon);
}
