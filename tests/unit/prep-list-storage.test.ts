import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/background/serialize';
import type { JobPosting } from '../../src/core/posting';
import {
  readPrepList,
  removePosting,
  restorePosting,
  savedId,
  savePosting,
  StorageFullError,
  updatePosting,
  writeWith,
} from '../../src/storage/prep-list';
import { validateSavedPosting } from '../../src/storage/schema';
import { memoryArea } from '../helpers/memory-area';
import { CURRENT_SCHEMA_VERSION } from '../../src/storage/migrations';

function posting(url: string, title = 'Data Engineer', description = 'Build pipelines.'): JobPosting {
  return {
    kind: 'posting',
    url,
    title: { value: title, source: 'json-ld', confidence: 0.9 },
    company: { value: 'Acme', source: 'json-ld', confidence: 0.9 },
    location: null,
    description: { value: description, source: 'json-ld', confidence: 0.85 },
  };
}

const T1 = '2026-11-20T10:00:00.000Z';
const T2 = '2026-11-21T10:00:00.000Z';

describe('saving', () => {
  it('saves a posting with defaults and the schema version', async () => {
    const area = memoryArea();
    const result = await writeWith(area, savePosting(posting('https://acme.example/jobs/1'), T1));
    expect(result.created).toBe(true);
    const stored = area.dump();
    expect(stored.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(stored[`posting:${result.id}`]).toMatchObject({ status: 'researching', notes: '', history: [{ status: 'researching', at: T1 }], savedAt: T1, updatedAt: T1 });
  });

  it('saving the same job again (another address for it) updates instead of duplicating, keeping the user’s work', async () => {
    const area = memoryArea();
    const first = await writeWith(area, savePosting(posting('https://www.linkedin.com/jobs/view/1234567'), T1));
    await writeWith(area, updatePosting(first.id, { status: 'applied', notes: 'Call Sam', fields: { company: 'Acme Inc.' } }, T1));
    const again = await writeWith(area, savePosting(posting('https://www.linkedin.com/jobs/search/?currentJobId=1234567', 'Data Engineer II'), T2));
    expect(again).toEqual({ id: first.id, created: false });
    const { items } = await readPrepList(area);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ status: 'applied', notes: 'Call Sam', savedAt: T1, updatedAt: T2 });
    expect(items[0]!.posting.title?.value).toBe('Data Engineer II');
    expect(items[0]!.posting.company).toEqual({ value: 'Acme Inc.', source: 'user', confidence: 1 });
  });

  it('saves the posting and the progress made before saving in one write, merged with earlier progress', async () => {
    const area = memoryArea();
    const first = await writeWith(area, savePosting(posting('https://acme.example/jobs/1'), T1, { checklist: { a: true }, story: { s1: 'Led the migration.' } }));
    expect(area.writes).toBe(1);
    await writeWith(area, savePosting(posting('https://acme.example/jobs/1'), T2, { checklist: { b: true } }));
    expect(area.writes).toBe(2);
    const { items } = await readPrepList(area);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: first.id, checklist: { a: true, b: true }, story: { s1: 'Led the migration.' }, savedAt: T1, updatedAt: T2 });
  });

  it('a full quota fails with a clear message and changes nothing', async () => {
    const area = memoryArea({}, { quotaBytes: 2000 });
    await writeWith(area, savePosting(posting('https://acme.example/jobs/1'), T1));
    const before = area.dump();
    await expect(writeWith(area, savePosting(posting('https://acme.example/jobs/2', 'Big', 'x'.repeat(5000)), T2))).rejects.toThrow(StorageFullError);
    expect(area.dump()).toEqual(before);
  });

  it('a full disk (unlimitedStorage lifts the quota, not the disk) fails the same way and changes nothing', async () => {
    const area = memoryArea();
    await writeWith(area, savePosting(posting('https://acme.example/jobs/1'), T1));
    const before = area.dump();
    area.set = () => Promise.reject(new Error('IO error: 000012.log: No space left on device'));
    const failure = writeWith(area, savePosting(posting('https://acme.example/jobs/2'), T2));
    await expect(failure).rejects.toThrow(StorageFullError);
    await expect(failure).rejects.toThrow('The browser’s storage for Interview Lens is full. Export your prep list and remove postings you no longer need, then try again. Nothing was changed.');
    expect(area.dump()).toEqual(before);
  });

  it('a save or an update reads only its own record and the schema version, not the whole list', async () => {
    const area = memoryArea();
    const { id } = await writeWith(area, savePosting(posting('https://acme.example/jobs/1'), T1));
    await writeWith(area, savePosting(posting('https://acme.example/jobs/2'), T1));
    area.reads.length = 0;
    await writeWith(area, updatePosting(id, { checklist: { a: true } }, T2));
    await writeWith(area, removePosting(id));
    expect(area.reads).toEqual([
      ['schemaVersion', `posting:${id}`],
      ['schemaVersion', `posting:${id}`],
    ]);
    expect((await readPrepList(area)).items.map((r) => r.posting.url)).toEqual(['https://acme.example/jobs/2']);
  });

  it('data at an older schema version is read and migrated whole before a save touches it', async () => {
    // Stored by a version before schema versions: one record, no "schemaVersion" key.
    const old = { id: 'old', posting: posting('https://acme.example/jobs/old'), status: 'applied', notes: 'Kept', checklist: {}, story: {}, interviews: [], savedAt: T1, updatedAt: T1 };
    const area = memoryArea({ 'posting:old': old });
    await writeWith(area, savePosting(posting('https://acme.example/jobs/new'), T2));
    expect(area.reads[0]).toEqual(['schemaVersion', `posting:${savedId(posting('https://acme.example/jobs/new'))}`]);
    expect(area.reads[1]).toBeNull();
    const stored = area.dump();
    expect(stored.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(stored['posting:old']).toEqual({ ...old, history: [{ status: 'applied', at: T1 }] });
  });

  it('two windows saving at once through the background queue both land', async () => {
    const area = memoryArea();
    const write = serialize();
    const urls = Array.from({ length: 20 }, (_, i) => `https://acme.example/jobs/${i}`);
    await Promise.all(urls.map((url) => write(() => writeWith(area, savePosting(posting(url), T1)))));
    expect((await readPrepList(area)).items).toHaveLength(20);
  });

  it('concurrent checklist ticks from two pages both survive', async () => {
    const area = memoryArea();
    const write = serialize();
    const { id } = await writeWith(area, savePosting(posting('https://acme.example/jobs/1'), T1));
    await Promise.all([
      write(() => writeWith(area, updatePosting(id, { checklist: { 'research-news': true } }, T1))),
      write(() => writeWith(area, updatePosting(id, { checklist: { 'research-values': true } }, T2))),
    ]);
    const { items } = await readPrepList(area);
    expect(items[0]!.checklist).toEqual({ 'research-news': true, 'research-values': true });
  });

  it('without the queue, the same interleaving would lose a write (why the queue exists)', async () => {
    const area = memoryArea();
    const { id } = await writeWith(area, savePosting(posting('https://acme.example/jobs/1'), T1));
    // Both read before either writes: the second write is based on stale data.
    const a = updatePosting(id, { checklist: { a: true } }, T1);
    const b = updatePosting(id, { checklist: { b: true } }, T1);
    const snapshot = await area.get(null);
    await area.set(a(snapshot).data);
    await area.set(b(snapshot).data);
    expect((await readPrepList(area)).items[0]!.checklist).toEqual({ b: true });
  });
});

