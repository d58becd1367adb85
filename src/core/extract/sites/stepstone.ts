/**
 * StepStone (stepstone.de, .at, .be, .nl, .fr, .lu): the ad /stellenangebote--<slug>--<id>-inline.html
 * (/vacatures--…, /emploi--… on the other country sites) and the result lists (/jobs/<what>/in-<where>,
 * /vacatures/?q=…). The React app hashes its class names per build (job-ad-display-8y3rn,
 * res-1cv93ld), so only its data-at hooks are used: header-job-title, metadata-company-name,
 * metadata-location, and the ad's sections section-text-<name> (introduction, description,
 * profile, benefits, …), each a title plus a -content block. The salary widget and the company
 * card sit between them in job-ad-content and are not the ad's words, hence the sections are
 * read one by one. The 2020 layout carried the same names as at-section-text-* classes. Ads
 * also end with "similar jobs" cards (article[data-at="job-item"]), the same cards a result
 * list is made of, so a page is a list only when it has no ad header.
 */
import type { Field } from '../../posting';
import { hostIs, siteDescription, siteText } from './helpers';
import type { SiteAdapter, SiteReading } from './site';

const TITLE = ['h1[data-at="header-job-title"]', '[data-at="header-job-title"]', '.at-header-company-jobTitle', '.listing__job-title'];
const COMPANY = ['[data-at="metadata-company-name"]', '[data-at="header-company-name"]', '.at-header-company-name', '.listing__company-name'];
const LOCATION = ['[data-at="metadata-location"]', '.at-listing__list-icons_location'];
const SECTIONS = ['[data-at^="section-text-"]', '[class*="at-section-text-"]'];
const CARDS = 'article[data-at="job-item"], article[data-testid="job-item"]';

/** The ad's text: its sections in order, or the whole content block when it has none. */
function adText(doc: Document, first: readonly string[] = []): Field | null {
  return (
    (first.length > 0 ? siteDescription(doc, first) : null) ??
    siteDescription(doc, SECTIONS, { all: true }) ??
    siteDescription(doc, ['[data-at="job-ad-content"]'], { skip: (el) => /^job-ad-(?:salary|company-card)$/.test(el.getAttribute('data-at') ?? '') })
  );
}

/**
 * StepStone's job-ad markup, shared by the group's other boards (Totaljobs). `description`
 * names the block to try before the sections, for boards with a single text block.
 */
export function readStepStoneAd(doc: Document, description: readonly string[] = []): SiteReading {
  return {
    fields: {
      title: siteText(doc, TITLE),
      company: siteText(doc, COMPANY),
      location: siteText(doc, LOCATION),
      description: adText(doc, description),
    },
  };
}

/** A result list: job cards and no ad header. */
export function isStepStoneList(doc: Document): boolean {
  return !doc.querySelector(TITLE.join(', ')) && doc.querySelectorAll(CARDS).length > 1;
}

const adapter: SiteAdapter = {
  id: 'stepstone',
  name: 'StepStone',
  matches: (url, doc) =>
    hostIs(url, 'stepstone.de', 'stepstone.at', 'stepstone.be', 'stepstone.nl', 'stepstone.fr', 'stepstone.lu') &&
    (/-inline\.html$/.test(url.pathname) ||
      /^\/(?:(?:de|en|fr|nl)\/)?(?:jobs|vacatures|emplois|offres-emploi|5)(?:\/|$)/.test(url.pathname) ||
      doc.querySelector(TITLE.join(', ')) !== null),

  classify: (doc) => (isStepStoneList(doc) ? 'list' : null),

  read: (doc) => readStepStoneAd(doc),
};

export default adapter;
