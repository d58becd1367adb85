/**
 * Welcome to the Jungle: a posting is /<lang>/companies/<company>/jobs/<slug>; the search
 * (/<lang>/jobs) and a company's /<lang>/companies/<company>/jobs are lists whose entries are
 * li[data-testid="search-results-list-item-wrapper"]. Class names are hashed styled-components
 * (sc-…), so the data-testid attributes carry the reading: the header block
 * [data-testid="job-metadata-block"] holds the title (an h2), the company link and icon rows
 * (<i name="location">, <i name="remote">); the text is split into job-section-description,
 * -experience (older pages: -profile) and -process, and the JSON-LD description holds only the
 * first. The site is a single-page app: after moving from one job to another the JSON-LD can
 * still describe the previous one until the router updates <link rel="canonical">, so page data
 * is ignored while the canonical address names another job.
 */
import { hostIs, siteDescription, siteField, siteText } from './helpers';
import type { SiteAdapter } from './site';

const POSTING_PATH = /^\/[a-z]{2}(?:-[a-z]{2})?\/companies\/[^/]+\/jobs\/[^/]+/i;
const LIST_PATH = /^\/[a-z]{2}(?:-[a-z]{2})?\/(?:jobs|companies\/[^/]+\/jobs)\/?$/i;
const HEADER = '[data-testid="job-metadata-block"]';
const SECTIONS = ['[data-testid="job-section-description"]', '[data-testid="job-section-experience"]', '[data-testid="job-section-profile"]', '[data-testid="job-section-process"]'];

/** The text after an icon: <i name="location"></i><span>…</span>. */
function iconText(header: Element | null, name: string): string | null {
  return header ? (siteText(header, [`i[name="${name}"] + span`, `i[name="${name}"] + *`])?.value ?? null) : null;
}

function canonicalIsElsewhere(doc: Document, url: URL): boolean {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!href) return false;
  try {
    return new URL(href, url).pathname.replace(/\/$/, '') !== url.pathname.replace(/\/$/, '');
  } catch {
    return false;
  }
}

const adapter: SiteAdapter = {
  id: 'welcometothejungle',
  name: 'Welcome to the Jungle',
  matches: (url) => hostIs(url, 'welcometothejungle.com'),

  classify(doc, url) {
    if (POSTING_PATH.test(url.pathname) || doc.querySelector(HEADER)) return null;
    return LIST_PATH.test(url.pathname) && doc.querySelectorAll('[data-testid="search-results-list-item-wrapper"], a[href*="/jobs/"]').length > 1 ? 'list' : null;
  },

  read(doc, url) {
    const header = doc.querySelector(HEADER);
    const place = iconText(header, 'location');
    const remote = iconText(header, 'remote');
    return {
      ignorePageData: canonicalIsElsewhere(doc, url),
      fields: {
        title: siteText(header, ['h2', 'h1']) ?? (POSTING_PATH.test(url.pathname) ? siteText(doc, ['main h1']) : null),
        company: siteText(header, ['a[href*="/companies/"] span', 'a[href*="/companies/"]']),
        location: siteField(place && remote ? `${place} (${remote})` : place),
        description: siteDescription(doc, SECTIONS, { all: true }),
      },
    };
  },
};

export default adapter;
