/**
 * Loaded into each corpus page by `npm run bench:extract`: the extension's extractor and, for
 * the baseline, Readability as the DESIGN describes its use (on a clone of the document).
 */
import { Readability } from '@mozilla/readability';
import { extractPosting } from '../../src/core/extract';

/**
 * How many calls make one sample: enough for 20 ms, so that the browser's coarse clock
 * (performance.now() is rounded to 0.1 ms here) can measure sub-millisecond pages.
 */
function batchSize(fn: () => unknown): number {
  const start = performance.now();
  fn();
  const once = Math.max(performance.now() - start, 0.01);
  return Math.max(1, Math.min(200, Math.ceil(20 / once)));
}

function sample(fn: () => unknown, batch: number): number {
  const start = performance.now();
  for (let i = 0; i < batch; i++) fn();
  return (performance.now() - start) / batch;
}

export default function bench(url: string, runs: number, extractOnly = false) {
  const result = extractPosting(document, url);
  const extract = () => extractPosting(document, url);
  const readability = () => new Readability(document.cloneNode(true) as Document).parse();
  const extractBatch = batchSize(extract);
  const readabilityBatch = batchSize(readability);
  // Samples of the two alternate, so a slow spell of the machine affects both alike.
  const extractMs: number[] = [];
  const readabilityMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    extractMs.push(sample(extract, extractBatch));
    if (!extractOnly) readabilityMs.push(sample(readability, readabilityBatch));
  }
  return { result, extractMs, readabilityMs };
}
