/**
 * Everything the popup needs from the browser, behind one interface: the real one talks to
 * the extension APIs (extension-api.ts); tests and the demo page use a fake. The popup's
 * components never touch a browser API themselves.
 */
import type { ExtractionResult, JobPosting } from '../core/posting';
import type { PostingPatch, SaveProgress } from '../storage/prep-list';
import type { SavedPosting } from '../storage/schema';

export interface ActiveTab {
  id: number | null;
  /** Undefined when the browser does not reveal it (no activeTab grant). */
  url: string | undefined;
  title: string | undefined;
}

export interface TabReading {
  result: ExtractionResult;
  selection: string;
  /** Extraction time in the page, in milliseconds (0 when nothing was injected). */
  ms: number;
}

export interface PopupApi {
  activeTab(): Promise<ActiveTab>;
  /** Make the skills lexicon available to the plan (platform/lexicon.ts). */
  loadLexicon(): Promise<void>;
  /** Inject the extraction script into the tab and return what it read. */
  readTab(tab: ActiveTab): Promise<TabReading>;
  findSaved(posting: JobPosting): Promise<SavedPosting | null>;
  /** Save the posting with what the user did before saving, in one write. */
  save(posting: JobPosting, progress?: SaveProgress): Promise<{ id: string; created: boolean }>;
  update(id: string, patch: PostingPatch): Promise<SavedPosting>;
  copyText(text: string): Promise<void>;
  openPrepList(id?: string): Promise<void>;
}
