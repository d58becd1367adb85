import { serialize } from '../../src/background/serialize';
import { installBundledLexicon } from '../../src/core/analyze/bundled-lexicon';
import type { ExtractionResult, JobPosting } from '../../src/core/posting';
import type { ActiveTab, PopupApi } from '../../src/popup/api';
import type { SavedPosting } from '../../src/storage/schema';
import { readPrepList, readSaved, savedId, savePosting, updatePosting, writeWith } from '../../src/storage/prep-list';
import { memoryArea } from '../helpers/memory-area';

/**
 * A PopupApi with the real storage logic over an in-memory area: only the browser is fake.
 * Like Dark Reader's ui/connect/mock.ts, it lets the popup render in tests and in a page.
 */
export function fakeApi(options: { lexicon?: Promise<void>; tab?: Partial<ActiveTab>; result?: ExtractionResult; selection?: string; failRead?: string; failSave?: string }) {
  const area = memoryArea();
  // Writes one at a time, as the background runs them.
  const write = serialize();
  const copied: string[] = [];
  const opened: (string | undefined)[] = [];
  let reads = 0;
  const api: PopupApi = {
    activeTab: () => Promise.resolve({ id: 7, url: 'https://jobs.example/1', title: 'A page', ...options.tab }),
    // The test setup has installed the lexicon already; a test may hold the load back or fail it.
    loadLexicon: () => options.lexicon ?? Promise.resolve(installBundledLexicon()),
    readTab: () => {
      reads++;
      if (options.failRead) return Promise.reject(new Error(options.failRead));
      return Promise.resolve({ result: options.result!, selection: options.selection ?? '', ms: 3 });
    },
    findSaved: (posting: JobPosting) => readSaved(area, savedId(posting)),
    save: (posting, progress) =>
      options.failSave
        ? Promise.reject(new Error(options.failSave))
        : write(() => writeWith(area, savePosting(posting, '2026-11-22T10:00:00.000Z', progress))),
    update: (id, patch): Promise<SavedPosting> => write(() => writeWith(area, updatePosting(id, patch, '2026-11-22T11:00:00.000Z'))),
    copyText: (text) => {
      copied.push(text);
      return Promise.resolve();
    },
    openPrepList: (id) => {
      opened.push(id);
      return Promise.resolve();
    },
  };
  return { api, area, copied, opened, reads: () => reads, list: () => readPrepList(area) };
}
