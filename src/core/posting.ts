/**
 * What the extractor reads off a page. Every field keeps where it came from and how sure the
 * extractor is, because the popup shows both and lets the user fix a field in place.
 */

import type { Field, FieldSource, JobPosting } from './posting-schema';
import { GUESS, SURE } from './trust';

// The shapes of a posting are defined once, as the schema that also checks stored copies.
export type { DescriptionSection, Field, FieldSource, JobPosting, Salary, SectionKind, WorkMode } from './posting-schema';

export type NotAPostingReason =
  | 'browser-page' // chrome://, about:, the extension stores: extensions cannot read them
  | 'not-html' // a PDF, an image, a plain-text file
  | 'empty' // no readable content
  | 'list' // search results or a careers index
  | 'expired' // a posting that says it no longer takes applications
  | 'sign-in-wall' // a log-in page or an interstitial in front of the posting
  | 'error-page' // 404, rate limit and the like
  | 'no-posting' // a page that is not about a job
  | 'embedded' // the posting is in a frame from a job board, which the extension may not read here
  | 'unreadable'; // the extractor failed on this page

export interface NotAPosting {
  kind: 'not-a-posting';
  url: string;
  reason: NotAPostingReason;
  /** One plain sentence for the user. */
  message: string;
  /** The page title, to help the user recognise the page in a message. */
  pageTitle?: string | null;
  /** For 'unreadable': what went wrong, for a bug report. */
  detail?: string;
  /** For 'embedded': the framed posting's own address, which the user can open and read there. */
  frameUrl?: string;
}

export type ExtractionResult = JobPosting | NotAPosting;

export const CORE_FIELDS = ['title', 'company', 'location', 'description'] as const;
export type CoreFieldName = (typeof CORE_FIELDS)[number];

export function field<T>(value: T, source: FieldSource, confidence: number): Field<T> {
  return { value, source, confidence: Math.round(confidence * 100) / 100 };
}

export function confidenceLabel(confidence: number): 'high' | 'medium' | 'low' {
  if (confidence >= SURE) return 'high';
  if (confidence >= GUESS) return 'medium';
  return 'low';
}

const SOURCE_LABELS: Record<FieldSource, string> = {
  user: 'entered by you',
  site: 'site rules',
  'json-ld': 'structured data (JSON-LD)',
  microdata: 'structured data (microdata)',
  rdfa: 'structured data (RDFa)',
  meta: 'page metadata',
  title: 'page title',
  heading: 'page heading',
  label: 'labelled field on the page',
  'page-text': 'page text',
  selection: 'your selection',
  domain: 'site name',
};

export function sourceLabel(source: FieldSource): string {
  return SOURCE_LABELS[source];
}

export const NOT_A_POSTING_MESSAGES: Record<NotAPostingReason, string> = {
  'browser-page': 'This is a browser page. Extensions cannot read it, so there is no posting here.',
  'not-html': 'This is not a web page (a PDF or another file), so Interview Lens cannot read a posting from it.',
  empty: 'This page has no readable content.',
  list: 'This looks like a list of jobs, not a single posting. Open one posting and click Interview Lens again.',
  expired: 'This posting says it is no longer accepting applications.',
  'sign-in-wall': 'This page asks you to sign in before it shows the posting.',
  'error-page': 'This page is an error page, not a posting.',
  'no-posting': 'No job posting found on this page.',
  unreadable: 'Interview Lens could not read this page.',
  embedded: 'The posting on this page is shown from a job board inside a frame, which Interview Lens cannot read here. Open it on its own page and click Interview Lens there.',
};

export function notAPosting(url: string, reason: NotAPostingReason, pageTitle: string | null = null): NotAPosting {
  return { kind: 'not-a-posting', url, reason, message: NOT_A_POSTING_MESSAGES[reason], pageTitle };
}
