import { JSDOM } from 'jsdom';

/** A document parsed the way a saved page is: no scripts run, nothing loads. */
export function parseHtml(html: string, url = 'https://example.com/jobs/1'): Document {
  return new JSDOM(html, { url, contentType: 'text/html' }).window.document;
}

export function page(body: string, head = '', url?: string): Document {
  return parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url);
}

/** A JSON-LD script element; "</" is escaped as real serializers do, or it would end the script. */
export function jsonLd(value: unknown): string {
  const json = typeof value === 'string' ? value : JSON.stringify(value).replace(/<\//g, '<\\/');
  return `<script type="application/ld+json">${json}</script>`;
}
