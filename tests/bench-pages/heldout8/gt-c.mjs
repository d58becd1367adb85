// Computes gt_desc_* fields for the c-* pages and writes manifest-c.jsonl.
// Usage: node gt-c.mjs   (run from anywhere)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { JSDOM } = require('/work/main/node_modules/jsdom');

const DIR = path.dirname(fileURLToPath(import.meta.url));

const BLOCK = new Set(('address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer form ' +
  'h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul ' +
  'caption colgroup legend option select textarea iframe video audio canvas noscript markdown-accessiblity-table').split(' '));
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg']);

function collect(node, out) {
  if (node.nodeType === 3) { out.push(node.data); return; }
  if (node.nodeType !== 1) return;
  const tag = node.localName;
  if (SKIP.has(tag) || node.hasAttribute('hidden')) return;
  if (tag === 'br') { out.push(' '); return; }
  const block = BLOCK.has(tag);
  if (block) out.push(' ');
  for (const c of node.childNodes) collect(c, out);
  if (block) out.push(' ');
}

function descText(doc, selector) {
  const els = [...doc.querySelectorAll(selector)];
  if (!els.length) throw new Error('selector matched nothing: ' + selector);
  // drop elements nested inside another matched element (avoid double counting)
  const top = els.filter(e => !els.some(o => o !== e && o.contains(e)));
  const out = [];
  for (const e of top) { out.push(' '); collect(e, out); out.push(' '); }
  return out.join('').replace(/\s+/g, ' ').trim();
}

const PAGES = [
  {
    file: 'c-farm/farmhand.html',
    url: 'https://www.willowbendfarmstead.com/work-with-us.html',
    kind: 'single',
    gt_title: 'Seasonal Farmhand',
    gt_company: 'Willow Bend Farm',
    gt_location: 'Westby, WI',
    gt_desc_selector: '#wsite-content .wsite-section-elements > h2.wsite-content-title:not(:first-child), #wsite-content .wsite-section-elements > div.paragraph',
    notes: 'Weebly site; no labelled fields at all; pay only in prose ($17 an hour); place only in the footer "Find us" address block; description split over sibling div.paragraph blocks with an image caption and a Weebly application form in the same container.'
  },
  {
    file: 'c-pta/enrichment-coordinator.html',
    url: 'https://sites.google.com/view/hollisparkpta/paid-positions',
    kind: 'single',
    gt_title: 'After-School Enrichment Coordinator',
    gt_company: 'Hollis Park Elementary PTA',
    gt_location: 'Tacoma, WA',
    gt_desc_selector: '[id="h.5a8e1c07d3a4f6b2_31"] .tyJCtd, [id="h.5a8e1c07d3a4f6b2_55"] .tyJCtd',
    notes: 'New Google Sites markup: obfuscated class names, every paragraph wrapped in p.zfr3Q > span.C9DxTc, text split across several <section> blocks; page H1 is "Paid Positions" (the job title is an H2 further down); bold pseudo-labels (Hours:/Pay:/Where:) inside prose; the page says the employer is the PTA, not the school district.'
  },
  {
    file: 'c-carrd/index.html',
    url: 'https://tinderwell.io/',
    kind: 'single',
    gt_title: 'Founding Full-Stack Engineer',
    gt_company: 'Tinderwell',
    gt_location: 'Remote (European time zones)',
    gt_desc_selector: '#text03, #text04, #text05, #text06, #text07, #text08, #text09, #text10, #text11',
    notes: 'Carrd one-pager: flat list of #textNN elements, no semantic containers; company name appears only in the logo alt text, the copyright line ("Tinderwell Labs OÜ") and the domain; <title>/og tags carry no company; location (remote within Europe) only stated in prose; salary in EUR in prose.'
  },
  {
    file: 'c-mailchimp/campaign.html',
    url: 'https://us14.campaign-archive.com/?u=6a1f3e0c9b8d27f45e1a2c3d4&id=b27c9d04e1',
    kind: 'single',
    gt_title: 'Part-time Bookkeeper',
    gt_company: 'Fernside Food Co-op',
    gt_location: 'Bellingham, WA',
    gt_desc_selector: '#templateBody > table:nth-of-type(5) td.mcnTextContent',
    notes: 'Mailchimp campaign archive (newsletter): the job is one text block among unrelated news (member meeting, bulk aisle, deals); title only in prose ("we are looking for a part-time bookkeeper") under a heading "Help wanted upstairs"; place only in the Mailchimp footer mailing-address vcard; pay in prose; nested layout tables.'
  },
  {
    file: 'c-blogger/post.html',
    url: 'https://kestrelandfinch.blogspot.com/2025/03/were-hiring-junior-designer.html',
    kind: 'single',
    gt_title: 'Junior Designer',
    gt_company: 'Kestrel & Finch',
    gt_location: 'Glasgow',
    gt_desc_selector: '.post-body.entry-content',
    notes: 'Blogger (Simple theme) post: post title "We\'re hiring: Junior Designer"; body is loose text with <br> and <b> pseudo-headings rather than <p>; blog title differs from the company ("Studio Notes"); place and salary only in prose; body opens with an image caption line; comments thread and archive sidebar with other post titles.'
  },
  {
    file: 'c-shopify/careers.html',
    url: 'https://saltandtimber.co/pages/careers',
    kind: 'not-a-posting',
    gt_title: null, gt_company: null, gt_location: null,
    gt_desc_selector: null,
    notes: 'Shopify (Dawn) "Careers" page that says they are NOT hiring: has perks list, "getting in touch" and an email address, so it looks job-like but contains no opening.'
  },
  {
    file: 'c-dental/employment.html',
    url: 'http://www.lakesidefamilydental.net/employment.html',
    kind: 'single',
    gt_title: 'Registered Dental Hygienist',
    gt_company: 'Lakeside Family Dentistry',
    gt_location: 'Traverse City, MI',
    gt_desc_selector: 'td.main > p:not(:first-of-type):not(.small), td.main > h3, td.main > ul',
    notes: 'Hand-written table-layout HTML 4 site (Dreamweaver era): <title> is just "Employment Opportunities", H1 is "Join Our Team!", the title sits in a <font> tag; company only in the header-image alt text and copyright line; place only in the footer address line; no meta og/JSON-LD.'
  },
  {
    file: 'c-church/parish-administrator.html',
    url: 'https://stcolumbasvt.org/parish-administrator/',
    kind: 'single',
    gt_title: 'Parish Administrator (Part-Time)',
    gt_company: "St. Columba's Episcopal Church",
    gt_location: 'Burlington, VT',
    gt_desc_selector: 'article#post-1184 .entry-content',
    notes: 'WordPress page (Astra + Yoast): Yoast JSON-LD is WebPage/BreadcrumbList, not JobPosting; pay in prose ($22 to $25 an hour); city only in prose ("Burlington\'s Old North End") and the footer address; cookie banner.'
  },
  {
    file: 'c-brewery/join-the-team.html',
    url: 'https://www.ironfernbrewing.com/join-the-team',
    kind: 'list',
    gt_title: null, gt_company: null, gt_location: null,
    gt_desc_selector: null,
    notes: 'Squarespace 7.1 "Join the Team" page listing TWO equally weighted roles (Taproom Bartender and Cellar Technician) side by side, each with its own pay and requirements, plus one shared application form: no single dominant job, so it is a list.'
  },
  {
    file: 'c-library/library-assistant.html',
    url: 'https://www.harlowspringslibrary.org/jobs/library-assistant-ii-youth-services',
    kind: 'single',
    gt_title: 'Library Assistant II – Youth Services (Part-Time)',
    gt_company: 'Harlow Springs Public Library',
    gt_location: 'Harlow Springs, OR',
    gt_desc_selector: 'article.node--type-job-posting .field--name-body',
    notes: 'Drupal 10 node with labelled inline fields (Department, Location, Pay range, Posting #, Closing date) outside the body; a site-wide alert block above the header uses the same .field--name-body class; "Other openings" sidebar; apply link goes to an external portal; state (OR) only in the footer.'
  },
  {
    file: 'c-github/README.html',
    url: 'https://github.com/tessellate-db/jobs',
    kind: 'single',
    gt_title: 'Senior Rust Engineer, Storage Engine',
    gt_company: 'Tessellate',
    gt_location: 'Remote (UTC−5 to UTC+3)',
    gt_desc_selector: 'article.markdown-body > :not(:first-child)',
    notes: 'GitHub repo page (logged out) with rendered README as the posting: <title> is "GitHub - tessellate-db/jobs: ..." and og:site_name is GitHub; company only as org slug and prose; facts in a markdown table with an empty header row; heavy repo chrome (file table, commit messages, About sidebar).'
  },
  {
    file: 'c-linkedin/post.html',
    url: 'https://www.linkedin.com/posts/marta-okafor-data_hiring-dataengineering-rotterdam-activity-7302118845601936384-qK4e',
    kind: 'single',
    gt_title: 'Senior Data Engineer',
    gt_company: 'Harborline Analytics',
    gt_location: 'Rotterdam, Netherlands (hybrid)',
    gt_desc_selector: 'article[data-activity-urn="urn:li:activity:7302118845601936384"] p[data-test-id="main-feed-activity-card__commentary"]',
    notes: 'LinkedIn public post by a person (not a company page): title only in prose ("We\'re hiring a Senior Data Engineer at ..."), company only as an @mention link and in the poster headline; text is one pre-wrap <p> with newlines, arrows/bullets as characters and hashtags; SocialMediaPosting JSON-LD; "More Relevant Posts" include another hiring post with the same data-test-id.'
  },
];

