/**
 * The extractor as the project uses it everywhere but in the injected script: with Readability
 * as the last resort for the description (see DescriptionFallback in read-posting.ts).
 */
import type { ExtractionResult } from '../posting';
import { type ExtractOptions, readPosting } from './read-posting';
import { readabilityCandidate } from './readability';

export type { DescriptionFallback, ExtractOptions } from './read-posting';

export function extractPosting(doc: Document, url: string, options: ExtractOptions = {}): ExtractionResult {
  return readPosting(doc, url, options, readabilityCandidate);
}
