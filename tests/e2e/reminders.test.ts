/**
 * Reminders in real Chromium with real extension storage, real alarms and the real
 * notifications API (the test build, dist/e2e/chrome, which holds the notifications permission
 * from install: automation cannot answer the browser's prompt for an optional permission).
 * - Turned on from the settings page, a follow-up that fell due is shown as a notification
 *   that names the posting, and only once; the alarm is set for the next reminder.
 * - The service worker stopped, and the browser restarted on the same profile: the alarm is
 *   still set, and nothing already shown is shown again.
 * - Turned off, the alarm is cleared.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type Page, TargetType, type WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionOrigin, launchChromium, ROOT } from '../../scripts/lib/browsers';
import type { JobPosting } from '../../src/core/posting';
import { type ExtensionGlobals, serviceWorker } from '../helpers/extension';

const EXTENSION = resolve(ROOT, 'dist/e2e/chrome');
const DAY = 86_400_000;
let browser: Browser;
let profile: string;
let origin: string;
let options: Page;

/** "2026-12-04": a day as the prep list's date inputs store it, in local time (the browser's too). */
function localDay(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function posting(title: string): JobPosting {
  return {
    kind: 'posting',
    url: `https://jobs.example/${encodeURIComponent(title)}`,
    title: { value: title, source: 'json-ld', confidence: 1 },
    company: { value: 'Fernleaf', source: 'json-ld', confidence: 1 },
    location: null,
    description: null,
  };
}

/** One message from an extension page, as the pages send them (src/messages.ts). */
async function send(page: Page, type: string, payload: unknown): Promise<unknown> {
  const reply = await page.evaluate((t, p) => (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage({ type: t, payload: p }), type, payload);
  if (!reply?.ok) throw new Error(`${type} failed: ${JSON.stringify(reply)}`);
  return reply.value;
}

async function launch() {
  browser = await launchChromium({ extension: EXTENSION, headless: true, userDataDir: profile });
  origin = await extensionOrigin(browser);
  options = await browser.newPage();
  await options.goto(`${origin}/options.html`);
  await options.waitForSelector('input[type="checkbox"]');
}

const notifications = (worker: WebWorker) => worker.evaluate(() => (globalThis as unknown as { chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } } }).chrome.notifications.getAll());
const alarmTime = (page: Page) =>
  page.evaluate(async () => ((await (globalThis as unknown as { chrome: { alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> } } }).chrome.alarms.get('reminders'))?.scheduledTime ?? null));
const runOnce = (worker: WebWorker) => worker.evaluate(() => (globalThis as unknown as ExtensionGlobals).__interviewLensE2e.reminders());

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  for (let waited = 0; ; waited += 100) {
    const value = await read();
    if (ok(value)) return value;
    if (waited > 15_000) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

const now = Date.now();
const promised = localDay(now - 3 * DAY);
const roundDay = localDay(now + 3 * DAY);
/** 8:00 on the round's day, local time: when its morning reminder is due. */
const roundMorning = new Date(`${roundDay}T08:00`).getTime();
let followUpId = '';

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'interview-lens-reminders-'));
  await launch();
});

afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('reminders in real Chromium', () => {
  it('turned on in the settings, show a follow-up that fell due as a notification, once, and set the alarm for the next', async () => {
    await options.click('input[type="checkbox"]');
    await options.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Reminders are on.');

    const { id } = (await send(options, 'prep-list/save', { posting: posting('Product Designer') })) as { id: string };
    await send(options, 'prep-list/update', { id, patch: { status: 'applied', followUpOn: promised } });
    followUpId = `follow-up|${id}|date ${promised}`;
    const worker = await serviceWorker(browser);
    const shown = await until(() => notifications(worker), (all) => Object.keys(all).length > 0, 'notifications');
    expect(shown).toEqual({ [followUpId]: true });

    const round = (await send(options, 'prep-list/save', { posting: posting('Service Designer') })) as { id: string };
    await send(options, 'prep-list/update', { id: round.id, patch: { status: 'interviewing', rounds: { r1: { date: `${roundDay}T10:00`, kind: 'technical' } } } });
    expect(await until(() => alarmTime(options), (time) => time === roundMorning, 'the alarm')).toBe(roundMorning);

    // Another run, as when the alarm fires or the browser starts: nothing is shown twice.
    await worker.evaluate((nid) => (globalThis as unknown as { chrome: { notifications: { clear(id: string): Promise<boolean> } } }).chrome.notifications.clear(nid), followUpId);
    expect(await runOnce(worker)).toEqual({ shown: [], next: roundMorning });
    expect(await notifications(worker)).toEqual({});
  });

  it('the service worker stopped: the alarm stays set, and the next run shows nothing twice', async () => {
    // Puppeteer's close() of a service worker closes its target and detaches, so the browser
    // stops it, as it does an idle worker (an attached DevTools session would keep it alive).
    await (await serviceWorker(browser)).close();
    const workerRunning = () => Promise.resolve(browser.targets().some((t) => t.type() === TargetType.SERVICE_WORKER && t.url().endsWith('/background.js')));
    await until(workerRunning, (running) => !running, 'the service worker after stopping it');
    expect(await alarmTime(options)).toBe(roundMorning);
    // A message wakes the worker, as a save from the popup would.
    await send(options, 'settings/update', { patch: { quietDays: 10 } });
    const worker = await serviceWorker(browser);
    expect(await runOnce(worker)).toEqual({ shown: [], next: roundMorning });
  });

  it('the browser restarted on the same profile: the alarm is set, and nothing shown before is shown again', async () => {
    await browser.close();
    await launch();
    expect(await until(() => alarmTime(options), (time) => time !== null, 'the alarm after a restart')).toBe(roundMorning);
    const worker = await serviceWorker(browser);
    expect(await runOnce(worker)).toEqual({ shown: [], next: roundMorning });
    expect(await notifications(worker)).toEqual({});
  });

  it('turned off, clear the alarm', async () => {
    expect(await options.$eval('input[type="checkbox"]', (box) => box.checked)).toBe(true);
    await options.click('input[type="checkbox"]');
    await options.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Reminders are off.');
    expect(await until(() => alarmTime(options), (time) => time === null, 'the alarm after turning reminders off')).toBe(null);
  });
});
