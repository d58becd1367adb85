/**
 * What they are likely to ask: the standard openers with hints from this posting, behavioural
 * questions mapped to the qualities the posting asks for (each with a STAR outline), technical
 * topics from the skills it names, and questions that come with the level of the role.
 */
import type { SkillCategory, SkillMatch } from '../analyze/skills';
import { workSkillsOf } from '../analyze/skills';
import type { Evidence, Signals } from '../analyze/signals';
import { capitalize, coreTitle, joinList, possessive, snippet } from './grammar';
import { makeGround, type Ground, type QuoteUses } from './ground';
import type { ExpectedQuestion, StarOutline } from './plan';
import { phraseOf, statedDuties } from './questions';

type Draft = Omit<ExpectedQuestion, 'quote' | 'general'>;
type Candidates = (string | null | undefined)[];

interface Behaviour {
  /** The question when the posting asks for the quality nowhere in particular. */
  question: string;
  /** The question when it does, phrased from the sentence that asks (`d`, quoted as written). */
  tied: (d: string) => string;
  /** What the interviewer is listening for. */
  hint: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  show: string;
  /** The situation can be one that used the posting's main skill ("a project …, ideally one involving Go"). */
  withSkill?: boolean;
}

/**
 * Behavioural questions for the qualities a posting asks for, keyed by the soft-skill name.
 * Each has its own question, hint and STAR outline, so two in one plan never read as one form
 * filled in twice (quality.ts counts that as frame reuse).
 */
