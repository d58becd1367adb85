// Computes ground-truth description fields for the c-* pages and writes manifest-c.jsonl.
// Usage: node gt-c.mjs   (run from anywhere)
// The c-* pages are hand-written fixtures in the markup each platform is known to produce
// (WordPress + WP Job Manager, Joomla, HubSpot CMS, Wix, Webflow, Google Forms, Facebook,
// Craigslist, a Drupal university site). Every employer, person, place detail and all prose is invented.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { JSDOM } = require('/work/main/node_modules/jsdom');

const DIR = path.dirname(fileURLToPath(import.meta.url));

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

// `drop` (optional): elements inside the description that the site's CSS hides on screen
// (e.g. Craigslist's print-only QR-code box); they are removed before the text is taken.
function descText(doc, selector, drop) {
  const els = [...doc.querySelectorAll(selector)];
  if (!els.length) throw new Error('selector matched nothing: ' + selector);
  if (drop) {
    const gone = [...doc.querySelectorAll(drop)];
    if (!gone.length) throw new Error('drop selector matched nothing: ' + drop);
    for (const g of gone) g.remove();
  }
  const out = [];
  for (const el of els) { out.push(' '); collect(el, out); out.push(' '); }
  return out.join('').replace(/\s+/g, ' ').trim();
}

