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

  it('does not read "Life at Acme" as a role at a company, but as the employer’s pages', () => {
    expect(parseTitle('Life at Acme')).toEqual({ title: null, company: 'Acme', location: null });
    expect(parseTitle('Field Technician | Careers at Acme Robotics')).toEqual({ title: 'Field Technician', company: 'Acme Robotics', location: null });
  });
});

describe('the site name and pay in a <title>', () => {
  it('drops the site’s name in front of the role', () => {
    expect(parseTitle('TechJobs - Software Engineer - Acme Analytics - Chicago, IL', (s) => s === 'TechJobs')).toEqual({
      title: 'Software Engineer',
      company: 'Acme Analytics',
      location: 'Chicago, IL',
    });
  });

  it('never takes pay for the employer', () => {
    expect(parseTitle('Line Cook - $15/hr (Williamsburg)').company).toBeNull();
    expect(parseTitle('Barista | €12 per hour | Kettle & Crumb').company).toBe('Kettle & Crumb');
  });
});
