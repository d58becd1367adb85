import { describe, expect, it } from 'vitest';
import { postingFromSchema, readJsonLd, readMicrodata, readRdfa, readStructuredPostings } from '../../src/core/extract/structured';
import { jsonLd, page } from '../helpers/dom';

const BASE = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Data Engineer',
  hiringOrganization: { '@type': 'Organization', name: 'Acme Analytics', sameAs: 'https://acme.example' },
  jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US' } },
  description: '<p>Build pipelines.</p><ul><li>SQL</li><li>Python</li></ul>',
  employmentType: ['FULL_TIME', 'CONTRACTOR'],
  datePosted: '2026-11-01T09:00:00Z',
  baseSalary: { '@type': 'MonetaryAmount', currency: 'usd', value: { '@type': 'QuantitativeValue', minValue: '120,000', maxValue: 150000, unitText: 'YEAR' } },
};

function read(head: string, body = '') {
  const doc = page(body, head);
  const [first] = readStructuredPostings(doc);
  return first ? postingFromSchema(first, doc) : null;
}

describe('JSON-LD', () => {
  it('maps every field with its source', () => {
    const c = read(jsonLd(BASE))!;
    expect(c.title).toEqual({ value: 'Data Engineer', source: 'json-ld', confidence: 0.9 });
    expect(c.company?.value).toBe('Acme Analytics');
    expect(c.location?.value).toBe('Austin, TX');
    expect(c.description?.value).toBe('Build pipelines.\n\n- SQL\n- Python');
    expect(c.employmentType?.value).toBe('Full-time, Contract');
    expect(c.datePosted?.value).toBe('2026-11-01');
    expect(c.salary?.value).toEqual({ currency: 'USD', min: 120000, max: 150000, period: 'year' });
    expect(c.companyUrl?.value).toBe('https://acme.example');
  });

  it('takes a pay of 0, which ATS templates fill in when the employer gave none, for no figure', () => {
    const salary = (value: object) => read(jsonLd({ ...BASE, baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value } }))!.salary;
    expect(salary({ '@type': 'QuantitativeValue', value: 0, unitText: 'MONTH' })).toBeNull();
    expect(salary({ '@type': 'QuantitativeValue', minValue: 0, maxValue: 4200, unitText: 'MONTH' })?.value).toEqual({ currency: 'EUR', min: null, max: 4200, period: 'month' });
  });

  it('finds the posting inside @graph and resolves @id references', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Graph Co' },
        { '@type': 'WebPage', name: 'Jobs' },
        { '@type': ['JobPosting'], title: 'Analyst', hiringOrganization: { '@id': '#org' } },
      ],
    };
    const c = read(jsonLd(graph))!;
    expect(c.title?.value).toBe('Analyst');
    expect(c.company?.value).toBe('Graph Co');
  });

  it('reads postings from an array and from the second of several scripts', () => {
    const doc = page('', jsonLd({ '@type': 'BreadcrumbList' }) + jsonLd([{ '@type': 'Thing' }, { ...BASE, title: 'Second' }]));
    expect(readJsonLd(doc).map((p) => postingFromSchema(p, doc).title?.value)).toEqual(['Second']);
  });

  it('accepts schema-prefixed and full-URL types', () => {
    expect(read(jsonLd({ ...BASE, '@type': 'schema:JobPosting' }))?.title?.value).toBe('Data Engineer');
    expect(read(jsonLd({ ...BASE, '@type': 'http://schema.org/JobPosting' }))?.title?.value).toBe('Data Engineer');
  });

  it('survives broken JSON: trailing commas and raw newlines', () => {
    const broken = '{"@type": "JobPosting", "title": "Welder",\n "description": "Line one\nLine two",\n "hiringOrganization": {"name": "Forge AB",},}';
    const c = read(jsonLd(broken))!;
    expect(c.title?.value).toBe('Welder');
    expect(c.company?.value).toBe('Forge AB');
    expect(c.description?.value).toBe('Line one\nLine two');
  });

  it('ignores wrong types instead of printing them', () => {
    const c = read(jsonLd({ '@type': 'JobPosting', title: { nested: true }, name: 'Fallback name', hiringOrganization: 12, jobLocation: [null, { address: 'Oslo' }] }))!;
    expect(c.title).toBeNull();
    expect(c.company?.value).toBe('12');
    expect(c.location?.value).toBe('Oslo');
  });

  it('strips markup and scripts from values', () => {
    const c = read(jsonLd({ '@type': 'JobPosting', title: '<b>Chef</b><script>alert(1)</script>', hiringOrganization: { name: 'Bistro &amp; Co' } }))!;
    expect(c.title?.value).toBe('Chef');
    expect(c.company?.value).toBe('Bistro & Co');
  });

  it('describes remote postings with the allowed region', () => {
    const c = read(jsonLd({ '@type': 'JobPosting', title: 'Writer', jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'Canada' } }))!;
    expect(c.location?.value).toBe('Canada (Remote)');
    expect(c.workMode?.value).toBe('remote');
  });

  it('writes countries by name and keeps several places', () => {
    const c = read(
      jsonLd({
        '@type': 'JobPosting',
        title: 'Chemist',
        jobLocation: [
          { address: { addressLocality: 'Basel', addressCountry: 'CH' } },
          { address: { addressLocality: 'Lyon', addressRegion: 'Auvergne-Rhône-Alpes', addressCountry: { '@type': 'Country', name: 'France' } } },
        ],
      }),
    )!;
    expect(c.location?.value).toBe('Basel, Switzerland; Lyon, Auvergne-Rhône-Alpes, France');
  });

  it('names common country codes from its own table, as people write them, and rarer ones through Intl', () => {
    const place = (addressCountry: string) =>
      read(jsonLd({ '@type': 'JobPosting', title: 'Chemist', jobLocation: { address: { addressLocality: 'Town', addressCountry } } }))!.location?.value;
    expect(place('HK')).toBe('Town, Hong Kong');
    expect(place('de')).toBe('Town, de');
    expect(place('DE')).toBe('Town, Germany');
    expect(place('GB')).toBe('Town, United Kingdom');
    expect(place('UY')).toBe('Town, Uruguay');
  });
});

