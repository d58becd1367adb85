/**
 * What is stored, and the checks every read goes through. Stored data may come from an older
 * version, a hand-edited backup or a half-finished write: each field is checked on its own and
 * falls back to a safe default, so one bad field never costs the user a whole record.
 */
import type { Field, FieldSource, JobPosting } from '../core/posting';

export const POSTING_KEY_PREFIX = 'posting:';
export const SCHEMA_VERSION_KEY = 'schemaVersion';

export const STATUSES = ['researching', 'applied', 'interviewing', 'offer', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  researching: 'Researching',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  closed: 'Closed',
};

export interface Interview {
  id: string;
  /** ISO date or date-time. */
  date: string;
  interviewers: string[];
  notes: string;
}

export interface SavedPosting {
  id: string;
  /** The posting as it was read when saved, description included (the page may change or vanish). */
  posting: JobPosting;
  status: Status;
  notes: string;
  /** Research items ticked off, by item id. */
  checklist: Record<string, boolean>;
  /** The user's own examples for the posting's top requirements, by story slot id. */
  story: Record<string, string>;
  interviews: Interview[];
  savedAt: string;
  updatedAt: string;
}

const SOURCES: ReadonlySet<FieldSource> = new Set<FieldSource>([
  'user', 'site', 'json-ld', 'microdata', 'rdfa', 'meta', 'title', 'heading', 'label', 'page-text', 'selection', 'domain',
]);

const MAX_TEXT = 60_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, fallback = '', max = MAX_TEXT): string {
  return typeof value === 'string' ? value.slice(0, max) : fallback;
}

function isoDate(value: unknown, fallback: string): string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : fallback;
}

function stringField(raw: unknown): Field | null {
  if (!isRecord(raw) || typeof raw.value !== 'string' || !raw.value.trim()) return null;
  const source = SOURCES.has(raw.source as FieldSource) ? (raw.source as FieldSource) : 'user';
  const confidence = typeof raw.confidence === 'number' && raw.confidence >= 0 && raw.confidence <= 1 ? raw.confidence : 0.5;
  return { value: raw.value.slice(0, MAX_TEXT), source, confidence };
}

/** A stored posting snapshot, or null when it lacks what makes it a posting (a title). */
export function validatePosting(raw: unknown): JobPosting | null {
  if (!isRecord(raw)) return null;
  const title = stringField(raw.title);
  if (!title) return null;
  const posting: JobPosting = {
    kind: 'posting',
    url: text(raw.url, '', 4000),
    title,
    company: stringField(raw.company),
    location: stringField(raw.location),
    description: stringField(raw.description),
  };
  for (const key of ['employmentType', 'datePosted', 'validThrough', 'postedBy', 'companyUrl', 'applyUrl', 'language'] as const) {
    const value = stringField(raw[key]);
    if (value) posting[key] = value;
  }
  const mode = stringField(raw.workMode);
  if (mode && (mode.value === 'remote' || mode.value === 'hybrid' || mode.value === 'on-site')) {
    posting.workMode = { ...mode, value: mode.value };
  }
  if (typeof raw.site === 'string') posting.site = raw.site.slice(0, 40);
  if (raw.manual === true) posting.manual = true;
  return posting;
}

function booleanMap(raw: unknown): Record<string, boolean> {
  if (!isRecord(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'boolean').slice(0, 500)) as Record<string, boolean>;
}

function stringMap(raw: unknown): Record<string, string> {
  if (!isRecord(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw)
      .filter(([, v]) => typeof v === 'string')
      .slice(0, 200)
      .map(([k, v]) => [k, (v as string).slice(0, 10_000)]),
  );
}

function interviews(raw: unknown): Interview[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).slice(0, 100).map((r, i) => ({
    id: text(r.id, `interview-${i}`, 100),
    date: isoDate(r.date, ''),
    interviewers: Array.isArray(r.interviewers) ? r.interviewers.filter((n): n is string => typeof n === 'string').map((n) => n.slice(0, 200)).slice(0, 20) : [],
    notes: text(r.notes, '', 20_000),
  }));
}

/**
 * A stored record, checked field by field. Returns null only when the record has no id or no
 * usable posting; callers leave such a record in storage untouched rather than delete it.
 */
export function validateSavedPosting(raw: unknown): SavedPosting | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || !raw.id) return null;
  const posting = validatePosting(raw.posting);
  if (!posting) return null;
  const savedAt = isoDate(raw.savedAt, new Date(0).toISOString());
  return {
    id: raw.id.slice(0, 100),
    posting,
    status: (STATUSES as readonly string[]).includes(raw.status as string) ? (raw.status as Status) : 'researching',
    notes: text(raw.notes),
    checklist: booleanMap(raw.checklist),
    story: stringMap(raw.story),
    interviews: interviews(raw.interviews),
    savedAt,
    updatedAt: isoDate(raw.updatedAt, savedAt),
  };
}
