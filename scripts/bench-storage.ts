/**
 * npm run bench:storage [-- <corpus dir>] [--quick]
 *
 * How many saved postings fit in extension storage, measured:
 * 1. Realistic saved records, built by the real code paths: the extractor on every saved page
 *    of the corpus (../shared/corpus, real job pages) and on the project's fixture pages
 *    (tests/fixtures/pages, short pages written for tests), each saved with the progress of a
 *    well-used record (60 % of the research ticked, three examples written, notes, two
 *    interviews with interviewers and notes). Their size as Chrome counts it against the quota
 *    (the key plus the value's JSON, in UTF-8 bytes), and what gzip + base64 would make of it.
 * 2. In real Chromium, the test build with its manifest's permissions as shipped but without
 *    unlimitedStorage (so Chrome's default quota of storage.local applies): storage filled through
 *    the real message path with those records until the background refuses a write; prints how
 *    many fitted, Chrome's own byte count, the refusal's message, whether anything changed, and
 *    how long one write takes with the storage that full.
 * 3. The shipped permissions (with unlimitedStorage): the same records past the default quota,
 *    to 2,000 postings, and the time of one write there. Skipped with --quick.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Browser, Page } from 'puppeteer-core';
import { extractPosting } from '../src/core/extract';
import type { JobPosting } from '../src/core/posting';
import { installBundledLexicon } from '../src/core/analyze/bundled-lexicon';
import { buildPrepPlan } from '../src/core/prep';
import { savePosting, updatePosting } from '../src/storage/prep-list';
import { POSTING_KEY_PREFIX, type SavedPosting } from '../src/storage/schema';
import type { ExtensionGlobals } from '../tests/helpers/extension';
import { extensionOrigin, launchChromium, ROOT } from './lib/browsers';
import { DEFAULT_CORPUS, hasCorpus, readManifest } from './lib/corpus';
import { fmt, median } from './lib/stats';

installBundledLexicon();

const args = process.argv.slice(2);
const corpus = resolve(args.find((a) => !a.startsWith('--')) ?? DEFAULT_CORPUS);
const QUICK = args.includes('--quick');
const NOW = '2026-12-01T09:00:00.000Z';
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

function postingsFrom(pages: { html: string; url: string }[]): JobPosting[] {
  const out: JobPosting[] = [];
  for (const { html, url } of pages) {
    const doc = new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() }).window.document;
    const result = extractPosting(doc, url);
    if (result.kind === 'posting' && result.title) out.push(result);
  }
  return out;
}

const PROSE = 'In my last role I led the move of our billing service to a new queue, cut the failed payments by a third and wrote the runbook the on-call team still uses. ';
const text = (chars: number) => PROSE.repeat(Math.ceil(chars / PROSE.length)).slice(0, chars);

/** A saved record as the extension writes it, with the progress of a well-used one. */
function wellUsedRecord(posting: JobPosting): SavedPosting {
  const plan = buildPrepPlan(posting);
  const ticks = Object.fromEntries(plan.research.slice(0, Math.ceil(plan.research.length * 0.6)).map((item) => [item.id, true]));
  const story = Object.fromEntries(plan.story.slice(0, 3).map((slot) => [slot.id, text(500)]));
  const saved = savePosting(posting, NOW, { checklist: ticks, story })({});
  const id = saved.result.id;
  const interviews = [0, 1].map((i) => ({ id: `interview-${i}`, date: `2026-12-0${3 + i}T10:00:00.000Z`, kind: 'panel' as const, interviewers: [{ name: 'Alex Example', role: 'Engineering Manager' }, { name: 'Sam Sample', role: '' }], notes: text(600), thankYouSent: i === 0 }));
  return updatePosting(id, { status: 'interviewing', notes: text(1200), interviews }, NOW)(saved.data).result;
}

/** What Chrome counts against the quota for one item: the key and the value's JSON. */
function chromeBytes(record: SavedPosting): number {
  return utf8(POSTING_KEY_PREFIX + record.id) + utf8(JSON.stringify(record));
}

function summary(label: string, records: SavedPosting[]) {
  const bytes = records.map(chromeBytes);
  const gz = records.map((r) => Math.ceil(gzipSync(JSON.stringify(r.posting)).length / 3) * 4 + utf8(JSON.stringify({ ...r, posting: '' })));
  const snapshot = records.map((r) => utf8(JSON.stringify(r.posting)));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${label}: ${records.length} postings`);
  console.log(`  bytes per saved posting: median ${kb(median(bytes))}, mean ${kb(mean(bytes))}, largest ${kb(Math.max(...bytes))}`);
  console.log(`  of which the posting snapshot: mean ${kb(mean(snapshot))}`);
  console.log(`  with the snapshot gzipped and base64-encoded: mean ${kb(mean(gz))} (${((1 - mean(gz) / mean(bytes)) * 100).toFixed(0)} % smaller)`);
  return mean(bytes);
}

const fixtures = readdirSync(resolve(ROOT, 'tests/fixtures/pages')).map((name) => {
  const dir = resolve(ROOT, 'tests/fixtures/pages', name);
  const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as { url: string };
  return { html: readFileSync(resolve(dir, 'page.html'), 'utf8'), url: expected.url };
});
const fixtureRecords = postingsFrom(fixtures).map(wellUsedRecord);
summary('Fixture pages (tests/fixtures/pages, short pages written for tests)', fixtureRecords);
let records = fixtureRecords;
if (hasCorpus(corpus)) {
  const rows = readManifest(corpus).filter((row) => row.kind === 'single');
  records = postingsFrom(rows.map((row) => ({ html: readFileSync(resolve(corpus, row.file), 'utf8'), url: row.url }))).map(wellUsedRecord);
  summary(`Real job pages (${corpus}, kind "single")`, records);
} else {
  console.log(`No corpus at ${corpus}: the fill below uses the fixture pages, which are shorter than real postings.`);
}

/** The n-th record to store: the realistic records in turn, each under its own id and address. */
function nth(n: number): SavedPosting {
  const base = records[n % records.length]!;
  return { ...base, id: `bench-${n}`, posting: { ...base.posting, url: `${base.posting.url}#bench-${n}` } };
}

