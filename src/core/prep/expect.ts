/**
 * What they are likely to ask: the standard openers with hints from this posting, behavioural
 * questions mapped to the qualities the posting asks for (each with a STAR outline), technical
 * topics from the skills it names, and questions that come with the level of the role.
 */
import type { SkillCategory, SkillMatch } from '../analyze/skills';
import type { Evidence, Signals } from '../analyze/signals';
import { joinList, possessive, snippet } from './grammar';
import { makeGround, type Ground } from './ground';
import type { ExpectedQuestion, StarOutline } from './plan';
import { phraseOf } from './questions';

type Draft = Omit<ExpectedQuestion, 'quote' | 'general'>;
type Candidates = (string | null | undefined)[];

interface Behaviour {
  question: string;
  situation: string;
  action: string;
  show: string;
  /** The situation can be one that used the posting's main skill ("a project …, ideally one involving Go"). */
  withSkill?: boolean;
}

/** Behavioural questions for the qualities a posting asks for, keyed by the soft-skill name. */
const BEHAVIOURS: Record<string, Behaviour> = {
  communication: {
    question: 'Tell me about a time you had to explain something complex to people without your background.',
    situation: 'a decision or problem that needed buy-in from people outside your field',
    action: 'how you chose what to leave out, the example or picture you used, and how you checked they understood',
    show: 'that you adapt the message to the listener',
  },
  collaboration: {
    question: 'Tell me about a project where you had to work closely with another team to get it done.',
    situation: 'a project that depended on another team with different goals',
    action: 'how you agreed on goals, shared work and handled the first disagreement',
    show: 'that you build working relationships, not just hand-offs',
    withSkill: true,
  },
  leadership: {
    question: 'Describe a time you led a group through a difficult stretch.',
    situation: 'a time the group was stuck, late or divided',
    action: 'what you decided, how you brought people along, what you delegated',
    show: 'that people follow you because of how you lead, not your title',
  },
  mentoring: {
    question: 'Tell me about someone you helped grow. What did you do?',
    situation: 'a colleague who was new or struggling',
    action: 'how you found what they needed, the feedback you gave and how you stepped back',
    show: 'that you make the people around you better',
  },
  'problem solving': {
    question: 'Walk me through the hardest problem you solved recently.',
    situation: 'a problem with no obvious answer that mattered to the business',
    action: 'how you broke it down, the options you weighed and why you chose one',
    show: 'a clear, structured way of thinking under uncertainty',
    withSkill: true,
  },
  ownership: {
    question: 'Tell me about something you owned from start to finish.',
    situation: 'a piece of work where the outcome rested on you',
    action: 'the calls you made without being asked, and what you did when it went wrong',
    show: 'that you take responsibility for outcomes, not only tasks',
    withSkill: true,
  },
  prioritisation: {
    question: 'Tell me about a time you had more to do than time to do it. How did you choose?',
    situation: 'competing deadlines or requests from different people',
    action: 'how you ranked the work, what you said no to and how you told people',
    show: 'sound judgement about what matters most',
  },
  'stakeholder management': {
    question: 'Describe a time you had to manage stakeholders who wanted different things.',
    situation: 'two or more stakeholders pulling in different directions',
    action: 'how you surfaced the conflict, found common ground and kept everyone informed',
    show: 'that you can hold a line diplomatically',
  },
  adaptability: {
    question: 'Tell me about a time your plans changed suddenly. What did you do?',
    situation: 'a change of direction, scope or team you did not expect',
    action: 'how you re-planned, what you kept and what you let go',
    show: 'calm and speed when things change',
  },
  'attention to detail': {
    question: 'Give an example of a mistake you caught before it caused a problem.',
    situation: 'work where a small error would have been costly',
    action: 'the check or habit that caught it and what you changed afterwards',
    show: 'care and a habit of checking, without slowing everything down',
    withSkill: true,
  },
  'customer focus': {
    question: 'Tell me about a time you changed your plans because of what a customer needed.',
    situation: 'a customer need that was not what the team expected',
    action: 'how you learned about the need and how you changed the work',
    show: 'that you start from the customer’s problem',
  },
  independence: {
    question: 'Describe a time you had to make progress with little direction.',
    situation: 'an unclear brief or a manager who was not available',
    action: 'how you defined the goal yourself and when you checked in',
    show: 'that you can be trusted to run with things',
    withSkill: true,
  },
  'analytical thinking': {
    question: 'Tell me about a decision you made based on data. What did the data show?',
    situation: 'a decision where opinions differed and data could settle it',
    action: 'what you measured, how you checked the numbers and what you recommended',
    show: 'that you reason from evidence',
    withSkill: true,
  },
  presentation: {
    question: 'Tell me about a presentation that changed someone’s mind.',
    situation: 'an audience that started out unconvinced',
    action: 'how you structured the story and handled the hard questions',
    show: 'clarity and confidence in front of a room',
  },
  negotiation: {
    question: 'Describe a negotiation where you reached a good outcome for both sides.',
    situation: 'a negotiation with real stakes on both sides',
    action: 'how you prepared, what you traded and where you held firm',
    show: 'that you can win without burning bridges',
  },
  learning: {
    question: 'Tell me about something you had to learn quickly for your work.',
    situation: 'a new tool, domain or skill needed on a deadline',
    action: 'how you learned it, whom you asked and how you checked you had it right',
    show: 'that you learn fast and know how you learn',
    withSkill: true,
  },
};

