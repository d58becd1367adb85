/**
 * Recruitee careers sites (<company>.recruitee.com): /o/<slug> is one offer, the root is the
 * company's careers page with its list of offers. The offer page is rendered by Recruitee's
 * careers-site app with generated class names, so it is read by structure: the h1 is the title,
 * and the text is the block holding the offer's two sections, which Recruitee heads with its
 * own labels ("Job description", "Requirements", translated with the site); those labels are
 * not the employer's words and are left out. Company and place come from the JobPosting JSON-LD
 * the offer page carries. The application form is a separate page, /o/<slug>/c/new.
 */
import { field } from '../../posting';
import { collapseSpace, elementText } from '../../text';
import { skipNonPosting } from '../page';
import { hostIs, sectionHeadingsBlock, SITE_CONFIDENCE, siteText } from './helpers';
import type { SiteAdapter } from './site';

const OFFER_PATH = /^\/o\/[^/]+\/?$/;
const SECTION_LABEL = /^(?:job description|description|requirements|stellenbeschreibung|anforderungen|functieomschrijving|vereisten|description du poste|profil recherché|exigences|opis stanowiska|wymagania)$/i;

function isSectionLabel(el: Element): boolean {
  return /^H[2-3]$/.test(el.tagName) && SECTION_LABEL.test(collapseSpace(el.textContent ?? ''));
}

const adapter: SiteAdapter = {
  id: 'recruitee',
  name: 'Recruitee',
  // Companies' careers sites are subdomains; recruitee.com itself is the vendor's own site.
  matches: (url) => hostIs(url, 'recruitee.com') && !/^(?:www\.|app\.|support\.|docs\.|blog\.|api\.)?recruitee\.com$/i.test(url.hostname),

  classify(doc, url) {
    if (url.pathname.startsWith('/o/')) return null;
    return doc.querySelectorAll('a[href*="/o/"]').length > 1 ? 'list' : null;
  },

  read(doc, url) {
    if (!OFFER_PATH.test(url.pathname)) return { fields: {} };
    const text = elementText(sectionHeadingsBlock(doc), { skip: (el) => skipNonPosting(el) || isSectionLabel(el) || el.tagName === 'H1' });
    return {
      fields: {
        title: siteText(doc, ['main h1', 'h1']),
        description: text.length >= 50 ? field(text, 'site', SITE_CONFIDENCE) : null,
      },
    };
  },
};

export default adapter;
