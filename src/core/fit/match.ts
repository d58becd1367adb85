/**
 * You and this posting: the user's résumé set beside what the posting asks. Pure and local:
 * the résumé is text the user gave, read on their device; nothing here leaves it.
 *
 * - matched: the posting's skills the résumé shows, each with the résumé line that shows it
 *   (a line that says what was done with it beats a bare list of skills);
 * - missing: the posting's skills it does not show, each with a suggestion tied to the
 *   posting's own sentence, asked-for ones first;
 * - years: the experience the posting asks for beside the résumé's, where both say;
 * - stories: résumé lines worth turning into a STAR story for this posting (an achievement,
 *   ideally with a number, about what the posting asks for).
 */
import type { Signals } from '../analyze/signals';
import { skillsIn, type SkillMatch } from '../analyze/skills';

export interface FitReport {
  matched: { skill: string; evidence: string }[];
  missing: { skill: string; suggestion: string; asked: boolean }[];
  years: { asked: number; quote: string; yours: number | null } | null;
  stories: string[];
}

/** The most skills one report weighs: beyond that a posting is listing, not asking. */
const MAX_SKILLS = 15;

/** The résumé's lines, without bullets and with single spaces. */
export function resumeLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•▪●◦–]|\d{1,2}[.)])\s+/u, '').replace(/\s+/g, ' ').trim())
    .filter((line) => line.length >= 2);
}

/** "Skills: Python, SQL, Tableau": a line that names skills without saying what was done with them. */
function isListLine(line: string): boolean {
  const parts = line.replace(/^[^:]{1,30}:\s*/, '').split(/\s*[,;|·•/]\s*/);
  return parts.length >= 3 && parts.every((part) => part.split(' ').length <= 4);
}

/** A line that says what the person did: a verb of doing first, or a result in numbers. */
function isAchievement(line: string): boolean {
  if (line.length < 40 || line.length > 300 || isListLine(line)) return false;
  return /^(?:[A-Z][a-z]+ed|Led|Built|Ran|Won|Cut|Grew|Set up|Wrote|Made|Drove|Took|Brought|Taught|Sold|Kept|Rebuilt|Shipped|Launched|Owned|Managed|Mentored)\b/.test(line) || /\d+\s?%|\b\d[\d,.]*\s?(?:k|m|million|users|customers|people|hours|days|weeks)\b/i.test(line);
}

/** The résumé's canonical skill names, each with the lines that name it. */
function skillLines(lines: string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const line of lines) {
    for (const mention of skillsIn(line)) {
      const list = found.get(mention.entry.name) ?? [];
      if (!list.includes(line)) list.push(line);
      found.set(mention.entry.name, list);
    }
  }
  return found;
}

/** The best evidence among the lines naming a skill: what was done with it before a list of names. */
function bestEvidence(lines: string[]): string {
  return [...lines].sort((a, b) => Number(isListLine(a)) - Number(isListLine(b)) || Number(isAchievement(b)) - Number(isAchievement(a)))[0]!;
}

/** Asked for: named among the requirements, or in a sentence shaped as one outside the "nice to have". */
function isAsked(skill: SkillMatch): boolean {
  return skill.sentences.some((s) => s.section === 'requirements' || (s.shape === 'requirement' && s.section !== 'nice'));
}

/** A short quote of the posting's sentence, for the suggestion to point at. */
function quoted(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 140 ? `${clean.slice(0, 137).replace(/\s+\S*$/, '')}…` : clean;
}

