/**
 * JobPosting -> PrepPlan: deterministic, local, and grounded: every item quotes the part of
 * the posting that prompted it.
 */
import { analyzePosting, type Signals } from '../analyze/signals';
import { LANGUAGE_NAMES } from '../language';
import type { JobPosting } from '../posting';
import { buildExpect } from './expect';
import { buildFollowUp } from './follow-up';
import type { QuoteUses } from './ground';
import type { PrepPlan } from './plan';
import { buildQuestions } from './questions';
import { buildResearch } from './research';
import { buildStory } from './story';

function languageNotice(s: Signals): string | null {
  if (!s.language || s.language === 'en') return null;
  const name = LANGUAGE_NAMES[s.language] ?? 'a language other than English';
  return `This posting is in ${name}. Interview Lens reads English postings best, so this plan is in English and uses only what it could understand.`;
}

/** Fewer research items and questions than this tied to the posting's own words, and the plan says so. */
export const MIN_GROUNDED = 10;
/** The words every thin-posting notice has, for whoever needs to tell it apart (the bench). */
export const THIN_NOTICE = /\bof the research steps and questions below come from its own words\b/i;

/**
 * A plan built on a posting that says little is mostly general advice; it says so rather than
 * passing the same advice off as specific. Counted over research and questions, the items a
 * candidate acts on before the interview. A posting in another language may say plenty that
 * Interview Lens cannot read: then the plan says that, not that the posting is thin.
 */
function thinNotice(research: readonly { general: boolean }[], questions: readonly { general: boolean }[], s: Signals): string | null {
  const grounded = [...research, ...questions].filter((i) => !i.general).length;
  if (grounded >= MIN_GROUNDED) return null;
  const which = grounded === 0 ? 'none' : `only ${grounded}`;
  if (languageNotice(s)) {
    return `${which.charAt(0).toUpperCase()}${which.slice(1)} of the research steps and questions below come from its own words, and the rest is advice that suits any interview. Read the posting beside this plan, and add what you learn to your notes.`;
  }
  return `This posting says too little to build a plan for this job alone: ${which} of the research steps and questions below come from its own words, and the rest is advice that suits any interview. Read the full posting on the employer’s site, and add what you learn to your notes.`;
}

export interface PlanOptions {
  /** Interviewers the user has named: the research item about them links to each. */
  interviewers?: string[];
}

export function buildPlanFromSignals(posting: JobPosting, s: Signals, options: PlanOptions = {}): PrepPlan {
  // One count of quotes for the whole plan (ground.ts). The questions to ask and what to expect
  // are grounded first: many of their items are phrased from the sentence they quote, where a
  // research item only cites it, so they have the better claim to a sentence quoted often.
  const uses: QuoteUses = new Map();
  const questions = buildQuestions(s, uses);
  const expect = buildExpect(s, uses);
  const research = buildResearch(s, posting.companyUrl?.value ?? null, options.interviewers ?? [], uses);
  // Both notices when both hold: a posting in another language is often thin in English too.
  const notices = [languageNotice(s), thinNotice(research, questions, s)].filter((n): n is string => n !== null);
  return {
    // The header names whom the page names, the agency included: the first research step says what it is.
    posting: { title: s.title, company: s.company ?? s.agency?.value ?? null, location: s.location, url: posting.url },
    notice: notices.length > 0 ? notices.join(' ') : null,
    research,
    questions,
    expect,
    followUp: buildFollowUp(s),
    story: buildStory(s),
  };
}

export function buildPrepPlan(posting: JobPosting, options: PlanOptions = {}): PrepPlan {
  return buildPlanFromSignals(posting, analyzePosting(posting), options);
}

export type { PrepPlan } from './plan';
