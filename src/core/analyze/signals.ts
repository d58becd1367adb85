/**
 * What a careful reader notices in a posting, each with the sentence that shows it: seniority,
 * skills, values, mission, work mode, team names, company stage, industry, the interview
 * process, pay, and the points a candidate should ask about. Rules over the posting's own
 * text, no network; a signal without evidence in the text is not reported.
 */
import type { JobPosting, WorkMode } from '../posting';
import { type Sentence, splitDescription } from './sections';
import { findSkills, type SkillMatch } from './skills';

export interface Evidence<T = string> {
  value: T;
  /** The exact sentence (or title) that shows it. */
  quote: string;
}

export type RoleFamily =
  | 'engineering' | 'data' | 'design' | 'product' | 'sales' | 'marketing' | 'support'
  | 'operations' | 'finance' | 'people' | 'legal' | 'healthcare' | 'research' | 'education' | 'other';

export type Seniority = 'intern' | 'junior' | 'mid' | 'senior' | 'staff' | 'principal' | 'lead' | 'manager' | 'director' | 'executive';

export type ClarifyKind =
  | 'no-salary' | 'vague-scope' | 'many-hats' | 'fast-paced' | 'hype-words' | 'long-requirements'
  | 'unpaid-work' | 'reposted' | 'unlimited-pto' | 'family' | 'competitive-pay';

