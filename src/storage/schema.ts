/**
 * What is stored, and the checks every read goes through. Stored data may come from an older
 * version, a hand-edited backup or a half-finished write: each field is checked on its own and
 * falls back to a safe default, so one bad field never costs the user a whole record.
 */
import * as v from 'valibot';
import { JobPostingSchema, MAX_FIELD_TEXT } from '../core/posting-schema';

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

const EPOCH = new Date(0).toISOString();

const capped = (max: number) =>
  v.pipe(
    v.string(),
    v.transform((s) => s.slice(0, max)),
  );
const isoDate = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s))),
);

/** Entries of a map that pass `value`, the others dropped one by one (not the whole map). */
function tolerantMap<T extends v.GenericSchema>(value: T, maxEntries: number) {
  const map = v.pipe(
    v.unknown(),
    v.transform((raw): Record<string, v.InferOutput<T>> => {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
      const kept: [string, v.InferOutput<T>][] = [];
      for (const [key, entry] of Object.entries(raw)) {
        const parsed = v.safeParse(value, entry);
        if (parsed.success) kept.push([key, parsed.output]);
        if (kept.length >= maxEntries) break;
      }
      return Object.fromEntries(kept);
    }),
  );
  return v.optional(map, {});
}

/** The kinds of interview round a job seeker meets, in the order they usually come. */
export const INTERVIEW_KINDS = ['recruiter-screen', 'hiring-manager', 'technical', 'panel', 'final', 'other'] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

export const INTERVIEW_KIND_LABELS: Record<InterviewKind, string> = {
  'recruiter-screen': 'Recruiter screen',
  'hiring-manager': 'Hiring manager',
  technical: 'Technical',
  panel: 'Panel',
  final: 'Final',
  other: 'Other',
};

/** Someone the user meets in a round: a name, and their role when the user knows it. */
export const InterviewerSchema = v.object({
  name: v.pipe(capped(200), v.trim(), v.minLength(1)),
  role: v.fallback(capped(200), ''),
});

export const InterviewSchema = v.object({
  id: v.fallback(capped(100), ''),
  /** ISO date or date-time; empty when not known. */
  date: v.fallback(isoDate, ''),
  kind: v.fallback(v.picklist(INTERVIEW_KINDS), 'other'),
  /** Checked one by one: an entry that is not a named person is dropped, not the round. */
  interviewers: v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((list) =>
        list.flatMap((entry) => {
          const parsed = v.safeParse(InterviewerSchema, entry);
          return parsed.success ? [parsed.output] : [];
        }).slice(0, 20),
      ),
    ),
    [],
  ),
  notes: v.fallback(capped(20_000), ''),
  thankYouSent: v.fallback(v.boolean(), false),
});

/** One status the posting was put in, and when. */
export const StatusChangeSchema = v.object({
  status: v.picklist(STATUSES),
  at: isoDate,
});

/** Most entries kept in a history; the oldest go first (a record must stay small). */
export const MAX_HISTORY = 200;

export const SavedPostingSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.transform((s) => s.slice(0, 100))),
  /** The posting as it was read when saved, description included (the page may change or vanish). */
  posting: JobPostingSchema,
  status: v.fallback(v.picklist(STATUSES), 'researching'),
  notes: v.fallback(capped(MAX_FIELD_TEXT), ''),
  /** Research items ticked off, by item id. */
  checklist: tolerantMap(v.boolean(), 500),
  /** The user's own examples for the posting's top requirements, by story slot id. */
  story: tolerantMap(capped(10_000), 200),
  interviews: v.fallback(v.pipe(v.array(v.unknown()), v.transform((list) => list.slice(0, 100))), []),
  /**
   * Every status the posting was put in, oldest first, the first at saving. Checked entry by
   * entry below; missing (data from before schema version 2, or a version-1 backup) or left
   * empty, it is rebuilt from the current status and updatedAt, as migration 2 does.
   */
  history: v.fallback(v.array(v.unknown()), []),
  /** Other addresses of the same job, kept when two saves of it were merged. */
  alsoAt: v.fallback(v.pipe(v.array(capped(2000)), v.transform((list) => list.slice(0, 20))), []),
  /** The date the company said the user would hear back by; empty when none was given. */
  followUpOn: v.fallback(isoDate, ''),
  savedAt: v.fallback(isoDate, EPOCH),
  /** Missing or broken: the time it was saved. */
  updatedAt: v.fallback(v.optional(isoDate), undefined),
});

export type Interview = v.InferOutput<typeof InterviewSchema>;
export type Interviewer = v.InferOutput<typeof InterviewerSchema>;
export type StatusChange = v.InferOutput<typeof StatusChangeSchema>;
export type SavedPosting = Omit<v.InferOutput<typeof SavedPostingSchema>, 'interviews' | 'history' | 'updatedAt'> & {
  interviews: Interview[];
  history: StatusChange[];
  updatedAt: string;
};

/**
 * A stored record, checked field by field. Returns null only when the record has no id or no
 * usable posting (no title); callers leave such a record in storage untouched rather than
 * delete it.
 */
export function validateSavedPosting(raw: unknown): SavedPosting | null {
  const result = v.safeParse(SavedPostingSchema, raw);
  if (!result.success || !result.output.posting.title) return null;
  const record = result.output;
  // Interviews one by one, so one broken entry costs only itself; each keeps an id.
  const interviews = record.interviews
    .filter((entry) => typeof entry === 'object' && entry !== null && !Array.isArray(entry))
    .map((entry, i) => {
      const interview = v.parse(InterviewSchema, entry);
      return interview.id ? interview : { ...interview, id: `interview-${i}` };
    });
  const updatedAt = record.updatedAt ?? record.savedAt;
  // History entries one by one too: a broken entry is dropped, never the whole history.
  const history = record.history.flatMap((entry) => {
    const parsed = v.safeParse(StatusChangeSchema, entry);
    return parsed.success ? [parsed.output] : [];
  });
  return {
    ...record,
    interviews,
    history: history.length > 0 ? history.slice(-MAX_HISTORY) : [{ status: record.status, at: updatedAt }],
    updatedAt,
  };
}
