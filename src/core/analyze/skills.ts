/**
 * Finding the skills a posting names, from the lexicon in data/skills.json. Text is cut into
 * tokens that keep the punctuation skill names carry (C++, C#, .NET, Node.js, CI/CD,
 * scikit-learn), and runs of up to four tokens are looked up in a map, so the cost grows with
 * the text, not with the size of the lexicon. Names that are ordinary words in lower case
 * (Go, Swift, Excel) match only as written; the shortest ones count only next to another skill.
 */
import type { Sentence } from './sections';

export type SkillCategory =
  | 'language' | 'framework' | 'library' | 'database' | 'cloud' | 'devops' | 'data' | 'ml' | 'mobile'
  | 'frontend' | 'testing' | 'security' | 'tool' | 'os' | 'method' | 'design' | 'product' | 'marketing'
  | 'sales' | 'finance' | 'hr' | 'legal' | 'healthcare' | 'engineering' | 'supply-chain' | 'support'
  | 'office' | 'certification' | 'domain' | 'format';

export interface LexiconEntry {
  name: string;
  aliases?: string[];
  category: SkillCategory;
  caseSensitive?: boolean;
  ambiguous?: boolean;
}

export interface SkillMatch {
  /** The skill as this posting writes it ("k8s", "Postgres"), so the plan repeats its words. */
  name: string;
  /** The lexicon's name for it ("Kubernetes", "PostgreSQL"). */
  canonical: string;
  category: SkillCategory;
  /** Sentences that name it, in order. */
  sentences: Sentence[];
}

/**
 * The lexicon as data/skills.json stores it, compact because the extension pages fetch it at
 * startup: the entries of each category, each written "name|alias|alias", with "!" in front
 * when it matches only as written (caseSensitive) and "?" when it is ambiguous.
 */
export type CompactLexicon = Partial<Record<SkillCategory, string[]>>;

export function parseLexicon(data: CompactLexicon): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const [category, lines] of Object.entries(data) as [SkillCategory, string[]][]) {
    for (const line of lines) {
      const flags = /^[!?]*/.exec(line)![0];
      const [name, ...aliases] = line.slice(flags.length).split('|');
      const entry: LexiconEntry = { name: name!, category };
      if (aliases.length > 0) entry.aliases = aliases;
      if (flags.includes('!')) entry.caseSensitive = true;
      if (flags.includes('?')) entry.ambiguous = true;
      entries.push(entry);
    }
  }
  return entries;
}

let installed: LexiconEntry[] | null = null;

/**
 * The lexicon is not bundled into the code that uses it: the extension pages fetch it beside
 * their script (so the popup's JavaScript stays small), Node reads it with the code
 * (bundled-lexicon.ts). Whoever starts the analysis installs it first.
 */
export function installLexicon(data: CompactLexicon): void {
  installed = parseLexicon(data);
  index = null;
}

export function lexiconEntries(): LexiconEntry[] {
  if (!installed) throw new Error('The skills lexicon is not loaded yet (installLexicon was not called).');
  return installed;
}

// A slash always separates tokens ("Java/Spring Boot", "React/Redux"); names that contain one
// (CI/CD, SAP S/4HANA) are tokenized the same way in the index, so they still match.
const TOKEN = /(?:(?<![\p{L}\p{N}])\.)?[\p{L}\p{N}][\p{L}\p{N}+#]*(?:[.\-&'][\p{L}\p{N}][\p{L}\p{N}+#]*)*/gu;
const MAX_PHRASE_TOKENS = 6;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

interface Index {
  exact: Map<string, LexiconEntry>;
  folded: Map<string, LexiconEntry>;
}

let index: Index | null = null;

/** Built once, on first use, so loading the popup does not pay for it before it is needed. */
function getIndex(): Index {
  if (index) return index;
  const exact = new Map<string, LexiconEntry>();
  const folded = new Map<string, LexiconEntry>();
  for (const entry of lexiconEntries()) {
    for (const form of formsOf(entry)) {
      const key = tokenize(form).join(' ');
      if (!key) continue;
      if (entry.caseSensitive) exact.set(key, entry);
      else folded.set(key.toLowerCase(), entry);
    }
  }
  index = { exact, folded };
  return index;
}

function lookup(phrase: string, idx: Index): LexiconEntry | undefined {
  return idx.exact.get(phrase) ?? idx.folded.get(phrase.toLowerCase());
}

export interface SkillMention {
  entry: LexiconEntry;
  /** The words as the text has them. */
  text: string;
  /** The first word of the text, where any word is capitalised. */
  atStart: boolean;
}

/** The lexicon entries a piece of text names, longest phrase first at each position. */
export function skillsIn(text: string): SkillMention[] {
  const idx = getIndex();
  const tokens = tokenize(text);
  const found: SkillMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let matched = false;
    for (let n = Math.min(MAX_PHRASE_TOKENS, tokens.length - i); n >= 1 && !matched; n--) {
      const phrase = tokens.slice(i, i + n).join(' ');
      const entry = lookup(phrase, idx);
      if (entry) {
        found.push({ entry, text: phrase, atStart: i === 0 });
        i += n - 1;
        matched = true;
      }
    }
    if (matched) continue;
    // "Python-based", "AWS-certified": try the parts of a hyphenated token.
    const token = tokens[i]!;
    if (token.includes('-')) {
      for (const part of token.split('-')) {
        const entry = part.length > 0 ? lookup(part, idx) : undefined;
        if (entry) found.push({ entry, text: part, atStart: false });
      }
    }
  }
  return found;
}