describe('status history', () => {
  it('records each change of status with its date, after the entry made at saving; other edits add none', async () => {
    const area = memoryArea();
    const { id } = await writeWith(area, savePosting(posting('https://acme.example/jobs/1'), T1));
    await writeWith(area, updatePosting(id, { status: 'applied' }, T2));
    await writeWith(area, updatePosting(id, { status: 'applied', notes: 'Sent the form' }, '2026-11-22T10:00:00.000Z'));
    await writeWith(area, updatePosting(id, { notes: 'Waiting' }, '2026-11-23T10:00:00.000Z'));
    await writeWith(area, updatePosting(id, { status: 'interviewing' }, '2026-11-24T10:00:00.000Z'));
    // Saving the same job again keeps its history.
    await writeWith(area, savePosting(posting('https://acme.example/jobs/1'), '2026-11-25T10:00:00.000Z'));
    expect((await readPrepList(area)).items[0]!.history).toEqual([
      { status: 'researching', at: T1 },
      { status: 'applied', at: T2 },
      { status: 'interviewing', at: '2026-11-24T10:00:00.000Z' },
    ]);
  });

  it('falls back entry by entry, and a missing or empty history is rebuilt from the status', () => {
    const base = { id: 'x', posting: { kind: 'posting', url: 'https://a.example', title: { value: 'Chef', source: 'json-ld', confidence: 1 } }, status: 'offer', updatedAt: T2 };
    expect(validateSavedPosting({ ...base, history: [{ status: 'applied', at: T1 }, { status: 'hired', at: T1 }, { status: 'offer', at: 'soon' }, 7] })!.history).toEqual([
      { status: 'applied', at: T1 },
    ]);
    expect(validateSavedPosting({ ...base, history: 'lost' })!.history).toEqual([{ status: 'offer', at: T2 }]);
    expect(validateSavedPosting(base)!.history).toEqual([{ status: 'offer', at: T2 }]);
  });
});

