/** The stored settings, the search engine research links open, and "delete everything". */
import { describe, expect, it } from 'vitest';
import type { JobPosting } from '../../src/core/posting';
import { newsSearch, siteSearch, webSearch, withSearchEngine } from '../../src/core/prep/links';
import { planToMarkdown } from '../../src/core/prep/markdown';
import { buildPrepPlan } from '../../src/core/prep';
import { installBundledLexicon } from '../../src/core/analyze/bundled-lexicon';
import { readPrepList, savePosting, writeWith } from '../../src/storage/prep-list';
import { SCHEMA_VERSION_KEY } from '../../src/storage/schema';
import { REMINDER_LOG_KEY } from '../../src/storage/reminder-log';
import { DEFAULT_SETTINGS, deleteEverything, readSettings, SETTINGS_KEY, updateSettings, validateSettings } from '../../src/storage/settings';
import { memoryArea } from '../helpers/memory-area';
import { CURRENT_SCHEMA_VERSION, migrate } from '../../src/storage/migrations';
import { MAX_RESUME_TEXT, PROFILE_KEY, readProfile, setResume, validateProfile } from '../../src/storage/profile';

const posting: JobPosting = {
  kind: 'posting',
  url: 'https://jobs.example/1',
  title: { value: 'Data Analyst', source: 'json-ld', confidence: 0.9 },
  company: { value: 'Quarry Labs', source: 'json-ld', confidence: 0.9 },
  location: null,
  description: { value: 'You will build dashboards in SQL and Python for our logistics customers.', source: 'json-ld', confidence: 0.85 },
};

