/**
 * A description as a reader sees it: lines grouped under their section headings
 * (about the company, the role, requirements, nice to have, benefits, legal), and each line
 * split into sentences. Every sentence is an exact substring of the description, so any item
 * built from it can quote it and the quote can be found again in the posting.
 */

import type { DescriptionSection, SectionKind } from '../posting';

export type { SectionKind } from '../posting';

export interface Sentence {
  text: string;
  section: SectionKind;
  /** The line was a list item ("- …"). */
  bullet: boolean;
  /** Order in the description, for stable sorting. */
  index: number;
}

export interface DescriptionParts {
  sentences: Sentence[];
  /** The section headings found, in order, with their kinds. */
  headings: { text: string; kind: SectionKind }[];
}

const SECTION_RULES: [SectionKind, RegExp][] = [
  ['legal', /equal (?:opportunity|employment)|\beeo\b|accommodation|privacy (?:notice|policy)|disclaimer|e-verify|pay transparency|applicant privacy/i],
  ['nice', /nice[- ]to[- ]have|bonus (?:points|if)|preferred|(?:would|will) be a plus|desirable|not required|extra credit|wünschenswert|von vorteil/i],
  ['benefits', /benefits|perks|what we offer|(?:why|reasons to) (?:join|work)|compensation|salary|\bpay\b|we offer|wir bieten|avantages|beneficios|what(?:'|’)s in it for you/i],
  ['requirements', /requirement|qualification|what you(?:'|’)?(?:ll)? (?:need|bring|have)|who you are|you (?:have|bring|are|might be|may be|should)|good fit|strong candidates?|skills|experience|about you|must[- ]haves?|(?:what|who) we(?:'|’)re looking for|we(?:'|’)re looking for|we(?:'|’)d love|your profile|ideal candidate|anforderungen|ihr profil|dein profil|profil recherch|requisitos/i],
  ['role', /(?:about|the) (?:the )?(?:role|job|position|opportunity|team)|job description|role description|overview|what you(?:'|’)?(?:ll| will) (?:do|work on)|responsibilit|your (?:role|mission|tasks|impact|day)|day[- ]to[- ]day|in this role|what (?:the job|you will) involve|aufgaben|missions?|responsabilidades/i],
  ['about', /about (?:us|the company|our company|[\p{Lu}][\w&.'’ -]{0,40})$|who we are|our (?:mission|story|company|culture|values)|company (?:description|overview)|über uns|qui sommes|sobre nosotros/iu],
];

/** "Have 5+ years…", "Strong knowledge of…", "A degree in…": what a candidate brings, not a duty. */
const REQUIREMENT_ITEM = /^(?:(?:you )?(?:have|has|are|bring|possess|hold)\b|\d+\+?\s*(?:years?|yrs)|(?:strong|solid|excellent|proven|deep|good|working|hands-on|demonstrated)\b|(?:experience|proficiency|familiarity|knowledge|fluency|expertise) (?:with|in|of)\b|(?:a |an )?(?:bachelor|master|degree|phd|ba|bs|ms)\b)/i;

/** A line that introduces a section: short, no sentence punctuation, or ending in a colon. */
function headingKind(line: string): SectionKind | null {
  const text = line.replace(/^#+\s*/, '').trim();
  if (text.length > 70 || text.length < 3 || /^- /.test(text)) return null;
  const endsLikeHeading = /:$/.test(text) || !/[.!?,;]$/.test(text);
  if (!endsLikeHeading || text.split(/\s+/).length > 10) return null;
  const bare = text.replace(/:$/, '');
  for (const [kind, pattern] of SECTION_RULES) if (pattern.test(bare)) return kind;
  return null;
}

/** Split a line into sentences without losing or changing a character of any of them. */
export function splitSentences(line: string): string[] {
  const parts: string[] = [];
  // A sentence ends at . ! or ? followed by a space and a capital letter or a digit, but not
  // after common abbreviations ("e.g.", "i.e.", "etc.", "Inc.", "Sr.", "vs.", "approx.").
  const pattern = /[.!?](?=\s+["“(]?[\p{Lu}\d])/gu;
  let start = 0;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    const before = line.slice(Math.max(0, match.index - 6), match.index + 1);
    if (/(?:\be\.g|\bi\.e|\betc|\bInc|\bLtd|\bSr|\bJr|\bvs|\bapprox|\bNo|\bSt|\bDr|\bMr|\bMs|\bU\.S)\.$/i.test(before)) continue;
    parts.push(line.slice(start, match.index + 1).trim());
    start = match.index + 1;
  }
  parts.push(line.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}

export function splitDescription(description: string): DescriptionParts {
  const sentences: Sentence[] = [];
  const headings: { text: string; kind: SectionKind }[] = [];
  let section: SectionKind = 'intro';
  let index = 0;
  for (const rawLine of description.split('\n')) {
    const line = rawLine.trim();
    if (!line) continue;
    const kind = headingKind(line);
    if (kind) {
      section = kind;
      headings.push({ text: line.replace(/:$/, ''), kind });
      continue;
    }
    const bullet = line.startsWith('- ');
    const body = bullet ? line.slice(2) : line;
    // A list item that states what the candidate has is a requirement, whatever heading it is under.
    const asks = bullet && section === 'role' && REQUIREMENT_ITEM.test(body);
    // Legal boilerplate often has no heading; its wording gives it away.
    const lineSection: SectionKind =
      section !== 'legal' && /\b(?:equal opportunity employer|without regard to|protected (?:veteran|characteristic)|reasonable accommodation)/i.test(body)
        ? 'legal'
        : asks
          ? 'requirements'
          : section;
    for (const text of bullet ? [body] : splitSentences(body)) {
      sentences.push({ text, section: lineSection, bullet, index: index++ });
    }
  }
  return { sentences, headings };
}

/**
 * The description as sections: each heading with the lines under it, and the text before the
 * first heading. Lines are kept whole (list items keep their "- "). A line that reads as legal
 * boilerplate without a heading of its own starts a legal section.
 */
export function sectionsOf(description: string): DescriptionSection[] {
  const sections: DescriptionSection[] = [];
  let current: DescriptionSection = { kind: 'intro', heading: null, text: '' };
  const push = () => {
    if (current.text.trim()) sections.push({ ...current, text: current.text.trim() });
  };
  for (const rawLine of description.split('\n')) {
    const line = rawLine.trim();
    if (!line) continue;
    const kind = headingKind(line);
    if (kind) {
      push();
      current = { kind, heading: line.replace(/:$/, ''), text: '' };
      continue;
    }
    if (current.kind !== 'legal' && /\b(?:equal opportunity employer|without regard to|protected (?:veteran|characteristic)|reasonable accommodation)/i.test(line)) {
      push();
      current = { kind: 'legal', heading: null, text: '' };
    }
    current.text += `${line}\n`;
  }
  push();
  return sections.slice(0, 40);
}
