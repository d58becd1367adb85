// The shared part of the sets' gt-*.mjs scripts: the description's visible text (blocks apart,
// whitespace collapsed, as ../shared/corpus/README.md describes), its first and last 80
// characters and its length, written to a manifest in the corpus format and checked.
// Each gt-*.mjs holds its pages' answers and calls writeManifest.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { JSDOM } = require('jsdom');

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'option', 'select', 'noscript'
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript']);

function collect(node, out) {
  if (node.nodeType === 3) { out.push(node.data); return; }
  if (node.nodeType !== 1) return;
  const tag = node.tagName.toLowerCase();
  if (SKIP.has(tag)) return;
  if (tag === 'br') { out.push(' '); return; }
  const block = BLOCK.has(tag);
  if (block) out.push(' ');
  for (const c of node.childNodes) collect(c, out);
  if (block) out.push(' ');
}

function descText(doc, selector) {
  const els = [...doc.querySelectorAll(selector)];
  if (!els.length) throw new Error('selector matched nothing: ' + selector);
  const out = [];
  for (const el of els) { out.push(' '); collect(el, out); out.push(' '); }
  return out.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Writes `name` (a manifest-<part>.jsonl) in `dir` from `pages` ({file, url, kind, title,
 * company, location, sel, notes}; `sel` selects the description, null on lists and error pages),
 * then checks that every file it names exists.
 */
export function writeManifest(dir, name, pages) {
  const lines = [];
  for (const p of pages) {
    const html = fs.readFileSync(path.join(dir, p.file), 'utf8');
    const rec = {
      file: p.file, url: p.url, kind: p.kind,
      gt_title: p.title, gt_company: p.company, gt_location: p.location,
      gt_desc_first80: null, gt_desc_last80: null, gt_desc_len_chars: null, gt_desc_selector: null,
      notes: p.notes
    };
    if (p.sel) {
      const doc = new JSDOM(html).window.document;
      const t = descText(doc, p.sel);
      rec.gt_desc_first80 = t.slice(0, 80);
      rec.gt_desc_last80 = t.slice(-80);
      rec.gt_desc_len_chars = t.length;
      rec.gt_desc_selector = p.sel;
    }
    lines.push(JSON.stringify(rec));
  }
  fs.writeFileSync(path.join(dir, name), lines.join('\n') + '\n');

  for (const l of fs.readFileSync(path.join(dir, name), 'utf8').trim().split('\n')) {
    const r = JSON.parse(l);
    if (!fs.existsSync(path.join(dir, r.file))) throw new Error('missing ' + r.file);
    console.log(r.kind.padEnd(14), String(r.gt_desc_len_chars).padStart(5), r.file);
  }
}
