/** The user's corrections to a posting (core/posting-edits.ts) and the form's view of them (prep-list/posting-form-values.ts). */
import { describe, expect, it } from 'vitest';
import { field, type JobPosting } from '../../src/core/posting';
import { applyEdits, editProblem, keepUserEdits } from '../../src/core/posting-edits';
import { EMPTY_FORM, editsFrom, formValues } from '../../src/prep-list/posting-form-values';
import { savePosting, updatePosting, writeWith } from '../../src/storage/prep-list';
import { memoryArea } from '../helpers/memory-area';

const read: JobPosting = {
  kind: 'posting',
  url: 'https://jobs.example/42',
  title: field('Data Analyst', 'json-ld', 1),
  company: field('Ferrow', 'json-ld', 1),
  location: field('Porto', 'label', 0.8),
  description: null,
  employmentType: field('FULL_TIME', 'json-ld', 1),
  datePosted: field('2026-11-20T08:00:00Z', 'json-ld', 1),
  salary: field({ currency: 'EUR', min: 30000, max: null, period: 'year' }, 'json-ld', 1),
};
const user = <T>(value: T) => ({ value, source: 'user', confidence: 1 });

describe('applying edits', () => {
  it('sets each edited field as the user’s, clears a field left empty, and never clears the title', () => {
    const edited = applyEdits(read, { fields: { title: ' ', employmentType: 'Part-time', location: '', companyUrl: 'ferrow.example' }, workMode: 'remote' });
    expect(edited.title).toEqual(read.title);
    expect(edited.employmentType).toEqual(user('Part-time'));
    expect(edited.location).toBeNull();
    expect(edited.companyUrl).toEqual(user('https://ferrow.example/'));
    expect(edited.workMode).toEqual(user('remote'));
    expect(edited.salary).toEqual(read.salary);
  });

  it('a link that is not a web address is not stored, and does not clear the field either', () => {
    const withLink = { ...read, applyUrl: field('https://jobs.example/42/apply', 'page-text', 0.6) };
    expect(applyEdits(withLink, { fields: { applyUrl: 'javascript:alert(1)' } }).applyUrl).toEqual(withLink.applyUrl);
  });

  it('pay: the figures as given, the currency in capitals; no figure at all is no pay', () => {
    expect(applyEdits(read, { salary: { currency: ' usd ', min: 20, max: 25, period: 'hour' } }).salary).toEqual(user({ currency: 'USD', min: 20, max: 25, period: 'hour' }));
    expect(applyEdits(read, { salary: { currency: 'EUR', min: null, max: null, period: 'year' } }).salary).toBeNull();
    expect(applyEdits(read, { salary: null }).salary).toBeNull();
  });

  it('names what does not hold up', () => {
    expect(editProblem({ fields: { title: '' } })).toBe('A posting needs the role’s title.');
    expect(editProblem({ fields: { applyUrl: 'ftp://x.example' } })).toBe('A link must be a web address (https://…).');
    expect(editProblem({ fields: { validThrough: 'soon' } })).toBe('A date must be a day, such as 2026-12-15.');
    expect(editProblem({ salary: { currency: null, min: -1, max: null, period: null } })).toBe('Pay must be a number, 0 or more.');
    expect(editProblem({ salary: { currency: null, min: 5, max: 4, period: null } })).toBe('The lowest pay is more than the highest.');
    expect(editProblem({ salary: { currency: null, min: 5, max: null, period: 'fortnight' } })).toBe('Choose what the pay is per: hour, day, week, month or year.');
    expect(editProblem({ fields: { title: 'Analyst', validThrough: '2026-12-15' }, salary: { currency: 'EUR', min: 5, max: 5, period: 'day' } })).toBeNull();
  });
});

describe('a fresh read of a page saved before', () => {
  it('keeps every field the user corrected, pay and work mode included, and takes the rest fresh', () => {
    const corrected = applyEdits(read, { fields: { employmentType: 'Contract' }, workMode: 'hybrid', salary: { currency: 'EUR', min: 35000, max: 40000, period: 'year' } });
    const fresh: JobPosting = { ...read, location: field('Porto, Portugal', 'json-ld', 1), workMode: field('on-site', 'page-text', 0.5) };
    const merged = keepUserEdits(fresh, corrected);
    expect(merged.employmentType).toEqual(user('Contract'));
    expect(merged.workMode).toEqual(user('hybrid'));
    expect(merged.salary).toEqual(user({ currency: 'EUR', min: 35000, max: 40000, period: 'year' }));
    expect(merged.location).toEqual(fresh.location);
  });

  it('through storage: saving the page again after an edit of the pay keeps the user’s pay', async () => {
    const area = memoryArea();
    const { id } = await writeWith(area, savePosting(read, '2026-11-21T10:00:00.000Z'));
    await writeWith(area, updatePosting(id, { salary: { currency: 'EUR', min: 36000, max: null, period: 'year' } }, '2026-11-22T10:00:00.000Z'));
    await writeWith(area, savePosting(read, '2026-11-23T10:00:00.000Z'));
    const stored = (area.dump()[`posting:${id}`] as { posting: JobPosting }).posting;
    expect(stored.salary).toEqual(user({ currency: 'EUR', min: 36000, max: null, period: 'year' }));
  });
});

describe('the form’s values', () => {
  it('shows a stored posting, dates as days', () => {
    expect(formValues(read)).toEqual({
      ...EMPTY_FORM,
      title: 'Data Analyst',
      company: 'Ferrow',
      location: 'Porto',
      employmentType: 'FULL_TIME',
      datePosted: '2026-11-20',
      payMin: '30000',
      payCurrency: 'EUR',
      payPeriod: 'year',
    });
  });

  it('makes edits of what changed only, and of the pay as a whole', () => {
    const initial = formValues(read);
    expect(editsFrom(initial, initial)).toEqual({});
    expect(editsFrom(initial, { ...initial, location: 'Braga', payMax: '34 000' })).toEqual({
      fields: { location: 'Braga' },
      salary: { currency: 'EUR', min: 30000, max: 34000, period: 'year' },
    });
    expect(editsFrom(initial, { ...initial, payMin: '' })).toEqual({ salary: null });
    expect(editsFrom(initial, { ...initial, workMode: 'remote' })).toEqual({ workMode: 'remote' });
  });
});
