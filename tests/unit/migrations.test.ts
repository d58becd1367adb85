import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, diff, type Migration, MIGRATIONS, migrate, NewerDataError } from '../../src/storage/migrations';

describe('migration 1 (first release)', () => {
  it('given no data, stamps the schema version', () => {
    expect(MIGRATIONS[0]!.migrate({})).toEqual({ schemaVersion: 1 });
  });
  it('given unversioned records, keeps them and stamps the version', () => {
    const old = { 'posting:a': { id: 'a' } };
    expect(MIGRATIONS[0]!.migrate(old)).toEqual({ 'posting:a': { id: 'a' }, schemaVersion: 1 });
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
