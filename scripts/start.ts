/**
 * npm start: the built extension in a real browser, on a demo posting served on 127.0.0.1.
 *
 *   npm start                          Chromium with a window: click the toolbar button
 *   npm start -- --headless            no window (automatic on Linux without DISPLAY): opens the
 *                                      real popup, saves a screenshot, prints what it shows
 *   npm start -- --browser firefox     the same in Firefox, as far as Firefox allows
 *   npm start -- --page <fixture>      another page from tests/fixtures/pages
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchChromium, launchFirefox, openPopup, ROOT } from './lib/browsers';
import { serveDirectory } from './lib/serve';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const browserName = (option('--browser') ?? 'chromium').toLowerCase();
const slug = option('--page') ?? 'jsonld-demo-posting';
const headless = args.includes('--headless') || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const ARTIFACTS = resolve(ROOT, '.artifacts');

if (!['chromium', 'chrome', 'firefox'].includes(browserName)) {
  console.error(`Unknown --browser ${browserName}: use chromium or firefox.`);
  process.exit(2);
}

const server = await serveDirectory(resolve(ROOT, 'tests/fixtures'));
const pageUrl = `${server.origin}/pages/${slug}/page.html`;
let browser: Browser | null = null;

async function finish(code = 0) {
  await browser?.close().catch(() => undefined);
  await server.close();
  process.exit(code);
}

function waitForClose(b: Browser) {
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  b.on('disconnected', () => void finish());
  process.on('SIGINT', () => void finish());
}

try {
  mkdirSync(ARTIFACTS, { recursive: true });
  if (browserName === 'firefox') await startFirefox();
  else await startChromium();
} catch (error) {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  await finish(1);
}

async function startChromium() {
  if (!headless) {
    // The shipped build: the real toolbar click grants activeTab, as for any user.
    browser = await launchChromium({ extension: resolve(ROOT, 'dist/chrome'), headless: false });
    const [tab] = await browser.pages();
    await (tab ?? (await browser.newPage())).goto(pageUrl);
    console.log(`Chromium is open on the demo posting: ${pageUrl}`);
    console.log('Click the Interview Lens button in the toolbar (pin it from the puzzle-piece menu), or press Alt+Shift+L.');
    waitForClose(browser);
    return;
  }
  // Headless: automation cannot click the toolbar, so openPopup() stands in for the click and
  // the test build's 127.0.0.1 host permission stands in for the activeTab grant it brings.
  browser = await launchChromium({ extension: resolve(ROOT, 'dist/e2e/chrome'), headless: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  await page.goto(pageUrl);
  const popup = await openPopup(browser, page);
  await popup.waitForSelector('.posting-card, .state:not(.loading), .confirm');
  const shot = resolve(ARTIFACTS, 'popup-chromium.png');
  // What the user sees: browsers cap a popup at 800×600 and scroll the rest.
  await popup.setViewport({ width: 420, height: 600 });
  await popup.screenshot({ path: shot });
  // One selector per call: functions sent to the page must not define helpers of their own
  // (tsx wraps named functions in a helper that does not exist in the page).
  const text = (selector: string) => popup.$eval(selector, (el) => el.textContent?.trim() ?? null).catch(() => null);
  const shown = {
    title: await text('.field-title .value'),
    company: await text('.field-company .value'),
    location: await text('.field-location .value'),
    message: await text('.state h2'),
    check: await text('.confirm h2'),
  };
  if (shown.message) {
    console.log(`The popup says: ${shown.message}`);
  } else if (shown.check) {
    // The role or the employer is a guess: the popup asks the user to check them first.
    const reasons = await popup.$$eval('.confirm-reasons li', (els) => els.map((el) => el.textContent?.trim() ?? ''));
    console.log(`The popup asks: ${shown.check}`);
    for (const reason of reasons) console.log(`  - ${reason}`);
  } else {
    await popup.click('#tab-ask');
    await popup.waitForSelector('.question-text');
    const questions = await popup.$$eval('.question-text', (els) => els.slice(0, 3).map((el) => el.textContent?.trim() ?? ''));
    console.log(`Company:  ${shown.company}\nTitle:    ${shown.title}\nLocation: ${shown.location}\nFirst questions to ask:`);
    for (const q of questions) console.log(`  - ${q}`);
  }
  console.log(`Screenshot of the real popup: ${shot}`);
  await finish();
}

async function startFirefox() {
  if (!headless) {
    browser = await launchFirefox({ headless: false });
    await browser.installExtension(resolve(ROOT, 'dist/firefox'));
    const page = await browser.newPage();
    await page.goto(pageUrl);
    console.log(`Firefox is open on the demo posting with Interview Lens installed as a temporary add-on: ${pageUrl}`);
    console.log('Click the Interview Lens button in the toolbar (from the extensions menu if it is not pinned), or press Alt+Shift+L.');
    waitForClose(browser);
    return;
  }
  // Firefox lets automation neither click the toolbar nor see into the popup: the test build's
  // background opens the real popup on the page, and the popup reports what it shows through
  // storage (src/background/e2e-hook.ts, src/popup/e2e-report.ts). Screenshots show only pages.
  browser = await launchFirefox({ headless: true });
  await browser.installExtension(resolve(ROOT, 'dist/e2e/firefox'));
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  await page.goto(`${pageUrl}#interview-lens-popup`);
  const handle = await page.waitForFunction(() => document.documentElement.getAttribute('data-interview-lens-popup'), { timeout: 20_000 });
  const report = JSON.parse((await handle.jsonValue()) as string) as { state: string; fields: string[]; heading: string | null; questions: string[] };
  const shot = resolve(ARTIFACTS, 'page-firefox.png');
  await page.screenshot({ path: shot });
  if (report.state !== 'posting') {
    console.log(`The popup in Firefox says: ${report.heading ?? report.state}`);
  } else {
    const [title, company, location] = report.fields;
    console.log('The real popup in Firefox shows:');
    console.log(`Company:  ${company}\nTitle:    ${title}\nLocation: ${location}\nFirst questions to ask:`);
    for (const q of report.questions.slice(0, 3)) console.log(`  - ${q}`);
  }
  console.log(`Screenshot of the page in Firefox (Firefox does not let automation capture its popup): ${shot}`);
  await finish();
}
