/**
 * The script the popup injects into the tab the user clicked on (scripting.executeScript
 * with files: ['extract.js']). It reads the page once and returns plain data; it leaves no
 * listener behind and touches nothing on the page. The build appends a call to `run` as the
 * file's last statement, because executeScript returns that statement's value.
 *
 * It carries no Readability: when a page needs it for the description, the result says so
 * and the popup injects extract-full.js (extract-full.ts) instead.
 */
import { readPosting } from '../core/extract/read-posting';
import type { InjectedResult } from './extract-result';
import { selectedText } from './selection';

export default function run(): InjectedResult {
  const started = performance.now();
  let needsReadability = false;
  const result = readPosting(document, location.href, {}, () => {
    needsReadability = true;
    return {};
  });
  return { result, selection: selectedText(), ms: Math.round((performance.now() - started) * 10) / 10, needsReadability };
}
