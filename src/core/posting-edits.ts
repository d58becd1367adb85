/**
 * The user's corrections to a posting: every field a person reads off a posting, as the forms
 * hold them (text), and applied to the posting as the user's own (source "user"). One
 * definition for editing a saved posting (the background applies it in its write) and for
 * adding one by hand (the prep list applies it to the posting it builds), so both accept the
 * same fields and check them the same way.
 */
import { field, type JobPosting, type WorkMode } from './posting';
import { WORK_MODES } from './posting-schema';
import { tidyLines } from './text';

/** Fields corrected as text; an empty value clears the field (the title cannot be cleared). */
export const TEXT_FIELDS = ['title', 'company', 'location', 'description', 'employmentType', 'seniority', 'datePosted', 'validThrough', 'applyUrl', 'companyUrl'] as const;
export type TextFieldName = (typeof TEXT_FIELDS)[number];

/** Pay as the user states it; every part may be left out. */
export interface PayEdit {
  currency: string | null;
  min: number | null;
  max: number | null;
  period: string | null;
}

export const PAY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;

export interface PostingEdits {
  fields?: Partial<Record<TextFieldName, string>>;
  /** '' clears it. */
  workMode?: WorkMode | '';
  /** null clears it. */
  salary?: PayEdit | null;
}

/** Fields whose value is a web address: kept only as http(s), so they can be opened safely. */
const LINK_FIELDS: ReadonlySet<TextFieldName> = new Set(['applyUrl', 'companyUrl']);
/** Fields whose value is a day ("2026-12-15"), as a date input gives it. */
const DAY_FIELDS: ReadonlySet<TextFieldName> = new Set(['datePosted', 'validThrough']);

/** A link the user gave: a web address (https:// added when left out), or '' when it is not one. */
export function webLink(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A field's value as stored: links made web addresses, one-line fields on one line. */
function cleanValue(name: TextFieldName, value: string): string {
  if (LINK_FIELDS.has(name)) return webLink(value);
  if (name === 'description') return tidyLines(value);
  return oneLine(value);
}

/** What is wrong with these edits, in words for the form; null when nothing is. */
export function editProblem(edits: PostingEdits): string | null {
  const fields = edits.fields ?? {};
  if (fields.title !== undefined && !oneLine(fields.title)) return 'A posting needs the role’s title.';
  for (const name of LINK_FIELDS) {
    const value = fields[name];
    if (value?.trim() && !webLink(value)) return 'A link must be a web address (https://…).';
  }
  for (const name of DAY_FIELDS) {
    const value = fields[name]?.trim();
    if (value && Number.isNaN(Date.parse(value))) return 'A date must be a day, such as 2026-12-15.';
  }
  if (edits.workMode && !WORK_MODES.includes(edits.workMode)) return 'Choose on-site, hybrid or remote.';
  const pay = edits.salary;
  if (pay) {
    if ([pay.min, pay.max].some((n) => n !== null && (!Number.isFinite(n) || n < 0))) return 'Pay must be a number, 0 or more.';
    if (pay.min !== null && pay.max !== null && pay.min > pay.max) return 'The lowest pay is more than the highest.';
    if (pay.period && !(PAY_PERIODS as readonly string[]).includes(pay.period)) return 'Choose what the pay is per: hour, day, week, month or year.';
  }
  return null;
}

/** Pay with no figure says nothing: it is no pay at all. */
function payOrNull(pay: PayEdit | null): PayEdit | null {
  if (!pay || (pay.min === null && pay.max === null)) return null;
  const currency = pay.currency ? oneLine(pay.currency).toUpperCase().slice(0, 10) : null;
  return { currency: currency || null, min: pay.min, max: pay.max, period: pay.period || null };
}

/** The posting with these edits, each the user's own. Edits that do not hold up (editProblem) are skipped. */
export function applyEdits(posting: JobPosting, edits: PostingEdits): JobPosting {
  const next: JobPosting = { ...posting };
  for (const name of TEXT_FIELDS) {
    const value = edits.fields?.[name];
    if (value === undefined) continue;
    const clean = cleanValue(name, value);
    if (name === 'title') {
      if (clean) next.title = field(clean, 'user', 1);
      continue; // a posting always keeps a title
    }
    if (!clean && value.trim()) continue; // a link that is not one: not stored, not a clearing either
    next[name] = clean ? field(clean, 'user', 1) : null;
  }
  if (edits.workMode !== undefined) {
    next.workMode = edits.workMode && WORK_MODES.includes(edits.workMode) ? field(edits.workMode, 'user', 1) : null;
  }
  if (edits.salary !== undefined) {
    const pay = payOrNull(edits.salary);
    next.salary = pay ? field(pay, 'user', 1) : null;
  }
  return next;
}

/**
 * A fresh read of a page saved before keeps what the user corrected: every field whose stored
 * value is the user's stays, unless the fresh read is the user's too (a posting typed again).
 */
export function keepUserEdits(fresh: JobPosting, previous: JobPosting | null): JobPosting {
  if (!previous) return fresh;
  const merged: JobPosting = { ...fresh };
  const userFields = [...TEXT_FIELDS, 'workMode', 'salary'] as const;
  for (const key of userFields) {
    const old = previous[key];
    if (old?.source === 'user' && fresh[key]?.source !== 'user') (merged as Record<string, unknown>)[key] = old;
  }
  return merged;
}