const BEHAVIOURS: Record<string, Behaviour> = {
  communication: {
    question: 'Tell me about a time you had to explain something complex to people without your background.',
    tied: (d) => `The posting says “${d}”. When did you last explain something complex to people without your background, and how did you know it landed?`,
    hint: 'They listen for whether you fit the message to the listener; keep your own answer free of jargon too.',
    situation: 'a decision or problem that needed buy-in from people outside your field',
    task: 'Say who needed to understand what, and what would have gone wrong if they had not.',
    action: 'how you chose what to leave out, the example or picture you used, and how you checked they understood',
    result: 'Say what the audience did with what you told them: a decision made, a plan approved, fewer questions.',
    show: 'that you adapt the message to the listener',
  },
  collaboration: {
    question: 'Tell me about a project where you had to work closely with another team to get it done.',
    tied: (d) => `This role means “${d}”. Tell me about a project that only worked because you and another team pulled together.`,
    hint: 'They want to hear how you work with people whose goals differ from yours, not only that it ended well.',
    situation: 'a project that depended on another team with different goals',
    task: 'Say what your team needed from the other one, and what they needed from you.',
    action: 'how you agreed on goals, shared work and handled the first disagreement',
    result: 'Give the outcome for both teams, and how the two teams work together now.',
    show: 'that you build working relationships, not just hand-offs',
    withSkill: true,
  },
  leadership: {
    question: 'Describe a time you led a group through a difficult stretch.',
    tied: (d) => `Describe a time you led a group through a difficult stretch, the kind of moment “${d}” is about.`,
    hint: 'Interviewers look for how you brought people along, not for your title.',
    situation: 'a time the group was stuck, late or divided',
    task: 'Say what the group had to deliver and why it was at risk.',
    action: 'what you decided, how you brought people along, what you delegated',
    result: 'Give the result, and one thing the group still does differently because of you.',
    show: 'that people follow you because of how you lead, not your title',
  },
  mentoring: {
    question: 'Tell me about someone you helped grow. What did you do?',
    tied: (d) => `The posting asks for “${d}”. Tell me about someone you helped grow: what did you do, and what changed for them?`,
    hint: 'They listen for what you did for the other person, and for what you then left them to do alone.',
    situation: 'a colleague who was new or struggling',
    task: 'Say what the person needed to be able to do, and by when.',
    action: 'how you found what they needed, the feedback you gave and how you stepped back',
    result: 'Say what they can do now that they could not before, and how you know.',
    show: 'that you make the people around you better',
  },
  'problem solving': {
    question: 'Walk me through the hardest problem you solved recently.',
    tied: (d) => `Walk me through the hardest problem you have solved recently, ideally one like “${d}”.`,
    hint: 'The point is your reasoning: how you broke the problem down and weighed the options.',
    situation: 'a problem with no obvious answer that mattered to the business',
    task: 'Say why the problem mattered and why the obvious fix would not do.',
    action: 'how you broke it down, the options you weighed and why you chose one',
    result: 'Give the outcome in numbers if you can, and what you would try first next time.',
    show: 'a clear, structured way of thinking under uncertainty',
    withSkill: true,
  },
  ownership: {
    question: 'Tell me about something you owned from start to finish.',
    tied: (d) => `Tell me about something you owned from start to finish; the role asks for it: “${d}”.`,
    hint: 'They want the calls you made without being asked, and how you handled the part that went wrong.',
    situation: 'a piece of work where the outcome rested on you',
    task: 'Say what was yours to deliver and who was counting on it.',
    action: 'the calls you made without being asked, and what you did when it went wrong',
    result: 'Say how it ended, including what went wrong and what you changed afterwards.',
    show: 'that you take responsibility for outcomes, not only tasks',
    withSkill: true,
  },
  prioritisation: {
    question: 'Tell me about a time you had more to do than time to do it. How did you choose?',
    tied: (d) => `With “${d}” in mind: tell me about a time you had more to do than time to do it. How did you choose?`,
    hint: 'They listen for how you decided what not to do, and how you told the people affected.',
    situation: 'competing deadlines or requests from different people',
    task: 'Say what was on your plate and which deadlines clashed.',
    action: 'how you ranked the work, what you said no to and how you told people',
    result: 'Say what shipped, what waited, and whether the call held up afterwards.',
    show: 'sound judgement about what matters most',
  },
  'stakeholder management': {
    question: 'Describe a time you had to manage stakeholders who wanted different things.',
    tied: (d) => `The posting mentions “${d}”. Describe a time stakeholders wanted different things and you had to bring them together.`,
    hint: 'Interviewers look for how you kept everyone informed while holding a line.',
    situation: 'two or more stakeholders pulling in different directions',
    task: 'Name the stakeholders and what each of them wanted.',
    action: 'how you surfaced the conflict, found common ground and kept everyone informed',
    result: 'Say what was agreed and where each stakeholder stood afterwards.',
    show: 'that you can hold a line diplomatically',
  },
  adaptability: {
    question: 'Tell me about a time your plans changed suddenly. What did you do?',
    tied: (d) => `Plans change in a role like this (“${d}”). Tell me about a time yours changed suddenly, and what you did next.`,
    hint: 'They want calm and speed: what you kept, what you dropped, how quickly you moved.',
    situation: 'a change of direction, scope or team you did not expect',
    task: 'Say what the plan was and what changed it.',
    action: 'how you re-planned, what you kept and what you let go',
    result: 'Say what you delivered in the end and what you would keep from the way you adapted.',
    show: 'calm and speed when things change',
  },
  'attention to detail': {
    question: 'Give an example of a mistake you caught before it caused a problem.',
    tied: (d) => `Give an example of a mistake you caught before it caused a problem, in work like “${d}”.`,
    hint: 'They listen for the habit behind the catch, not luck.',
    situation: 'work where a small error would have been costly',
    task: 'Say what the work was and what a small error would have cost.',
    action: 'the check or habit that caught it and what you changed afterwards',
    result: 'Say what the catch saved, and the check you still use because of it.',
    show: 'care and a habit of checking, without slowing everything down',
    withSkill: true,
  },
  'customer focus': {
    question: 'Tell me about a time you changed your plans because of what a customer needed.',
    tied: (d) => `The role puts customers first: “${d}”. Tell me about a time you changed your plans because of what a customer needed.`,
    hint: 'They want to hear how you found out what the customer really needed.',
    situation: 'a customer need that was not what the team expected',
    task: 'Say who the customer was and what the team had planned to give them.',
    action: 'how you learned about the need and how you changed the work',
    result: 'Say what changed for the customer, in their words or a number if you have one.',
    show: 'that you start from the customer’s problem',
  },
  independence: {
    question: 'Describe a time you had to make progress with little direction.',
    tied: (d) => `The posting wants someone who can work like this: “${d}”. Describe a time you made progress with little direction.`,
    hint: 'They listen for how you set your own goal and when you chose to check in.',
    situation: 'an unclear brief or a manager who was not available',
    task: 'Say what you were asked for, and what was missing from the brief.',
    action: 'how you defined the goal yourself and when you checked in',
    result: 'Say what you delivered and how your manager or team received it.',
    show: 'that you can be trusted to run with things',
    withSkill: true,
  },
  'analytical thinking': {
    question: 'Tell me about a decision you made based on data. What did the data show?',
    tied: (d) => `Tell me about a decision you made from data, the kind of analysis “${d}” calls for. What did the data show?`,
    hint: 'Interviewers look for how you checked the numbers before trusting them.',
    situation: 'a decision where opinions differed and data could settle it',
    task: 'Say what had to be decided and which opinions were on the table.',
    action: 'what you measured, how you checked the numbers and what you recommended',
    result: 'Say what was decided, what the data showed later, and what you would measure differently.',
    show: 'that you reason from evidence',
    withSkill: true,
  },
  presentation: {
    question: 'Tell me about a presentation that changed someone’s mind.',
    tied: (d) => `The role involves “${d}”. Tell me about a presentation that changed someone’s mind.`,
    hint: 'They listen for how you structured the story and took the hard questions.',
    situation: 'an audience that started out unconvinced',
    task: 'Say who the audience was and what you needed them to agree to.',
    action: 'how you structured the story and handled the hard questions',
    result: 'Say what they decided after your presentation.',
    show: 'clarity and confidence in front of a room',
  },
  negotiation: {
    question: 'Describe a negotiation where you reached a good outcome for both sides.',
    tied: (d) => `Describe a negotiation where both sides came out well; the posting asks for it: “${d}”.`,
    hint: 'They want your preparation, and the points where you held firm.',
    situation: 'a negotiation with real stakes on both sides',
    task: 'Say what each side wanted and what you could not give up.',
    action: 'how you prepared, what you traded and where you held firm',
    result: 'Give the terms you reached, and how the relationship stood afterwards.',
    show: 'that you can win without burning bridges',
  },
  learning: {
    question: 'Tell me about something you had to learn quickly for your work.',
    tied: (d) => `Tell me about something you had to learn quickly for your work; the posting values it: “${d}”.`,
    hint: 'The point is how you learn: whom you asked, what you tried, how you checked.',
    situation: 'a new tool, domain or skill needed on a deadline',
    task: 'Say what you had to learn and how long you had.',
    action: 'how you learned it, whom you asked and how you checked you had it right',
    result: 'Say what you delivered with it and how you keep learning now.',
    show: 'that you learn fast and know how you learn',
    withSkill: true,
  },
};

