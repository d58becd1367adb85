/**
 * What a careful reader notices in a posting, each with the sentence that shows it: seniority,
 * skills, values, mission, work mode, team names, company stage, industry, the interview
 * process, pay, and the points a candidate should ask about. Rules over the posting's own
 * text, no network; a signal without evidence in the text is not reported.
 */
import type { JobPosting, WorkMode } from '../posting';
import { escapeRegExp } from '../text';
import { type Seniority, seniorityFromTitle } from '../seniority';
import { WORK_MODE_RULES, workModeIn } from '../work-mode';
import { CLIENT_WORDS, clientDescribedIn, clientNamedIn, isAgencyName, sameOrganisation } from '../agency';
import { isPlace } from './regions';
import { isCallOrLink, type Sentence, splitDescription } from './sections';
import { findSkills, isTechnology, type SkillMatch } from './skills';
import { FULLY, HOME_WORKING, LEARNING_SUPPORT, ON_CALL, SHIFTS, TRAVEL } from './work-terms';

export type { Seniority } from '../seniority';

export interface Evidence<T = string> {
  value: T;
  /**
   * The exact sentence of the description that shows it, or null when only the title or the
   * structured data does (the seniority in "Senior Engineer"): a title is not a quote.
   */
  quote: string | null;
  /** The posting's own words that matched ("work closely with"), when a rule matched them. */
  words?: string;
}

export type RoleFamily =
  | 'engineering' | 'data' | 'design' | 'product' | 'sales' | 'marketing' | 'support'
  | 'operations' | 'finance' | 'people' | 'legal' | 'healthcare' | 'research' | 'education' | 'other';


export type ClarifyKind =
  | 'no-salary' | 'vague-scope' | 'many-hats' | 'fast-paced' | 'hype-words' | 'long-requirements'
  | 'unpaid-work' | 'reposted' | 'unlimited-pto' | 'family' | 'competitive-pay' | 'agency-client';

export interface Signals {
  title: string;
  /** The employer; null when the posting does not name it (an agency's unnamed client included). */
  company: string | null;
  /**
   * A recruiting agency hiring for an employer it does not name: the agency's name, the
   * sentence that shows it, and as `words` the employer as the agency describes it ("a major UK
   * water utility"), when it does.
   */
  agency: Evidence | null;
  location: string | null;
  family: RoleFamily;
  seniority: Evidence<Seniority>;
  managesPeople: Evidence | null;
  years: Evidence<number> | null;
  skills: SkillMatch[];
  softSkills: Evidence[];
  values: Evidence[];
  mission: Evidence | null;
  workMode: Evidence<WorkMode> | null;
  travel: Evidence | null;
  onCall: Evidence | null;
  /** Shift work: rotas, nights, two or three shifts a day. */
  shifts: Evidence | null;
  /** Support for learning the employer offers (training, courses), in the posting's words. */
  learningSupport: Evidence | null;
  teams: Evidence[];
  products: Evidence[];
  /** Funding stage or kind of company, in the posting's words ("Series B", "startup"). */
  stage: Evidence[];
  /** Headcount, in the posting's words ("180 people"). */
  size: Evidence | null;
  /** The industry or domain, in the posting's words ("payments", "AI"). */
  industry: Evidence | null;
  process: Evidence[];
  compensation: Evidence | null;
  clarify: Evidence<ClarifyKind>[];
  responsibilities: Sentence[];
  requirements: Sentence[];
  niceToHave: Sentence[];
  sentences: Sentence[];
  /** The description as extracted: what every quote is a part of. */
  description: string;
  language: string | null;
}

const FAMILY_RULES: [RoleFamily, RegExp][] = [
  ['data', /\b(?:data|analytics|analyst|machine learning|ml|ai|scientist|bi)\b/i],
  ['engineering', /\b(?:engineer\w*|developer|programmer|sre|devops|architect|software|firmware|qa|tester|technical lead|cto)\b/i],
  ['design', /\b(?:designer|design|ux|ui|researcher|illustrator|art director)\b/i],
  ['product', /\b(?:product manager|product owner|product lead|head of product|pm|program manager)\b/i],
  ['sales', /\b(?:sales|account executive|account manager|business development|bdr|sdr|partnerships)\b/i],
  ['marketing', /\b(?:marketing|seo|content|brand|growth|communications|copywriter|social media)\b/i],
  ['support', /\b(?:support|customer success|customer service|helpdesk|service desk)\b/i],
  ['finance', /\b(?:finance|financial|accountant|accounting|controller|auditor|tax|treasury|fp&a|bookkeeper)\b/i],
  ['people', /\b(?:recruiter|talent|hr|human resources|people partner|people operations)\b/i],
  ['legal', /\b(?:counsel|lawyer|attorney|paralegal|legal|compliance)\b/i],
  ['healthcare', /\b(?:nurse|physician|clinical|pharmacist|therapist|medical|doctor|dentist|care)\b/i],
  ['research', /\b(?:research|scientist|phd|postdoc)\b/i],
  ['education', /\b(?:teacher|tutor|instructor|lecturer|professor)\b/i],
  ['operations', /\b(?:operations|logistics|supply chain|warehouse|procurement|office manager|coordinator)\b/i],
];


