import type { ExtractionResult } from '../core/posting';

/** What the injected script returns to the popup through scripting.executeScript. */
export interface InjectedResult {
  result: ExtractionResult;
  /** The text the user had selected on the page, if any ("use selection"). */
  selection: string;
  /** How long extraction took in the page, in milliseconds. */
  ms: number;
}
