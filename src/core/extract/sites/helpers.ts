/** Small tools for writing site adapters: first-match selectors, bounded text, host tests. */
import { type Field, field } from '../../posting';
import { cleanValue, collapseSpace, elementText, MAX_DESCRIPTION, shownText } from '../../text';
import { isHidden, skipNonPosting } from '../page';
import { TRUST } from '../../trust';

/** Site rules know the markup: their fields are the surest the extractor has. */
export const SITE_CONFIDENCE: number = TRUST.site;

/** The host is one of these domains or a subdomain of one (URL has already lower-cased it). */
export function hostIs(url: URL, ...hosts: string[]): boolean {
  const host = url.hostname;
  for (const h of hosts) {
    if (host.endsWith(h) && (host.length === h.length || host.charCodeAt(host.length - h.length - 1) === 46 /* . */)) return true;
  }
  return false;
}

function firstVisible(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector)).slice(0, 20)) {
      if (!isHidden(el)) return el;
    }
  }
  return null;
}

/** Short text (a title, a name, a place) of the first visible element a selector finds. */
export function siteText(root: ParentNode | null | undefined, selectors: readonly string[], confidence = SITE_CONFIDENCE): Field | null {
  if (!root) return null;
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector)).slice(0, 20)) {
      if (isHidden(el)) continue;
      const text = cleanValue(shownText(el), el.ownerDocument);
      if (text) return field(text, 'site', confidence);
    }
  }
  return null;
}

/**
 * The description: the block text of the first visible element a selector finds, or with
 * `all`, of every element the selectors find, in document order (sites that split the
 * description into sections: Workable's description, requirements and benefits).
 */
export function siteDescription(
  root: ParentNode | null | undefined,
  selectors: readonly string[],
  options: { all?: boolean; skip?: (el: Element) => boolean; confidence?: number } = {},
): Field | null {
  if (!root) return null;
  const skip = (el: Element) => skipNonPosting(el) || (options.skip?.(el) ?? false);
  let elements: Element[];
  if (options.all) {
    const found = new Set<Element>();
    for (const selector of selectors) for (const el of Array.from(root.querySelectorAll(selector))) if (!isHidden(el)) found.add(el);
    // Document order, and no element inside another one already taken.
    elements = [...found]
      .filter((el) => ![...found].some((other) => other !== el && other.contains(el)))
      .sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  } else {
    const first = firstVisible(root, selectors);
    elements = first ? [first] : [];
  }
  const text = elements
    .map((el) => elementText(el, { skip }))
    .filter(Boolean)
    .join('\n\n');
  return text.length >= 50 ? field(text.slice(0, MAX_DESCRIPTION), 'site', options.confidence ?? SITE_CONFIDENCE) : null;
}

/** Visible leaf texts under an element, in order: for headers that list company · place · type. */
export function leafTexts(root: Element | null, max = 20): string[] {
  if (!root) return [];
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.children.length > 0 || isHidden(el) || ['SCRIPT', 'STYLE', 'svg', 'SVG', 'BUTTON'].includes(el.tagName)) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (text) out.push(text);
    if (out.length >= max) break;
  }
  return out;
}

export function siteField(value: string | null | undefined, confidence = SITE_CONFIDENCE): Field | null {
  const clean = value ? collapseSpace(value) : '';
  return clean ? field(clean, 'site', confidence) : null;
}

/** The smallest element that contains all of the given elements (null for none). */
export function smallestContaining(elements: readonly Element[]): Element | null {
  let block = elements[0]?.parentElement ?? null;
  while (block && !elements.every((el) => block!.contains(el))) block = block.parentElement;
  return block;
}

/**
 * The block that holds every visible h2 of the page's main content: for sites whose class
 * names are per-build hashes and whose description is a run of headed sections (Personio,
 * Recruitee).
 */
export function sectionHeadingsBlock(doc: Document): Element | null {
  const scope = doc.querySelector('main') ?? doc.body;
  const headings = Array.from(scope?.querySelectorAll('h2') ?? []).filter(
    (h) => !isHidden(h) && !h.closest('form, nav, footer, aside, header, [role="dialog"]'),
  );
  return smallestContaining(headings);
}
