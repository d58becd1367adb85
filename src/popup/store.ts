/**
 * The popup's state in one small store of signals, passed to components through context.
 * Components read signals and call actions; only the actions talk to the PopupApi.
 */
import { batch, computed, signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { isBrowserPage, isPdfUrl } from '../core/extract/address-kind';
import { field, type CoreFieldName, type JobPosting, type NotAPosting, notAPosting } from '../core/posting';
import { buildPrepPlan } from '../core/prep';
import { postingWarnings } from '../core/prep/warnings';
import type { InterviewStage } from '../core/prep/plan';
import { tidyLines } from '../core/text';
import { type ManualFields, manualPosting } from '../core/manual-posting';
import type { SaveProgress } from '../storage/prep-list';
import type { Interview, SavedPosting } from '../storage/schema';
import type { ActiveTab, PopupApi } from './api';
import { newInterview } from '../tracker/interviews';

export type PageState =
  | { kind: 'loading' }
  | { kind: 'posting' }
  | { kind: 'not-a-posting'; result: NotAPosting }
  | { kind: 'manual' }
  | { kind: 'error'; message: string };

export type SectionTab = 'research' | 'ask' | 'expect' | 'follow-up';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; id: string; created: boolean }
  | { kind: 'error'; message: string };

export function createPopupStore(api: PopupApi) {
  const page = signal<PageState>({ kind: 'loading' });
  const tab = signal<ActiveTab>({ id: null, url: undefined, title: undefined });
  const posting = signal<JobPosting | null>(null);
  const selection = signal('');
  const extractMs = signal(0);
  const saved = signal<SavedPosting | null>(null);
  const saveState = signal<SaveState>({ kind: 'idle' });
  const section = signal<SectionTab>('research');
  const stage = signal<InterviewStage | 'all'>('all');
  const checklist = signal<Record<string, boolean>>({});
  /** The user's examples for the posting's top requirements, by story slot id. */
  const story = signal<Record<string, string>>({});
  /** Interviewers the user has named (kept with the posting's first interview). */
  const interviewers = signal<string[]>([]);
  const announcement = signal('');
  /** The skills lexicon the plan reads; fetched while the page is read (PopupApi.loadLexicon). */
  const lexiconReady = signal(false);

  /** The user has checked a posting whose role or employer was a guess (or there was nothing to check). */
  const confirmed = signal(false);
  const warnings = computed(() => (posting.value ? postingWarnings(posting.value) : []));
  /** A plan is not shown on a guessed role or employer until the user has checked them. */
  const needsConfirm = computed(() => Boolean(posting.value) && !confirmed.value && !saved.value && warnings.value.length > 0);
  const plan = computed(() => (posting.value && !needsConfirm.value && lexiconReady.value ? buildPrepPlan(posting.value, { interviewers: interviewers.value }) : null));

  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  function announce(message: string) {
    announcement.value = message;
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => (announcement.value = ''), 2500);
  }

  async function refreshSaved(current: JobPosting) {
    try {
      const record = await api.findSaved(current);
      saved.value = record;
      if (record) {
        checklist.value = { ...record.checklist, ...checklist.value };
        story.value = { ...record.story, ...story.value };
        if (interviewers.value.length === 0) interviewers.value = record.interviews[0]?.interviewers.map((person) => person.name) ?? [];
      }
    } catch {
      // Not knowing whether it was saved only hides the "saved" badge; saving still works.
    }
  }

  /** First step, before the first paint: a browser page or a PDF is known from the tab's address alone. */
  let lexiconLoad: Promise<unknown> = Promise.resolve();

  async function start() {
    // Loads beside the tab lookup and the page reading; only the plan waits for it.
    lexiconLoad = api.loadLexicon().then(
      () => (lexiconReady.value = true),
      (error: unknown) => (page.value = { kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    try {
      tab.value = await api.activeTab();
    } catch (error) {
      page.value = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
      return;
    }
    const url = tab.value.url ?? '';
    if (tab.value.id === null || (url && isBrowserPage(url))) {
      page.value = { kind: 'not-a-posting', result: notAPosting(url, 'browser-page', tab.value.title ?? null) };
    } else if (isPdfUrl(url)) {
      page.value = { kind: 'not-a-posting', result: notAPosting(url, 'not-html', tab.value.title ?? null) };
    }
  }

  async function read() {
    if (page.value.kind !== 'loading') return;
    try {
      const reading = await api.readTab(tab.value);
      selection.value = reading.selection;
      extractMs.value = reading.ms;
      // Read by `npm run bench:popup`.
      document.body.dataset.extractMs = String(reading.ms);
      if (reading.result.kind === 'posting') {
        batch(() => {
          posting.value = reading.result as JobPosting;
          page.value = { kind: 'posting' };
        });
        void refreshSaved(reading.result);
      } else {
        page.value = { kind: 'not-a-posting', result: reading.result };
      }
    } catch (error) {
      page.value = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  /** The user's answer to the check: what they typed replaces a guess, and the plan is shown. */
  function confirmPosting(values: { title: string; company: string }) {
    const current = posting.value;
    if (!current) return;
    batch(() => {
      for (const name of ['title', 'company'] as const) {
        const clean = values[name].replace(/\s+/g, ' ').trim();
        if (clean !== (current[name]?.value ?? '')) editField(name, clean);
      }
      confirmed.value = true;
    });
    announce('Your prep plan is ready.');
  }

  function editField(name: CoreFieldName, value: string) {
    const current = posting.value;
    if (!current) return;
    const clean = name === 'description' ? tidyLines(value) : value.replace(/\s+/g, ' ').trim();
    if (name === 'title' && !clean) return;
    posting.value = { ...current, [name]: clean ? field(clean, 'user', 1) : null };
    if (saveState.value.kind === 'saved') saveState.value = { kind: 'idle' };
  }

  async function save() {
    const current = posting.value;
    if (!current || saveState.value.kind === 'saving') return;
    saveState.value = { kind: 'saving' };
    try {
      // What the user did before saving (ticks, examples, names) goes with the posting, in one write.
      const progress: SaveProgress = {};
      if (Object.keys(checklist.value).length > 0) progress.checklist = checklist.value;
      if (Object.keys(story.value).length > 0) progress.story = story.value;
      if (interviewers.value.length > 0) progress.interviews = interviewsWith(saved.value, interviewers.value);
      const result = await api.save(current, progress);
      saveState.value = { kind: 'saved', ...result };
      announce(result.created ? 'Saved to your prep list.' : 'Your saved posting was updated.');
      void refreshSaved(current);
    } catch (error) {
      saveState.value = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  async function toggleChecklist(id: string, done: boolean) {
    checklist.value = { ...checklist.value, [id]: done };
    const record = saved.value;
    if (!record) return;
    try {
      saved.value = await api.update(record.id, { checklist: { [id]: done } });
    } catch (error) {
      announce(`Could not save the checklist: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function setStory(id: string, text: string) {
    story.value = { ...story.value, [id]: text };
    const record = saved.value;
    if (!record || record.story[id] === text) return;
    try {
      saved.value = await api.update(record.id, { story: { [id]: text } });
    } catch (error) {
      announce(`Could not save your example: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function setInterviewers(text: string) {
    const names = text.split(/[,;\n]/).map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean).slice(0, 8);
    interviewers.value = names;
    const record = saved.value;
    if (!record) return;
    try {
      saved.value = await api.update(record.id, { interviews: interviewsWith(record, names) });
    } catch (error) {
      announce(`Could not save the names: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function copy(text: string, what: string): Promise<boolean> {
    try {
      await api.copyText(text);
      announce(`${what} copied.`);
      return true;
    } catch (error) {
      announce(error instanceof Error ? error.message : 'Copying failed.');
      return false;
    }
  }

  /** "Use the selected text as the job description": title and company still come from the page. */
  function useSelection() {
    const text = tidyLines(selection.value);
    if (!text) return;
    const current = page.value;
    const title = tab.value.title?.trim() || 'Untitled posting';
    const base: JobPosting = posting.value ?? {
      kind: 'posting',
      url: current.kind === 'not-a-posting' ? current.result.url : (tab.value.url ?? ''),
      title: field(title, 'title', 0.3),
      company: null,
      location: null,
      description: null,
      manual: true,
    };
    batch(() => {
      posting.value = { ...base, description: field(text, 'selection', 1) };
      page.value = { kind: 'posting' };
    });
  }

  function enterManually() {
    page.value = { kind: 'manual' };
  }

  function submitManual(fields: ManualFields) {
    const typed = manualPosting(fields, tab.value.url ?? '');
    if (!typed) return;
    batch(() => {
      posting.value = typed;
      page.value = { kind: 'posting' };
    });
    void refreshSaved(posting.value!);
  }

  return {
    page, tab, posting, selection, extractMs, saved, saveState, section, stage, checklist, story, interviewers, announcement, plan, lexiconReady,
    warnings, needsConfirm,
    /** Settles when the lexicon has loaded or failed to (the first paint waits for it, as for the page). */
    lexiconLoaded: () => lexiconLoad,
    start, read, confirmPosting, editField, save, toggleChecklist, setStory, setInterviewers, copy, useSelection, enterManually, submitManual, announce,
    openPrepList: (id?: string) => api.openPrepList(id),
  };
}

/**
 * The interviews list with the first round's interviewers replaced by these names (the round
 * created if there is none); a person already there keeps the role the user gave them.
 */
function interviewsWith(record: SavedPosting | null, names: string[]): Interview[] {
  const [first, ...rest] = record?.interviews ?? [];
  const round = first ?? newInterview(Date.now(), []);
  const roleOf = new Map(round.interviewers.map((person) => [person.name, person.role]));
  return [{ ...round, interviewers: names.map((name) => ({ name, role: roleOf.get(name) ?? '' })) }, ...rest];
}

export type PopupStore = ReturnType<typeof createPopupStore>;

export const StoreContext = createContext<PopupStore | null>(null);

export function useStore(): PopupStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside StoreContext');
  return store;
}
