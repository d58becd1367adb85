/**
 * What to look into before the interview, each item tied to what in this posting makes it
 * worth the time, with links the user opens (the extension requests none of them).
 */
import { isPractice, type SkillMatch } from '../analyze/skills';
import type { Signals } from '../analyze/signals';
import { coreTitle, joinList, possessive } from './grammar';
import {
  crunchbase,
  domainOf,
  glassdoorInterviews,
  levelsFyi,
  linkedInPeople,
  newsSearch,
  siteSearch,
  webSearch,
} from './links';
import { makeGround, type QuoteUses } from './ground';
import type { ResearchItem } from './plan';
import { phraseOf, researchDuty } from './questions';

const TECH_FAMILIES = new Set(['engineering', 'data', 'design', 'product', 'research']);
/** The lexicon's categories of software work (skills.json). */
const SOFTWARE = new Set(['cloud', 'data', 'database', 'devops', 'framework', 'frontend', 'language', 'library', 'ml', 'mobile', 'os', 'security', 'testing']);

/**
 * "Refresh Go and Kafka: prepare one concrete example of your work with each." A practice is not
 * refreshed like a tool: "Prepare one concrete example of your inside sales work".
 */
function refreshText(skills: readonly SkillMatch[]): string {
  const tools = skills.filter((k) => !isPractice(k)).map((k) => k.name);
  const practices = skills.filter((k) => isPractice(k)).map((k) => k.name);
  if (practices.length === 0) return `Refresh ${joinList(tools)}: prepare one concrete example of your work with ${tools.length === 1 ? 'it' : 'each'}.`;
  if (tools.length === 0) return `Prepare one concrete example ${practices.length === 1 ? '' : 'each '}of your ${joinList(practices)} work, with a result you can state.`;
  return `Refresh ${joinList(tools)}, and prepare one concrete example each of your work with ${tools.length === 1 ? 'it' : 'them'} and of your ${joinList(practices)} work.`;
}

