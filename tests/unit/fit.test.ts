/** You and this posting: a résumé (ours, invented, in four formats) set beside a posting. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installBundledLexicon } from '../../src/core/analyze/bundled-lexicon';
import { analyzePosting } from '../../src/core/analyze/signals';
import { fitReport, resumeLines, resumeYears } from '../../src/core/fit/match';
import { fitToMarkdown } from '../../src/core/fit/markdown';
import { markdownToText, pdfText, unusableResume } from '../../src/core/fit/resume-text';
import { run } from '../../src/cli/main';
import { InputError } from '../../src/cli/load-page';
import { readResume } from '../../src/cli/read-resume';
import type { JobPosting } from '../../src/core/posting';
import { readFixture } from '../fixtures/snapshot';

installBundledLexicon();

const RESUMES = resolve(import.meta.dirname, '../fixtures/resumes');
const DEMO = resolve(import.meta.dirname, '../fixtures/pages/jsonld-demo-posting/page.html');
const NOW = new Date('2026-12-01T12:00:00Z');
const demo = analyzePosting(readFixture('jsonld-demo-posting') as JobPosting);

describe('fitReport', () => {
  const fit = fitReport(demo, readFileSync(join(RESUMES, 'backend-engineer.txt'), 'utf8'), NOW);

  it('shows each skill the résumé has with the line that says what was done with it, not the skills list', () => {
    expect(fit.matched).toEqual([
      { skill: 'Go', evidence: 'Rebuilt the claims payout service in Go, cutting failed payouts by 38% in the first quarter' },
      { skill: 'PostgreSQL', evidence: 'Built REST services in Java and PostgreSQL for a parcel-tracking product used by 1.2 million customers' },
      { skill: 'Apache Kafka', evidence: 'Moved nightly reconciliation jobs to event streams on Apache Kafka, so finance sees balances within minutes' },
    ]);
  });

  it('lists what is missing, the asked-for skills before the nice-to-haves, each pointing at the posting’s sentence', () => {
    expect(fit.missing.map(({ skill, asked }) => [skill, asked])).toEqual([
      ['Kubernetes', true],
      ['AWS', true],
      ['PCI DSS', false],
      ['Terraform', false],
    ]);
    expect(fit.missing[0]!.suggestion).toBe(
      'Your résumé does not show Kubernetes. The posting says: “Experience running services on Kubernetes and AWS” If you have used it, add a line saying where and what came of it, and prepare that story. If not, prepare an honest answer: the closest thing you have done, and how you would learn it in your first months.',
    );
    expect(fit.missing[2]!.suggestion).toMatch(/^A plus for this posting that your résumé does not mention: PCI DSS\./);
  });

  it('sets the years asked beside the years the résumé shows, study not counted', () => {
    expect(fit.years).toEqual({ asked: 5, quote: '5+ years of experience building backend systems in production', yours: 9 });
  });

  it('picks achievements about what the posting asks for as stories, those with a skill and a number first', () => {
    expect(fit.stories).toEqual([
      'Built REST services in Java and PostgreSQL for a parcel-tracking product used by 1.2 million customers',
      'Moved nightly reconciliation jobs to event streams on Apache Kafka, so finance sees balances within minutes',
      'Rebuilt the claims payout service in Go, cutting failed payouts by 38% in the first quarter',
    ]);
  });

  it('writes the section in Markdown', () => {
    const md = fitToMarkdown(fit);
    expect(md.split('\n')[0]).toBe('## You and this posting');
    expect(md).toContain('- **Go**: “Rebuilt the claims payout service in Go, cutting failed payouts by 38% in the first quarter”');
    expect(md).toContain('Experience: the posting asks for 5+ years (“5+ years of experience building backend systems in production”); your résumé shows about 9.');
  });

  it('says so when the résumé gives no years, and when the posting names no skill', () => {
    const none = fitReport({ ...demo, skills: [], years: { value: 3, quote: '3 years of experience' } }, 'Baker. I make bread and cakes for the village shop every morning.', NOW);
    expect(none).toEqual({ matched: [], missing: [], years: { asked: 3, quote: '3 years of experience', yours: null }, stories: [] });
    expect(fitToMarkdown(none)).toContain('The posting names no skills to set your résumé against.');
    expect(fitToMarkdown(none)).toContain('your résumé does not say how many years you have');
  });
});

describe('reading a résumé', () => {
  it('takes the years a résumé states, or counts its date ranges once each', () => {
    expect(resumeYears('Analyst with 7 years of experience in retail banking.', NOW)).toBe(7);
    expect(resumeYears('Acme 2015 – 2018\nBeta Jan 2018 - Present', NOW)).toBe(11);
    expect(resumeYears('EDUCATION\nUniversity of Leeds 2010 – 2014\nWORK\nCafé 2014-2016', NOW)).toBe(2);
    expect(resumeYears('No dates here.', NOW)).toBeNull();
  });

  it('reads lines without their bullets', () => {
    expect(resumeLines('• Led a team\n  - Wrote tests\n3) Shipped it\n\n')).toEqual(['Led a team', 'Wrote tests', 'Shipped it']);
  });

  it('turns Markdown and PDF text runs into plain text, and refuses text too thin to be a résumé', () => {
    expect(markdownToText('## Skills\n**Go** and [Kafka](https://kafka.example) in `prod`')).toBe('Skills\nGo and Kafka in prod');
    expect(pdfText([[{ str: 'Ines', hasEOL: true }, { str: 'Go ' }, { str: 'engineer', hasEOL: true }], [{ str: 'Page two' }]])).toBe('Ines\nGo engineer\n\nPage two');
    expect(unusableResume('   \n ')).toMatch(/^it has no text to read/);
    expect(unusableResume('CV')).toBe('it holds too little text to be a résumé');
  });

  it('reads the same person from .txt, .md, .docx (skills in a table) and .pdf, and finds the same fit', async () => {
    const fits = [];
    for (const kind of ['txt', 'md', 'docx', 'pdf']) {
      const text = await readResume(join(RESUMES, `backend-engineer.${kind}`));
      expect(text).toContain('Rebuilt the claims payout service in Go');
      const { matched, missing, years } = fitReport(demo, text, NOW);
      fits.push({ matched: matched.map((m) => m.skill), missing: missing.map((m) => m.skill), years: years?.yours });
    }
    expect(fits).toEqual(Array(4).fill({ matched: ['Go', 'PostgreSQL', 'Apache Kafka'], missing: ['Kubernetes', 'AWS', 'PCI DSS', 'Terraform'], years: 9 }));
    expect(await readResume(join(RESUMES, 'backend-engineer.docx'))).toMatch(/Data\s+PostgreSQL, Apache Kafka/);
  });

  it.each([
    ['scanned-no-text.pdf', /it has no text to read \(a scanned PDF/],
    ['broken.pdf', /it is not a readable PDF file/],
    ['missing.pdf', /no such file/],
    ['make-files.py', /use a \.txt, \.md, \.docx or \.pdf file/],
  ])('refuses %s with a clear reason', async (name, message) => {
    await expect(readResume(join(RESUMES, name))).rejects.toThrow(InputError);
    await expect(readResume(join(RESUMES, name))).rejects.toThrow(message);
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const big = join(mkdtempSync(join(tmpdir(), 'il-cv-')), 'huge.txt');
    writeFileSync(big, 'a'.repeat(5 * 1024 * 1024 + 1));
    await expect(readResume(big)).rejects.toThrow(/over 5 MB/);
  });
});

describe('interview-lens prep --resume', () => {
  it('adds "fit" to the JSON', async () => {
    let out = '';
    expect(await run(['prep', DEMO, '--resume', join(RESUMES, 'backend-engineer.md'), '--format', 'json'], (t) => (out += t))).toBe(0);
    const { fit } = JSON.parse(out) as { fit: { matched: { skill: string; evidence: string }[]; missing: { skill: string; suggestion: string }[] } };
    expect(fit.matched.map((m) => m.skill)).toEqual(['Go', 'PostgreSQL', 'Apache Kafka']);
    expect(fit.missing.every((m) => m.suggestion.includes(m.skill))).toBe(true);
  });

  it('adds the section to the Markdown brief, and leaves it out without a résumé', async () => {
    let out = '';
    await run(['prep', DEMO, '--resume', join(RESUMES, 'backend-engineer.txt')], (t) => (out += t));
    expect(out).toContain('\n## You and this posting\n');
    let plain = '';
    await run(['prep', DEMO], (t) => (plain += t));
    expect(plain).not.toContain('You and this posting');
  });

  it('prints one line and exits with 2 for an unreadable résumé (the built command)', () => {
    const bin = resolve(import.meta.dirname, '../../bin/interview-lens.mjs');
    const result = spawnSync(process.execPath, [bin, 'prep', DEMO, '--resume', join(RESUMES, 'broken.pdf')], { encoding: 'utf8' });
    if (result.stderr.includes('not built yet')) throw new Error('Run `npm run build` before this test (npm test does).');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([`interview-lens: résumé ${join(RESUMES, 'broken.pdf')}: it is not a readable PDF file (Invalid PDF structure.)`]);
  });
});
