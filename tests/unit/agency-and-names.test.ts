/**
 * A recruiting agency hiring for an employer it does not name, a skill named in shouted
 * capitals, and "travel" as a condition of the job rather than the employer's industry. The
 * postings are written for these tests, modelled on agency ads of older job boards.
 */
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../src/core/analyze/signals';
import { field, type JobPosting } from '../../src/core/posting';
import { buildPrepPlan } from '../../src/core/prep';
import { checkPlan } from '../../src/core/prep/quality';

function posting(title: string, company: string, description: string[], postedBy?: string): JobPosting {
  return {
    kind: 'posting',
    url: 'https://jobs.example/ad/1',
    title: field(title, 'heading', 0.8),
    company: field(company, 'label', 0.8),
    location: field('Swindon', 'label', 0.8),
    description: field(description.join('\n\n'), 'page-text', 0.6),
    ...(postedBy ? { postedBy: field(postedBy, 'label', 0.7) } : {}),
  };
}

const CLIENT_AD = posting('Dynamics CRM Developer', 'Harrowgate Technical Resourcing Ltd', [
  'DYNAMICS CRM DEVELOPER - C# / SQL SERVER - 12 MONTH CONTRACT - SWINDON',
  'My client, a regional housing association with 9,000 homes, is looking for a CRM developer to rebuild its tenant case system.',
  'You will extend the CRM with plugins written in C# and keep the SQL SERVER reporting database in step with it.',
  'The role is based at the head office with occasional travel to the two area offices.',
  'Harrowgate Technical Resourcing is acting as an employment business in relation to this vacancy.',
], 'Harrowgate Technical Resourcing (Agency)');

describe('an agency hiring for an employer it does not name', () => {
  it('is not the company the plan researches, and the first step is to learn who the employer is', () => {
    const s = analyzePosting(CLIENT_AD);
    expect(s.company).toBeNull();
    expect(s.agency).toEqual({
      value: 'Harrowgate Technical Resourcing Ltd',
      quote: 'My client, a regional housing association with 9,000 homes, is looking for a CRM developer to rebuild its tenant case system.',
      words: 'a regional housing association',
    });
    const plan = buildPrepPlan(CLIENT_AD);
    expect(plan.research[0]!.id).toBe('research-client');
    expect(plan.research[0]!.text).toBe(
      'Ask Harrowgate Technical Resourcing Ltd who its client is, the company the job is with, before you agree to an interview; then do the research below on that company, not on the agency.',
    );
    expect(plan.research[0]!.why).toBe('Harrowgate Technical Resourcing Ltd is a recruiting agency, and the posting describes the employer only as “a regional housing association”.');
    expect(plan.research[0]!.quote).toBe(s.agency!.quote);
    expect(plan.questions.map((q) => q.id)).toContain('ask-clarify-agency-client');
    // The question asks for the client in the word the posting uses, so the sentence about the
    // client supports it when the plan quotes it there (heldout22: it was quoted without sharing a word).
    expect(plan.questions.find((q) => q.id === 'ask-clarify-agency-client')!.text).toBe(
      'Who is your client, the company the job is with, and which steps of the process will be with them rather than with you?',
    );
    // No step names the agency as the place to work, and no link searches for the words "the company".
    const texts = [...plan.research, ...plan.questions, ...plan.expect].map((i) => i.text).join('\n');
    expect(texts).not.toMatch(/working at Harrowgate|about Harrowgate/);
    expect(plan.research.flatMap((i) => i.links).map((l) => decodeURIComponent(l.url))).not.toContainEqual(expect.stringMatching(/the company/));
    expect(plan.posting.company).toBe('Harrowgate Technical Resourcing Ltd');
    expect(checkPlan(plan, CLIENT_AD).issues).toEqual([]);
  });

  it('is the agency named as one, with no words about a client', () => {
    const temp = posting('Forklift Operator', 'Bright Quay Staffing', [
      'Bright Quay Staffing is hiring forklift operators for a busy distribution centre on day and night shifts.',
      'You will load and unload trailers and keep the racking tidy.',
    ]);
    expect(analyzePosting(temp).agency).toEqual({ value: 'Bright Quay Staffing', quote: null });
    expect(buildPrepPlan(temp).research[0]!.why).toBe('Bright Quay Staffing is a recruiting agency, and the posting does not name the employer it is hiring for.');
  });

  it('reads the client as the agency describes it after "is" too', () => {
    const civil = posting('Site Supervisor', 'Reef Coast Recruitment', [
      'Our client is a well-regarded civil contractor with a full order book across the region.',
      'You will supervise earthworks and drainage crews on road upgrades.',
    ]);
    expect(analyzePosting(civil).agency?.words).toBe('a well-regarded civil contractor');
  });

  it('is not an agency when the job is a recruiter’s own, or the employer merely has clients', () => {
    const own = posting('Recruitment Consultant', 'Bright Quay Staffing', ['Join our Leeds branch and place warehouse staff with our clients.']);
    expect(analyzePosting(own).agency).toBeNull();
    expect(analyzePosting(own).company).toBe('Bright Quay Staffing');
    const firm = posting('Audit Senior', 'Calder & Rowe LLP', ['Our clients range from family farms to listed manufacturers, and we audit all of them.']);
    expect(analyzePosting(firm).agency).toBeNull();
  });

  it('is not an agency when the ad names the client: the client is the company', () => {
    const named = posting('Planner', 'Kestrel Recruitment', ['Our client, Morrow Foods, is looking for a production planner.']);
    expect(analyzePosting(named).agency).toBeNull();
  });
});