const PAGES = [
  {
    file: 'c-wpjm/produce-department-lead.html',
    url: 'https://hollowcreek.coop/job/produce-department-lead/',
    kind: 'single',
    title: 'Produce Department Lead', company: 'Hollow Creek Food Co-op', location: 'Traverse City, MI',
    sel: '.single_job_listing .job_description',
    notes: 'WordPress (Kadence theme) + WP Job Manager single listing, rendered DOM. The h1 is the theme hero slogan "Work at the Co-op"; the job title is an h2.entry-title under it. WPJM meta list gives type, location link, "Posted 4 weeks ago" and a salary chip; company card with logo and tagline. Description holds an equal-opportunity banner div in the middle. Sidebar "Recent Jobs" widget lists two other co-op jobs and a partner-farm job with another employer (Cedar Run Organics, Elmwood Township, MI). WPJM JSON-LD agrees with the page except location spelled "Traverse City, Michigan"; Yoast graph names the organisation "Hollow Creek Food Cooperative". Complianz cookie banner. Hand-written from recalled WPJM/Kadence markup; names invented.'
  },
  {
    file: 'c-wpjm/careers.html',
    url: 'https://hollowcreek.coop/careers/',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Careers index of the same WordPress co-op site: WPJM [jobs] shortcode with search fields, job-type checkboxes and only TWO listings (Produce Department Lead, Front End Cashier), each with company, tagline and location. Above it a long "Work where you shop" intro and a "What we offer" benefits list that read like a posting body. Not a single posting.'
  },
  {
    file: 'c-joomla/nabor-podinspektor-odpady.html',
    url: 'https://www.stareolszyny.pl/index.php/ogloszenia/1187-nabor-na-wolne-stanowisko-urzednicze-podinspektor-ds-gospodarki-odpadami-komunalnymi',
    kind: 'single',
    title: 'Podinspektor ds. gospodarki odpadami komunalnymi', company: 'Urząd Gminy Stare Olszyny', location: 'Stare Olszyny',
    sel: '[itemprop="articleBody"]',
    notes: 'Polish municipal office recruitment notice ("nabór na wolne stanowisko urzędnicze") on a Joomla 3 site: schema.org Article microdata, headline is an h2 "Nabór na wolne stanowisko urzędnicze – podinspektor ds. …" (the role is only the part after the dash; the exact role is a bold centred line in the body). No h1; site name "Gmina Stare Olszyny" is a div next to the coat of arms. Employer (Urząd Gminy) named in the body and footer; place only in the body address line and footer. Numbered legal sections (wymagania niezbędne/dodatkowe, zakres zadań, wskaźnik zatrudnienia, wymagane dokumenty, termin). Attachments table (com_attachments), WCAG toolbar, sidebar of other notices including another nabór and a "wynik naboru". No JSON-LD. Hand-written; gmina, people and address invented.'
  },
  {
    file: 'c-hubspot/major-gifts-officer-filled.html',
    url: 'https://foundation.mercyridgehealth.org/careers/major-gifts-officer',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Hospital foundation careers page on HubSpot CMS for a FILLED role: the h2 still shows "Major Gifts Officer" with team, "Full-time · Hybrid · Posted September 8, 2025", then a status box "This position has been filled. Applications closed on October 15, 2025" and a short note that no other Foundation jobs are open. The head still carries a stale JobPosting JSON-LD with title, salary, address and a full description (validThrough in the past). Hero h1 slogan, job-alert HubSpot form, generic "Why people love working here" cards and story teasers. Expired page: not a posting.'
  },
  {
    file: 'c-wix/boulanger-boulangere.html',
    url: 'https://www.maisonferrandel.fr/recrutement',
    kind: 'single',
    title: 'Boulanger / Boulangère (H/F)', company: 'Maison Ferrandel', location: 'Angers',
    sel: '#comp-m3ujzde8, #comp-m3gxd6nc, #comp-m3f10epf, #comp-m391dhod, #comp-m3zdoc9i',
    notes: 'French bakery "Recrutement" page built with Wix (rendered DOM): h1 is the slogan "Rejoignez notre fournil", the role is an h2 rich-text element; facts line (CDI, 39 h, nuit, prise de poste) separate from the body. Description is five separate richTextElement blocks (La maison / Vos missions / Votre profil / Ce que nous proposons / Pour postuler) with an image gallery between the first two. Employer only in the logo alt, og:site_name, title and footer copyright; the town only in the footer address block and a LocalBusiness JSON-LD (no JobPosting). Wix application form and a second "vendeur·se en extra" teaser after it are not part of the description. Hand-written; bakery and address invented.'
  },
  {
    file: 'c-webflow/junior-interaction-designer.html',
    url: 'https://www.studiovlier.nl/vacatures/junior-interaction-designer',
    kind: 'single',
    title: 'Junior Interaction Designer', company: 'Studio Vlier', location: 'Utrecht',
    sel: '.vacature-content',
    notes: 'Dutch design studio vacancy as a Webflow CMS item: the h1 is a sentence ("Wij zoeken een junior interaction designer die van puzzels houdt"); the plain role appears only in the <title>, breadcrumb and the sticky apply card. Location only in an unlabelled meta row (Utrecht · 32 – 40 uur · Hybride · salary). Description = two w-richtext blocks with a CMS perks grid ("Wat wij bieden") between them. Employer only in logo alt, <title> and footer. Custom-code JSON-LD disagrees with the page: title "Interaction Designer (junior/medior)", company "Studio Vlier B.V.". "Andere vacatures" list and Finsweet cookie banner. Hand-written; studio and people invented.'
  },
  {
    file: 'c-gforms/cameriere-di-sala-rifugio.html',
    url: 'https://docs.google.com/forms/d/e/1FAIpQLSe7kV2rQm3nZt9bW4yXc8uHd1LfGj6oP0aTsE5vRi-NqB2cA/viewform',
    kind: 'single',
    title: 'Cameriere/a di sala', company: 'Rifugio Pian dei Larici', location: 'Falcade',
    sel: '.N0gd6 .cBGGJ',
    notes: 'Italian Google Forms application form for a mountain hut: the form heading (div role=heading, no h1) is "Lavora con noi – Estate 2026"; the role is an all-caps bold line inside the form description, the employer and place only in its first sentence ("Il Rifugio … sopra Falcade, nelle Dolomiti bellunesi"). The description is one block of plain text with <br> line breaks and • bullets. Below it the sign-in notice and ten questions (radio, checkbox, file upload) that are not description; FB_PUBLIC_LOAD_DATA_ script repeats the text. Hand-written from recalled Google Forms markup; rifugio and people invented.'
  },
  {
    file: 'c-facebook/line-cook-post.html',
    url: 'https://www.facebook.com/rosiesdinerbend/posts/pfbid02kT7cXwQ9vLm3RbNz8hYp1sJf4uDa6GeWq2oKc5tVn7iHyBxMrZLd3Ug1l',
    kind: 'single',
    title: 'Line Cook', company: "Rosie's Diner", location: 'Bend, OR',
    sel: '[data-ad-preview="message"]',
    notes: 'Facebook page post seen logged out (rendered DOM, atomic class names, login bar): a "NOW HIRING" post whose role is written in caps inside prose ("an experienced LINE COOK"); employer only as the post author h2 and og:title; location only in a pin-emoji line at the end of the text. Emoji are <img alt> so they drop out of the visible text. Photo alt text, reaction counts, five comments (including replies by the page) and "See more from …" login prompt are not description. JSON script blobs repeat the text. Hand-written; diner and commenters invented.'
  },
  {
    file: 'c-craigslist/landscape-crew-leader-nampa.html',
    url: 'https://boise.craigslist.org/trd/d/nampa-landscape-crew-leader-22-26-hr/7796412305.html',
    kind: 'single',
    title: 'Landscape Crew Leader', company: 'Sagebrush Yard & Garden', location: 'Nampa',
    sel: '#postingbody', drop: '#postingbody .print-information',
    notes: 'Craigslist job classified: the posting title mixes role and pay ("Landscape Crew Leader - $22-26/hr DOE") with "(Nampa)" after it; attribute group gives compensation, employment type and a shorter "job title: Crew Leader". Employer named only in the first sentence of the body. Body is bare text with <br> and "-" bullets plus a "show contact info" link; the print-only "QR Code Link to This Post" box inside #postingbody is hidden on screen and excluded. JSON-LD (ld_posting_data) names the company "Sagebrush Yard and Garden" and keeps the pay in the title. Hand-written; business invented.'
  },
  {
    file: 'c-university/research-technician-news.html',
    url: 'https://www.aldermoor.ac.uk/civil-engineering/news/2025/11/were-hiring-research-technician',
    kind: 'single',
    title: 'Research Technician (Hydraulics Laboratory)', company: 'Aldermoor University', location: 'Preston',
    sel: '.node--type-news .field--name-body',
    notes: 'University school news post (Drupal 10) announcing a vacancy: h1 is a news headline ("We\'re hiring: join our lab team as a Research Technician"); the exact role is a bold "Job title:" line inside the body; the department (School of Civil Engineering and Built Environment) is the sub-site header while the employer is the university (logo alt, og:site_name, footer). The body only says "Kingsway Campus"; the town is in the footer address. NewsArticle JSON-LD, no JobPosting. Related news, media contact, events and share links around it. Hand-written; university and people invented.'
  }
];