describe('reading', () => {
  it('keeps unreadable records in storage and counts them', async () => {
    const area = memoryArea({ schemaVersion: 1, 'posting:bad': { id: 'bad', posting: { title: 5 } }, 'posting:worse': 'nonsense' });
    const snapshot = await readPrepList(area);
    expect(snapshot).toMatchObject({ items: [], unreadable: 2, newerVersion: false });
    await writeWith(area, savePosting(posting('https://acme.example/jobs/1'), T1));
    expect(Object.keys(area.dump()).sort()).toContain('posting:bad');
  });

  it('falls back field by field', () => {
    const record = validateSavedPosting({
      id: 'x',
      posting: { kind: 'posting', url: 'https://a.example', title: { value: 'Chef', source: 'bogus', confidence: 7 } },
      status: 'hired?',
      notes: 12,
      checklist: { a: true, b: 'yes' },
      savedAt: 'not a date',
    })!;
    expect(record.status).toBe('researching');
    expect(record.notes).toBe('');
    expect(record.checklist).toEqual({ a: true });
    // An unknown source is not the user's: it must not pass for, or stick as, their correction.
    expect(record.posting.title).toEqual({ value: 'Chef', source: 'page-text', confidence: 0.5 });
    expect(record.posting.company).toBeNull();
    expect(record.savedAt).toBe(new Date(0).toISOString());
  });

  it('shows data from a newer version but refuses to write it', async () => {
    const area = memoryArea({ schemaVersion: 99 });
    expect((await readPrepList(area)).newerVersion).toBe(true);
    await expect(writeWith(area, savePosting(posting('https://acme.example/jobs/1'), T1))).rejects.toThrow(/newer version/);
    expect(area.dump()).toEqual({ schemaVersion: 99 });
  });
});

describe('remove and restore', () => {
  it('removes a record and puts it back exactly', async () => {
    const area = memoryArea();
    const { id } = await writeWith(area, savePosting(posting('https://acme.example/jobs/1'), T1));
    const removed = await writeWith(area, removePosting(id));
    expect((await readPrepList(area)).items).toEqual([]);
    await writeWith(area, restorePosting(removed!));
    expect((await readPrepList(area)).items).toEqual([removed]);
  });

  it('ids for hand-entered postings include title and company', () => {
    const manual = { ...posting('https://acme.example/list'), manual: true };
    expect(savedId(manual)).not.toBe(savedId(posting('https://acme.example/list')));
  });
});

describe('interview rounds changed from two windows', () => {
  it('keeps both changes when two writes, each made from the same stale view, change different fields and rounds', async () => {
    const area = memoryArea();
    const { id } = await writeWith(area, savePosting(posting('https://acme.example/jobs/1'), T1));
    const write = serialize();
    await write(() => writeWith(area, updatePosting(id, { rounds: { r1: { kind: 'panel' } } }, T1)));
    // Both windows still show round r1 as it was; neither knows of the other's change.
    await Promise.all([
      write(() => writeWith(area, updatePosting(id, { rounds: { r1: { notes: 'Ask about on-call' } } }, T2))),
      write(() => writeWith(area, updatePosting(id, { rounds: { r1: { thankYouSent: true }, r2: { date: '2026-12-09T10:00' } } }, T2))),
    ]);
    const [record] = (await readPrepList(area)).items;
    expect(record!.interviews).toEqual([
      { id: 'r1', date: '', kind: 'panel', interviewers: [], notes: 'Ask about on-call', thankYouSent: true },
      { id: 'r2', date: '2026-12-09T10:00', kind: 'other', interviewers: [], notes: '', thankYouSent: false },
    ]);
    await writeWith(area, updatePosting(id, { rounds: { r1: null } }, T2));
    expect((await readPrepList(area)).items[0]!.interviews.map((r) => r.id)).toEqual(['r2']);
  });
});
