/**
 * Saving under pressure, in real Chromium with real extension storage (the test build,
 * dist/e2e/chrome):
 * - three extension contexts (the real popup, the prep list page and the background service
 *   worker itself) each make 100 updates to the same two records at once, and all 300 land;
 * - the service worker is stopped in the middle of a run of saves and updates, and every
 *   write that had answered is in storage afterwards, every record whole.
 * The pages speak the message protocol of src/messages.ts (the envelope and reply that
 * `sendMessage` wraps); the worker calls the same handlers the messages reach, through the
 * test build's hook, so all three go through the one write queue.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionOrigin, launchChromium, openPopup, ROOT } from '../../scripts/lib/browsers';
import { type Served, serveDirectory } from '../../scripts/lib/serve';
import type { JobPosting } from '../../src/core/posting';
import { POSTING_KEY_PREFIX, type SavedPosting, validateSavedPosting } from '../../src/storage/schema';
import { type ExtensionGlobals, serviceWorker, serviceWorkerStopper, storedData } from '../helpers/extension';
import { CURRENT_SCHEMA_VERSION } from '../../src/storage/migrations';

const EXTENSION = resolve(ROOT, 'dist/e2e/chrome');
let browser: Browser;
let server: Served;
let profile: string;
let origin: string;

function posting(n: number, descriptionChars = 600): JobPosting {
  const words = 'Design, build and run the services that move money for our customers. ';
  return {
    kind: 'posting',
    url: `https://jobs.example/${n}`,
    title: { value: `Backend Engineer ${n}`, source: 'json-ld', confidence: 1 },
    company: { value: `Company ${n}`, source: 'json-ld', confidence: 1 },
    location: { value: 'Berlin, Germany', source: 'label', confidence: 0.8 },
    description: { value: words.repeat(Math.ceil(descriptionChars / words.length)).slice(0, descriptionChars), source: 'page-text', confidence: 0.6 },
  };
}

/** Sends one save from an extension page and returns the new record's id. */
async function save(page: Page, p: JobPosting): Promise<string> {
  const reply = await page.evaluate(
    (payload) => (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage({ type: 'prep-list/save', payload }),
    { posting: p },
  );
  if (!reply?.ok) throw new Error(`save failed: ${JSON.stringify(reply)}`);
  return (reply.value as { id: string }).id;
}

function record(data: Record<string, unknown>, id: string): SavedPosting {
  const valid = validateSavedPosting(data[POSTING_KEY_PREFIX + id]);
  if (!valid) throw new Error(`record ${id} is missing or unreadable`);
  return valid;
}

beforeAll(async () => {
  if (!existsSync(resolve(EXTENSION, 'manifest.json'))) throw new Error('dist/e2e/chrome is missing: run `npm run build` first.');
  server = await serveDirectory(resolve(ROOT, 'tests/fixtures'));
  profile = mkdtempSync(join(tmpdir(), 'interview-lens-storage-'));
  browser = await launchChromium({ extension: EXTENSION, headless: true, userDataDir: profile });
  origin = await extensionOrigin(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('three extension contexts writing at once', () => {
  it('popup, prep list page and service worker each tick 100 items on the same two records: all 300 land', async () => {
    const list = await browser.newPage();
    await list.goto(`${origin}/prep-list.html`);
    const ids = [await save(list, posting(1)), await save(list, posting(2))];
    const page = await browser.newPage();
    await page.goto(`${server.origin}/pages/jsonld-demo-posting/page.html`);
    const popup = await openPopup(browser, page);
    await popup.waitForSelector('.research-item');
    const worker = await serviceWorker(browser);

    // Each context sends its 100 updates without waiting for one before the next, and notes
    // when it started and when its last answer came, to show that the three overlapped.
    type Run = { started: number; finished: number; failures: string[] };
    const fromPage = (context: string) => async (target: Page) =>
      target.evaluate(
        async (name, recordIds) => {
          const { chrome } = globalThis as unknown as ExtensionGlobals;
          const started = Date.now();
          const replies = await Promise.all(
            Array.from({ length: 100 }, (_, i) =>
              chrome.runtime.sendMessage({ type: 'prep-list/update', payload: { id: recordIds[i % 2], patch: { checklist: { [`${name}-${i}`]: true } } } }),
            ),
          );
          const failures = replies.filter((r) => !r?.ok).map((r) => JSON.stringify(r));
          return { started, finished: Date.now(), failures };
        },
        context,
        ids,
      );
    const fromWorker = worker.evaluate(async (recordIds) => {
      const { handlers } = (globalThis as unknown as ExtensionGlobals).__interviewLensE2e;
      const started = Date.now();
      const results = await Promise.allSettled(
        Array.from({ length: 100 }, (_, i) => handlers['prep-list/update']({ id: recordIds[i % 2]!, patch: { checklist: { [`worker-${i}`]: true } } })),
      );
      const failures = results.filter((r) => r.status === 'rejected').map((r) => String(r.reason));
      return { started, finished: Date.now(), failures };
    }, ids);
    const t0 = performance.now();
    const runs: Run[] = await Promise.all([fromPage('popup')(popup), fromPage('list')(list), fromWorker]);
    const ms = performance.now() - t0;
    console.log(`300 concurrent updates from 3 contexts: ${ms.toFixed(0)} ms`);

    expect(runs.map((r) => r.failures)).toEqual([[], [], []]);
    // All three were in flight together: each started before any of them had finished.
    expect(Math.max(...runs.map((r) => r.started))).toBeLessThan(Math.min(...runs.map((r) => r.finished)));

    const data = await storedData(list);
    const expected = (parity: number) =>
      Object.fromEntries(['popup', 'list', 'worker'].flatMap((name) => Array.from({ length: 100 }, (_, i) => i).filter((i) => i % 2 === parity).map((i) => [`${name}-${i}`, true])));
    expect(record(data, ids[0]!).checklist).toEqual(expected(0));
    expect(record(data, ids[1]!).checklist).toEqual(expected(1));
    expect(Object.keys(record(data, ids[0]!).checklist)).toHaveLength(150);
    // The rest of each record is untouched.
    expect(record(data, ids[0]!).posting).toEqual(posting(1));
    expect(record(data, ids[1]!).posting).toEqual(posting(2));
    for (const p of [popup, page, list]) if (!p.isClosed()) await p.close();
  });
});

describe('the service worker stopped in the middle of saving', () => {
  // A browser of its own, in which the test never attaches to the worker: with DevTools
  // attached to it (as openPopup and the test above do), Chromium leaves the restarted worker
  // in "starting" for good, which no user's browser does.
  let own: Browser;
  let ownProfile: string;
  beforeAll(async () => {
    ownProfile = mkdtempSync(join(tmpdir(), 'interview-lens-sw-stop-'));
    own = await launchChromium({ extension: EXTENSION, headless: true, userDataDir: ownProfile });
  });
  afterAll(async () => {
    await own?.close();
    rmSync(ownProfile, { recursive: true, force: true });
  });

  it('keeps every save and update that had answered, and every record whole', async () => {
    const page = await own.newPage();
    await page.goto(`${await extensionOrigin(own)}/blank.html`);
    const stopper = await serviceWorkerStopper(page);
    const target = await save(page, posting(100));
    const sent = new Map<string, JobPosting>();
    const acknowledged = new Set<string>();
    const ticked = new Set<string>();
    let interrupted = 0;

    // Three rounds: 40 saves of new postings (large ones, so writes take time) and 40 ticks on
    // one record, all sent at once; the worker is stopped once 10 of them have answered.
    for (let round = 0; round < 3; round++) {
      const postings = Array.from({ length: 40 }, (_, i) => posting(1000 + round * 100 + i, 40_000));
      const running = page.evaluate(
        async (toSave, recordId, r) => {
          const { chrome } = globalThis as unknown as ExtensionGlobals;
          const log = { saved: [] as string[], ticked: [] as string[], failed: [] as string[] };
          (globalThis as unknown as { answers: number }).answers = 0;
          const answered = (reply: Awaited<ReturnType<typeof chrome.runtime.sendMessage>>, onOk: () => void) => {
            (globalThis as unknown as { answers: number }).answers++;
            if (reply?.ok) onOk();
            else log.failed.push(JSON.stringify(reply));
          };
          const failed = (error: unknown) => void log.failed.push(String(error));
          // A save, then a tick, then a save…: both kinds are in the queue when the worker stops.
          await Promise.all(
            toSave.flatMap((p, i) => [
              chrome.runtime.sendMessage({ type: 'prep-list/save', payload: { posting: p } }).then((reply) => answered(reply, () => log.saved.push(p.url)), failed),
              chrome.runtime
                .sendMessage({ type: 'prep-list/update', payload: { id: recordId, patch: { checklist: { [`r${r}-${i}`]: true } } } })
                .then((reply) => answered(reply, () => log.ticked.push(`r${r}-${i}`)), failed),
            ]),
          );
          return log;
        },
        postings,
        target,
        round,
      );
      await page.waitForFunction(() => (globalThis as unknown as { answers?: number }).answers! >= 10, { polling: 1 });
      await stopper.stop();
      const log = await running;
      for (const p of postings) sent.set(p.url, p);
      for (const url of log.saved) acknowledged.add(url);
      for (const item of log.ticked) ticked.add(item);
      interrupted += log.failed.length;
      // A write the worker did not finish is reported to the page as failed, never silently dropped.
      for (const failure of log.failed) expect(failure).toMatch(/message channel closed before a response was received/);
      expect(log.saved.length + log.ticked.length + log.failed.length).toBe(80);
    }
    console.log(`worker stopped 3 times: ${acknowledged.size} saves and ${ticked.size} ticks had answered, ${interrupted} writes were cut off`);
    expect(interrupted).toBeGreaterThan(0);
    expect(acknowledged.size + ticked.size).toBeGreaterThanOrEqual(30);

    // The worker starts again on the next message, and its queue works.
    const after = await save(page, posting(2));
    const data = await storedData(page);
    expect(data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const byUrl = new Map<string, SavedPosting>();
    for (const [key, value] of Object.entries(data)) {
      if (!key.startsWith(POSTING_KEY_PREFIX)) continue;
      const valid = validateSavedPosting(value);
      // Nothing half-written: every stored record reads back whole, exactly as it was sent.
      expect(valid, key).not.toBeNull();
      expect(valid).toEqual(value);
      byUrl.set(valid!.posting.url, valid!);
    }
    for (const url of acknowledged) expect(byUrl.get(url)?.posting).toEqual(sent.get(url));
    for (const [url, saved] of byUrl) if (sent.has(url)) expect(saved.posting).toEqual(sent.get(url));
    const checklist = record(data, target).checklist;
    for (const item of ticked) expect(checklist[item]).toBe(true);
    expect(Object.keys(checklist).every((item) => /^r[0-2]-\d+$/.test(item))).toBe(true);
    expect(record(data, after).posting).toEqual(posting(2));
    await stopper.session.detach();
    await page.close();
  });
});