function formsOf(entry: LexiconEntry): string[] {
  return [entry.name, ...(entry.aliases ?? [])];
}

function writtenForm(entry: LexiconEntry, text: string): string | undefined {
  return formsOf(entry).filter((form) => form.length >= 2 && text.includes(form)).sort((a, b) => b.length - a.length)[0];
}

function isConcept(entry: LexiconEntry): boolean {
  return entry.name === entry.name.toLowerCase();
}

/** Skills named in the posting, each with the sentences that name it, most prominent first. */
export function findSkills(sentences: Sentence[], title: string): SkillMatch[] {
  const byName = new Map<string, SkillMatch>();
  const inTitle = new Set(skillsIn(title).map((m) => m.entry.name));
  for (const sentence of sentences) {
    const mentions = skillsIn(sentence.text);
    // "Swift decisions matter.": a name that is an ordinary word in lower case proves nothing
    // when it opens the sentence, where every word is capitalised.
    // A list item that is nothing but the name ("- Excel") is the skill, though.
    const whole = sentence.text.replace(/[.;:!]+$/, '').trim();
    const doubtful = (m: SkillMention) => m.entry.ambiguous === true || (m.entry.caseSensitive === true && m.atStart && m.text !== whole);
    const certain = mentions.filter((m) => !doubtful(m));
    const asked = sentence.section === 'requirements' || sentence.section === 'nice';
    for (const mention of mentions) {
      const { entry, text } = mention;
      // "Go" or "R" alone in a sentence is more likely English than a language.
      if (doubtful(mention) && certain.length === 0) continue;
      // A lower-case concept ("customer support", "open source") names a skill only where the
      // posting asks for it; elsewhere it is usually a team to work with or a description.
      if (!asked && isConcept(entry)) continue;
      // The tokenizer joins tokens with single spaces; the sentence may have had other spacing.
      // Tokens joined across other marks ("AWS（ECS" read as "AWS ECS") are written as the
      // longest form of the entry the sentence holds ("ECS"), not a name it never uses.
      const found = sentence.text.includes(text) ? text : (writtenForm(entry, sentence.text) ?? entry.name);
      // A name in capitals where the lexicon writes it otherwise is shouted ("SHAREPOINT
      // DEVELOPER - C# / ASP.NET" heading an old board's ad): it is named as the lexicon names it.
      const written = found === found.toUpperCase() ? (formsOf(entry).find((f) => f !== found && f.toLowerCase() === found.toLowerCase()) ?? found) : found;
      const match = byName.get(entry.name) ?? { name: written, canonical: entry.name, category: entry.category, sentences: [] };
      if (!match.sentences.includes(sentence)) match.sentences.push(sentence);
      byName.set(entry.name, match);
    }
  }
  const weight = (m: SkillMatch) =>
    (inTitle.has(m.canonical) ? 10 : 0) +
    m.sentences.reduce((w, s) => w + (s.section === 'requirements' || s.section === 'role' ? 2 : s.section === 'nice' ? 0.5 : 1), 0);
  // Office software ("Microsoft Office", "Outlook", "data entry") is asked of nearly every desk
  // job, so it says least about this one: it comes after the skills that do, unless the title
  // names it ("Excel Reporting Analyst").
  const everyday = (m: SkillMatch) => (isEverydaySoftware(m) && !inTitle.has(m.canonical) ? 1 : 0);
  return [...byName.values()].sort((a, b) => everyday(a) - everyday(b) || weight(b) - weight(a) || a.sentences[0]!.index - b.sentences[0]!.index);
}

/** Office software: the tools of any desk job, not the work of a team ("the hardest Outlook problem"). */
function isEverydaySoftware(skill: Pick<SkillMatch, 'category'>): boolean {
  return skill.category === 'office';
}

/**
 * The skills that say what the work is: not a certification, which is held rather than worked
 * with ("How does the team use PRINCE2"), nor office software, which every desk job asks for
 * ("my experience with Microsoft Office would help the team").
 */
export function workSkillsOf<T extends Pick<SkillMatch, 'category'>>(skills: T[]): T[] {
  return skills.filter((k) => k.category !== 'certification' && !isEverydaySoftware(k));
}

/**
 * A practice is work one does ("inside sales", "contract drafting", "customer discovery"); the
 * lexicon writes those in lower case, and names of things one uses in capitals ("Kafka",
 * "Salesforce", "Scrum"). A plan asks how a team uses a tool, and how it does a practice.
 */
export function isPractice(skill: Pick<SkillMatch, 'canonical'>): boolean {
  return /^\p{Ll}/u.test(skill.canonical);
}

/** Technical nouns the lexicon leaves out because alone they name no skill to ask about. */
const TECH_WORDS = new Set('api apis sdk sdks cli rest restful microservices backend frontend database databases iac mvc'.split(' '));

/**
 * True when every word of the phrase belongs to a skill the lexicon names, or is a technical
 * noun ("API REST", "Kubernetes", "CDI"): a technology, not a product or a team.
 */
export function isTechnology(phrase: string): boolean {
  const words = tokenize(phrase);
  if (words.length === 0) return false;
  const covered = new Set<string>();
  for (const m of skillsIn(phrase)) for (const w of tokenize(m.text)) covered.add(w.toLowerCase());
  return words.every((w) => covered.has(w.toLowerCase()) || TECH_WORDS.has(w.toLowerCase()));
}