const SOFT_SKILLS: [string, RegExp][] = [
  ['communication', /\bcommunicat(?:e|ion|or)\b/i],
  ['collaboration', /\bcollaborat(?:e|ion|ive)|cross-functional|work closely with\b/i],
  ['leadership', /\blead(?:ership|ing)? (?:a |the )?(?:team|teams|people|by example|initiatives|projects)|\bleadership\b/i],
  ['mentoring', /\bmentor(?:ing|ship)?\b|\bcoach(?:ing)? (?:others|engineers|team)/i],
  ['problem solving', /\bproblem[- ]solv(?:ing|er)|solve (?:hard|complex|difficult) problems/i],
  ['ownership', /\bownership\b|\btake (?:full )?ownership|\bown (?:the|projects|features|outcomes)\b|end[- ]to[- ]end/i],
  ['prioritisation', /\bprioriti[sz]/i],
  ['stakeholder management', /\bstakeholders?\b/i],
  ['adaptability', /\badapt(?:able|ability)|ambiguity|changing priorities/i],
  ['attention to detail', /\battention to detail|detail[- ]oriented|meticulous/i],
  ['customer focus', /\bcustomer[- ](?:focus|obsess|centric|facing)|customers? first/i],
  ['independence', /\bself[- ](?:starter|motivated|directed)|independently|autonomous(?:ly)?/i],
  ['analytical thinking', /\banalytical\b|data[- ]driven/i],
  ['presentation', /\bpresent(?:ing|ation)s? (?:to|skills)|public speaking/i],
  ['negotiation', /\bnegotiat/i],
  ['learning', /\beager to learn|growth mindset|curious|curiosity|learn quickly|continuous learning/i],
];

/** The qualities' names, which the plan's quality check treats as a template's fillings. */
export const SOFT_SKILL_NAMES: readonly string[] = SOFT_SKILLS.map(([name]) => name);

/**
 * Values and culture words. The label is the posting's own word (lower-cased), with an
 * adjective turned into its noun ("transparent" -> "transparency") so it reads after "puts
 * weight on"; every label shares its stem with the words that matched, so nothing is invented.
 */
const VALUES: RegExp[] = [
  /\b(?:ai )?safety\b/i,
  /\btranspar(?:ency|ent)\b/i,
  /\bintegrity\b|\bhonest(?:y)?\b/i,
  /\binclusi(?:on|ve)\b/i,
  /\bdiversity\b/i,
  /\bbelonging\b/i,
  /\bcustomer obsession\b/i,
  /\bownership\b/i,
  /\bhumility\b|\bhumble\b/i,
  /\bcuriosity\b|\bcurious\b/i,
  /\bcraftsmanship\b|\bcraft\b/i,
  /\bexcellence\b/i,
  /\bsustainability\b|\bsustainable\b/i,
  /\bopen[- ]source\b/i,
  /\bwork[- ]life balance\b/i,
  /\bwell-?being\b/i,
  /\bflexibility\b/i,
  /\blearning (?:culture|budget)\b|\bprofessional development\b/i,
  /\bbias for action\b|\bmove fast\b/i,
  /\bteamwork\b/i,
  /\baccessibility\b/i,
  /\buser privacy\b|\bprivacy\b(?= (?:first|matters|by design))/i,
  /\bempathy\b/i,
  /\baccountability\b/i,
  /\btrust\b(?= (?:each other|and respect|is))/i,
];

const NOUN_FORMS: Record<string, string> = {
  transparent: 'transparency', honest: 'honesty', inclusive: 'inclusion', humble: 'humility', curious: 'curiosity',
  sustainable: 'sustainability', craft: 'craft', 'open-source': 'open source', 'move fast': 'moving fast',
  'learning budget': 'learning', 'learning culture': 'learning', 'wellbeing': 'well-being',
};

