/**
 * Names on pages outside job boards: the role a hiring announcement names, what cannot be an
 * employer's name, and whose a site builder's or blog host's page is.
 */
import { describe, expect, it } from 'vitest';
import { hiringAnnouncement } from '../../src/core/extract/announcement';
import { isEmployerName } from '../../src/core/extract/employer-name';
import { hostedOwnerSlug } from '../../src/core/extract/site-name';

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
