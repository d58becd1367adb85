import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, diff, type Migration, MIGRATIONS, migrate, NewerDataError } from '../../src/storage/migrations';
import { validateSavedPosting } from '../../src/storage/schema';

describe('migration 1 (first release)', () => {
  it('given no data, stamps the schema version', () => {
    expect(MIGRATIONS[0]!.migrate({})).toEqual({ schemaVersion: 1 });
  });
  it('given unversioned records, keeps them and stamps the version', () => {
    const old = { 'posting:a': { id: 'a' } };
    expect(MIGRATIONS[0]!.migrate(old)).toEqual({ 'posting:a': { id: 'a' }, schemaVersion: 1 });
  });
});

describe('migration 2 (status history)', () => {
  const m2 = MIGRATIONS[1]!;
  /** A store at version 1 as that release wrote it: records without "history". */
  const VERSION_1_STATE = {
    schemaVersion: 1,
    'posting:a': { id: 'a', status: 'applied', notes: '', savedAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-12-03T09:30:00.000Z' },
    'posting:b': { id: 'b', status: 'hired?', savedAt: '2026-11-02T10:00:00.000Z' },
    'posting:c': { id: 'c', status: 'offer', savedAt: 'broken', updatedAt: 'also broken' },
    'posting:unreadable': 'nonsense',
    'something-else': { status: 'applied' },
  };

  it('gives each record one entry: its current status at its updatedAt (savedAt or the epoch when that is missing)', () => {
    expect(m2.migrate(deepFreeze(structuredClone(VERSION_1_STATE)))).toEqual({
      schemaVersion: 2,
      'posting:a': { ...VERSION_1_STATE['posting:a'], history: [{ status: 'applied', at: '2026-12-03T09:30:00.000Z' }] },
      // An unknown status is what version 1 showed it as: researching.
      'posting:b': { ...VERSION_1_STATE['posting:b'], history: [{ status: 'researching', at: '2026-11-02T10:00:00.000Z' }] },
      'posting:c': { ...VERSION_1_STATE['posting:c'], history: [{ status: 'offer', at: '1970-01-01T00:00:00.000Z' }] },
      'posting:unreadable': 'nonsense',
      'something-else': { status: 'applied' },
    });
  });

  it('leaves a record that already has a history alone', () => {
    const record = { id: 'a', status: 'offer', history: [{ status: 'applied', at: '2026-12-01T00:00:00.000Z' }], updatedAt: '2026-12-05T00:00:00.000Z' };
    expect(m2.migrate({ schemaVersion: 1, 'posting:a': record })).toEqual({ schemaVersion: 2, 'posting:a': record });
  });

  it('reads back through the schema as the same record, history included', () => {
    const migrated = m2.migrate(structuredClone(VERSION_1_STATE));
    const read = validateSavedPosting({ ...(migrated['posting:a'] as object), posting: { kind: 'posting', url: 'https://a.example', title: { value: 'Chef', source: 'json-ld', confidence: 1 } } });
    expect(read?.history).toEqual([{ status: 'applied', at: '2026-12-03T09:30:00.000Z' }]);
  });
});

describe('the migration runner', () => {
  const fake: Migration[] = [
    { to: 1, describe: 'stamp', migrate: (d) => ({ ...d, schemaVersion: 1 }) },
    { to: 2, describe: 'rename notes', migrate: (d) => ({ ...d, renamed: d.notes, notes: undefined, schemaVersion: 2 }) },
    { to: 3, describe: 'drop temp', migrate: ({ temp: _temp, ...rest }) => ({ ...rest, schemaVersion: 3 }) },
  ];

  it('applies only the migrations the data has not had, in order', () => {
    expect(migrate({ schemaVersion: 1, notes: 'n', temp: 1 }, fake)).toEqual({ schemaVersion: 3, renamed: 'n', notes: undefined });
    expect(migrate({ schemaVersion: 3, x: 1 }, fake)).toEqual({ schemaVersion: 3, x: 1 });
  });

  it('does not change its input', () => {
    const input = { schemaVersion: 2, temp: 1 };
    migrate(input, fake);
    expect(input).toEqual({ schemaVersion: 2, temp: 1 });
  });

  it('refuses data from a newer version instead of guessing', () => {
    expect(() => migrate({ schemaVersion: 9 }, fake)).toThrow(NewerDataError);
  });

  it('the current version is the last migration', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(MIGRATIONS.at(-1)!.to);
  });
});

describe('diff', () => {
  it('lists changed keys to set and vanished keys to remove', () => {
    expect(diff({ a: 1, b: { x: 1 }, c: 3 }, { a: 1, b: { x: 2 }, d: 4 })).toEqual({ set: { b: { x: 2 }, d: 4 }, remove: ['c'] });
  });
});

/** Freezes a value and everything in it, so a migration that changed its input would throw. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * A stored old state: records in the shape the first release wrote them (commit 4b22a57), the
 * posting without the fields added since (salary, sections…), in a store at version 0 (no
 * "schemaVersion" key), beside a key that is not ours to touch.
 */
const FIRST_RELEASE_STATE = {
  'posting:acme-1': {
    id: 'acme-1',
    posting: {
      kind: 'posting',
      url: 'https://jobs.acme.example/1',
      title: { value: 'Data Engineer', source: 'json-ld', confidence: 0.95 },
      company: { value: 'Acme', source: 'json-ld', confidence: 0.95 },
      location: null,
      description: { value: 'Build pipelines.', source: 'page-text', confidence: 0.6 },
      workMode: { value: 'remote', source: 'label', confidence: 0.8 },
    },
    status: 'interviewing',
    notes: 'Call Sam on Friday',
    checklist: { 'research-news': true },
    story: { 'story-0': 'Led the warehouse move.' },
    interviews: [{ id: 'i1', date: '2026-11-03T10:00:00.000Z', interviewers: ['Sam Lee'], notes: '' }],
    savedAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
  },
  'something-else': { kept: true },
};

