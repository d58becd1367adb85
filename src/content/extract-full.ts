/**
 * extract.js with Readability as the last resort for the description: injected only when
 * extract.js reports that the page needs it. Same contract as extract.ts.
 */
import { extractPosting } from '../core/extract';
import type { InjectedResult } from './extract-result';
import { selectedText } from './selection';

export default function run(): InjectedResult {
  const started = performance.now();
  const result = extractPosting(document, location.href);
  return { result, selection: selectedText(), ms: Math.round((performance.now() - started) * 10) / 10 };
}
