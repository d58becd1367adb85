/**
 * Glassdoor (glassdoor.com and its country sites: .co.uk, .de, .fr, .ca, .com.au, .co.in, …):
 * the job page /job-listing/<slug>-JV_…htm?jl=<id>, and the search views (/Job/…-SRCH_…htm,
 * /Jobs/<company>-Jobs-E<id>.htm) where a list of cards (li[data-test="jobListing"]) and the
 * open posting sit side by side. Since the Next.js rewrite (2023) class names carry build
 * hashes (JobDetails_jobDescription__uW_fK), so only their stable prefixes are matched: the
 * pane is JobDetails_jobDetailsContainer, the title h1#jd-job-title-<id>, the employer the h4
 * in EmployerProfile_employerNameHeading, the place [data-test="location"]. The cards reuse
 * data-test="job-title" on their links, so nothing is read outside the pane when there is one.
 * The 2020–2022 layout (#JDCol, data-test="employer-name", #JobDescriptionContainer
 * .jobDescriptionContent) is tried after. The sign-up modal shown to signed-out visitors sits
 * outside the pane and is never read.
 */
import { siteDescription, siteText } from './helpers';
import type { SiteAdapter } from './site';

const HOST = /(^|\.)glassdoor\.(?:com|co\.uk|de|fr|ca|com\.au|co\.in|ie|nl|be|at|ch|es|it|com\.br|com\.mx|sg|com\.hk|co\.nz)$/;
const PANE = ['[class*="JobDetails_jobDetailsContainer"]', '#JDCol', '#JobView'];
const TITLE = ['h1[id^="jd-job-title"]', 'header[data-test="job-details-header"] h1', '[class*="JobDetails_jobDetailsHeader"] h1', 'div[data-test="job-title"]', '[class*="JobDetails_jobTitle"]'];
const COMPANY = ['[class*="EmployerProfile_employerNameHeading"] h4', '[class*="EmployerProfile_employerNameHeading"]', '[data-test="employer-name"]', '[class*="EmployerProfile_employerName"]'];
const LOCATION = ['header[data-test="job-details-header"] [data-test="location"]', '[data-test="location"]', '[class*="JobDetails_location"]'];
// The exact hashed class first: its JobDetails_jobDescriptionWrapper parent also holds the "Show more" control.
const DESCRIPTION = ['[class*="JobDetails_jobDescription__"]', '#JobDescriptionContainer .jobDescriptionContent', '.jobDescriptionContent', '#JobDescriptionContainer'];
const CARDS = 'li[data-test="jobListing"], li.react-job-listing';

function isSearch(url: URL): boolean {
  return /SRCH_|^\/Jobs?\//.test(url.pathname);
}

function pane(doc: Document): Element | null {
  return Array.from(doc.querySelectorAll(PANE.join(', '))).find((el) => el.querySelector(TITLE.join(', '))) ?? null;
}

const adapter: SiteAdapter = {
  id: 'glassdoor',
  name: 'Glassdoor',
  matches: (url, doc) =>
    HOST.test(url.hostname.toLowerCase()) &&
    (/^\/(?:job-listing\/|partner\/jobListing\.htm)/.test(url.pathname) || isSearch(url) || doc.querySelector('[data-test="job-details-header"]') !== null),

  classify(doc, url) {
    if (pane(doc) || doc.querySelector('h1[id^="jd-job-title"]')) return null;
    return isSearch(url) && doc.querySelectorAll(CARDS).length > 1 ? 'list' : null;
  },

  read(doc, url) {
    const root = pane(doc);
    const scope = root ?? doc;
    const company = siteText(scope, COMPANY);
    // The 2020–2022 header appends the star rating to the name: "Fernhill Labs 4.2 ★".
    if (company) company.value = company.value.replace(/\s+\d[.,]\d\s*★?$/, '');
    return {
      root,
      // A search page's <title> and meta describe the search, not the open card.
      ignorePageData: isSearch(url),
      fields: {
        title: siteText(scope, TITLE),
        company,
        location: siteText(scope, LOCATION),
        description: siteDescription(scope, DESCRIPTION),
      },
    };
  },
};

export default adapter;