describe('every migration', () => {
  it('is numbered 1, 2, 3… in order, one version each, and has a description', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    for (const m of MIGRATIONS) expect(m.describe.length).toBeGreaterThan(10);
  });

  it.each(MIGRATIONS.map((m) => [m.to, m] as const))('migration %i is pure: it leaves its input alone and gives the same output every time', (_to, m) => {
    const input = deepFreeze(structuredClone({ ...FIRST_RELEASE_STATE, schemaVersion: m.to - 1 }));
    const first = m.migrate(input);
    expect(m.migrate(input)).toEqual(first);
    expect(first.schemaVersion).toBe(m.to);
  });

  it('brings that stored old state to the current version with every record and every other key intact', () => {
    const migrated = migrate(deepFreeze(structuredClone(FIRST_RELEASE_STATE)));
    const stored = {
      ...FIRST_RELEASE_STATE['posting:acme-1'],
      history: [{ status: 'interviewing', at: '2026-11-02T10:00:00.000Z' }],
      interviews: [{ id: 'i1', date: '2026-11-03T10:00:00.000Z', interviewers: [{ name: 'Sam Lee', role: '' }], notes: '' }],
    };
    expect(CURRENT_SCHEMA_VERSION).toBe(4);
    expect(migrated).toEqual({ ...FIRST_RELEASE_STATE, 'posting:acme-1': stored, schemaVersion: 4 });
    // Read back, the fields added since then take their defaults.
    expect(validateSavedPosting(migrated['posting:acme-1'])).toEqual({
      ...stored,
      interviews: [{ ...stored.interviews[0], kind: 'other', thankYouSent: false }],
      alsoAt: [],
      followUpOn: '',
    });
  });
});

describe('migration 3: the posting holds only what the page says', () => {
  const m3 = MIGRATIONS.find((m) => m.to === 3)!;
  /** Stored by version 2: a posting with the sections the extractor used to add. */
  const VERSION_2_STATE = {
    schemaVersion: 2,
    'posting:a': {
      id: 'a',
      posting: {
        kind: 'posting',
        url: 'https://a.example/1',
        title: { value: 'Chef', source: 'json-ld', confidence: 0.9 },
        description: { value: 'Cook.\n\nRequirements\n- Knives', source: 'json-ld', confidence: 0.85 },
        sections: [{ kind: 'intro', heading: null, text: 'Cook.' }, { kind: 'requirements', heading: 'Requirements', text: '- Knives' }],
      },
      status: 'applied',
      history: [{ status: 'applied', at: '2026-12-01T00:00:00.000Z' }],
    },
    'posting:b': { id: 'b', posting: { kind: 'posting', url: 'https://b.example', title: { value: 'Baker', source: 'user', confidence: 1 } } },
    'posting:unreadable': 'nonsense',
  };

  it('drops the sections from each stored posting and keeps everything else', () => {
    const posting: Record<string, unknown> = { ...VERSION_2_STATE['posting:a'].posting };
    delete posting.sections;
    expect(m3.migrate(deepFreeze(structuredClone(VERSION_2_STATE)))).toEqual({
      ...VERSION_2_STATE,
      schemaVersion: 3,
      'posting:a': { ...VERSION_2_STATE['posting:a'], posting },
    });
  });
});

describe('migration 4: interviewers named with their role', () => {
  const m4 = MIGRATIONS.find((m) => m.to === 4)!;
  /** Stored by version 3: interviewers as plain names. */
  const VERSION_3_STATE = {
    schemaVersion: 3,
    'posting:a': {
      id: 'a',
      status: 'interviewing',
      interviews: [
        { id: 'r1', date: '2026-12-01T14:30', interviewers: ['Ana Ruiz', 'Bo Chen'], notes: 'Panel' },
        { id: 'r2', date: '', interviewers: [], notes: '' },
        'broken round',
        { id: 'r3', notes: 'no interviewers key' },
      ],
    },
    'posting:b': { id: 'b', status: 'applied' },
    'posting:c': { id: 'c', interviews: 'not a list' },
    'other-key': { interviews: [{ interviewers: ['Not a record'] }] },
  };

  it('turns each name into a person with an empty role, and leaves everything else as it was', () => {
    expect(m4.migrate(deepFreeze(structuredClone(VERSION_3_STATE)))).toEqual({
      ...VERSION_3_STATE,
      schemaVersion: 4,
      'posting:a': {
        ...VERSION_3_STATE['posting:a'],
        interviews: [
          { id: 'r1', date: '2026-12-01T14:30', interviewers: [{ name: 'Ana Ruiz', role: '' }, { name: 'Bo Chen', role: '' }], notes: 'Panel' },
          { id: 'r2', date: '', interviewers: [], notes: '' },
          'broken round',
          { id: 'r3', notes: 'no interviewers key' },
        ],
      },
    });
  });

  it('is a no-op on data already in the new shape', () => {
    const state = { schemaVersion: 3, 'posting:a': { id: 'a', interviews: [{ id: 'r1', interviewers: [{ name: 'Ana Ruiz', role: 'CTO' }] }] } };
    expect(m4.migrate(state)).toEqual({ ...state, schemaVersion: 4 });
  });
});
