/**
 * Reading a saved page from disk into a DOM for the core, with the checks a command-line
 * user needs: a missing file, a binary or a file that is not HTML get a one-line reason.
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';

export class InputError extends Error {}

const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function readHtmlFile(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new InputError(`${path}: not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: no such file`);
  }
  if (size > MAX_FILE_BYTES) throw new InputError(`${path}: larger than 50 MB, not a saved page`);
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${path}: a binary file, not an HTML page`);
  const html = bytes.toString('utf8');
  if (!/<(?:!doctype html|html|head|body|div|p|h1|script|meta|title|article|main|span|section)\b/i.test(html.slice(0, 200_000))) {
    throw new InputError(`${path}: not an HTML page`);
  }
  return html;
}

/** The page's own address from its canonical link or og:url, so site rules apply to saved pages. */
function declaredUrl(dom: JSDOM): string | null {
  const doc = dom.window.document;
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (candidate && /^https?:\/\//i.test(candidate)) return candidate;
  }
  return null;
}

export interface LoadedPage {
  document: Document;
  url: string;
}

/** Parse without running scripts or loading anything: jsdom's defaults, stated here on purpose. */
export function loadPage(path: string, url?: string | null): LoadedPage {
  const html = readHtmlFile(path);
  const fileUrl = pathToFileURL(path).href;
  const dom = new JSDOM(html, { url: url ?? fileUrl, contentType: 'text/html' });
  const pageUrl = url ?? declaredUrl(dom) ?? fileUrl;
  return { document: dom.window.document, url: pageUrl };
}
