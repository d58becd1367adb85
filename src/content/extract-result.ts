import type { ExtractionResult } from '../core/posting';

/** What the injected script returns to the popup through scripting.executeScript. */
export interface InjectedResult {
  result: ExtractionResult;
  /** The text the user had selected on the page, if any ("use selection"). */
  selection: string;
  /** How long extraction took in the page, in milliseconds. */
  ms: number;
  /**
   * Set by extract.js when the page needs Readability for its description: the caller then
   * injects extract-full.js, whose result is the one to use (see read-tab.ts).
   */
  needsReadability?: boolean;
}

/** The script injected first, without Readability: small, and enough for nearly every page. */
export const EXTRACT_SCRIPT = 'extract.js';
/** The same extractor with Readability, injected only when the first script asks for it. */
export const EXTRACT_FULL_SCRIPT = 'extract-full.js';

export function isInjectedResult(value: unknown): value is InjectedResult {
  const v = value as InjectedResult | null;
  return typeof v === 'object' && v !== null && typeof v.result === 'object' && v.result !== null && typeof v.selection === 'string';
}