const lines = [];
for (const p of PAGES) {
  const abs = path.join(DIR, p.file);
  const html = fs.readFileSync(abs, 'utf8');
  const rec = {
    file: p.file, url: p.url, kind: p.kind,
    gt_title: p.title, gt_company: p.company, gt_location: p.location,
    gt_desc_first80: null, gt_desc_last80: null, gt_desc_len_chars: null, gt_desc_selector: null,
    notes: p.notes
  };
  if (p.sel) {
    const doc = new JSDOM(html).window.document;
    const t = descText(doc, p.sel, p.drop);
    rec.gt_desc_first80 = t.slice(0, 80);
    rec.gt_desc_last80 = t.slice(-80);
    rec.gt_desc_len_chars = t.length;
    rec.gt_desc_selector = p.sel;
  }
  lines.push(JSON.stringify(rec));
}
fs.writeFileSync(path.join(DIR, 'manifest-c.jsonl'), lines.join('\n') + '\n');

// validate
for (const l of fs.readFileSync(path.join(DIR, 'manifest-c.jsonl'), 'utf8').trim().split('\n')) {
  const r = JSON.parse(l);
  if (!fs.existsSync(path.join(DIR, r.file))) throw new Error('missing ' + r.file);
  console.log(r.kind.padEnd(14), String(r.gt_desc_len_chars).padStart(5), r.file);
}
