/**
 * "Your search at a glance": how many postings are in each status now, and how far the
 * search has gone: of everything saved, how many were applied to, reached interviews, and
 * got an offer. A posting counts for every stage its history reached, so one that was
 * interviewed and then closed still counts as interviewed.
 */
import { type SavedPosting, type Status, STATUSES } from '../storage/schema';

export const FUNNEL_STAGES = ['saved', 'applied', 'interviewing', 'offer'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export const FUNNEL_LABELS: Record<FunnelStage, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewed',
  offer: 'Offer',
};

export interface SearchSummary {
  /** Postings in each status now. */
  byStatus: Record<Status, number>;
  /** Postings that reached each stage at some point, saved first. */
  funnel: { stage: FunnelStage; count: number }[];
}

/** The stages a status means the posting has reached ("offer" has been applied to and interviewed). */
const REACHED: Record<Status, readonly FunnelStage[]> = {
  researching: ['saved'],
  applied: ['saved', 'applied'],
  interviewing: ['saved', 'applied', 'interviewing'],
  offer: ['saved', 'applied', 'interviewing', 'offer'],
  closed: ['saved'],
};

export function searchSummary(records: readonly SavedPosting[]): SearchSummary {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const reached = Object.fromEntries(FUNNEL_STAGES.map((s) => [s, 0])) as Record<FunnelStage, number>;
  for (const record of records) {
    byStatus[record.status]++;
    const stages = new Set<FunnelStage>(['saved']);
    for (const status of [record.status, ...record.history.map((change) => change.status)]) {
      for (const stage of REACHED[status]) stages.add(stage);
    }
    // A round with a date means the posting reached interviews, whatever its status says.
    if (record.interviews.some((round) => round.date)) ['applied', 'interviewing'].forEach((s) => stages.add(s as FunnelStage));
    for (const stage of stages) reached[stage]++;
  }
  return { byStatus, funnel: FUNNEL_STAGES.map((stage) => ({ stage, count: reached[stage] })) };
}
