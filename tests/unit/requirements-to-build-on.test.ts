/**
 * What a plan may ask a candidate to build on: a requirement is a skill or experience, not a
 * condition of being hired (a background check, a licence to drive, the right to work) nor what
 * the job offers (benefits listed among the requirements); and a heading run into its
 * paragraph ("Benefits after hire: medical, dental…") opens its section there. The postings
 * are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitDescription } from '../../src/core/analyze/sections';
import { analyzePosting } from '../../src/core/analyze/signals';
import { field, type JobPosting } from '../../src/core/posting';
import { statedRequirements } from '../../src/core/prep/questions';

function posting(description: string[]): JobPosting {
  return {
    kind: 'posting',
    url: 'https://jobs.example/requirements',
    title: field('Maintenance Technician', 'json-ld', 0.9),
    company: field('Corrib Packaging', 'json-ld', 0.9),
    location: null,
    description: field(description.join('\n'), 'json-ld', 0.9),
  };
}

const AGENCY_AD = posting([
  'Our client, a family-owned packaging plant, is adding a maintenance technician to its night shift.',
  'Requirements:',
  '- 2+ years of industrial maintenance on conveyors and packaging lines',
  '- Must pass background check and drug screen',
  '- Reliable transportation, as the plant is not on a bus route',
  "- A valid driver's license",
  '- Must be authorized to work in the United States',
  'Benefits after hire: medical, dental, 401(k) with match and paid holidays.',
  'Harbourline Staffing has placed skilled trades in the county since 2001.',
]);

describe('requirements a candidate can build on', () => {
  it('keeps the skill and leaves out the conditions of hire and the benefits', () => {
    const texts = statedRequirements(analyzePosting(AGENCY_AD)).map((s) => s.text);
    expect(texts).toEqual(['2+ years of industrial maintenance on conveyors and packaging lines']);
  });
});

describe('a heading run into its paragraph', () => {
  it('opens its section on that line, and the lines after it stay in it', () => {
    const { sentences, headings } = splitDescription(AGENCY_AD.description!.value);
    expect(headings.map((h) => [h.text, h.kind])).toEqual([
      ['Requirements', 'requirements'],
      ['Benefits after hire', 'benefits'],
    ]);
    const benefits = sentences.filter((s) => s.section === 'benefits').map((s) => s.text);
    expect(benefits).toEqual([
      'medical, dental, 401(k) with match and paid holidays.',
      'Harbourline Staffing has placed skilled trades in the county since 2001.',
    ]);
  });

  it('leaves a line whose label is no heading as it was', () => {
    const { headings, sentences } = splitDescription('Location: Galway. The plant runs three shifts.');
    expect(headings).toEqual([]);
    expect(sentences.map((s) => s.text)).toEqual(['Location: Galway.', 'The plant runs three shifts.']);
  });
});
