/**
 * Names on pages outside job boards: the role a hiring announcement names, what cannot be an
 * employer's name, and whose a site builder's or blog host's page is.
 */
import { describe, expect, it } from 'vitest';
import { hiringAnnouncement } from '../../src/core/extract/announcement';
import { isEmployerName } from '../../src/core/extract/employer-name';
import { hostedOwnerSlug } from '../../src/core/extract/site-name';
import { addressTown, cleanPlace, factsLineNaming, itemAnnouncing, labelledFields, placeFromFactsLine, withoutLeadingFacts } from '../../src/core/extract/generic';
import { parseTitle } from '../../src/core/extract/title-patterns';
import { parseHtml } from '../helpers/dom';
import { extractPosting } from '../../src/core/extract';

describe('hiringAnnouncement', () => {
  it.each([
    ["We're hiring a Senior Data Engineer at Harborline Analytics, and I'd love to hear from you.", 'Senior Data Engineer', 'Harborline Analytics'],
    ['Join Our Team!\nNow hiring: Registered Dental Hygienist\nWe are a busy family practice.', 'Registered Dental Hygienist', null],
    ['Margaret retires in May, so we are looking for a part-time bookkeeper to join the office upstairs.', 'part-time bookkeeper', null],
    ['Quillmoor is seeking an Operations Manager for its Leeds warehouse.', 'Operations Manager', null],
  ])('%s', (text, title, company) => {
    expect(hiringAnnouncement(text)).toEqual({ title, company });
  });

  it('finds no role where the words after the announcement name none', () => {
    expect(hiringAnnouncement('We are hiring across engineering, design and sales.')).toBeNull();
    expect(hiringAnnouncement('We are looking for a friendly, skilled person.')).toBeNull();
    expect(hiringAnnouncement('Our shop is open from nine to five.')).toBeNull();
  });
});

describe('isEmployerName', () => {
  it.each(['Harborline Analytics', 'St. Columba’s', 'Fernside Food Co-op', 'Jobs & Talent Ltd', 'Hollis Park PTA'])('%s is a name', (name) => {
    expect(isEmployerName(name)).toBe(true);
  });
  it.each(['March 2025', '12/03/2025', "We're", 'Our story', 'About Us', 'Paid Positions', 'Current Vacancies', 'Studio Notes: We’re hiring: Junior Designer', 'Hello'])('%s is not', (name) => {
    expect(isEmployerName(name)).toBe(false);
  });
});

describe('hostedOwnerSlug', () => {
  it.each([
    ['https://tinderwell.carrd.co/', 'tinderwell'],
    ['https://kestrelandfinch.blogspot.com/2025/03/hiring.html', 'kestrelandfinch'],
    ['https://sites.google.com/view/hollisparkpta/paid-positions', 'hollisparkpta'],
    ['https://github.com/tessellate-db/jobs', 'tessellate-db'],
    ['https://medium.com/@quillmoor/we-are-hiring-1234', 'quillmoor'],
    ['https://us14.campaign-archive.com/?u=6a1f&id=b27c', null],
    ['https://www.quillmoor.com/careers', undefined],
  ])('%s', (url, slug) => {
    expect(hostedOwnerSlug(url)).toBe(slug);
  });
});