export interface Signals {
  title: string;
  company: string | null;
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
  teams: Evidence[];
  stage: Evidence[];
  industry: Evidence | null;
  process: Evidence[];
  compensation: Evidence | null;
  clarify: Evidence<ClarifyKind>[];
  responsibilities: Sentence[];
  requirements: Sentence[];
  niceToHave: Sentence[];
  sentences: Sentence[];
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

const SENIORITY_RULES: [Seniority, RegExp][] = [
  ['intern', /\b(?:intern|internship|werkstudent|trainee|apprentice)\b/i],
  ['executive', /\b(?:chief|cto|ceo|cfo|coo|cmo|vp|vice president|president)\b/i],
  ['director', /\b(?:director|head of)\b/i],
  ['manager', /\bmanager\b(?!.*\b(?:product|program|project|account|community|office|success)\b)|\bengineering manager\b/i],
  ['principal', /\b(?:principal|distinguished)\b/i],
  ['staff', /\bstaff\b/i],
  ['lead', /\b(?:lead|tech lead|team lead)\b/i],
  ['senior', /\b(?:senior|sr\.?|iii|experienced)\b/i],
  ['junior', /\b(?:junior|jr\.?|entry[- ]level|graduate|new grads?|associate|i)\b/i],
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

const VALUES: [string, RegExp][] = [
  ['safety', /\b(?:ai )?safety\b/i],
  ['transparency', /\btranspar(?:ent|ency)\b/i],
  ['integrity', /\bintegrity|honest(?:y)?\b/i],
  ['inclusion', /\binclusi(?:ve|on)|diversity|belonging|diverse (?:team|perspectives|backgrounds)/i],
  ['customer obsession', /\bcustomer obsess|obsess(?:ed)? (?:over|about) (?:our )?customers/i],
  ['ownership', /\bownership\b|act like (?:an )?owners?/i],
  ['humility', /\bhumble|humility\b/i],
  ['curiosity', /\bcurio(?:us|sity)\b/i],
  ['craft', /\bcraft(?:smanship)?\b|high (?:quality|standards)|excellence/i],
  ['impact', /\bimpact(?:ful)?\b/i],
  ['sustainability', /\bsustainab(?:le|ility)|climate|carbon/i],
  ['open source', /\bopen[- ]source\b/i],
  ['work-life balance', /\bwork[- ]life balance|flexib(?:le|ility) (?:hours|working|schedule)|well-?being/i],
  ['learning', /\blearning (?:budget|culture|and development)|professional development|growth opportunities/i],
  ['speed', /\bmove fast|bias (?:for|to) action|ship(?:ping)? (?:quickly|fast)/i],
  ['collaboration', /\bteamwork|collaborative (?:culture|environment)|we win together/i],
  ['accessibility', /\baccessib(?:le|ility)\b/i],
  ['privacy', /\bprivacy[- ](?:first|focused)|user privacy\b/i],
];

const INDUSTRIES: [string, RegExp][] = [
  ['artificial intelligence', /\b(?:artificial intelligence|\bai\b|machine learning|large language models?|llms?|generative ai|ai (?:research|systems|models))/i],
  ['financial technology', /\b(?:fintech|payments?|banking|lending|financial (?:services|technology)|credit cards?|spend management|accounting software)\b/i],
  ['healthcare', /\b(?:healthcare|health care|health tech|patients?|clinical|hospital|medical devices?)\b/i],
  ['biotech and pharma', /\b(?:biotech\w*|pharma\w*|drug discovery|life sciences|therapeutics)\b/i],
  ['cybersecurity', /\b(?:cyber ?security|threat (?:detection|intelligence)|security platform)\b/i],
  ['e-commerce', /\b(?:e-?commerce|online retail|marketplace|shoppers?)\b/i],
  ['education', /\b(?:edtech|education(?:al)? technology|learners|students|schools)\b/i],
  ['gaming', /\b(?:video games?|gaming|game studio|players)\b/i],
  ['energy and climate', /\b(?:renewable|solar|wind energy|climate tech|energy transition|batter(?:y|ies)|grid)\b/i],
  ['logistics', /\b(?:logistics|shipping|freight|supply chain|delivery network)\b/i],
  ['automotive', /\b(?:automotive|vehicles?|autonomous driving|electric vehicles?|\bev\b)\b/i],
  ['cloud software', /\b(?:saas|b2b software|cloud platform|developer tools|infrastructure software|open source software)\b/i],
  ['data centers', /\b(?:data cent(?:er|re)s?)\b/i],
  ['media', /\b(?:media|publishing|streaming|newsroom|journalism)\b/i],
  ['insurance', /\b(?:insurance|insurtech|underwriting|claims)\b/i],
  ['real estate', /\b(?:real estate|property management|proptech)\b/i],
  ['telecommunications', /\b(?:telecom\w*|5g|network operators?)\b/i],
  ['semiconductors', /\b(?:semiconductors?|chips?|silicon)\b/i],
  ['public sector', /\b(?:government|public sector|federal|agency|ministry)\b/i],
  ['nonprofit', /\b(?:non-?profit|charity|ngo|foundation)\b/i],
];

/** Each value reads after "describes the company as …". */
const STAGE_RULES: [string, RegExp][] = [
  ['an early-stage startup', /\b(?:pre-seed|seed[- ](?:stage|funded|round)|early[- ]stage|founding (?:team|engineer))\b/i],
  ['venture-funded', /\bseries [a-h]\b|\braised \$?\d|\bbacked by\b|\bventure[- ](?:backed|funded)\b|\bfunding round\b/i],
  ['a startup', /\bstart-?up\b/i],
  ['fast-growing', /\bfast[- ]growing|hyper-?growth|rapid(?:ly)? grow|scale-?up|doubled|tripled\b/i],
  ['a public company', /\bpublicly traded|\bnyse\b|\bnasdaq\b|\bpublic company\b|\blisted on\b/i],
  ['a large enterprise', /\bfortune \d{2,3}\b|\bglobal leader\b|\bthousands of employees\b|\bmultinational\b/i],
  ['profitable', /\bprofitable\b|\bbootstrapped\b/i],
];

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

const SALARY = /(?:[$€£]|\b(?:USD|EUR|GBP|CAD|AUD|CHF|DKK|SEK|NOK)\s?)\s?\d[\d,.]*\s?[kK]?(?:\s*(?:-|–|to)\s*(?:[$€£]|\b(?:USD|EUR|GBP|CAD|AUD|CHF|DKK|SEK|NOK)\s?)?\s?\d[\d,.]*\s?[kK]?)?/;

function firstMatch<T>(sentences: Sentence[], rules: [T, RegExp][], prefer?: (s: Sentence) => boolean): Evidence<T> | null {
  const ordered = prefer ? [...sentences.filter(prefer), ...sentences.filter((s) => !prefer(s))] : sentences;
  for (const sentence of ordered) {
    for (const [value, pattern] of rules) {
      if (pattern.test(sentence.text)) return { value, quote: sentence.text };
    }
  }
  return null;
}

function allMatches<T>(sentences: Sentence[], rules: [T, RegExp][], limit: number, prefer?: (s: Sentence) => boolean): Evidence<T>[] {
  const ordered = prefer ? [...sentences.filter(prefer), ...sentences.filter((s) => !prefer(s))] : sentences;
  const out: Evidence<T>[] = [];
  for (const [value, pattern] of rules) {
    const sentence = ordered.find((s) => pattern.test(s.text));
    if (sentence) out.push({ value, quote: sentence.text });
    if (out.length >= limit) break;
  }
  return out;
}

function seniorityOf(title: string): Evidence<Seniority> {
  for (const [level, pattern] of SENIORITY_RULES) {
    if (pattern.test(title)) return { value: level, quote: title };
  }
  return { value: 'mid', quote: title };
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
      if (!name || /^(?:The|Our|Your|This|A|An|Whole|Entire|Core)$/.test(name) || name === company) continue;
      if (!out.has(name.toLowerCase())) out.set(name.toLowerCase(), { value: `${name} team`, quote: sentence.text });
    }
    if (out.size >= 4) break;
  }
  return [...out.values()];
}

function familyOf(title: string): RoleFamily {
  for (const [family, pattern] of FAMILY_RULES) if (pattern.test(title)) return family;
  return 'other';
}

