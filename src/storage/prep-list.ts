/**
 * The prep list in extension storage. Reads can happen anywhere; every write goes through
 * `writeWith`, which reads the current data, brings it to the current schema, applies one
 * pure change, and writes only the keys that changed in one storage.set (new keys before
 * removals, so a browser closed between the two leaves extra data, never lost data). The
 * background runs writes one at a time, so two windows saving at once both land.
 */
import { postingId } from '../core/posting-id';
import type { JobPosting } from '../core/posting';
import { applyEdits, keepUserEdits, type PostingEdits } from '../core/posting-edits';
import type { StorageArea } from './area';
import { CURRENT_SCHEMA_VERSION, diff, migrate, NewerDataError, storedVersion, type StoredData } from './migrations';
import { type Interview, MAX_HISTORY, POSTING_KEY_PREFIX, SCHEMA_VERSION_KEY, type SavedPosting, type Status, validateSavedPosting } from './schema';
import { mergeRecords } from '../tracker/duplicates';
import { applyRoundChanges, type RoundChanges } from '../tracker/interviews';

export interface PrepListSnapshot {
  items: SavedPosting[];
  /** Records that failed validation; they stay in storage untouched. */
  unreadable: number;
  /** The data was written by a newer version of the extension: show it, but do not write. */
  newerVersion: boolean;
}

export class StorageFullError extends Error {
  constructor() {
    super('The browser’s storage for Interview Lens is full. Export your prep list and remove postings you no longer need, then try again. Nothing was changed.');
    this.name = 'StorageFullError';
  }
}

export function savedId(posting: JobPosting): string {
  return postingId(posting.url, posting.manual ? { title: posting.title?.value ?? '', company: posting.company?.value ?? null } : null);
}

function recordsOf(data: StoredData): { items: SavedPosting[]; unreadable: number } {
  const items: SavedPosting[] = [];
  let unreadable = 0;
  for (const [key, value] of Object.entries(data)) {
    if (!key.startsWith(POSTING_KEY_PREFIX)) continue;
    const record = validateSavedPosting(value);
    if (record) items.push(record);
    else unreadable++;
  }
  items.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { items, unreadable };
}

export async function readPrepList(area: StorageArea): Promise<PrepListSnapshot> {
  const data = await area.get(null);
  try {
    return { ...recordsOf(migrate(data)), newerVersion: false };
  } catch (error) {
    if (error instanceof NewerDataError) return { ...recordsOf(data), newerVersion: true };
    throw error;
  }
}

export async function readSaved(area: StorageArea, id: string): Promise<SavedPosting | null> {
  const key = POSTING_KEY_PREFIX + id;
  const data = await area.get(key);
  return validateSavedPosting(data[key]);
}

function isQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  // Chrome: "QUOTA_BYTES quota exceeded"; Firefox: QuotaExceededError; a full disk under
  // unlimitedStorage: "No space left on device" or "disk full", depending on the platform.
  return /quota|QUOTA_BYTES|storage is full|exceeded|no space left|disk (?:is )?full/i.test(message);
}

/**
 * One pure change of the stored data: returns the new data and a result for the caller.
 * `keys`, when given, are the only stored keys it reads or changes.
 */
export type Change<T> = ((data: StoredData) => { data: StoredData; result: T }) & { keys?: readonly string[] };

/** A change that reads and writes only these keys (see writeWith). */
function touching<T>(keys: readonly string[], change: (data: StoredData) => { data: StoredData; result: T }): Change<T> {
  return Object.assign(change, { keys });
}

/**
 * One write. A change that names its keys reads only those and the schema version: reading
 * everything costs time in proportion to the whole prep list (a tick took 677 ms with
 * 2,000 saved postings in Chromium, and 6.5 ms this way; `npm run bench:storage`). Data
 * not yet at the current schema version is read and migrated whole first, so no change ever
 * sees half-migrated data.
 */
export async function writeWith<T>(area: StorageArea, change: Change<T>): Promise<T> {
  let before = change.keys ? await area.get([SCHEMA_VERSION_KEY, ...change.keys]) : await area.get(null);
  if (change.keys && storedVersion(before) !== CURRENT_SCHEMA_VERSION) before = await area.get(null);
  const current = migrate(before);
  const { data: after, result } = change(current);
  const { set, remove } = diff(before, after);
  try {
    if (Object.keys(set).length > 0) await area.set(set);
  } catch (error) {
    throw isQuotaError(error) ? new StorageFullError() : error;
  }
  if (remove.length > 0) await area.remove(remove);
  return result;
}

export interface PostingPatch {
  status?: Status;
  notes?: string;
  /** Items to tick or untick; other items keep their state. */
  checklist?: Record<string, boolean>;
  /** Story examples to set; other slots keep theirs. */
  story?: Record<string, string>;
  /** All rounds, replacing the stored ones (the popup's first round of names). */
  interviews?: Interview[];
  /** Changes to single rounds, merged with the stored rounds at write time. */
  rounds?: RoundChanges;
  /** The date the company said the user would hear back by ('' to clear it). */
  followUpOn?: string;
  /** Corrected posting fields, each becoming the user's (see core/posting-edits.ts). */
  fields?: PostingEdits['fields'];
  workMode?: PostingEdits['workMode'];
  salary?: PostingEdits['salary'];
}

