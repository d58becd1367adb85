/**
 * Turning untrusted page content into plain, bounded text. Nothing here ever returns markup:
 * HTML found in a value is parsed into an inert document (no browsing context, so no script
 * runs and nothing loads) and only its text is kept.
 */

export const MAX_SHORT_TEXT = 300;
export const MAX_DESCRIPTION = 40_000;

/** A text written into a regular expression as itself ("St. Ives" matches only "St. Ives"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Collapse every run of white space (including no-break spaces) to one space and trim. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2028\u2029]+/g, ' ').trim();
}

/**
 * An element's text without what is not shown as text: the CSS of a <style> a site puts
 * inside the element (CSS-in-JS does), scripts, templates. textContent keeps them; a short
 * value read with it can be a stylesheet.
 */
export function shownText(el: Element): string {
  // (An icon's <svg> names itself in a <title> no one sees beside the text: "hashtag", "link".)
  if (!el.querySelector('style, script, noscript, template, svg')) return el.textContent ?? '';
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !['STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE', 'SVG'].includes((child as Element).tagName.toUpperCase())) walk(child);
    }
  };
  walk(el);
  return text;
}

/** Cut text to at most max characters, at a word boundary when one is near, with an ellipsis. */
export function bound(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

const LOOKS_LIKE_MARKUP = /<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+|#x[\da-f]+);/i;
const TAG_LIKE = /<\/?[a-z][^<>]{0,500}>/gi;

/**
 * What is left of markup after its text was taken (escaped tags that decoded into "<b>",
 * a page that shows "<script>" as text) is removed too: no value that leaves the extractor
 * looks like markup, whatever later code does with it.
 */
export function withoutTags(text: string): string {
  return text.includes('<') ? text.replace(TAG_LIKE, ' ') : text;
}

/**
 * A short value (a title, a company name, a place) from structured data or an attribute:
 * strings and finite numbers only, markup and entities turned into text once, white space
 * collapsed, length bounded. Anything else gives null.
 */
export function cleanValue(raw: unknown, doc: Document | null, max = MAX_SHORT_TEXT): string | null {
  let text: string;
  if (typeof raw === 'string') text = raw;
  else if (typeof raw === 'number' && Number.isFinite(raw)) text = String(raw);
  else return null;
  // A short field has no business being longer than a few times its bound; cut before parsing
  // so a hostile 10 MB string costs nothing.
  if (text.length > max * 4) text = text.slice(0, max * 4);
  if (LOOKS_LIKE_MARKUP.test(text)) text = htmlToText(text, doc, max * 4);
  const clean = collapseSpace(withoutTags(text));
  return clean ? bound(clean, max) : null;
}

/** A long value (a description) that may hold HTML: its text, with paragraphs and list items kept. */
export function cleanLongText(raw: unknown, doc: Document | null, max = MAX_DESCRIPTION): string | null {
  if (typeof raw !== 'string') return null;
  // Markup takes room; three times the bound is plenty to fill it with text.
  const input = raw.length > max * 3 ? raw.slice(0, max * 3) : raw;
  let text = LOOKS_LIKE_MARKUP.test(input) ? htmlToText(input, doc, max) : tidyLines(withoutTags(input));
  // Structured data escaped twice ("&amp;lt;p&amp;gt;Die …") still reads as escaped tags once
  // decoded: decode what is left, then read the tags that appear.
  if (ESCAPED_TAG.test(text)) text = htmlToText(decodeEntities(text, doc), doc, max);
  return text ? bound(text, max) : null;
}

/** Entities turned into the characters they stand for ("&lt;p&gt;" is "<p>"), in an inert document. */
function decodeEntities(text: string, doc: Document | null): string {
  const Parser = doc?.defaultView?.DOMParser ?? (typeof DOMParser === 'undefined' ? undefined : DOMParser);
  if (!Parser) return stripTagsRoughly(text);
  return new Parser().parseFromString(`<!doctype html><body>${text.replace(/</g, '&lt;')}`, 'text/html').body.textContent ?? '';
}

/** An escaped tag left in text: "&lt;p&gt;", "&lt;/li&gt;". */
const ESCAPED_TAG = /&lt;\/?[a-z][a-z0-9]*(?:\s[^&]*)?&gt;/i;

/** Parse an HTML fragment in an inert document and return its text. */
export function htmlToText(html: string, doc: Document | null, max = MAX_DESCRIPTION): string {
  const Parser = doc?.defaultView?.DOMParser ?? (typeof DOMParser === 'undefined' ? undefined : DOMParser);
  if (!Parser) return tidyLines(stripTagsRoughly(html));
  // Cap the input so a hostile value cannot make the parser do unbounded work.
  const parsed = new Parser().parseFromString(html.slice(0, max * 3), 'text/html');
  return elementText(parsed.body, { max });
}

/** A last resort where no DOM parser exists: drop tags, decode the few entities that matter. */
function stripTagsRoughly(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|h\d|tr)>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Trim every line, collapse spaces inside lines, and keep at most one blank line in a row. */
export function tidyLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => collapseSpace(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO',
  'AUDIO', 'SELECT', 'OPTION', 'INPUT', 'TEXTAREA', 'BUTTON', 'HEAD', 'TITLE', 'META', 'LINK', 'DIALOG',
]);
const PARAGRAPH = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE', 'PRE', 'DL', 'HR']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'DD', 'DIV', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'HEADER', 'LI', 'MAIN', 'NAV', 'SECTION', 'TR', 'BR', 'CENTER', 'DETAILS', 'SUMMARY',
]);

