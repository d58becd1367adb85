/**
 * Test builds only (dist/e2e; `__E2E__` is false in the shipped build, and this module is
 * dropped from it). Firefox automation can neither click the toolbar button nor look into
 * extension pages, so the Firefox test asks for things by the address it loads:
 * - a page ending in #interview-lens-e2e: the background injects the same extract.js the popup
 *   injects and writes the result into the page as a data attribute the test reads;
 * - a page ending in #interview-lens-popup: the background opens the real popup on that tab
 *   (action.openPopup), the popup reports what it shows through storage
 *   (src/popup/e2e-report.ts), and the report is written into the page the same way.
 * And for the storage tests (tests/e2e/storage-*.test.ts), the background's own message
 * handlers as `globalThis.__interviewLensE2e.handlers`: a test evaluating code in the service
 * worker calls them to make writes from the background itself, through the same write queue
 * the pages' messages go through; and the reminders' run, so a test can see what one run shows.
 */
import type { Handlers } from '../messages';
import { injectExtractor } from '../content/read-tab';
import browser from '../platform/browser';
import type { ReminderRun } from './reminders';

const MARK = '#interview-lens-e2e';
const POPUP_MARK = '#interview-lens-popup';
const POPUP_REPORT_KEY = 'e2e:popup-report';

function writeIntoPage(tabId: number, attribute: string, payload: string) {
  return browser.scripting.executeScript({
    target: { tabId },
    func: (name: string, json: string) => document.documentElement.setAttribute(name, json),
    args: [attribute, payload],
  });
}

const E2E_GLOBAL = '__interviewLensE2e';

/**
 * `reminders` runs the reminders once, through the same write queue as the background's own
 * runs, and answers what it showed and when the alarm is set for (tests/e2e/reminders.test.ts).
 */
export function installE2eHook(handlers: Handlers, reminders: () => Promise<ReminderRun>): void {
  (globalThis as Record<string, unknown>)[E2E_GLOBAL] = { handlers, reminders };
  let popupTab: number | null = null;
  browser.storage.onChanged.addListener((changes) => {
    const report = changes[POPUP_REPORT_KEY]?.newValue;
    if (report && popupTab !== null) void writeIntoPage(popupTab, 'data-interview-lens-popup', JSON.stringify(report));
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' && tab.url?.endsWith(POPUP_MARK)) {
      popupTab = tabId;
      void browser.storage.local.remove(POPUP_REPORT_KEY).then(() => browser.action.openPopup());
      return;
    }
    if (change.status !== 'complete' || !tab.url?.endsWith(MARK)) return;
    void (async () => {
      let payload: string;
      try {
        payload = JSON.stringify({ ok: true, value: await injectExtractor(browser.scripting, tabId) });
      } catch (error) {
        payload = JSON.stringify({ ok: false, error: String(error) });
      }
      await writeIntoPage(tabId, 'data-interview-lens-result', payload);
    })();
  });
}
