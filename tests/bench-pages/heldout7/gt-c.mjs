// Computes gt_desc_* for the c-* pages and writes manifest-c.jsonl.
// Usage: node gt-c.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from '/work/main/node_modules/jsdom/lib/api.js';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const BLOCK = new Set(['ADDRESS','ARTICLE','ASIDE','BLOCKQUOTE','DETAILS','DIALOG','DD','DIV','DL','DT',
  'FIELDSET','FIGCAPTION','FIGURE','FOOTER','FORM','H1','H2','H3','H4','H5','H6','HEADER','HGROUP','HR',
  'LI','MAIN','NAV','OL','P','PRE','SECTION','TABLE','UL','TR','TD','TH','TBODY','THEAD','TFOOT',
  'CAPTION','SUMMARY','CENTER','BR','OPTION','LEGEND']);
const SKIP = new Set(['SCRIPT','STYLE','NOSCRIPT','TEMPLATE','HEAD','TITLE']);

function collect(node, out) {
  if (node.nodeType === 3) { out.push(node.nodeValue); return; }
  if (node.nodeType !== 1) return;
  const tag = node.tagName.toUpperCase();
  if (SKIP.has(tag)) return;
  if (node.hasAttribute('hidden')) return;
  const st = (node.getAttribute('style') || '').replace(/\s+/g, '');
  if (/display:none/i.test(st)) return;
  const block = BLOCK.has(tag);
  if (block) out.push(' ');
  for (const c of node.childNodes) collect(c, out);
  if (block) out.push(' ');
}

function descText(html, selector) {
  const dom = new JSDOM(html);
  const els = [...dom.window.document.querySelectorAll(selector)];
  if (!els.length) throw new Error('selector matched nothing: ' + selector);
  const out = [];
  for (const el of els) { out.push(' '); collect(el, out); out.push(' '); }
  return out.join('').replace(/\s+/g, ' ').trim();
}

