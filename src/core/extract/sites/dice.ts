/**
 * Dice: a posting is /job-detail/<uuid>; the search (/jobs) is a list of cards, the Angular
 * dhi-search-card elements before 2024 and [data-testid="job-card"] since, each linking to a
 * /job-detail page. The detail page marks its header with data-cy attributes (jobTitle,
 * companyNameLink, location) and, in the 2025 layout, a [data-testid="job-detail-header-card"];
 * the text is [data-testid="jobDescriptionHtml"] (a class containing "jobDescription" in the
 * latest build). The description is clipped by CSS behind a "Show more" toggle, but the whole
 * text is in the page. Skills chips and "Company Info" sit outside the description. The 2025
 * header has no marked place: there the JobPosting JSON-LD gives it.
 */
import { hostIs, siteDescription, siteText } from './helpers';
import type { SiteAdapter } from './site';

const HEADER_CARD = '[data-testid="job-detail-header-card"]';
const TITLE = ['h1[data-cy="jobTitle"]', `${HEADER_CARD} h1`, 'main h1'];
const COMPANY = ['a[data-cy="companyNameLink"]', `${HEADER_CARD} a[href*="company-profile"]`];
const LOCATION = ['li[data-cy="location"]', '[data-cy="location"]'];
const DESCRIPTION = ['[data-testid="jobDescriptionHtml"]', '[data-cy="jobDescription"]', 'div[class*="jobDescription"]'];

const adapter: SiteAdapter = {
  id: 'dice',
  name: 'Dice',
  matches: (url) => hostIs(url, 'dice.com') && /^\/(?:job-detail\/|jobs\b)/.test(url.pathname),

  classify(doc, url) {
    if (url.pathname.startsWith('/job-detail/') || doc.querySelector(TITLE.slice(0, 2).join(', '))) return null;
    return doc.querySelectorAll('[data-testid="job-card"], dhi-search-card').length > 1 ? 'list' : null;
  },

  read(doc, url) {
    // An empty search has an h1 ("Java Developer jobs") but no posting.
    if (!url.pathname.startsWith('/job-detail/')) return { fields: {} };
    return {
      fields: {
        title: siteText(doc, TITLE),
        company: siteText(doc, COMPANY),
        location: siteText(doc, LOCATION),
        description: siteDescription(doc, DESCRIPTION),
      },
    };
  },
};

export default adapter;