/** What the user did in the popup before saving (ticks, examples, interviewers' names). */
export type SaveProgress = Pick<PostingPatch, 'checklist' | 'story' | 'interviews'>;

/**
 * Save a posting and the user's progress on it in one write, so a save never half-succeeds.
 * Saving the same job again updates its snapshot and keeps the user's work and corrections.
 */
export function savePosting(posting: JobPosting, now: string, progress: SaveProgress = {}) {
  const id = savedId(posting);
  const key = POSTING_KEY_PREFIX + id;
  return touching([key], (data: StoredData) => {
    const existing = validateSavedPosting(data[key]);
    const base: SavedPosting = existing
      ? { ...existing, posting: keepUserEdits(posting, existing.posting), updatedAt: now }
      : { id, posting, status: 'researching', notes: '', checklist: {}, story: {}, interviews: [], alsoAt: [], followUpOn: '', history: [{ status: 'researching', at: now }], savedAt: now, updatedAt: now };
    const record: SavedPosting = {
      ...base,
      checklist: { ...base.checklist, ...progress.checklist },
      story: { ...base.story, ...progress.story },
      interviews: progress.interviews ?? base.interviews,
    };
    return { data: { ...data, [key]: record }, result: { id, created: !existing } };
  });
}

export class NotFoundError extends Error {
  constructor() {
    super('That posting is no longer in your prep list.');
    this.name = 'NotFoundError';
  }
}

/** Apply a patch to the stored record, merging item by item so concurrent edits both survive. */
export function updatePosting(id: string, patch: PostingPatch, now: string) {
  const key = POSTING_KEY_PREFIX + id;
  return touching([key], (data: StoredData) => {
    const existing = validateSavedPosting(data[key]);
    if (!existing) throw new NotFoundError();
    const posting = applyEdits(existing.posting, { fields: patch.fields, workMode: patch.workMode, salary: patch.salary });
    // A new status is recorded with its date; setting the same status again is no change.
    const status = patch.status ?? existing.status;
    const history = status === existing.status ? existing.history : [...existing.history, { status, at: now }].slice(-MAX_HISTORY);
    const record: SavedPosting = {
      ...existing,
      posting,
      status,
      history,
      notes: patch.notes ?? existing.notes,
      checklist: { ...existing.checklist, ...patch.checklist },
      story: { ...existing.story, ...patch.story },
      interviews: applyRoundChanges(patch.interviews ?? existing.interviews, patch.rounds ?? {}),
      followUpOn: patch.followUpOn ?? existing.followUpOn,
      updatedAt: now,
    };
    return { data: { ...data, [key]: record }, result: record };
  });
}

/**
 * Two saves of the same job become one, in one write: `fromId`'s record is folded into
 * `intoId`'s (see mergeRecords) and removed. Either missing: nothing changes.
 */
export function mergePostings(intoId: string, fromId: string, now: string) {
  const intoKey = POSTING_KEY_PREFIX + intoId;
  const fromKey = POSTING_KEY_PREFIX + fromId;
  return touching([intoKey, fromKey], (data: StoredData) => {
    const into = validateSavedPosting(data[intoKey]);
    const from = validateSavedPosting(data[fromKey]);
    if (!into || !from || intoId === fromId) throw new NotFoundError();
    const merged = mergeRecords(into, from, now);
    const next: StoredData = { ...data, [intoKey]: merged };
    delete next[fromKey];
    return { data: next, result: merged };
  });
}

export function removePosting(id: string) {
  const key = POSTING_KEY_PREFIX + id;
  return touching([key], (data: StoredData) => {
    const existing = validateSavedPosting(data[key]);
    const next = { ...data };
    delete next[key];
    return { data: next, result: existing };
  });
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Bring in records from a backup: new postings are added, and a posting already saved is
 * replaced only by a copy that was changed more recently. Nothing is deleted.
 */
export function importPostings(records: SavedPosting[]) {
  const valid = records.map((raw) => validateSavedPosting(raw));
  return touching(
    valid.flatMap((record) => (record ? [POSTING_KEY_PREFIX + record.id] : [])),
    (data: StoredData) => {
      const next = { ...data };
      const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
      for (const record of valid) {
        if (!record) throw new Error('A posting in the backup could not be read. Nothing was imported.');
        const key = POSTING_KEY_PREFIX + record.id;
        const existing = validateSavedPosting(next[key]);
        if (!existing) {
          next[key] = record;
          result.added++;
        } else if (record.updatedAt > existing.updatedAt) {
          next[key] = record;
          result.updated++;
        } else result.unchanged++;
      }
      return { data: next, result };
    },
  );
}

/** Put back a record exactly as it was (undo of a removal). */
export function restorePosting(record: SavedPosting) {
  const valid = validateSavedPosting(record);
  return touching(valid ? [POSTING_KEY_PREFIX + valid.id] : [], (data: StoredData) => {
    if (!valid) throw new Error('That record cannot be restored: it is not a valid saved posting.');
    return { data: { ...data, [POSTING_KEY_PREFIX + valid.id]: valid }, result: valid.id };
  });
}
