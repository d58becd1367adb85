/**
 * The built extension in real Firefox ESR. Automation cannot open a Firefox extension popup,
 * so this proves what runs in Firefox: the add-on installs, its background starts, and the
 * same extract.js the popup injects runs in a page through scripting.executeScript and
 * returns the right posting (the test build's background does the injecting when it sees a
 * page whose address ends in #interview-lens-e2e; see src/background/e2e-hook.ts).
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

  it('reports a page that is not a posting', async () => {
    const { result } = await extractIn('list-careers-index');
    expect(result).toMatchObject({ kind: 'not-a-posting', reason: 'list' });
  });
});
