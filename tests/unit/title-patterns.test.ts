import { withoutPageType } from '../../src/core/extract/words';
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

describe('where the role ends in a <title>', () => {
  it('ends the role at the word "Job", and reads the place after "in"', () => {
    expect(parseTitle('Help Desk Analyst - Tier 2 Job in Tampa 33607 - Summit Ridge Staffing - Monster.com')).toEqual({
      title: 'Help Desk Analyst - Tier 2',
      company: 'Summit Ridge Staffing',
      location: 'Tampa 33607',
    });
    expect(parseTitle('Java Developer Job in Boston, MA - CareerBuilder.com')).toMatchObject({ title: 'Java Developer', location: 'Boston, MA' });
    expect(parseTitle('Payroll Specialist - Work From Home Job | Job.com')).toMatchObject({ title: 'Payroll Specialist - Work From Home' });
  });

  it('keeps a qualifier with the role when the page shows the two as one line', () => {
    const shown = (text: string) => text === 'CNC Machinist - 2nd Shift';
    expect(parseTitle('CNC Machinist - 2nd Shift - Grand Rapids, MI - Net-Temps', () => false, shown)).toEqual({
      title: 'CNC Machinist - 2nd Shift',
      company: 'Net-Temps',
      location: 'Grand Rapids, MI',
    });
    expect(parseTitle('CNC Machinist - Lakeland Precision - Grand Rapids, MI', () => false, shown).company).toBe('Lakeland Precision');
  });

  it('never takes a career center or a job board for the employer', () => {
    expect(parseTitle('Clinical Laboratory Scientist - SCLP Career Center').company).toBeNull();
    expect(parseTitle('Welder - Northern Ohio Job Board').company).toBeNull();
  });
});

describe('parts of a <title> that are sections, not employers', () => {
  it('passes over a category, a department and a jobs word', () => {
    expect(parseTitle('Line Cook - Evenings, $19-22/hr + tips - food/beverage/hospitality - job employment - craigslist').company).toBe('craigslist');
    expect(parseTitle('Academic Advisor II | Human Resources | Carrow State University').company).toBe('Carrow State University');
    expect(parseTitle('Data Analyst | People & Culture | Lindqvist Group').company).toBe('Lindqvist Group');
  });

  it('never takes "us" from "Work with us", or a site builder, for the employer', () => {
    expect(parseTitle('Work with us | Hollowbrook Farm').company).toBeNull();
    expect(parseTitle('Careers with Hollowbrook Farm').company).toBe('Hollowbrook Farm');
    expect(parseTitle('Backend Engineer (Python) | Notion').company).toBeNull();
  });

  it('reads "Job hos X" like "Jobs at X", and drops "Now hiring:" before the role', () => {
    expect(parseTitle('Bogholder til økonomiafdelingen | Job hos Nordvang Møbler')).toMatchObject({ title: 'Bogholder til økonomiafdelingen', company: 'Nordvang Møbler' });
    expect(parseTitle('Now Hiring: Kiln Assistant').title).toBe('Kiln Assistant');
    expect(withoutPageType('Addetto/a contabilità fornitori - offerta di lavoro')).toBe('Addetto/a contabilità fornitori');
    expect(withoutPageType('Now hiring: Barista – offre d’emploi')).toBe('Barista');
  });
});

it('takes a capitalised part with a slash for the role, not a category', () => {
  expect(parseTitle('Oferta de trabajo Técnico/a de mantenimiento en Vitoria-Gasteiz - Conservas Arriaga S.L. | InfoJobs').company).toBe('Conservas Arriaga S.L.');
});

describe('reference numbers, "job with" and careers sections in a <title>', () => {
  it('reads "Role job with Employer" and passes over a reference number', () => {
    expect(parseTitle('Teacher of Geography job with Marsh Lane Academy | 3720011 - Tes Jobs')).toMatchObject({ title: 'Teacher of Geography', company: 'Marsh Lane Academy' });
    expect(parseTitle('Research Fellow | Ref: AB-4521 | Halden University')).toMatchObject({ title: 'Research Fellow', company: 'Halden University' });
    expect(parseTitle('Porter | #88213 | Riverside Hospital').company).toBe('Riverside Hospital');
  });

  it('drops a reference code after the role in a heading, but keeps words that only look like one', () => {
    expect(withoutPageType('Trainee Quantity Surveyor - REF QS/TRN/14')).toBe('Trainee Quantity Surveyor');
    expect(withoutPageType('Night Porter (Ref: 4471)')).toBe('Night Porter');
    expect(withoutPageType('Payroll Officer Job ID: R-10482')).toBe('Payroll Officer');
    expect(withoutPageType('Welder [Req #5521]')).toBe('Welder');
    expect(withoutPageType('Analyst, Reference Data')).toBe('Analyst, Reference Data');
    expect(withoutPageType('Reference Librarian')).toBe('Reference Librarian');
    expect(withoutPageType('Requirements Engineer')).toBe('Requirements Engineer');
  });

  it('passes over an early-careers section and "work with us" in other languages', () => {
    expect(parseTitle('Training Contract 2027 | Early Careers | Ashby Vale LLP')).toMatchObject({ title: 'Training Contract 2027', company: 'Ashby Vale LLP' });
    expect(parseTitle('Trabaja con nosotros · Auxiliar de sala · Museo del Puerto')).toMatchObject({ title: 'Auxiliar de sala', company: 'Museo del Puerto' });
    expect(parseTitle('Rejoignez-nous - Technicien de maintenance - Atelier Vernet')).toMatchObject({ title: 'Technicien de maintenance', company: 'Atelier Vernet' });
  });
});

describe('a pay band and a forum tag in a <title>', () => {
  it('keeps "Band 6" with the role, not as the employer', () => {
    expect(parseTitle('Theatre Practitioner - Band 6 | Vacancies | Wyvern Hospitals NHS Trust')).toMatchObject({ title: 'Theatre Practitioner - Band 6', company: 'Wyvern Hospitals NHS Trust' });
    expect(parseTitle('Programme Officer - P-3 | Geneva | Alpine Climate Fund').title).toBe('Programme Officer - P-3');
  });
  it('drops a "[Hiring]" tag before the role', () => {
    expect(withoutPageType('[Hiring] Embedded firmware developer')).toBe('Embedded firmware developer');
  });
});

describe('a qualifier and the employer after "@"', () => {
  it('keeps what comes before "@" with the role', () => {
    expect(parseTitle('Backend Developer - Impact internship @ Northwave Foods')).toMatchObject({ title: 'Backend Developer - Impact internship', company: 'Northwave Foods' });
    expect(parseTitle('Data Analyst - Summer role at Quillfern')).toMatchObject({ title: 'Data Analyst - Summer role', company: 'Quillfern' });
  });
});
