/**
 * Loaded into each corpus page by `npm run bench:extract`: the extension's extractor and, for
 * the baseline, Readability as the DESIGN describes its use (on a clone of the document).
 */
import { Readability } from '@mozilla/readability';
import { extractPosting } from '../../src/core/extract';

/**
 * Each sample times a batch of calls long enough (20 ms) for the browser's coarse clock
 * (performance.now() is rounded to 0.1 ms here) to measure sub-millisecond pages, and
 * divides by the batch size.
 */
function time(fn: () => unknown, runs: number): number[] {
  const start = performance.now();
  fn();
  const once = Math.max(performance.now() - start, 0.01);
  const batch = Math.max(1, Math.min(200, Math.ceil(20 / once)));
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    for (let j = 0; j < batch; j++) fn();
    out.push((performance.now() - t) / batch);
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