export function analyzePosting(posting: JobPosting): Signals {
  const title = posting.title?.value ?? 'this role';
  const company = posting.company?.value ?? null;
  const description = posting.description?.value ?? '';
  const { sentences } = splitDescription(description);
  const content = sentences.filter((s) => s.section !== 'legal');
  const aboutFirst = (s: Sentence) => s.section === 'about' || s.section === 'intro';
  const roleFirst = (s: Sentence) => s.section === 'role' || s.section === 'requirements';

  const salaryText = content.find(
    (s) => SALARY.test(s.text) && (s.section === 'benefits' || /\b(?:salary|pay|compensation|range|base|per (?:year|hour|annum)|a year|annually|\/yr|\/hour)\b/i.test(s.text)),
  );
  const compensation: Evidence | null = posting.salary?.value
    ? { value: formatSalary(posting.salary.value), quote: salaryText?.text ?? title }
    : salaryText
      ? { value: SALARY.exec(salaryText.text)![0].trim(), quote: salaryText.text }
      : null;

  const clarify = allMatches(content, CLARIFY_RULES, 6);
  if (!compensation && !clarify.some((c) => c.value === 'competitive-pay')) clarify.unshift({ value: 'no-salary', quote: title });
  const requirements = content.filter((s) => s.section === 'requirements');
  if (requirements.length > 14) clarify.push({ value: 'long-requirements', quote: requirements[0]!.text });

  const modeFromText = firstMatch<WorkMode>(content, [
    ['remote', /\b(?:fully |100% )?remote(?:[- ]first| role| position| work|ly)?\b(?! (?:teams?|colleagues))/i],
    ['hybrid', /\bhybrid\b|\b\d (?:days?|times) (?:a|per) week (?:in|at) (?:the|our) office/i],
    ['on-site', /\bon-?site\b|\bin[- ]office\b|\bin the office\b|\bin-person\b/i],
  ]);
  const locationMode: WorkMode | null = /remote/i.test(posting.location?.value ?? '')
    ? 'remote'
    : /hybrid/i.test(posting.location?.value ?? '')
      ? 'hybrid'
      : null;
  const workMode: Evidence<WorkMode> | null = posting.workMode?.value
    ? { value: posting.workMode.value, quote: modeFromText?.quote ?? posting.location?.value ?? title }
    : locationMode
      ? { value: locationMode, quote: posting.location!.value }
      : modeFromText;

  return {
    title,
    company,
    location: posting.location?.value ?? null,
    family: familyOf(title),
    seniority: seniorityOf(title),
    managesPeople: firstMatch(content, [['manages people', /\bdirect reports\b|\bmanag(?:e|ing) a team\b|\bpeople manage(?:r|ment)\b|\bhire,? (?:and )?(?:grow|develop)\b|\bbuild and lead\b/i]]),
    years: yearsOf(content),
    skills: findSkills(content, title),
    softSkills: allMatches(content, SOFT_SKILLS, 8, roleFirst),
    values: allMatches(content, VALUES, 8, aboutFirst),
    mission: firstMatch(content, [['mission', /\bour mission\b|\bon a mission\b|\bwe believe\b|\bwe exist to\b|\bour purpose\b|\bour goal is to\b|\bwe(?:['’]re| are) building\b/i]], aboutFirst),
    workMode,
    travel: firstMatch(content, [['travel', /\btravel(?:l?ing)? (?:up to |approximately |about )?\d{1,2}\s?%|\d{1,2}\s?% (?:of the time )?travel|\btravel (?:is )?required|\bwilling(?:ness)? to travel|\bfrequent travel/i]]),
    onCall: firstMatch(content, [['on-call', /\bon-?call\b|\bpager ?duty\b|\bout[- ]of[- ]hours support\b/i]]),
    teams: teamsOf(content, company),
    stage: allMatches(content, STAGE_RULES, 3, aboutFirst),
    industry: firstMatch(content, INDUSTRIES, aboutFirst),
    process: allMatches(content, PROCESS_RULES, 5),
    compensation,
    clarify,
    responsibilities: content.filter((s) => s.section === 'role'),
    requirements,
    niceToHave: content.filter((s) => s.section === 'nice'),
    sentences: content,
    language: posting.language?.value ?? null,
  };
}

export function formatSalary(salary: { currency: string | null; min: number | null; max: number | null; period: string | null }): string {
  const money = (n: number) => `${salary.currency ? salary.currency + ' ' : ''}${n.toLocaleString('en-US')}`;
  const range =
    salary.min !== null && salary.max !== null && salary.min !== salary.max
      ? `${money(salary.min)} to ${money(salary.max)}`
      : money((salary.min ?? salary.max)!);
  return salary.period ? `${range} a ${salary.period}` : range;
}
