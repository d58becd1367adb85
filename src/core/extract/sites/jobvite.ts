/**
 * Jobvite (jobs.jobvite.com/<company>/job/<id>, also /careers/<company>/… and company hosts
 * under jobvite.com). The page is server-rendered with jv- classes: the title is h2.jv-header,
 * the text is .jv-job-detail-description, and p.jv-job-detail-meta holds the category and the
 * place as text split by an empty span.jv-inline-separator (some boards write "|" instead), so
 * the place is what follows the first separator. The page's JSON-LD names the company; the
 * logo's alt text is the fallback. jobs.jobvite.com/<company>/jobs lists openings in a table of
 * td.jv-job-list-name / td.jv-job-list-location rows.
 */
import { collapseSpace } from '../../text';
import { hostIs, siteDescription, siteField, siteText } from './helpers';
import type { SiteAdapter } from './site';
import { TRUST } from '../../trust';

const DESCRIPTION = ['.jv-job-detail-description'];

/** "Engineering<span class="jv-inline-separator"></span>Austin, Texas" -> ["Engineering", "Austin, Texas"]. */
function metaParts(meta: Element | null): string[] {
  if (!meta) return [];
  const parts: string[] = [''];
  for (const node of Array.from(meta.childNodes)) {
    if (node.nodeType === 1 && (node as Element).classList.contains('jv-inline-separator')) parts.push('');
    else parts[parts.length - 1] += node.textContent ?? '';
  }
  return parts
    .flatMap((p) => p.split(/\s[|·]\s/))
    .map((p) => collapseSpace(p))
    .filter(Boolean);
}

const adapter: SiteAdapter = {
  id: 'jobvite',
  name: 'Jobvite',
  // jobs.jobvite.com and the per-company jobs.<company>.jobvite.com; www and app are Jobvite's own.
  matches: (url) => hostIs(url, 'jobvite.com') && !/^(?:(?:www|app)\.)?jobvite\.com$/i.test(url.hostname),

  classify(doc) {
    if (doc.querySelector(DESCRIPTION.join(', '))) return null;
    return doc.querySelector('.jv-job-list, .jv-job-list-name') ? 'list' : null;
  },

  read(doc) {
    const parts = metaParts(doc.querySelector('.jv-job-detail-meta'));
    const logoAlt = doc.querySelector('.jv-logo img[alt]')?.getAttribute('alt')?.replace(/\s*logo$/i, '');
    return {
      fields: {
        title: siteText(doc, ['h2.jv-header', 'h1.jv-header', '.jv-job-detail .jv-header']),
        company: siteField(logoAlt, TRUST.siteInferred),
        location: siteField(parts[1]),
        description: siteDescription(doc, DESCRIPTION),
      },
    };
  },
};

export default adapter;
