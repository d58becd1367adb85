/**
 * Pages are written by strangers. Property-based tests (fast-check) feed the extractor hostile
 * structured data and hostile markup and check that it always answers (a posting or a reason),
 * never throws, never returns markup, and keeps every value within its bound. Timing on such
 * pages in real Chromium is measured by `npm run bench:hostile`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract';
import type { ExtractionResult } from '../../src/core/posting';
import { MAX_DESCRIPTION, MAX_SHORT_TEXT } from '../../src/core/text';
import { parseHtml } from '../helpers/dom';

const TAG = /<\/?[a-z][^<>]*>/i;
const NASTY = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&lt;b&gt;bold&lt;/b&gt;',
  '</script><script>alert(2)</script>',
  '"; DROP TABLE jobs; --',
  '\u202Eevil\u202C',
  '\u0000\u0001\u0002',
  '{{constructor.constructor("alert(3)")()}}',
  'javascript:alert(4)',
  '😀'.repeat(50),
];

const hostileString = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(...NASTY),
  fc.tuple(fc.constantFrom(...NASTY), fc.string({ maxLength: 50 })).map(([a, b]) => a + b),
  fc.integer({ min: 1000, max: 200_000 }).map((n) => 'x'.repeat(n)),
);

/** JSON-LD values of any shape, with JobPosting types and @id references scattered in. */
const { value: schemaValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(
      fc.constantFrom('@type', '@id', '@graph', 'title', 'name', 'hiringOrganization', 'jobLocation', 'address', 'addressLocality', 'description', 'baseSalary', 'value', 'employmentType', 'datePosted', 'jobLocationType'),
      fc.oneof(fc.constantFrom('JobPosting', 'Organization', '#org', ['JobPosting', 'Thing']), tie('value')),
      { maxKeys: 8 },
    ),
  ),
}));

function assertSafe(result: ExtractionResult) {
  expect(['posting', 'not-a-posting']).toContain(result.kind);
  if (result.kind === 'not-a-posting') {
    expect(result.reason).not.toBe('unreadable');
    return;
  }
  for (const [name, f] of Object.entries(result)) {
    if (!f || typeof f !== 'object' || !('value' in f) || typeof f.value !== 'string') continue;
    expect(f.value, name).not.toMatch(TAG);
    expect(f.value.length, name).toBeLessThanOrEqual(name === 'description' ? MAX_DESCRIPTION : name === 'companyUrl' || name === 'applyUrl' ? 2000 : MAX_SHORT_TEXT);
  }
}

function escapeForScript(json: string): string {
  return json.replace(/<\//g, '<\\/');
}

describe('hostile structured data', () => {
  it('always answers, never throws, never returns markup', () => {
    fc.assert(
      fc.property(schemaValue, fc.boolean(), (value, broken) => {
        let json = JSON.stringify(value) ?? 'null';
        if (broken) json = json.replace(/}/, ',}').replace(/"/, '"\n');
        const doc = parseHtml(`<!doctype html><title>Job</title><script type="application/ld+json">${escapeForScript(json)}</script><h1>Job</h1>`);
        assertSafe(extractPosting(doc, 'https://example.com/job/1'));
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('resolves cyclic @id references without looping', () => {
    const graph = {
      '@graph': [
        { '@type': 'Organization', '@id': '#a', name: 'Loop Co', parentOrganization: { '@id': '#b' } },
        { '@type': 'Organization', '@id': '#b', name: 'Loop Parent', subOrganization: { '@id': '#a' } },
        { '@type': 'JobPosting', '@id': '#job', title: 'Looper', hiringOrganization: { '@id': '#a' }, sameAs: { '@id': '#job' } },
      ],
    };
    const result = extractPosting(parseHtml(`<script type="application/ld+json">${JSON.stringify(graph)}</script><h1>Looper</h1>`), 'https://example.com/j');
    expect(result).toMatchObject({ kind: 'posting', title: { value: 'Looper' }, company: { value: 'Loop Co' } });
  });

  it('survives JSON nested 10,000 deep and a 10 MB string', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const big = JSON.stringify({ '@type': 'JobPosting', title: 'Big', description: 'y'.repeat(10_000_000) });
    const doc = parseHtml(`<script type="application/ld+json">${deep}</script><script type="application/ld+json">${big}</script><h1>Big</h1>`);
    const result = extractPosting(doc, 'https://example.com/j');
    assertSafe(result);
    expect(result.kind === 'posting' && result.description?.value.length).toBe(MAX_DESCRIPTION);
  }, 30_000);
});

describe('hostile markup', () => {
  const fragment = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      hostileString.map((s) => s.replace(/</g, '&lt;')),
      fc.constantFrom(...NASTY),
      fc.tuple(fc.constantFrom('div', 'p', 'h1', 'li', 'ul', 'span', 'section', 'form', 'nav', 'table', 'td', 'template', 'noscript', 'iframe', 'frameset', 'svg', 'dialog'), fc.array(tie('node'), { maxLength: 4 }), fc.constantFrom('', ' hidden', ' style="display:none"', ' class="job-description"', ' itemscope itemtype="https://schema.org/JobPosting"', ' typeof="JobPosting"', ' itemprop="title"', ' property="description"')).map(
        ([tag, children, attr]) => `<${tag}${attr}>${children.join('')}</${tag}>`,
      ),
    ),
  }));

  it('always answers safely on random pages', () => {
    fc.assert(
      fc.property(fc.array(fragment.node, { maxLength: 6 }), hostileString, (nodes, title) => {
        const doc = parseHtml(`<!doctype html><html><head><title>${title.replace(/</g, '&lt;')}</title></head><body>${nodes.join('')}</body></html>`);
        assertSafe(extractPosting(doc, 'https://example.com/careers/job'));
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('answers a page whose <title> holds only markup and punctuation (found by the property above)', () => {
    const doc = parseHtml('<!doctype html><html><head><title>&lt;script>alert(1)&lt;/script>!|;</title></head><body><div itemscope itemtype="https://schema.org/JobPosting"></div></body></html>');
    expect(extractPosting(doc, 'https://example.com/careers/job')).toMatchObject({ kind: 'not-a-posting', reason: 'no-posting' });
  });

  it.each([
    ['an empty document', '', 'empty'],
    ['a frameset', '<frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset>', 'empty'],
    ['an iframe-only page', '<body><iframe src="https://boards.example/embed/job/1" width="100%" height="900"></iframe></body>', 'empty'],
  ])('answers %s with a reason', (_name, html, reason) => {
    expect(extractPosting(parseHtml(html), 'https://example.com/')).toMatchObject({ kind: 'not-a-posting', reason });
  });

  it('reads a page of 50,000 elements', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `<div class="row"><span>Cell ${i}</span><a href="/x/${i}">link</a><i></i><b></b></div>`).join('');
    const doc = parseHtml(`<title>Big table</title><main>${rows}</main>`);
    assertSafe(extractPosting(doc, 'https://example.com/big'));
  }, 60_000);
});
