/**
 * Accessibility of the built extension in real Chromium: axe-core finds no violation in any
 * state of the popup (loading, a posting with each tab of its plan, a guess to check, not a
 * posting, a list of jobs, manual entry, error, saved), of the prep list (empty, list, board,
 * a plan opened, the forms) or of the settings page (and its delete confirmation), in the light
 * and in the dark theme; and the controls are reached by the keyboard with a visible focus.
 *
 * Extension pages forbid injected <script> tags (their CSP), so axe is loaded by evaluating
 * its source in the page. Every <details> is opened before a check, so what it hides is
 * checked too (axe skips the contrast of hidden text). All of axe's default rules run; none is
 * turned off. States a real page reaches only by chance (still reading, a failed read, storage
 * that cannot be read) are reached by replacing the page's browser APIs (see stubbedPage).
 * The tests run in order and share one profile: the popup's save feeds the prep list's checks.
 */
import { readFileSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionOrigin, launchChromium, openPopup, ROOT } from '../../scripts/lib/browsers';
import { type Served, serveDirectory } from '../../scripts/lib/serve';
import type { ExtensionGlobals } from '../helpers/extension';

const EXTENSION = resolve(ROOT, 'dist/e2e/chrome');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

let server: Served;
let browser: Browser;
let profile: string;
let origin: string;

/** One violation as the assertion shows it: the rule, what it asks for, and where. */
interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** axe's violations in the page as it is now, after opening every <details>. */
async function violations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  const options: RunOptions = { resultTypes: ['violations'] };
  return page.evaluate(async (opts) => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, opts);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: n.failureSummary?.replace(/\s+/g, ' ').trim() ?? '' })),
    }));
  }, options);
}

/** Expects no violation, and names each one found (rule, help, elements) when there are. */
async function expectAccessible(page: Page, where: string) {
  const found = await violations(page);
  expect(found, `axe violations in ${where}:\n${JSON.stringify(found, null, 2)}`).toEqual([]);
}

