/**
 * SmartRecruiters: a posting at jobs.smartrecruiters.com/<Company>/<posting id>-<slug> (also
 * served under careers.smartrecruiters.com). The page is schema.org microdata throughout:
 * h1.job-title is itemprop="title", the employer is a <meta itemprop="name"> inside the
 * hiringOrganization item, and the text is the itemprop="description" block of
 * section.job-section parts (company description, job description, qualifications, additional
 * information); their headings are kept, as employers can retitle them. The apply button and
 * the hiring team sit in a column beside the text. The place is an attribute, not text: the
 * <spl-job-location> web component carries formattedAddress and workplaceType, and its own
 * children are only <meta> tags. careers.smartrecruiters.com/<Company> lists openings as
 * li.opening-job cards whose titles are h4.job-title, so the title selector names the h1.
 */
import { hostIs, siteDescription, siteField, siteText } from './helpers';
import type { SiteAdapter } from './site';

const TITLE = ['h1.job-title', 'h1[itemprop="title"]'];

/** "Lisbon, Lisbon, Portugal": the address repeats a city that is also its region. */
function once(address: string): string {
  const parts = address.split(/\s*,\s*/).filter(Boolean);
  return parts.filter((p, i) => parts.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i).join(', ');
}

function location(doc: Document): string | null {
  const el = doc.querySelector('spl-job-location[formattedaddress]');
  const place = once(el?.getAttribute('formattedaddress') ?? '');
  const type = el?.getAttribute('workplacetype') ?? '';
  const mode = /remote/i.test(type) ? 'Remote' : /hybrid/i.test(type) ? 'Hybrid' : null;
  if (!place) return mode;
  return mode && !place.toLowerCase().includes(mode.toLowerCase()) ? `${place} (${mode})` : place;
}

const adapter: SiteAdapter = {
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  matches: (url) => hostIs(url, 'jobs.smartrecruiters.com', 'careers.smartrecruiters.com'),

  classify(doc) {
    if (doc.querySelector(TITLE.join(', '))) return null;
    return doc.querySelector('li.opening-job, .opening-job') ? 'list' : null;
  },

  read(doc) {
    const company = doc.querySelector('[itemprop="hiringOrganization"] [itemprop="name"]');
    return {
      fields: {
        title: siteText(doc, TITLE),
        company: siteField(company?.getAttribute('content') ?? company?.textContent),
        location: siteField(location(doc)),
        description: siteDescription(doc, ['[itemprop="description"]', '.job-sections']),
      },
    };
  },
};

export default adapter;
