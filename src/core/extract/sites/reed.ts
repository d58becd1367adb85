/**
 * Reed (reed.co.uk): the job page /jobs/<slug>/<id> and the searches (/jobs/<what>-jobs-in-<where>,
 * /jobs?keywords=…), where clicking a card ([data-qa="job-card"]) opens the posting in a
 * drawer ([data-qa="job-details-drawer-modal"]) over the list. The page and the drawer share
 * their data-qa hooks: job-title, job-posted-by ("Posted 3 days ago by <employer>", the employer
 * as a link) and job-location. The text is the job-details_jobDescription block on the page and
 * the job-details-drawer-modal_jobDescription section in the drawer (CSS-module class names
 * with a hash suffix, so matched by prefix). The 2019–2022 page used schema.org microdata
 * (itemprop="hiringOrganization", "addressLocality", "description").
 */
import type { Field } from '../../posting';
import { hostIs, siteDescription, siteField, siteText } from './helpers';
import type { SiteAdapter } from './site';

const DRAWER = '[data-qa="job-details-drawer-modal"]';
const TITLE = ['[data-qa="job-title"]', 'h1[itemprop="title"]', '.job-header h1'];
const POSTED_BY = ['[data-qa="job-posted-by"]', '[class*="job-title-block_postedBy"]'];
const LOCATION = ['[data-qa="job-location"]', '[data-qa="job-metadata-location"]', '[itemprop="addressLocality"]'];
const DESCRIPTION = ['[class*="job-details-drawer-modal_jobDescription"]', '[class*="job-details_jobDescription"]', '[data-qa="job-description"]', '[itemprop="description"]'];
const CARDS = '[data-qa="job-card"], article.job-result-card, article.job-result';

function isJobPage(url: URL): boolean {
  return /^\/jobs\/[^/]+\/\d+/.test(url.pathname);
}

/** The drawer when it shows a posting: a closed one may stay in the page, hidden. */
function openDrawer(doc: Document): Element | null {
  const drawer = doc.querySelector(DRAWER);
  return drawer && siteText(drawer, TITLE) ? drawer : null;
}

/** The employer's link in "Posted 3 days ago by <employer>", or the words after " by ". */
function employer(scope: ParentNode): Field | null {
  const link = siteText(scope, POSTED_BY.map((s) => `${s} a`));
  if (link) return link;
  const line = siteText(scope, POSTED_BY);
  const by = line?.value.match(/\sby\s+(.+)$/i)?.[1];
  return siteField(by) ?? siteText(scope, ['[itemprop="hiringOrganization"] [itemprop="name"]']);
}

const adapter: SiteAdapter = {
  id: 'reed',
  name: 'Reed',
  matches: (url) => hostIs(url, 'reed.co.uk') && /^\/jobs(?:\/|$)/.test(url.pathname),

  classify(doc, url) {
    if (isJobPage(url) || openDrawer(doc)) return null;
    return doc.querySelectorAll(CARDS).length > 1 ? 'list' : null;
  },

  read(doc, url) {
    const drawer = isJobPage(url) ? null : openDrawer(doc);
    const scope = drawer ?? doc;
    return {
      root: drawer,
      // The drawer opens over a search page whose <title> and meta describe the search.
      ignorePageData: drawer !== null,
      fields: {
        title: siteText(scope, TITLE),
        company: employer(scope),
        location: siteText(scope, LOCATION),
        description: siteDescription(scope, DESCRIPTION),
      },
    };
  },
};

export default adapter;
