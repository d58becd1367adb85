/**
 * What a tab's address alone says about the page, before anything is injected. A module of its
 * own because the popup's first script (popup/early-read.ts) needs it and nothing else.
 */

/** Pages no extension can read: browser UI, other extensions, the extension stores. */
export function isBrowserPage(url: string): boolean {
  if (/^(?:chrome|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|view-source|devtools|chrome-search|resource|data|javascript|file):/i.test(url)) {
    // file: pages are readable only when the user allowed it; treat them as ordinary pages.
    return !/^file:/i.test(url);
  }
  return /^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(?:\/|$)/i.test(url);
}

/** An address that names a PDF: known before anything is injected. */
export function isPdfUrl(url: string): boolean {
  return /^[a-z]+:\/\/[^?#]*\.pdf(?:[?#]|$)/i.test(url);
}
