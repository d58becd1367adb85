/**
 * Built In (builtin.com and its city sites: builtinnyc.com, builtinsf.com, …). The company is
 * the h2 marked data-id="company-title"; the place and the work arrangement ("In-Office",
 * "Hybrid", "Remote") are icon rows under the title; the description is the
 * #job-post-body-<id> block. An AI-written summary precedes it and "Similar Jobs" follow:
 * neither is part of the posting.
 */
import { siteDescription, siteField, siteText } from './helpers';
import type { SiteAdapter } from './site';

/** The text of the row an icon heads: <div><div><i class="fa-…"></i></div> <span>text</span></div>. */
function iconRow(doc: Document, icon: string): string | null {
  const row = doc.querySelector(`main .${icon}, .${icon}`)?.parentElement?.parentElement;
  const text = row?.textContent?.replace(/\s+/g, ' ').trim();
  return text && text.length <= 100 ? text : null;
}

const adapter: SiteAdapter = {
  id: 'builtin',
  name: 'Built In',
  matches: (url) => /(^|\.)builtin(?:[a-z]+)?\.com$/.test(url.hostname) && /^\/job\//.test(url.pathname),

  read(doc) {
    const place = iconRow(doc, 'fa-location-dot');
    const arrangement = iconRow(doc, 'fa-house-building');
    return {
      fields: {
        title: siteText(doc, ['main h1', 'h1']),
        company: siteText(doc, ['[data-id="company-title"]']),
        location: siteField(place ? `${place}${arrangement ? ` (${arrangement})` : ''}` : null),
        description: siteDescription(doc, ['[id^="job-post-body-"]', '.job-description']),
      },
    };
  },
};

export default adapter;