async function useTheme(page: Page, theme: Theme) {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
  // The page follows the system's theme (the settings say "system"): check it took.
  await page.waitForFunction((dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark, {}, theme === 'dark');
}

function fixture(slug: string) {
  return `${server.origin}/pages/${slug}/page.html`;
}

async function closeAll(...pages: Page[]) {
  for (const p of pages) if (!p.isClosed()) await p.close();
}

/** The real popup, opened on a fixture page, in the theme asked for. */
async function popupFor(url: string, theme: Theme, prepare?: (page: Page) => Promise<void>): Promise<{ page: Page; popup: Page }> {
  const page = await browser.newPage();
  await page.goto(url);
  if (prepare) await prepare(page);
  const popup = await openPopup(browser, page);
  await useTheme(popup, theme);
  return { page, popup };
}

/**
 * How a page's browser APIs are replaced: the tab's reading never ends or fails (the popup),
 * or storage never answers or fails (the prep list, the settings).
 */
type Stub = 'reading-hangs' | 'reading-fails' | 'storage-hangs' | 'storage-fails';

/**
 * An extension page opened in a tab, its browser APIs replaced before its first script runs:
 * how the test reaches the states a real page gives only by chance (a page still being read,
 * a page that could not be read, storage that cannot be read). What is checked is the page's
 * own markup for that state.
 */
async function stubbedPage(file: string, theme: Theme, stub: Stub): Promise<Page> {
  const page = await browser.newPage();
  await useTheme(page, theme);
  await page.evaluateOnNewDocument((mode: Stub) => {
    type Api = { tabs: Record<string, unknown>; scripting: Record<string, unknown>; storage: { local: Record<string, unknown> } };
    const globals = globalThis as unknown as { chrome?: Api; browser?: Api };
    // Chrome's `browser` is its `chrome` under another name; both, in case they ever differ.
    for (const api of new Set([globals.chrome, globals.browser])) {
      if (!api) continue;
      const never = () => new Promise(() => undefined);
      if (mode === 'reading-hangs' || mode === 'reading-fails') {
        api.tabs.query = () => Promise.resolve([{ id: 424242, url: 'https://jobs.example/posting/1', title: 'A job posting' }]);
        api.scripting.executeScript = mode === 'reading-hangs' ? never : () => Promise.reject(new Error('The frame was removed while it was read.'));
      } else {
        api.storage.local.get = mode === 'storage-hangs' ? never : () => Promise.reject(new Error('The test made storage fail.'));
      }
    }
  }, stub);
  await page.goto(`${origin}/${file}`);
  return page;
}

async function openPrepList(theme: Theme, hash = ''): Promise<Page> {
  const list = await browser.newPage();
  await useTheme(list, theme);
  await list.goto(`${origin}/prep-list.html${hash}`);
  return list;
}

/** A local date and time as the date-time field stores it ("2026-12-15T10:30"), `days` from now. */
function localDateTime(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:30`;
}

/**
 * Saved postings that show every part of the prep list: rounds to come and a thank-you due
 * ("Coming up"), a quiet application (a follow-up due), the same job saved twice (the merge
 * notice), and several statuses (the board's columns).
 */
function seedRecords(): Record<string, unknown> {
  const record = (id: string, title: string, company: string | null, status: string, savedAt: string, extra: Record<string, unknown> = {}) => ({
    id,
    posting: {
      kind: 'posting',
      url: `https://jobs.example/${id}`,
      title: { value: title, source: 'user', confidence: 1 },
      company: company ? { value: company, source: 'user', confidence: 1 } : null,
      location: { value: 'Lisbon, Portugal', source: 'user', confidence: 1 },
      description: null,
    },
    status,
    notes: 'Ask about the on-call rota.',
    checklist: {},
    story: {},
    interviews: [],
    history: [{ status, at: savedAt }],
    savedAt,
    updatedAt: savedAt,
    ...extra,
  });
  const longAgo = new Date(Date.now() - 30 * 86_400_000).toISOString();
  return {
    'posting:a11y-interviewing': record('a11y-interviewing', 'Data Engineer', 'Harbour Analytics', 'interviewing', longAgo, {
      interviews: [
        { id: 'interview-a11y-1', date: localDateTime(-2), kind: 'phone', interviewers: [{ name: 'Ana Ruiz', role: 'Recruiter' }], notes: 'Went well.', thankYouSent: false },
        { id: 'interview-a11y-2', date: localDateTime(3), kind: 'final', interviewers: [{ name: 'Bo Chen', role: 'Engineering manager' }], notes: '', thankYouSent: false },
      ],
    }),
    'posting:a11y-applied': record('a11y-applied', 'Site Reliability Engineer', 'Quiet Harbour', 'applied', longAgo),
    'posting:a11y-offer': record('a11y-offer', 'Platform Engineer', 'Offer Co', 'offer', longAgo),
    'posting:a11y-closed': record('a11y-closed', 'QA Analyst', null, 'closed', longAgo),
    'posting:a11y-twin-a': record('a11y-twin-a', 'Twin Role', 'Twin Co', 'researching', '2026-11-01T10:00:00.000Z'),
    'posting:a11y-twin-b': record('a11y-twin-b', 'Twin Role', 'Twin Co', 'researching', '2026-11-02T10:00:00.000Z', { posting: {
      kind: 'posting', url: 'https://twin.example/careers/1', title: { value: 'Twin Role', source: 'user', confidence: 1 }, company: { value: 'Twin Co', source: 'user', confidence: 1 }, location: null, description: null,
    } }),
  };
}

