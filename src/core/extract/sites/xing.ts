/**
 * XING (xing.com/jobs): the ad /jobs/<city>-<slug>-<id> and the searches /jobs/search?keywords=…
 * (also /jobs/search/ki). Class names are styled-components hashes, so the data-testid hooks
 * are used: the title is the h1 in job-details-title, the employer
 * job-details-company-info-name, the place job-fact-location (older: a
 * multi-location-display block in the intro), the text the first expandable-content block.
 * Ads in several cities may show no place in the header at all; the <title> then still reads
 * "<title> in <places> | XING Jobs". The page's main element also holds a similar-jobs list,
 * whose cards (job-search-result) are what a search page is made of.
 */
import { type Field, field } from '../../posting';
import { collapseSpace } from '../../text';
import { TRUST } from '../../trust';
import { hostIs, siteDescription, siteText } from './helpers';
import type { SiteAdapter } from './site';

const TITLE = ['[data-testid="job-details-title"] h1', 'h1[data-testid="job-details-title"]', '[data-testid="job-details-job-intro"] h1'];
const COMPANY = ['[data-testid="job-details-company-info-name"]'];
const LOCATION = ['[data-testid="job-fact-location"]', '[data-testid="job-details-job-intro"] [class*="multi-location-display"]', '[data-testid="company-card-location"]'];
const CARDS = '[data-testid="job-search-result"], ol[class*="results-styles__List"] > li > article';

/** "Backend Developer in Berlin, Hamburg | XING Jobs" → "Berlin, Hamburg" (the last " in "). */
function placeFromTitle(doc: Document): Field | null {
  const match = /.*\sin\s(.+?)\s*\|\s*XING\b/.exec(collapseSpace(doc.title ?? ''));
  // Below structured data: a title such as "Koch in Teilzeit | XING Jobs" has no place in it.
  return match?.[1] ? field(match[1], 'site', TRUST.siteLoose) : null;
}

const adapter: SiteAdapter = {
  id: 'xing',
  name: 'XING',
  matches: (url) => hostIs(url, 'xing.com') && /^\/jobs(?:\/|$)/.test(url.pathname),

  classify(doc) {
    if (doc.querySelector(TITLE.join(', '))) return null;
    return doc.querySelectorAll(CARDS).length > 1 ? 'list' : null;
  },

  read(doc) {
    return {
      fields: {
        title: siteText(doc, TITLE),
        company: siteText(doc, COMPANY),
        location: siteText(doc, LOCATION) ?? placeFromTitle(doc),
        description: siteDescription(doc, ['[data-testid="expandable-content"]']),
      },
    };
  },
};

export default adapter;
