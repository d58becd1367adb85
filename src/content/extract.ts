/**
 * The script the popup injects into the tab the user clicked on (scripting.executeScript
 * with files: ['extract.js']). It reads the page once and returns plain data; it leaves no
 * listener behind and touches nothing on the page. The build appends a call to `run` as the
 * file's last statement, because executeScript returns that statement's value.
 */
import { extractPosting } from '../core/extract';
import type { InjectedResult } from './extract-result';

const MAX_SELECTION = 40_000;

export default function run(): InjectedResult {
  const started = performance.now();
  const selection = (window.getSelection()?.toString() ?? '').trim().slice(0, MAX_SELECTION);
  const result = extractPosting(document, location.href);
  return { result, selection, ms: Math.round((performance.now() - started) * 10) / 10 };
}
