/**
 * The prep list out and back in: a JSON backup that import reads back, and Markdown, CSV and
 * calendar exports for other tools. Pure functions over records; the prep list page does the
 * downloading and the background does the writing.
 */
import { buildPrepPlan } from '../core/prep';
import type { SearchEngine } from '../core/prep/links';
import { planToMarkdown } from '../core/prep/markdown';
import { interviewerNames, personLabel, roundsInOrder } from '../tracker/interviews';
import { CURRENT_SCHEMA_VERSION, migrate } from './migrations';
import { type Profile, type Resume, validateProfile } from './profile';
import { INTERVIEW_KIND_LABELS, POSTING_KEY_PREFIX, SCHEMA_VERSION_KEY, type SavedPosting, STATUS_LABELS, validateSavedPosting } from './schema';

export const BACKUP_FORMAT = 'interview-lens-backup';
const MAX_BACKUP_RECORDS = 5000;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  postings: SavedPosting[];
  /** The user's résumé, when they added one (older backups have none). */
  profile?: Profile;
}

export function toBackup(records: SavedPosting[], now: string, profile: Profile | null = null): string {
  const backup: Backup = { format: BACKUP_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, exportedAt: now, postings: records, ...(profile?.resume ? { profile } : {}) };
  return JSON.stringify(backup, null, 2);
}

/**
 * The résumé a backup carries, checked like stored data; null when it has none. Read after
 * parseBackup has accepted the file, so the file is known to be a backup.
 */
export function backupResume(text: string): Resume | null {
  const { profile } = JSON.parse(text) as Partial<Backup>;
  return profile === undefined ? null : validateProfile(profile).resume;
}

export class BackupError extends Error {
  constructor(message: string) {
    super(`${message} Nothing was imported.`);
    this.name = 'BackupError';
  }
}

/**
 * Every record of a backup, checked. A file that is not a backup, comes from a newer version,
 * or has any record that does not hold up is refused whole, with what is wrong: half an
 * import would leave the user unsure what they have.
 */
export function parseBackup(text: string): SavedPosting[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BackupError('This file is not an Interview Lens backup (it is not JSON).');
  }
  const backup = data as Partial<Backup> | null;
  if (!backup || typeof backup !== 'object' || backup.format !== BACKUP_FORMAT || !Array.isArray(backup.postings)) {
    throw new BackupError('This file is not an Interview Lens backup.');
  }
  if (typeof backup.schemaVersion !== 'number' || backup.schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new BackupError('This backup was made by a newer version of Interview Lens. Update the extension first.');
  }
  if (backup.postings.length > MAX_BACKUP_RECORDS) throw new BackupError(`This backup holds more than ${MAX_BACKUP_RECORDS} postings.`);
  // A backup from an older version goes through the same migrations as stored data, laid out
  // as storage holds it (one key per record, in the backup's order).
  const asStored = Object.fromEntries(backup.postings.map((raw, i) => [`${POSTING_KEY_PREFIX}${i}`, raw]));
  const migrated = migrate({ ...asStored, [SCHEMA_VERSION_KEY]: backup.schemaVersion });
  const records: SavedPosting[] = [];
  const problems: number[] = [];
  backup.postings.forEach((_, i) => {
    const record = validateSavedPosting(migrated[`${POSTING_KEY_PREFIX}${i}`]);
    if (record) records.push(record);
    else problems.push(i + 1);
  });
  if (problems.length > 0) {
    const list = problems.slice(0, 5).join(', ') + (problems.length > 5 ? ', …' : '');
    throw new BackupError(`${problems.length === 1 ? 'Posting' : 'Postings'} ${list} of the backup could not be read.`);
  }
  return records;
}

function csvCell(value: string): string {
  // Quote every cell; a leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(records: SavedPosting[]): string {
  const header = ['Role', 'Company', 'Location', 'Status', 'Saved', 'Updated', 'Research done', 'Next interview', 'Interviewers', 'Notes', 'Posting address'];
  const rows = records.map((r) => {
    const next = nextInterview(r);
    return [
      r.posting.title?.value ?? '',
      r.posting.company?.value ?? '',
      r.posting.location?.value ?? '',
      STATUS_LABELS[r.status],
      r.savedAt.slice(0, 10),
      r.updatedAt.slice(0, 10),
      String(Object.values(r.checklist).filter(Boolean).length),
      next?.date ?? '',
      r.interviews.flatMap((i) => i.interviewers.map(personLabel)).join('; '),
      r.notes,
      r.posting.url,
    ];
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function toMarkdown(records: SavedPosting[], engine: SearchEngine = 'duckduckgo'): string {
  return records
    .map((r) => {
      const plan = buildPrepPlan(r.posting, { interviewers: interviewerNames(r) });
      const done = new Set(Object.entries(r.checklist).filter(([, v]) => v).map(([k]) => k));
      // Tick what the user ticked: the brief's checklist lines are in plan order.
      let index = 0;
      const brief = planToMarkdown(plan, engine).replace(/^- \[ \] /gm, (line) => (done.has(plan.research[index++]?.id ?? '') ? '- [x] ' : line));
      const extra = [`Status: ${STATUS_LABELS[r.status]}`, r.notes ? `\n## Notes\n\n${r.notes}` : ''];
      const story = plan.story.filter((s) => r.story[s.id]?.trim()).map((s) => `- ${s.requirement}: ${r.story[s.id]!.trim()}`);
      return [brief, '', ...extra, ...(story.length > 0 ? ['', '## My examples', '', ...story] : [])].join('\n');
    })
    .join('\n\n---\n\n');
}

/** The earliest round with a date, in the order the prep list shows rounds. */
function nextInterview(record: SavedPosting) {
  return roundsInOrder(record.interviews).find((round) => round.date) ?? null;
}

function icsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

function icsDate(value: string): string | null {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Interviews with a date, as calendar events (RFC 5545), one hour each. */
export function toIcs(records: SavedPosting[], now: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Interview Lens//Prep list//EN', 'CALSCALE:GREGORIAN'];
  for (const r of records) {
    for (const interview of r.interviews) {
      const start = interview.date ? icsDate(interview.date) : null;
      if (!start) continue;
      const end = icsDate(new Date(new Date(interview.date).getTime() + 3_600_000).toISOString())!;
      const who = interview.interviewers.length > 0 ? ` with ${interview.interviewers.map(personLabel).join(', ')}` : '';
      lines.push(
        'BEGIN:VEVENT',
        `UID:${r.id}-${interview.id}@interview-lens`,
        `DTSTAMP:${icsDate(now)}`,
        `DTSTART:${start}`,
        `DTEND:${end}`,
        `SUMMARY:${icsText(`${interview.kind === 'other' ? 'Interview' : `Interview (${INTERVIEW_KIND_LABELS[interview.kind]})`}: ${r.posting.title?.value ?? 'role'}${r.posting.company ? ` at ${r.posting.company.value}` : ''}${who}`)}`,
        ...(interview.notes ? [`DESCRIPTION:${icsText(interview.notes)}`] : []),
        ...(/^https?:/.test(r.posting.url) ? [`URL:${r.posting.url}`] : []),
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}
