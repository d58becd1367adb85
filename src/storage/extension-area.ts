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

/** Calls back whenever stored data changes, from any window; returns the unsubscribe. */
export function onStorageChanged(callback: () => void): () => void {
  const listener = (_changes: unknown, areaName: string) => {
    if (areaName === 'local') callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
