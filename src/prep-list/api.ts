/** What the prep list page needs from the browser; the real one is below, tests use a fake. */
import type { JobPosting } from '../core/posting';
import { sendMessage } from '../messages';
import { loadPackagedLexicon } from '../platform/lexicon';
import { extensionArea, onStorageChanged, type StorageChanges } from '../storage/extension-area';
import { type ImportResult, type PostingPatch, type PrepListSnapshot, readPrepList } from '../storage/prep-list';
import { type Profile, readProfile, type Resume } from '../storage/profile';
import type { SavedPosting } from '../storage/schema';

export interface PrepListApi {
  read(): Promise<PrepListSnapshot>;
  /** Make the skills lexicon available to plans (platform/lexicon.ts). */
  loadLexicon(): Promise<void>;
  /** Save a posting the user typed in; `created` is false when the same job was already saved. */
  add(posting: JobPosting): Promise<{ id: string; created: boolean }>;
  update(id: string, patch: PostingPatch): Promise<SavedPosting>;
  remove(id: string): Promise<SavedPosting | null>;
  /** Fold one save of a job into another save of the same job. */
  merge(intoId: string, fromId: string): Promise<SavedPosting>;
  restore(record: SavedPosting): Promise<string>;
  importRecords(records: SavedPosting[]): Promise<ImportResult>;
  readProfile(): Promise<Profile>;
  /** Keep this résumé (null removes it). */
  setResume(resume: Omit<Resume, 'savedAt'> | null): Promise<Profile>;
  /** Calls back with what changed when stored data changes in any window; returns the unsubscribe. */
  onChange(callback: (changes: StorageChanges) => void): () => void;
}

export function extensionPrepListApi(): PrepListApi {
  const area = extensionArea();
  return {
    read: () => readPrepList(area),
    loadLexicon: loadPackagedLexicon,
    add: (posting) => sendMessage('prep-list/save', { posting }),
    update: (id, patch) => sendMessage('prep-list/update', { id, patch }),
    remove: (id) => sendMessage('prep-list/remove', { id }),
    merge: (intoId, fromId) => sendMessage('prep-list/merge', { intoId, fromId }),
    restore: (record) => sendMessage('prep-list/restore', { record }),
    importRecords: (records) => sendMessage('prep-list/import', { records }),
    readProfile: () => readProfile(area),
    setResume: (resume) => sendMessage('profile/set-resume', { resume }),
    onChange: onStorageChanged,
  };
}
