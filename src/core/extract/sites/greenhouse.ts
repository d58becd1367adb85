/**
 * Greenhouse job boards: the classic board (boards.greenhouse.io/<company>/jobs/<id>, with
 * #header .app-title / .company-name / .location and the description in #content before the
 * application form), the 2024 board (job-boards.greenhouse.io, .job__title / .job__location /
 * .job__description), and a company's own careers page that renders a Greenhouse job in its
 * own DOM (?gh_jid=<id>). A board embedded as a cross-origin iframe cannot be read: the
 * extension may read only the page the user clicked on.
 */
import { hostIs, siteDescription, siteField, siteText } from './helpers';
import type { SiteAdapter } from './site';
import { TRUST } from '../../trust';

const TITLE = ['#header .app-title', '.job__title h1', '.job-post .section-header h1', '[data-gh-job-title]', 'h1.app-title'];
const COMPANY = ['#header .company-name', '.job__header .company-name'];
const LOCATION = ['#header .location', '.job__location', '.job-post .location'];
const DESCRIPTION = ['#content', '.job__description', '#gh_jid_content', '.job-post-content'];

function isBoard(url: URL): boolean {
  // /embed/job_app?token=… is the page a company's careers site frames: the same markup.
  return hostIs(url, 'greenhouse.io') && (/\/jobs\/\d+/.test(url.pathname) || url.pathname.startsWith('/embed/job_app'));
}

const adapter: SiteAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: (url, doc) =>
    isBoard(url) ||
    (url.searchParams.has('gh_jid') && doc.querySelector([...TITLE, ...DESCRIPTION].join(', ')) !== null) ||
    (hostIs(url, 'greenhouse.io') && /^\/[^/]+\/?$/.test(url.pathname)),

  classify(doc, url) {
    // boards.greenhouse.io/<company>: the board's index of openings.
    if (hostIs(url, 'greenhouse.io') && !isBoard(url) && doc.querySelector('.opening, .job-posts, [data-mapped] .opening')) return 'list';
    return null;
  },

  read(doc) {
    const company = siteText(doc, COMPANY);
    // The classic board writes "at Anthropic".
    if (company) company.value = company.value.replace(/^at\s+/i, '');
    const logoAlt = doc.querySelector('.logo img[alt], .job__header img[alt]')?.getAttribute('alt')?.replace(/\s*logo$/i, '');
    return {
      fields: {
        title: siteText(doc, TITLE),
        company: company ?? siteField(logoAlt, TRUST.siteInferred),
        location: siteText(doc, LOCATION),
        description: siteDescription(doc, DESCRIPTION),
      },
    };
  },
};

export default adapter;
