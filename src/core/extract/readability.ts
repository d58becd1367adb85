/**
 * Readability, the last resort for a description no other rule found. It is the largest part
 * of the extractor and pages rarely need it, so the script injected into pages leaves it out
 * and the popup injects the script that has it only when the first one says so.
 */
import { Readability } from '@mozilla/readability';
import { field } from '../posting';
import { elementText } from '../text';
import { TRUST } from '../trust';
import type { Candidate } from './candidate';
import { skipNonPosting } from './page';

/** Pages larger than this are not given to Readability: on them it costs seconds, not milliseconds. */
const READABILITY_MAX_ELEMENTS = 15_000;
const READABILITY_MAX_TEXT = 500_000;

/** Readability over a clone (it mutates what it is given), bounded for huge pages. */
export function readabilityText(doc: Document): string | null {
  if (doc.getElementsByTagName('*').length > READABILITY_MAX_ELEMENTS) return null;
  // Nor pages with more text than any posting: Readability's cost grows with it.
  if ((doc.body?.textContent?.length ?? 0) > READABILITY_MAX_TEXT) return null;
  const clone = doc.cloneNode(true) as Document;
  const article = new Readability<Node>(clone, { maxElemsToParse: READABILITY_MAX_ELEMENTS, serializer: (node) => node }).parse();
  const content = article?.content;
  if (!content || content.nodeType !== 1) return null;
  return elementText(content as Element, { skip: skipNonPosting }) || null;
}

/** Readability's description, used only when no other source found a body. */
export function readabilityCandidate(doc: Document): Candidate {
  const text = readabilityText(doc);
  return text && text.length >= 200 ? { description: field(text, 'page-text', TRUST.readability) } : {};
}
