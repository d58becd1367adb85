/**
 * Wellfound, formerly AngelList Talent: a posting is /jobs/<id>-<slug> (also
 * /company/<slug>/jobs/<id>-<slug>); /jobs, /role/…, /location/… and a company's
 * /company/<slug>/jobs are lists, whose entries are marked data-test="StartupResult". The site
 * is a Next.js app with CSS-module class names (styles_description__<hash>), so only their
 * stable prefix is used. The company is the text of the header's /company/<slug> link (its
 * logo link comes first and has no text); the place comes from the JobPosting JSON-LD.
 */
import { hostIs, siteDescription, siteText } from './helpers';
import type { SiteAdapter } from './site';

const POSTING_PATH = /^\/(?:company\/[^/]+\/)?jobs\/\d+/;
const LIST_PATH = /^\/(?:jobs\/?$|jobs\/(?!\d)|role\/|location\/|remote\b|company\/[^/]+\/jobs\/?$)/;

const adapter: SiteAdapter = {
  id: 'wellfound',
  name: 'Wellfound',
  matches: (url) => hostIs(url, 'wellfound.com'),

  classify(doc, url) {
    if (POSTING_PATH.test(url.pathname)) return null;
    const entries = doc.querySelectorAll('[data-test="StartupResult"], a[href*="/jobs/"]').length;
    return LIST_PATH.test(url.pathname) && entries > 1 ? 'list' : null;
  },

  read(doc, url) {
    // Company profiles, role pages and the blog have h1s too; only a posting's is a job title.
    if (!POSTING_PATH.test(url.pathname)) return { fields: {} };
    return {
      fields: {
        title: siteText(doc, ['main h1', 'h1']),
        company: siteText(doc, ['main a[href^="/company/"]', 'a[href^="/company/"]']),
        description: siteDescription(doc, ['[class*="styles_description__"]', '#job-description']),
      },
    };
  },
};

export default adapter;
