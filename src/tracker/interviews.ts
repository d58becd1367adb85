/**
 * Interview rounds as the user records them: how a person is written out, and the names the
 * prep plan uses. Pure functions over saved records.
 */
import type { Interview, Interviewer, SavedPosting } from '../storage/schema';

/** "Ana Ruiz (Head of Design)", or just the name when no role is known. */
export function personLabel(person: Interviewer): string {
  return person.role ? `${person.name} (${person.role})` : person.name;
}

/** Everyone the user will meet for this posting, each name once, in the order of the rounds. */
export function interviewerNames(record: Pick<SavedPosting, 'interviews'>): string[] {
  return [...new Set(record.interviews.flatMap((round) => round.interviewers.map((person) => person.name)))];
}

/** A round with nothing filled in yet. */
export function blankInterview(id: string): Interview {
  return { id, date: '', kind: 'other', interviewers: [], notes: '', thankYouSent: false };
}

/** A new, empty round; ids only need to be unique within one posting. */
export function newInterview(now: number, existing: readonly Interview[]): Interview {
  let id = `interview-${now.toString(36)}`;
  while (existing.some((round) => round.id === id)) id += '-1';
  return blankInterview(id);
}

/**
 * Changes to rounds, by round id, applied to the rounds as stored at the time of the write:
 * fields to set (a round not there yet is added), or null to remove the round. Two windows
 * changing different rounds, or different fields of one round, both keep their change.
 */
export type RoundChanges = Record<string, Partial<Omit<Interview, 'id'>> | null>;

export function applyRoundChanges(rounds: readonly Interview[], changes: RoundChanges): Interview[] {
  let next = [...rounds];
  for (const [id, change] of Object.entries(changes)) {
    if (change === null) next = next.filter((round) => round.id !== id);
    else if (next.some((round) => round.id === id)) next = next.map((round) => (round.id === id ? { ...round, ...change, id } : round));
    else next.push({ ...blankInterview(id), ...change, id });
  }
  return next;
}

/** The rounds in date order, rounds with no date last (in the order they were added). */
export function roundsInOrder(interviews: readonly Interview[]): Interview[] {
  const dated = interviews.filter((round) => round.date).sort((a, b) => localTime(a.date) - localTime(b.date));
  return [...dated, ...interviews.filter((round) => !round.date)];
}

/**
 * A stored date as a time. The page stores what its date inputs give: "2026-12-01T14:30"
 * (read as local time, as the user typed it) or "2026-12-01", which Date.parse would read as
 * midnight in UTC, a day early west of Greenwich; that one is read as local midnight too.
 */
export function localTime(value: string): number {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])).getTime() : Date.parse(value);
}

/** A clock hour on the day of `time`, in local time ("8:00 on the round's day"). */
export function atHour(time: number, hour: number): number {
  const day = new Date(time);
  day.setHours(hour, 0, 0, 0);
  return day.getTime();
}
