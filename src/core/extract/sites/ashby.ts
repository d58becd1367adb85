/**
 * Ashby (jobs.ashbyhq.com/<company>/<id>): a client-rendered page. The left pane lists
 * Location, Employment Type, Location Type (On-site, Hybrid, Remote) and Compensation under
 * h2 headings; the description is the overview tab. Ashby keeps a "Compensation Range" line
 * in the description with display:none; it is the salary the pane also shows, so it is kept.
 */
import { elementText } from '../../text';
import { field } from '../../posting';
import { hostIs, SITE_CONFIDENCE, siteField, siteText } from './helpers';
import type { SiteAdapter } from './site';

function paneValue(doc: Document, heading: string): string | null {
  for (const h of Array.from(doc.querySelectorAll('.ashby-job-posting-left-pane h2'))) {
    if (h.textContent?.trim().toLowerCase() === heading) return h.nextElementSibling?.textContent?.trim() || null;
  }
  return null;
}

const adapter: SiteAdapter = {
  id: 'ashby',
  name: 'Ashby',
  matches: (url) => hostIs(url, 'ashbyhq.com'),

  classify(doc) {
    // jobs.ashbyhq.com/<company>: the list of openings.
    return !doc.querySelector('.ashby-job-posting-heading') && doc.querySelectorAll('a[href*="/"][class*="jobPosting"], [class*="_jobPosting_"]').length > 1 ? 'list' : null;
  },

  read(doc) {
    const place = paneValue(doc, 'location');
    const mode = paneValue(doc, 'location type');
    const location = place ? `${place}${mode && !/on-?site/i.test(mode) ? ` (${mode})` : ''}` : null;
    const overview = doc.querySelector('#overview [class*="descriptionText"], [class*="_descriptionText_"], #overview');
    const text = overview ? elementText(overview, { keepHidden: (el) => /compensation range/i.test(el.textContent ?? '') }) : '';
    return {
      fields: {
        title: siteText(doc, ['.ashby-job-posting-heading', 'h1[class*="_title_"]']),
        location: siteField(location),
        description: text.length >= 50 ? field(text, 'site', SITE_CONFIDENCE) : null,
      },
    };
  },
};

export default adapter;
