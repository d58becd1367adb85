/**
 * Small readers of a page's own markup shared by the generic rules and the site adapters:
 * meta tags, the document title, visible headings, URLs.
 */
import { cleanValue, isHiddenByMarkup } from '../text';

export function metaContent(doc: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const value = cleanValue(el?.getAttribute('content'), doc);
    if (value) return value;
  }
  return null;
}

export function documentTitle(doc: Document): string | null {
  // doc.title, not querySelector('title'): inline SVG icons carry <title> elements of their own.
  return cleanValue(doc.title, doc);
}

/** Hidden by its own markup or an ancestor's (a duplicate kept in the DOM for another layout). */
export function isHidden(el: Element): boolean {
  for (let node: Element | null = el, depth = 0; node && depth < 40; node = node.parentElement, depth++) {
    if (isHiddenByMarkup(node)) return true;
  }
  return false;
}

/**
 * Class or id words of subtrees that are not the posting. A word ends at a hyphen, a BEM "__",
 * a space or the end: CSS-module names such as "job-details-drawer-modal_jobSection" (Reed's
 * posting drawer) are a module's name plus one underscore, not a modal.
 */
const NON_POSTING = /(^|[-_\s])(relate|related|simil\w*|recommend\w*|also-viewed|people-also|apply-form|application-form|cookie\w*|consent|modal|sign-?in|sign-?up|login|share|sharing|sharedaddy|sd-like|jetpack-likes\w*|social|breadcrumbs?|newsletter|ai-summary)([\s-]|__|$)/i;

/**
 * Subtrees that are never part of a posting's text even when they sit inside its container:
 * forms (the application form), navigation, "similar jobs" lists, share bars, modals.
 */
export function skipNonPosting(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'FORM' || tag === 'NAV' || tag === 'FOOTER') return true;
  const role = el.getAttribute('role');
  if (role === 'dialog' || role === 'navigation' || role === 'complementary') return true;
  const hint = `${el.getAttribute('class') ?? ''} ${el.id}`;
  // A poster's signature under a forum post ("memberSignature", "post-signature", "sig").
  if (/signature/i.test(`${hint} ${el.getAttribute('data-role') ?? ''}`)) return true;
  return (hint.length > 1 && NON_POSTING.test(hint)) || isBreadcrumbTrail(el) || isContentsList(el);
}

/**
 * A list of links to the page's own sections ("Contents: Location · About the job ·
 * Benefits"), alone or under its heading: a way round the page, not what it says.
 */
function isContentsList(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'DIV' && el.children.length === 2 && /^H[2-6]$/.test(el.children[0]!.tagName.toUpperCase())) return isContentsList(el.children[1]!);
  if ((tag !== 'UL' && tag !== 'OL') || el.children.length < 3) return false;
  return Array.from(el.children).every((item) => {
    const link = item.children.length === 1 ? item.firstElementChild : null;
    return link?.tagName.toUpperCase() === 'A' && (link.getAttribute('href') ?? '').startsWith('#') && link.textContent === item.textContent;
  });
}

/**
 * A trail of links joined by "/", "›", ">" or "»" ("Home / Careers / Ref. 04/2025"), whatever
 * its class is called ("migas", "fil-ariane"): where the page sits, not what it says.
 */
function isBreadcrumbTrail(el: Element): boolean {
  const count = el.children.length;
  if (count < 2 || count > 10 || !/^(?:P|DIV|OL|UL|SPAN)$/.test(el.tagName.toUpperCase())) return false;
  // Cheap checks first (this runs for many elements): every child but one is a link, or an
  // item holding one; only then is the (short) text read.
  let links = 0;
  for (const child of Array.from(el.children)) {
    if (child.tagName.toUpperCase() === 'A' || child.firstElementChild?.tagName.toUpperCase() === 'A') links++;
  }
  if (links < 2 || links < count - 1) return false;
  const text = el.textContent ?? '';
  return text.length <= 160 && (text.match(/\s[/›>»]\s/g) ?? []).length >= 2;
}

export function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function pathSegments(url: string): string[] {
  try {
    return new URL(url).pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  } catch {
    return [];
  }
}