describe('names and industries', () => {
  it('writes a skill the posting shouts as the skill is written', () => {
    const s = analyzePosting(CLIENT_AD);
    expect(s.skills.map((k) => k.name)).toEqual(expect.arrayContaining(['C#', 'SQL Server']));
    expect(s.skills.map((k) => k.name)).not.toContain('SQL SERVER');
  });

  it('reads travel as an industry only where it names a business, not a condition of the job', () => {
    expect(analyzePosting(CLIENT_AD).industry).toBeNull();
    const agencyOfTravel = posting('Product Analyst', 'Farwell Trips', ['We are a travel company that plans walking holidays across the Alps.']);
    expect(analyzePosting(agencyOfTravel).industry?.value).toBe('travel');
  });
});

describe('a company\'s stage or ownership', () => {
  const stageOf = (sentence: string) =>
    buildPrepPlan(posting('Site Supervisor', 'Harlow Civil Ltd', [sentence, 'You will supervise earthworks crews on road upgrades across the county.'])).questions.find((q) => q.id === 'ask-stage')?.text;

  it('asks how growth will change the work, and how ownership shapes decisions', () => {
    expect(stageOf('We are a fast-growing contractor with new work every month.')).toBe('The posting mentions “fast-growing”. How do you expect the next year to change the team I would join?');
    expect(stageOf('We are a stable, family-owned business with a long pipeline of work.')).toBe('The posting mentions “family-owned”. How does that shape the way decisions are made, and what does it mean for the team I would join?');
  });
});

describe('a line in another language inside an English posting', () => {
  it('is not quoted into an English sentence as a duty, and "Co. Dublin" does not end a sentence', () => {
    const hospice = posting('Head of Fundraising', 'Seaview Hospice', [
      'Reporting to the Chief Executive, you will lead a team of six from our offices in Bray, Co. Wicklow.',
      'The role',
      '- Lead community, events and major-donor fundraising across the county',
      '- Manage the fundraising budget and report to the Board every quarter',
      '- Is buntáiste é líofacht sa Ghaeilge.',
    ]);
    const s = analyzePosting(hospice);
    expect(s.sentences.map((x) => x.text)).toContain('Reporting to the Chief Executive, you will lead a team of six from our offices in Bray, Co. Wicklow.');
    const plan = buildPrepPlan(hospice);
    const quoted = [...plan.research, ...plan.questions].map((i) => i.text).join('\n');
    expect(quoted).not.toContain('Ghaeilge');
    expect(quoted).toContain('Lead community, events and major-donor fundraising');
  });
});

describe('an engineering blog', () => {
  it('is a step for software engineers, not for an engineer whose posting names no software', () => {
    const aircraft = posting('B1 Licensed Engineer', 'Northsound Aero Ltd', [
      'You will carry out line maintenance and defect rectification on our turboprop fleet.',
      'Requirements',
      '- A B1 licence with the type rating endorsed',
      '- Willingness to work rotating shifts including nights',
    ]);
    const software = posting('Backend Engineer', 'Northsound Aero Ltd', [
      'You will build the crew rostering service in Python on PostgreSQL.',
      'Requirements',
      '- Three years of experience with Python and PostgreSQL',
    ]);
    expect(buildPrepPlan(aircraft).research.map((r) => r.id)).not.toContain('research-blog');
    expect(buildPrepPlan(software).research.map((r) => r.id)).toContain('research-blog');
  });
});

describe('a client the agency names', () => {
  it('is read from "recruiting on behalf of", and the plan researches it', async () => {
    const { clientNamedIn } = await import('../../src/core/agency');
    const text = 'Thornbury Search are delighted to be recruiting on behalf of Aire Valley Homes, a housing association with 6,000 homes. The role reports to the Finance Director.';
    expect(clientNamedIn(text)).toBe('Aire Valley Homes');
    expect(clientNamedIn('We are recruiting on behalf of our client, a logistics firm in Leeds.')).toBeNull();
    const posting: JobPosting = {
      kind: 'posting',
      url: 'https://jobs.example/agency-named',
      title: field('Management Accountant', 'heading', 0.8),
      company: field('Thornbury Search', 'label', 0.6),
      location: null,
      description: field(text, 'page-text', 0.5),
    };
    expect(analyzePosting(posting).agency).toBeNull();
    expect(buildPrepPlan(posting).research.some((r) => /who its client is/.test(r.text))).toBe(false);
  });
});
