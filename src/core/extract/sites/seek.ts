/**
 * SEEK (seek.com.au, seek.co.nz): the job page /job/<id> and the searches (/<what>-jobs,
 * /<what>-jobs/in-<where>, /jobs-in-<classification>) whose right pane shows the card picked
 * in the list (?jobId=<id>). SEEK's class names are generated, but its data-automation hooks
 * are stable: the posting is [data-automation="jobDetailsPage"] (inside
 * splitViewJobDetailsWrapper on a search page) with job-detail-title, advertiser-name,
 * job-detail-location and the text in jobAdDetails. "Be careful" advice, the report link and
 * the apply buttons sit outside jobAdDetails. The cards (article[data-automation="normalJob"]
 * or "premiumJob") have their own hooks (jobTitle, jobCompany), so they never feed a field.
 */
import { hostIs, siteDescription, siteText } from './helpers';
import type { SiteAdapter } from './site';

const PANE = ['[data-automation="jobDetailsPage"]', '[data-automation="splitViewJobDetailsWrapper"]'];
const TITLE = ['[data-automation="job-detail-title"]'];
const CARDS = 'article[data-automation="normalJob"], article[data-automation="premiumJob"], article[data-testid="job-card"]';

function isJobPage(url: URL): boolean {
  return /^\/job\/\d+/.test(url.pathname);
}

function pane(doc: Document): Element | null {
  return Array.from(doc.querySelectorAll(PANE.join(', '))).find((el) => el.querySelector(TITLE[0]!)) ?? null;
}

const adapter: SiteAdapter = {
  id: 'seek',
  name: 'SEEK',
  matches: (url) => hostIs(url, 'seek.com.au', 'seek.co.nz') && /^\/(?:job\/\d+|[^/]*jobs\b)/.test(url.pathname),

  classify(doc) {
    if (doc.querySelector(TITLE[0]!)) return null;
    return doc.querySelectorAll(CARDS).length > 1 ? 'list' : null;
  },

  read(doc, url) {
    const root = pane(doc);
    const scope = root ?? doc;
    return {
      root,
      // A search page's <title> and meta describe the search, not the picked card.
      ignorePageData: !isJobPage(url),
      fields: {
        title: siteText(scope, TITLE),
        company: siteText(scope, ['[data-automation="advertiser-name"]']),
        location: siteText(scope, ['[data-automation="job-detail-location"]']),
        description: siteDescription(scope, ['[data-automation="jobAdDetails"]']),
      },
    };
  },
};

export default adapter;
