/**
 * The popup's first script, a few kilobytes loaded before its interface code: it asks for the
 * active tab and injects the extractor at once, so reading the page (about 60 ms) overlaps
 * loading the popup's 60 KB of JavaScript instead of following it (`npm run bench:popup`).
 *
 * It calls the browser's own promise-based API (Chrome's `chrome`, Firefox's `browser`: both
 * return promises for these two calls in MV3) rather than the polyfill, which would double
 * its size. Where neither is there, it does nothing and the popup reads the page itself.
 */
import { isBrowserPage, isPdfUrl } from '../core/extract/address-kind';
import { injectExtractor, type ScriptingApi } from '../content/read-tab';
import { publishEarlyRead } from './early-read-handoff';

interface NativeApi {
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number; url?: string; title?: string }[]> };
  scripting?: ScriptingApi;
}

performance.mark('interview-lens:early-start');
const globals = globalThis as { browser?: NativeApi; chrome?: NativeApi };
const api = globals.browser ?? globals.chrome;
const scripting = api?.scripting;

if (api && scripting) {
  const tab = api.tabs.query({ active: true, currentWindow: true }).then(([t]) => ({ id: t?.id ?? null, url: t?.url, title: t?.title }));
  const reading = tab.then((t) => (t.id === null || (t.url && (isBrowserPage(t.url) || isPdfUrl(t.url))) ? null : injectExtractor(scripting, t.id)));
  // The popup reports a failure when it takes the promise; until then it is not unhandled.
  tab.catch(() => undefined);
  reading.catch(() => undefined);
  void reading.then(() => performance.mark('interview-lens:early-read'), () => undefined);
  publishEarlyRead({ tab, reading });
}
