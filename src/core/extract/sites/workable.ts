/**
 * Workable (apply.workable.com/<company>/j/<id>): data-ui attributes name every part. The
 * description is split into Description, Requirements and Benefits sections; all three are
 * the posting. The company is the logo's alt text.
 */
import { hostIs, siteDescription, siteField, siteText } from './helpers';
import type { SiteAdapter } from './site';

const adapter: SiteAdapter = {
  id: 'workable',
  name: 'Workable',
  matches: (url) => hostIs(url, 'workable.com'),

  // The careers index lists several jobs, each card with its own title: a job title inside
  // a card, or none outside one, is a list.
  classify(doc) {
    const cards = doc.querySelectorAll('[data-ui="job"], li[data-ui="job-opening"]');
    const title = doc.querySelector('[data-ui="job-title"]');
    return cards.length > 1 && (!title || title.closest('[data-ui="job"], li[data-ui="job-opening"]')) ? 'list' : null;
  },

  read(doc) {
    const place = siteText(doc, ['[data-ui="job-location"]']);
    const workplace = siteText(doc, ['[data-ui="job-workplace"]']);
    const mode = workplace && /remote|hybrid/i.test(workplace.value) ? workplace.value : null;
    return {
      fields: {
        title: siteText(doc, ['[data-ui="job-title"]']),
        company: siteField(doc.querySelector('[data-ui="company-logo"] img[alt]')?.getAttribute('alt')),
        location: place ? siteField(mode ? `${place.value} (${mode})` : place.value) : null,
        description: siteDescription(doc, ['[data-ui="job-description"]', '[data-ui="job-requirements"]', '[data-ui="job-benefits"]'], {
          all: true,
          // The section headings ("Description", "Requirements") are Workable's, not the posting's words.
          skip: (el) => /^job-(?:description|requirements|benefits)-title$/.test(el.id),
        }),
      },
    };
  },
};

export default adapter;
