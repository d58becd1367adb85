import { describe, expect, it } from 'vitest';
import type { JobPosting } from '../../src/core/posting';
import { BackupError, backupResume, parseBackup, toBackup, toCsv, toIcs, toMarkdown } from '../../src/storage/backup';
import { importPostings, readPrepList, savePosting, updatePosting, writeWith } from '../../src/storage/prep-list';
import type { SavedPosting } from '../../src/storage/schema';
import { memoryArea } from '../helpers/memory-area';

function posting(n: number, extra: Partial<JobPosting> = {}): JobPosting {
  return {
    kind: 'posting',
    url: `https://acme.example/jobs/${n}`,
    title: { value: `Role ${n}`, source: 'json-ld', confidence: 0.9 },
    company: { value: 'Acme', source: 'json-ld', confidence: 0.9 },
    location: { value: 'Oslo', source: 'json-ld', confidence: 0.8 },
    description: { value: 'Requirements\n- 3+ years of experience with SQL', source: 'json-ld', confidence: 0.85 },
    ...extra,
  };
}

async function records(): Promise<SavedPosting[]> {
  const area = memoryArea();
  const a = await writeWith(area, savePosting(posting(1), '2026-11-01T10:00:00.000Z'));
  await writeWith(area, savePosting(posting(2), '2026-11-02T10:00:00.000Z'));
  await writeWith(area, updatePosting(a.id, { status: 'interviewing', notes: 'Call back\nFriday', interviews: [{ id: 'i1', date: '2026-12-01T14:30', kind: 'panel', interviewers: [{ name: 'Ana Ruiz', role: 'Design lead' }], notes: 'Panel, bring "portfolio"', thankYouSent: false }] }, '2026-11-03T10:00:00.000Z'));
  return (await readPrepList(area)).items;
}

describe('backup', () => {
  it('round-trips every record', async () => {
    const all = await records();
    expect(parseBackup(toBackup(all, '2026-11-22T00:00:00.000Z'))).toEqual(all);
  });

  it.each([
    ['not JSON', 'hello', 'This file is not an Interview Lens backup (it is not JSON). Nothing was imported.'],
    ['another JSON file', '{"postings": []}', 'This file is not an Interview Lens backup. Nothing was imported.'],
    ['a newer version', '{"format": "interview-lens-backup", "schemaVersion": 99, "postings": []}', 'This backup was made by a newer version of Interview Lens. Update the extension first. Nothing was imported.'],
    ['a broken record', '{"format": "interview-lens-backup", "schemaVersion": 1, "postings": [{"id": "x"}]}', 'Posting 1 of the backup could not be read. Nothing was imported.'],
  ])('refuses %s with a clear message', (_name, text, message) => {
    expect(() => parseBackup(text)).toThrow(BackupError);
    expect(() => parseBackup(text)).toThrow(message);
  });

  it('reads a backup made by version 3 (interviewers as plain names) through the same migrations as storage', () => {
    const v3 = {
      format: 'interview-lens-backup',
      schemaVersion: 3,
      exportedAt: '2026-11-21T00:00:00.000Z',
      postings: [
        {
          id: 'v3-a',
          posting: { kind: 'posting', url: 'https://jobs.example/1', title: { value: 'Baker', source: 'user', confidence: 1 } },
          status: 'interviewing',
          interviews: [{ id: 'r1', date: '2026-12-01T14:30', interviewers: ['Ana Ruiz', '  '], notes: 'Bring knives' }],
          history: [{ status: 'interviewing', at: '2026-11-20T12:00:00.000Z' }],
          savedAt: '2026-11-20T10:00:00.000Z',
        },
      ],
    };
    const [record] = parseBackup(JSON.stringify(v3));
    // A blank name is not a person: dropped on its own, the round kept.
    expect(record!.interviews).toEqual([
      { id: 'r1', date: '2026-12-01T14:30', kind: 'other', interviewers: [{ name: 'Ana Ruiz', role: '' }], notes: 'Bring knives', thankYouSent: false },
    ]);
  });

  it('reads a backup made by version 1 (records without a history): each gets its status at its last update', () => {
    const v1 = {
      format: 'interview-lens-backup',
      schemaVersion: 1,
      exportedAt: '2026-11-21T00:00:00.000Z',
      postings: [
        {
          id: 'v1-a',
          posting: { kind: 'posting', url: 'https://jobs.example/1', title: { value: 'Baker', source: 'user', confidence: 1 }, company: null, location: null, description: null },
          status: 'applied',
          notes: '',
          checklist: {},
          story: {},
          interviews: [],
          savedAt: '2026-11-20T10:00:00.000Z',
          updatedAt: '2026-11-20T12:00:00.000Z',
        },
      ],
    };
    const [record] = parseBackup(JSON.stringify(v1));
    expect(record).toEqual({ ...v1.postings[0], alsoAt: [], followUpOn: '', history: [{ status: 'applied', at: '2026-11-20T12:00:00.000Z' }] });
  });

  it('imports new postings, replaces older copies, keeps newer ones, deletes nothing', async () => {
    const all = await records();
    const area = memoryArea();
    const local = await writeWith(area, savePosting(posting(1), '2026-11-01T10:00:00.000Z'));
    await writeWith(area, updatePosting(local.id, { notes: 'newer local note' }, '2026-12-24T10:00:00.000Z'));
    await writeWith(area, savePosting(posting(9), '2026-11-05T10:00:00.000Z'));
    const result = await writeWith(area, importPostings(all));
    expect(result).toEqual({ added: 1, updated: 0, unchanged: 1 });
    const after = (await readPrepList(area)).items;
    expect(after.map((r) => r.posting.title?.value).sort()).toEqual(['Role 1', 'Role 2', 'Role 9']);
    expect(after.find((r) => r.id === local.id)?.notes).toBe('newer local note');
  });
});

