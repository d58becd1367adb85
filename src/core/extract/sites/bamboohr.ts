/**
 * BambooHR (<company>.bamboohr.com/careers/<id>, and the older /jobs/view.php?id=<id>). The
 * current careers site is a React app whose class names are generated (jss-g20, css-1phs5iq),
 * so it is read through the design system's data-fabric-component attributes: the title is the
 * Headline, and the facts beside the text are Flex rows of two LayoutBoxes, a BodyText label
 * ("Location", "Department") and its value. The older page is a .ResAts__card with an h2 title
 * and .posInfo__Title / .posInfo__Value pairs. Both keep the posting's text in .BambooRichText.
 * The JSON-LD names the company; the header logo's alt text is the fallback. /careers and /jobs
 * are the lists of openings (www.bamboohr.com is the vendor's own site).
 */
import { collapseSpace } from '../../text';
import { hostIs, siteDescription, siteField, siteText } from './helpers';
import type { SiteAdapter } from './site';
import { TRUST } from '../../trust';

const TITLE = ['main [data-fabric-component="Headline"]', '[data-fabric-component="Headline"]', '.ResAts__card h2', '.ResAts__card-title'];
const TEXT = ['.BambooRichText'];

function text(el: Element | null | undefined): string {
  return collapseSpace(el?.textContent ?? '');
}

/** The value beside a label: a Fabric Flex row of two LayoutBoxes, or an older posInfo pair. */
function fact(doc: Document, label: RegExp): string | null {
  for (const row of Array.from(doc.querySelectorAll('[data-fabric-component="Flex"]')).slice(0, 60)) {
    const boxes = Array.from(row.children).filter((c) => c.getAttribute('data-fabric-component') === 'LayoutBox');
    if (boxes.length === 2 && label.test(text(boxes[0]))) return text(boxes[1]) || null;
  }
  for (const title of Array.from(doc.querySelectorAll('.posInfo__Title')).slice(0, 30)) {
    if (label.test(text(title))) return text(title.parentElement?.querySelector('.posInfo__Value')) || null;
  }
  return null;
}

const adapter: SiteAdapter = {
  id: 'bamboohr',
  name: 'BambooHR',
  matches: (url) => hostIs(url, 'bamboohr.com') && !/^(?:www\.)?bamboohr\.com$/i.test(url.hostname) && /^\/(?:careers|jobs)\b/.test(url.pathname),

  classify(doc, url) {
    // The list page has Headlines of its own; only the posting has .BambooRichText.
    if (!/^\/(?:careers|jobs)\/?$/.test(url.pathname)) return null;
    return doc.querySelector(TEXT.join(', ')) ? null : 'list';
  },

  read(doc) {
    const logo = doc.querySelector('header img[alt], .ResAts__header img[alt]')?.getAttribute('alt')?.replace(/\s*logo$/i, '');
    return {
      fields: {
        title: siteText(doc, TITLE),
        company: siteField(logo, TRUST.siteInferred),
        location: siteField(fact(doc, /^(?:job )?location$/i)),
        description: siteDescription(doc, TEXT),
      },
    };
  },
};

export default adapter;
