import type { NotAPostingReason } from '../../posting';
import type { Candidate } from '../candidate';

/**
 * What a site adapter read from a page. `root` narrows the generic rules to the element that
 * holds the open posting (a split view also shows a list of other jobs), and `ignorePageData`
 * says that the page's structured data, meta tags and <title> describe another posting (the
 * one that was open when the single-page app first loaded), so they must not fill any field.
 */
export interface SiteReading {
  fields: Candidate;
  root?: Element | null;
  ignorePageData?: boolean;
}

/**
 * A site adapter: the rules for one job board or applicant-tracking system. It is consulted
 * first and its fields win over structured data unless it marks them less sure. An adapter
 * can be small where the site's structured data does most of the work, but each one has
 * fixtures under tests/fixtures/pages/<id>-* proving the whole posting comes out right.
 */
export interface SiteAdapter {
  /** Short id, also the prefix of its fixture folders: tests/fixtures/pages/<id>-*. */
  id: string;
  /** The name users know the site by (the README lists them). */
  name: string;
  matches(url: URL, doc: Document): boolean;
  /**
   * Decide what the page is before it is read: a list of jobs, a sign-in wall, an error.
   * Return null when the page is (or may be) a single posting.
   */
  classify?(doc: Document, url: URL): NotAPostingReason | null;
  read(doc: Document, url: URL): SiteReading;
}
