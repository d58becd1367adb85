/**
 * Questions to ask the interviewers, grouped (the role, the team, success and growth, culture
 * and values, company direction, points to clarify), each grounded in a sentence of the
 * posting and tagged with the interview stages it suits.
 */
import type { Sentence } from '../analyze/sections';
import type { ClarifyKind, Evidence, Signals } from '../analyze/signals';
import { isPractice, workSkillsOf } from '../analyze/skills';
import { makeGround, type QuoteUses } from './ground';
import { coreTitle, joinList, possessive, snippet, withArticle } from './grammar';
import type { Question } from './plan';

/**
 * A duty or requirement as a short phrase: "You will design X." -> "design X". Inside quotation
 * marks pass `{ quoted: true }`: the posting's words keep their case there ("Design X"), since
 * a quote lower-cased mid-sentence is no longer what the posting says.
 */
export function phraseOf(sentence: string, max = 80, { quoted = false } = {}): string {
  let text = sentence
    .trim()
    .replace(/^(?:(?:in this role|as (?:(?:a|an|the|our)(?: new)? )?[^,]{2,60}?),?\s+(?=you))?(?:you will|you['’]ll|you are going to|you would|we expect you to|responsible for|responsibilities include|ability to|able to|be able to)\s+/i, '')
    .replace(/[.;:!]+$/, '');
  const first = text.split(' ')[0] ?? '';
  // Lower-case an ordinary first word ("Design" -> "design"), never a name (iOS, AWS, GraphQL).
  if (!quoted && /^[A-Z][a-z]+$/.test(first)) text = first.toLowerCase() + text.slice(first.length);
  return snippet(text, max);
}

export { coreTitle } from './grammar';

/**
 * The posting's own words for a condition it names in another language: " (“Rufbereitschaft”)".
 * The plan is in English; the term shows the reader which part of the posting was understood,
 * and lets the item be checked against its quote.
 */
function theirWords(s: Signals, evidence: { words?: string; quote: string | null }): string {
  return s.language && s.language !== 'en' && evidence.words && evidence.quote ? ` (“${evidence.words}”)` : '';
}

/** A question before it is grounded: the quote is picked by `ground` (ground.ts). */
type Draft = Omit<Question, 'quote' | 'general'>;

/**
 * The duties a posting states: the list items of its role section first (the duties it spells
 * out), then sentences whose shape states a duty ("You will…", "Vous concevrez…", "Du wirst…");
 * the rest of an "about the role" paragraph is scene-setting ("You want to build…").
 */
export function statedDuties(s: Signals): Sentence[] {
  return [...s.responsibilities.filter((x) => x.bullet), ...s.responsibilities.filter((x) => !x.bullet && x.shape === 'duty')].filter((x) => x.text.length >= 25 && inline(x.text) && !SEEKS.test(x.text) && inPostingLanguage(s, x.text));
}

/** English's small words: a sentence of an English posting without any is in another language. */
const ENGLISH_WORDS = /\b(?:the|and|to|of|a|an|in|for|with|is|are|you|your|will|be|on|or|our|we|as|at|by|from|this|that|have|has)\b/gi;

/**
 * Whether a sentence is in the posting's language: a line in Irish or Welsh inside an English
 * posting ("Is buntáiste é líofacht sa Ghaeilge.") is not quoted into an English sentence as a duty.
 */
function inPostingLanguage(s: Signals, text: string): boolean {
  if (s.language && s.language !== 'en') return true;
  // ("Is" opens Irish sentences too: with one such word, letters English seldom writes, "á",
  // "é", "ŵ", say the sentence is in another language.)
  const words = text.split(/\s+/).length;
  const small = text.match(ENGLISH_WORDS)?.length ?? 0;
  const accented = text.normalize('NFD').match(/[a-z][\u0300-\u036f]/gi)?.length ?? 0;
  return words < 4 || small >= 2 || (small === 1 && accented < 2);
}

/**
 * "We are looking for a data engineer to…", "Nous recherchons un(e) … pour…": the posting
 * announcing whom it seeks, a sentence about the hire, not a task of the role.
 */
const SEEKS =
  /^(?:[-–•*]\s*)?(?:we(?:['’]re| are)|nous|wir|wij|we|vi|buscamos|cerchiamo|procuramos|estamos)\b[^.]{0,20}?\b(?:looking for|seeking|searching for|hiring|recruiting|recherchons|cherchons|recrutons|suchen|zoeken|søger|söker|søker|buscando|cercando)\b/iu;

/** A sentence that reads well inside quotation marks: not a "Label : value" line, spaced French-style. */
function inline(text: string): boolean {
  return !/\s[:;!?](?:\s|$)/.test(text);
}

/** Requirements worth asking about: not a lead-in line ("Qualified candidates need:"), not a bare word. */
/**
 * The duty the research step about people in the role asks about: the last one the posting
 * states that no question quotes (the questions take them from the first).
 */
export function researchDuty(s: Signals): Sentence | undefined {
  const stated = statedDuties(s);
  const asked = stated.filter((x) => x.text.length <= 110).slice(0, 2);
  return stated.filter((x) => !asked.includes(x)).at(-1);
}

export function statedRequirements(s: Signals): Sentence[] {
  // Not a trait in a few words ("a likable person"), and no quotation marks of its own to nest.
  const all = s.requirements.filter((x) => x.text.length >= 25 && !/[:;]$/.test(x.text) && !/["“”]/.test(x.text) && inline(x.text) && inPostingLanguage(s, x.text));
  // A skill or a kind of experience is something to build on; years of it less so, and a degree not at all.
  // A condition of being hired ("Must pass background check and drug screen", "Must be
  // authorized to work in the US", "a valid driver's license") is met or not: nothing to grow from.
  // Nor is what the job offers, listed among the requirements ("Benefits after hire: medical, dental, 401(k)…").
  const condition = (x: Sentence) => CONDITION_OF_HIRE.test(x.text) || OFFER.test(x.text);
  const credential = (x: Sentence) => /^(?:\d|(?:a |an )?(?:bachelor|master|degree|phd|diplom|diplôme|studium|licence|bac\b|brevet|formation|ausbildung|uddannelse|utdanning|utbildning|titulación|grado))/i.test(x.text);
  const kept = all.filter((x) => !condition(x));
  return [...kept.filter((x) => !credential(x)), ...kept.filter((x) => credential(x) && /^\d/.test(x.text))];
}

/** What a job gives: pay and benefits. */
const OFFER = /^(?:benefits|perks|we offer|compensation|pay|salary)\b|\b401\(k\)|\bpaid (?:holidays|time off|vacation|leave)|\b(?:medical|health|dental) (?:insurance|cover|plan|benefits)|\bmedical, dental\b|\bper hour\b|[$€£]\s?\d/i;

/** Checks, permits and eligibility a hire must pass or hold, in the languages postings state them in most. */
const CONDITION_OF_HIRE =
  /\b(?:background|criminal|credit|reference|dbs|police) (?:check|screen|vetting)|\bdrug (?:test|screen)|\bsecurity clearance|\b(?:authori[sz]ed|eligible|permitted|right) to work\b|\bwork (?:permit|authori[sz]ation|visa)\b|\bcitizenship\b|\b(?:valid|clean|current) (?:driver'?s?|driving) licen[cs]e|\bmust be (?:at least )?\d{2}\b|\b(?:18|21) years of age\b|\bvaccinat|\breliable (?:transportation|transport)\b|\bown (?:car|vehicle|transport(?:ation)?)\b|\blift (?:up to )?\d+|\bführungszeugnis|\bextrait de casier|\bantecedentes penales/i;

const CLARIFY: Record<ClarifyKind, (e: Evidence<ClarifyKind>, s: Signals) => Omit<Draft, 'id' | 'group'>> = {
  'no-salary': (_e, s) => ({
    text: `Could you share the salary range for the ${coreTitle(s.title)} role and how the final offer is decided?`,
    stages: ['recruiter'],
    why: 'The posting gives no salary range; the recruiter screen is the natural place to ask.',
  }),
  'competitive-pay': () => ({
    text: 'The posting calls the pay competitive. What is the range for this role, and what else makes up the package?',
    stages: ['recruiter'],
    why: '“Competitive” is not a number; asking early saves everyone time.',
  }),
  'vague-scope': () => ({
    text: 'Beyond the listed duties, what else has the person in this role ended up doing?',
    stages: ['hiring-manager'],
    why: 'The posting leaves the scope open-ended.',
  }),
  'many-hats': () => ({
    text: 'The posting mentions wearing many hats. Which of them would matter most in the first six months?',
    stages: ['hiring-manager'],
    why: 'A role with many hats can mean a role with no edges; find out which ones count.',
  }),
  'fast-paced': () => ({
    text: 'How does the team keep the pace sustainable when priorities change quickly?',
    stages: ['team'],
    why: 'The posting describes a fast or high-pressure pace.',
  }),
  'hype-words': () => ({
    text: 'What does outstanding work look like in this role, in concrete terms?',
    stages: ['hiring-manager'],
    why: 'Words like “rockstar” or “ninja” say little about what is actually expected.',
  }),
  'long-requirements': (_e, s) => ({
    text: `The list of requirements is long. Which two or three matter most for succeeding as ${withArticle(coreTitle(s.title))}?`,
    stages: ['recruiter', 'hiring-manager'],
    why: 'A long list rarely means every item is a must; find out which ones are.',
  }),
  'unpaid-work': () => ({
    text: 'Is the trial work paid, and how much time does it usually take?',
    stages: ['recruiter'],
    why: 'The posting mentions trial or unpaid work.',
  }),
  reposted: () => ({
    text: 'I noticed the role was advertised before. What has changed in what you are looking for?',
    stages: ['recruiter'],
    why: 'A reposted role often means the brief changed or was hard to fill.',
  }),
  'unlimited-pto': () => ({
    text: 'How much time off do people on the team actually take in a year?',
    stages: ['team'],
    why: 'Unlimited time off can mean less time off in practice; ask what people really take.',
  }),
  'agency-client': (e) => ({
    text: 'Who is your client, the company the job is with, and which steps of the process will be with them rather than with you?',
    stages: ['recruiter'],
    why: `${e.quote ? 'The posting comes' : 'This posting comes'} from a recruiting agency and does not name the employer; knowing it early lets you research it and decide whether to go ahead.`,
  }),
  family: () => ({
    text: 'How does the team handle disagreements and honest feedback?',
    stages: ['team'],
    why: 'A team that calls itself a family can blur work and personal lines; ask how conflict works.',
  }),
};

function drafts(s: Signals, uses?: QuoteUses): Question[] {
  const out: Question[] = [];
  const ground = makeGround(s, uses);
  // Each question with the sentences that may have prompted it, best first, and a cue for
  // finding one elsewhere in the description; with neither honest, it is marked general.
  type Candidates = (string | null | undefined)[];
  const add = (d: Draft, candidates: Candidates = [], cue?: RegExp, late: Candidates = []) => out.push(ground(d, candidates, cue, late));
  const who = s.company ?? 'the company';
  // Duties worth asking about, short enough to quote whole in a question.
  const stated = statedDuties(s);
  const duties = stated.filter((x) => x.text.length <= 110);
  // The duties and requirements no question quotes yet. A question that finds nothing specific
  // in the posting is asked about one of them instead: "what does success look like in “…”?"
  // is a question about this job; the same words without it suit any job.
  const forResearch = researchDuty(s);
  const spareDuties = stated.filter((x) => !duties.slice(0, 2).includes(x) && x !== forResearch);
  const spareRequirements = statedRequirements(s);
  type Tied = (d: string) => Omit<Draft, 'id' | 'group' | 'stages'>;
  const addOrTie = (d: Draft, candidates: Candidates, cue: RegExp | undefined, late: Candidates, pool: Sentence[], tied: Tied) => {
    const item = ground(d, candidates, cue, late);
    const sentence = item.general ? pool.shift() : undefined;
    out.push(sentence ? ground({ ...d, ...tied(phraseOf(sentence.text, 90, { quoted: true })) }, [sentence.text]) : item);
  };
  // Questions about the team's work name the skills it works with ("the hardest Kafka
  // problem"), never a certification or office software ("the hardest PMP problem").
  const workSkills = workSkillsOf(s.skills);
  const skills = workSkills.slice(0, 2);
  // The core of the title ("Senior Backend Engineer" of "Senior Backend Engineer, Payments
  // Platform"), for sentences where the whole title would be a mouthful.
  const role = coreTitle(s.title);
  // The unit the candidate would join, as specific as the posting allows: a team or a product
  // it names. A skill does not make a team ("the team that works with SQL" is a seam, not a
  // name); with neither, the questions ask about the team's work in the first skill ("their
  // SQL work"), or about the team the candidate would join.
  const named = s.teams[0] ? `the ${s.teams[0].value}` : s.products[0] ? `the team behind ${s.products[0].value}` : null;
  const skillWork = !named && workSkills[0] ? `${workSkills[0].name} work` : null;
  const unit = named ?? 'the team I would join';
  // The sentence that names that unit or skill: weaker evidence for a question about it, but honest.
  const unitQuotes = s.teams[0] ? [s.teams[0].quote] : s.products[0] ? [s.products[0].quote] : (workSkills[0]?.sentences.map((x) => x.text) ?? []);

  // ---- The role
  // One frame per duty: the same question twice, with only the quote changed, reads as a form.
  const dutyFrames: [(d: string) => string, string][] = [
    [(d) => `The posting lists “${d}”. What does that involve in a typical week?`, 'It is one of the responsibilities the posting names; the answer shows what the job is really like.'],
    [(d) => `What would “${d}” look like in my first months, and who would I do it with?`, 'Asking how a listed duty starts shows whether the description matches the day-to-day.'],
  ];
  for (const [i, duty] of duties.slice(0, dutyFrames.length).entries()) {
    const [text, why] = dutyFrames[i]!;
    add({
      id: `ask-duty-${i}`,
      group: 'role',
      stages: i === 0 ? ['hiring-manager'] : ['team'],
      text: text(phraseOf(duty.text, 110, { quoted: true })),
      why,
    }, [duty.text]);
  }
  if (skills.length > 0) {
    // Tools are used ("How does the team use Kafka"); a practice is done ("How is inside sales done").
    const tools = skills.filter((k) => !isPractice(k));
    const asked = tools.length > 0 ? tools : skills;
    const names = joinList(asked.map((k) => k.name));
    add({
      id: 'ask-skills',
      group: 'role',
      stages: ['team'],
      text: tools.length > 0
        ? `How does the team use ${names} today, and what would you like to improve about how ${asked.length === 1 ? 'it is' : 'they are'} used?`
        : `How is ${names} done in the team today, and what would you like to improve about it?`,
      why: `The posting asks for ${names}.`,
    }, asked.flatMap((k) => k.sentences.map((x) => x.text)));
  }
  if (['lead', 'staff', 'principal', 'manager', 'director'].includes(s.seniority.value)) {
    add({
      id: 'ask-scope',
      group: 'role',
      stages: ['hiring-manager'],
      text: s.managesPeople || ['manager', 'director'].includes(s.seniority.value)
        ? 'How many people would report to me, and how much hands-on work do you expect from this role?'
        : 'How is time split in this role between hands-on work and guiding others?',
      why: 'The title signals a senior or leading role; the balance between doing and leading varies a lot.',
    }, [s.managesPeople?.quote], /\bhands[- ]on\b|\bmentor|\bguid|\blead(?:ing|s)?\b|\breport/i);
  }
  add({
    id: 'ask-why-open',
    group: 'role',
    stages: ['recruiter'],
    text: `Is the ${role} role a new position or a replacement, and what prompted opening it now?`,
    why: 'Why a role exists tells you what problem you are being hired to solve.',
  }, [], /\bnew(?:ly)? (?:created )?(?:role|position|team|function)\b|\bfirst (?:\w+ )?hire\b|\bgrow(?:ing)? (?:the|our) team\b|\bexpan|\bbackfill|\breplace/i);

  // ---- The team
  for (const team of s.teams.slice(0, 1)) {
    add({
      id: 'ask-team',
      group: 'team',
      stages: ['hiring-manager', 'team'],
      text: `How is the ${team.value} organised, and who would I work with most closely?`,
      why: `The posting places the role in the ${team.value}.`,
    }, [team.quote]);
  }
  const collaboration = s.softSkills.find((x) => x.value === 'collaboration' || x.value === 'stakeholder management');
  add({
    id: 'ask-collaboration',
    group: 'team',
    stages: ['team'],
    text: collaboration
      ? `Which teams does the ${role} work with most closely, and how do you keep that collaboration running smoothly?`
      : skillWork
        ? `How does the team decide which ${skillWork} comes first, and who has the final say?`
        : `How does ${unit} decide what to work on next, and who has the final say?`,
    // The posting's own words for it, so the reason can be checked against the quote.
    why: collaboration
      ? `The posting stresses working across teams (“${collaboration.words ?? collaboration.value}”).`
      : 'How decisions are made shapes your day more than any single task.',
  }, [collaboration?.quote], collaboration ? /\bcollaborat|\bclosely with\b|\bcross-functional|\bpartner with\b|\balongside\b/i : /\bdecid|\bdecision|\bprioriti|\broadmap/i, unitQuotes);
  if (s.workMode && s.workMode.value !== 'on-site') {
    add({
      id: 'ask-work-mode',
      group: 'team',
      stages: ['recruiter', 'team'],
      text: s.workMode.value === 'remote'
        ? 'How does the team stay in sync while working remotely, and how often do people meet in person?'
        : 'How does the hybrid arrangement work in practice: which days are in the office, and who decides?',
      why: `The posting describes the role as ${s.workMode.value}${theirWords(s, s.workMode)}.`,
    }, [s.workMode.quote], /\bremote|\bhybrid|\boffice\b/i);
  }
  if (s.onCall) {
    add({
      id: 'ask-on-call',
      group: 'team',
      stages: ['team'],
      text: 'How does the on-call rotation work, and how often are people paged outside working hours?',
      why: `The posting mentions on-call duty${theirWords(s, s.onCall)}.`,
    }, [s.onCall.quote]);
  }
  if (s.shifts) {
    add({
      id: 'ask-shifts',
      group: 'team',
      stages: ['recruiter', 'team'],
      text: 'How are shifts planned and shared out, and how far ahead do people know their rota?',
      why: `The posting mentions shift work${theirWords(s, s.shifts)}.`,
    }, [s.shifts.quote]);
  }
  if (s.travel) {
    add({
      id: 'ask-travel',
      group: 'team',
      stages: ['recruiter'],
      text: 'How much travel does the role involve in a typical month, and how much notice is usual?',
      why: `The posting mentions travel${theirWords(s, s.travel)}.`,
    }, [s.travel.quote]);
  }

  // ---- Success and growth
  addOrTie({
    id: 'ask-success',
    group: 'success',
    stages: ['hiring-manager'],
    text: duties[0]
      ? `What would you expect the new ${role} to have achieved after six months?`
      : `What would success look like for the ${role} after the first three months?`,
    why: 'Knowing how you will be judged lets you show, in the interview, that you can deliver it.',
  }, [], /\bsuccess|\bfirst (?:\d+|three|six|ninety) (?:days|months)|\b(?:30|60|90)[- ]day|\bwithin (?:your )?first\b|\bachiev/i, [], spareDuties, (d) => ({
    text: `How would you judge, after six months, whether “${d}” is going well?`,
    why: 'It is one of the duties the posting lists; knowing how it is judged lets you show that you can deliver it.',
  }));
  addOrTie({
    id: 'ask-challenge',
    group: 'success',
    stages: ['hiring-manager', 'team'],
    text: skillWork ? `What is the hardest ${workSkills[0]!.name} problem the team is working on right now?` : `What is the hardest problem ${unit} is working on right now?`,
    why: 'The hardest problem, the real challenge of the work, shows where help is needed most.',
    // ("A problem solver", "hard-working": what the candidate should be, not the team's problem.)
  }, [], /\bchalleng|\bproblems?\b(?![- ]solv)|\bhard(?:est)?\b(?![- ]work)|\bcomplex/i, unitQuotes, spareDuties, (d) => ({
    text: `What makes “${d}” hard here, and where would the new ${role} help most?`,
    why: 'The hard part of a duty the posting lists is where the team needs help, and where your examples should aim.',
  }));
  addOrTie({
    id: 'ask-onboarding',
    group: 'success',
    stages: ['hiring-manager'],
    text: `How does onboarding work for a new ${role}, and who would I learn the most from in the first weeks?`,
    why: 'A good start predicts a good first year; ask how the first weeks are planned.',
  }, [], /\bonboard|\bfirst (?:few )?(?:weeks|days|months)\b|\bramp(?:ing)? up\b|\bmentor/i, [], spareRequirements, (d) => ({
    text: `The posting asks for “${d}”. How would the first weeks help a new ${role} build on it?`,
    why: 'How a requirement is supported after the start shows how the first weeks are planned, and which requirements weigh most.',
  }));
  const learning = s.values.find((v) => v.value === 'learning') ?? s.learningSupport;
  addOrTie({
    id: 'ask-growth',
    group: 'success',
    stages: ['hiring-manager'],
    text: learning
      ? 'The posting mentions support for learning. How have people in this team used it to grow?'
      : `How have people who started as ${withArticle(role)} grown at ${who}?`,
    why: learning ? `The posting offers learning support${theirWords(s, learning)}; ask how it works in practice.` : 'A path others have taken is better evidence of career growth than a promise.',
  }, [learning?.quote], /\bcareer|\bgrowth\b|\bprogress|\bpromot/i, [], spareRequirements, (d) => ({
    text: `Beyond “${d}”, which skills have people in this role grown into at ${who}?`,
    why: 'What people built on the listed requirements is better evidence of career growth than a promise.',
  }));

  // ---- Culture and values
  const values = s.values.filter((v) => v.value !== 'learning').slice(0, 2);
  if (values.length > 0) {
    add({
      id: 'ask-values',
      group: 'culture',
      stages: ['final', 'team'],
      text: `The posting puts weight on ${joinList(values.map((v) => v.value))}. Can you share a recent decision where ${values.length === 1 ? 'it' : 'one of them'} made a difference?`,
      why: 'A story about a value in action tells you more than the value’s name.',
    }, values.map((v) => v.quote));
  }
  if (s.mission) {
    add({
      id: 'ask-mission',
      group: 'culture',
      stages: ['final'],
      text: `How does ${skillWork ? `the team’s ${skillWork}` : `the day-to-day work of ${unit}`} connect to ${s.company ? possessive(s.company) : 'the company’s'} mission?`,
      why: 'The posting states a mission; ask how it shows up in the work.',
    }, [s.mission.quote], /\bmission\b/i);
  }
  add({
    id: 'ask-enjoy',
    group: 'culture',
    stages: ['team', 'final'],
    text: `What do you enjoy most about working at ${who}, and what would you change?`,
    why: 'Both halves of the answer tell you about the culture; the second half is the rarer one.',
  }, [], /\bculture\b|\benjoy|\bcommunity\b/i);
  addOrTie({
    id: 'ask-feedback',
    group: 'culture',
    stages: ['team'],
    text: skillWork ? `How do people on the team give each other feedback on their ${skillWork}, and how often?` : `How do people in ${unit} give each other feedback, and how often?`,
    why: 'Feedback habits say a lot about a culture and about how fast you would grow.',
  }, [], /\bfeedback\b|\bcode reviews?\b|\bretro/i, unitQuotes, spareDuties, (d) => ({
    text: `Who would give me feedback on work such as “${d}”, and how often?`,
    why: 'Feedback on a duty the posting lists shows how the team works together and how fast you would grow.',
  }));

  // ---- Company direction
  for (const stage of s.stage.slice(0, 1)) {
    // Growth is a change to ask about; ownership ("family-owned", "publicly traded") is a way of
    // deciding, which a year does not change.
    const growing = /start-?up|series|seed|venture|early|growing|growth|scale-?up/i.test(stage.value);
    add({
      id: 'ask-stage',
      group: 'direction',
      stages: ['final'],
      text: growing
        ? `The posting mentions “${stage.value}”. How do you expect the next year to change ${skillWork ? `the team’s ${skillWork}` : unit}?`
        : `The posting mentions “${stage.value}”. How does that shape the way decisions are made, and what does it mean for ${skillWork ? `the team’s ${skillWork}` : unit}?`,
      why: growing ? 'Growth and funding shape priorities; ask how they will shape this role.' : 'Who owns a company shapes how it decides, how fast it moves and what it keeps; ask what that means for this role.',
    }, [stage.quote], undefined, unitQuotes);
  }
  for (const product of s.products.slice(0, 1)) {
    // As in research.ts: no question about a product the posting does not honestly name.
    const item = ground<Draft>({
      id: 'ask-product',
      group: 'direction',
      stages: ['hiring-manager', 'final'],
      text: `What is next for ${product.value}, and how would the ${role} shape it?`,
      why: `The posting names ${product.value}; asking where it is going shows you looked beyond the job title.`,
    }, [product.quote]);
    if (!item.general) out.push(item);
  }
  add({
    id: 'ask-direction',
    group: 'direction',
    stages: ['final'],
    text: s.industry
      ? `What do you see as the biggest challenge for ${who} in ${s.industry.value} over the next year?`
      : `Where do you see ${who} in two years, and how does this role help it get there?`,
    why: s.industry
      ? `The posting places the company in ${s.industry.value}; a question about its challenges shows you think beyond the role.`
      : 'Asking about its future (vision, strategy, roadmap) shows you think beyond the role.',
    // Not the vision of "medical, dental and vision" cover.
  }, [s.industry?.quote], /(?<!\bdental,? (?:and )?)\bvision\b(?!,? (?:and )?(?:insurance|care|plans?|coverage|benefits|dental|life)\b)|\bstrateg|\broadmap|\bfuture\b|\bexpan|\bscal(?:e|ing)\b/i);

  // ---- Points to clarify, asked tactfully
  for (const point of s.clarify) {
    const made = CLARIFY[point.value](point, s);
    add({ id: `ask-clarify-${point.value}`, group: 'clarify', ...made }, [point.quote]);
  }
  add({
    id: 'ask-process',
    group: 'clarify',
    stages: ['recruiter'],
    text: s.process.length > 0
      ? `The posting mentions ${joinList(s.process.map((p) => p.value))}. What are the stages from here, and who will I meet?`
      : `What are the next steps for the ${role} role, and when can I expect to hear back?`,
    why: 'Knowing the interview steps and the timeline tells you when to follow up.',
  }, [s.process[0]?.quote], /\binterview|\bhiring process\b|\bnext steps?\b/i);
  return out;
}

export function buildQuestions(s: Signals, uses?: QuoteUses): Question[] {
  const seen = new Set<string>();
  return drafts(s, uses).filter((d) => {
    const key = d.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
