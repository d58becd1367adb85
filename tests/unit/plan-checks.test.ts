/**
 * The checks of issue 9 in quality.ts, each on real inputs with exact expectations: frame
 * reuse, entity-type errors, grammar seams, and the notice of a posting too thin to ground a
 * plan. The postings are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../src/core/analyze/signals';
import { field, type JobPosting } from '../../src/core/posting';
import { buildPrepPlan } from '../../src/core/prep';
import { checkPlan, entityErrors, entityTypeOf, frameOf, seamsIn } from '../../src/core/prep/quality';

function posting(title: string, company: string, description: string): JobPosting {
  return {
    kind: 'posting',
    url: 'https://jobs.example/2',
    title: field(title, 'json-ld', 0.9),
    company: field(company, 'json-ld', 0.9),
    location: null,
    description: field(description, 'json-ld', 0.9),
  };
}

// A sales posting with a product, a team, a region, a language-as-market and a technology
// written like a name: every trap of the entity check in one place.
const SALES = posting(
  'Enterprise Account Executive, Europe',
  'Saltmarsh Labs',
  [
    'About us',
    'Saltmarsh Labs builds Tessera, our scheduling app for dental clinics.',
    'We grow fast across our French markets and the DACH region.',
    'The role',
    '- Own a book of enterprise dental groups across Europe',
    '- Run discovery calls and demos of Tessera with clinic owners',
    '- Work closely with our Solutions team on pilots',
    'What you bring',
    '- 5+ years of experience closing enterprise SaaS deals',
    '- You communicate clearly with dentists and finance teams alike',
    '- Experience with Salesforce and HubSpot',
    '- A track record of API REST integrations with partners is a plus; API REST matters to our clinics',
  ].join('\n'),
);

const all = (plan: ReturnType<typeof buildPrepPlan>) => [...plan.research, ...plan.questions, ...plan.expect];

describe('frames', () => {
  it('takes out quotes and the posting’s names, and nothing else', () => {
    const fillers = ['Salesforce', 'R', 'Saltmarsh Labs'];
    expect(frameOf('The posting lists “Own a book of accounts”. What does that involve in a typical week?', fillers)).toBe(
      'the posting lists “…”. what does that involve in a typical week?',
    );
    // "R" is a whole word only: "Refresh" keeps its R. A possessive goes with its name.
    expect(frameOf('Refresh R and Salesforce at Saltmarsh Labs’ office.', fillers)).toBe('refresh … and … at … office.');
  });

  it('counts a frame used twice in one plan', () => {
    const plan = buildPrepPlan(SALES);
    expect(checkPlan(plan, SALES).frameReuse).toBe(0);
    // The plan as it was before issue 9: both duties asked in one frame.
    const duty1 = plan.questions.find((q) => q.id === 'ask-duty-1')!;
    duty1.text = 'The posting lists “Run discovery calls and demos of Tessera with clinic owners”. What does that involve in a typical week?';
    const report = checkPlan(plan, SALES);
    expect(report.frameReuse).toBe(1);
    expect(report.issues.filter((i) => i.kind === 'frame')).toEqual([
      { kind: 'frame', item: 'ask-duty-1', detail: 'text has the frame of ask-duty-0 text: “the posting lists “…”. what does that involve in a typical week?”' },
    ]);
  });

  it('asks about two duties in two frames', () => {
    const texts = buildPrepPlan(SALES).questions.filter((q) => q.id.startsWith('ask-duty')).map((q) => q.text);
    expect(texts).toEqual([
      'The posting lists “Own a book of enterprise dental groups across Europe”. What does that involve in a typical week?',
      'What would “Run discovery calls and demos of Tessera with clinic owners” look like in my first months, and who would I do it with?',
    ]);
  });

  it('phrases a behavioural question from the sentence that asks for the quality, with its own STAR outline', () => {
    const behavioural = buildPrepPlan(SALES).expect.filter((e) => e.kind === 'behavioural');
    expect(behavioural.map((e) => e.text)).toEqual([
      'The posting says “You communicate clearly with dentists and finance teams alike”. When did you last explain something complex to people without your background, and how did you know it landed?',
      'This role means “Work closely with our Solutions team on pilots”. Tell me about a project that only worked because you and another team pulled together.',
      // Not asked for by this posting: the general question, marked general.
      'Walk me through the hardest problem you solved recently.',
    ]);
    expect(behavioural[1]!.star).toEqual({
      // The question quotes the duty; the outline points back at it rather than quoting it again.
      situation: 'Pick a project that depended on another team with different goals, as close as you can to the work the question quotes.',
      task: 'Say what your team needed from the other one, and what they needed from you.',
      action: 'How you agreed on goals, shared work and handled the first disagreement.',
      result: 'Give the outcome for both teams, and how the two teams work together now.',
      show: 'Show that you build working relationships, not just hand-offs.',
    });
    expect(new Set(behavioural.map((e) => e.star!.task)).size).toBe(3);
    expect(behavioural[2]).toMatchObject({ general: true, quote: null });
  });

  it('gives each story slot its own prompt', () => {
    const prompts = buildPrepPlan(SALES).story.map((s) => s.prompt);
    expect(new Set(prompts).size).toBe(prompts.length);
  });

  it('heads each story slot with the requirement as a sentence, in the posting’s words', () => {
    const lower = posting('Support Engineer', 'Quillfern', ['What you bring', '- you have answered customer tickets for two years or more', '- iOS and Android debugging experience', '- npm and git in daily use for three years'].join('\n'));
    expect(buildPrepPlan(lower).story.map((s) => s.requirement)).toEqual([
      'You have answered customer tickets for two years or more',
      'iOS and Android debugging experience',
      'npm and git in daily use for three years',
    ]);
  });
});

describe('entity types', () => {
  it('knows places, languages and technologies from products', () => {
    expect(['EMEA', 'DACH', 'Berlin', 'French', 'Dutch', 'Suisse'].map(entityTypeOf)).toEqual(Array(6).fill('place'));
    expect(['API REST', 'Kubernetes', 'CDI', 'Salesforce'].map(entityTypeOf)).toEqual(Array(4).fill('technology'));
    expect(['Tessera', 'Solutions', 'Data Center Engineering'].map(entityTypeOf)).toEqual([null, null, null]);
  });

  it('finds a place or a technology in a product or team slot', () => {
    // What the plan said of these postings before issue 9.
    expect(entityErrors('Learn what French does and who uses it; try it if you can, and read its latest release notes.')).toEqual([
      { slot: 'product', phrase: 'French', type: 'place' },
    ]);
    expect(entityErrors('What is next for API REST, and how would the Développeur C# Full-stack sénior shape it?')).toEqual([
      { slot: 'product', phrase: 'API REST', type: 'technology' },
    ]);
    expect(entityErrors('How do people in the team behind EMEA give each other feedback, and how often?')).toEqual([
      { slot: 'product', phrase: 'EMEA', type: 'place' },
    ]);
    expect(entityErrors('Find out what the Kubernetes team owns: its products, recent work, and who leads it.')).toEqual([
      { slot: 'team', phrase: 'Kubernetes', type: 'technology' },
    ]);
    expect(entityErrors('Learn what Tessera does and who uses it; try it if you can, and read its latest release notes.')).toEqual([]);
    // "The posting names Figma; knowing how the team uses it…" is about a skill, not a product slot.
    expect(entityErrors('The posting names Figma; knowing how the team already uses it lets you talk about their problems.')).toEqual([]);
  });

  it('takes only a named thing the company builds for a product, and no place or technology for one', () => {
    const s = analyzePosting(SALES);
    expect(s.products).toEqual([{ value: 'Tessera', quote: 'Saltmarsh Labs builds Tessera, our scheduling app for dental clinics.' }]);
    expect(s.teams.map((t) => t.value)).toEqual(['Solutions team']);
    const plan = buildPrepPlan(SALES);
    expect(plan.research.find((r) => r.id === 'research-product')?.text).toBe(
      'Learn what Tessera does and who uses it; try it if you can, and read its latest release notes.',
    );
    expect(checkPlan(plan, SALES).entityErrors).toBe(0);
    expect(JSON.stringify(plan)).not.toMatch(/what (?:French|API REST|DACH) does|next for (?:French|API REST)|behind (?:French|API REST)/);
  });
});

describe('grammar seams', () => {
  const names = /(?:Go|Rust|Scrum|Kanban)(?:, (?:Go|Rust|Scrum|Kanban))*,? (?:and|or) (?:Go|Rust|Scrum|Kanban)(?=:)/gu;
  const ctx = { title: 'Enterprise Account Executive, Europe' };
  const text = 'Design the booking API with Go. Scrum and Kanban are used.';

  it('finds each seam', () => {
    expect(seamsIn('How does the the team decide?', text, ctx, null)).toEqual(['“the the” doubled']);
    expect(seamsIn('The posting lists “design the booking API”.', text, ctx, null)).toEqual(['quote re-cased: “design the booking API”']);
    expect(seamsIn('Questions on Scrum and Kanban: how you have applied it.', text, ctx, names)).toEqual(['“it” after the list “Scrum and Kanban”']);
    expect(seamsIn('Check what the Enterprise Account Executive, Europe role pays.', text, ctx, null)).toEqual([
      'the title “Enterprise Account Executive, Europe” inside a sentence',
    ]);
  });

  it('leaves sound text alone', () => {
    expect(seamsIn('The posting lists “Design the booking API”.', text, ctx, null)).toEqual([]);
    expect(seamsIn('Questions on Scrum and Kanban: how you have applied them.', text, ctx, names)).toEqual([]);
    // The plan's own short words in quotation marks, and a quote opening a sentence with a capital.
    expect(seamsIn('Say “I”, not “we”.', text, ctx, null)).toEqual([]);
    expect(seamsIn('“Scrum and kanban are used” is what it says.', text.replace('Kanban', 'kanban'), ctx, null)).toEqual([]);
  });

  it('takes ".NET" for a name, not for an empty slot', () => {
    const dotnet = posting('Backend Developer', 'Quillmoor', 'Requirements\n- Experience with C#, .NET Core, .NET and ASP.NET Core\n- REST APIs in production');
    const plan = buildPrepPlan(dotnet);
    expect(plan.expect.map((e) => e.text)).toContain('Questions on .NET Core, .NET, and ASP.NET Core: how they work under the hood, structuring a larger codebase, and their pitfalls.');
    expect(checkPlan(plan, dotnet).issues.filter((i) => i.kind === 'unfilled')).toEqual([]);
    // A real empty slot is still one.
    plan.questions[0]!.text = 'What does the team behind . do?';
    expect(checkPlan(plan, dotnet).issues.filter((i) => i.kind === 'unfilled').map((i) => i.item)).toEqual([plan.questions[0]!.id]);
  });

  it('uses the core of a title with commas inside sentences', () => {
    const plan = buildPrepPlan(SALES);
    expect(plan.research.find((r) => r.id === 'research-pay')?.text).toBe(
      'Check what the Enterprise Account Executive role pays at Saltmarsh Labs and at similar companies, so you can answer the salary question with a range.',
    );
    expect(plan.followUp.thankYou.subject).toBe('Thank you: Enterprise Account Executive interview');
    const report = checkPlan(plan, SALES);
    expect(report.grammar).toBe(0);
    expect(report.issues).toEqual([]);
  });
});

describe('the thank-you note', () => {
  it('quotes a duty whole, passing over one too long to quote without cutting it', () => {
    const p = posting('Field Technician', 'Orrin Wind', [
      'The role',
      '- You will inspect, repair and maintain the gearboxes, generators and control systems of onshore turbines across the northern region, working at height in all weathers',
      '- Keep the maintenance log of each turbine up to date',
    ].join('\n'));
    const plan = buildPrepPlan(p);
    const note = plan.followUp.thankYou.body.map((b) => ('text' in b ? b.text : '')).join('');
    expect(note).toContain('It made me even more excited about the role, especially “Keep the maintenance log of each turbine up to date”.');
    expect(plan.followUp.quote).toBe('Keep the maintenance log of each turbine up to date');
  });
});

describe('a posting too thin to ground a plan', () => {
  const NOTHING = posting('Warehouse Assistant', 'Pellam Logistics', 'We are hiring a warehouse assistant. Apply today.');
  const LITTLE = posting(
    'Warehouse Assistant',
    'Pellam Logistics',
    'We are hiring a warehouse assistant for our busy depot in Leeds. You will pick and pack orders and keep the loading bay tidy. Our mission is to deliver every parcel on time.',
  );
  const rest = 'of the research steps and questions below come from its own words, and the rest is advice that suits any interview. Read the full posting on the employer’s site, and add what you learn to your notes.';

  it('says so, in plain words, with how little could be grounded', () => {
    expect(buildPrepPlan(NOTHING).notice).toBe(`This posting says too little to build a plan for this job alone: none ${rest}`);
    const plan = buildPrepPlan(LITTLE);
    // "You will pick and pack orders…" states a duty, though no heading says so.
    expect([...plan.research, ...plan.questions].filter((i) => !i.general).map((i) => i.id)).toEqual(['research-values', 'ask-duty-0', 'ask-mission']);
    expect(plan.notice).toBe(`This posting says too little to build a plan for this job alone: only 3 ${rest}`);
  });

  it('says nothing when ten or more items are grounded', () => {
    const plan = buildPrepPlan(SALES);
    expect([...plan.research, ...plan.questions].filter((i) => !i.general).length).toBeGreaterThanOrEqual(10);
    expect(plan.notice).toBeNull();
    expect(all(plan).every((i) => i.general === (i.quote === null))).toBe(true);
  });
});

describe('the pay the posting states', () => {
  const pay = (...lines: string[]) => analyzePosting(posting('Support Engineer', 'Quillfern', ['What we offer', ...lines].join('\n'))).compensation;

  it('is the figure a sentence names as the salary, not a perk’s figure before it', () => {
    expect(pay('- Fertility benefit of up to $8,000 per year', '- A $1,200 yearly learning budget', '- Base salary range: $98,000 - $126,000')).toEqual({
      value: '$98,000 - $126,000',
      quote: 'Base salary range: $98,000 - $126,000',
    });
  });

  it('reads a range written "between X and Y"', () => {
    expect(pay('Salary between €3,900 and €5,100 per month, by experience.')?.value).toBe('€3,900 and €5,100');
  });

  it('takes a figure among the benefits with a period of pay, and never one beside a perk', () => {
    expect(pay('- £41,000 per annum plus overtime')?.value).toBe('£41,000');
    expect(pay('$16 an hour plus tips')?.value).toBe('$16');
    expect(pay('- A home-office allowance of €600', '- Health insurance with up to $2,000 a year for dental care')).toBeNull();
    expect(pay('Second shift premium is $1.25/hour.', '- Night differential of $3 an hour')).toBeNull();
  });

  it('never takes a figure about the business for the pay', () => {
    expect(pay('You run a store doing roughly $18 million a year in sales.')).toBeNull();
    expect(pay('We grew revenue to $40 per user a month last year.')).toBeNull();
  });
});

describe('the article check', () => {
  it('reads our words, not the posting’s words inside quotation marks', () => {
    const plan = buildPrepPlan(SALES);
    const withText = (text: string) => ({ ...plan, questions: [{ ...plan.questions[0]!, text }, ...plan.questions.slice(1)] });
    const grammar = (text: string) => checkPlan(withText(text), SALES).issues.filter((i) => i.kind === 'grammar').length;
    expect(grammar('How would you judge whether “Du bist an zwei Wochenenden dabei” is going well?')).toBe(0);
    expect(grammar('How would you judge whether an demo is going well?')).toBe(1);
    // "a" at the end of a name in another script's letters is not an article.
    expect(grammar('Look up Distribution Boréa and its competitors.')).toBe(0);
    expect(grammar('Look up a analyst.')).toBe(1);
    const entities = (text: string) => checkPlan(withText(text), SALES).issues.filter((i) => i.kind === 'entity').length;
    // A team slot inside the posting's own words is theirs, not a template's.
    expect(entities('Who would give me feedback on work such as “Troubleshoot production issues with the SRE team”, and how often?')).toBe(0);
    expect(entities('How does the SRE team decide what to work on next?')).toBe(1);
    // Nor is the feminine ending of a Spanish role after a slash.
    expect(grammar('What would success look like for the Vendedor/a Técnico/a after the first three months?')).toBe(0);
  });
});

describe('research grounded in words that only look like its subject', () => {
  const ACADEMIC = posting(
    'Assistant Professor, Marine Ecology',
    'Harwick University',
    [
      'Tenure-Track Position – Competition No. SCI-24-07',
      'The Department of Biology invites applications for a tenure-track position in marine ecology, beginning July 1.',
      'The successful candidate will hold a PhD in Biology and show an emerging research program capable of attracting external funding.',
      'Duties include teaching undergraduate courses in ecology and field methods, and supervising master’s students.',
    ].join('\n'),
  );

  it('does not read a hiring competition as the market, nor research grants as company news', () => {
    const plan = buildPrepPlan(ACADEMIC);
    expect(plan.research.find((r) => r.id === 'research-competitors')?.quote ?? null).toBeNull();
    expect(plan.research.find((r) => r.id === 'research-news')?.quote ?? null).toBeNull();
  });

  it('still reads a company’s own competitors and funding round', () => {
    const plan = buildPrepPlan(
      posting(
        'Account Executive',
        'Quillfern',
        [
          'Quillfern closed a $30M Series B funding round from Northwind Ventures last spring.',
          'We compete with the largest payroll vendors, and we win on service.',
          'You will own a territory of mid-sized accounts and run the full sales cycle from first call to signature.',
        ].join('\n'),
      ),
    );
    expect(plan.research.find((r) => r.id === 'research-competitors')?.quote).toBe('We compete with the largest payroll vendors, and we win on service.');
    expect(plan.research.find((r) => r.id === 'research-news')?.quote).toBe('Quillfern closed a $30M Series B funding round from Northwind Ventures last spring.');
  });
});

describe('the company-direction question', () => {
  it('is not grounded in vision cover among the benefits', () => {
    const plan = buildPrepPlan(
      posting(
        'Regional Driver',
        'Harbor Line',
        ['Harbor Line is a family business on the coast.', 'What we offer:', '- Medical, dental and vision, company paid', '- Paid vacation after 6 months', 'Requirements:', '- Minimum 1 year of driving experience', '- A clean record'].join('\n'),
      ),
    );
    const direction = plan.questions.find((q) => q.id === 'ask-direction');
    expect(direction?.text).toBe('Where do you see Harbor Line in two years, and how does this role help it get there?');
    expect(direction?.quote).toBeNull();
  });
});

describe('sentences that share a word with an item but support nothing', () => {
  const PAYROLL = posting(
    'Payroll Administrator',
    'Fernbank Hardware',
    [
      'Fernbank Hardware is a family-owned dealer with two stores and a yard.',
      'Responsibilities:',
      '- Process bi-weekly payroll for hourly staff, including overtime and vacation pay',
      '- Maintain employee records and ensure changes are entered on time',
      'We thank all applicants for their interest; only those selected for an interview will be contacted.',
    ].join('\n'),
  );

  it('are not quoted: vacation pay for the salary, who will be contacted for the interviews', () => {
    const plan = buildPrepPlan(PAYROLL);
    expect(plan.research.find((r) => r.id === 'research-pay')?.quote ?? null).toBeNull();
    const quotes = [...plan.research, ...plan.questions, ...plan.expect].map((item) => item.quote);
    expect(quotes).not.toContain('We thank all applicants for their interest; only those selected for an interview will be contacted.');
  });
});
