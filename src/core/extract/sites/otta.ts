/**
 * Otta (app.otta.com, now part of Welcome to the Jungle). Little of its markup is documented;
 * this relies only on what its pages are known to carry: data-testid attributes on the job view
 * (job-title, job-location-tag, job-involves-bullet, job-requirements-bullet, ottas-take), an
 * h1 that reads "<title>, <company>" with the company as a link, and JSON-LD where the page has
 * it. A job is /jobs/<id>; the feed (/jobs, /jobs/theme/<name>) shows one job at a time without
 * its id in the address, so there the page's <title> and data may describe another job and are
 * ignored. "Otta's take on <company>" is Otta's editorial, not the employer's text: it names the
 * company but is not part of the description. Search results (/jobs/search) are a list of cards.
 */
import { field } from '../../posting';
import { collapseSpace, elementText } from '../../text';
import { skipNonPosting } from '../page';
import { hostIs, SITE_CONFIDENCE, siteField, smallestContaining } from './helpers';
import type { SiteAdapter } from './site';

const JOB_PATH = /^\/jobs\/(?!search|theme)[A-Za-z0-9]+\/?$/;
const WORK_MODE = /^(?:remote|hybrid|on-?site|in[- ]office)$/i;
const INVOLVES = '[data-testid="job-involves-bullet"]';
const REQUIREMENTS = '[data-testid="job-requirements-bullet"]';

/** The smallest element holding every bullet of the role: the "What the job involves" and "Who you are" lists. */
function roleBlock(doc: Document): Element | null {
  return smallestContaining(Array.from(doc.querySelectorAll(`${INVOLVES}, ${REQUIREMENTS}`)));
}

const adapter: SiteAdapter = {
  id: 'otta',
  name: 'Otta',
  matches: (url) => hostIs(url, 'otta.com') && url.pathname.startsWith('/jobs'),

  classify(doc) {
    if (doc.querySelector('[data-testid="job-title"]')) return null;
    return doc.querySelectorAll('[data-testid="job-card"]').length > 1 ? 'list' : null;
  },

  read(doc, url) {
    const heading = doc.querySelector('[data-testid="job-title"]') ?? (JOB_PATH.test(url.pathname) ? doc.querySelector('main h1, h1') : null);
    const companyLink = heading?.querySelector('a');
    const companyName = collapseSpace(companyLink?.textContent ?? '');
    const fullTitle = collapseSpace(heading?.textContent ?? '');
    // The h1 ends with ", <company>": the title is what comes before it.
    const title = companyName && fullTitle.endsWith(companyName) ? fullTitle.slice(0, -companyName.length).replace(/[\s,·|-]+$/, '') : fullTitle;
    const take = collapseSpace(doc.querySelector('[data-testid="ottas-take"]')?.textContent ?? '').match(/^Otta['’]s take on (.{1,80})$/i)?.[1];
    const tags = [...new Set(Array.from(doc.querySelectorAll('[data-testid="job-location-tag"]'), (el) => collapseSpace(el.textContent ?? '')).filter(Boolean))];
    // The tags mix places ("London", "Remote (UK)") with a bare work mode ("Hybrid").
    const places = tags.filter((t) => !WORK_MODE.test(t)).join(', ');
    const modes = tags.filter((t) => WORK_MODE.test(t)).join(', ');
    const text = elementText(roleBlock(doc), { skip: skipNonPosting });
    return {
      ignorePageData: !JOB_PATH.test(url.pathname),
      fields: {
        title: siteField(title),
        company: siteField(companyName || take),
        location: siteField(places && modes ? `${places} (${modes})` : places || modes),
        description: text.length >= 50 ? field(text, 'site', SITE_CONFIDENCE) : null,
      },
    };
  },
};

export default adapter;
