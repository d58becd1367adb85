import { describe, expect, it } from 'vitest';
import type { JobPosting } from '../../src/core/posting';
import { postingWarnings } from '../../src/core/prep/warnings';

const posting = (title: JobPosting['title'], company: JobPosting['company']): JobPosting => ({
  kind: 'posting',
  url: 'https://jobs.example/1',
  title,
  company,
  location: null,
  description: null,
});

describe('warnings on a plan built on a guess', () => {
  it('a navigation heading taken for the title', () => {
    expect(postingWarnings(posting({ value: 'Job Overview', source: 'heading', confidence: 0.6 }, { value: 'Acme', source: 'json-ld', confidence: 0.9 }))).toEqual([
      'The title “Job Overview” reads like a heading of the site, not a job. Check the role before relying on the plan.',
    ]);
  });

  it('a low-confidence title, and no employer', () => {
    expect(postingWarnings(posting({ value: 'Barista', source: 'title', confidence: 0.45 }, null))).toEqual([
      'The title “Barista” is a guess (from the page title). Check the role before relying on the plan.',
      'No employer was found on the page. Add it so the research steps name the right company.',
    ]);
  });

  it('none for a sure title and employer', () => {
    expect(postingWarnings(posting({ value: 'Senior Data Engineer', source: 'json-ld', confidence: 0.9 }, { value: 'Acme', source: 'label', confidence: 0.6 }))).toEqual([]);
  });
});
