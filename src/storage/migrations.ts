/**
 * Numbered, pure migrations of the whole stored data, oldest first. Each takes the data as
 * the previous version left it and returns it as the next version expects it; each has its
 * own test ("given this old data, expect this new data"). Add one, never edit one that has
 * shipped.
 */
import { SCHEMA_VERSION_KEY } from './schema';

export type StoredData = Record<string, unknown>;

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
