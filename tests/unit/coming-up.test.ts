import { describe, expect, it } from 'vitest';
import { posting, record, round } from '../helpers/saved-records';
import { comingUp } from '../../src/tracker/coming-up';
import { searchSummary } from '../../src/tracker/funnel';
import { interviewerNames, localTime, newInterview, personLabel, roundsInOrder } from '../../src/tracker/interviews';

/** Noon on Tuesday 1 December 2026, local time (the page works in the user's time). */
const NOW = new Date(2026, 11, 1, 12, 0).getTime();

const summary = (items: { kind: string; recordId: string; at: string }[]) => items.map((i) => `${i.kind} ${i.recordId} ${i.at}`);

describe('coming up', () => {
  it('lists rounds from the start of today on, soonest first, across postings; none for a closed posting', () => {
    const records = [
      record('a', 'interviewing', { interviews: [round('a2', '2026-12-08T09:00'), round('a1', '2026-12-01T09:00', { thankYouSent: true })] }),
      record('b', 'interviewing', { interviews: [round('b1', '2026-12-03T15:30'), round('b0', '')] }),
      record('c', 'closed', { interviews: [round('c1', '2026-12-02T10:00')] }),
    ];
    // a1 was this morning: still listed today (and its thank-you is sent, so nothing is due).
    expect(summary(comingUp(records, NOW).interviews)).toEqual(['interview a 2026-12-01T09:00', 'interview b 2026-12-03T15:30', 'interview a 2026-12-08T09:00']);
    expect(comingUp(records, NOW).due).toEqual([]);
  });

  it('asks for a thank-you after a past round not marked sent, for a week', () => {
    const records = [
      record('a', 'interviewing', { interviews: [round('a1', '2026-11-30T16:00'), round('a2', '2026-12-20T10:00')] }),
      record('b', 'interviewing', { interviews: [round('b1', '2026-11-20T10:00')] }), // 11 days ago: too late to be useful
      record('c', 'offer', { interviews: [round('c1', '2026-11-29T10:00', { thankYouSent: true })] }),
    ];
    expect(summary(comingUp(records, NOW).due)).toEqual(['thank-you a 2026-11-30T16:00']);
  });

  it('asks to follow up once the date the company gave has passed, not on the day itself', () => {
    const given = (day: string) => [record('a', 'applied', { followUpOn: day })];
    expect(comingUp(given('2026-12-01'), NOW).due).toEqual([]);
    expect(comingUp(given('2026-12-05'), NOW).due).toEqual([]);
    expect(summary(comingUp(given('2026-11-30'), NOW).due)).toEqual(['follow-up a 2026-11-30']);
  });

  it('asks to follow up after two quiet weeks while applied or interviewing, unless a round is booked', () => {
    const quiet = { history: [{ status: 'applied' as const, at: '2026-11-10T09:00:00.000Z' }], savedAt: '2026-11-01T09:00:00.000Z' };
    const records = [
      record('quiet', 'applied', quiet),
      record('recent', 'applied'), // changed on 25 November
      record('booked', 'interviewing', { ...quiet, interviews: [round('r', '2026-12-04T10:00')] }),
      record('researching', 'researching', quiet),
      record('talked', 'interviewing', { ...quiet, interviews: [round('r', '2026-11-20T10:00', { thankYouSent: true })] }),
    ];
    expect(summary(comingUp(records, NOW).due)).toEqual(['follow-up quiet 2026-11-10T09:00:00.000Z']);
    // The quiet period is the caller's to set.
    expect(summary(comingUp(records, NOW, 8).due)).toEqual(['follow-up quiet 2026-11-10T09:00:00.000Z', `follow-up talked ${new Date(localTime('2026-11-20T10:00')).toISOString()}`]);
  });

  it('names each posting as the list does', () => {
    const [item] = comingUp([{ ...record('a', 'applied', { interviews: [round('r', '2026-12-02T10:00')] }), posting: posting('Chef') }], NOW).interviews;
    expect(item!.posting).toBe('Chef');
    const [withCompany] = comingUp([record('b', 'applied', { interviews: [round('r', '2026-12-02T10:00')] })], NOW).interviews;
    expect(withCompany!.posting).toBe('Role b at Acme');
  });
});

describe('interview rounds', () => {
  it('write a person with their role when known', () => {
    expect(personLabel({ name: 'Ana Ruiz', role: 'Head of Design' })).toBe('Ana Ruiz (Head of Design)');
    expect(personLabel({ name: 'Bo Chen', role: '' })).toBe('Bo Chen');
  });

  it('give the plan each name once, in the order of the rounds', () => {
    const interviews = [
      round('1', '', { interviewers: [{ name: 'Ana Ruiz', role: '' }, { name: 'Bo Chen', role: 'CTO' }] }),
      round('2', '', { interviewers: [{ name: 'Bo Chen', role: 'CTO' }, { name: 'Cy Dale', role: '' }] }),
    ];
    expect(interviewerNames({ interviews })).toEqual(['Ana Ruiz', 'Bo Chen', 'Cy Dale']);
  });

  it('make a new round with an id no other round of the posting has', () => {
    const first = newInterview(1000, []);
    expect(first).toEqual({ id: 'interview-rs', date: '', kind: 'other', interviewers: [], notes: '', thankYouSent: false });
    expect(newInterview(1000, [first]).id).toBe('interview-rs-1');
  });

  it('sort by date, undated rounds last in the order they were added', () => {
    const list = [round('x', ''), round('b', '2026-12-09T10:00'), round('y', ''), round('a', '2026-12-02T10:00')];
    expect(roundsInOrder(list).map((r) => r.id)).toEqual(['a', 'b', 'x', 'y']);
  });

  it('read a date with no time as local midnight, and a date-time as local time', () => {
    expect(localTime('2026-12-01')).toBe(new Date(2026, 11, 1).getTime());
    expect(localTime('2026-12-01T14:30')).toBe(new Date(2026, 11, 1, 14, 30).getTime());
    expect(localTime('')).toBeNaN();
  });
});

describe('the search at a glance', () => {
  it('counts each status now, and every stage each posting reached, from its history and its rounds', () => {
    const at = '2026-11-20T10:00:00.000Z';
    const records = [
      record('a', 'researching'),
      record('b', 'applied', { history: [{ status: 'researching', at }, { status: 'applied', at }] }),
      // Interviewed, then turned down: still counts as applied and interviewed.
      record('c', 'closed', { history: [{ status: 'applied', at }, { status: 'interviewing', at }, { status: 'closed', at }] }),
      record('d', 'offer'),
      // A round on record with the status never moved on: it reached interviews.
      record('e', 'researching', { interviews: [round('r', '2026-12-02T10:00')] }),
    ];
    expect(searchSummary(records)).toEqual({
      byStatus: { researching: 2, applied: 1, interviewing: 0, offer: 1, closed: 1 },
      funnel: [
        { stage: 'saved', count: 5 },
        { stage: 'applied', count: 4 },
        { stage: 'interviewing', count: 3 },
        { stage: 'offer', count: 1 },
      ],
    });
  });
  it('is all zeros for an empty list', () => {
    expect(searchSummary([]).funnel.map((s) => s.count)).toEqual([0, 0, 0, 0]);
  });
});