const FALLBACK_BEHAVIOURS = ['problem solving', 'collaboration', 'ownership'];

/**
 * What technical questions cover, per kind of skill. A pair is [for one skill, for several]:
 * "Questions on Scrum: how you have applied it" but "on Scrum and Kanban: … applied them".
 */
const TECH_TOPICS: Partial<Record<SkillCategory, string | [string, string]>> = {
  language: 'idiomatic code, testing, debugging and performance trade-offs',
  framework: ['how it works under the hood, structuring a larger codebase, and its pitfalls', 'how they work under the hood, structuring a larger codebase, and their pitfalls'],
  library: ['when to reach for it, its main APIs and its limits', 'when to reach for each, their main APIs and their limits'],
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

/** `quote`: the item's honest quote, or null when the quality is one most interviews test. */
function star(behaviour: Behaviour, quote: string | null, s: Signals): StarOutline {
  const skill = s.skills[0]?.name;
  return {
    situation: `Pick ${behaviour.situation}${skill && behaviour.withSkill ? `, ideally one involving ${skill}` : ''}.`,
    task: 'Say what you were responsible for and what was at stake, in a sentence or two.',
    action: `Spend most of the answer here: ${behaviour.action}. Say “I”, not “we”.`,
    result: 'End with the outcome in numbers if you can, and what you learned.',
    show: quote
      ? `Show ${behaviour.show}. The posting asks for it: “${quote.length > 160 ? quote.slice(0, 157).replace(/\s+\S*$/, '') + '…' : quote}”`
      : `Show ${behaviour.show}.`,
  };
}

/** One item per kind of skill: "Questions on Go and PostgreSQL" rather than two near-copies. */
function technical(skills: SkillMatch[], ground: Ground): ExpectedQuestion[] {
  const byCategory = new Map<string, SkillMatch[]>();
  for (const skill of skills) byCategory.set(skill.category, [...(byCategory.get(skill.category) ?? []), skill]);
  return [...byCategory.entries()].slice(0, 4).map(([category, group]) => {
    const names = joinList(group.map((k) => k.name));
    const topics = TECH_TOPICS[category as SkillCategory] ?? ['how you have used it and what you would do differently', 'how you have used them and what you would do differently'];
    const draft: Draft = {
      id: `expect-tech-${category}`,
      text: `Questions on ${names}: ${typeof topics === 'string' ? topics : topics[group.length === 1 ? 0 : 1]}.`,
      kind: 'technical',
      hint: `Prepare one real example of your work with ${group.length === 1 ? names : `each of ${names}`}, and be ready to go one level deeper than your CV.`,
      star: null,
    };
    return ground(draft, group.flatMap((k) => k.sentences.map((x) => x.text)));
  });
}

export function buildExpect(s: Signals): ExpectedQuestion[] {
  const out: ExpectedQuestion[] = [];
  const ground = makeGround(s);
  // Each question with the sentences that may have prompted it; with none honest, it is
  // marked general (ground.ts).
  const push = (item: Draft, candidates: Candidates = [], cue?: RegExp) => out.push(ground(item, candidates, cue));
  const who = s.company ?? 'the company';
  const topSkills = s.skills.slice(0, 2).map((k) => k.name);

  push({
    id: 'expect-about-you',
    text: 'Tell me about yourself.',
    kind: 'standard',
    hint: `Keep it to two minutes and aim it at the ${s.title} role: where you are now, ${topSkills.length > 0 ? `your work with ${joinList(topSkills)}, ` : ''}and why this role is the next step.`,
    star: null,
  }, s.skills.slice(0, 2).flatMap((k) => k.sentences.map((x) => x.text)));
  push({
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
  const duty = s.responsibilities.find((d) => d.text.length >= 25);
  push({
    id: 'expect-why-role',
    text: 'Why this role, and why now?',
    kind: 'standard',
    hint: duty
      ? `Pick one or two responsibilities you are excited about, such as “${phraseOf(duty.text, 70, { quoted: true })}”, and explain what you would bring to them.`
      : 'Explain what in the role matches where you want your career to go.',
    star: null,
  }, [duty?.text]);
  push({
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
  for (const quality of qualities.slice(0, 6)) {
    const behaviour = BEHAVIOURS[quality.value]!;
    const item = ground<Draft>({
      id: `expect-behaviour-${quality.value.replace(/\W+/g, '-')}`,
      text: behaviour.question,
      kind: 'behavioural',
      hint: quality.words
        ? `They will be checking for ${quality.value}: the posting says “${snippet(quality.words, 60)}”.`
        : `They will be checking for ${quality.value}, which most interviews test.`,
      star: null,
    }, [quality.quote]);
    out.push({ ...item, star: star(behaviour, item.quote, s) });
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
  return out;
}