/** Industries and domains, named with the posting's own word (its case kept for AI, SaaS). */
const INDUSTRY = /\b(?:artificial intelligence|AI|machine learning|generative AI|large language models|LLMs|fintech|payments|banking|lending|financial services|insurance|insurtech|healthcare|health care|health tech|biotech|pharmaceuticals?|life sciences|drug discovery|medical devices|cyber ?security|e-?commerce|retail|edtech|education|video games|gaming|renewable energy|clean energy|energy storage|battery storage|climate tech|energy|logistics|freight|shipping|supply chain|automotive|mobility|electric vehicles|SaaS|developer tools|cloud infrastructure|data cent(?:er|re)s|media|publishing|streaming|real estate|proptech|telecommunications|telecom|semiconductors|public sector|government|non-?profit|travel(?= (?:and|&) (?:tourism|hospitality|leisure)\b| (?:industry|sector|market|compan(?:y|ies)|business|brands?|tech(?:nology)?|agenc(?:y|ies)|platforms?|booking)\b)|sports(?= (?:and|&) (?:entertainment|leisure|recreation)\b| (?:industry|sector|market|business|franchises?|teams?|clubs?|organi[sz]ations?|entertainment)\b)|professional sports|tourism|hospitality|food delivery|agriculture|manufacturing|construction|legal tech|advertising|marketing technology|robotics|aerospace|defen[cs]e)\b/;

/** Stage and size, as the posting puts it: the matched words are shown, quoted. */
// ("Support new equipment start-up and commissioning": a machine's start-up is no company's stage.)
const STAGE = /\b(?:pre-seed|seed[- ](?:stage|funded)|early[- ]stage(?: startup| company)?|series [A-H](?: funding| round| company| startup)?|venture[- ](?:backed|funded)|(?<!\b(?:equipment|plant|system|machine|line|engine|boiler|unit|site|store|project|production) )start-?up(?! (?:and|&) commissioning| of (?:[a-z]+ ){0,3}(?:equipment|plant|line|system|machines?)\b)|fast[- ]growing|hyper-?growth|scale-?up|publicly traded|public company|Fortune \d{2,3}|profitable|bootstrapped|family[- ]owned|multinational)\b/i;
const SIZE = /\b(?:over |more than |nearly |almost |about )?\d[\d,.]*\+?\s*(?:k\s+)?(?:employees|people|team members|colleagues|staff)\b/i;

const PROCESS_RULES: [string, RegExp][] = [
  ['take-home exercise', /\btake[- ]home|\bhome assignment|\bcoding (?:challenge|exercise|test)\b/i],
  ['technical interview', /\btechnical (?:interview|screen|assessment)|\bsystem design interview|\bpair[- ]programming (?:interview|session)|\bcoding interview/i],
  ['case study', /\bcase (?:study|interview)\b/i],
  ['presentation', /\b(?:prepare|give|deliver) a presentation|\bpresentation round|\bportfolio (?:review|presentation)/i],
  ['on-site interviews', /\bon-?site interviews?|\bfinal round|\bsuper ?day\b/i],
  ['recruiter call', /\b(?:recruiter|phone|intro(?:ductory)?) (?:call|screen)\b/i],
  ['checks', /\bbackground check|\breference checks?|\bdrug (?:test|screen)|\bsecurity clearance\b/i],
];

