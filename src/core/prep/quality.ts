/**
 * The prep plan's quality rules, as code: the tests run them over many postings and
 * `npm run bench:prep` reports them on a corpus. A plan passes when no text has an unfilled
 * slot, no item repeats or nearly repeats another, articles and sentence shapes are right,
 * no name appears that the posting does not contain, every quote is the posting's words, no
 * frame (a template with the posting's words taken out) is used twice, and no place or
 * technology sits where a product or a team belongs.
 */
import { isPlace } from '../analyze/regions';
import { isCallOrLink } from '../analyze/sections';
import { analyzePosting, SOFT_SKILL_NAMES, type Signals } from '../analyze/signals';
import { isTechnology } from '../analyze/skills';
import type { JobPosting } from '../posting';
import type { PrepPlan } from './plan';
import { escapeRegExp } from '../text';

export type IssueKind =
  | 'unfilled' | 'duplicate' | 'near-duplicate' | 'grammar' | 'invented' | 'quote' | 'dishonest' | 'shape' | 'frame' | 'entity' | 'overquoted';

export interface QualityIssue {
  kind: IssueKind;
  item: string;
  detail: string;
}

export interface QualityReport {
  items: number;
  quotes: { found: number; total: number };
  /** Items with an honest quote, items whose quote is not honest, and items marked general. */
  grounding: { honest: number; dishonest: number; general: number };
  /** Texts whose frame another text of the plan already used (see frameOf). */
  frameReuse: number;
  /** A place or a technology in a product or team slot (see entityErrors). */
  entityErrors: number;
  /** Seams: articles, doubled words, unfilled slots, quotes re-cased, "it" for a plural, sentence shapes. */
  grammar: number;
  issues: QualityIssue[];
}

/** The kinds of issue the bench counts as grammar findings. */
export const GRAMMAR_KINDS: readonly IssueKind[] = ['grammar', 'unfilled', 'shape'];

// ---- Honest grounding
//
// A quote is "the sentence that prompted" an item. It is honest only when it is a sentence of
// the description that says more than the job title or the company name, and shares a content
// word with the item beyond those names: quoting "Acme" under "What do you enjoy most about
// working at Acme?" gives the reader no reason at all. Nor does a call to apply or get in touch
// (isCallOrLink), whatever words it shares. The plan uses this check to pick its
// quotes and the bench uses it to measure them, so the two cannot drift apart.

/** What a quote is checked against: the posting's title, company and description. */
/**
 * How many items of one part of a plan (research, questions, what to expect) may quote the same
 * sentence: past that, the part reads as one line of the posting with templates around it
 * (ground.ts gives later items another sentence, or none). Across parts a sentence may recur:
 * the duty a question asks about is the one a behavioural question tests.
 */
export const MAX_USES = 3;
/**
 * How many items of a whole plan may quote the same sentence. A posting often has one sentence
 * that names a value, a stage and a trait at once; quoted under seven items it reads as the only
 * line the plan found, so past this the plan looks for another sentence or marks the item general.
 */
export const MAX_PLAN_USES = 5;

export interface QuoteContext {
  title: string;
  company: string | null;
  description: string;
}

export function quoteContext(posting: JobPosting): QuoteContext {
  return { title: posting.title?.value ?? 'this role', company: posting.company?.value ?? null, description: posting.description?.value ?? '' };
}

/**
 * Function words, and words every posting and every template uses (role, team, work,
 * company, posting, experience): sharing one of them says nothing about why an item exists.
 */
const STOP_WORDS = new Set(
  ('a an the and or but nor if then than so as at by in on of to for from with without into onto over under about after before ' +
    'between through during within across per via up down out off again further once here there when where why how what which who ' +
    'whom whose this that these those it its itself i me my we us our ours you your yours he him his she her they them their ' +
    'is are was were be been being am do does did doing done have has had having can could will would shall should may might must ' +
    'not no yes all any both each few more most other some such only own same too very just also even ever still yet now ' +
    'one two three first last next well much many lot lots etc e g i e via s t ll re ve d m ' +
    'role roles position job jobs company companies posting team teams work working works worked people person candidate ' +
    'experience like look looking get make making take taking help helps want need needs way ways thing things day days ' +
    'year years time times part good great best better strong ability able use using used').split(/\s+/),
);

