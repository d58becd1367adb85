/**
 * Teamtailor career sites: <company>.teamtailor.com (and regional hosts such as
 * <company>.na.teamtailor.com), plus the companies' own domains that Teamtailor serves. Those
 * are recognised only by a /jobs path together with Teamtailor's own markup: its career-site
 * script or stylesheet from teamtailor-cdn.com, or the "Log in as employee" link to
 * app.teamtailor.com/companies/ (an image from its CDN alone is not enough; blogs embed those).
 * A posting (/jobs/<id>-<slug>, optionally after a locale such as /fr-CA) has its title in
 * h1.font-company-header, its text in the .prose block and its facts in a <dl> of dt labels
 * ("Locations", "Remote status") and dd values. Its JSON-LD names the company but gives the
 * office's street address as jobLocation and escapes its description twice, so the place and
 * the text are read from the page. /jobs lists openings in ul#jobs_list_container.
 */
import { collapseSpace } from '../../text';
import { hostIs, siteDescription, siteField, siteText } from './helpers';
import type { SiteAdapter } from './site';

const LOCALE = String.raw`(?:\/[a-z]{2}(?:-[A-Za-z]{2,4})?)?`;
const POSTING_PATH = new RegExp(String.raw`^${LOCALE}\/jobs\/\d+(?:-[^/]*)?\/?$`);
const CAREER_PATH = new RegExp(String.raw`^${LOCALE}\/jobs(?:\/\d+(?:-[^/]*)?)?\/?$`);
const MARKUP = 'script[src*="teamtailor-cdn.com"], link[href*="teamtailor-cdn.com/assets"], a[href*="app.teamtailor.com/companies/"]';
const VENDOR_HOSTS = /^(?:www\.|app\.|api\.)?teamtailor\.com$/i;

/** The dd beside a dt whose text matches the label. */
function fact(doc: Document, label: RegExp): string | null {
  for (const dt of Array.from(doc.querySelectorAll('dl dt')).slice(0, 40)) {
    if (!label.test(collapseSpace(dt.textContent ?? ''))) continue;
    const dd = dt.nextElementSibling;
    const value = dd?.tagName === 'DD' ? collapseSpace(dd.textContent ?? '') : '';
    if (value) return value;
  }
  return null;
}

const adapter: SiteAdapter = {
  id: 'teamtailor',
  name: 'Teamtailor',
  matches: (url, doc) =>
    (hostIs(url, 'teamtailor.com') && !VENDOR_HOSTS.test(url.hostname)) || (CAREER_PATH.test(url.pathname) && doc.querySelector(MARKUP) !== null),

  classify(doc, url) {
    if (POSTING_PATH.test(url.pathname)) return null;
    return doc.querySelector('#jobs_list_container') ? 'list' : null;
  },

  read(doc) {
    const place = fact(doc, /^locations?$/i);
    const remote = fact(doc, /^remote status$/i);
    const mode = remote && /remote|hybrid/i.test(remote) && !(place ?? '').toLowerCase().includes('remote') ? remote : null;
    return {
      fields: {
        title: siteText(doc, ['h1.font-company-header', '[data-variabletextwrapper] h1']),
        location: siteField(place ? `${place}${mode ? ` (${mode})` : ''}` : mode),
        description: siteDescription(doc, ['.prose.font-company-body', 'main .prose', '.prose']),
      },
    };
  },
};

export default adapter;
