/**
 * Lever (jobs.lever.co/<company>/<posting id>, and jobs.eu.lever.co for boards hosted in the EU).
 * The header is .posting-headline: the title is its h2, and .posting-categories lists the place,
 * team, commitment and, since 2022, the workplace type. Older boards mark the place only with
 * the oddly named sort-by-time class, and each category ends with a " /" or " –" that is text,
 * not styling. The description is every .section of the full-width wrapper below the header:
 * the opening (data-qa="job-description"), the lists under h3 headings, the pay range and the
 * closing text; the last section holds nothing but the Apply button. The page's JSON-LD names
 * the company; the logo's alt text ("Acme logo") is only a fallback. jobs.lever.co/<company> is
 * the board's list of openings.
 */
import { hostIs, siteDescription, siteField, siteText } from './helpers';
import type { SiteAdapter } from './site';
import { TRUST } from '../../trust';

const PLACE = ['.posting-categories .location', '.posting-categories .sort-by-location', '.posting-categories .sort-by-time:not(.workplaceTypes)'];
const SECTIONS =
  '.section-wrapper.page-full-width:not(.accent-section) .section.page-centered:not(.last-section-apply):not([data-qa="btn-apply-bottom"]):not(.application-form)';

/** "San Francisco, CA /" -> "San Francisco, CA": older boards write the separators into the text. */
function withoutSeparator(value: string | undefined): string | null {
  const clean = value?.replace(/\s*[/–—-]\s*$/, '').trim();
  return clean || null;
}

const adapter: SiteAdapter = {
  id: 'lever',
  name: 'Lever',
  matches: (url) => hostIs(url, 'jobs.lever.co', 'jobs.eu.lever.co'),

  classify(doc) {
    if (doc.querySelector('.posting-headline')) return null;
    return doc.querySelector('.postings-group, .posting[data-qa-posting-id], a.posting-title') ? 'list' : null;
  },

  read(doc) {
    const head = doc.querySelector('.posting-headline');
    const place = withoutSeparator(siteText(head, PLACE)?.value);
    const workplace = withoutSeparator(siteText(head, ['.posting-categories .workplaceTypes'])?.value);
    const mode = workplace && /remote|hybrid/i.test(workplace) && !(place ?? '').toLowerCase().includes(workplace.toLowerCase()) ? workplace : null;
    const logoAlt = doc.querySelector('.main-header-logo img[alt]')?.getAttribute('alt')?.replace(/\s*logo$/i, '');
    return {
      fields: {
        title: siteText(head, ['h2', 'h1']),
        company: siteField(logoAlt, TRUST.siteInferred),
        location: siteField(place ? `${place}${mode ? ` (${mode})` : ''}` : mode),
        description: siteDescription(doc, [SECTIONS, '[data-qa="job-description"]'], { all: true }),
      },
    };
  },
};

export default adapter;
