/**
 * The built extension in real Firefox ESR. Automation can neither click the toolbar button
 * nor look into extension pages in Firefox, so the test build's background does both on
 * request (src/background/e2e-hook.ts): it injects the same extract.js the popup injects and
 * hands the result to the page, and it opens the real popup (action.openPopup, allowed by a
 * preference in the test profile), which reports what it shows through storage
 * (src/popup/e2e-report.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectedResult } from '../../src/content/extract-result';
import { launchFirefox, ROOT } from '../../scripts/lib/browsers';
import { type Served, serveDirectory } from '../../scripts/lib/serve';

const EXTENSION = resolve(ROOT, 'dist/e2e/firefox');
let server: Served;
let browser: Browser;

async function extractIn(slug: string): Promise<InjectedResult> {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/pages/${slug}/page.html#interview-lens-e2e`);
  const handle = await page.waitForFunction(() => document.documentElement.getAttribute('data-interview-lens-result'), { timeout: 20_000 });
  const reply = JSON.parse((await handle.jsonValue()) as string) as { ok: boolean; value: InjectedResult; error?: string };
  await page.close();
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

beforeAll(async () => {
  if (!existsSync(resolve(EXTENSION, 'manifest.json'))) throw new Error('dist/e2e/firefox is missing: run `npm run build` first.');
  server = await serveDirectory(resolve(ROOT, 'tests/fixtures'));
  browser = await launchFirefox({ headless: true });
  await browser.installExtension(EXTENSION);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Interview Lens in Firefox', () => {
  it('extracts the posting from a page with JSON-LD', async () => {
    const { result, ms } = await extractIn('jsonld-demo-posting');
    expect(result.kind).toBe('posting');
    if (result.kind !== 'posting') return;
    expect(result.title).toEqual({ value: 'Senior Backend Engineer, Payments Platform', source: 'json-ld', confidence: 0.9 });
    expect(result.company?.value).toBe('Northwind Ledger');
    expect(result.location?.value).toBe('Berlin, Germany (Hybrid)');
    expect(result.description?.value.startsWith('About Northwind Ledger')).toBe(true);
    expect(ms).toBeGreaterThan(0);
  });

  it('extracts a posting from a page without structured data', async () => {
    const { result } = await extractIn('generic-careers-page');
    expect(result).toMatchObject({ kind: 'posting', title: { value: 'Customer Support Specialist' }, location: { value: 'Leeds, United Kingdom' } });
  });

  it('injects the script with Readability when the first one asks for it, and reads the body it finds', async () => {
    const { result, needsReadability } = await extractIn('generic-text-in-plain-divs');
    expect(needsReadability).toBeUndefined();
    expect(result).toMatchObject({ kind: 'posting', title: { value: 'Boatyard Rigger' }, description: { source: 'page-text', confidence: 0.5 } });
    if (result.kind !== 'posting') return;
    expect(result.description?.value.startsWith('Saltcote Marine builds and refits wooden sailing boats')).toBe(true);
  });

  it('reports a page that is not a posting', async () => {
    const { result } = await extractIn('list-careers-index');
    expect(result).toMatchObject({ kind: 'not-a-posting', reason: 'list' });
  });
});

interface PopupReport {
  firstState: string;
  state: string;
  fields: string[];
  heading: string | null;
  research: string[];
  questions: string[];
}

/** Opens the real popup on the page (test build, see src/popup/e2e-report.ts) and returns what it showed. */
async function popupOn(url: string): Promise<PopupReport> {
  const page = await browser.newPage();
  await page.goto(`${url}#interview-lens-popup`);
  const handle = await page.waitForFunction(() => document.documentElement.getAttribute('data-interview-lens-popup'), { timeout: 20_000 });
  const report = JSON.parse((await handle.jsonValue()) as string) as PopupReport;
  await page.close();
  return report;
}

describe('the real popup in Firefox', () => {
  it('shows the posting and the plan built from it', async () => {
    const report = await popupOn(`${server.origin}/pages/jsonld-demo-posting/page.html`);
    expect(report.state).toBe('posting');
    expect(report.fields.slice(0, 3)).toEqual(['Senior Backend Engineer, Payments Platform', 'Northwind Ledger', 'Berlin, Germany (Hybrid)']);
    expect(report.research.length).toBeGreaterThanOrEqual(8);
    expect(report.research[0]).toBe('Read Northwind Ledger’s mission and values pages and pick two values you can back with your own stories.');
    expect(report.questions.length).toBeGreaterThanOrEqual(10);
  });

  it('says plainly when a page is not a posting', async () => {
    const report = await popupOn(`${server.origin}/pages/list-careers-index/page.html`);
    expect(report.state).toBe('not-a-posting');
    expect(report.heading).toBe('This looks like a list of jobs, not a single posting. Open one posting and click Interview Lens again.');
  });
});
