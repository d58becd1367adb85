/**
 * Personio career pages (<company>.jobs.personio.de or .jobs.personio.com): /job/<id> is one
 * posting, the root is the company's list of openings. The pages are a Next.js app whose class
 * names carry a per-build hash (page_jobTitle__K0ilk), so no class is relied on whole: the
 * posting is read from its h1 and from the block that holds its section headings (Personio
 * renders each description field of the job, "Your tasks", "Your profile", "Why us?", as a
 * heading and its text). The company and the office come from the JobPosting JSON-LD, written
 * when the company enabled Google Jobs, or from the <title> ("<job> | <company> Jobs"). The
 * application form is on /job/<id>/apply, not on the posting page. The list's entries are
 * links marked with the unhashed class `job-box`.
 */
import { field } from '../../posting';
import { elementText } from '../../text';
import { skipNonPosting } from '../page';
import { hostIs, sectionHeadingsBlock, SITE_CONFIDENCE, siteField, siteText } from './helpers';
import type { SiteAdapter } from './site';
import { TRUST } from '../../trust';

const POSTING_PATH = /^\/job\/\d+/;

const adapter: SiteAdapter = {
  id: 'personio',
  name: 'Personio',
  matches: (url) => hostIs(url, 'jobs.personio.de', 'jobs.personio.com'),

  classify(doc, url) {
    if (POSTING_PATH.test(url.pathname)) return null;
    return doc.querySelectorAll('a.job-box[href*="/job/"], a[class*="job-box"][href*="/job/"], a[href^="/job/"]').length > 1 ? 'list' : null;
  },

  read(doc, url) {
    // The list page's h1 greets candidates; only a posting's h1 is a job title.
    if (!POSTING_PATH.test(url.pathname)) return { fields: {} };
    const pageCompany = /\|\s*(.+?)\s+(?:Jobs|Karriere|Careers|Empleos|Emplois)\s*$/i.exec(doc.title)?.[1];
    const text = elementText(sectionHeadingsBlock(doc), { skip: (el) => skipNonPosting(el) || el.tagName === 'H1' });
    return {
      fields: {
        title: siteText(doc, ['main h1', 'h1']),
        // Below the JSON-LD's confidence: the <title> wording is the company's own setting.
        company: siteField(pageCompany, TRUST.siteInferred),
        description: text.length >= 50 ? field(text, 'site', SITE_CONFIDENCE) : null,
      },
    };
  },
};

export default adapter;
