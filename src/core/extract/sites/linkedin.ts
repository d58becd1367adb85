/**
 * LinkedIn: the public (guest) job page /jobs/view/<id>, and the signed-in views where a list
 * of jobs and the open posting sit side by side (/jobs/search/?currentJobId=…,
 * /jobs/collections/…). In those the page's JSON-LD, meta tags and <title> describe the job
 * that was open when the app first loaded, not the one the user is looking at now, so they are
 * ignored and only the details pane is read.
 */
import { hostIs, siteDescription, siteText } from './helpers';
import type { SiteAdapter } from './site';

const GUEST = {
  title: ['.top-card-layout__title', 'h1.topcard__title'],
  company: ['.topcard__org-name-link', '.topcard__flavor:not(.topcard__flavor--bullet)'],
  location: ['.topcard__flavor-row .topcard__flavor--bullet:not(.num-applicants__figure)'],
  description: ['.show-more-less-html__markup', '.description__text'],
};

/** The signed-in details pane (2023–2025 class names; LinkedIn renames them now and then). */
const PANE = ['.jobs-search__job-details--container', '.jobs-details', '.scaffold-layout__detail', '.job-view-layout', '.jobs-details__main-content'];
const SIGNED_IN = {
  title: ['.job-details-jobs-unified-top-card__job-title', '.jobs-unified-top-card__job-title', '.t-24.t-bold'],
  company: ['.job-details-jobs-unified-top-card__company-name', '.jobs-unified-top-card__company-name'],
  location: [
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text:first-child',
    '.job-details-jobs-unified-top-card__bullet',
    '.jobs-unified-top-card__bullet',
  ],
  description: ['#job-details', '.jobs-description__content .jobs-box__html-content', '.jobs-description-content__text', '.jobs-description'],
};

const adapter: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: (url) => hostIs(url, 'linkedin.com') && url.pathname.startsWith('/jobs'),

  classify(doc, url) {
    const pane = doc.querySelector(PANE.join(', '));
    const guestTitle = doc.querySelector(GUEST.title.join(', '));
    if (pane || guestTitle) return null;
    // /jobs/search without an open posting, or the jobs home page.
    // A search or collection view with no posting open, or the jobs home page. Other pages
    // (the sign-in wall, the rate-limit interstitial) are recognised by the generic checks.
    return /^\/jobs(?:\/(?:search|collections)(?:\/[^/]*)?)?\/?$/.test(url.pathname) ? 'list' : null;
  },

  read(doc) {
    const pane = doc.querySelector(PANE.join(', '));
    if (pane && pane.querySelector(SIGNED_IN.title.join(', '))) {
      return {
        root: pane,
        ignorePageData: true,
        fields: {
          title: siteText(pane, SIGNED_IN.title),
          company: siteText(pane, SIGNED_IN.company),
          location: siteText(pane, SIGNED_IN.location),
          description: siteDescription(pane, SIGNED_IN.description),
        },
      };
    }
    return {
      fields: {
        title: siteText(doc, GUEST.title),
        company: siteText(doc, GUEST.company),
        location: siteText(doc, GUEST.location),
        description: siteDescription(doc, GUEST.description),
      },
    };
  },
};

export default adapter;