export interface ElementTextOptions {
  max?: number;
  /** Extra test for subtrees to leave out (site chrome, hidden duplicates, forms). */
  skip?: (el: Element) => boolean;
  /** Hidden subtrees that are part of the text anyway (a site adapter knows which). */
  keepHidden?: (el: Element) => boolean;
}

/** Hidden by markup alone: `hidden`, aria-hidden, or an inline display:none / visibility:hidden. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * The visible text of an element as a person reads it: block elements start new lines,
 * paragraphs and lists are separated by a blank line, list items start with "- ".
 * Iterative, so a hostile page nested 100,000 deep cannot overflow the stack.
 */
export function elementText(root: Element | null, options: ElementTextOptions = {}): string {
  if (!root) return '';
  const max = options.max ?? MAX_DESCRIPTION;
  const out: string[] = [];
  let length = 0;
  // A list item's "- " goes before its first text, so an <li><p>…</p></li> reads "- …".
  let bulletPending = false;
  // A stack of nodes to enter, and of markers (strings) to emit when a block ends.
  const stack: (Node | string)[] = [root];
  while (stack.length > 0 && length < max * 1.2) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (item.nodeType === 3) {
      const whole = item.nodeValue ?? '';
      // One enormous text node must not make the output enormous before it is bounded.
      const text = whole.length > max ? whole.slice(0, max) : whole;
      if (bulletPending && text.trim()) {
        out.push('- ');
        bulletPending = false;
      }
      out.push(text);
      // Count what the reader sees: indentation between tags is not text.
      if (text.trim()) length += text.length;
      continue;
    }
    if (item.nodeType !== 1) continue;
    const el = item as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (el !== root && ((isHiddenByMarkup(el) && !options.keepHidden?.(el)) || options.skip?.(el))) continue;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    const breakAround = PARAGRAPH.has(tag) ? '\n\n' : BLOCK.has(tag) ? '\n' : tag === 'TD' || tag === 'TH' ? ' ' : '';
    if (breakAround) {
      out.push(breakAround);
      stack.push(breakAround);
    }
    if (tag === 'LI') bulletPending = true;
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  // A list item holding a <p> would otherwise leave a blank line between bullets.
  return bound(tidyLines(withoutTags(out.join(''))).replace(/^(- .*)\n\n(?=- )/gm, '$1\n'), max);
}
