/**
 * The company's stage, read from the posting's words: a startup is a kind of company, and the
 * start-up of a machine or a plant is a task, and a startup the candidate had is their past. The postings are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../src/core/analyze/signals';
import { field, type JobPosting } from '../../src/core/posting';

function posting(description: string): JobPosting {
  return {
    kind: 'posting',
    url: 'https://careers.example/job/1',
    title: field('Maintenance Technician', 'heading', 0.8),
    company: field('Hollin Valley Markets', 'json-ld', 0.9),
    location: field('Leeds', 'label', 0.8),
    description: field(description, 'page-text', 0.6),
  };
}

describe('the company stage', () => {
  it('is not read from the start-up of equipment', () => {
    const s = analyzePosting(posting('Hollin Valley Markets runs 40 grocery stores. You will support new equipment start-up and commissioning as the warehouse ramps up, and lead the start-up of the new freezer line.'));
    expect(s.stage).toEqual([]);
  });

  it('is not read from what the candidate has done', () => {
    const s = analyzePosting(posting('You will look after our fleet of delivery vans. You’ve done something hands-on before: a project, a workshop of your own, maybe a startup. Experience at an early-stage company is welcome.'));
    expect(s.stage).toEqual([]);
  });

  it('is read from a startup', () => {
    const s = analyzePosting(posting('Hollin Valley Markets is a start-up of twelve people delivering groceries by bike.'));
    expect(s.stage.map((e) => e.value)).toEqual(['start-up']);
  });
});