export function buildResearch(s: Signals, companyUrl: string | null, interviewers: readonly string[] = [], uses?: QuoteUses): ResearchItem[] {
  const items: ResearchItem[] = [];
  const ground = makeGround(s, uses);
  // Each item with the sentences that may have prompted it, best first, and a cue for finding
  // one elsewhere in the description; with neither honest, it is marked general (ground.ts).
  const push = (item: Omit<ResearchItem, 'quote' | 'general'>, candidates: (string | null | undefined)[] = [], cue?: RegExp) =>
    items.push(ground(item, candidates, cue));
  const company = s.company;
  const who = company ?? 'the company';
  const whose = company ? possessive(company) : 'the company’s';
  const anchor = company ?? s.title;
  const domain = domainOf(companyUrl);
  const topSkills = s.skills.slice(0, 3).map((k) => k.name);
  // Inside a sentence the title's core: its own commas would read as the sentence's.
  const role = coreTitle(s.title);

  // An agency hiring for an employer it does not name: every step below is about that
  // employer, so the first is to learn who it is.
  if (s.agency) {
    const agency = s.agency.value;
    push({
      id: 'research-client',
      text: `Ask ${agency} who its client is, the company the job is with, before you agree to an interview; then do the research below on that company, not on the agency.`,
      why: s.agency.words
        ? `${agency} is a recruiting agency, and the posting describes the employer only as “${s.agency.words}”.`
        : `${agency} is a recruiting agency, and the posting does not name the employer it is hiring for.`,
      links: [linkedInPeople(`Recruiters at ${agency}`, `${agency} recruiter`)],
    }, [s.agency.quote], /\bclients?\b/i);
  }

  // Mission, values, culture: the posting's own words if it has them.
  const valueNames = s.values.slice(0, 3).map((v) => v.value);
  push({
    id: 'research-values',
    text: `Read ${whose} mission and values pages and pick two values you can back with your own stories.`,
    why: s.values.length > 0
      ? `The posting itself stresses ${joinList(valueNames)}, so expect questions that test for ${valueNames.length === 1 ? 'it' : 'them'}.`
      : s.mission
        ? 'The posting states a mission; interviewers will want to hear why it matters to you.'
        : 'Answers that echo the company’s own values show you did your homework and fit the culture.',
    links: [
      ...(domain ? [siteSearch(`Mission and values on ${domain}`, domain, 'mission values culture')] : company ? [webSearch(`${whose} mission and values`, `${who} mission values culture`)] : []),
      ...(companyUrl ? [{ label: `${whose} website`, url: companyUrl }] : company ? [webSearch(`${whose} website`, `${who} official website`)] : []),
    ],
  }, [...s.values.map((v) => v.quote), s.mission?.quote], /(?<!\b(?:your|votre|ta|la|cette) )\bmission\b(?![- ]critical)|\bvalues\b|\bculture\b|\bbelieve\b|\bpurpose\b/i);

  push({
    id: 'research-news',
    text: `Skim the last few months of news about ${who}: launches, funding, leadership changes, layoffs.`,
    why: s.stage[0] || s.size
      ? `The posting mentions ${joinList([s.stage[0], s.size].filter((e): e is NonNullable<typeof e> => Boolean(e)).map((e) => `“${e.value}”`))}; recent news tells you where the company is heading.`
      : 'A recent launch or announcement gives you a natural, specific thing to ask about.',
    links: company ? [newsSearch(`News about ${who}`, `"${company}"`)] : [],
    // A company's funding, not a researcher's ("capable of attracting external funding").
  }, [s.stage[0]?.quote, s.size?.quote], /\blaunch|\bfunding (?:round|from)\b|\bseries [a-d]\b|\b(?:raised|secured) \S*\s*(?:[$€£]|\d)|\bnews\b|\bannounc|\bleadership\b/i);

  push({
    id: 'research-press',
    text: `Read ${whose} latest press releases to see what the company chooses to announce and how it describes itself.`,
    why: s.industry
      ? `Press releases show how ${who} positions itself in ${s.industry.value}, the space this posting describes.`
      : 'How a company describes itself in press releases is how it wants you to describe it back.',
    links: domain ? [siteSearch('Press releases on the company site', domain, 'press release')] : company ? [webSearch('Press releases', `"${company}" press release`)] : [],
  }, [s.industry?.quote], /\bpress\b|\bannounc|\bmedia\b/i);

  // An engineering blog is a software team's: an aircraft or a site engineer's posting that
  // names no software, cloud or data tool has none to read.
  const softwareWork = s.family !== 'engineering' || s.skills.some((k) => SOFTWARE.has(k.category));
  if (TECH_FAMILIES.has(s.family) && softwareWork) {
    const blog = s.family === 'design' ? 'design blog' : s.family === 'product' ? 'product blog' : 'engineering blog';
    push({
      id: 'research-blog',
      text: topSkills.length > 0
        ? `Look for ${whose} ${blog} and talks, especially anything about how they use ${joinList(topSkills)}.`
        : `Look for ${whose} ${blog} and conference talks to learn how the team works.`,
      why: topSkills.length > 0
        ? `The posting names ${joinList(topSkills)}; knowing how the team already uses ${topSkills.length === 1 ? 'it' : 'them'} lets you talk about their problems, not just yours.`
        : 'Posts by the team show the problems they care about and the words they use for them.',
      links: company ? [webSearch(`${whose} ${blog}`, `${company} ${blog} ${topSkills.slice(0, 2).join(' ')}`.trim())] : [],
    }, s.skills.slice(0, 3).flatMap((k) => k.sentences.map((x) => x.text)), /\bblog\b|\btalks?\b|\bconference|\bopen[- ]source\b/i);
  }

  for (const product of s.products.slice(0, 1)) {
    // A product the posting names in no sentence that supports it is a misread phrase: no item.
    const item = ground({
      id: 'research-product',
      text: `Learn what ${product.value} does and who uses it; try it if you can, and read its latest release notes.`,
      why: `The posting names ${product.value}; knowing it first-hand gives you something concrete to talk about.`,
      links: [webSearch(product.value, `${product.value} ${company ?? ''}`.trim()), newsSearch(`News about ${product.value}`, `"${product.value}" ${company ?? ''}`.trim())],
    }, [product.quote]);
    if (!item.general) items.push(item);
  }

  for (const team of s.teams.slice(0, 1)) {
    push({
      id: 'research-team',
      text: `Find out what the ${team.value} owns: its products, recent work, and who leads it.`,
      why: `The posting places the role in the ${team.value}; what it owns is what you would work on.`,
      links: [webSearch(`${team.value} at ${who}`, `${anchor} "${team.value.replace(/ team$/, '')}"`), linkedInPeople(`People in the ${team.value}`, `${team.value.replace(/ team$/, '')} ${anchor}`)],
    }, [team.quote]);
  }

  const people = ground({
    id: 'research-people',
    text: `Find two or three people who hold or held the ${role} role (or a similar one) at ${who}, read their backgrounds, and ask one for a short chat about the day-to-day.`,
    why: 'People in the role know what the description leaves out: the real work, the pace, what the team values.',
    links: [linkedInPeople('People in similar roles on LinkedIn', `${coreTitle(s.title)} ${company ?? ''}`.trim())],
    // "We value talented people from any background" is about who may apply, and a
    // "background check" about hiring: neither says what the people in the role do.
  }, [], /\bday[- ]to[- ]day\b|(?<!\b(?:any|all|every|diverse|different|varied|various|many|other|all walks of life and)\s)\bbackgrounds?\b(?!\s+(?:checks?|screening))/i);
  // Nothing in the posting about the day-to-day: ask them about one of its duties instead, one
  // no question quotes.
  const duty = people.general ? researchDuty(s) : undefined;
  items.push(duty
    ? ground({
      ...people,
      text: `Find two or three people who hold or held the ${role} role (or a similar one) at ${who}, and ask one what “${phraseOf(duty.text, 90, { quoted: true })}” takes day to day.`,
      why: 'People in the role know what the description leaves out: how a duty it lists is really done, and how long it takes.',
    }, [duty.text])
    : people);

  push({
    id: 'research-hiring-team',
    text: 'Work out who is likely to interview you: the hiring manager, the person the role reports to, and the people it would work with most closely.',
    why: s.managesPeople
      ? 'This role manages people, so expect to meet both your future manager and people who would report to you.'
      : 'Knowing your interviewers’ backgrounds lets you tailor examples and find common ground.',
    links: [linkedInPeople('Likely hiring team on LinkedIn', `${company ?? ''} ${s.teams[0]?.value.replace(/ team$/, '') ?? coreTitle(s.title)} manager`.trim())],
  }, [s.managesPeople?.quote], /\breport(?:s|ing)? (?:to|into)\b|\bhiring manager\b|\bclosely with\b|\bpartner(?:ing)? with\b|\balongside\b/i);

  push({
    id: 'research-reviews',
    text: `Read interview reviews for ${who}: the stages, the kind of questions, how long the process takes.`,
    why: s.process.length > 0
      ? `The posting mentions ${joinList(s.process.map((p) => p.value))}; reviews tell you what that looks like in practice.`
      : 'Knowing the stages in advance means no surprises about take-home work or panels.',
    links: company ? [glassdoorInterviews(company)] : [webSearch('Interview reviews', `${coreTitle(s.title)} interview questions`)],
  }, [s.process[0]?.quote], /\binterview/i);

  push({
    id: 'research-pay',
    text: `Check what the ${role} role pays at ${who} and at similar companies, so you can answer the salary question with a range.`,
    why: s.compensation
      ? `The posting gives a range (${s.compensation.value}); compare it with what people report.`
      : 'The posting gives no salary range, so come with your own number backed by data.',
    links: [
      TECH_FAMILIES.has(s.family) ? levelsFyi(company ?? '', coreTitle(s.title)) : webSearch('Salary data', `${coreTitle(s.title)} salary ${company ?? ''}`.trim()),
      ...(company ? [{ label: 'Salaries on Glassdoor', url: `https://www.glassdoor.com/Search/results.htm?keyword=${encodeURIComponent(company)}` }] : []),
    ],
    // The salary's pay, not "vacation pay" or "overtime pay" among the duties and benefits.
  }, [s.compensation?.quote], /\bsalary\b|\bpay\b(?<!\b(?:vacation|holiday|overtime|sick|shift|severance|parental|maternity|paternity|statutory|premium) pay)|\bcompensation\b|\bequity\b|\bbonus\b/i);

  const startup = s.stage.find((e) => /start-?up|series|seed|venture|early/i.test(e.value));
  if (startup) {
    const stage = startup;
    push({
      id: 'research-funding',
      text: `Look up ${whose} funding: when it last raised, how much, from whom, and how long that money is likely to last.`,
      why: 'A startup’s funding shapes its priorities, its pace and the risk you take by joining.',
      links: company ? [crunchbase(company), newsSearch('Funding news', `"${company}" funding round`)] : [],
    }, [stage.quote]);
  }

  push({
    id: 'research-competitors',
    text: s.industry
      ? `Know ${whose} main competitors and the biggest challenge in ${s.industry.value} right now, and have a view on it.`
      : `Know ${whose} main competitors and what sets ${who} apart from them.`,
    why: 'Interviewers remember candidates who understand the market the company fights in.',
    links: [...(company ? [webSearch(`${whose} competitors`, `${company} competitors`)] : []), ...(s.industry ? [newsSearch(`${s.industry.value} news`, `${s.industry.value} industry challenges`)] : [])],
    // "Competitive salary" is about pay, not about the market the company competes in; nor is
    // "Competition No. FAS-13-22", the public sector's and universities' word for a hiring round.
  }, [s.industry?.quote], /\bcompetitors?\b|\bcompetition (?:in|from|among|between|with)\b|\bcompet(?:e|es|ing)\b|\bcompetitive (?:market|landscape|edge|advantage)|\bmarket\b|\bleader\b/i);

  if (topSkills.length > 0) {
    const required = s.skills.filter((k) => k.sentences.some((x) => x.section === 'requirements')).slice(0, 4);
    const list = (required.length > 0 ? required : s.skills.slice(0, 4)).map((k) => k.name);
    push({
      id: 'research-skills',
      text: refreshText(required.length > 0 ? required : s.skills.slice(0, 4)),
      why: `The posting asks for ${list.length === 1 ? 'it' : 'them'} by name.`,
      links: [],
    }, (required.length > 0 ? required : s.skills.slice(0, 4)).flatMap((k) => k.sentences.map((x) => x.text)));
  }

  const names = interviewers.map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean).slice(0, 8);
  push({
    id: 'research-interviewers',
    text: names.length > 0
      ? `Look up ${joinList(names)}: ${names.length === 1 ? 'their role' : 'each one’s role'}, how long they have been at ${who}, what they have written or spoken about.`
      : 'Once you know your interviewers’ names, look each one up: their role, how long they have been there, what they have written or spoken about.',
    why: s.teams[0]
      ? `You will likely meet people from the ${s.teams[0].value}; shared interests make rapport easy.`
      : 'A shared interest or background is the quickest way to build rapport.',
    links:
      names.length > 0
        ? names.map((name) => linkedInPeople(`${name} on LinkedIn`, `${name} ${company ?? ''}`.trim()))
        : company
          ? [linkedInPeople(`People at ${company}`, company)]
          : [],
  }, [s.teams[0]?.quote], /\binterview(?:er)?s?\b/i);

  return items;
}
