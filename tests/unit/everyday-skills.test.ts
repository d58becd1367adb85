/**
 * What a plan builds on when a posting names little: office software is asked of every desk
 * job, so it is never "the team's work", and an industry word inside a hyphenated adjective
 * ("high-energy salesperson") names no industry. The postings are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../src/core/analyze/signals';
import { field, type JobPosting } from '../../src/core/posting';
import { buildPrepPlan } from '../../src/core/prep';
import { planToMarkdown } from '../../src/core/prep/markdown';

function posting(title: string, company: string, description: string[]): JobPosting {
  return {
    kind: 'posting',
    url: 'https://jobs.example/everyday',
    title: field(title, 'json-ld', 0.9),
    company: field(company, 'json-ld', 0.9),
    location: null,
    description: field(description.join('\n'), 'json-ld', 0.9),
  };
}

// A ticket-sales job whose only lexicon skill is the office suite.
const TICKETS = posting('Group Sales Representative', 'Harbour Hawks', [
  'The Harbour Hawks, a minor league hockey club on the lake since 1994, are looking for a high-energy seller to join our front office.',
  'What you will do',
  '- Phone schools, clubs and churches every weekday to book group nights at the arena',
  '- Meet a season revenue goal for group tickets agreed before the first home game',
  'What you bring',
  '- A year of selling anything to anyone, on the phone or face to face',
  '- Working knowledge of Microsoft Office and Outlook',
]);

// A data job that asks for Excel and for two tools of the trade.
const ANALYST = posting('Revenue Analyst', 'Corbel Freight', [
  'Corbel Freight is a logistics company moving chilled goods across the Nordics.',
  'What you bring',
  '- Advanced Excel and daily work with Microsoft Outlook',
  '- Two years of SQL and Tableau reporting for a finance team',
]);

// A developer whose projects are "in operation or construction", and whose perks include a learning budget.
const STORAGE = posting('Interconnection Engineer', 'Fallowmere Storage', [
  'About us',
  'Fallowmere Storage builds battery storage next to substations; we have 900 MW in operation or construction across three states.',
  'What you bring',
  '- A degree in electrical engineering and five years of utility interconnection studies',
  'Benefits',
  '- A $1,200 annual learning budget and wellness days every quarter',
]);

// An energy business, named as one.
const GRID = posting('Field Technician', 'Lowmoor Power', [
  'Lowmoor Power is a renewable energy company running wind farms in the uplands.',
  'What you bring',
  '- A high-voltage ticket and a full driving licence',
]);

describe('office software is every desk’s, not the team’s work', () => {
  it('ranks office software after the skills that say what the work is', () => {
    expect(analyzePosting(ANALYST).skills.map((k) => k.name)).toEqual(['SQL', 'Tableau', 'Excel', 'Microsoft Outlook']);
  });

  it('asks no question about the team’s office-software work and cites none in the follow-up', () => {
    const plan = buildPrepPlan(TICKETS);
    const text = planToMarkdown(plan);
    expect(plan.questions.find((q) => q.id === 'ask-skills')).toBeUndefined();
    expect(plan.questions.find((q) => q.id === 'ask-challenge')!.text).toBe('What is the hardest problem the team I would join is working on right now?');
    expect(text).not.toContain('hardest Microsoft Office');
    expect(text).not.toContain('experience with Microsoft Office would help');
    expect(text).toContain('I am confident I could contribute from the start.');
    expect(plan.expect.find((q) => q.id === 'expect-about-you')!.hint).toBe(
      'Keep it to two minutes and aim it at the Group Sales Representative role: where you are now, and why this role is the next step.',
    );
    // It is still worth refreshing, and still a technical topic: the posting asks for it.
    expect(text).toContain('Refresh Microsoft Office and Outlook: prepare one concrete example of your work with each.');
  });

  it('names the work skills where the posting has them', () => {
    const plan = buildPrepPlan(ANALYST);
    expect(plan.questions.find((q) => q.id === 'ask-skills')!.text).toBe('How does the team use SQL and Tableau today, and what would you like to improve about how they are used?');
    expect(plan.questions.find((q) => q.id === 'ask-challenge')!.text).toBe('What is the hardest SQL problem the team is working on right now?');
  });
});

describe('the people-in-the-role step', () => {
  it('quotes no statement about who may apply', () => {
    const open = posting('Farm Advisor', 'Wheelwright Dairies', [
      'What you will do',
      '- Visit member farms each week and agree a plan to cut emissions with each farmer',
      'About us',
      'We value talented people from any background and welcome applications from everyone.',
    ]);
    const people = buildPrepPlan(open).research.find((r) => r.id === 'research-people')!;
    expect(people.quote ?? null).toBeNull();
    expect(people.general).toBe(true);
  });
});

describe('the hardest-problem question', () => {
  it('quotes no trait asked of the candidate', () => {
    const solver = posting('Project Coordinator', 'Wheelwright Dairies', [
      'What you bring',
      '- A problem solver with a structured approach and a hard-working attitude',
      '- Two years of coordinating projects with farmers or growers',
    ]);
    const challenge = buildPrepPlan(solver).questions.find((q) => q.id === 'ask-challenge')!;
    expect(challenge.quote ?? null).not.toBe('A problem solver with a structured approach and a hard-working attitude');
  });
});

describe('a perk is not a value', () => {
  it('takes no value from the benefits', () => {
    expect(analyzePosting(STORAGE).values).toEqual([]);
    expect(buildPrepPlan(STORAGE).expect.some((q) => /learning/i.test(q.text))).toBe(false);
  });
});

describe('an industry is a word that stands alone', () => {
  it('reads no industry from a hyphenated adjective about the candidate', () => {
    expect(analyzePosting(TICKETS).industry).toBeNull();
  });

  it('reads an everyday noun as the industry only where the sentence says so', () => {
    expect(analyzePosting(STORAGE).industry?.value).toBe('battery storage');
    const builder = posting('Site Manager', 'Tarn & Hesketh', ['About us', 'Tarn & Hesketh is a family construction company building schools across Cumbria.']);
    expect(analyzePosting(builder).industry?.value).toBe('construction');
    const haulier = posting('Regional Driver', 'Saltmarsh Freight Lines', ['About us', 'Saltmarsh Freight Lines runs dry van freight out of our Hull terminal.']);
    expect(analyzePosting(haulier).industry?.value).toBe('freight');
    const tools = posting('Support Specialist', 'Quirewell', ['About us', 'Quirewell is a small company building writing and publishing tools for accountants.']);
    expect(analyzePosting(tools).industry?.value).toBe('publishing');
    const social = posting('Community Manager', 'Pellucid', ['About us', 'We grow our audience on social media and at events.']);
    expect(analyzePosting(social).industry).toBeNull();
  });

  it('reads the industry the company names', () => {
    expect(analyzePosting(GRID).industry?.value).toBe('renewable energy');
    expect(analyzePosting(ANALYST).industry?.value).toBe('logistics');
  });
});