const CLARIFY_RULES: [ClarifyKind, RegExp][] = [
  ['vague-scope', /\bother duties as assigned|\bas (?:needed|required) by the business|\band other (?:related )?(?:tasks|duties)\b/i],
  ['many-hats', /\bwear (?:many|multiple|lots of) hats\b/i],
  ['fast-paced', /\bfast[- ]paced\b|\bhigh[- ]pressure\b|\bwork hard,? play hard\b/i],
  ['hype-words', /\b(?:rock ?stars?|ninjas?|gurus?|wizards?|superstars?|unicorns?|10x)\b/i],
  ['unpaid-work', /\bunpaid\b|\btrial (?:day|week|period|project)\b|\bfree (?:trial )?work\b/i],
  ['reposted', /\breposted\b|\bre-?advertised\b|\bprevious applicants need not\b/i],
  ['unlimited-pto', /\bunlimited (?:pto|vacation|paid time off|holidays?)\b/i],
  ['family', /\bwe(?:['’]re| are) (?:like )?a family\b/i],
  ['competitive-pay', /\bcompetitive (?:salary|pay|compensation)\b/i],
];

/** Words that say a figure is the pay. */
const PAY_WORDS = /\b(?:salary|salaries|pay range|base pay|compensation|wages?|hourly rate|OTE|on-target earnings|gehalt|jahresgehalt|salaire|rémunération|salario|retribución|stipendio|retribuzione|salaris|løn|lønn|lön|wynagrodzenie|salário)\b/i;
/** A figure with a period of pay: "$40 an hour", "€55k per annum". */
const PAY_PERIOD = /\b(?:per (?:year|hour|annum|month)|a (?:year|month)|an hour|annually|\/(?:yr|year|hour|hr|h)\b)/i;
/** Words that say a figure is a perk's: a budget, an allowance, a stipend, a health benefit. */
const PERK_WORDS = /\b(?:stipend|allowance|budget|reimburse\w*|credits?|match(?:ing)?|referral|voucher|discount|per diem|home[- ]office|equipment|learning|wellness|gym|meals?|relocation|HRA|HSA|FSA|401\(?k\)?|fertility|insurance|coverage|childcare|commuter|sign[- ]on|signing|premium|differential|shift allowance)\b/i;
/** A figure about the business, not the pay: "$18 million a year in sales", "raised €40m". */
const BUSINESS_FIGURE = /[$€£]\s?\d[\d,.]*\s?(?:million|billion|bn|mn|m|b)\b|\b(?:revenue|in sales|turnover|funding|raised|valuation|ARR|under management)\b/i;
const SALARY = /(?:[$€£]|\b(?:USD|EUR|GBP|CAD|AUD|CHF|DKK|SEK|NOK)\s?)\s?\d[\d,.]*\s?[kK]?(?:\s*(?:-|–|—|to|and)\s*(?:[$€£]|\b(?:USD|EUR|GBP|CAD|AUD|CHF|DKK|SEK|NOK)\s?)?\s?\d[\d,.]*\s?[kK]?)?/;

/** The first match of a pattern in the preferred sentences, as evidence with its matched words. */
function matchedWords(sentences: Sentence[], pattern: RegExp, prefer?: (s: Sentence) => boolean, accept: (text: string, at: number, word: string) => boolean = () => true): Evidence | null {
  const ordered = prefer ? [...sentences.filter(prefer), ...sentences.filter((s) => !prefer(s))] : sentences;
  const every = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const sentence of ordered) {
    for (const match of sentence.text.matchAll(every)) {
      if (accept(sentence.text, match.index, match[0])) return { value: match[0], quote: sentence.text };
    }
  }
  return null;
}

/**
 * A stage word in what the candidate has done ("You've done something awesome: a project, a
 * paper, a startup", "experience at an early-stage startup") is the candidate's past, not the
 * company's stage.
 */
function notTheCandidatesPast(text: string, at: number): boolean {
  return !/\b(?:you(?:'|’)ve|you have|you had|your own|(?:worked|experience|background) (?:at|in|with))\b/i.test(text.slice(0, at));
}

/**
 * An industry word joined by a hyphen to another word is part of an adjective about something
 * else: a "high-energy salesperson" works in no energy business, "retail-ready packaging" is no
 * retailer, a "media-savvy" candidate no publisher.
 */
function standsAlone(text: string, at: number, word: string): boolean {
  return !/\p{L}-$/u.test(text.slice(0, at)) && !/^-\p{L}/u.test(text.slice(at + word.length));
}

/**
 * Industry words that are also everyday nouns: "projects in operation or construction" is a
 * phase, "social media" a channel, "internal mobility" a perk, "process payments" a duty. They
 * name the industry only where the sentence says so: followed by a word for a business or a
 * sector ("a construction company", "the retail, travel and media industries"), or after "in"
 * ("we work in construction").
 */
const EVERYDAY_INDUSTRY = /^(?:construction|education|media|retail|energy|shipping|government|publishing|streaming|gaming|payments|mobility|insurance|lending|banking|advertising|manufacturing|agriculture|hospitality|tourism|defen[cs]e|freight|logistics|public sector)$/i;
const BUSINESS_AFTER = /^(?:\s*(?:,|and|&|or)\s*[\p{L}-]+(?: [\p{L}-]+)?)*\s+(?:industry|industries|sectors?|markets?|space|trades?|compan(?:y|ies)|firms?|business(?:es)?|group|providers?|brands?|organi[sz]ations?|leaders?|giants?|platforms?|start-?ups?|scale-?ups?|technolog(?:y|ies)|solutions|services|specialists?|contractors?|operators?|software|tools|applications|apps|products|analytics|systems|infrastructure|claims|data)\b/iu;
const INDUSTRY_BEFORE = /\b(?:in|into|within|across) (?:the )?$/i;

function namesIndustry(company: string | null): (text: string, at: number, word: string) => boolean {
  // The employer's own name says what it does: "Tidewater Freight Lines" is in freight.
  const named = company ? new RegExp(String.raw`(?<!\p{L})(?:${[...company.matchAll(/\p{L}+/gu)].map((m) => m[0]).join('|') || '(?!)'})(?!\p{L})`, 'iu') : null;
  return (text, at, word) => {
    if (!standsAlone(text, at, word)) return false;
    if (!EVERYDAY_INDUSTRY.test(word)) return true;
    return BUSINESS_AFTER.test(text.slice(at + word.length)) || INDUSTRY_BEFORE.test(text.slice(0, at)) || (named !== null && named.test(word));
  };
}

const THINGS = String.raw`(?:data|datasets?|systems?|records?|accounts?|information|files?|reports?|code|codebase|databases?|ledgers?|software|pipelines?|transactions?|numbers|figures)`;
const SAID_OF_THINGS = new RegExp(String.raw`^\s+of\s+(?:the\s+|our\s+|its\s+|their\s+|all\s+|your\s+)?(?:[\w-]+\s+)?${THINGS}\b`, 'i');
const THINGS_BEFORE = new RegExp(String.raw`\b${THINGS}\s+$`, 'i');

function valuesOf(sentences: Sentence[], prefer: (s: Sentence) => boolean): Evidence[] {
  // A perk is not a value the posting stresses: "a $1,500 annual learning budget" or "wellness
  // days" among the benefits say what the job gives, not how the company works.
  const stated = sentences.filter((s) => s.section !== 'benefits');
  const ordered = [...stated.filter(prefer), ...stated.filter((s) => !prefer(s))];
  const out = new Map<string, Evidence>();
  for (const pattern of VALUES) {
    for (const sentence of ordered) {
      const match = pattern.exec(sentence.text);
      if (!match) continue;
      // "Inclusive Healthcare Package" is the name of a benefit, not a value the posting stresses.
      if (/^[A-Z]/.test(match[0]) && /^ [A-Z]/.test(sentence.text.slice(match.index + match[0].length))) continue;
      // "the accuracy and integrity of our records", "data integrity": said of things, a value
      // word names a quality of data or systems, not a value of the people who work there.
      if (SAID_OF_THINGS.test(sentence.text.slice(match.index + match[0].length)) || THINGS_BEFORE.test(sentence.text.slice(0, match.index))) continue;
      const word = match[0].toLowerCase();
      const label = NOUN_FORMS[word] ?? word;
      if (!out.has(label)) out.set(label, { value: label, quote: sentence.text });
      break;
    }
    if (out.size >= 8) break;
  }
  return [...out.values()];
}

/** Lower-case a matched word unless it is an acronym or a name written in its own case. */
function asWritten(word: string): string {
  return /^[A-Z]{2,}s?$|[a-z][A-Z]/.test(word) ? word : word.toLowerCase();
}

/**
 * Products and projects the posting names: capitalised names that are not the company, a
 * skill, a team, a place or an ordinary word, and that either come with a product cue ("our X
 * platform", "the X app", "launch of X") or appear more than once.
 */
function productsOf(sentences: Sentence[], s: { company: string | null; skills: SkillMatch[]; teams: Evidence[]; location: string | null; title: string }): Evidence[] {
  const skip = new Set<string>(
    [s.company ?? '', ...s.skills.map((k) => k.name), ...s.teams.map((t) => t.value.replace(/ team$/, '')), ...(s.location ?? '').split(/[,;()]/), ...s.title.split(/[\s,()-]+/)]
      .map((w) => w.trim().toLowerCase())
      .filter(Boolean),
  );
  const counts = new Map<string, { n: number; cue: boolean; quote: string }>();
  const NAME = /(?<=[a-z,;:]\s|\b(?:our|the|with|of|on|using|into|for)\s)((?:[A-Z][a-z0-9]+|[a-z]+[A-Z][A-Za-z0-9]*|[A-Z]{2,}[a-z]*)(?:\s(?:[A-Z][a-z0-9]+|[A-Z]{2,}))?)(?![\w.+#-]|[À-ɏ])(?=(\s(?:platform|product|app|apps|engine|API|SDK|suite|service|cloud|studio|console|editor|browser|marketplace|network)\b)?)/g;
  for (const sentence of sentences) {
    if (sentence.section === 'legal' || sentence.section === 'benefits') continue;
    for (const match of sentence.text.matchAll(NAME)) {
      const name = match[1]!;
      const key = name.toLowerCase();
      // A region is where the work happens, not something the company builds ("EMEA", "North America").
      // A language or nationality ("our French markets") or a technology ("API REST") is not one either.
      if (skip.has(key) || COMMON_CAPITALISED.has(key) || isPlace(name) || isTechnology(name) || name.length < 3 || (s.company && s.company.toLowerCase().includes(key))) continue;
      // "Customer Success", "International Sales", "Manager Farm" (of the title): a department or
      // the role's own words, not a product.
      if (key.split(' ').every((w) => skip.has(w) || COMMON_CAPITALISED.has(w) || DEPARTMENT_WORDS.has(w))) continue;
      const entry = counts.get(key) ?? { n: 0, cue: false, quote: sentence.text };
      entry.n++;
      // "our" alone is no cue: "our French markets", "our Applied Group", "our Accommodations
      // form". A product noun after the name is, and so is a verb of making before it.
      entry.cue ||= Boolean(match[2]) || /\b(?:launch(?:ed|es)? of|launched|(?:our|the) product|build(?:s|ing)?|built|ship(?:s|ped)?|behind)\s+$/i.test(sentence.text.slice(0, match.index));
      counts.set(key, entry);
    }
  }
  return [...counts.entries()]
    // Only a name with a cue: a capitalised phrase seen twice is as often a contract type
    // ("CDI") or a programme ("United Nations") as a product.
    .filter(([, e]) => e.cue)
    .sort((a, b) => b[1].n - a[1].n)
    .slice(0, 3)
    .map(([key, e]) => ({ value: e.quote.match(new RegExp(escapeRegExp(key), 'i'))![0], quote: e.quote }));
}

/** Words that name a department or a function, not a product. */
const DEPARTMENT_WORDS = new Set(
  ('engineering sales marketing finance operations support success customer customers product design research legal people talent ' +
    'international global regional data security platform infrastructure business development partnerships growth').split(' '),
);

/** Capitalised words that are not names of products: days, months, places, role words. */
const COMMON_CAPITALISED = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'we you our your they this that these those the a an and or but if when while with for from into about as at by in on of to is are be it its ' +
    'senior junior lead staff principal engineer engineers manager developer designer analyst scientist director head team teams role position company ' +
    'europe european america american usa us uk eu asia africa australia canada germany france london berlin paris new york san francisco ' +
    'ceo cto cfo coo vp hr it qa ui ux pm okrs okr kpi kpis faq pto eeo').split(' '),
);

function firstMatch<T>(sentences: Sentence[], rules: [T, RegExp][], prefer?: (s: Sentence) => boolean): Evidence<T> | null {
  const ordered = prefer ? [...sentences.filter(prefer), ...sentences.filter((s) => !prefer(s))] : sentences;
  for (const sentence of ordered) {
    for (const [value, pattern] of rules) {
      const match = pattern.exec(sentence.text);
      if (match) return { value, quote: sentence.text, words: match[0] };
    }
  }
  return null;
}

function allMatches<T>(sentences: Sentence[], rules: [T, RegExp][], limit: number, prefer?: (s: Sentence) => boolean): Evidence<T>[] {
  const ordered = prefer ? [...sentences.filter(prefer), ...sentences.filter((s) => !prefer(s))] : sentences;
  const out: Evidence<T>[] = [];
  for (const [value, pattern] of rules) {
    const sentence = ordered.find((s) => pattern.test(s.text));
    if (sentence) out.push({ value, quote: sentence.text, words: pattern.exec(sentence.text)![0] });
    if (out.length >= limit) break;
  }
  return out;
}

/** The seniority comes from the title, which is not a sentence of the description to quote. */
function seniorityOf(title: string): Evidence<Seniority> {
  return { value: seniorityFromTitle(title), quote: null };
}

function yearsOf(sentences: Sentence[]): Evidence<number> | null {
  const pattern = /\b(\d{1,2})\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?(?:years?|yrs?)(?:['’])?(?: of)?\b(?:\s+\S+){0,5}?\s+(?:experience|expertise|background)/i;
  for (const sentence of sentences) {
    const match = pattern.exec(sentence.text);
    if (match) {
      const years = Number(match[1]);
      if (years > 0 && years <= 30) return { value: years, quote: sentence.text };
    }
  }
  return null;
}

/** "the Payments team", "our Data Platform team", "join the RL Engineering team". */
function teamsOf(sentences: Sentence[], company: string | null): Evidence[] {
  const pattern = /\b(?:[Tt]he|[Oo]ur|[Jj]oin(?: the)?|on the)\s+((?:[A-Z][\w&+/-]*|of|and|&)(?:\s+(?:[A-Z][\w&+/-]*|of|and|&)){0,4})\s+[Tt]eams?\b/g;
  const out = new Map<string, Evidence>();
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(pattern)) {
      const name = match[1]!.replace(/\s+(?:of|and|&)$/, '').trim();
      // "the EMEA team" names where people sit, not what they own.
      if (!name || /^(?:The|Our|Your|This|A|An|Whole|Entire|Core)$/.test(name) || name === company || isPlace(name) || isTechnology(name)) continue;
      if (!out.has(name.toLowerCase())) out.set(name.toLowerCase(), { value: `${name} team`, quote: sentence.text });
    }
    if (out.size >= 4) break;
  }
  return [...out.values()];
}

/**
 * The sentences that say what the company is or does: those under "About us", and any other
 * prose sentence (not a list item, not a duty or a requirement, not among the perks) that
 * names the company, speaks as "we", or talks of a company, client or sector. The industry is
 * read only here: "health insurance for you and your family" is a perk, "statutory payments"
 * a payroll clerk's duty, "some travel to the field station" a condition of the job and "at a
 * SaaS company" the candidate's past, not what the employer does.
 */
function aboutTheCompany(sentences: Sentence[], company: string | null): Sentence[] {
  const name = company ? company.toLowerCase() : null;
  return sentences.filter((s) =>
    s.section === 'about' ||
    (s.section !== 'benefits' && s.section !== 'requirements' && s.section !== 'nice' && s.shape === null && !s.bullet &&
      ((name !== null && s.text.toLowerCase().includes(name)) || COMPANY_CUE.test(s.text))),
  );
}

const COMPANY_CUE = /^(?:we|our)\b|\b(?:we(?:['’]re| are)|our (?:company|business|mission|customers|clients|platform|products?))\b|\b(?:company|organi[sz]ation|business|firm|group|provider|start-?up|scale-?up|industry|sector|client|employer|manufacturer|retailer|supplier|agency)\b/i;

/** A recruiter's own job at an agency ("Recruitment Consultant at Hays") is with the agency. */
const RECRUITING_ROLE = /\b(?:recruit\w*|resourcer|talent acquisition|headhunter|sourcer)\b/i;

/**
 * The name on the posting is a recruiting agency's, and the employer behind it is not named:
 * the name is an agency's and the job is not a recruiter's own, or the agency that posted it
 * speaks of its client ("My client, a major UK water utility, …"). A client the posting names
 * is the company already (extraction reads "our client, Acme, …").
 */
function agencyForUnnamedClient(posting: JobPosting, content: Sentence[], title: string): Evidence | null {
  const name = posting.company?.value;
  if (!name || clientNamedIn(posting.description?.value.slice(0, 5000) ?? '')) return null;
  const aboutClient = content.find((s) => CLIENT_WORDS.test(s.text));
  const postedBy = posting.postedBy?.value;
  const agency = aboutClient
    ? isAgencyName(name) || (postedBy !== undefined && sameOrganisation(postedBy, name))
    : isAgencyName(name) && !RECRUITING_ROLE.test(title);
  if (!agency) return null;
  const described = aboutClient ? clientDescribedIn(aboutClient.text) : null;
  return { value: name, quote: aboutClient?.text ?? null, ...(described ? { words: described } : {}) };
}

function familyOf(title: string): RoleFamily {
  for (const [family, pattern] of FAMILY_RULES) if (pattern.test(title)) return family;
  return 'other';
}

export function analyzePosting(posting: JobPosting): Signals {
  const title = posting.title?.value ?? 'this role';
  const description = posting.description?.value ?? '';
  const { sentences } = splitDescription(description);
  // Calls to apply or get in touch say nothing about the job, its skills or its values.
  const content = sentences.filter((s) => s.section !== 'legal' && !isCallOrLink(s.text));
  // An agency's name is not the company the candidate researches or would work for.
  const agency = agencyForUnnamedClient(posting, content, title);
  const company = agency ? null : (posting.company?.value ?? null);
  const aboutFirst = (s: Sentence) => s.section === 'about' || s.section === 'intro';
  const roleFirst = (s: Sentence) => s.section === 'role' || s.section === 'requirements';

  // A sentence that names the pay ("base salary", "pay range") beats one that only shows a
  // figure with a period or among the benefits; a figure beside a perk ("a $1,000 learning
  // budget", "fertility benefit up to $10,000 per year") is the perk's, not the pay.
  const salaryText =
    content.find((s) => SALARY.test(s.text) && PAY_WORDS.test(s.text)) ??
    content.find((s) => SALARY.test(s.text) && (s.section === 'benefits' || PAY_PERIOD.test(s.text)) && !PERK_WORDS.test(s.text) && !BUSINESS_FIGURE.test(s.text));
  // The posting's own words for the pay when it shows them; structured data's otherwise.
  const statedPay = posting.salary ? formatSalary(posting.salary.value) : null;
  const compensation: Evidence | null = salaryText
    ? { value: SALARY.exec(salaryText.text)![0].trim().replace(/[.,]$/, ''), quote: salaryText.text }
    : statedPay
      ? // From structured data: no sentence of the description states it.
        { value: statedPay, quote: null }
      : null;

  // "Competitive pay" is worth asking about only when the posting gives no figure.
  const clarify = allMatches(content, CLARIFY_RULES, 6).filter((c) => !(compensation && c.value === 'competitive-pay'));
  // Pay that is missing has no sentence to quote.
  if (!compensation && !clarify.some((c) => c.value === 'competitive-pay')) clarify.unshift({ value: 'no-salary', quote: null });
  const requirements = content.filter((s) => s.section === 'requirements');
  if (requirements.length > 14) clarify.push({ value: 'long-requirements', quote: requirements[0]!.text });
  if (agency) clarify.unshift({ value: 'agency-client', quote: agency.quote });

  // Working from home named in another language ("Homeoffice", "télétravail") is part of the
  // week unless the sentence says all of it.
  const homeWorking = () => {
    const found = firstMatch(content, [['home', HOME_WORKING]]);
    return found ? { ...found, value: FULLY.test(found.quote!) ? ('remote' as const) : ('hybrid' as const) } : null;
  };
  const modeFromText = firstMatch<WorkMode>(content, WORK_MODE_RULES) ?? homeWorking();
  const locationMode = workModeIn(posting.location?.value ?? '');
  // Only the description's own sentence about it is a quote; the location line is not a sentence.
  const modeQuote = (mode: WorkMode) => (modeFromText?.value === mode ? modeFromText.quote : null);
  const workMode: Evidence<WorkMode> | null = posting.workMode?.value
    ? { value: posting.workMode.value, quote: modeQuote(posting.workMode.value) }
    : locationMode
      ? { value: locationMode, quote: modeQuote(locationMode) }
      : modeFromText;

  // A skill that is the employer's own name (OpenAI at OpenAI) is the company, not a skill.
  const skills = findSkills(content, title).filter((k) => !company || !company.toLowerCase().includes(k.name.toLowerCase()));
  const teams = teamsOf(content, company);
  const industry = matchedWords(aboutTheCompany(content, company), INDUSTRY, aboutFirst, namesIndustry(company));
  const stage = matchedWords(content, STAGE, aboutFirst, notTheCandidatesPast);
  return {
    title,
    company,
    agency,
    location: posting.location?.value ?? null,
    family: familyOf(title),
    seniority: seniorityOf(title),
    managesPeople: firstMatch(content, [['manages people', /\bdirect reports\b|\bmanag(?:e|ing) a team\b|\bpeople manage(?:r|ment)\b|\bhire,? (?:and )?(?:grow|develop)\b|\bbuild and lead\b/i]]),
    years: yearsOf(content),
    skills,
    // What the posting asks of the candidate, not what it says about pay or perks.
    softSkills: allMatches(content.filter((x) => x.section !== 'benefits' && x.section !== 'about'), SOFT_SKILLS, 8, roleFirst),
    values: valuesOf(content, aboutFirst),
    mission: firstMatch(content, [['mission', /\bour mission\b|\bon a mission\b|\bwe believe\b|\bwe exist to\b|\bour purpose\b|\bour goal is to\b|\bwe(?:['’]re| are) building\b/i]], aboutFirst),
    workMode,
    travel: firstMatch(content, [['travel', TRAVEL]]),
    onCall: firstMatch(content, [['on-call', ON_CALL]]),
    shifts: firstMatch(content, [['shifts', SHIFTS]]),
    // What the employer offers, not a course the candidate must have taken.
    learningSupport: firstMatch(content.filter((x) => x.section !== 'requirements' && x.section !== 'nice'), [['learning', LEARNING_SUPPORT]]),
    teams,
    products: productsOf(content, { company, skills, teams, location: posting.location?.value ?? null, title }),
    stage: stage ? [stage] : [],
    size: matchedWords(content, SIZE, aboutFirst),
    industry: industry ? { ...industry, value: asWritten(industry.value) } : null,
    process: allMatches(content, PROCESS_RULES, 5),
    compensation,
    clarify,
    responsibilities: content.filter((s) => s.section === 'role'),
    requirements,
    niceToHave: content.filter((s) => s.section === 'nice'),
    sentences: content,
    description,
    language: posting.language?.value ?? null,
  };
}

const CURRENCY_SIGNS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

/** The pay as a phrase, or null when the salary gives no amount (a backup may hold one). */
export function formatSalary(salary: { currency: string | null; min: number | null; max: number | null; period: string | null }): string | null {
  const amount = salary.min ?? salary.max;
  if (amount === null) return null;
  const sign = salary.currency ? CURRENCY_SIGNS[salary.currency] : undefined;
  const money = (n: number) => (sign ? `${sign}${n.toLocaleString('en-US')}` : `${salary.currency ? salary.currency + ' ' : ''}${n.toLocaleString('en-US')}`);
  const range =
    salary.min !== null && salary.max !== null && salary.min !== salary.max
      ? `${money(salary.min)} to ${money(salary.max)}`
      : money(amount);
  return salary.period ? `${range} a ${salary.period}` : range;
}
