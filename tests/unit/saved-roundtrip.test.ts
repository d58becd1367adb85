/**
 * A save must keep every field of a posting. Any posting the extractor can return, saved and
 * read back (and exported to a backup and imported again), is unchanged, and so is the prep
 * plan built from it. Checked on every fixture page and on generated postings that use every
 * field the schema defines.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract';
import type { JobPosting } from '../../src/core/posting';
import { FIELD_SOURCES, JobPostingSchema, WORK_MODES } from '../../src/core/posting-schema';
import { buildPrepPlan } from '../../src/core/prep';
import { parseBackup, toBackup } from '../../src/storage/backup';
import { mergePostings, readSaved, savePosting, updatePosting, writeWith } from '../../src/storage/prep-list';
import { INTERVIEW_KINDS, type Interview, InterviewSchema } from '../../src/storage/schema';
import { parseHtml } from '../helpers/dom';
import { memoryArea } from '../helpers/memory-area';

const NOW = '2026-11-30T10:00:00.000Z';

/** What extension storage does to a value: a JSON copy (undefined properties vanish). */
function asStored<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

async function saveAndReadBack(posting: JobPosting): Promise<JobPosting | undefined> {
  const area = memoryArea();
  const { id } = await writeWith(area, savePosting(posting, NOW));
  return (await readSaved(area, id))?.posting;
}

async function exportAndImport(posting: JobPosting): Promise<JobPosting | undefined> {
  const area = memoryArea();
  const { id } = await writeWith(area, savePosting(posting, NOW));
  const record = (await readSaved(area, id))!;
  return parseBackup(toBackup([record], NOW))[0]?.posting;
}

const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0);
const confidence = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
const fieldOf = <T>(value: fc.Arbitrary<T>) => fc.record({ value, source: fc.constantFrom(...FIELD_SOURCES), confidence });
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: null, freq: 4 });
const amount = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null });

/** Every field of a posting, each sometimes null, in the ranges the extractor produces. */
const postingArb: fc.Arbitrary<JobPosting> = fc.record({
  kind: fc.constant('posting' as const),
  url: fc.webUrl(),
  title: fieldOf(text(120)),
  company: maybe(fieldOf(text(80))),
  location: maybe(fieldOf(text(80))),
  description: maybe(fieldOf(text(2000))),
  workMode: maybe(fieldOf(fc.constantFrom(...WORK_MODES))),
  employmentType: maybe(fieldOf(text(30))),
  datePosted: maybe(fieldOf(text(30))),
  validThrough: maybe(fieldOf(text(30))),
  salary: maybe(fieldOf(fc.record({ currency: maybe(fc.constantFrom('EUR', 'USD', 'DKK')), min: amount, max: amount, period: maybe(fc.constantFrom('hour', 'month', 'year')) }))),
  postedBy: maybe(fieldOf(text(60))),
  companyUrl: maybe(fieldOf(fc.webUrl())),
  companyLogo: maybe(fieldOf(fc.webUrl())),
  companyProfiles: fc.array(fc.webUrl(), { maxLength: 4 }),
  applyUrl: maybe(fieldOf(fc.webUrl())),
  seniority: maybe(fieldOf(fc.constantFrom('Senior', 'Lead', 'Internship', 'Junior'))),
  language: maybe(fieldOf(fc.constantFrom('en', 'de', 'fr', 'da'))),
  site: maybe(fc.constantFrom('linkedin', 'greenhouse', 'workday')),
  manual: fc.boolean(),
});

describe('a saved posting keeps every field', () => {
  it('the generated postings use every field the schema defines', () => {
    const sample = fc.sample(postingArb, { numRuns: 1, seed: 1 })[0]!;
    expect(Object.keys(sample).sort()).toEqual(Object.keys(JobPostingSchema.entries).sort());
  });

  it('saved and read back, any posting is unchanged, and so is its plan', async () => {
    await fc.assert(
      fc.asyncProperty(postingArb, async (posting) => {
        const back = await saveAndReadBack(posting);
        expect(back).toStrictEqual(asStored(posting));
        expect(buildPrepPlan(back!)).toStrictEqual(buildPrepPlan(posting));
      }),
      { numRuns: 150 },
    );
  });

  it('exported to a backup and imported again, any posting is unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(postingArb, async (posting) => {
        expect(await exportAndImport(posting)).toStrictEqual(asStored(posting));
      }),
      { numRuns: 100 },
    );
  });

  it('a posting that states its pay keeps it, and its plan asks no salary question', async () => {
    const posting: JobPosting = {
      kind: 'posting',
      url: 'https://jobs.example/7',
      title: { value: 'Data Analyst', source: 'json-ld', confidence: 0.95 },
      company: { value: 'Northwind', source: 'json-ld', confidence: 0.95 },
      location: null,
      description: { value: 'You will build dashboards for our finance team.\n\n- SQL\n- Python', source: 'json-ld', confidence: 0.9 },
      salary: { value: { currency: 'EUR', min: 50_000, max: 60_000, period: 'year' }, source: 'json-ld', confidence: 0.9 },
      seniority: { value: 'Senior', source: 'title', confidence: 0.8 },
    };
    const back = (await saveAndReadBack(posting))!;
    expect(back.salary).toStrictEqual(posting.salary);
    expect(back.seniority).toStrictEqual(posting.seniority);
    const questions = JSON.stringify(buildPrepPlan(back));
    expect(questions).not.toMatch(/salary range/i);
  });
});

