/**
 * The part of an extension storage area this module uses. The real one is
 * browser.storage.local (see extension-area.ts); tests pass the same shape backed by a Map,
 * and the real-browser tests use the real thing.
 */
export interface StorageArea {
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