describe('microdata and RDFa', () => {
  it('reads a microdata JobPosting with nested items', () => {
    const doc = page(`
      <div itemscope itemtype="https://schema.org/JobPosting">
        <h2 itemprop="title">Software Engineer</h2>
        <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">ABC Company Inc.</span></div>
        <div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place">
          <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
            <span itemprop="addressLocality">Kirkland</span>, <span itemprop="addressRegion">WA</span>
          </div>
        </div>
        <meta itemprop="datePosted" content="2026-10-31">
        <div itemprop="description"><p>Develop tools.</p></div>
      </div>`);
    const [item] = readMicrodata(doc);
    const c = postingFromSchema(item!, doc);
    expect([c.title?.value, c.company?.value, c.location?.value, c.datePosted?.value, c.description?.value]).toEqual([
      'Software Engineer',
      'ABC Company Inc.',
      'Kirkland, WA',
      '2026-10-31',
      'Develop tools.',
    ]);
    expect(c.title?.source).toBe('microdata');
  });

  it('reads an RDFa JobPosting', () => {
    const doc = page(`
      <div vocab="https://schema.org/" typeof="JobPosting">
        <h2 property="title">Software Engineer</h2>
        <div property="hiringOrganization" typeof="Organization"><span property="name">ABC Company Inc.</span></div>
        <div property="jobLocation" typeof="Place"><div property="address" typeof="PostalAddress"><span property="addressLocality">Kirkland</span> <span property="addressRegion">WA</span></div></div>
      </div>`);
    const [item] = readRdfa(doc);
    const c = postingFromSchema(item!, doc);
    expect([c.title?.value, c.company?.value, c.location?.value, c.title?.source]).toEqual(['Software Engineer', 'ABC Company Inc.', 'Kirkland, WA', 'rdfa']);
  });
});