/**
 * A light stem, so "manages", "managing" and "management" meet, as do "values" and "value" or
 * "paced" and "pace": one common ending off, the first six letters, a final "e" off. Six, not
 * five: "interview" and "international" must not meet.
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  const ending = /(?:ings|ing|edly|ed|ers|er|ly|s)$/.exec(w);
  if (ending && w.length - ending[0].length >= 3 && !/ss$/.test(w)) w = w.slice(0, -ending[0].length);
  return w.slice(0, 6).replace(/e$/, '');
}

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The stems of the title's and the company's words: words that ground nothing. */
export function nameStems(ctx: Pick<QuoteContext, 'title' | 'company'>): Set<string> {
  return new Set(tokens(`${ctx.title} ${ctx.company ?? ''}`).map(stem));
}

/** Stems already worked out: postings repeat their words, and a plan reads each sentence. */
const STEMS = new Map<string, string>();

/** The content words of a text, stemmed: not stop words, not words of the title or company. */
export function contentStems(text: string, names: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (STEMS.size > 50_000) STEMS.clear();
  for (const t of tokens(text)) {
    // One letter says nothing; one digit may ("4 or more years" and "4+ years").
    if ((t.length < 2 && !/\d/.test(t)) || STOP_WORDS.has(t)) continue;
    let s = STEMS.get(t);
    if (s === undefined) STEMS.set(t, (s = stem(t)));
    if (!names.has(s)) out.add(s);
  }
  return out;
}

/** The text an item's quote must support: what it says, and why (or how to answer it). */
export function groundingText(text: string, reason: string): string {
  return `${text}\n${reason}`;
}

/** Per context, worked out once: a plan checks some fifty quotes against the same posting. */
const prepared = new WeakMap<QuoteContext, { description: string; names: Set<string> }>();

