import type { StorageArea } from '../../src/storage/area';

/**
 * A StorageArea backed by a Map, with the semantics of browser.storage.local that matter
 * here: values are copied in and out (structured clone), set() is all-or-nothing, and an
 * optional byte quota makes set() fail the way Chrome's does, counting bytes as Chrome does
 * (each key and its value's JSON, in UTF-8; `npm run bench:storage` checks that count against
 * Chrome's getBytesInUse). `reads` lists the keys asked for by each get().
 */
export function memoryArea(initial: Record<string, unknown> = {}, options: { quotaBytes?: number } = {}) {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const utf8 = new TextEncoder();
  const size = () => [...data.entries()].reduce((n, [k, v]) => n + utf8.encode(k).length + utf8.encode(JSON.stringify(v)).length, 0);
  const area: StorageArea & { dump(): Record<string, unknown>; writes: number; reads: (null | string | string[])[] } = {
    writes: 0,
    reads: [],
    async get(keys) {
      area.reads.push(keys);
      const wanted = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const key of wanted) if (data.has(key)) out[key] = structuredClone(data.get(key));
      return Promise.resolve(out);
    },
    async set(items) {
      const before = new Map(data);
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
      if (options.quotaBytes !== undefined && size() > options.quotaBytes) {
        data.clear();
        for (const [k, v] of before) data.set(k, v);
        return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
      }
      area.writes++;
      return Promise.resolve();
    },
    async remove(keys) {
      for (const key of typeof keys === 'string' ? [keys] : keys) data.delete(key);
      return Promise.resolve();
    },
    dump: () => Object.fromEntries(structuredClone([...data.entries()])),
  };
  return area;
}
