/**
 * For real-browser tests that talk to the built test extension from inside its own pages and
 * its service worker. Functions given to page.evaluate run in the browser, so they cannot call
 * anything from this module: they reach the extension APIs through `globalThis` typed as
 * `ExtensionGlobals` (a type only, erased before the function is sent).
 */
import type { Browser, CDPSession, Page, WebWorker } from 'puppeteer-core';
import { TargetType } from 'puppeteer-core';
import type { Handlers } from '../../src/messages';
import type { ReminderRun } from '../../src/background/reminders';

/** The message envelope of src/messages.ts, as the pages send it. */
export interface Envelope {
  type: string;
  payload: unknown;
}

export type Reply = { ok: true; value: unknown } | { ok: false; error: string } | undefined;

/** The part of the `chrome` namespace these tests use, in an extension page or the worker. */
export interface ExtensionGlobals {
  chrome: {
    runtime: { sendMessage(message: Envelope): Promise<Reply>; getManifest(): { permissions?: string[] } };
    storage: {
      local: {
        get(keys: null | string | string[]): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
        remove(keys: string | string[]): Promise<void>;
        clear(): Promise<void>;
        getBytesInUse(keys: null | string | string[]): Promise<number>;
        QUOTA_BYTES: number;
      };
    };
  };
  /** The test build's hook (src/background/e2e-hook.ts): the background's own handlers. */
  __interviewLensE2e: { handlers: Handlers; reminders(): Promise<ReminderRun> };
}

export async function serviceWorker(browser: Browser): Promise<WebWorker> {
  const target = await browser.waitForTarget((t) => t.type() === TargetType.SERVICE_WORKER && t.url().endsWith('/background.js'));
  const worker = await target.worker();
  if (!worker) throw new Error('The extension service worker did not start.');
  // On a cold start the worker can be reached before its code has run: wait for the hook.
  await worker.evaluate(async () => {
    for (let waited = 0; !(globalThis as unknown as Partial<ExtensionGlobals>).__interviewLensE2e; waited += 20) {
      if (waited > 10_000) throw new Error('The test hook is missing: is this the test build?');
      await new Promise((done) => setTimeout(done, 20));
    }
  });
  return worker;
}

/** Everything in the extension's storage.local, read from one of its pages. */
export function storedData(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.get(null));
}

/**
 * Stops the extension's service worker the way the browser does when it is idle or out of
 * time: through DevTools' ServiceWorker domain, from a page of the extension (so the worker is
 * in that page's storage partition). Chrome starts it again on the next message.
 */
export async function serviceWorkerStopper(page: Page): Promise<{ stop(): Promise<void>; session: CDPSession }> {
  const session = await page.createCDPSession();
  await session.send('ServiceWorker.enable');
  return { session, stop: () => session.send('ServiceWorker.stopAllWorkers') };
}
