/**
 * Wording that follows what the posting names: a practice is done, a tool is used; each
 * behavioural outline draws on a different skill; the posting's own quotation marks nest inside
 * the plan's. The postings are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { isPractice } from '../../src/core/analyze/skills';
import { analyzePosting } from '../../src/core/analyze/signals';
import { field, type JobPosting } from '../../src/core/posting';
import { buildPrepPlan } from '../../src/core/prep';
import { nestQuotes } from '../../src/core/prep/grammar';
import { planToMarkdown } from '../../src/core/prep/markdown';

function posting(title: string, description: string[]): JobPosting {
  return {
    kind: 'posting',
    url: 'https://jobs.example/wording',
    title: field(title, 'json-ld', 0.9),
    company: field('Fernbrook Analytics', 'json-ld', 0.9),
    location: null,
    description: field(description.join('\n'), 'json-ld', 0.9),
  };
}

// Two practices (inside sales, account management) and no tool.
const PRACTICES = posting('Head of Sales', [
  'About the role',
  '- Build and lead a team of six inside sales agents from our Bergen office',
  '- Take over account management for our twenty largest customers',
  'What you bring',
  '- Experience in inside sales and in account management at a software company',
  '- We want someone “curious”, “hands-on” and calm under pressure',
]);

// Two tools and one practice.
const MIXED = posting('Sales Operations Analyst', [
  'What you will do',
  '- Keep our Salesforce and HubSpot data clean and build the weekly pipeline report',
  '- Support account management with renewal forecasts',
  'What you bring',
  '- Two years of Salesforce administration and HubSpot workflows',
  '- Experience with account management teams at a subscription business',
]);

describe('a practice is done, a tool is used', () => {
  it('tells them apart by how the lexicon writes them', () => {
    expect(analyzePosting(MIXED).skills.map((k) => [k.name, isPractice(k)])).toEqual([
      ['Salesforce', false],
      ['HubSpot', false],
      ['account management', true],
    ]);
  });

  it('asks how a practice is done and how a tool is used', () => {
    const ask = (p: JobPosting) => buildPrepPlan(p).questions.find((q) => q.id === 'ask-skills')!.text;
    expect(ask(PRACTICES)).toBe('How is inside sales and account management done in the team today, and what would you like to improve about it?');
    expect(ask(MIXED)).toBe('How does the team use Salesforce and HubSpot today, and what would you like to improve about how they are used?');
  });

  it('asks for an example of practice work rather than a refresh of it', () => {
    const refresh = (p: JobPosting) => buildPrepPlan(p).research.find((r) => r.id === 'research-skills')!.text;
    expect(refresh(PRACTICES)).toBe('Prepare one concrete example each of your inside sales and account management work, with a result you can state.');
    expect(refresh(MIXED)).toBe('Refresh Salesforce and HubSpot, and prepare one concrete example each of your work with them and of your account management work.');
  });
});

describe('behavioural outlines', () => {
  it('draw each on a different skill of the posting, never one skill three times', () => {
    const situations = buildPrepPlan(MIXED).expect.filter((e) => e.kind === 'behavioural' && e.star).map((e) => e.star!.situation);
    const involving = situations.map((x) => /ideally one involving (.+)\.$/.exec(x)?.[1] ?? null).filter(Boolean);
    expect(involving.length).toBeGreaterThanOrEqual(2);
    expect(new Set(involving).size).toBe(involving.length);
  });
});

describe('quotation marks', () => {
  it('turn the posting’s own double quotes single inside the plan’s', () => {
    expect(nestQuotes('someone “curious”, “hands-on” and "calm"')).toBe('someone ‘curious’, ‘hands-on’ and ‘calm’');
    expect(nestQuotes('no quotes here')).toBe('no quotes here');
  });

  it('leave no double quote nested in another in the Markdown brief', () => {
    const md = planToMarkdown(buildPrepPlan(PRACTICES));
    expect(md).toContain('‘hands-on’');
    for (const line of md.split('\n')) expect(line).not.toMatch(/“[^”]*“/);
  });
});

describe('certifications', () => {
  // A project role that asks for a certification first: it is held, not used by a team.
  const CERTIFIED = posting('Project Manager', [
    'What you will do',
    '- Lead the rollout of our new warehouse system across three sites, with agile planning and weekly demos',
    'What you bring',
    '- A PRINCE2 or PMP certification and five years of project management in logistics',
  ]);

  it('are not asked about as tools of the team', () => {
    const plan = buildPrepPlan(CERTIFIED);
    // The questions about the team's work; a requirement quoted as written may name them.
    const texts = plan.questions.filter((q) => ['ask-skills', 'ask-collaboration', 'ask-challenge', 'ask-feedback'].includes(q.id)).map((q) => q.text).join('\n');
    expect(texts).toContain('agile');
    expect(analyzePosting(CERTIFIED).skills.filter((k) => k.category === 'certification').map((k) => k.name)).toEqual(['PRINCE2', 'PMP certification']);
    expect(texts).not.toMatch(/PRINCE2|PMP/);
    expect(plan.questions.find((q) => q.id === 'ask-skills')?.text).toMatch(/^How (?:does the team use|is) (?!PRINCE2)/);
  });
});

describe('data formats', () => {
  it('asks about a format as something written and kept valid, not as a language to program in', () => {
    const plan = buildPrepPlan(
      posting('Platform Engineer', [
        'What you will do',
        '- Write the Helm charts and Kubernetes manifests for our services',
        '- Keep our deployment pipelines fast and safe',
        'What you bring',
        '- Experience writing YAML for Kubernetes deployments',
        '- Experience with Go or Python in production',
      ]),
    );
    const texts = plan.expect.map((e) => e.text);
    expect(texts).toContain('Questions on YAML: where you have used it, keeping it valid, and where it gets in the way.');
    expect(texts.some((t) => /YAML[^.]*idiomatic code/.test(t))).toBe(false);
  });
});

describe('a quote that describes the person sought', () => {
  it('is cited as what the posting asks for, not as a piece of work', () => {
    const plan = buildPrepPlan(
      posting('Data Analyst', [
        'What you will do',
        '- Build the weekly revenue dashboards for the finance team',
        '- Clean and reconcile order data from our three shops',
        'Who you are',
        '- A problem solver who enjoys untangling messy data',
        '- Three years of experience with SQL and Python',
      ]),
    );
    const problem = plan.expect.find((e) => e.id === 'expect-behaviour-problem-solving')!;
    expect(problem.quote).toBe('A problem solver who enjoys untangling messy data');
    expect(problem.text).toMatch(/^(?:The posting asks for|The role calls for|They are looking for|The posting wants) “A problem solver who enjoys untangling messy data”\. Walk me through the hardest problem you solved recently\.$/);
  });
});

describe('a label over a list', () => {
  it('is not a requirement of its own: "Your story" lists the items under "Formation & Diplômes" and "Stack Technique", not the labels', () => {
    const plan = buildPrepPlan(
      posting('Développeur backend', [
        'Nous recherchons un développeur backend pour rejoindre notre équipe produit à Lyon.',
        'Profil recherché',
        'Formation & Diplômes',
        '- Bac+5 en informatique ou école d’ingénieurs',
        '- Une première expérience réussie en développement backend',
        'Stack Technique',
        '- Java 17, Spring Boot, PostgreSQL',
        '- Docker et Kubernetes en production',
      ]),
    );
    expect(plan.story.map((slot) => slot.requirement)).toEqual([
      'Bac+5 en informatique ou école d’ingénieurs',
      'Une première expérience réussie en développement backend',
      'Java 17, Spring Boot, PostgreSQL',
      'Docker et Kubernetes en production',
    ]);
  });
});
