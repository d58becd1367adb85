/**
 * Finding and launching the real browsers for tests, benchmarks and `npm start`. CHROME_PATH
 * and FIREFOX_PATH override the Debian paths, so the same commands work with a user's own
 * browsers on macOS or Windows. A missing browser is an error, never a silent skip.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page, TargetType } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../..');

const CHROME_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

function find(envName: string, candidates: string[], install: string): string {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envName}=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`No browser found. Install it (${install}) or set ${envName} to its executable.`);
  return found;
}

export function chromePath(): string {
  return find('CHROME_PATH', CHROME_CANDIDATES, 'apt-get install chromium');
}

export function firefoxPath(): string {
  return find('FIREFOX_PATH', FIREFOX_CANDIDATES, 'apt-get install firefox-esr');
}

/** Flags that keep Chromium from reaching for the network at every start. */
const QUIET_CHROMIUM = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--no-default-browser-check'];

export async function launchChromium(options: { extension: string; headless: boolean; userDataDir?: string }): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromePath(),
    headless: options.headless,
    pipe: true, // required for enableExtensions
    enableExtensions: [options.extension],
    userDataDir: options.userDataDir,
    defaultViewport: null,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ...QUIET_CHROMIUM],
  });
}

export async function launchFirefox(options: { headless: boolean }): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless,
    // Lets the test build's background open the real popup for a test (action.openPopup).
    extraPrefsFirefox: { 'extensions.openPopupWithoutUserGesture.enabled': true },
  });
}

/** The extension's service worker, and through it the real popup for the active tab. */
export async function openPopup(browser: Browser, page: Page, file = 'popup.html'): Promise<Page> {
  const swTarget = await browser.waitForTarget((t) => t.type() === TargetType.SERVICE_WORKER && t.url().endsWith('/background.js'));
  const worker = await swTarget.worker();
  if (!worker) throw new Error('The extension service worker did not start.');
  // On a cold start the worker's target can be reached before its extension APIs are bound
  // ("chrome is not defined"): wait for them rather than fail.
  for (let waited = 0; !(await worker.evaluate("typeof chrome === 'object' && typeof chrome.action?.openPopup === 'function'")); waited += 50) {
    if (waited > 10_000) throw new Error('The extension service worker has no chrome.action API.');
    await new Promise((done) => setTimeout(done, 50));
  }
  await page.bringToFront();
  await worker.evaluate('chrome.action.openPopup()');
  const popupTarget = await browser.waitForTarget((t) => t.url().endsWith(`/${file}`));
  const popup = await popupTarget.asPage();
  return popup;
}

export async function extensionOrigin(browser: Browser): Promise<string> {
  const swTarget = await browser.waitForTarget((t) => t.type() === TargetType.SERVICE_WORKER && t.url().endsWith('/background.js'));
  // URL.origin is "null" for chrome-extension: URLs in Node; build it from the parts.
  const url = new URL(swTarget.url());
  return `${url.protocol}//${url.host}`;
}
