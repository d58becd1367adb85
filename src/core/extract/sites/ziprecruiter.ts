/**
 * ZipRecruiter. Two layouts:
 * - the search (/jobs-search, /candidate/search, /Jobs/…) is a split view since 2024: cards
 *   (.job_result_two_pane_v2 > article[id^="job-card-"]) on the left, the picked job in
 *   [data-testid="right-pane"] > [data-testid="job-details-scroll-container"]. Its classes are
 *   Tailwind utilities, so only the test ids and the pane's own structure are used: the title is
 *   the pane's first h2, the company the /co/<company> link after it, the place the line under
 *   that link ("Austin, TX • Hybrid"), and the text is what follows the "Job description"
 *   heading. The page's <h1>, <title> and data describe the search, never the picked job.
 * - the classic job page (/c/<Company>/Job/<title>/-in-<City>,<ST>?jid=…, /jobs/<company>/<slug>):
 *   h1.job_title, .hiring_company_text, the address line and .job_description (older builds:
 *   .jobDescriptionSection, .job-body).
 */
import { type Field, field } from '../../posting';
import { collapseSpace, elementText } from '../../text';
import { skipNonPosting } from '../page';
import { hostIs, SITE_CONFIDENCE, siteDescription, siteField, siteText } from './helpers';
import type { SiteAdapter } from './site';

const SEARCH_PATH = /^\/(?:jobs-search|candidate\/search|Jobs\/)/i;
const PANE = '[data-testid="job-details-scroll-container"]';
const WORK_MODE = /^(?:remote|hybrid|on-?site|in[- ]person)$/i;

function paneTitle(pane: Element): Element | null {
  return Array.from(pane.querySelectorAll('h2')).find((h) => !/^job description$/i.test(collapseSpace(h.textContent ?? ''))) ?? null;
}

/** "Austin, TX • Hybrid" → "Austin, TX (Hybrid)"; the line may also carry the pay or the date. */
function paneLocation(line: string | null | undefined): Field | null {
  const parts = collapseSpace(line ?? '').split('•').map((p) => p.trim()).filter(Boolean);
  const place = parts[0];
  const mode = parts.slice(1).find((p) => WORK_MODE.test(p));
  if (!place) return null;
  return siteField(mode && !WORK_MODE.test(place) ? `${place} (${mode})` : place);
}

function readPane(pane: Element): Record<'title' | 'company' | 'location' | 'description', Field | null> {
  const company = pane.querySelector('a[href^="/co/"], a[href*="ziprecruiter.com/co/"]');
  const heading = Array.from(pane.querySelectorAll('h2')).find((h) => /^job description$/i.test(collapseSpace(h.textContent ?? '')));
  const text = elementText(heading?.nextElementSibling ?? null, { skip: skipNonPosting });
  return {
    title: siteField(paneTitle(pane)?.textContent),
    company: siteField(company?.textContent),
    location: paneLocation(company?.parentElement?.querySelector('p')?.textContent),
    description: text.length >= 50 ? field(text, 'site', SITE_CONFIDENCE) : null,
  };
}

const adapter: SiteAdapter = {
  id: 'ziprecruiter',
  name: 'ZipRecruiter',
  matches: (url) => hostIs(url, 'ziprecruiter.com', 'ziprecruiter.co.uk', 'ziprecruiter.ca') && /^\/(?:c\/|jobs?\/|jobs-search|candidate\/search|Jobs\/)/i.test(url.pathname),

  classify(doc, url) {
    const pane = doc.querySelector(PANE);
    if ((pane && paneTitle(pane)) || doc.querySelector('h1.job_title')) return null;
    const cards = doc.querySelectorAll('article[id^="job-card-"], .job_result_two_pane, .job_result_two_pane_v2, ul.jobList > li, article.job_result').length;
    return SEARCH_PATH.test(url.pathname) && cards > 1 ? 'list' : null;
  },

  read(doc, url) {
    const pane = doc.querySelector(`[data-testid="right-pane"] ${PANE}`) ?? doc.querySelector(PANE);
    if (pane && paneTitle(pane)) {
      return { root: pane, ignorePageData: SEARCH_PATH.test(url.pathname), fields: readPane(pane) };
    }
    return {
      fields: {
        title: siteText(doc, ['h1.job_title', '.job_header h1']),
        company: siteText(doc, ['.hiring_company_text a', '.hiring_company_text', 'a.job_details_link']),
        location: siteText(doc, ['.hiring_location', 'span[data-name="address"]', '.location_text']),
        description: siteDescription(doc, ['.job_description', '.jobDescriptionSection', 'div.job-body']),
      },
    };
  },
};

export default adapter;