const pages = [
  {
    file: 'c-substack/slow-ledger-research-editor.html',
    url: 'https://theslowledger.substack.com/p/were-hiring-a-research-editor',
    kind: 'single',
    gt_title: 'Research Editor',
    gt_company: 'The Slow Ledger',
    gt_location: 'Leeds',
    gt_desc_selector: 'div.available-content > div.body.markup > :not(.subscription-widget-wrap-editor)',
    notes: 'Substack newsletter post announcing one opening; post title ("We\'re hiring a research editor") is not the job title; employer is the publication (legal name only in "© 2026 Slow Ledger Media Ltd" footer); Leeds only in prose/subtitle (hybrid, "commuting distance"); pay in prose (£34k pro rata = £20,400 for 3 days); subscribe widget embedded mid-body; author comments below add extra facts (Scotland OK).',
  },
  {
    file: 'c-gdocs/jd-field-operations-lead.html',
    url: 'https://docs.google.com/document/d/e/2PACX-1vTq8mZ4rK0yWcF3nHd2pLx7bV9eJ1sQaU6oR5tG8hY0kN3wC2fD7iM4vE1zXbP9lAj/pub',
    kind: 'single',
    gt_title: 'Field Operations Lead',
    gt_company: 'Hanwell Fen Growers Co-operative',
    gt_location: 'Ely; Wisbech',
    gt_desc_selector: '#contents > .doc-content > :not(.title):not(.subtitle)',
    notes: 'Published Google Doc: no site chrome, <title> is a file name ("JD - Field Operations Lead - Nov 2026"), obfuscated c1..c19 classes, facts in an author-made table (included in description), employer only in a logo image (empty alt) and the small-print last line; two alternative bases (Ely or Wisbech) plus travel across the Fens.',
  },
  {
    file: 'c-reddit/forhire-shopify-liquid-dev.html',
    url: 'https://old.reddit.com/r/forhire/comments/1h8kq2z/hiring_shopify_liquid_developer_to_rebuild_our/',
    kind: 'single',
    gt_title: 'Shopify (Liquid) developer',
    gt_company: null,
    gt_location: 'Remote',
    gt_desc_selector: '#thing_t3_1h8kq2z .expando .usertext-body > .md',
    notes: 'old.reddit r/forhire [Hiring] self post; title is a long sentence with tag, rate and hours; employer deliberately unnamed (poster refuses to name the shop); remote with US Eastern overlap; hourly rate in prose; sidebar rules and comments (AutoModerator, a [For Hire] reply mentioning Lisbon and $50/hr) are noise.',
  },
  {
    file: 'c-university/es1147-isotope-technician.html',
    url: 'https://www.haldane.ac.uk/earthsci/vacancies/vacancy.php?ref=ES1147',
    kind: 'single',
    gt_title: 'Laboratory Technician (Stable Isotopes)',
    gt_company: 'Haldane University',
    gt_location: 'Dundee',
    gt_desc_selector: 'td.maintext > div.vacancy_text',
    notes: 'Old (2009-style) university department CMS: XHTML transitional, nested layout tables, spacer gifs, image nav, Dublin Core meta, ga.js; facts in a separate label table (excluded); city only in prose ("Riverside campus in Dundee") and footer address; employer only in crest alt, breadcrumb and footer.',
  },
  {
    file: 'c-assoc/jobdetail-2291.html',
    url: 'http://www.ghap.org.uk/jobs/jobdetail.asp?id=2291',
    kind: 'single',
    gt_title: 'Archives Assistant (Fixed Term, 18 months)',
    gt_company: 'Ribblesdale Heritage Trust',
    gt_location: 'Settle & Skipton, North Yorkshire',
    gt_desc_selector: '#tblJob > tbody > tr:nth-child(10) > td:nth-child(2)',
    notes: 'Professional association job board of the 2000s (classic ASP): one big table of bold label cells with <font> tags, description is just another value cell with <br>-separated pseudo-lists; board name (GHAP) dominates header/footer while the employer is the Trust; two sites; "Latest vacancies" sidebar lists other employers; member login form.',
  },
  {
    file: 'c-restaurant/work-with-us.html',
    url: 'https://www.juniperandsalt.com/work-with-us',
    kind: 'single',
    gt_title: 'Line Cook',
    gt_company: 'Juniper & Salt',
    gt_location: 'Bend, OR',
    gt_desc_selector: '#block-yui_3_17_2_1_1729282190114_5127 .sqs-html-content > :not(h2), #block-yui_3_17_2_1_1729282190114_8842 .sqs-html-content',
    notes: 'Squarespace 7.1 restaurant "We\'re hiring" page: H1 is generic, job split across two html blocks with an image block between; employer only in logo alt, site title and copyright; city only in prose ("Bend\'s west side") and footer address; hourly pay and tip share in prose; a "Front of house? not hiring" block and newsletter form follow.',
  },
  {
    file: 'c-nonprofit/jobs-food-programme-coordinator.html',
    url: 'https://irwellcommunitylarder.org.uk/get-involved/jobs/#food-programme-coordinator',
    kind: 'single',
    gt_title: 'Community Food Programme Coordinator',
    gt_company: 'Irwell Community Larder',
    gt_location: 'Salford',
    gt_desc_selector: '#food-programme-coordinator > :not(summary)',
    notes: 'WordPress (Kadence + Yoast) charity page listing several roles in <details> blocks; the URL fragment selects the one open role, others are collapsed (a volunteer role, a trustee role, a closed role); page H1 is "Jobs & volunteering", the job title is only in the <summary>; pay in prose with FTE vs actual; hub in Salford with sessions in Eccles, Swinton, Little Hulton.',
  },
  {
    file: 'c-medium/how-we-hire-engineers.html',
    url: 'https://medium.com/tallowmere-engineering/how-we-hire-engineers-now-and-why-we-dropped-the-take-home-3b9f0c2e7a41',
    kind: 'not-a-posting',
    gt_title: null, gt_company: null, gt_location: null,
    gt_desc_selector: null,
    notes: 'Medium company-blog post about the hiring process: full of job words (salary band, interview stages, Lisbon/Porto, remote EU, link to careers page, "We\'re hiring" nav) but no single role; NewsArticle JSON-LD.',
  },
];

const lines = [];
for (const p of pages) {
  const abs = path.join(DIR, p.file);
  if (!fs.existsSync(abs)) throw new Error('missing ' + p.file);
  const row = { file: p.file, url: p.url, kind: p.kind,
    gt_title: p.gt_title, gt_company: p.gt_company, gt_location: p.gt_location,
    gt_desc_first80: null, gt_desc_last80: null, gt_desc_len_chars: null,
    gt_desc_selector: p.gt_desc_selector, notes: p.notes };
  if (p.kind === 'single') {
    const t = descText(fs.readFileSync(abs, 'utf8'), p.gt_desc_selector);
    row.gt_desc_first80 = t.slice(0, 80);
    row.gt_desc_last80 = t.slice(-80);
    row.gt_desc_len_chars = t.length;
  }
  lines.push(JSON.stringify(row));
}
fs.writeFileSync(path.join(DIR, 'manifest-c.jsonl'), lines.join('\n') + '\n');
// validate
for (const l of fs.readFileSync(path.join(DIR, 'manifest-c.jsonl'), 'utf8').trim().split('\n')) {
  const o = JSON.parse(l);
  if (!fs.existsSync(path.join(DIR, o.file))) throw new Error('missing ' + o.file);
  console.log(o.kind.padEnd(14), String(o.gt_desc_len_chars).padStart(5), o.file);
}
