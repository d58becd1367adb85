/** The prep plan: what the popup shows and the prep list keeps. Plain data, JSON-safe. */

export interface Link {
  label: string;
  url: string;
}

export interface ResearchItem {
  id: string;
  /** What to look into. */
  text: string;
  /** Why this posting makes it matter. */
  why: string;
  /** The sentence of the description that prompted it; null when the item is general. */
  quote: string | null;
  /** True when nothing specific in the posting prompted it (see src/core/prep/ground.ts). */
  general: boolean;
  links: Link[];
}

export type QuestionGroup = 'role' | 'team' | 'success' | 'culture' | 'direction' | 'clarify';
export type InterviewStage = 'recruiter' | 'hiring-manager' | 'team' | 'final';

export const QUESTION_GROUPS: Record<QuestionGroup, string> = {
  role: 'The role',
  team: 'The team',
  success: 'Success and growth',
  culture: 'Culture and values',
  direction: 'Company direction',
  clarify: 'Points to clarify',
};

export const STAGES: Record<InterviewStage, string> = {
  recruiter: 'Recruiter screen',
  'hiring-manager': 'Hiring manager',
  team: 'Team or panel',
  final: 'Final round',
};

export interface Question {
  id: string;
  text: string;
  group: QuestionGroup;
  /** The interview stages it suits best. */
  stages: InterviewStage[];
  why: string;
  quote: string | null;
  general: boolean;
}

export interface StarOutline {
  situation: string;
  task: string;
  action: string;
  result: string;
  /** What the answer should show the interviewer. */
  show: string;
}

export type ExpectKind = 'standard' | 'behavioural' | 'technical' | 'role';

export interface ExpectedQuestion {
  id: string;
  text: string;
  kind: ExpectKind;
  /** How to approach it, drawn from this posting. */
  hint: string;
  quote: string | null;
  general: boolean;
  star: StarOutline | null;
}

/** A piece of the thank-you note: fixed text, or a blank the user fills in. */
export type NoteSegment = { text: string } | { slot: 'interviewer' | 'topic' | 'your-name'; label: string };

export interface FollowUp {
  thankYou: { subject: string; body: NoteSegment[] };
  timing: { when: string; what: string }[];
  reflection: string[];
  /** The duty the note cites, or null when it cites none. */
  quote: string | null;
}

export interface StorySlot {
  id: string;
  /** The requirement, in the posting's words. */
  requirement: string;
  /** What kind of example would answer it. */
  prompt: string;
  quote: string;
}

export interface PrepPlan {
  posting: { title: string; company: string | null; location: string | null; url: string };
  /** Set when the posting is not in English: the plan says so instead of pretending. */
  notice: string | null;
  research: ResearchItem[];
  questions: Question[];
  expect: ExpectedQuestion[];
  followUp: FollowUp;
  story: StorySlot[];
}

/** The note as plain text, with each blank shown as its label in brackets. */
export function noteText(segments: NoteSegment[], fills: Partial<Record<'interviewer' | 'topic' | 'your-name', string>> = {}): string {
  return segments.map((s) => ('text' in s ? s.text : fills[s.slot]?.trim() || `[${s.label}]`)).join('');
}