function suggestionFor(skill: SkillMatch, asked: boolean): string {
  const where = skill.sentences[0] ? ` The posting says: “${quoted(skill.sentences[0].text)}”` : '';
  if (asked) {
    return `Your résumé does not show ${skill.name}.${where} If you have used it, add a line saying where and what came of it, and prepare that story. If not, prepare an honest answer: the closest thing you have done, and how you would learn it in your first months.`;
  }
  return `A plus for this posting that your résumé does not mention: ${skill.name}.${where} If you have touched it, even briefly, have one example ready; if not, it is fine to say so.`;
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december';
const RANGE = new RegExp(`\\b(?:(?:${MONTHS})\\.?\\s+)?((?:19|20)\\d{2})\\s*(?:-|–|—|to|until)\\s*(?:(?:(?:${MONTHS})\\.?\\s+)?((?:19|20)\\d{2})|(present|now|current|today))\\b`, 'gi');
const STATED_YEARS = /\b(\d{1,2})\+?\s*years?(?: of)?(?:\s+\S+){0,4}?\s+(?:experience|in\b)/i;

/**
 * The years of work the résumé shows: the number it states ("8 years of experience"), else the
 * years its date ranges cover, each year counted once ("2016–2019", "2019 – present").
 */
export function resumeYears(text: string, now: Date): number | null {
  const stated = STATED_YEARS.exec(text);
  if (stated) return Number(stated[1]);
  const thisYear = now.getUTCFullYear();
  const years = new Set<number>();
  let studying = false;
  for (const line of resumeLines(text)) {
    // Years of study are not years of work: skip the education part, and any line naming a degree.
    if (isHeading(line)) studying = EDUCATION.test(line);
    if (studying || EDUCATION.test(line)) continue;
    for (const match of line.matchAll(RANGE)) addRange(match, thisYear, years);
  }
  return years.size > 0 ? years.size : null;
}

const EDUCATION = /\b(?:education|studies|academic|degree|bsc|b\.sc|ba|msc|m\.sc|ma|mba|phd|bachelor|master|diploma|university|college|school|universität|hochschule|université)\b/i;

/** A résumé's section heading: short, and in capitals or ending in a colon ("EXPERIENCE", "Education:"). */
function isHeading(line: string): boolean {
  return line.length <= 40 && (/^[^a-z]*[A-Z]{3}[^a-z]*$/.test(line) || /^[\p{L} &]+:$/u.test(line));
}

function addRange(match: RegExpMatchArray, thisYear: number, years: Set<number>): void {
  const start = Number(match[1]);
  const end = match[2] ? Number(match[2]) : thisYear;
  if (start > end || end > thisYear || end - start > 50) return;
  // A range covers the years between its ends: 2016–2019 is three years of work, not four.
  for (let year = start; year < Math.max(end, start + 1); year++) years.add(year);
}

/** Words too common to show that a résumé line and a posting speak of the same thing. */
const COMMON = new Set('with from that this their have will your what which when where into about over more than they them were been also team work working year years experience'.split(' '));

/** Content words of a text, for telling which résumé lines speak to what the posting asks. */
function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}[\p{L}+#.-]{3,}/gu) ?? []).filter((w) => !COMMON.has(w)));
}

export function fitReport(signals: Signals, resume: string, now: Date = new Date()): FitReport {
  const lines = resumeLines(resume);
  const inResume = skillLines(lines);
  const skills = signals.skills.slice(0, MAX_SKILLS);
  const matched: FitReport['matched'] = [];
  const missing: FitReport['missing'] = [];
  for (const skill of skills) {
    const shown = inResume.get(skill.canonical);
    if (shown) matched.push({ skill: skill.name, evidence: bestEvidence(shown) });
    else {
      const asked = isAsked(skill);
      missing.push({ skill: skill.name, suggestion: suggestionFor(skill, asked), asked });
    }
  }
  missing.sort((a, b) => Number(b.asked) - Number(a.asked));

  const years = signals.years ? { asked: signals.years.value, quote: signals.years.quote ?? '', yours: resumeYears(resume, now) } : null;

  // Stories: achievements that name a skill the posting wants, or share its words, most first.
  const wanted = new Set(skills.map((s) => s.canonical));
  const askedWords = words([...signals.requirements, ...signals.responsibilities].map((s) => s.text).join(' '));
  const scored = lines
    .filter(isAchievement)
    .map((line, index) => {
      const skillHits = skillsIn(line).filter((m) => wanted.has(m.entry.name)).length;
      const wordHits = [...words(line)].filter((w) => askedWords.has(w)).length;
      // A skill the posting names counts most; a result in numbers makes the story (the R of STAR).
      return { line, index, score: skillHits * 4 + wordHits + (/\d/.test(line) ? 2 : 0) };
    })
    .filter((s) => s.score >= 2)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  return { matched, missing, years, stories: scored.slice(0, 3).map((s) => s.line) };
}