describe('a role announced in prose, and the facts around it', () => {
  it('reads an announcement that ends its line, and never takes "We\'re" for an employer', () => {
    expect(hiringAnnouncement("We're hiring a founding designer\nWe are three people")).toEqual({ title: 'founding designer', company: null });
    expect(parseTitle("We're hiring a founding designer").company).toBeNull();
    expect(parseTitle('Harborline hiring Data Engineer in Leeds | LinkedIn')).toMatchObject({ company: 'Harborline', title: 'Data Engineer' });
  });

  it('takes the role as a facts line spells it, and the place beside it', () => {
    expect(factsLineNaming('Intro\nFounding Designer · Full-time · Remote within Europe\nMore', 'founding designer')).toEqual({ role: 'Founding Designer', place: 'Remote within Europe' });
    expect(factsLineNaming('We need a founding designer soon.', 'founding designer')).toBeNull();
    expect(placeFromFactsLine('Senior Engineer · Full-time · Berlin')).toBe('Berlin');
  });

  it('reads the town a place phrase names', () => {
    expect(cleanPlace('based in our Lyon office, two days a week at home')).toBe('Lyon');
    expect(cleanPlace('at the Leeds studio')).toBe('Leeds');
    expect(cleanPlace('Where: Lyon')).toBe('Lyon');
  });

  it('reads labelled lines of a post written as one plain text', () => {
    const doc = parseHtml(`<p style="white-space:pre-wrap">We're hiring a Product Analyst at Corvane Freight, and we would love to hear from people who enjoy data.\n\n→ Team: Product\n→ Where: based in our Lyon office, two days a week at home\n→ Start: May</p>`, 'https://example.org/post');
    expect(labelledFields(doc.body).location?.value).toBe('based in our Lyon office, two days a week at home');
  });

  it('reads the town of an address marked up in parts, not the region before the postcode', () => {
    const doc = parseHtml('<footer><div class="adr"><div class="street-address">3 Mill Lane</div><span class="locality">Alder Hollow</span>, <span class="region">Somerset</span> <span class="postal-code">TA9 4QX</span></div></footer>', 'https://example.org/');
    expect(addressTown(doc.body)).toBe('Alder Hollow, Somerset');
  });

  it('takes the headed item of a newsletter that announces the role', () => {
    const para = (words: string) => `<p>${words} ${'The hall is busy every day of the week and we are proud of it. '.repeat(3)}</p>`;
    const html = `<h1>Hello!</h1><h2>Clean-up day</h2>${para('Meet at ten.')}<h2>Library garden</h2>${para('Beds are built.')}<h2>Help wanted</h2>${para('We are looking for a Volunteer Coordinator to join us.')}${para('The role is 18 hours a week.')}<h2>Dates</h2><p>Fair in June.</p>`;
    const item = itemAnnouncing(parseHtml(html, 'https://example.org/').body, 'Volunteer Coordinator');
    expect(item?.startsWith('Help wanted\n\nWe are looking for a Volunteer Coordinator')).toBe(true);
    expect(item).toContain('18 hours a week');
    expect(item).not.toContain('Meet at ten');
    expect(item).not.toContain('Fair in June');
    expect(itemAnnouncing(parseHtml(`<h2>Help wanted</h2>${para('We are looking for a Volunteer Coordinator.')}`, 'https://example.org/').body, 'Volunteer Coordinator')).toBeNull();
  });
});

describe('a role sought "to join"', () => {
  it('names the role even in words no list of roles knows, but never "a person"', () => {
    expect(hiringAnnouncement('The shop is looking for a part-time bookseller to join us on weekends.')).toEqual({ title: 'part-time bookseller', company: null });
    expect(hiringAnnouncement('We are looking for a friendly person to join our team.')).toBeNull();
    expect(hiringAnnouncement('We are looking for a new colleague to join us.')).toBeNull();
  });
});

describe('a role structured data shortens', () => {
  const page = (ldTitle: string, h1: string) =>
    parseHtml(
      `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"${ldTitle}","hiringOrganization":{"@type":"Organization","name":"Lakehead Mill Services"},"description":"Maintain and repair the mill's motors, drives and controls on day and evening shifts."}</script></head><body><main><h1>${h1}</h1><p>${'Maintain and repair the mill motors, drives and controls on day and evening shifts, with a team of six. '.repeat(4)}</p></main></body></html>`,
      'https://jobs.example/1',
    );
  const title = (doc: Document) => {
    const result = extractPosting(doc, 'https://jobs.example/1');
    return result.kind === 'posting' ? result.title : null;
  };

  it('takes the heading that holds every word of it, and more', () => {
    expect(title(page('Commissioning Engineer', 'Solar PV Commissioning Engineer'))).toEqual({ value: 'Solar PV Commissioning Engineer', source: 'heading', confidence: 0.9 });
  });

  it('keeps it when the heading only adds the board’s label or the employer’s name', () => {
    expect(title(page('industrial electrician', 'Job posting industrial electrician'))?.value).toBe('industrial electrician');
    expect(title(page('Millwright', 'Millwright – Lakehead Mill Services'))?.value).toBe('Millwright');
  });
});

describe('a board’s words where a name or the text would be', () => {
  it('never takes "Job Postings" or "Career Opportunities" for an employer', () => {
    expect(isEmployerName('Job Postings')).toBe(false);
    expect(isEmployerName('Career Opportunities')).toBe(false);
    expect(isEmployerName('Pinecrest Valley USD')).toBe(true);
  });

  it('starts the text after the buttons above it', () => {
    const body = 'The Public Works Department is seeking an engineer to plan and run the county water projects, from wells and pipelines to flood control, and to work with the people who use them every day of the year.';
    expect(withoutLeadingFacts(`Back to All Jobs\nPrint\nApply\n${body}`)).toBe(body);
  });
});