/** Any interview round the prep list page can write: a person's name is never blank once trimmed. */
const personName = text(60).map((s) => s.trim());
const roundArb: fc.Arbitrary<Interview> = fc.record({
  id: fc.stringMatching(/^interview-[a-z0-9]{1,8}$/),
  date: fc.oneof(fc.constant(''), fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16))),
  kind: fc.constantFrom(...INTERVIEW_KINDS),
  interviewers: fc.array(fc.record({ name: personName, role: fc.string({ maxLength: 40 }) }), { maxLength: 4 }),
  notes: fc.string({ maxLength: 200 }),
  thankYouSent: fc.boolean(),
});

describe('interview rounds keep every field', () => {
  it('the generated rounds use every field the schema defines', () => {
    const sample = fc.sample(roundArb, { numRuns: 1, seed: 1 })[0]!;
    expect(Object.keys(sample).sort()).toEqual(Object.keys(InterviewSchema.entries).sort());
  });

  it('saved, read back, and exported to a backup and imported again, any rounds and follow-up date are unchanged', async () => {
    const basic: JobPosting = { kind: 'posting', url: 'https://jobs.example/1', title: { value: 'Chef', source: 'json-ld', confidence: 0.9 }, company: null, location: null, description: null };
    await fc.assert(
      fc.asyncProperty(fc.array(roundArb, { maxLength: 5 }), fc.constantFrom('', '2026-12-15'), async (interviews, followUpOn) => {
        const area = memoryArea();
        const { id } = await writeWith(area, savePosting(basic, NOW));
        await writeWith(area, updatePosting(id, { interviews, followUpOn }, NOW));
        const record = (await readSaved(area, id))!;
        expect(record.interviews).toStrictEqual(asStored(interviews));
        expect(record.followUpOn).toBe(followUpOn);
        expect(parseBackup(toBackup([record], NOW))[0]).toStrictEqual(record);
      }),
      { numRuns: 100 },
    );
  });

  it('merged from two saves, the other addresses survive read back and a backup', async () => {
    const url = fc.webUrl({ withQueryParameters: true, withFragments: true });
    await fc.assert(
      fc.asyncProperty(url, url, async (first, second) => {
        fc.pre(first !== second);
        const area = memoryArea();
        const make = (u: string): JobPosting => ({ kind: 'posting', url: u, title: { value: 'Chef', source: 'json-ld', confidence: 0.9 }, company: null, location: null, description: null });
        const a = await writeWith(area, savePosting(make(first), NOW));
        const b = await writeWith(area, savePosting(make(second), NOW));
        fc.pre(a.id !== b.id);
        await writeWith(area, mergePostings(a.id, b.id, NOW));
        const record = (await readSaved(area, a.id))!;
        expect(record.alsoAt).toStrictEqual([second]);
        expect(parseBackup(toBackup([record], NOW))[0]).toStrictEqual(record);
      }),
      { numRuns: 50 },
    );
  });
});

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');

describe('every fixture page, extracted and saved, reads back unchanged', () => {
  const slugs = readdirSync(PAGES).filter((slug) => existsSync(resolve(PAGES, slug, 'expected.json'))).sort();
  for (const slug of slugs) {
    const { url } = JSON.parse(readFileSync(resolve(PAGES, slug, 'expected.json'), 'utf8')) as { url: string };
    const result = extractPosting(parseHtml(readFileSync(resolve(PAGES, slug, 'page.html'), 'utf8'), url), url);
    if (result.kind !== 'posting') continue;
    it(slug, async () => {
      const back = await saveAndReadBack(result);
      expect(back).toStrictEqual(asStored(result));
      expect(buildPrepPlan(back!)).toStrictEqual(buildPrepPlan(result));
    });
  }
});
