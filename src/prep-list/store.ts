import { batch, computed, signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { JobPosting } from '../core/posting';
import { backupResume, parseBackup } from '../storage/backup';
import { PROFILE_KEY, type Profile, type Resume, validateProfile } from '../storage/profile';
import { SETTINGS_KEY } from '../storage/settings';
import type { PostingPatch } from '../storage/prep-list';
import type { StorageChanges } from '../storage/extension-area';
import { POSTING_KEY_PREFIX, STATUS_LABELS, STATUSES, type SavedPosting, type Status, validateSavedPosting } from '../storage/schema';
import { duplicatesOf } from '../tracker/duplicates';
import type { PrepListApi } from './api';

export type SortKey = 'updated' | 'saved' | 'company' | 'title' | 'status';
export type View = 'list' | 'board';

/**
 * The lower-cased text a search looks in, built once per record: records are replaced, never
 * changed, on every update, so a record object's text never goes stale, and each keystroke
 * only scans strings instead of building 2,000 of them.
 */
const haystacks = new WeakMap<SavedPosting, string>();

function haystackOf(record: SavedPosting): string {
  let text = haystacks.get(record);
  if (text === undefined) {
    const p = record.posting;
    text = [p.title?.value, p.company?.value, p.location?.value, record.notes, record.status].join(' ').toLowerCase();
    haystacks.set(record, text);
  }
  return text;
}

export function matchesQuery(record: SavedPosting, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = haystackOf(record);
  return words.every((w) => haystack.includes(w));
}

export function sortRecords(records: SavedPosting[], key: SortKey): SavedPosting[] {
  const text = (r: SavedPosting, k: 'company' | 'title') => (r.posting[k]?.value ?? '').toLowerCase();
  const by: Record<SortKey, (a: SavedPosting, b: SavedPosting) => number> = {
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
    saved: (a, b) => b.savedAt.localeCompare(a.savedAt),
    company: (a, b) => text(a, 'company').localeCompare(text(b, 'company')) || text(a, 'title').localeCompare(text(b, 'title')),
    title: (a, b) => text(a, 'title').localeCompare(text(b, 'title')),
    status: (a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || b.updatedAt.localeCompare(a.updatedAt),
  };
  return [...records].sort(by[key]);
}

export function createPrepListStore(api: PrepListApi) {
  const state = signal<{ kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string }>({ kind: 'loading' });
  const records = signal<SavedPosting[]>([]);
  const unreadable = signal(0);
  const newerVersion = signal(false);
  const query = signal('');
  const status = signal<Status | 'all'>('all');
  const sort = signal<SortKey>('updated');
  const removed = signal<SavedPosting | null>(null);
  const message = signal('');
  /** The user's résumé, set beside every plan ("You and this posting"). */
  const profile = signal<Profile>({ resume: null });
  const view = signal<View>('list');
  /** The posting the user asked to see (from "Coming up"): shown in the list, opened, scrolled to. */
  const focused = signal<string | null>(null);

  const visible = computed(() =>
    sortRecords(
      records.value.filter((r) => (status.value === 'all' || r.status === status.value) && matchesQuery(r, query.value)),
      sort.value,
    ),
  );

  /** Show one posting in the list, clearing a search or filter that hides it. */
  function show(id: string) {
    batch(() => {
      if (!visible.value.some((r) => r.id === id)) {
        query.value = '';
        status.value = 'all';
      }
      view.value = 'list';
      focused.value = id;
    });
  }

  /** For each posting saved twice, the save it should be merged into (the first one). */
  const twins = computed(() => duplicatesOf(records.value));

  /**
   * Plans (a posting's detail, the Markdown export) read the skills lexicon: it loads once,
   * beside the first read of the list, which does not wait for it.
   */
  const lexicon = signal<{ kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string }>({ kind: 'loading' });
  let lexiconStarted = false;

  function loadLexicon() {
    if (lexiconStarted) return;
    lexiconStarted = true;
    api.loadLexicon().then(
      () => (lexicon.value = { kind: 'ready' }),
      (error: unknown) => (lexicon.value = { kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }

  async function load() {
    loadLexicon();
    try {
      const [snapshot, stored] = await Promise.all([api.read(), api.readProfile()]);
      profile.value = stored;
      records.value = snapshot.items;
      unreadable.value = snapshot.unreadable;
      newerVersion.value = snapshot.newerVersion;
      state.value = { kind: 'ready' };
    } catch (error) {
      state.value = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  /**
   * Another window (or this one, through the background) wrote: take in just the records that
   * changed. Reading the whole list again took 250 ms and more with 2,000 saved postings
   * (`npm run bench:list`), after every tick or move. Anything else (a migration, a record
   * that does not read) is rare: then read everything.
   */
  async function applyChanges(changes: StorageChanges) {
    const next = new Map(records.value.map((r) => [r.id, r]));
    for (const [key, change] of Object.entries(changes)) {
      if (key === PROFILE_KEY) {
        profile.value = validateProfile(change.newValue);
        continue;
      }
      if (key === SETTINGS_KEY) continue; // the page's settings signal follows these
      if (!key.startsWith(POSTING_KEY_PREFIX)) return load();
      const id = key.slice(POSTING_KEY_PREFIX.length);
      if (change.newValue === undefined) {
        if (!next.delete(id)) return load(); // an unreadable record went: recount them
        continue;
      }
      const record = validateSavedPosting(change.newValue);
      if (!record || record.id !== id) return load();
      next.set(id, record);
    }
    records.value = [...next.values()];
  }

  /** Keeps a résumé (or removes it, with null); resolves true once stored. */
  async function setResume(resume: Omit<Resume, 'savedAt'> | null): Promise<boolean> {
    try {
      profile.value = await api.setResume(resume);
      removed.value = null;
      message.value = resume ? 'Your résumé is saved on this device. Each plan now shows what it has for the posting.' : 'Your résumé is removed.';
      return true;
    } catch (error) {
      message.value = `Not saved: ${error instanceof Error ? error.message : String(error)}`;
      return false;
    }
  }

  /** Saves a posting the user typed in; resolves true once stored, false (with the reason shown) if not. */
  async function add(posting: JobPosting): Promise<boolean> {
    const title = posting.title?.value ?? 'posting';
    try {
      const { created } = await api.add(posting);
      await load();
      removed.value = null;
      message.value = created ? `Added “${title}” to your prep list.` : `“${title}” was already in your prep list; its saved copy is updated.`;
      return true;
    } catch (error) {
      message.value = `Not added: ${error instanceof Error ? error.message : String(error)}`;
      return false;
    }
  }

  /** Saves a change; resolves true once stored, false (with the reason shown) if not. */
  async function update(id: string, patch: PostingPatch): Promise<boolean> {
    try {
      const record = await api.update(id, patch);
      records.value = records.value.map((r) => (r.id === id ? record : r));
      return true;
    } catch (error) {
      message.value = `Not saved: ${error instanceof Error ? error.message : String(error)}`;
      return false;
    }
  }

  /** A card moved on the board: the new status (recorded in its history), announced once stored. */
  async function move(id: string, to: Status): Promise<boolean> {
    const record = records.value.find((r) => r.id === id);
    if (!record || record.status === to) return false;
    if (!(await update(id, { status: to }))) return false;
    removed.value = null; // the toast's Undo is for a removal, not for this
    message.value = `Moved “${record.posting.title?.value ?? 'posting'}” to ${STATUS_LABELS[to]}.`;
    return true;
  }

  async function remove(id: string) {
    try {
      const record = await api.remove(id);
      records.value = records.value.filter((r) => r.id !== id);
      removed.value = record;
      message.value = record ? `Removed “${record.posting.title?.value ?? 'posting'}”.` : '';
    } catch (error) {
      message.value = `Not removed: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  async function merge(intoId: string, fromId: string) {
    try {
      const merged = await api.merge(intoId, fromId);
      records.value = records.value.filter((r) => r.id !== fromId).map((r) => (r.id === intoId ? merged : r));
      removed.value = null;
      message.value = `Merged the two saves of “${merged.posting.title?.value ?? 'posting'}”; both addresses and all your work are kept.`;
    } catch (error) {
      message.value = `Not merged: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  async function undoRemove() {
    const record = removed.value;
    if (!record) return;
    try {
      await api.restore(record);
      removed.value = null;
      message.value = `Restored “${record.posting.title?.value ?? 'posting'}”.`;
      await load();
    } catch (error) {
      message.value = `Could not restore: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  /** Read a backup file and import it: a bad file changes nothing and says why. */
  async function importBackup(text: string) {
    try {
      const result = await api.importRecords(parseBackup(text));
      const parts = [`${result.added} added`, `${result.updated} updated`, `${result.unchanged} already up to date`];
      // A résumé in the backup is taken only where there is none: the one here may be newer.
      const resume = backupResume(text);
      const current = profile.value.resume;
      let said = '';
      if (resume && !current) {
        await api.setResume({ text: resume.text, source: resume.source });
        said = ' Your résumé is restored.';
      } else if (resume && current && resume.text !== current.text) said = ' The résumé in the backup was not imported: the one here is kept.';
      message.value = `Backup imported: ${parts.join(', ')}.${said}`;
      await load();
    } catch (error) {
      message.value = error instanceof Error ? error.message : String(error);
    }
  }

  return { state, lexicon, records, unreadable, newerVersion, query, status, sort, removed, message, view, focused, visible, twins, show, load, applyChanges, add, setResume, profile, update, move, remove, merge, undoRemove, importBackup, api };
}

export type PrepListStore = ReturnType<typeof createPrepListStore>;
export const PrepListContext = createContext<PrepListStore | null>(null);

export function usePrepList(): PrepListStore {
  const store = useContext(PrepListContext);
  if (!store) throw new Error('usePrepList outside PrepListContext');
  return store;
}
