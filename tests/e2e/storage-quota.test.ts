/**
 * Storage limits in real Chromium with real extension storage:
 * - with Chrome's default quota (the test build with unlimitedStorage taken out of its
 *   manifest), a save that does not fit is refused with the StorageFullError message and
 *   changes nothing, and fits again once space is freed;
 * - the build as shipped (with unlimitedStorage) stores past that quota;
 * - Chrome counts a record as its key plus its JSON in UTF-8 bytes, the count
 *   `npm run bench:storage` uses to say how many postings fit;
 * - data stored at an old schema version is migrated by the first write.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { extensionOrigin, launchChromium, ROOT } from '../../scripts/lib/browsers';
import type { JobPosting } from '../../src/core/posting';
import { type ExtensionGlobals, storedData } from '../helpers/extension';
import { CURRENT_SCHEMA_VERSION } from '../../src/storage/migrations';

const SHIPPED_PERMISSIONS = resolve(ROOT, 'dist/e2e/chrome');
const FULL_MESSAGE = 'The browser’s storage for Interview Lens is full. Export your prep list and remove postings you no longer need, then try again. Nothing was changed.';
const temporary: string[] = [];
let browser: Browser | undefined;

/** The test build, or a copy of it without unlimitedStorage (Chrome's default quota). */
function extension(unlimited: boolean): string {
  if (!existsSync(resolve(SHIPPED_PERMISSIONS, 'manifest.json'))) throw new Error('dist/e2e/chrome is missing: run `npm run build` first.');
  if (unlimited) return SHIPPED_PERMISSIONS;
  const dir = mkdtempSync(join(tmpdir(), 'interview-lens-quota-'));
  temporary.push(dir);
  cpSync(SHIPPED_PERMISSIONS, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as { permissions: string[] };
  manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
  writeFileSync(resolve(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

async function openExtensionPage(unlimited: boolean): Promise<Page> {
  const profile = mkdtempSync(join(tmpdir(), 'interview-lens-quota-profile-'));
  temporary.push(profile);
  browser = await launchChromium({ extension: extension(unlimited), headless: true, userDataDir: profile });
  const page = await browser.newPage();
  await page.goto(`${await extensionOrigin(browser)}/blank.html`);
  return page;
}

const posting: JobPosting = {
  kind: 'posting',
  url: 'https://jobs.example/zurich-1',
  title: { value: 'Ingénieure données – Zürich', source: 'json-ld', confidence: 1 },
  company: { value: 'Café Größe AG', source: 'json-ld', confidence: 1 },
  location: { value: 'Zürich', source: 'label', confidence: 0.8 },
  description: { value: 'Données, pipelines et qualité. '.repeat(40), source: 'page-text', confidence: 0.6 },
};

function send(page: Page, type: string, payload: unknown) {
  return page.evaluate((t, p) => (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage({ type: t, payload: p }), type, payload);
}

function local(page: Page) {
  return page.evaluate(async () => {
    const { storage } = (globalThis as unknown as ExtensionGlobals).chrome;
    return { quota: storage.local.QUOTA_BYTES, inUse: await storage.local.getBytesInUse(null), keys: Object.keys(await storage.local.get(null)).sort() };
  });
}

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('Chrome’s default quota (10 MB)', () => {
  it('a save that does not fit is refused with the clear message and changes nothing; it fits once space is freed', async () => {
    const page = await openExtensionPage(false);
    const saved = await send(page, 'prep-list/save', { posting: { ...posting, url: 'https://jobs.example/first' } });
    expect(saved?.ok).toBe(true);
    const { quota, inUse } = await local(page);
    expect(quota).toBe(10 * 1024 * 1024);
    // Fill what is left but 1,000 bytes, less than the posting needs (its JSON alone is over 1,700).
    await page.evaluate((n) => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.set({ filler: 'x'.repeat(n) }), quota - inUse - 1000 - 'filler'.length - 2);
    const before = await local(page);
    expect(before.inUse).toBe(quota - 1000);
    const records = async () => Object.fromEntries(Object.entries(await storedData(page)).filter(([key]) => key !== 'filler'));
    const recordsBefore = await records();

    expect(await send(page, 'prep-list/save', { posting })).toEqual({ ok: false, error: FULL_MESSAGE });
    expect(await local(page)).toEqual(before);
    expect(await records()).toEqual(recordsBefore);

    await page.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.remove('filler'));
    expect(await send(page, 'prep-list/save', { posting })).toMatchObject({ ok: true, value: { created: true } });
  });
});

describe('the permissions as shipped (unlimitedStorage)', () => {
  it('stores past the default quota', async () => {
    const page = await openExtensionPage(true);
    await page.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.set({ filler: 'x'.repeat(11 * 1024 * 1024) }));
    expect(await send(page, 'prep-list/save', { posting })).toMatchObject({ ok: true, value: { created: true } });
    expect((await local(page)).inUse).toBeGreaterThan(11 * 1024 * 1024);
  });

  it('Chrome counts a record as its key plus its JSON in UTF-8 bytes (what bench:storage counts)', async () => {
    const page = await openExtensionPage(true);
    const reply = await send(page, 'prep-list/save', { posting });
    const key = `posting:${(reply as { value: { id: string } }).value.id}`;
    const data = await storedData(page);
    const counted = await page.evaluate((k) => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.getBytesInUse(k), key);
    expect(counted).toBe(Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(data[key])));
    // Not the UTF-16 length: the accents and the dash take more than one byte.
    expect(counted).toBeGreaterThan(key.length + JSON.stringify(data[key]).length);
  });

  it('data stored at schema version 0 is migrated by the first write, the old record kept', async () => {
    const page = await openExtensionPage(true);
    const old = { id: 'old-1', posting, status: 'applied', notes: 'Kept', checklist: { a: true }, story: {}, interviews: [], savedAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z' };
    // The install's own migration may have stamped the version already: start from version 0.
    await page.evaluate((record) => {
      const { storage } = (globalThis as unknown as ExtensionGlobals).chrome;
      return storage.local.clear().then(() => storage.local.set({ 'posting:old-1': record }));
    }, old);
    const reply = await send(page, 'prep-list/update', { id: 'old-1', patch: { checklist: { b: true } } });
    expect(reply).toMatchObject({ ok: true, value: { id: 'old-1', notes: 'Kept', checklist: { a: true, b: true } } });
    const data = await storedData(page);
    expect(data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    // Migration 2 gave it a history: its status at its last update before the migration. The
    // fields added since (other addresses, the reply-by date) are written with their defaults.
    expect(data['posting:old-1']).toEqual({
      ...old,
      checklist: { a: true, b: true },
      history: [{ status: 'applied', at: '2026-11-01T10:00:00.000Z' }],
      alsoAt: [],
      followUpOn: '',
      updatedAt: expect.any(String),
    });
  });
});
