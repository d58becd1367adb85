/**
 * How the popup's first script (early-read.ts) hands the reading it started to the popup
 * proper (extension-api.ts): one promise pair on the page's global object, taken once.
 */
import type { InjectedResult } from '../content/extract-result';
import type { ActiveTab } from './api';

export interface EarlyRead {
  tab: Promise<ActiveTab>;
  /** Null when the address said not to inject (a browser page, a PDF, no tab). */
  reading: Promise<InjectedResult | null>;
}

const KEY = '__interviewLensEarlyRead';

export function publishEarlyRead(read: EarlyRead): void {
  (globalThis as Record<string, unknown>)[KEY] = read;
}

/** The reading the first script started, if it did; later callers get null. */
export function takeEarlyRead(): EarlyRead | null {
  const store = globalThis as Record<string, unknown>;
  const read = (store[KEY] as EarlyRead | undefined) ?? null;
  delete store[KEY];
  return read;
}
