import type { NotAPostingReason } from '../../posting';
import type { Candidate } from '../candidate';

/**
 * A site adapter: the rules for one job board or applicant-tracking system. It is consulted
 * first and its fields win over structured data unless it marks them less sure. An adapter
 * can be small where the site's structured data does most of the work, but each one has
 * fixtures under tests/fixtures/pages proving the whole posting comes out right.
 */
export interface SiteAdapter {
  /** Short id, also the prefix of its fixture folders: tests/fixtures/pages/<id>-*. */
  id: string;
  /** The name users know the site by. */
  name: string;
  matches(url: URL): boolean;
  /**
   * Decide what the page is before it is read: a list of jobs, a sign-in wall, an error.
   * Return null when the page is (or may be) a single posting.
   */
  classify?(doc: Document, url: URL): NotAPostingReason | null;
  /** The fields of the open posting. Split views must read the open posting, not the list. */
  read(doc: Document, url: URL): Candidate;
}