beforeAll(async () => {
  if (!existsSync(resolve(EXTENSION, 'manifest.json'))) throw new Error('dist/e2e/chrome is missing: run `npm run build` first.');
  server = await serveDirectory(resolve(ROOT, 'tests/fixtures'));
  profile = mkdtempSync(join(tmpdir(), 'interview-lens-a11y-'));
  browser = await launchChromium({ extension: EXTENSION, headless: true, userDataDir: profile });
  origin = await extensionOrigin(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe.each(THEMES)('axe-core in the %s theme', (theme) => {
  it('finds nothing on the empty prep list', async () => {
    const list = await openPrepList(theme);
    await list.waitForFunction(() => document.querySelector('.empty, .record') !== null);
    // The first theme's run sees it empty; the second may already hold what the first saved.
    await expectAccessible(list, `the prep list (${theme}, ${(await list.$('.empty')) ? 'empty' : 'with postings'})`);
    await closeAll(list);
  });

  it('finds nothing on the prep list and the settings page while storage is read, and when it cannot be', async () => {
    const loadingList = await stubbedPage('prep-list.html', theme, 'storage-hangs');
    await loadingList.waitForSelector('[aria-busy="true"]');
    await expectAccessible(loadingList, `the prep list loading (${theme})`);
    const failedList = await stubbedPage('prep-list.html', theme, 'storage-fails');
    await failedList.waitForSelector('.error[role="alert"]');
    await expectAccessible(failedList, `the prep list that could not be read (${theme})`);

    const loadingOptions = await stubbedPage('options.html', theme, 'storage-hangs');
    await loadingOptions.waitForSelector('[role="status"]');
    await expectAccessible(loadingOptions, `the settings page loading (${theme})`);
    const failedOptions = await stubbedPage('options.html', theme, 'storage-fails');
    await failedOptions.waitForSelector('.error[role="alert"]');
    await expectAccessible(failedOptions, `the settings page that could not be read (${theme})`);
    await closeAll(loadingList, failedList, loadingOptions, failedOptions);
  });

  it('finds nothing in the popup while it reads the page, and when it could not', async () => {
    const loading = await stubbedPage('popup.html', theme, 'reading-hangs');
    await loading.waitForSelector('.state.loading');
    await expectAccessible(loading, `the popup reading the page (${theme})`);
    await closeAll(loading);

    const failed = await stubbedPage('popup.html', theme, 'reading-fails');
    await failed.waitForSelector('.error-state');
    expect(await failed.$eval('.error-state p', (p) => p.textContent)).toMatch(/could not read this page/);
    await expectAccessible(failed, `the popup's error state (${theme})`);
    await closeAll(failed);
  });

  it('finds nothing in the popup on a posting, on each tab of its plan, editing a field, and saved', async () => {
    const { page, popup } = await popupFor(fixture('jsonld-demo-posting'), theme);
    await popup.waitForSelector('.research-item');
    await expectAccessible(popup, `the popup on a posting, Research tab (${theme})`);
    for (const tab of ['ask', 'expect', 'follow-up']) {
      await popup.click(`#tab-${tab}`);
      await popup.waitForSelector(`#panel-${tab}`);
      await expectAccessible(popup, `the popup on a posting, ${tab} tab (${theme})`);
    }
    await popup.click('.field-company .link-button');
    await popup.waitForSelector('.field-edit input');
    await expectAccessible(popup, `the popup editing the company (${theme})`);
    await popup.keyboard.press('Escape');

    await popup.click('.save-bar .button.primary');
    await popup.waitForFunction(() => document.querySelector('.save-bar .button.primary')?.textContent === 'Saved ✓');
    await popup.waitForSelector('.saved-note');
    await expectAccessible(popup, `the popup after saving (${theme})`);
    await closeAll(popup, page);
  });

  it('finds nothing in the popup asking to check a guessed role and employer', async () => {
    const { page, popup } = await popupFor(fixture('generic-pay-in-title'), theme);
    await popup.waitForSelector('.confirm');
    await expectAccessible(popup, `the popup's check of a guess (${theme})`);
    await closeAll(popup, page);
  });

  it('finds nothing in the popup on pages that are not a posting, and in the manual entry form', async () => {
    const article = await popupFor(fixture('not-posting-article'), theme);
    await article.popup.waitForSelector('.not-a-posting');
    await expectAccessible(article.popup, `the popup on an article (${theme})`);
    await article.popup.click('xpath/.//button[contains(., "Enter the posting by hand")]');
    await article.popup.waitForSelector('form.manual');
    await expectAccessible(article.popup, `the manual entry form (${theme})`);
    await closeAll(article.popup, article.page);

    const list = await popupFor(fixture('list-careers-index'), theme);
    await list.popup.waitForSelector('.not-a-posting');
    await expectAccessible(list.popup, `the popup on a list of jobs (${theme})`);
    await closeAll(list.popup, list.page);

    const selected = await popupFor(fixture('not-posting-article'), theme, async (p) => {
      await p.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('article')!);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
      });
    });
    await selected.popup.waitForSelector('xpath/.//button[contains(., "selected text")]');
    await expectAccessible(selected.popup, `the popup offering the selected text (${theme})`);
    await closeAll(selected.popup, selected.page);

    const browserPage = await popupFor('chrome://version', theme);
    await browserPage.popup.waitForSelector('.not-a-posting');
    await expectAccessible(browserPage.popup, `the popup on a browser page (${theme})`);
    await closeAll(browserPage.popup, browserPage.page);
  });

  it('finds nothing on the prep list: list, a plan opened, the forms, and the board', async () => {
    const list = await openPrepList(theme);
    await list.waitForFunction(() => document.querySelector('.empty, .record') !== null);
    await list.evaluate(async (records) => {
      await (globalThis as unknown as ExtensionGlobals).chrome.storage.local.set(records);
    }, seedRecords());
    await list.reload();
    await list.waitForSelector('xpath/.//button[text()="Merge into that one"]');
    await list.waitForSelector('.coming-up li');
    await expectAccessible(list, `the prep list with saved postings (${theme})`);

    // The saved posting read by the popup has a description, so its plan has every part.
    const row = (await list.waitForSelector('xpath/.//li[contains(@class, "record")][.//h2[normalize-space()="Senior Backend Engineer, Payments Platform"]]'))!;
    await (await row.$('xpath/.//button[text()="Open plan"]'))!.click();
    await row.waitForSelector('.detail .checklist');
    await (await row.$('xpath/.//button[contains(., "Show the posting as saved")]'))!.click();
    await (await row.$('xpath/.//button[text()="Add a round"]'))!.click();
    await row.waitForSelector('.round fieldset');
    await (await row.$('xpath/.//button[text()="Edit posting"]'))!.click();
    await row.waitForSelector('form.posting-form');
    const interviewing = (await list.$('#posting-a11y-interviewing'))!;
    await (await interviewing.$('xpath/.//button[text()="Open plan"]'))!.click();
    await interviewing.waitForSelector('.person');
    await expectAccessible(list, `the prep list with plans, rounds and the edit form open (${theme})`);

    await list.click('xpath/.//button[text()="Add a posting"]');
    await list.waitForSelector('form.posting-form[aria-label="Add a posting"]');
    // A link that is not a web address: the form says so in its error line.
    await list.type('form.posting-form[aria-label="Add a posting"] input[name="title"]', 'Night Baker');
    await list.type('form.posting-form[aria-label="Add a posting"] input[name="link"]', 'javascript:alert(1)');
    await list.click('form.posting-form[aria-label="Add a posting"] button[type="submit"]');
    await list.waitForSelector('form.posting-form[aria-label="Add a posting"] [role="alert"]');
    await expectAccessible(list, `the prep list's "Add a posting" form, with its error (${theme})`);

    await list.click('xpath/.//button[text()="Board"]');
    await list.waitForSelector('.board');
    await list.click('[aria-label="Move Data Engineer to…"]');
    await list.waitForSelector('.move-options');
    await expectAccessible(list, `the board (${theme})`);
    await list.click('xpath/.//button[text()="List"]');
    await list.waitForSelector('.records');
    await closeAll(list);
  });

  it('finds nothing on the settings page, nor in its delete confirmation', async () => {
    const options = await browser.newPage();
    await useTheme(options, theme);
    await options.goto(`${origin}/options.html`);
    await options.waitForSelector('input[value="google"]');
    await expectAccessible(options, `the settings page (${theme})`);
    // A choice not made yet, so it changes and its status line shows.
    const engine = theme === 'light' ? 'google' : 'bing';
    await options.click(`input[value="${engine}"]`);
    await options.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.startsWith('Research links now open in'));
    await options.click('xpath/.//button[contains(., "Delete everything")]');
    await options.waitForSelector('xpath/.//button[contains(., "Yes, delete everything")]');
    await expectAccessible(options, `the settings page asking before it deletes (${theme})`);
    await options.click('xpath/.//button[text()="Cancel"]');
    await closeAll(options);
  });

  it('finds nothing when the user chose this theme in the settings, whatever the system says', async () => {
    const other: Theme = theme === 'dark' ? 'light' : 'dark';
    const options = await browser.newPage();
    await useTheme(options, other);
    await options.goto(`${origin}/options.html`);
    await options.waitForSelector(`input[name="theme"][value="${theme}"]`);
    await options.click(`input[name="theme"][value="${theme}"]`);
    await options.waitForFunction((t) => document.documentElement.dataset.theme === t, {}, theme);
    await expectAccessible(options, `the settings page with the ${theme} theme chosen, the system ${other} (${theme})`);
    const list = await openPrepList(other);
    await list.waitForSelector('.record');
    await list.waitForFunction((t) => document.documentElement.dataset.theme === t, {}, theme);
    await expectAccessible(list, `the prep list with the ${theme} theme chosen, the system ${other} (${theme})`);
    // Back to the system's theme. The settings page is a background tab now, where animation
    // frames (puppeteer's default polling) do not run: bring it forward first.
    await options.bringToFront();
    await options.click('input[name="theme"][value="system"]');
    await options.waitForFunction(() => document.documentElement.dataset.theme === undefined, { polling: 100 });
    await closeAll(list, options);
  });
});