export function isHonestQuote(quote: string | null, itemText: string, ctx: QuoteContext): boolean {
  let known = prepared.get(ctx);
  if (!known) prepared.set(ctx, (known = { description: squash(ctx.description), names: nameStems(ctx) }));
  if (!quote || !known.description.includes(squash(quote))) return false;
  // A call to apply or a link is no reason for anything, whatever words it shares.
  if (isCallOrLink(quote)) return false;
  const names = known.names;
  const own = contentStems(quote, names);
  // A sentence that is only the title or the company says nothing more than they do.
  if (own.size === 0) return false;
  const item = contentStems(itemText, names);
  for (const w of own) if (item.has(w)) return true;
  return false;
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

/** An item with nothing specific to quote: it says so instead of quoting the title. */
function isGeneral(item: { general?: boolean; quote: string | null }): boolean {
  return item.general === true || item.quote === null;
}

function snippetOf(text: string): string {
  const clean = squash(text);
  return clean.length > 80 ? `${clean.slice(0, 77)}…` : clean;
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

// A space before punctuation is a slot left empty (" ."), unless a name begins with it (".NET").
const UNFILLED = /\b(?:undefined|null|NaN)\b|[{}]|\[object|\$\{|\s{2,}|\(\s*\)|\s[,.;:?!](?![\p{L}\p{N}])|“\s*”|\bthe the\b|\ba a\b/u;
/**
 * "a" before a vowel sound and "an" before a consonant sound, with the usual exceptions. A
 * letter of any script before it makes it the end of a word ("Boréa and" is a name), and so
 * does a slash ("Vendedor/a Técnico/a after": the feminine ending of a Spanish role).
 */
const WRONG_A = /(?<![\p{L}\p{N}/])a (?!(?:uni|use|usu|uti|ure|eu|one|once|U[A-Z]|UX|US|UI|UK)\w*)(?=[aeiouAEIOU]|[FHLMNRSX][A-Z]{1,4}\b)/u;
const WRONG_AN = /(?<![\p{L}\p{N}/])an (?!(?:hour|honest|heir|honou?r)\w*)(?=[b-df-hj-np-tv-zB-DGJKPQTVWYZ]|(?:uni|use|usu|uti|eu|one)\w*)(?![FHLMNRSX][A-Z]{1,4}\b)/u;

/** Capitalised words and names such as iOS or eBay that are not at the start of a sentence. */
function namesIn(text: string): string[] {
  const out: string[] = [];
  const pattern = /(?<=[^.!?:\s]\s)(?:[A-Z][\p{L}\p{N}.+#&'’-]*[\p{L}\p{N}+#]|[A-Z]|[a-z]+[A-Z][\p{L}\p{N}]*)/gu;
  // A possessive ("Ramp’s") is the name it is made from.
  for (const match of text.matchAll(pattern)) out.push(match[0].replace(/[’']s?$/, ''));
  return out;
}

// ---- Frames
//
// A frame is what is left of a text when the posting's words are taken out: its quotes (“…”)
// and the names a template fills in (title, company, skills, teams, values…). Two texts of one
// plan with the same frame read as a form filled in twice ("The posting lists “…”. What does
// that involve in a typical week?" under two duties), however different their fillings.

/** The posting's words a template may fill in, longest first so "Go" never cuts "Go Platform". */
export function fillersOf(s: Signals): string[] {
  const teams = s.teams.flatMap((t) => [t.value, t.value.replace(/ team$/, '')]);
  const found = [
    s.title, s.company, s.location, ...s.title.split(/\s*[,(–—|]\s*|\s+-\s+/),
    ...s.skills.map((k) => k.name), ...teams, ...s.products.map((p) => p.value), ...s.values.map((v) => v.value),
    // Every quality's name, not only the posting's: a plan may fall back on the common ones.
    ...SOFT_SKILL_NAMES, s.industry?.value, ...s.stage.map((x) => x.value), s.size?.value,
    ...s.process.map((p) => p.value), s.compensation?.value, s.workMode?.value, s.years ? String(s.years.value) : null,
  ];
  return [...new Set(found.map((x) => x?.trim() ?? '').filter((x) => x.length > 0))].sort((a, b) => b.length - a.length);
}

/** One pattern for all fillers, matched as whole words ("R" must not cut "Refresh"). */
function fillerPattern(fillers: readonly string[]): RegExp | null {
  if (fillers.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${fillers.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

export function frameOf(text: string, fillers: readonly string[] | RegExp | null): string {
  const pattern = Array.isArray(fillers) ? fillerPattern(fillers) : (fillers as RegExp | null);
  let t = text.replace(/“[^”]*”/g, '“…”');
  if (pattern) t = t.replace(pattern, '…');
  return t.replace(/…[’']s?/g, '…').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The texts a frame is counted over: what each item says, why, its hint and STAR outline, the story prompts. */
function framedTexts(plan: PrepPlan): PlanText[] {
  return planTexts(plan).filter((t) => t.item !== 'follow-up' && t.field !== 'link');
}

// ---- Entity types
//
// Templates about a product or a team have slots: "Learn what X does", "the team behind X",
// "the X team". A place (EMEA, Berlin, "our French markets") or a technology (REST, Kubernetes)
// in one of them is a misread phrase. The patterns follow the templates of research.ts and
// questions.ts; a test builds a plan with a known product and team to keep them in step.

const PRODUCT_SLOTS: RegExp[] = [
  /\bLearn what (.+?) does and who uses it\b/g,
  /\b[Ww]hat is next for (.+?), and how would\b/g,
  /\bthe team behind (.+?)(?= decide| is working| give| connect| work|[,;:?.]|$)/g,
  /\bThe posting names (.+?); (?:knowing it first-hand|asking where it is going)/g,
];
const TEAM_SLOT = /\b[Tt]he ((?:[A-Z0-9][\p{L}\p{N}&+./-]*)(?: (?:[A-Z0-9][\p{L}\p{N}&+./-]*|of|and|&))*) team\b/gu;

/** "place", "technology" or null: what a phrase is, when it is not a product or a team. */
export function entityTypeOf(phrase: string): 'place' | 'technology' | null {
  return isPlace(phrase) ? 'place' : isTechnology(phrase) ? 'technology' : null;
}

/** Each product or team slot of a text whose filling is a place or a technology. */
export function entityErrors(text: string): { slot: 'product' | 'team'; phrase: string; type: 'place' | 'technology' }[] {
  const out: { slot: 'product' | 'team'; phrase: string; type: 'place' | 'technology' }[] = [];
  const slots: ['product' | 'team', RegExp][] = [...PRODUCT_SLOTS.map((p): ['product', RegExp] => ['product', p]), ['team', TEAM_SLOT]];
  for (const [slot, pattern] of slots) {
    for (const match of text.matchAll(pattern)) {
      const phrase = match[1]!;
      const type = entityTypeOf(phrase);
      if (type) out.push({ slot, phrase, type });
    }
  }
  return out;
}

// ---- Seams
//
// What a careful reader trips on where a filling meets its template: a word twice, a quote
// whose case the plan changed, "it" after a list, a title's own commas inside a sentence.

/** The text with its quotes taken out: the posting may repeat a word, the plan may not. */
function unquoted(text: string): string {
  return text.replace(/“[^”]*”/g, '“…”');
}

const DOUBLED = /(?<![\p{L}\p{N}])([\p{L}]+)\s+\1(?![\p{L}\p{N}])/iu;

/** Seams in one generated text; `postingText` is the posting's title, company, location and description. */
export function seamsIn(text: string, postingText: string, s: Pick<Signals, 'title'>, listNames: RegExp | null): string[] {
  const found: string[] = [];
  const bare = unquoted(text);
  const doubled = DOUBLED.exec(bare);
  if (doubled) found.push(`“${doubled[0]}” doubled`);
  for (const match of text.matchAll(/“([^”]+)”/g)) {
    const inner = match[1]!.replace(/…$/, '').trim();
    // Short words in quotation marks ("Say “I”, not “we”") are the plan's own, not a quote; a
    // quote that opens the text may take a capital, as any sentence does.
    if (inner.length >= 4 && match.index > 0 && !postingText.includes(inner) && postingText.toLowerCase().includes(inner.toLowerCase())) found.push(`quote re-cased: “${inner}”`);
  }
  // "Questions on A and B: how you have applied it": a list, then "it" in the same sentence.
  if (listNames) {
    listNames.lastIndex = 0;
    const list = listNames.exec(bare);
    if (list && /(?<![\p{L}])(?:it|its)(?![\p{L}])/u.test(bare.slice(list.index + list[0].length).split(/[.?!]/)[0]!)) found.push(`“it” after the list “${list[0]}”`);
  }
  // A title with its own commas ("Account Executive, Europe") read inside a sentence.
  if (/,/.test(s.title) && bare.includes(s.title)) found.push(`the title “${s.title}” inside a sentence`);
  return found;
}

/** Two or more of the posting's names joined as a list and followed by a colon: "Go and Rust:". */
function listPattern(fillers: readonly string[]): RegExp | null {
  if (fillers.length === 0) return null;
  const name = `(?:${fillers.map(escapeRegExp).join('|')})`;
  return new RegExp(`${name}(?:, ${name})*,? (?:and|or) ${name}(?=:)`, 'gu');
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
  const signals = analyzePosting(posting);
  const fillers = fillersOf(signals);
  const listNames = listPattern(fillers);

  for (const { item, field, text } of texts) {
    if (!text.trim()) issues.push({ kind: 'unfilled', item, detail: `${field} is empty` });
    const slot = UNFILLED.exec(text);
    if (slot && field !== 'note') issues.push({ kind: 'unfilled', item, detail: `${field}: “${slot[0]}” in “${text}”` });
    // Words inside quotation marks are the posting's ("bist an zwei Wochenenden"), not ours.
    const ours = text.replace(/“[^”]*”/g, (quoted) => ' '.repeat(quoted.length));
    const a = WRONG_A.exec(ours) ?? WRONG_AN.exec(ours);
    if (a) issues.push({ kind: 'grammar', item, detail: `${field}: article in “${text.slice(Math.max(0, a.index - 20), a.index + 30)}”` });
    if (/\b1 (?:years|months|weeks|days|items|questions)\b|\bone (?:years|items|questions)\b/.test(text)) {
      issues.push({ kind: 'grammar', item, detail: `${field}: plural after one in “${text}”` });
    }
    if (field === 'text' || field === 'why' || field === 'hint') {
      if (!/^(?:[A-Z0-9“"(]|[a-z]+[A-Z])/.test(text)) issues.push({ kind: 'shape', item, detail: `${field} does not start a sentence: “${text}”` });
      if (!/[.?!:…”)]$/.test(text)) issues.push({ kind: 'shape', item, detail: `${field} does not end a sentence: “${text}”` });
    }
    if (field !== 'note') for (const seam of seamsIn(text, postingText, signals, listNames)) issues.push({ kind: 'grammar', item, detail: `${field}: ${seam} in “${text}”` });
    // A slot inside a quote is the posting's own phrase ("with the SRE team"), not a template's.
    for (const e of entityErrors(ours)) issues.push({ kind: 'entity', item, detail: `${field}: the ${e.type} “${e.phrase}” in a ${e.slot} slot: “${text}”` });
    for (const name of namesIn(text)) {
      // The salary's currency is the posting's too, though its structured data may write it as
      // a code ("UAH") where the text says "грн".
      // A name the posting shouts ("SHAREPOINT DEVELOPER") is written as the name is (skills.ts).
      if (TEMPLATE_NAMES.has(name) || postingText.includes(name) || postingText.includes(name.toUpperCase()) || userText.includes(name) || name === posting.salary?.value.currency) continue;
      issues.push({ kind: 'invented', item, detail: `${field}: “${name}” is not in the posting` });
    }
  }

  // A frame used twice in the plan: each later use is one reuse.
  const frames = new Map<string, string>();
  const pattern = fillerPattern(fillers);
  let frameReuse = 0;
  for (const { item, field, text } of framedTexts(plan)) {
    const frame = frameOf(text, pattern);
    const first = frames.get(frame);
    if (first === undefined) frames.set(frame, `${item} ${field}`);
    else {
      frameReuse++;
      issues.push({ kind: 'frame', item, detail: `${field} has the frame of ${first}: “${frame}”` });
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

  const grounded: { id: string; quote: string | null; general: boolean; text: string }[] = [
    ...plan.research.map((r) => ({ id: r.id, quote: r.quote, general: isGeneral(r), text: groundingText(r.text, r.why) })),
    ...plan.questions.map((q) => ({ id: q.id, quote: q.quote, general: isGeneral(q), text: groundingText(q.text, q.why) })),
    ...plan.expect.map((e) => ({ id: e.id, quote: e.quote, general: isGeneral(e), text: groundingText(e.text, e.hint) })),
  ];
  const ctx = quoteContext(posting);
  let found = 0;
  const grounding = { honest: 0, dishonest: 0, general: 0 };
  for (const { id, quote, general, text } of grounded) {
    if (general) {
      grounding.general++;
      if (quote) issues.push({ kind: 'quote', item: id, detail: `a general item carries a quote: “${quote}”` });
      continue;
    }
    if (quote && quotable.includes(squash(quote))) found++;
    else issues.push({ kind: 'quote', item: id, detail: `quote not in the posting: “${quote}”` });
    if (isHonestQuote(quote, text, ctx)) grounding.honest++;
    else {
      grounding.dishonest++;
      issues.push({ kind: 'dishonest', item: id, detail: `the quote does not support the item: “${snippetOf(quote ?? '')}”` });
    }
  }
  const planUses = new Map<string, number>();
  for (const { id, quote, general } of grounded) {
    if (general || !quote) continue;
    planUses.set(quote, (planUses.get(quote) ?? 0) + 1);
    if (planUses.get(quote) === MAX_PLAN_USES + 1) issues.push({ kind: 'overquoted', item: id, detail: `more than ${MAX_PLAN_USES} items of the plan quote “${snippetOf(quote)}”` });
  }
  for (const part of [plan.research, plan.questions, plan.expect]) {
    const uses = new Map<string, number>();
    for (const { id, quote, general } of part) {
      if (general || !quote) continue;
      uses.set(quote, (uses.get(quote) ?? 0) + 1);
      if (uses.get(quote) === MAX_USES + 1) issues.push({ kind: 'overquoted', item: id, detail: `more than ${MAX_USES} items of its part quote “${snippetOf(quote)}”` });
    }
  }
  const quoted = grounded.length - grounding.general;
  const count = (kinds: readonly IssueKind[]) => issues.filter((i) => kinds.includes(i.kind)).length;
  return {
    items: grounded.length,
    quotes: { found, total: quoted },
    grounding,
    frameReuse,
    entityErrors: count(['entity']),
    grammar: count(GRAMMAR_KINDS),
    issues,
  };
}