describe('exports', () => {
  it('writes CSV with every cell quoted and formulas defused', async () => {
    const all = await records();
    const risky = { ...all[0]!, notes: '=HYPERLINK("http://evil.example")' };
    const csv = toCsv([risky]);
    const [header, row] = csv.trim().split('\r\n');
    expect(header).toBe('"Role","Company","Location","Status","Saved","Updated","Research done","Next interview","Interviewers","Notes","Posting address"');
    expect(row).toContain('"\'=HYPERLINK(""http://evil.example"")"');
    expect(row!.startsWith('"Role 1","Acme","Oslo","Interviewing","2026-11-01","2026-11-03","0","2026-12-01T14:30","Ana Ruiz (Design lead)"')).toBe(true);
  });

  it('writes interviews as calendar events', async () => {
    const ics = toIcs(await records(), '2026-11-22T00:00:00.000Z');
    const start = new Date('2026-12-01T14:30').toISOString().replace(/[-:]/g, '').replace('.000', '');
    expect(ics).toContain(`DTSTART:${start}\r\n`);
    expect(ics).toContain('SUMMARY:Interview (Panel): Role 1 at Acme with Ana Ruiz (Design lead)\r\n');
    expect(ics).toContain('DESCRIPTION:Panel\\, bring "portfolio"\r\n');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  });

  it('writes a Markdown brief per posting with status and notes', async () => {
    const md = toMarkdown(await records());
    expect(md).toContain('# Interview prep: Role 1 at Acme');
    expect(md).toContain('Status: Interviewing');
    expect(md).toContain('## Notes\n\nCall back\nFriday');
    expect(md.split('\n---\n')).toHaveLength(2);
  });
});

describe('the résumé in a backup', () => {
  const resume = { text: 'Ines Marwood, backend engineer. Built payment services in Go.', source: 'cv.txt', savedAt: '2026-11-30T09:00:00.000Z' };

  it('travels with the postings, and a backup without one says so by leaving it out', async () => {
    const all = await records();
    const text = toBackup(all, '2026-11-22T00:00:00.000Z', { resume });
    expect(parseBackup(text)).toEqual(all);
    expect(backupResume(text)).toEqual(resume);
    const none = toBackup(all, '2026-11-22T00:00:00.000Z', { resume: null });
    expect(JSON.parse(none)).not.toHaveProperty('profile');
    expect(backupResume(none)).toBeNull();
  });

  it('reads a damaged résumé as none, without refusing the postings', async () => {
    const all = await records();
    const text = JSON.stringify({ ...JSON.parse(toBackup(all, '2026-11-22T00:00:00.000Z')), profile: { resume: { text: 42 } } });
    expect(parseBackup(text)).toEqual(all);
    expect(backupResume(text)).toBeNull();
  });
});
