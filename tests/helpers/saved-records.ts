/** Saved records as the tracker's pure functions take them, built in one line each in tests. */
import type { JobPosting } from '../../src/core/posting';
import type { Interview, SavedPosting, Status } from '../../src/storage/schema';

export function posting(title: string, company?: string): JobPosting {
  return {
    kind: 'posting',
    url: `https://jobs.example/${title}`,
    title: { value: title, source: 'json-ld', confidence: 0.9 },
    company: company ? { value: company, source: 'json-ld', confidence: 0.9 } : null,
    location: null,
    description: null,
  };
}

export function round(id: string, date: string, extra: Partial<Interview> = {}): Interview {
  return { id, date, kind: 'other', interviewers: [], notes: '', thankYouSent: false, ...extra };
}

/** A record of "Role <id>" at Acme, saved on 25 November 2026 in the given status. */
export function record(id: string, status: Status, extra: Partial<SavedPosting> = {}): SavedPosting {
  const at = '2026-11-25T10:00:00.000Z';
  return {
    id, posting: posting(`Role ${id}`, 'Acme'), status, notes: '', checklist: {}, story: {}, interviews: [], alsoAt: [], followUpOn: '',
    history: [{ status, at }], savedAt: at, updatedAt: at, ...extra,
  };
}
