/**
 * The prep plan's quality rules, as code: the tests run them over many postings and
 * `npm run bench:prep` reports them on a corpus. A plan passes when no text has an unfilled
 * slot, no item repeats or nearly repeats another, articles and sentence shapes are right,
 * no name appears that the posting does not contain, and every quote is the posting's words.
 */
import type { JobPosting } from '../posting';
import type { PrepPlan } from './plan';

export type IssueKind = 'unfilled' | 'duplicate' | 'near-duplicate' | 'grammar' | 'invented' | 'quote' | 'shape';

export interface QualityIssue {
  kind: IssueKind;
  item: string;
  detail: string;
}

export interface QualityReport {
  items: number;
  quotes: { found: number; total: number };
  issues: QualityIssue[];
}

/** Proper names the templates themselves use (the services the research links open, the method). */
const TEMPLATE_NAMES = new Set([
  'I', 'STAR', 'LinkedIn', 'Glassdoor', 'Levels.fyi', 'Crunchbase', 'CV', 'Subject', 'Dear', 'Thank', 'Best',
]);

interface PlanText {
  item: string;
  field: string;
  text: string;
}

/** Every generated sentence of a plan (not the quotes, which are the posting's own words). */
export function planTexts(plan: PrepPlan): PlanText[] {
  const out: PlanText[] = [];
  const add = (item: string, field: string, text: string) => out.push({ item, field, text });
  for (const r of plan.research) {
    add(r.id, 'text', r.text);
    add(r.id, 'why', r.why);
    for (const link of r.links) add(r.id, 'link', link.label);
  }
  for (const q of plan.questions) {
    add(q.id, 'text', q.text);
    add(q.id, 'why', q.why);
  }
  for (const e of plan.expect) {
    add(e.id, 'text', e.text);
    add(e.id, 'hint', e.hint);
    if (e.star) for (const [k, v] of Object.entries(e.star) as [string, string][]) add(e.id, `star.${k}`, v);
  }
  for (const s of plan.followUp.thankYou.body) if ('text' in s) add('follow-up', 'note', s.text);
  add('follow-up', 'subject', plan.followUp.thankYou.subject);
  for (const t of plan.followUp.timing) add('follow-up', 'timing', t.what);
  for (const r of plan.followUp.reflection) add('follow-up', 'reflection', r);
  for (const s of plan.story) add(s.id, 'prompt', s.prompt);
  return out;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common || 1);
}

const UNFILLED = /\b(?:undefined|null|NaN)\b|[{}]|\[object|\$\{|\s{2,}|\(\s*\)|\s[,.;:?!]|“\s*”|\bthe the\b|\ba a\b/;
/** "a" before a vowel sound and "an" before a consonant sound, with the usual exceptions. */
const WRONG_A = /\ba (?!(?:uni|use|usu|uti|ure|eu|one|once|U[A-Z]|UX|US|UI|UK)\w*)(?=[aeiouAEIOU]|[FHLMNRSX][A-Z]{1,4}\b)/;
const WRONG_AN = /\ban (?!(?:hour|honest|heir|honou?r)\w*)(?=[b-df-hj-np-tv-zB-DGJKPQTVWYZ]|(?:uni|use|usu|uti|eu|one)\w*)(?![FHLMNRSX][A-Z]{1,4}\b)/;

/** Capitalised words and names such as iOS or eBay that are not at the start of a sentence. */
function namesIn(text: string): string[] {
  const out: string[] = [];
  const pattern = /(?<=[^.!?:\s]\s)(?:[A-Z][\p{L}\p{N}.+#&'’-]*[\p{L}\p{N}+#]|[A-Z]|[a-z]+[A-Z][\p{L}\p{N}]*)/gu;
  // A possessive ("Ramp’s") is the name it is made from.
  for (const match of text.matchAll(pattern)) out.push(match[0].replace(/[’']s?$/, ''));
  return out;
}

/** `userWords`: what the user typed (interviewers' names), which the plan may repeat. */
export function checkPlan(plan: PrepPlan, posting: JobPosting, userWords: readonly string[] = []): QualityReport {
  const issues: QualityIssue[] = [];
  const postingText = squash(
    [posting.title?.value, posting.company?.value, posting.location?.value, posting.description?.value].filter(Boolean).join('\n'),
  );
  const userText = userWords.join('\n');
  // The posting as the user sees it: its title, company, location and description.
  const quotable = postingText;
  const texts = planTexts(plan);

  for (const { item, field, text } of texts) {
    if (!text.trim()) issues.push({ kind: 'unfilled', item, detail: `${field} is empty` });
    const slot = UNFILLED.exec(text);
    if (slot && field !== 'note') issues.push({ kind: 'unfilled', item, detail: `${field}: “${slot[0]}” in “${text}”` });
    const a = WRONG_A.exec(text) ?? WRONG_AN.exec(text);
    if (a) issues.push({ kind: 'grammar', item, detail: `${field}: article in “${text.slice(Math.max(0, a.index - 20), a.index + 30)}”` });
    if (/\b1 (?:years|months|weeks|days|items|questions)\b|\bone (?:years|items|questions)\b/.test(text)) {
      issues.push({ kind: 'grammar', item, detail: `${field}: plural after one in “${text}”` });
    }
    if (field === 'text' || field === 'why' || field === 'hint') {
      if (!/^(?:[A-Z0-9“"(]|[a-z]+[A-Z])/.test(text)) issues.push({ kind: 'shape', item, detail: `${field} does not start a sentence: “${text}”` });
      if (!/[.?!:…”)]$/.test(text)) issues.push({ kind: 'shape', item, detail: `${field} does not end a sentence: “${text}”` });
    }
    for (const name of namesIn(text)) {
      if (TEMPLATE_NAMES.has(name) || postingText.includes(name) || userText.includes(name)) continue;
      issues.push({ kind: 'invented', item, detail: `${field}: “${name}” is not in the posting` });
    }
  }

  // Duplicates and near-duplicates within each section.
  const sections: [string, { id: string; text: string }[]][] = [
    ['research', plan.research],
    ['questions', plan.questions],
    ['expect', plan.expect],
  ];
  for (const [, items] of sections) {
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i]!;
        const b = items[j]!;
        if (squash(a.text).toLowerCase() === squash(b.text).toLowerCase()) issues.push({ kind: 'duplicate', item: b.id, detail: `same as ${a.id}` });
        else if (jaccard(words(a.text), words(b.text)) >= 0.8) issues.push({ kind: 'near-duplicate', item: b.id, detail: `nearly the same as ${a.id}` });
      }
    }
  }

  const quotes = [
    ...plan.research.map((r) => ({ id: r.id, quote: r.quote })),
    ...plan.questions.map((q) => ({ id: q.id, quote: q.quote })),
    ...plan.expect.map((e) => ({ id: e.id, quote: e.quote })),
  ];
  let found = 0;
  for (const { id, quote } of quotes) {
    if (quote && quotable.includes(squash(quote))) found++;
    else issues.push({ kind: 'quote', item: id, detail: `quote not in the posting: “${quote}”` });
  }
  return { items: plan.research.length + plan.questions.length + plan.expect.length, quotes: { found, total: quotes.length }, issues };
}
