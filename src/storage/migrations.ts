/**
 * Numbered, pure migrations of the whole stored data, oldest first. Each takes the data as
 * the previous version left it and returns it as the next version expects it; each has its
 * own test ("given this old data, expect this new data"). Add one, never edit one that has
 * shipped.
 */
import { POSTING_KEY_PREFIX, SCHEMA_VERSION_KEY } from './schema';

export type StoredData = Record<string, unknown>;

const V1_STATUSES: readonly string[] = ['researching', 'applied', 'interviewing', 'offer', 'closed'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface Migration {
  /** The schema version this migration produces. */
  to: number;
  describe: string;
  migrate(data: StoredData): StoredData;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    describe: 'First release: records under "posting:<id>", the version stored under "schemaVersion".',
    migrate: (data) => ({ ...data, [SCHEMA_VERSION_KEY]: 1 }),
  },
  {
    to: 2,
    describe: 'Status history: each record gets "history", one entry of its current status at its updatedAt.',
    migrate: (data) => {
      const next: StoredData = { ...data, [SCHEMA_VERSION_KEY]: 2 };
      for (const [key, value] of Object.entries(data)) {
        if (!key.startsWith(POSTING_KEY_PREFIX) || !isObject(value) || Array.isArray(value.history)) continue;
        // The values version 1 would have read: an unknown status was shown as "researching",
        // a missing updatedAt as savedAt. Written out here rather than imported, so later
        // schema changes cannot change what this migration does.
        const status = typeof value.status === 'string' && V1_STATUSES.includes(value.status) ? value.status : 'researching';
        const at = [value.updatedAt, value.savedAt].find((d): d is string => typeof d === 'string' && !Number.isNaN(Date.parse(d))) ?? new Date(0).toISOString();
        next[key] = { ...value, history: [{ status, at }] };
      }
      return next;
    },
  },
  {
    to: 3,
    describe: 'The posting holds only what the page says: "sections" (the description split again, worked out from it on every read) is dropped from each stored posting.',
    migrate: (data) => {
      const next: StoredData = { ...data, [SCHEMA_VERSION_KEY]: 3 };
      for (const [key, value] of Object.entries(data)) {
        if (!key.startsWith(POSTING_KEY_PREFIX) || !isObject(value) || !isObject(value.posting) || !('sections' in value.posting)) continue;
        const posting = { ...value.posting };
        delete posting.sections;
        next[key] = { ...value, posting };
      }
      return next;
    },
  },
  {
    to: 4,
    describe: 'Interview rounds name people with their role: each interviewer "Name" becomes { name: "Name", role: "" }.',
    migrate: (data) => {
      const next: StoredData = { ...data, [SCHEMA_VERSION_KEY]: 4 };
      for (const [key, value] of Object.entries(data)) {
        if (!key.startsWith(POSTING_KEY_PREFIX) || !isObject(value) || !Array.isArray(value.interviews)) continue;
        const interviews = value.interviews.map((interview: unknown) => {
          if (!isObject(interview) || !Array.isArray(interview.interviewers)) return interview;
          const interviewers = interview.interviewers.map((person: unknown) => (typeof person === 'string' ? { name: person, role: '' } : person));
          return { ...interview, interviewers };
        });
        next[key] = { ...value, interviews };
      }
      return next;
    },
  },
];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.to;

export function storedVersion(data: StoredData): number {
  const version = data[SCHEMA_VERSION_KEY];
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

export class NewerDataError extends Error {
  constructor(version: number) {
    super(
      `Your saved data was written by a newer version of Interview Lens (data version ${version}). Update the extension to change it; nothing was changed.`,
    );
    this.name = 'NewerDataError';
  }
}

/** Apply every migration the data has not had yet, in order. Pure: returns new data. */
export function migrate(data: StoredData, migrations: readonly Migration[] = MIGRATIONS): StoredData {
  const version = storedVersion(data);
  const latest = migrations[migrations.length - 1]?.to ?? 0;
  if (version > latest) throw new NewerDataError(version);
  return migrations.filter((m) => m.to > version).reduce((current, m) => m.migrate(current), data);
}

/** What a write must do to turn `before` into `after`: keys to set and keys to remove. */
export function diff(before: StoredData, after: StoredData): { set: StoredData; remove: string[] } {
  const set: StoredData = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) set[key] = value;
  }
  const remove = Object.keys(before).filter((key) => !(key in after));
  return { set, remove };
}
