/**
 * Monster (monster.com and its country sites: .ca, .co.uk, .de, .fr, …): the job page
 * /job-openings/<slug>--<uuid>, and the search views (/jobs/search, /jobs/suche,
 * /emploi/recherche) where the cards (#JobCardGrid article[data-testid="svx_jobCard"]) and the
 * picked posting sit side by side; picking a card does not always change the address. The
 * posting is [data-testid="svx-job-view-wrapper"] on both. The cards use the same test ids as
 * the posting's header (jobTitle, company, jobDetailLocation), so the fields are read inside
 * the wrapper only. The description is [data-testid="description-clamp-wrapper"] since 2025
 * and [data-testid="svx-description-container-inner"] before; the styled-components classes of
 * the 2021 layout (JobViewHeaderJobName, DescriptionContainerOuter) are the last resort.
 */
import { hostIs, siteDescription, siteText } from './helpers';
import type { SiteAdapter } from './site';

const HOSTS = ['monster.com', 'monster.ca', 'monster.co.uk', 'monster.ie', 'monster.de', 'monster.at', 'monster.ch', 'monster.fr', 'monster.be', 'monster.lu', 'monster.nl', 'monster.it', 'monster.es', 'monster.se'];
const PANE = ['[data-testid="svx-job-view-wrapper"]', '[class*="JobViewWrapper"]', '#jobview-container'];
const TITLE = ['h1[data-testid="jobTitle"]', 'h2[data-testid="jobTitle"]', '[data-testid="jobTitle"]', '[class*="JobViewHeaderJobName"]', 'h1'];
const COMPANY = ['[data-testid="company"]', '[class*="JobViewHeaderCompanyName"]'];
const LOCATION = ['[data-testid="jobDetailLocation"]', '[data-testid="svx-jobview-location-value"]'];
const DESCRIPTION = ['[data-testid="description-clamp-wrapper"]', '[data-testid="svx-description-container-inner"]', '[class*="DescriptionContainerOuter"]', '#JobDescription', '.job-description'];
const CARDS = 'article[data-testid="svx_jobCard"], #JobCardGrid article, [data-testid="JobCard"]';

function isPostingPage(url: URL): boolean {
  return url.pathname.startsWith('/job-openings/');
}

function pane(doc: Document): Element | null {
  return Array.from(doc.querySelectorAll(PANE.join(', '))).find((el) => el.querySelector(TITLE.join(', '))) ?? null;
}

const adapter: SiteAdapter = {
  id: 'monster',
  name: 'Monster',
  matches: (url, doc) =>
    hostIs(url, ...HOSTS) && (/^\/(?:job-openings|jobs|emploi|emplois)(?:\/|$)/.test(url.pathname) || doc.querySelector(PANE[0]!) !== null),

  classify(doc, url) {
    if (pane(doc) || isPostingPage(url)) return null;
    return doc.querySelectorAll(CARDS).length > 1 ? 'list' : null;
  },

  read(doc, url) {
    const root = pane(doc);
    // Without the wrapper only a standalone posting page is read: on a search page the
    // selectors would find the first card instead.
    const scope = root ?? (isPostingPage(url) ? doc : null);
    return {
      root,
      // The search page's JSON-LD lists the cards the server rendered, not the picked one.
      ignorePageData: !isPostingPage(url),
      fields: {
        title: siteText(scope, TITLE),
        company: siteText(scope, COMPANY),
        location: siteText(scope, LOCATION),
        description: siteDescription(scope, DESCRIPTION),
      },
    };
  },
};

export default adapter;
