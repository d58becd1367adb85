/**
 * The short facts a posting may state (work mode, employment type, level, pay, dates), as one
 * line of text each with the field it came from: the popup's facts line and a saved posting's
 * details on the prep list show the same facts the same way.
 */
import { formatSalary } from '../core/analyze/signals';
import type { Field, JobPosting, WorkMode } from '../core/posting';
import { formatDate } from './format';

const MODE_LABELS: Record<WorkMode, string> = { remote: 'Remote', hybrid: 'Hybrid', 'on-site': 'On-site' };

export interface Fact {
  text: string;
  field: Field<unknown>;
}

/** The short facts a posting may carry, in the order people scan for them, each with its field. */
export function postingFacts(posting: JobPosting): Fact[] {
  const facts: Fact[] = [];
  if (posting.workMode) facts.push({ text: MODE_LABELS[posting.workMode.value], field: posting.workMode });
  if (posting.employmentType) facts.push({ text: posting.employmentType.value, field: posting.employmentType });
  if (posting.seniority) facts.push({ text: posting.seniority.value, field: posting.seniority });
  const pay = posting.salary ? formatSalary(posting.salary.value) : null;
  if (pay && posting.salary) facts.push({ text: pay, field: posting.salary });
  const posted = posting.datePosted && formatDate(posting.datePosted.value);
  if (posted && posting.datePosted) facts.push({ text: `Posted ${posted}`, field: posting.datePosted });
  const applyBy = posting.validThrough && formatDate(posting.validThrough.value);
  if (applyBy && posting.validThrough) facts.push({ text: `Apply by ${applyBy}`, field: posting.validThrough });
  return facts;
}


/** A stored address as a link's target, only when it is a web address: stored values are never trusted to be one. */
export function webAddress(value: string | undefined): string | null {
  return value && /^https?:\/\//i.test(value) ? value : null;
}