describe('settings', () => {
  it('defaults to DuckDuckGo and the system theme', async () => {
    expect(DEFAULT_SETTINGS).toEqual({ searchEngine: 'duckduckgo', theme: 'system', reminders: false, quietDays: 14 });
    expect(await readSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps each good field of a damaged record, and falls back for the others one by one', () => {
    expect(validateSettings({ searchEngine: 'google', theme: 'purple' })).toEqual({ searchEngine: 'google', theme: 'system', reminders: false, quietDays: 14 });
    expect(validateSettings({ searchEngine: 42, theme: 'dark', extra: true })).toEqual({ searchEngine: 'duckduckgo', theme: 'dark', reminders: false, quietDays: 14 });
    // Reminders on only when stored as true; a quiet period only as a whole number of days from 1 to 90.
    expect(validateSettings({ reminders: 'yes', quietDays: 7 })).toMatchObject({ reminders: false, quietDays: 7 });
    expect(validateSettings({ reminders: true, quietDays: 0 })).toMatchObject({ reminders: true, quietDays: 14 });
    expect(validateSettings({ quietDays: 2.5 })).toMatchObject({ quietDays: 14 });
    expect(validateSettings({ quietDays: 91 })).toMatchObject({ quietDays: 14 });
    expect(validateSettings({ quietDays: '30' })).toMatchObject({ quietDays: 14 });
    expect(validateSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('stores a change and keeps the other setting', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { searchEngine: 'bing', theme: 'dark' } });
    expect(await writeWith(area, updateSettings({ searchEngine: 'ecosia' }))).toEqual({ searchEngine: 'ecosia', theme: 'dark', reminders: false, quietDays: 14 });
    expect(area.dump()[SETTINGS_KEY]).toEqual({ searchEngine: 'ecosia', theme: 'dark', reminders: false, quietDays: 14 });
    // A value no version knows is refused for the default, not stored as it came.
    await writeWith(area, updateSettings({ theme: 'neon' as never }));
    expect(await readSettings(area)).toEqual({ searchEngine: 'ecosia', theme: 'system', reminders: false, quietDays: 14 });
  });

  it('deletes every saved posting, the settings and the reminders shown, and keeps the schema version', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { searchEngine: 'google', theme: 'dark' }, [REMINDER_LOG_KEY]: { shown: { 'follow-up|abc|date 2026-11-20': '2026-11-21T09:00:00.000Z' } } });
    await writeWith(area, savePosting(posting, '2026-11-01T10:00:00.000Z'));
    await writeWith(area, savePosting({ ...posting, url: 'https://jobs.example/2', title: { value: 'Data Engineer', source: 'json-ld', confidence: 0.9 } }, '2026-11-02T10:00:00.000Z'));
    expect(await writeWith(area, deleteEverything())).toEqual({ postings: 2 });
    expect((await readPrepList(area)).items).toEqual([]);
    expect(Object.keys(area.dump())).toEqual([SCHEMA_VERSION_KEY]);
    expect(await readSettings(area)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('withSearchEngine', () => {
  const web = webSearch('News', 'Quarry Labs mission').url;
  const news = newsSearch('News', 'Quarry Labs').url;

  it('leaves DuckDuckGo links as they are built', () => {
    expect(withSearchEngine(web, 'duckduckgo')).toBe('https://duckduckgo.com/?q=Quarry%20Labs%20mission');
  });

  it('opens the same words in the chosen engine, news searches in its news search', () => {
    expect(withSearchEngine(web, 'google')).toBe('https://www.google.com/search?q=Quarry%20Labs%20mission');
    expect(withSearchEngine(news, 'google')).toBe('https://www.google.com/search?tbm=nws&q=Quarry%20Labs');
    expect(withSearchEngine(news, 'bing')).toBe('https://www.bing.com/news/search?q=Quarry%20Labs');
    expect(withSearchEngine(siteSearch('Site', 'quarry.example', 'values & culture').url, 'startpage')).toBe('https://www.startpage.com/do/search?q=site%3Aquarry.example%20values%20%26%20culture');
    expect(withSearchEngine(web, 'ecosia')).toBe('https://www.ecosia.org/search?q=Quarry%20Labs%20mission');
  });

  it('leaves links to other sites alone', () => {
    const glassdoor = 'https://www.glassdoor.com/Search/results.htm?keyword=Quarry%20Labs';
    expect(withSearchEngine(glassdoor, 'google')).toBe(glassdoor);
  });

  it('writes the chosen engine into a Markdown brief', () => {
    installBundledLexicon();
    const plan = buildPrepPlan(posting);
    const markdown = planToMarkdown(plan, 'bing');
    expect(markdown).toContain('](https://www.bing.com/');
    expect(markdown).not.toContain('duckduckgo.com');
    expect(planToMarkdown(plan)).toContain('](https://duckduckgo.com/');
  });
});

describe('the stored résumé', () => {
  it('keeps one résumé with where it came from, replaces it, and removes it', async () => {
    const area = memoryArea();
    expect(await readProfile(area)).toEqual({ resume: null });
    await writeWith(area, setResume({ text: 'Ines Marwood, backend engineer', source: 'cv.txt' }, '2026-11-30T09:00:00.000Z'));
    expect(await readProfile(area)).toEqual({ resume: { text: 'Ines Marwood, backend engineer', source: 'cv.txt', savedAt: '2026-11-30T09:00:00.000Z' } });
    await writeWith(area, setResume(null, '2026-11-30T10:00:00.000Z'));
    expect(await readProfile(area)).toEqual({ resume: null });
  });

  it('reads a damaged record as no résumé, and cuts one that is far too long', () => {
    expect(validateProfile({ resume: { text: 42 } })).toEqual({ resume: null });
    expect(validateProfile('nonsense')).toEqual({ resume: null });
    expect(validateProfile({ resume: { text: 'x'.repeat(MAX_RESUME_TEXT + 10), source: 7 } }).resume).toEqual({ text: 'x'.repeat(MAX_RESUME_TEXT), source: 'pasted', savedAt: '' });
  });

  it('goes with "delete everything"', async () => {
    const area = memoryArea();
    await writeWith(area, setResume({ text: 'Ines Marwood, backend engineer', source: 'pasted' }, '2026-11-30T09:00:00.000Z'));
    await writeWith(area, deleteEverything());
    expect(area.dump()[PROFILE_KEY]).toBeUndefined();
  });
});

describe('the new records need no migration', () => {
  it('are absent from older data, which reads as the defaults, and migrations leave them as stored', async () => {
    const old = memoryArea({ [SCHEMA_VERSION_KEY]: 1 });
    expect(await readSettings(old)).toEqual(DEFAULT_SETTINGS);
    expect(await readProfile(old)).toEqual({ resume: null });
    const stored = { [SETTINGS_KEY]: { searchEngine: 'bing', theme: 'dark' }, [PROFILE_KEY]: { resume: { text: 'Ines', source: 'cv.txt', savedAt: '2026-11-30T09:00:00.000Z' } } };
    expect(migrate({ [SCHEMA_VERSION_KEY]: 1, ...stored })).toEqual({ [SCHEMA_VERSION_KEY]: CURRENT_SCHEMA_VERSION, ...stored });
  });
});
