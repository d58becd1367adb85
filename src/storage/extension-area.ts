import browser from '../platform/browser';
import type { StorageArea } from './area';

/** The real storage area: browser.storage.local (10 MB in Chrome, more in Firefox). */
export function extensionArea(): StorageArea {
  const local = browser.storage.local;
  return {
    get: (keys) => local.get(keys),
    set: (items) => local.set(items),
    remove: (keys) => local.remove(keys),
  };
}

/** What changed in one write: each key's new value (absent when the key was removed). */
export type StorageChanges = Record<string, { newValue?: unknown }>;

/** Calls back whenever stored data changes, from any window; returns the unsubscribe. */
export function onStorageChanged(callback: (changes: StorageChanges) => void): () => void {
  const listener = (changes: StorageChanges, areaName: string) => {
    if (areaName === 'local') callback(changes);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