const lines = [];
for (const p of PAGES) {
  const abs = path.join(DIR, p.file);
  if (!fs.existsSync(abs)) throw new Error('missing file ' + p.file);
  const rec = {
    file: p.file, url: p.url, kind: p.kind,
    gt_title: p.gt_title, gt_company: p.gt_company, gt_location: p.gt_location,
    gt_desc_first80: null, gt_desc_last80: null, gt_desc_len_chars: null,
    gt_desc_selector: p.gt_desc_selector, notes: p.notes,
  };
  if (p.kind === 'single') {
    const dom = new JSDOM(fs.readFileSync(abs, 'utf8'));
    const t = descText(dom.window.document, p.gt_desc_selector);
    rec.gt_desc_first80 = t.slice(0, 80);
    rec.gt_desc_last80 = t.slice(-80);
    rec.gt_desc_len_chars = t.length;
    if (process.argv.includes('-v')) console.error('\n== ' + p.file + ' (' + t.length + ')\n' + t);
  }
  lines.push(JSON.stringify(rec));
}
const outPath = path.join(DIR, 'manifest-c.jsonl');
fs.writeFileSync(outPath, lines.join('\n') + '\n');

// validate
for (const l of fs.readFileSync(outPath, 'utf8').trim().split('\n')) {
  const o = JSON.parse(l);
  if (!fs.existsSync(path.join(DIR, o.file))) throw new Error('missing ' + o.file);
  if (o.kind !== 'single' && (o.gt_title || o.gt_company || o.gt_location || o.gt_desc_len_chars)) throw new Error('non-single with gt: ' + o.file);
}
console.log('wrote', outPath, lines.length, 'lines; all valid');
