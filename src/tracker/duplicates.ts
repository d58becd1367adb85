/**
 * The same job saved twice, from two addresses (a board's copy and the employer's own page):
 * the same employer and a near-identical title, or the same apply link. The user is offered to
 * merge them; a merge keeps both addresses and everything the user did on either.
 */
import { nameKey } from '../core/extract/site-name';
import { type Interview, MAX_HISTORY, type SavedPosting } from '../storage/schema';

const words = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}+#]+/u).filter((w) => w.length > 1));

/** Shared words over all words of two titles (Jaccard): 1 for the same words in any order. */
function titleLikeness(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / (x.size + y.size - shared || 1);
}

export function sameJob(a: SavedPosting, b: SavedPosting): boolean {
  if (a.id === b.id) return false;
  const apply = a.posting.applyUrl?.value;
  if (apply && apply === b.posting.applyUrl?.value) return true;
  const company = nameKey(a.posting.company?.value ?? '');
  if (!company || company !== nameKey(b.posting.company?.value ?? '')) return false;
  return titleLikeness(a.posting.title?.value ?? '', b.posting.title?.value ?? '') >= 0.8;
}

/**
 * For each posting that has a twin, the twin saved first (the one to merge into). Only
 * postings with the same employer or the same apply link are compared, so a list of 2,000
 * costs a few thousand comparisons, not two million.
 */
export function duplicatesOf(records: readonly SavedPosting[]): Map<string, SavedPosting> {
  const out = new Map<string, SavedPosting>();
  const seen = new Map<string, SavedPosting[]>();
  for (const record of [...records].sort((a, b) => a.savedAt.localeCompare(b.savedAt))) {
    const keys = [`c:${nameKey(record.posting.company?.value ?? '')}`, `a:${record.posting.applyUrl?.value ?? ''}`].filter((k) => k.length > 2);
    const earlier = keys.flatMap((key) => seen.get(key) ?? []);
    const first = earlier.find((other) => !out.has(other.id) && sameJob(other, record));
    if (first) out.set(record.id, first);
    for (const key of keys) seen.set(key, [...(seen.get(key) ?? []), record]);
  }
  return out;
}

/**
 * One record from two: `into`'s posting and id, both addresses, every tick, example, round,
 * note and status change of either. The status is the one set last.
 */
export function mergeRecords(into: SavedPosting, from: SavedPosting, now: string): SavedPosting {
  const history = [...into.history, ...from.history]
    .sort((a, b) => a.at.localeCompare(b.at))
    .filter((change, i, all) => i === 0 || change.status !== all[i - 1]!.status || change.at !== all[i - 1]!.at)
    .slice(-MAX_HISTORY);
  const ids = new Set(into.interviews.map((round) => round.id));
  const rounds: Interview[] = [...into.interviews, ...from.interviews.map((round) => (ids.has(round.id) ? { ...round, id: `${round.id}-${from.id}` } : round))];
  const story = { ...from.story };
  for (const [slot, text] of Object.entries(into.story)) if (text.trim()) story[slot] = text;
  const checklist = { ...from.checklist };
  for (const [item, done] of Object.entries(into.checklist)) checklist[item] = done || Boolean(from.checklist[item]);
  const addresses = [from.posting.url, ...into.alsoAt, ...from.alsoAt].filter((url) => url && url !== into.posting.url);
  return {
    ...into,
    status: history[history.length - 1]?.status ?? into.status,
    history,
    notes: [...new Set([into.notes.trim(), from.notes.trim()].filter(Boolean))].join('\n\n'),
    checklist,
    story,
    interviews: rounds,
    alsoAt: [...new Set(addresses)].slice(0, 20),
    followUpOn: into.followUpOn || from.followUpOn,
    savedAt: into.savedAt < from.savedAt ? into.savedAt : from.savedAt,
    updatedAt: now,
  };
}