const FALLBACK_BEHAVIOURS = ['problem solving', 'collaboration', 'ownership'];

/**
 * A quote that describes the person sought ("A problem solver who enjoys…", "You are
 * curious…") is not a piece of work: "ideally one like “A problem solver…”" reads wrong. Such a
 * quote is cited as what the posting asks for, before the plain question.
 */
const DESCRIBES_PERSON =
  /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:person|someone|individual|team player|self[- ]starter|problem[- ]solver|communicator|thinker|learner|candidate|professional|player|colleague)\b|^(?:you(?:['’]re| are)|someone|somebody)\b/iu;
/** Lead-ins for such a quote, one per question so that no frame repeats. */
const ASKS_FOR = ['The posting asks for', 'The role calls for', 'They are looking for', 'The posting wants'];

/** The behavioural question phrased from the sentence that asks for its quality (the `i`th question). */
function tiedQuestion(behaviour: Behaviour, quote: string, i: number): string {
  return DESCRIBES_PERSON.test(quote) ? `${ASKS_FOR[i % ASKS_FOR.length]} “${quote}”. ${behaviour.question}` : behaviour.tied(quote);
}

/**
 * What technical questions cover, per kind of skill. A pair is [for one skill, for several]:
 * "Questions on Scrum: how you have applied it" but "on Scrum and Kanban: … applied them".
 */
const TECH_TOPICS: Partial<Record<SkillCategory, string | [string, string]>> = {
  language: 'idiomatic code, testing, debugging and performance trade-offs',
  // Data and markup formats (YAML, JSON, Protocol Buffers) are written, not programmed in.
  format: ['where you have used it, keeping it valid, and where it gets in the way', 'where you have used them, keeping them valid, and where they get in the way'],
  framework: ['how it works under the hood, structuring a larger codebase, and its pitfalls', 'how they work under the hood, structuring a larger codebase, and their pitfalls'],
  library: ['when to reach for it, the parts of it you use most and its limits', 'when to reach for each, the parts you use most and their limits'],
  database: 'data modelling, indexing, query tuning, transactions and migrations',
  cloud: 'the services you have used, cost, security and designing for failure',
  devops: 'pipelines, deployments, observability and handling incidents',
  data: 'pipelines, data quality, modelling and the queries you write most',
  ml: 'model choice, evaluation, training data and running models in production',
  mobile: 'app architecture, performance, releases and platform guidelines',
  frontend: 'components, state, accessibility and performance in the browser',
  testing: 'test strategy, what to automate and keeping tests reliable',
  security: 'threat modelling, common vulnerabilities and how you would respond to an incident',
  os: 'administration, troubleshooting and automation',
  method: ['how you have applied it, what worked and what you would change', 'how you have applied them, what worked and what you would change'],
  design: 'your process, critique, and how you measure whether a design works',
  product: 'prioritisation, discovery and how you measure outcomes',
  marketing: 'campaigns you ran, channels, budgets and how you measured results',
  sales: 'your pipeline, the deals you closed and how you forecast',
  finance: 'the processes you ran, controls, and the numbers you reported',
  hr: 'the processes you ran and how you handled sensitive cases',
  legal: 'the matters you handled and how you weigh risk',
  healthcare: 'protocols, patient safety and the cases you have handled',
  engineering: 'the projects you delivered, standards and how you verify designs',
  'supply-chain': 'planning, suppliers, inventory and the metrics you owned',
  support: 'tickets, escalations and how you measure customer satisfaction',
  office: ['the work you do with it and the shortcuts that save you time', 'the work you do with them and the shortcuts that save you time'],
  certification: ['what it covered and how you have used it since', 'what they covered and how you have used them since'],
  domain: ['how it shaped the work you did and the rules that govern it', 'how they shaped the work you did and the rules that govern them'],
  tool: ['how you have used it and how you would set it up for a team', 'how you have used them and how you would set them up for a team'],
};

/**
 * The STAR outline for one behaviour. `duty`: the posting's words the question was phrased
 * from, or null; `skill`: the posting's skill this behaviour's story may involve (each
 * behaviour gets a different one, so three outlines do not end "ideally one involving Go"). `first`: the first behavioural item carries the method's general advice (most
 * of the time on the action, "I" not "we"); the others keep only what is specific to them.
 */
function star(behaviour: Behaviour, duty: string | null, skill: string | undefined, first: boolean): StarOutline {
  // The question already quotes the duty: the outline points back at it rather than quoting it twice.
  const like = duty ? ', as close as you can to the work the question quotes' : skill && behaviour.withSkill ? `, ideally one involving ${skill}` : '';
  return {
    situation: `Pick ${behaviour.situation}${like}.`,
    task: behaviour.task,
    action: first ? `Spend most of the answer here: ${behaviour.action}. Say “I”, not “we”.` : `${capitalize(behaviour.action)}.`,
    result: behaviour.result,
    show: `Show ${behaviour.show}.`,
  };
}

/** One item per kind of skill: "Questions on Go and PostgreSQL" rather than two near-copies. */
function technical(skills: SkillMatch[], ground: Ground): ExpectedQuestion[] {
  const byCategory = new Map<string, SkillMatch[]>();
  for (const skill of skills) byCategory.set(skill.category, [...(byCategory.get(skill.category) ?? []), skill]);
  return [...byCategory.entries()].slice(0, 4).map(([category, group], i) => {
    const names = joinList(group.map((k) => k.name));
    const one = group.length === 1;
    const topics = TECH_TOPICS[category as SkillCategory] ?? ['how you have used it and what you would do differently', 'how you have used them and what you would do differently'];
    // A different piece of advice for each kind of skill, so four items are not one hint four times.
    const hints = [
      `Prepare one real example of your work with ${one ? names : `each of ${names}`}, and be ready to go one level deeper than your CV.`,
      `Pick the piece of work with ${names} you know best and rehearse explaining one decision in it, and what you would change now.`,
      `Expect a follow-up on trade-offs: have a case ready where ${names} ${one ? 'was' : 'were'} the wrong choice, or nearly.`,
      `Be plain about depth: say which parts of ${names} you have used in production and which only in courses or side projects.`,
    ];
    const draft: Draft = {
      id: `expect-tech-${category}`,
      text: `Questions on ${names}: ${typeof topics === 'string' ? topics : topics[one ? 0 : 1]}.`,
      kind: 'technical',
      hint: hints[i % hints.length]!,
      star: null,
    };
    return ground(draft, group.flatMap((k) => k.sentences.map((x) => x.text)));
  });
}

export function buildExpect(s: Signals, uses?: QuoteUses): ExpectedQuestion[] {
  const out: ExpectedQuestion[] = [];
  const ground = makeGround(s, uses);
  // Each question with the sentences that may have prompted it; with none honest, it is
  // marked general (ground.ts).
  const push = (item: Draft, candidates: Candidates = [], cue?: RegExp) => out.push(ground(item, candidates, cue));
  // The standard openers come first in the list but are grounded last: a sentence quoted by
  // MAX_USES items is not quoted again, and "Tell me about yourself" needs it least.
  const openers: (() => ExpectedQuestion)[] = [];
  const opener = (item: Draft, candidates: Candidates = [], cue?: RegExp) => openers.push(() => ground(item, candidates, cue));
  const who = s.company ?? 'the company';
  // What the candidate works with, in the opener and the STAR outlines: the skills that say what
  // this job is, not the office software any job asks for.
  const workSkills = workSkillsOf(s.skills);
  const topSkills = workSkills.slice(0, 2).map((k) => k.name);

  opener({
    id: 'expect-about-you',
    text: 'Tell me about yourself.',
    kind: 'standard',
    hint: `Keep it to two minutes and aim it at the ${coreTitle(s.title)} role: where you are now, ${topSkills.length > 0 ? `your work with ${joinList(topSkills)}, ` : ''}and why this role is the next step.`,
    star: null,
  }, workSkills.slice(0, 2).flatMap((k) => k.sentences.map((x) => x.text)));
  opener({
    id: 'expect-why-company',
    text: `Why do you want to work at ${who}?`,
    kind: 'standard',
    hint: s.mission
      ? 'Tie your answer to the mission the posting describes, and add something specific you found in your research.'
      : s.values[0]
        ? `Connect one of your own stories to ${s.values[0].value}, which the posting stresses.`
        : `Name something specific about ${who} from your research, not something that would fit any company.`,
    star: null,
  }, s.mission ? [s.mission.quote] : [s.values[0]?.quote], s.mission ? /\bmission\b/i : undefined);
  // A duty named in the hint, so the answer starts from this posting rather than any role.
  const duty = statedDuties(s)[0] ?? s.responsibilities.find((d) => d.text.length >= 25);
  opener({
    id: 'expect-why-role',
    text: 'Why this role, and why now?',
    kind: 'standard',
    hint: duty
      ? `Pick one or two responsibilities you are excited about, such as “${phraseOf(duty.text, 70, { quoted: true })}”, and explain what you would bring to them.`
      : 'Explain what in the role matches where you want your career to go.',
    star: null,
  }, [duty?.text]);
  opener({
    id: 'expect-know-company',
    text: `What do you know about ${who}?`,
    kind: 'standard',
    hint: `Use your research: what ${who} does${s.industry ? ` in ${s.industry.value}` : ''}, one recent piece of news and ${s.company ? possessive(s.company) : 'its'} competitors.`,
    star: null,
  }, [s.industry?.quote]);

  // Behavioural questions, one for each quality the posting asks for, quoting where it asks;
  // when it asks for fewer than three, the qualities most interviews test, marked general.
  const asked = s.softSkills.filter((e) => BEHAVIOURS[e.value]);
  const qualities: Evidence[] = asked.length >= 3
    ? asked
    : [...asked, ...FALLBACK_BEHAVIOURS.filter((n) => !asked.some((a) => a.value === n)).slice(0, 3 - asked.length).map((n) => ({ value: n, quote: null }))];
  let skillsUsed = 0;
  for (const [i, quality] of qualities.slice(0, 6).entries()) {
    const behaviour = BEHAVIOURS[quality.value]!;
    // Grounded on the quality's own words; once the sentence that asks for it is found, the
    // question is phrased from that sentence and the outline points at it.
    const item = ground<Draft>({
      id: `expect-behaviour-${quality.value.replace(/\W+/g, '-')}`,
      text: behaviour.question,
      kind: 'behavioural',
      hint: quality.words ? `${behaviour.hint} The posting asks for ${quality.value} (“${snippet(quality.words, 60)}”).` : behaviour.hint,
      star: null,
    }, [quality.quote]);
    const duty = item.quote ? phraseOf(item.quote, 90, { quoted: true }) : null;
    const skill = !duty && behaviour.withSkill ? workSkills[skillsUsed++]?.name : undefined;
    out.push({
      ...item,
      text: duty ? tiedQuestion(behaviour, duty, i) : behaviour.question,
      hint: duty ? behaviour.hint : `${behaviour.hint} Most interviews test ${quality.value}, whatever the posting says.`,
      star: star(behaviour, duty, skill, i === 0),
    });
  }
  for (const value of s.values.slice(0, 1)) {
    push({
      id: 'expect-value',
      text: `Give an example of how ${value.value} shaped a decision you made at work.`,
      kind: 'behavioural',
      hint: `The posting names ${value.value}; have one story ready that shows it without being asked.`,
      star: {
        situation: `Pick a moment where ${value.value} cost you something: time, comfort or an easy win.`,
        task: 'Say what you had to decide.',
        action: 'Describe what you did and why, in your own words.',
        result: 'Say what happened and what it taught you.',
        show: `Show that ${value.value} guides what you do, as the posting asks.`,
      },
    }, [value.quote]);
  }

  out.push(...technical(s.skills.slice(0, 6), ground));

  if (s.managesPeople || ['manager', 'director', 'executive'].includes(s.seniority.value)) {
    push({
      id: 'expect-manage',
      text: 'Tell me about a time you helped an under-performing team member, or had to let someone go.',
      kind: 'role',
      hint: s.managesPeople?.words
        ? `The posting says “${snippet(s.managesPeople.words, 60)}”: show care and clarity, from the expectations you set to the support you gave and the decision you made.`
        : 'Show care and clarity: the expectations you set, the support you gave, and the decision you made.',
      star: null,
    }, [s.managesPeople?.quote]);
  } else if (['senior', 'staff', 'principal', 'lead'].includes(s.seniority.value)) {
    push({
      id: 'expect-influence',
      text: 'Describe a decision you drove that other teams had to agree to.',
      kind: 'role',
      hint: 'At this level they look for influence without authority: how you built the case and brought people along.',
      star: null,
    }, [], /\binfluenc/i);
  } else if (['intern', 'junior'].includes(s.seniority.value)) {
    // The level comes from the title, which is no quote: this one is general.
    push({
      id: 'expect-learning',
      text: 'Tell me about a project you are proud of, and what you would do differently now.',
      kind: 'role',
      hint: 'For an early-career role they look for how you learn: show the mistake, the lesson and how you applied it.',
      star: null,
    });
  }
  if (s.years) {
    push({
      id: 'expect-experience',
      text: `Walk me through your experience relevant to this role.`,
      kind: 'role',
      hint: `The posting asks for ${s.years.value} or more years; pick the two or three pieces of work that best show that depth.`,
      star: null,
    }, [s.years.quote]);
  }
  return [...openers.map((ground) => ground()), ...out];
}