type Sent = { ok: true; value: unknown } | { ok: false; error: string };

function send(page: Page, type: string, payload: unknown): Promise<Sent> {
  return page.evaluate(async (t, p) => {
    const reply = await (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage({ type: t, payload: p });
    return reply ?? { ok: false as const, error: 'no answer' };
  }, type, payload);
}

async function usage(page: Page) {
  return page.evaluate(async () => {
    const { local } = (globalThis as unknown as ExtensionGlobals).chrome.storage;
    const all = await local.get(null);
    return { bytes: await local.getBytesInUse(null), postings: Object.keys(all).filter((k) => k.startsWith('posting:')).length, quota: local.QUOTA_BYTES };
  });
}

/** Median time of an update (one tick) through the message path, with storage as it is. */
async function writeTime(page: Page, id: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const reply = await send(page, 'prep-list/update', { id, patch: { checklist: { [`bench-tick-${i}`]: true } } });
    if (!reply.ok) throw new Error(reply.error);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** The test build with its permissions changed, in a temporary folder. */
function buildWith(permissions: (list: string[]) => string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'interview-lens-bench-storage-'));
  cpSync(resolve(ROOT, 'dist/e2e/chrome'), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as { permissions: string[] };
  manifest.permissions = permissions(manifest.permissions);
  writeFileSync(resolve(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

async function open(extension: string): Promise<{ browser: Browser; page: Page; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'interview-lens-bench-profile-'));
  const browser = await launchChromium({ extension, headless: true, userDataDir: profile });
  const page = await browser.newPage();
  await page.goto(`${await extensionOrigin(browser)}/blank.html`);
  return { browser, page, profile };
}

// 2. The default quota, filled through the real import and save messages until refused.
{
  const extension = buildWith((list) => list.filter((p) => p !== 'unlimitedStorage'));
  const { browser, page, profile } = await open(extension);
  let n = 0;
  for (let batch = 100; batch >= 1; ) {
    const reply = await send(page, 'prep-list/import', { records: Array.from({ length: batch }, (_, i) => nth(n + i)) });
    if (reply.ok) n += batch;
    else batch = batch === 1 ? 0 : Math.max(1, Math.floor(batch / 4));
  }
  const full = await usage(page);
  const estimate = Array.from({ length: full.postings }, (_, i) => chromeBytes(nth(i))).reduce((a, b) => a + b, 0) + utf8('schemaVersion1');
  // The write that no longer fits: the largest realistic posting, saved with its progress.
  const largest = records.reduce((a, b) => (chromeBytes(b) > chromeBytes(a) ? b : a));
  const posting = { ...largest.posting, url: 'https://bench.example/one-too-many' };
  const before = await page.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.get(null));
  const refused = await send(page, 'prep-list/save', { posting, progress: { checklist: largest.checklist, story: largest.story } });
  const after = await page.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.get(null));
  const unchanged = JSON.stringify(before) === JSON.stringify(after);
  const ms = await writeTime(page, nth(0).id).catch((error: unknown) => `refused (${String(error)})`);
  console.log(`\nChromium, default quota (storage.local.QUOTA_BYTES = ${full.quota.toLocaleString('en')} bytes):`);
  console.log(`  ${full.postings} saved postings fitted; Chrome counts ${full.bytes.toLocaleString('en')} bytes in use, ${(full.bytes / full.postings / 1024).toFixed(1)} KB per posting (counted here: ${estimate.toLocaleString('en')})`);
  console.log(`  one more save (${(chromeBytes(largest) / 1024).toFixed(1)} KB): ${refused.ok ? 'ACCEPTED (unexpected)' : `refused with "${refused.error}"`}; storage ${unchanged ? 'unchanged' : 'CHANGED'}`);
  console.log(`  one update with storage this full: ${typeof ms === 'number' ? fmt(ms) : ms}`);
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(extension, { recursive: true, force: true });
}

// 3. The permissions as shipped: past the default quota.
if (!QUICK) {
  const extension = buildWith((list) => list);
  const { browser, page, profile } = await open(extension);
  const target = 2000;
  const started = performance.now();
  for (let n = 0; n < target; n += 100) {
    const reply = await send(page, 'prep-list/import', { records: Array.from({ length: Math.min(100, target - n) }, (_, i) => nth(n + i)) });
    if (!reply.ok) throw new Error(`refused at ${n}: ${reply.error}`);
  }
  const filled = performance.now() - started;
  const full = await usage(page);
  const ms = await writeTime(page, nth(0).id);
  console.log(`\nChromium, the shipped permissions (${(await page.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.runtime.getManifest().permissions ?? [])).join(', ')}):`);
  console.log(`  ${full.postings} saved postings stored (${(full.bytes / 1024 / 1024).toFixed(1)} MB, filled in ${fmt(filled)}); one update: ${fmt(ms)}`);
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(extension, { recursive: true, force: true });
}
