/**
 * "Coming up": what the user should do next across the whole prep list — the next interview
 * rounds, thank-you notes not yet sent, and follow-ups that are due. Pure: records and the
 * time in, items out, so the page and (later) reminders read the same answer.
 */
import type { Interview, SavedPosting } from '../storage/schema';
import { atHour, localTime } from './interviews';

const DAY = 86_400_000;
/** A thank-you is worth sending for a few days after a round; after that it is dropped. */
export const THANK_YOU_DAYS = 7;
/** Applied or interviewing and nothing heard for this long: time to follow up. */
export const DEFAULT_QUIET_DAYS = 14;

interface ItemBase {
  recordId: string;
  /** "Role at Company", as the list shows the posting. */
  posting: string;
  /** When it happens or fell due (ISO). */
  at: string;
}

export type ComingUpItem =
  | (ItemBase & { kind: 'interview'; round: Interview })
  | (ItemBase & { kind: 'thank-you'; round: Interview })
  | (ItemBase & { kind: 'follow-up'; reason: 'date-given' | 'quiet' });

export interface ComingUp {
  /** Rounds from the start of today on, soonest first. */
  interviews: ComingUpItem[];
  /** Thank-yous and follow-ups that are due, oldest first. */
  due: ComingUpItem[];
}

/** Statuses where the user is still waiting on the company. */
export const IN_PROGRESS: ReadonlySet<string> = new Set(['applied', 'interviewing']);

export function postingName(record: SavedPosting): string {
  const title = record.posting.title?.value ?? 'Untitled posting';
  return record.posting.company ? `${title} at ${record.posting.company.value}` : title;
}

export function startOfDay(time: number): number {
  return atHour(time, 0);
}

/** The last time something happened on the posting: a status change or a round that took place. */
export function lastActivity(record: SavedPosting, now: number): number {
  const times = [
    ...record.history.map((change) => Date.parse(change.at)),
    ...record.interviews.map((round) => localTime(round.date)).filter((time) => time <= now),
    Date.parse(record.savedAt),
  ].filter((time) => !Number.isNaN(time));
  return Math.max(...times);
}

export function comingUp(records: readonly SavedPosting[], now: number, quietDays = DEFAULT_QUIET_DAYS): ComingUp {
  const today = startOfDay(now);
  const interviews: ComingUpItem[] = [];
  const due: ComingUpItem[] = [];
  for (const record of records) {
    if (record.status === 'closed') continue;
    const base = { recordId: record.id, posting: postingName(record) };
    let nextRound = Number.NaN;
    for (const round of record.interviews) {
      const time = localTime(round.date);
      if (Number.isNaN(time)) continue;
      if (time >= today) {
        interviews.push({ ...base, kind: 'interview', round, at: round.date });
        if (!(nextRound <= time)) nextRound = time;
      } else if (time < now && now - time <= THANK_YOU_DAYS * DAY && !round.thankYouSent) {
        due.push({ ...base, kind: 'thank-you', round, at: round.date });
      }
    }
    if (!IN_PROGRESS.has(record.status) || !Number.isNaN(nextRound)) continue;
    const promised = localTime(record.followUpOn);
    if (!Number.isNaN(promised)) {
      // The company gave a date: follow up once it has passed, not before.
      if (promised < today) due.push({ ...base, kind: 'follow-up', reason: 'date-given', at: record.followUpOn });
      continue;
    }
    const quietSince = lastActivity(record, now);
    if (now - quietSince >= quietDays * DAY) {
      due.push({ ...base, kind: 'follow-up', reason: 'quiet', at: new Date(quietSince).toISOString() });
    }
  }
  const byTime = (a: ComingUpItem, b: ComingUpItem) => localTime(a.at) - localTime(b.at);
  return { interviews: interviews.sort(byTime), due: due.sort(byTime) };
}
