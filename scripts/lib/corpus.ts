/**
 * The saved-page corpus (../shared/corpus, see its README) read in Node: each page parsed
 * with jsdom as a saved page is (no scripts run), the extractor run on it, and the result
 * scored by the corpus rules. Used by the accuracy ratchet in `npm test`; the timing
 * benchmark (bench:extract) runs the same pages in real Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractPosting } from '../../src/core/extract';
import type { ExtractionResult } from '../../src/core/posting';
import { type ManifestRow, type Marks, type Prediction, score } from './score';

export const DEFAULT_CORPUS = resolve(import.meta.dirname, '../../../shared/corpus');

export function hasCorpus(dir = DEFAULT_CORPUS): boolean {
  return existsSync(resolve(dir, 'manifest.jsonl'));
}

export function readManifest(dir = DEFAULT_CORPUS): ManifestRow[] {
  return readFileSync(resolve(dir, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as ManifestRow);
}

export function predictionOf(file: string, result: ExtractionResult): Prediction {
  return result.kind === 'posting'
    ? { file, kind: 'posting', title: result.title?.value ?? null, company: result.company?.value ?? null, location: result.location?.value ?? null, description: result.description?.value ?? null }
    : { file, kind: result.reason, title: null, company: null, location: null, description: null };
}

export interface CorpusPage {
  row: ManifestRow;
  result: ExtractionResult;
  marks: Marks;
}

/** Extract and score one page of the corpus. */
export function runCorpusPage(row: ManifestRow, dir = DEFAULT_CORPUS): CorpusPage {
  const html = readFileSync(resolve(dir, row.file), 'utf8');
  // Saved pages carry broken CSS and the like; jsdom's complaints about it are noise here.
  const doc = new JSDOM(html, { url: row.url, contentType: 'text/html', virtualConsole: new VirtualConsole() }).window.document;
  const result = extractPosting(doc, row.url);
  return { row, result, marks: score(row, predictionOf(row.file, result)) };
}
