/**
 * Honest grounding: every quote in a plan is a sentence of the description that supports its
 * item; an item with nothing specific to quote is marked general and carries no quote. The two
 * postings here are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../src/core/analyze/signals';
import { isRegion } from '../../src/core/analyze/regions';
import { isCallOrLink } from '../../src/core/analyze/sections';
import { field, type JobPosting } from '../../src/core/posting';
import { buildPlanFromSignals, buildPrepPlan } from '../../src/core/prep';
import { planToMarkdown } from '../../src/core/prep/markdown';
import { checkPlan, isHonestQuote, MAX_PLAN_USES, MAX_USES, quoteContext, stem } from '../../src/core/prep/quality';

function posting(title: string, company: string, description: string): JobPosting {
  return {
    kind: 'posting',
    url: 'https://jobs.example/1',
    title: field(title, 'json-ld', 0.9),
    company: field(company, 'json-ld', 0.9),
    location: null,
    description: field(description, 'json-ld', 0.9),
  };
}

const SALES = posting(
  'Account Executive, EMEA',
  'Larkspur Analytics',
  [
    'About us',
    'Larkspur Analytics helps retailers forecast demand for fresh food.',
    'We value transparency and share our numbers with every customer.',
    'The role',
    '- Own a pipeline of mid-market retailers across EMEA',
    '- Run discovery calls and product demos with category managers',
    '- Negotiate annual contracts with procurement teams',
    'What you bring',
    '- 4+ years of experience in B2B SaaS sales',
    '- Experience with Salesforce and Gong',
    '- You communicate clearly with store managers and finance directors alike',
  ].join('\n'),
);

const ENGINEERING = posting(
  'Backend Engineer',
  'Quillmoor',
  [
    'About Quillmoor',
    'Quillmoor builds scheduling software for community clinics.',
    'Our mission is to give every nurse an extra hour a week.',
    'What you will do',
    '- Design and maintain the APIs behind our booking flow',
    '- Work closely with designers and clinic staff to ship small changes often',
    '- Join the on-call rotation, one week in six',
    'Requirements',
    '- 3+ years of experience with Go and PostgreSQL',
    '- Comfortable with pair programming and code review',
    '- Experience with Scrum and Kanban',
  ].join('\n'),
);

describe('isHonestQuote', () => {
  const ctx = quoteContext(ENGINEERING);

  it('refuses the title or the company name as a quote', () => {
    expect(isHonestQuote('Backend Engineer', 'Is the Backend Engineer role a new position?', ctx)).toBe(false);
    expect(isHonestQuote('Quillmoor', 'What do you enjoy most about working at Quillmoor?', ctx)).toBe(false);
  });

  it('accepts a sentence of the description that shares a content word with the item', () => {
    const quote = 'Our mission is to give every nurse an extra hour a week.';
    expect(isHonestQuote(quote, 'How does the day-to-day work connect to Quillmoor’s mission?', ctx)).toBe(true);
  });

  it('refuses a sentence that shares only the title, the company or stop words with the item', () => {
    const quote = 'Quillmoor builds scheduling software for community clinics.';
    expect(isHonestQuote(quote, 'What do you enjoy most about working at Quillmoor?', ctx)).toBe(false);
    expect(isHonestQuote('- Join the on-call rotation, one week in six', 'How is the Backend Engineer role organised?', ctx)).toBe(false);
  });

  it('refuses words that are not in the description', () => {
    expect(isHonestQuote('Our mission is to cure every disease.', 'Why does the mission matter to you?', ctx)).toBe(false);
    expect(isHonestQuote(null, 'Why does the mission matter to you?', ctx)).toBe(false);
  });

  it('meets a word in its other forms', () => {
    expect(['manages', 'managing', 'management', 'manager'].map(stem)).toEqual(['manag', 'manag', 'manag', 'manag']);
    expect(stem('paced')).toBe(stem('pace'));
    expect(stem('interview')).not.toBe(stem('international'));
  });
});

describe('a plan quotes honestly or says it is general', () => {
  for (const p of [SALES, ENGINEERING]) {
    const plan = buildPrepPlan(p);
    const items = [...plan.research, ...plan.questions, ...plan.expect];
    const title = p.title!.value;
    const company = p.company!.value;

    it(`${title}: no quote is the title or the company alone, and every quote is honest`, () => {
      for (const item of items) {
        expect([title, company], item.id).not.toContain(item.quote);
        expect(item.general, item.id).toBe(item.quote === null);
      }
      const report = checkPlan(plan, p);
      expect(report.issues).toEqual([]);
      expect(report.grounding.dishonest).toBe(0);
      expect(report.grounding.honest).toBeGreaterThanOrEqual(10);
    });

    it(`${title}: items with nothing to quote are general`, () => {
      const byId = new Map(items.map((i) => [i.id, i]));
      for (const id of ['ask-why-open', 'ask-enjoy']) expect(byId.get(id), id).toMatchObject({ general: true, quote: null });
    });

    it(`${title}: the step about people in the role asks about a duty no question quotes`, () => {
      const people = plan.research.find((r) => r.id === 'research-people')!;
      const phrase = `“${people.quote!}”`;
      expect(people.general).toBe(false);
      expect(people.text).toContain(phrase);
      for (const q of plan.questions) expect(q.text, q.id).not.toContain(phrase);
    });
  }

  it('quotes the sentence that prompted each item on the sales posting', () => {
    const plan = buildPrepPlan(SALES);
    const quote = (id: string) => [...plan.research, ...plan.questions, ...plan.expect].find((i) => i.id === id)?.quote;
    expect(quote('research-values')).toBe('We value transparency and share our numbers with every customer.');
    expect(quote('ask-values')).toBe('We value transparency and share our numbers with every customer.');
    expect(quote('ask-duty-0')).toBe('Own a pipeline of mid-market retailers across EMEA');
    // Three items of Expect quote the years of experience; the opener that needs it least does not.
    expect(quote('expect-experience')).toBe('4+ years of experience in B2B SaaS sales');
    expect(quote('expect-know-company')).toBeNull();
    // The pay is not stated: nothing to quote, and the question says so.
    expect(plan.questions.find((q) => q.id === 'ask-clarify-no-salary')).toMatchObject({ general: true, quote: null });
  });

  it('quotes the sentence that prompted each item on the engineering posting', () => {
    const plan = buildPrepPlan(ENGINEERING);
    const quote = (id: string) => [...plan.research, ...plan.questions, ...plan.expect].find((i) => i.id === id)?.quote;
    expect(quote('ask-mission')).toBe('Our mission is to give every nurse an extra hour a week.');
    expect(quote('ask-on-call')).toBe('Join the on-call rotation, one week in six');
    expect(quote('expect-behaviour-collaboration')).toBe('Work closely with designers and clinic staff to ship small changes often');
  });

  it('shows no quote for a general item in the Markdown brief', () => {
    const plan = buildPrepPlan(ENGINEERING);
    const md = planToMarkdown(plan);
    const whyOpen = plan.questions.find((q) => q.id === 'ask-why-open')!;
    const after = md.split('\n')[md.split('\n').findIndex((l) => l.startsWith(`- ${whyOpen.text}`)) + 1];
    expect(after).not.toMatch(/^\s*>/);
  });
});

describe('no sentence is quoted under more than MAX_USES items of a part, MAX_PLAN_USES of a plan', () => {
  // One sentence that touches most cues (open source, remote work, values, a startup, pay,
  // teamwork), in a short posting: every item would like to quote it.
  const CROWDED = posting(
    'Community Engineer',
    'Tamarisk Labs',
    [
      'You care about open source, remote-first teamwork, our values of candour and curiosity, and building a startup with competitive pay and equity.',
      'You will answer questions from developers in our forum and write guides for our command-line tool.',
      'You have shipped an open source project that other people use.',
      'Our team works across four time zones and meets twice a year in person.',
    ].join('\n'),
  );

  it('spreads the quotes of each part over the posting’s sentences and marks the rest general', () => {
    const plan = buildPrepPlan(CROWDED);
    const count = (items: readonly { quote: string | null }[]) => {
      const uses = new Map<string, number>();
      for (const item of items) if (item.quote) uses.set(item.quote, (uses.get(item.quote) ?? 0) + 1);
      return uses;
    };
    // The questions, grounded first, reach the part's limit on the crowded sentence.
    expect(count(plan.questions).get(CROWDED.description!.value.split('\n')[0]!)).toBe(MAX_USES);
    for (const part of [plan.research, plan.questions, plan.expect]) {
      for (const n of count(part).values()) expect(n).toBeLessThanOrEqual(MAX_USES);
    }
    // How many sentences each part quotes: research, grounded last, finds the crowded sentence
    // used up and no other that supports its items, so its items are general.
    expect([plan.research, plan.questions, plan.expect].map((part) => count(part).size)).toEqual([0, 3, 3]);
    // The plan's limit binds: the crowded sentence is quoted exactly that often in all.
    const plan_ = count([...plan.research, ...plan.questions, ...plan.expect]);
    expect(Math.max(...plan_.values())).toBe(MAX_PLAN_USES);
    expect(checkPlan(plan, CROWDED).issues.filter((i) => i.kind === 'overquoted')).toEqual([]);
  });

  it('counts afresh for each plan built from the same analysis', () => {
    const signals = analyzePosting(CROWDED);
    expect(buildPlanFromSignals(CROWDED, signals)).toEqual(buildPlanFromSignals(CROWDED, signals));
  });

  it('is reported by checkPlan when a whole plan breaks it', () => {
    const plan = buildPrepPlan(CROWDED);
    const quote = 'You will answer questions from developers in our forum and write guides for our command-line tool.';
    // Two items of each part: within each part's limit, one over the plan's.
    const twoOf = <T extends { id: string }>(items: T[]) => items.map((item, i) => (i < 2 ? { ...item, quote, general: false } : item));
    const over = { ...plan, research: twoOf(plan.research), questions: twoOf(plan.questions), expect: twoOf(plan.expect) };
    expect(MAX_PLAN_USES).toBe(5);
    expect(checkPlan(over, CROWDED).issues.filter((i) => i.kind === 'overquoted').map((i) => i.detail)).toEqual([
      'more than 5 items of the plan quote “You will answer questions from developers in our forum and write guides for o…”',
    ]);
  });

  it('is reported by checkPlan when a part breaks it', () => {
    const plan = buildPrepPlan(CROWDED);
    const quote = 'You will answer questions from developers in our forum and write guides for our command-line tool.';
    const over = plan.questions.slice(0, MAX_USES + 1).map((q) => ({ ...q, quote, general: false }));
    const report = checkPlan({ ...plan, questions: [...over, ...plan.questions.slice(MAX_USES + 1)] }, CROWDED);
    expect(report.issues.filter((i) => i.kind === 'overquoted').map((i) => i.item)).toEqual([over[MAX_USES]!.id]);
  });
});

describe('seams', () => {
  it('keeps the posting’s case inside quotation marks', () => {
    const duty = buildPrepPlan(ENGINEERING).questions.find((q) => q.id === 'ask-duty-0')!;
    expect(duty.text).toBe('The posting lists “Design and maintain the APIs behind our booking flow”. What does that involve in a typical week?');
  });

  it('says "them" of several skills and "it" of one', () => {
    const expectTexts = buildPrepPlan(ENGINEERING).expect.map((e) => e.text);
    expect(expectTexts).toContain('Questions on pair programming, code review, Scrum, and Kanban: how you have applied them, what worked and what you would change.');
    const one = buildPrepPlan(posting('Delivery Lead', 'Quillmoor', 'Requirements\n- Experience with Scrum in a product team'));
    expect(one.expect.map((e) => e.text)).toContain('Questions on Scrum: how you have applied it, what worked and what you would change.');
  });

  it('does not take a region for a product or a team', () => {
    expect(['EMEA', 'APAC', 'DACH', 'Nordics', 'North America', 'Germany', 'Berlin'].every(isRegion)).toBe(true);
    expect(isRegion('Salesforce')).toBe(false);
    const regional = posting(
      'Partner Manager',
      'Quillmoor',
      'You will grow our partner network in EMEA. Partners in EMEA and APAC resell our booking app. Join the EMEA team in Lisbon.',
    );
    const s = analyzePosting(regional);
    expect(s.products.map((p) => p.value)).not.toContain('EMEA');
    expect(s.teams.map((t) => t.value)).not.toContain('EMEA team');
    const texts = JSON.stringify(buildPrepPlan(regional));
    expect(texts).not.toMatch(/what EMEA does|behind EMEA|next for EMEA|the EMEA team owns/);
  });
});

describe('calls to apply or get in touch are no reason', () => {
  const calls = [
    'If you are curious to know more about us and what we can achieve together, get in touch!',
    'We encourage people from every background to apply, even if you meet only some of the points above.',
    'You must hold a valid work permit to apply for this job.',
    'To apply, send a short note and a link to your work to jobs@quillmoor.example.',
    'If this vacancy is not quite right, contact us for a confidential chat about your next move.',
    'Read more about our clinics at https://quillmoor.example/clinics.',
    'Wir freuen uns auf deine Bewerbung mit Lebenslauf.',
    'N’hésitez pas à postuler, même si vous ne cochez pas toutes les cases.',
  ];
  const skills = [
    'Ability to apply statistical methods to messy clinic data.',
    'You reach out to new clinics and book the first demo.',
    'You are curious and like to understand how a clinic really runs.',
  ];

  it('recognises the calls and not a duty or a requirement that uses the same words', () => {
    expect(calls.filter((c) => !isCallOrLink(c))).toEqual([]);
    expect(skills.filter(isCallOrLink)).toEqual([]);
  });

  it('finds no value, skill or duty in them and quotes none of them', () => {
    const withCalls = posting('Backend Engineer', 'Quillmoor', ['The role', '- Build the booking API in Go', ...calls].join('\n'));
    const s = analyzePosting(withCalls);
    expect(s.values.map((v) => v.value)).toEqual([]);
    expect(s.softSkills.map((v) => v.value)).toEqual([]);
    expect(s.sentences.map((x) => x.text)).toEqual(['Build the booking API in Go']);
    const quotes = JSON.stringify(buildPrepPlan(withCalls));
    for (const call of calls) expect(quotes).not.toContain(call.slice(0, 30));
    // The measure agrees: a call is not honest even when it shares the item's words.
    expect(isHonestQuote(calls[0]!, 'Give an example of how curiosity shaped a decision; what did you want to know more about?', quoteContext(withCalls))).toBe(false);
  });

  it('still reads a curious candidate as a quality the posting asks for', () => {
    const s = analyzePosting(posting('Backend Engineer', 'Quillmoor', skills[2]!));
    expect(s.values.map((v) => v.value)).toEqual(['curiosity']);
  });
});

describe('the industry is what the employer does', () => {
  const industryOf = (description: string) => analyzePosting(posting('Payroll Clerk', 'Quillmoor', description)).industry?.value ?? null;

  it('is not read from a perk, a duty, a requirement or a condition of the job', () => {
    expect(industryOf('What we offer\n- Health insurance for you and your family')).toBeNull();
    expect(industryOf('The role\n- Calculate and process statutory payments each month')).toBeNull();
    expect(industryOf('What you bring\n- Two years in account management at a SaaS company')).toBeNull();
    expect(industryOf('Some travel to our second office will occasionally be required.')).toBeNull();
  });

  it('is read where the page says what the company or its client does', () => {
    expect(industryOf('About us\nWe schedule shifts for clinics across the north.\nOur customers are in healthcare.')).toBe('healthcare');
    expect(industryOf('Quillmoor builds payroll software for the hospitality trade.')).toBe('hospitality');
    expect(industryOf('Our client is a regional insurance group with 600 staff.')).toBe('insurance');
  });
});

describe('words that look like a value or the market, and are not', () => {
  const ops = posting(
    'Investor Operations Analyst',
    'Fenwick Capital',
    [
      'About the role',
      'You will keep the accuracy and integrity of our records while onboarding new investors.',
      'Data integrity checks run every night on the ledger.',
      'We offer a competitive salary, a pension and a learning budget.',
      'Our values',
      'We act with integrity and say so when we get something wrong.',
    ].join('\n'),
  );
  const signals = analyzePosting(ops);

  it('reads integrity said of records or data as no value, and integrity said of people as one', () => {
    expect(signals.values.find((v) => v.value === 'integrity')?.quote).toBe('We act with integrity and say so when we get something wrong.');
    const without = analyzePosting(posting('Investor Operations Analyst', 'Fenwick Capital', 'You will keep the accuracy and integrity of our records. Data integrity checks run every night.'));
    expect(without.values.map((v) => v.value)).not.toContain('integrity');
  });

  it('never grounds the competitors item in a "competitive salary"', () => {
    const item = buildPrepPlan(ops).research.find((r) => r.id === 'research-competitors');
    expect(item?.quote ?? null).toBeNull();
  });
});
