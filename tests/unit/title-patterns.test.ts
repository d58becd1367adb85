import { describe, expect, it } from 'vitest';
import { parseTitle } from '../../src/core/extract/title-patterns';

describe('parseTitle', () => {
  it.each([
    ['Staff Engineer - Acme | Careers', { title: 'Staff Engineer', company: 'Acme', location: null }],
    ['Acme hiring Data Analyst in Austin, TX | LinkedIn', { title: 'Data Analyst', company: 'Acme', location: 'Austin, TX' }],
    ['Job Application for Product Designer at Acme', { title: 'Product Designer', company: 'Acme', location: null }],
    ['Product Designer at Acme', { title: 'Product Designer', company: 'Acme', location: null }],
    ['iOS Developer @ eBay', { title: 'iOS Developer', company: 'eBay', location: null }],
    ['Support Engineer | Acme', { title: 'Support Engineer', company: 'Acme', location: null }],
    ['Nurse - Berlin, Germany - Charité', { title: 'Nurse', company: 'Charité', location: 'Berlin, Germany' }],
    ['Pilot Scientist | Job ad | Jobindex', { title: 'Pilot Scientist', company: null, location: null }],
    ['Careers', { title: null, company: null, location: null }],
  ])('%s', (input, expected) => {
    expect(parseTitle(input)).toEqual(expected);
  });

  it('does not read "Life at Acme" as a role at a company', () => {
    expect(parseTitle('Life at Acme').company).toBeNull();
  });
});