/** The focused element: a readable name, whether it was reached before, whether its focus shows. */
interface Stop {
  name: string;
  again: boolean;
  visible: boolean;
}

/** What has the focus now; null when nothing in the page has it (it went to the browser). */
async function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const seen = ((globalThis as unknown as { a11ySeen?: WeakSet<Element> }).a11ySeen ??= new WeakSet());
    const again = seen.has(el);
    seen.add(el);
    const style = getComputedStyle(el);
    const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'transparent' && style.outlineColor !== 'rgba(0, 0, 0, 0)';
    const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    const value = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? `[${el.value}]` : '';
    return { name: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${value} "${label.replace(/\s+/g, ' ').trim().slice(0, 40)}"`, again, visible };
  });
}

/** The next Tab starts from the top of the page, as when it has just opened. */
async function fromTheTop(page: Page) {
  await page.evaluate(() => {
    (globalThis as unknown as { a11ySeen?: WeakSet<Element> }).a11ySeen = new WeakSet();
    (document.activeElement as HTMLElement | null)?.blur();
    // Focusing the body moves the point sequential navigation starts from (a click sets it too).
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
}

/**
 * Tabs through the page from where the focus is until it leaves the page or comes round
 * again; every element reached must show its focus. Returns the names of the stops.
 */
async function tabThrough(page: Page, max: number): Promise<string[]> {
  const stops: string[] = [];
  const hidden: string[] = [];
  await page.evaluate(() => ((globalThis as unknown as { a11ySeen?: WeakSet<Element> }).a11ySeen = new WeakSet()));
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (!now || now.again) break;
    stops.push(now.name);
    if (!now.visible) hidden.push(now.name);
  }
  expect(stops.length, 'Tab reached nothing').toBeGreaterThan(0);
  expect(stops.length, `Tab was still going after ${max} stops: ${stops.slice(-5).join(', ')}`).toBeLessThan(max);
  expect(hidden, `focused with no visible outline: ${hidden.join(', ')}`).toEqual([]);
  return stops;
}

describe('the keyboard', () => {
  it('reaches the Save button and the plan\'s tabs in the popup, with a visible focus, and works them', async () => {
    const { page, popup } = await popupFor(fixture('jsonld-demo-posting'), 'light');
    await popup.waitForSelector('.research-item');
    await fromTheTop(popup);
    const stops = await tabThrough(popup, 150);
    expect(stops.slice(0, 4)).toEqual(['button "Open prep list"', 'button "Edit role"', 'button "Edit company"', 'button "Edit location"']);
    // Saved by a test before, it says "Update", with a link to it in the prep list.
    const save = stops.findIndex((s) => /^button "(Save to|Update in) prep list"$/.test(s));
    const tab = stops.indexOf('button#tab-research "Research"');
    expect(save).toBe(4);
    expect(tab).toBeGreaterThan(save);
    // One tab of the list is in the Tab order (the selected one), then its panel.
    expect(stops.filter((s) => s.startsWith('button#tab-'))).toEqual(['button#tab-research "Research"']);
    expect(stops[tab + 1]).toMatch(/^div#panel-research/);

    // The tab list: arrows move between tabs and show their panel.
    await popup.focus('#tab-research');
    await popup.keyboard.press('ArrowRight');
    expect((await focused(popup))?.name).toBe('button#tab-ask "Ask them"');
    await popup.waitForSelector('#panel-ask .question');
    expect((await focused(popup))?.visible).toBe(true);
    await popup.keyboard.press('End');
    expect((await focused(popup))?.name).toBe('button#tab-follow-up "Follow up"');
    await popup.waitForSelector('#panel-follow-up');
    await popup.keyboard.press('Home');
    expect((await focused(popup))?.name).toBe('button#tab-research "Research"');
    await popup.waitForSelector('#panel-research');

    // Save from the keyboard: Shift+Tab back to the button, Enter.
    for (let i = 0; i < tab - save; i++) {
      await popup.keyboard.down('Shift');
      await popup.keyboard.press('Tab');
      await popup.keyboard.up('Shift');
    }
    expect(await focused(popup)).toMatchObject({ name: stops[save], visible: true });
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => document.querySelector('.save-bar .button.primary')?.textContent === 'Saved ✓');
    await closeAll(popup, page);
  });

  it('shows the focus on every control of the popup\'s plan, tab by tab', async () => {
    const { page, popup } = await popupFor(fixture('jsonld-demo-posting'), 'dark');
    await popup.waitForSelector('.research-item');
    for (const tab of ['research', 'ask', 'expect', 'follow-up']) {
      await popup.click(`#tab-${tab}`);
      await popup.waitForSelector(`#panel-${tab}`);
      await fromTheTop(popup);
      const stops = await tabThrough(popup, 200);
      expect(stops.some((s) => s.startsWith(`div#panel-${tab}`))).toBe(true);
      expect(stops.length).toBeGreaterThan(10);
    }
    await closeAll(popup, page);
  });

  it('reaches and works the manual entry form from the keyboard, with a visible focus', async () => {
    const { page, popup } = await popupFor(fixture('not-posting-article'), 'light');
    await popup.waitForSelector('.not-a-posting');
    await fromTheTop(popup);
    const stops = await tabThrough(popup, 20);
    expect(stops).toEqual(['button "Open prep list"', 'button "Enter the posting by hand"', 'button "Open prep list"']);
    await popup.focus('xpath/.//button[contains(., "Enter the posting by hand")]');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('form.manual');
    // The role field takes the focus (in an effect after the form's first paint); the rest follow in order.
    await popup.waitForFunction(() => Boolean(document.activeElement?.closest('form.manual')), { timeout: 2000 });
    expect((await focused(popup))?.name).toBe('input "Role (required)"');
    await popup.keyboard.type('Bread Baker');
    await popup.keyboard.press('Tab');
    expect((await focused(popup))?.name).toBe('input "Company"');
    await popup.keyboard.type('Marigold Diner');
    const form = await tabThrough(popup, 20);
    expect(form.slice(0, 3)).toEqual(['input "Location"', 'textarea "Job description (paste it here)"', 'button "Build my prep plan"']);
    await popup.focus('form.manual button[type="submit"]');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('.posting-card');
    expect(await popup.$eval('.field-title .value', (el) => el.textContent)).toBe('Bread Baker');
    await closeAll(popup, page);
  });

  it('shows the focus on every control of the prep list (list and board) and the settings page', async () => {
    for (const theme of THEMES) {
      const list = await openPrepList(theme);
      await list.waitForSelector('.record');
      await fromTheTop(list);
      const stops = await tabThrough(list, 300);
      expect(stops.slice(0, 2)).toEqual(['a "Settings"', 'button "Add a posting"']);
      expect(stops.some((s) => s.startsWith('button "Open plan"'))).toBe(true);
      await list.click('xpath/.//button[text()="Board"]');
      await list.waitForSelector('.board');
      await fromTheTop(list);
      const board = await tabThrough(list, 300);
      expect(board.some((s) => s.startsWith('button "Move '))).toBe(true);
      await list.click('xpath/.//button[text()="List"]');
      await closeAll(list);

      const options = await browser.newPage();
      await useTheme(options, theme);
      await options.goto(`${origin}/options.html`);
      await options.waitForSelector('input[value="google"]');
      await fromTheTop(options);
      const settings = await tabThrough(options, 20);
      // A radio group is one stop (its chosen radio); arrows move within it.
      expect(settings).toEqual([
        'a "Open your prep list"',
        expect.stringMatching(/^input\[\w+\]/),
        'input[system] "Same as the system"',
        'input[on] "Remind me of interviews, thank-you notes"',
        'input "Suggest a follow-up after days without n"',
        'button "Delete everything…"',
      ]);
      await closeAll(options);
    }
  });
});
