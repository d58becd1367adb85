/**
 * Indeed: the job page (/viewjob?jk=…) and the search view whose right pane shows the posting
 * picked in the list (/jobs?q=…&vjk=…). The pane is read, never the list beside it. Indeed
 * has renamed its header classes several times; the data-testid attributes (2024) and the
 * older jobsearch-* classes are both tried.
 */
import { type Field, field } from '../../posting';
import { TRUST } from '../../trust';
import { leafTexts, siteDescription, siteText } from './helpers';
import type { SiteAdapter } from './site';

const PANE = ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-ViewJobLayout-jobDisplay', '.jobsearch-RightPane', '#viewJobSSRRoot', '.jobsearch-JobComponent'];
const TITLE = ['[data-testid="jobsearch-JobInfoHeader-title"]', 'h1.jobsearch-JobInfoHeader-title', '.jobsearch-JobInfoHeader-title'];
const COMPANY = ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]', '.jobsearch-InlineCompanyRating > div:first-child'];
const LOCATION = ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="jobsearch-JobInfoHeader-companyLocation"]', '#jobLocationText'];
const DESCRIPTION = ['#jobDescriptionText', '.jobsearch-jobDescriptionText'];

/**
 * The 2023 header has no test ids: the place and "Remote" are the plain text leaves that
 * follow the company name in the company-info block, before the ratings.
 */
function locationFromHeader(pane: ParentNode, company: string | null): Field | null {
  const block = pane.querySelector('.jobsearch-CompanyInfoWithoutHeaderImage, .jobsearch-CompanyInfoContainer');
  const leaves = leafTexts(block, 30);
  const start = company ? leaves.indexOf(company) + 1 : 0;
  const after = leaves.slice(start).filter((t) => !/review|rating|^\d(?:\.\d)?$|out of|stars?/i.test(t) && t.length <= 60);
  const place = after.find((t) => !/^(?:remote|hybrid( remote)?|temporarily remote)$/i.test(t));
  const mode = after.find((t) => /^(?:remote|hybrid( remote)?|temporarily remote)$/i.test(t));
  if (!place && !mode) return null;
  return field(place && mode ? `${place} (${mode})` : (place ?? mode)!, 'site', TRUST.siteInferred);
}

const adapter: SiteAdapter = {
  id: 'indeed',
  name: 'Indeed',
  matches: (url) => /(^|\.)indeed\.[a-z.]+$/.test(url.hostname) && /^\/(?:viewjob|jobs|q-|m\/viewjob|rc\/clk|cmp\/[^/]+\/jobs)/.test(url.pathname),

  classify(doc, url) {
    const hasPosting = doc.querySelector([...TITLE, ...DESCRIPTION].join(', '));
    if (hasPosting) return null;
    return /^\/(?:jobs|q-)/.test(url.pathname) ? 'list' : null;
  },

  read(doc, url) {
    const pane = doc.querySelector(PANE.join(', ')) ?? doc;
    const title = siteText(pane, TITLE);
    // The title span sometimes ends with "- job post", a screen-reader suffix.
    if (title) title.value = title.value.replace(/\s*-\s*job post$/i, '');
    const company = siteText(pane, COMPANY);
    const location = siteText(pane, LOCATION) ?? locationFromHeader(pane, company?.value ?? null);
    // In the split view the page data describes whichever job the server rendered first.
    const split = /^\/(?:jobs|q-)/.test(url.pathname);
    return {
      root: pane === doc ? null : (pane as Element),
      ignorePageData: split,
      fields: { title, company, location, description: siteDescription(pane, DESCRIPTION) },
    };
  },
};

export default adapter;
