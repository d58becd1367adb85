/**
 * JobPosting -> PrepPlan: deterministic, local, and grounded: every item quotes the part of
 * the posting that prompted it.
 */
import { analyzePosting, type Signals } from '../analyze/signals';
import { LANGUAGE_NAMES } from '../language';
import type { JobPosting } from '../posting';
import { buildExpect } from './expect';
import { buildFollowUp } from './follow-up';
import type { PrepPlan } from './plan';
import { buildQuestions } from './questions';
import { buildResearch } from './research';
import { buildStory } from './story';

function languageNotice(s: Signals): string | null {
  if (!s.language || s.language === 'en') return null;
  const name = LANGUAGE_NAMES[s.language] ?? 'a language other than English';
  return `This posting is in ${name}. Interview Lens reads English postings best, so this plan is in English and uses only what it could understand.`;
}

export interface PlanOptions {
  /** Interviewers the user has named: the research item about them links to each. */
  interviewers?: string[];
}

export function buildPlanFromSignals(posting: JobPosting, s: Signals, options: PlanOptions = {}): PrepPlan {
  return {
    posting: { title: s.title, company: s.company, location: s.location, url: posting.url },
    notice: languageNotice(s),
    research: buildResearch(s, posting.companyUrl?.value ?? null, options.interviewers ?? []),
    questions: buildQuestions(s),
    expect: buildExpect(s),
    followUp: buildFollowUp(s),
    story: buildStory(s),
  };
}

export function buildPrepPlan(posting: JobPosting, options: PlanOptions = {}): PrepPlan {
  return buildPlanFromSignals(posting, analyzePosting(posting), options);
}

export type { PrepPlan } from './plan';
