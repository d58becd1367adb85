/**
 * Jobindex (jobindex.dk, Denmark). The ad is an article.jobtext-jobad: the company and the
 * place in its top bar, the title in its header, the text in .jobtext-jobad__body. The body
 * opens with Jobindex's own "Category:" list, which is not the employer's words. The site's
 * chrome is Danish while many ads are in English; the ad carries its own lang attribute.
 */
import { hostIs, siteDescription, siteText } from './helpers';
import type { SiteAdapter } from './site';

const adapter: SiteAdapter = {
  id: 'jobindex',
  name: 'Jobindex',
  matches: (url) => hostIs(url, 'jobindex.dk'),

  classify(doc, url) {
    if (doc.querySelector('.jobtext-jobad')) return null;
    return /^\/(?:jobsoegning|job|ledige-job)/.test(url.pathname) && doc.querySelectorAll('.jobsearch-result, .PaidJob, .jix_robotjob').length > 1 ? 'list' : null;
  },

  read(doc) {
    const ad = doc.querySelector('.jobtext-jobad');
    return {
      root: ad,
      fields: {
        title: siteText(ad, ['.jobtext-jobad__header h1', 'h1']),
        company: siteText(ad, ['.jobtext-jobad__company']),
        location: siteText(ad, ['.jobtext-jobad__place-item', '.jobtext-jobad__place']),
        description: siteDescription(ad, ['.jobtext-jobad__body'], {
          skip: (el) => el.tagName === 'DL' && /^\s*(?:category|kategori)\s*:/i.test(el.textContent ?? ''),
        }),
      },
    };
  },
};

export default adapter;
