/**
 * Workday career sites (<tenant>.wd<N>.myworkdayjobs.com/<site>/job/<place>/<title>_<req id>, and
 * wd<N>.myworkdaysite.com/recruiting/<tenant>/…). A client-rendered app whose class names are
 * generated (css-1q2dra3), so only data-automation-id attributes are read. A posting is
 * jobPostingPage: the title is jobPostingHeader, the place and the remote type are <dl> pairs
 * (a dt label, dd values) under locations and remoteType, the text is jobPostingDescription.
 * The search page (/<site>) lists cards in section[data-automation-id="jobResults"] that carry
 * the same locations pairs; on wide screens it opens the picked job beside the list
 * (/<site>/details/<title>_<req id>), and the posting page links "Similar Jobs" that open in
 * place. The app never rewrites its <head>, so the JSON-LD describes the job it first loaded:
 * it is used only on a job page whose JSON-LD names the title on screen. Elsewhere the company
 * is taken from that JSON-LD at medium confidence (a tenant's site hires for one employer), or
 * guessed from the tenant's name.
 */
import { field } from '../../posting';
import { collapseSpace } from '../../text';
import { postingFromSchema, readJsonLd } from '../structured';
import { hostIs, siteDescription, siteField, siteText } from './helpers';
import type { SiteAdapter } from './site';
import { TRUST } from '../../trust';

const TITLE = ['[data-automation-id="jobPostingHeader"]'];
const POSTING = '[data-automation-id="jobPostingPage"]';
const ELSEWHERE = '[data-automation-id="jobResults"], [data-automation-id*="similarJobs"], [data-automation-id="jobSidebar"]';

/** The dd values of one of the posting's <dl> fields, never a list card's. */
function fieldValues(scope: ParentNode, id: string): string[] {
  const values = Array.from(scope.querySelectorAll(`[data-automation-id="${id}"] dd`))
    .filter((dd) => !dd.closest(ELSEWHERE))
    .map((dd) => collapseSpace(dd.textContent ?? ''))
    .filter(Boolean);
  return Array.from(new Set(values));
}

function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return Boolean(a && b && collapseSpace(a).toLowerCase() === collapseSpace(b).toLowerCase());
}

/** "acme.wd5.myworkdayjobs.com" and "wd5.myworkdaysite.com/recruiting/acme/…" name the tenant. */
function tenant(url: URL): string | null {
  const segments = url.pathname.split('/');
  const slug = hostIs(url, 'myworkdaysite.com') ? segments[segments.indexOf('recruiting') + 1] : url.hostname.split('.')[0];
  if (!slug || /^wd\d+$/i.test(slug)) return null;
  return slug.replace(/[-_]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
}

const adapter: SiteAdapter = {
  id: 'workday',
  name: 'Workday',
  matches: (url) => hostIs(url, 'myworkdayjobs.com', 'myworkdaysite.com'),

  classify(doc) {
    if (doc.querySelector(TITLE.join(', '))) return null;
    return doc.querySelector('[data-automation-id="jobResults"], [data-automation-id="jobFoundText"]') ? 'list' : null;
  },

  read(doc, url) {
    const header = doc.querySelector(TITLE.join(', '));
    const root = header?.closest(POSTING) ?? doc.querySelector(POSTING);
    const scope = root ?? doc;
    const title = siteText(scope, TITLE);

    const places = fieldValues(scope, 'locations');
    const remote = fieldValues(scope, 'remoteType')[0] ?? null;
    const mode = remote && /remote|hybrid/i.test(remote) ? remote : null;
    const place = places.join('; ') || null;

    const split = /\/details\//.test(url.pathname) || doc.querySelector('[data-automation-id="jobResults"]') !== null;
    const structured = readJsonLd(doc).map((p) => postingFromSchema(p, doc, false));
    const trusted = !split && structured.some((c) => sameText(c.title?.value, title?.value));
    const organization = structured.find((c) => c.company)?.company?.value;
    const guess = tenant(url);
    const company = trusted ? null : organization ? field(organization, 'json-ld', TRUST.structuredUntrusted) : guess ? field(guess, 'domain', TRUST.domain) : null;

    return {
      root,
      ignorePageData: !trusted,
      fields: {
        title,
        company,
        location: siteField(place ? `${place}${mode ? ` (${mode})` : ''}` : mode),
        description: siteDescription(scope, ['[data-automation-id="jobPostingDescription"]']),
      },
    };
  },
};

export default adapter;
