/**
 * Totaljobs (totaljobs.com): the ad /job/<title-slug>/<company-slug>-job<id> and the result
 * lists /jobs/<what>/in-<where>. Totaljobs belongs to the StepStone group and renders its ads
 * with StepStone's app: the same data-at hooks (header-job-title, metadata-company-name,
 * metadata-location) and result cards (article[data-at="job-item"]). Its ads mostly come as
 * one block, section-text-jobDescription-content, which is read first; the section-by-section
 * reading of StepStone is the fallback.
 */
import { hostIs } from './helpers';
import type { SiteAdapter } from './site';
import { isStepStoneList, readStepStoneAd } from './stepstone';

const adapter: SiteAdapter = {
  id: 'totaljobs',
  name: 'Totaljobs',
  matches: (url, doc) => hostIs(url, 'totaljobs.com') && (/^\/jobs?\//.test(url.pathname) || doc.querySelector('[data-at="header-job-title"]') !== null),

  classify: (doc) => (isStepStoneList(doc) ? 'list' : null),

  read: (doc) => readStepStoneAd(doc, ['[data-at="section-text-jobDescription-content"]']),
};

export default adapter;
