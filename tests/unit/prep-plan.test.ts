/**
 * The prep plan's quality rules over many postings: every fixture page of the extractor, and
 * postings written here to reach the edge cases (one, two or many skills; no company; names
 * like eBay and iOS; another language; every point worth clarifying).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract';
import { field, type JobPosting } from '../../src/core/posting';
import { buildPrepPlan, THIN_NOTICE } from '../../src/core/prep';
import { STAGES, type InterviewStage } from '../../src/core/prep/plan';
import { checkPlan } from '../../src/core/prep/quality';
import { parseHtml } from '../helpers/dom';

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');

function fixturePostings(): JobPosting[] {
  const out: JobPosting[] = [];
  for (const slug of readdirSync(PAGES)) {
    let expected: { url: string; kind: string };
    try {
      expected = JSON.parse(readFileSync(resolve(PAGES, slug, 'expected.json'), 'utf8'));
    } catch {
      continue;
    }
    if (expected.kind !== 'posting') continue;
    const result = extractPosting(parseHtml(readFileSync(resolve(PAGES, slug, 'page.html'), 'utf8'), expected.url), expected.url);
    if (result.kind === 'posting') out.push(result);
  }
  return out;
}

export function posting(title: string, company: string | null, description: string, extra: Partial<JobPosting> = {}): JobPosting {
  return {
    kind: 'posting',
    url: `https://jobs.example/${encodeURIComponent(title)}`,
    title: field(title, 'json-ld', 0.9),
    company: company ? field(company, 'json-ld', 0.9) : null,
    location: null,
    description: description ? field(description, 'json-ld', 0.9) : null,
    ...extra,
  };
}

const WRITTEN: JobPosting[] = [
  posting('iOS Developer', 'eBay', 'About the role\nYou will build the eBay app for iOS.\nRequirements\n- 3+ years of experience with Swift\n- Experience with SwiftUI and Xcode'),
  posting('Office Manager', null, ''),
  posting('Barista', 'Crumb & Co', 'We are hiring a barista for our busy café. You will make coffee and serve customers.'),
  posting(
    'Head of Sales, DACH',
    'Kestrel Robotics',
    'About us\nKestrel Robotics is a Series A startup of 40 people building warehouse robots.\nThe role\n- Build and lead a team of five account executives\n- Own the revenue target for Germany, Austria and Switzerland\nWho you are\n- 8+ years of experience in B2B sales\n- Experience with Salesforce and HubSpot\n- You are a rockstar closer who can wear many hats in a fast-paced environment\n- Willingness to travel up to 40%\nWe offer a competitive salary and unlimited PTO. This is a reposted job; previous applicants need not apply.',
  ),
  posting(
    'Senior Site Reliability Engineer',
    'Tidal Grid',
    'Our mission is to balance the power grid with renewable energy.\nResponsibilities\n- Run Kubernetes on AWS with Terraform\n- Join the on-call rotation for our platform\n- Work closely with product and data science\nRequirements\n- 5+ years of experience in SRE\n- Go or Python\nThis role is fully remote within Europe. Salary: €90,000 - €110,000 per year. The interview process has a take-home exercise and a system design interview. Other duties as assigned. Trial day is unpaid.',
  ),
  posting(
    'Pflegefachkraft (m/w/d)',
    'Klinikum Nordstadt',
    'Wir suchen eine engagierte Pflegefachkraft für unsere Station. Ihre Aufgaben: Sie betreuen Patienten und arbeiten im Team mit Ärzten. Ihr Profil: Sie haben eine abgeschlossene Ausbildung und Freude an der Arbeit mit Menschen. Wir bieten eine faire Bezahlung und flexible Arbeitszeiten.',
    { language: field('de', 'page-text', 0.7) },
  ),
];

const ALL = [...fixturePostings(), ...WRITTEN];

describe('prep plan quality', () => {
  it('covers many postings', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(20);
  });

  for (const p of ALL) {
    it(`${p.title?.value} at ${p.company?.value ?? '(no company)'}`, () => {
      const plan = buildPrepPlan(p);
      const report = checkPlan(plan, p);
      expect(report.issues).toEqual([]);
      expect(plan.research.length).toBeGreaterThanOrEqual(8);
      expect(plan.questions.length).toBeGreaterThanOrEqual(10);
      expect(new Set(plan.questions.map((q) => q.group)).size).toBeGreaterThanOrEqual(4);
      for (const stage of Object.keys(STAGES) as InterviewStage[]) {
        expect(plan.questions.filter((q) => q.stages.includes(stage)).length, stage).toBeGreaterThanOrEqual(1);
      }
      expect(plan.expect.some((e) => e.kind === 'behavioural' && e.star)).toBe(true);
    });
  }

  it('gives two different postings mostly different questions', () => {
    const plans = ALL.map((p) => new Set(buildPrepPlan(p).questions.map((q) => q.text)));
    const shares: number[] = [];
    for (const a of plans) for (const b of plans) if (a !== b) shares.push([...a].filter((q) => b.has(q)).length / a.size);
    expect(shares.reduce((x, y) => x + y, 0) / shares.length).toBeLessThanOrEqual(0.2);
  });
});

describe('what the plan says', () => {
  const plan = (p: JobPosting) => buildPrepPlan(p);

  it('keeps names as written, at the start of a sentence too', () => {
    const texts = JSON.stringify(plan(WRITTEN[0]!));
    expect(texts).toContain('eBay');
    expect(texts).not.toMatch(/\bEbay\b|\bIOS\b/);
    // The questions on growth and onboarding are asked about its requirements: the posting says nothing else about them.
    expect(plan(WRITTEN[0]!).questions.map((q) => q.text)).toEqual(
      expect.arrayContaining([
        'Beyond “3+ years of experience with Swift”, which skills have people in this role grown into at eBay?',
        'The posting asks for “Experience with SwiftUI and Xcode”. How would the first weeks help a new iOS Developer build on it?',
      ]),
    );
  });

  it('writes lists of one, two and many skills correctly', () => {
    const one = plan(posting('Analyst', 'Acme', 'Requirements\n- Experience with Tableau'));
    expect(one.research.find((r) => r.id === 'research-skills')?.text).toBe('Refresh Tableau: prepare one concrete example of your work with each.'.replace(' with each', ' with it'));
    const two = plan(posting('Analyst', 'Acme', 'Requirements\n- Experience with Tableau and SQL'));
    expect(two.research.find((r) => r.id === 'research-skills')?.text).toBe('Refresh Tableau and SQL: prepare one concrete example of your work with each.');
    const many = plan(posting('Analyst', 'Acme', 'Requirements\n- Experience with Tableau, SQL and Python\n- Excel'));
    expect(many.research.find((r) => r.id === 'research-skills')?.text).toBe('Refresh Tableau, SQL, Python, and Excel: prepare one concrete example of your work with each.');
  });

  it('asks tactfully about each point worth clarifying', () => {
    const ids = plan(WRITTEN[3]!).questions.map((q) => q.id);
    expect(ids).toEqual(expect.arrayContaining(['ask-clarify-hype-words', 'ask-clarify-many-hats', 'ask-clarify-fast-paced', 'ask-clarify-unlimited-pto', 'ask-clarify-reposted', 'ask-clarify-competitive-pay', 'ask-travel']));
    const sre = plan(WRITTEN[4]!).questions.map((q) => q.id);
    expect(sre).toEqual(expect.arrayContaining(['ask-clarify-vague-scope', 'ask-clarify-unpaid-work', 'ask-on-call', 'ask-work-mode']));
    expect(sre).not.toContain('ask-clarify-no-salary');
    expect(plan(WRITTEN[2]!).questions.map((q) => q.id)).toContain('ask-clarify-no-salary');
  });

  it('says plainly when the posting is not in English', () => {
    // The German posting yields nothing the English rules can ground: the plan says so, and
    // does not call a posting it could not read a thin one.
    expect(plan(WRITTEN[5]!).notice).toBe(
      'This posting is in German. Interview Lens reads English postings best, so this plan is in English and uses only what it could understand. ' +
        'None of the research steps and questions below come from its own words, and the rest is advice that suits any interview. Read the posting beside this plan, and add what you learn to your notes.',
    );
    expect(plan(WRITTEN[5]!).notice).toMatch(THIN_NOTICE);
    expect(plan(WRITTEN[5]!).notice).not.toMatch(/says too little/);
    expect(plan(WRITTEN[4]!).notice).toBeNull();
    // A language known only from the page's lang attribute is named too.
    const lithuanian = plan({ ...WRITTEN[5]!, language: field('lt', 'page-text', 0.7) }).notice;
    expect(lithuanian?.startsWith('This posting is in Lithuanian. ')).toBe(true);
  });

  it('links the interviewers the user names, one, two or many', () => {
    const one = buildPrepPlan(WRITTEN[4]!, { interviewers: ['Ana Ruiz'] });
    expect(one.research.find((r) => r.id === 'research-interviewers')?.text).toBe(
      'Look up Ana Ruiz: their role, how long they have been at Tidal Grid, what they have written or spoken about.',
    );
    const three = buildPrepPlan(WRITTEN[4]!, { interviewers: ['Ana Ruiz', ' Bo  Chen ', 'Dee Moss', ''] });
    const item = three.research.find((r) => r.id === 'research-interviewers')!;
    expect(item.text.startsWith('Look up Ana Ruiz, Bo Chen, and Dee Moss: each one’s role')).toBe(true);
    expect(item.links.map((l) => l.url)).toEqual([
      'https://www.linkedin.com/search/results/people/?keywords=Ana%20Ruiz%20Tidal%20Grid',
      'https://www.linkedin.com/search/results/people/?keywords=Bo%20Chen%20Tidal%20Grid',
      'https://www.linkedin.com/search/results/people/?keywords=Dee%20Moss%20Tidal%20Grid',
    ]);
    expect(checkPlan(three, WRITTEN[4]!, ['Ana Ruiz', 'Bo Chen', 'Dee Moss']).issues).toEqual([]);
  });

  it('works from the title alone', () => {
    const bare = plan(WRITTEN[1]!);
    expect(bare.research.length).toBeGreaterThanOrEqual(8);
    expect(bare.posting).toEqual({ title: 'Office Manager', company: null, location: null, url: 'https://jobs.example/Office%20Manager' });
  });
});
