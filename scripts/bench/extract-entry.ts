/**
 * Loaded into each corpus page by `npm run bench:extract`: the extension's extractor and, for
 * the baseline, Readability as the DESIGN describes its use (on a clone of the document).
 */
import { Readability } from '@mozilla/readability';
import { extractPosting } from '../../src/core/extract';

function time(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    out.push(performance.now() - start);
  }
  return out;
}

export default function bench(url: string, runs: number) {
  const result = extractPosting(document, url);
  return {
    result,
    extractMs: time(() => extractPosting(document, url), runs),
    readabilityMs: time(() => new Readability(document.cloneNode(true) as Document).parse(), runs),
  };
}
