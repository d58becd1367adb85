/**
 * iCIMS (careers-<company>.icims.com/jobs/<id>/<slug>/job, or whatever subdomain the company
 * chose). The portal page is a frame: the posting lives in an iframe at the same address with
 * ?in_iframe=1, and portals also serve it unframed. Either document is read the same way; a
 * portal page that holds only the frame has nothing to read (a content script cannot reach into
 * the frame from there). The title is h1.iCIMS_Header. The place is the "Job Locations" field:
 * a .header cell with a screen-reader label then the value, or a dt.iCIMS_JobHeaderField /
 * dd.iCIMS_JobHeaderData pair; iCIMS writes it as country-region-city codes ("US-CA-San Jose",
 * several joined by "|"), turned round here to read as a place. The text is the h2
 * .iCIMS_InfoField_Job headings with their .iCIMS_InfoMsg_Job bodies; the Options panel (apply,
 * share) is not part of it. /jobs/search is the list of openings.
 */
import { collapseSpace } from '../../text';
import { hostIs, siteDescription, siteField, siteText } from './helpers';
import type { SiteAdapter } from './site';

const TITLE = ['h1.iCIMS_Header', '.iCIMS_JobContent h1', '.iCIMS_Header h1'];
const LOCATION_LABEL = /^(?:job )?locations?$/i;

function text(el: Element | null | undefined): string {
  return collapseSpace(el?.textContent ?? '');
}

function locationField(doc: Document): string | null {
  for (const cell of Array.from(doc.querySelectorAll('.iCIMS_JobContent .header, .iCIMS_JobsTable .header')).slice(0, 20)) {
    const label = cell.querySelector('.field-label');
    if (label && LOCATION_LABEL.test(text(label))) return text(cell).slice(text(label).length).trim() || null;
  }
  for (const dt of Array.from(doc.querySelectorAll('.iCIMS_JobHeaderGroup dt, dt.iCIMS_JobHeaderField')).slice(0, 30)) {
    if (LOCATION_LABEL.test(text(dt))) return text(dt.nextElementSibling) || null;
  }
  return null;
}

/** "US-CA-San Jose | US-NY-New York" -> "San Jose, CA, US; New York, NY, US". */
function readablePlaces(raw: string): string {
  return raw
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^([A-Z]{2})-([A-Z0-9]{1,3})-(.+)$/.exec(part);
      return m ? `${m[3]}, ${m[2]}, ${m[1]}` : part;
    })
    .join('; ');
}

const adapter: SiteAdapter = {
  id: 'icims',
  name: 'iCIMS',
  matches: (url) => hostIs(url, 'icims.com') && !/^(?:www\.)?icims\.com$/i.test(url.hostname) && url.pathname.startsWith('/jobs'),

  classify(doc, url) {
    if (/^\/jobs\/\d+\//.test(url.pathname) || doc.querySelector('.iCIMS_InfoMsg_Job')) return null;
    const cards = doc.querySelectorAll('.iCIMS_JobCardItem, .iCIMS_JobsTableRow, .iCIMS_JobsTable a.iCIMS_Anchor[href*="/jobs/"]');
    return cards.length > 1 ? 'list' : null;
  },

  read(doc) {
    const place = locationField(doc);
    return {
      fields: {
        title: siteText(doc, TITLE),
        location: siteField(place ? readablePlaces(place) : null),
        description:
          siteDescription(doc, ['.iCIMS_InfoField_Job', '.iCIMS_InfoMsg_Job'], { all: true }) ??
          siteDescription(doc, ['.iCIMS_JobContent'], { skip: (el) => el.matches('.iCIMS_JobHeaderGroup, .header, .title, .iCIMS_JobOptions') }),
      },
    };
  },
};

export default adapter;
