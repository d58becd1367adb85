/**
 * Test builds only (dist/e2e; `__E2E__` is false in the shipped build, and this module is
 * dropped from it). Firefox automation cannot open the popup, so the real-browser test for
 * Firefox asks for an extraction by loading a page whose address ends in #interview-lens-e2e:
 * the background injects the same extract.js the popup injects, then writes the result into
 * the page as a data attribute that the test reads.
 */
import browser from '../platform/browser';

const MARK = '#interview-lens-e2e';

export function installE2eHook(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url?.endsWith(MARK)) return;
    void (async () => {
      let payload: string;
      try {
        const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['extract.js'] });
        payload = JSON.stringify({ ok: true, value: first?.result ?? null });
      } catch (error) {
        payload = JSON.stringify({ ok: false, error: String(error) });
      }
      await browser.scripting.executeScript({
        target: { tabId },
        func: (json: string) => document.documentElement.setAttribute('data-interview-lens-result', json),
        args: [payload],
      });
    })();
  });
}
