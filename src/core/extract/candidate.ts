import type { Field, JobPosting } from '../posting';

/** The fields one source (a site adapter, JSON-LD, the generic rules) found on a page. */
export type Candidate = {
  [K in Exclude<keyof JobPosting, 'kind' | 'url' | 'site' | 'sections'>]?: JobPosting[K];
};

/**
 * Merge field by field: the value with the highest confidence wins, and on a tie the
 * candidate listed first (the more trusted source) wins. Sources set their confidences in
 * the order of trust (site rules > structured data > metadata > page text), and lower one
 * for a field they are unsure of, so a weak site guess can lose to solid JSON-LD.
 */
export function mergeCandidates(candidates: Candidate[]): Candidate {
  const merged: Record<string, Field<unknown>> = {};
  for (const candidate of candidates) {
    for (const [key, value] of Object.entries(candidate) as [string, Field<unknown> | null | undefined][]) {
      if (!value) continue;
      // Lists (company profiles) are not fields: the first source that has one keeps it.
      if (Array.isArray(value)) {
        merged[key] ??= value as never;
        continue;
      }
      const current = merged[key];
      if (!current || value.confidence > current.confidence) merged[key] = value;
    }
  }
  return merged;
}
