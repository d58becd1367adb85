/**
 * The one import of webextension-polyfill. Chrome 148+ and Firefox have the promise-based
 * `browser` namespace natively and the polyfill steps aside; it still serves older Chromium
 * browsers. Everything else imports `browser` from here, so that choice stays in one place.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Scripting, Storage, Tabs } from 'webextension-polyfill';
