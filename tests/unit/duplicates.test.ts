import { describe, expect, it } from 'vitest';
import type { JobPosting } from '../../src/core/posting';
import { mergePostings, NotFoundError, readPrepList, savePosting, updatePosting, writeWith } from '../../src/storage/prep-list';
import { duplicatesOf, mergeRecords, sameJob } from '../../src/tracker/duplicates';
import { memoryArea } from '../helpers/memory-area';

function posting(url: string, title: string, company: string | null, applyUrl?: string): JobPosting {
  return {
    kind: 'posting',
    url,
    title: { value: title, source: 'json-ld', confidence: 0.9 },
    company: company ? { value: company, source: 'json-ld', confidence: 0.9 } : null,
    location: null,
    description: { value: 'Build pipelines.', source: 'json-ld', confidence: 0.85 },
    ...(applyUrl ? { applyUrl: { value: applyUrl, source: 'page-text' as const, confidence: 0.6 } } : {}),
  };
}

async function saved(...postings: [JobPosting, string][]) {
  const area = memoryArea();
  for (const [p, at] of postings) await writeWith(area, savePosting(p, at));
  return { area, records: (await readPrepList(area)).items };
}

const T1 = '2026-11-01T10:00:00.000Z';
const T2 = '2026-11-05T10:00:00.000Z';
const T3 = '2026-11-09T10:00:00.000Z';

describe('the same job saved from two addresses', () => {
  it('is the same employer and a near-identical title, or the same apply link', async () => {
    const { records } = await saved(
      [posting('https://board.example/jobs/1', 'Senior Data Engineer', 'Acme Ltd'), T1],
      [posting('https://acme.example/careers/data-engineer', 'Data Engineer, Senior', 'ACME LTD'), T2],
      [posting('https://board.example/jobs/2', 'Senior Data Engineer', 'Brightwell'), T2],
      [posting('https://board.example/jobs/3', 'Data Analyst', 'Acme Ltd', 'https://ats.example/apply/77'), T2],
      [posting('https://ats.example/jobs/77', 'Analyst (Data)', 'Acme Group', 'https://ats.example/apply/77'), T3],
    );
    const byUrl = (url: string) => records.find((r) => r.posting.url === url)!;
    expect(sameJob(byUrl('https://board.example/jobs/1'), byUrl('https://acme.example/careers/data-engineer'))).toBe(true);
    expect(sameJob(byUrl('https://board.example/jobs/1'), byUrl('https://board.example/jobs/2'))).toBe(false);
    expect(sameJob(byUrl('https://board.example/jobs/1'), byUrl('https://board.example/jobs/3'))).toBe(false);
    expect(sameJob(byUrl('https://board.example/jobs/3'), byUrl('https://ats.example/jobs/77'))).toBe(true);
    const twins = duplicatesOf(records);
    // Each later save points at the one saved first.
    expect(twins.get(byUrl('https://acme.example/careers/data-engineer').id)?.posting.url).toBe('https://board.example/jobs/1');
    expect(twins.get(byUrl('https://ats.example/jobs/77').id)?.posting.url).toBe('https://board.example/jobs/3');
    expect(twins.size).toBe(2);
  });

  it('merges into one record in one write: both addresses, every tick, example, round, note and status change', async () => {
    const first = posting('https://board.example/jobs/1', 'Senior Data Engineer', 'Acme Ltd');
    const second = posting('https://acme.example/careers/data-engineer', 'Senior Data Engineer', 'Acme Ltd');
    const { area, records } = await saved([first, T1], [second, T2]);
    const [a, b] = [records.find((r) => r.posting.url === first.url)!, records.find((r) => r.posting.url === second.url)!];
    await writeWith(area, updatePosting(a.id, { notes: 'Seen on the board', checklist: { news: true }, story: { 's-0': '' }, rounds: { r1: { date: '2026-11-20T10:00' } } }, T2));
    await writeWith(area, updatePosting(b.id, { status: 'applied', notes: 'Applied on their site', checklist: { values: true }, story: { 's-0': 'Led the move to dbt.' }, rounds: { r1: { kind: 'final' } } }, T3));
    const writes = area.writes;
    const merged = await writeWith(area, mergePostings(a.id, b.id, '2026-11-10T10:00:00.000Z'));
    expect(area.writes).toBe(writes + 1);
    expect((await readPrepList(area)).items).toEqual([merged]);
    expect(merged).toMatchObject({
      id: a.id,
      posting: { url: first.url },
      alsoAt: [second.url],
      status: 'applied',
      notes: 'Seen on the board\n\nApplied on their site',
      checklist: { news: true, values: true },
      story: { 's-0': 'Led the move to dbt.' },
      savedAt: T1,
    });
    expect(merged.interviews.map((r) => [r.id, r.date, r.kind])).toEqual([
      ['r1', '2026-11-20T10:00', 'other'],
      [`r1-${b.id}`, '', 'final'],
    ]);
    expect(merged.history.map((h) => h.status)).toEqual(['researching', 'researching', 'applied']);
  });

  it('changes nothing when either record is gone', async () => {
    const { area, records } = await saved([posting('https://board.example/jobs/1', 'Chef', 'Acme'), T1]);
    const before = area.dump();
    await expect(writeWith(area, mergePostings(records[0]!.id, 'gone', T2))).rejects.toThrow(NotFoundError);
    expect(area.dump()).toEqual(before);
  });

  it('keeps the first record’s own addresses and never lists its own address twice', async () => {
    const { records } = await saved([posting('https://a.example/1', 'Chef', 'Acme'), T1], [posting('https://b.example/1', 'Chef', 'Acme'), T2]);
    const [a, b] = records[0]!.posting.url === 'https://a.example/1' ? [records[0]!, records[1]!] : [records[1]!, records[0]!];
    const merged = mergeRecords({ ...a, alsoAt: ['https://c.example/1'] }, { ...b, alsoAt: ['https://a.example/1'] }, T3);
    expect(merged.alsoAt).toEqual(['https://b.example/1', 'https://c.example/1']);
  });
});
