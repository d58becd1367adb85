/**
 * npm run bench:popup [-- --runs N]
 * Time from opening the real popup on the demo posting to the prep plan being visible, in
 * Chromium with the built extension (test build, see README). Baseline in the same run: a blank
 * popup (one word, no script) opened the same way on the same page, which is the fixed cost of
 * opening any extension popup. Prints each median and the ratio.
 */
import { resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchChromium, openPopup, ROOT } from './lib/browsers';
import { serveDirectory } from './lib/serve';
import { fmt, median } from './lib/stats';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 9;

interface Timing {
  /** From the openPopup() call until the selector is visible, as seen from outside. */
  outside: number;
  /** From the popup document's start until the plan (or the page) is on screen, its own clock. */
  inside: number;
  extractMs: number | null;
  /** The popup's own phase marks (ms from document start), when it set them. */
  phases: Record<string, number>;
}

/** Marks src/popup/early-read.ts and main.tsx set on the way to the plan. */
const PHASES = ['early-start', 'early-read', 'script-start', 'tab-known', 'page-read', 'first-render', 'plan-visible'];

async function timeOpen(browser: Browser, url: string, ready: string, popupFile = 'popup.html'): Promise<Timing> {
  const worker = await (await browser.waitForTarget((t) => t.url().endsWith('/background.js'))).worker();
  await worker!.evaluate(`chrome.action.setPopup({ popup: '${popupFile}' })`);
  const page = await browser.newPage();
  await page.goto(url);
  const started = performance.now();
  const popup = await openPopup(browser, page, popupFile);
  await popup.waitForSelector(ready, { visible: true });
  const outside = performance.now() - started;
  const inside = await popup.evaluate(async () => {
    // The plan's own mark, or for the blank page its first contentful paint.
    for (let i = 0; i < 100; i++) {
      const mark = performance.getEntriesByName('interview-lens:plan-visible')[0] ?? performance.getEntriesByName('first-contentful-paint')[0];
      if (mark) return mark.startTime;
      await new Promise((r) => setTimeout(r, 10));
    }
    return Number.NaN;
  });
  const extractMs = await popup.evaluate(() => Number(document.body.dataset.extractMs ?? 'NaN'));
  const phases = await popup.evaluate(
    (names: string[]) => Object.fromEntries(names.flatMap((name) => performance.getEntriesByName(`interview-lens:${name}`).map((m) => [name, m.startTime]))),
    PHASES,
  );
  await popup.close();
  await page.close();
  return { outside, inside, extractMs: Number.isNaN(extractMs) ? null : extractMs, phases };
}

const server = await serveDirectory(resolve(ROOT, 'tests/fixtures'));
const browser = await launchChromium({ extension: resolve(ROOT, 'dist/e2e/chrome'), headless: true });
try {
  const demo = `${server.origin}/pages/jsonld-demo-posting/page.html`;
  // One warm-up of each, so the first-run cost of starting the service worker is not counted.
  await timeOpen(browser, demo, '.research-item');
  await timeOpen(browser, demo, '#ready', 'blank.html');
  const plan: Timing[] = [];
  const blank: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    plan.push(await timeOpen(browser, demo, '.research-item'));
    blank.push(await timeOpen(browser, demo, '#ready', 'blank.html'));
  }
  const inside = median(plan.map((t) => t.inside));
  const blankInside = median(blank.map((t) => t.inside));
  console.log(`Popup on the demo posting, ${RUNS} runs each, medians:`);
  console.log(`  popup document start -> prep plan on screen: ${fmt(inside)} (min ${fmt(Math.min(...plan.map((t) => t.inside)))}, max ${fmt(Math.max(...plan.map((t) => t.inside)))})`);
  console.log(`    of which extraction in the page: ${fmt(median(plan.map((t) => t.extractMs ?? Number.NaN).filter((n) => !Number.isNaN(n))))}`);
  console.log('    phases (median ms from document start):');
  for (const name of PHASES) {
    const times = plan.map((t) => t.phases[name]).filter((n): n is number => n !== undefined);
    if (times.length > 0) console.log(`      ${name.padEnd(13)} ${fmt(median(times))}`);
  }
  console.log(`  baseline, blank popup document start -> first paint: ${fmt(blankInside)}`);
  console.log(`  ratio: ${(inside / blankInside).toFixed(2)}x the blank popup (${fmt(inside - blankInside)} more)`);
  console.log(`  seen from outside, openPopup() -> plan visible: ${fmt(median(plan.map((t) => t.outside)))}; blank popup: ${fmt(median(blank.map((t) => t.outside)))}`);
} finally {
  await browser.close();
  await server.close();
}

