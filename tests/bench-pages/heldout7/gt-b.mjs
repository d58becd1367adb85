// Computes the ground-truth description fields for the b-* pages and writes manifest-b.jsonl.
// Usage: node gt-b.mjs   (run from any directory)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { JSDOM } = require('/work/main/node_modules/jsdom');
const here = dirname(fileURLToPath(import.meta.url));

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function collect(node, out) {
  if (node.nodeType === 3) { out.push(node.nodeValue); return; }
  if (node.nodeType !== 1) return;
  const tag = node.tagName.toUpperCase();
  if (SKIP.has(tag)) return;
  const block = BLOCK.has(tag);
  if (block) out.push(' ');
  for (const c of node.childNodes) collect(c, out);
  if (block) out.push(' ');
}

function descText(html, selector) {
  const dom = new JSDOM(html);
  const els = [...dom.window.document.querySelectorAll(selector)];
  if (!els.length) throw new Error(`selector matched nothing: ${selector}`);
  const out = [];
  for (const el of els) { out.push(' '); collect(el, out); out.push(' '); }
  return out.join('').replace(/\s+/g, ' ').trim();
}

const PAGES = [
  {
    file: 'b-varbi/ljungsasa-enhetschef-hemtjanst.html',
    url: 'https://ljungsasa.varbi.com/se/what:job/jobID:971452/',
    kind: 'single',
    gt_title: 'Enhetschef till hemtjänsten Västra Tuna',
    gt_company: 'Ljungsåsa kommun',
    gt_location: 'Ljungsåsa',
    gt_desc_selector: '.job-desc',
    notes: 'Swedish Varbi municipal ad; employer only in logo alt, <title> and footer (page header shows the department "Vård- och omsorgsförvaltningen"); facts in table.quick-info (Referensnummer, Sista ansökningsdag, Ort/Län) incl. contact and union rows; cookie banner, language switch, "Fler lediga jobb" sidebar; no JSON-LD.',
  },
  {
    file: 'b-jobylon/fjallgren-supply-planner.html',
    url: 'https://emp.jobylon.com/jobs/284913-fjallgren-outdoor-supply-planner/',
    kind: 'single',
    gt_title: 'Supply Planner',
    gt_company: 'Fjällgren Outdoor AB',
    gt_location: 'Göteborg, Borås',
    gt_desc_selector: '.jbl-job-description',
    notes: 'Jobylon page in English for a Swedish employer; two locations visible (Göteborg, Borås) but JSON-LD jobLocation has only Göteborg and its description is truncated with "..."; facts sidebar with Last application date, contact card, "More jobs at this company"; language dropdown and cookie bar.',
  },
  {
    file: 'b-emply/kroghsted-projektleder-ledningsfornyelse.html',
    url: 'https://kroghsted.career.emply.com/ad/projektleder-til-ledningsfornyelse/q7r2mk/da',
    kind: 'single',
    gt_title: 'Projektleder til ledningsfornyelse – vand og spildevand',
    gt_company: 'Kroghsted Forsyning A/S',
    gt_location: 'Vejle',
    gt_desc_selector: '.csa_jobadText',
    notes: 'Danish Emply career site; employer only in logo alt, <title> ("Kroghsted Forsyning" without A/S) and footer; workplace given as street address "Havnevej 12, 7100 Vejle" in the facts list, body mentions optional day in Fredericia; Jobnummer and Ansøgningsfrist in facts; full-screen cookie overlay; DA/EN switch; <title> shorter than h1.',
  },
  {
    file: 'b-hrmanager/vestlandsrekruttering-driftsleder-eiendom.html',
    url: 'https://candidate.hr-manager.net/ApplicationInit.aspx?cid=4117&ProjectId=152208&DepartmentId=21944&MediaId=5',
    kind: 'single',
    gt_title: 'Driftsleder eiendom',
    gt_company: 'Vestlandsrekruttering AS',
    gt_location: 'Bergen',
    gt_desc_selector: '#AdvertisementContent .ad-text',
    notes: 'Norwegian HR-Manager ASP.NET page (form/viewstate wrapper, hidden browser warning); posted by a recruitment agency for an unnamed client, so company = agency; #AdvertisementContent also holds the banner, h1, an "on behalf of client" subtitle and a facts table (Søknadsfrist, Referansenr.) that are not description; cookie bar, NO/EN switch, job-agent teaser.',
  },
  {
    file: 'b-dvinci/brandtner-sachbearbeiter-lohn.html',
    url: 'https://brandtner-logistik.dvinci-hr.com/de/jobs/1287/sachbearbeiter-lohn-und-gehaltsabrechnung-mwd',
    kind: 'single',
    gt_title: 'Sachbearbeiter Lohn- und Gehaltsabrechnung (m/w/d)',
    gt_company: 'Brandtner Logistik GmbH & Co. KG',
    gt_location: 'Kassel, Göttingen',
    gt_desc_selector: '.dv-job-section',
    notes: 'German d.vinci page; description split over five sibling <section>s (no single wrapper); two locations visible but JSON-LD jobLocation only Kassel and its description is just the intro paragraph; logo alt/title say "Brandtner Logistik", legal name only in footer and JSON-LD; facts box with Kennziffer, Bewerbungsschluss, salary; contact and similar-jobs boxes; cookie banner, DE/EN switch.',
  },
  {
    file: 'b-umantis/wyss-polymechaniker-montage.html',
    url: 'https://recruitingapp-2841.umantis.com/Vacancies/417/Description/1',
    kind: 'single',
    gt_title: 'Polymechaniker/in EFZ Montage Sondermaschinen 80–100 %',
    gt_company: 'Wyss Präzisionstechnik AG',
    gt_location: 'Sursee',
    gt_desc_selector: '.JobAdContent',
    notes: 'Swiss-German Abacus Umantis page with table layout; JSON-LD jobLocation says Luzern (head-office address) while the page shows Arbeitsort Sursee, and JSON-LD employmentType FULL_TIME vs visible 80–100 %; employer only in logo alt, <title>, footer and JSON-LD; title repeated in bold inside the ad body; language links Deutsch/Français/English; cookie banner.',
  },
  {
    file: 'b-factorial/almenara-careers-index.html',
    url: 'https://almenara.factorialhr.com/',
    kind: 'list',
    gt_title: null,
    gt_company: null,
    gt_location: null,
    gt_desc_selector: null,
    notes: 'Spanish Factorial careers index: 9 postings grouped by office (Madrid, Valencia, Dénia, Remoto) with filters and a spontaneous-application box; must not be read as one posting.',
  },
  {
    file: 'b-hireology/ridgeway-service-advisor.html',
    url: 'https://careers.hireology.com/ridgewayautogroup/1183452/description',
    kind: 'single',
    gt_title: 'Automotive Service Advisor',
    gt_company: 'Ridgeway Auto Group',
    gt_location: 'Bellmont, OH',
    gt_desc_selector: '.careers-description__container',
    notes: 'US Hireology SPA (rendered DOM, startingData script); employer named only in logo alt, <title> and footer copyright; hourly pay range in header meta and again in the body with commission; Description/Apply tabs; "Other Open Positions" list with other Ohio towns; no JSON-LD, no cookie banner.',
  },
];

const lines = [];
for (const p of PAGES) {
  const path = join(here, p.file);
  if (!existsSync(path)) throw new Error(`missing file ${p.file}`);
  const rec = {
    file: p.file, url: p.url, kind: p.kind,
    gt_title: p.gt_title, gt_company: p.gt_company, gt_location: p.gt_location,
    gt_desc_first80: null, gt_desc_last80: null, gt_desc_len_chars: null,
    gt_desc_selector: p.gt_desc_selector, notes: p.notes,
  };
  if (p.kind === 'single') {
    const text = descText(readFileSync(path, 'utf8'), p.gt_desc_selector);
    rec.gt_desc_first80 = text.slice(0, 80);
    rec.gt_desc_last80 = text.slice(-80);
    rec.gt_desc_len_chars = text.length;
  }
  lines.push(JSON.stringify(rec));
}
writeFileSync(join(here, 'manifest-b.jsonl'), lines.join('\n') + '\n');

// validate
for (const l of readFileSync(join(here, 'manifest-b.jsonl'), 'utf8').trim().split('\n')) {
  const o = JSON.parse(l);
  if (!existsSync(join(here, o.file))) throw new Error(`missing ${o.file}`);
  console.log(o.kind.padEnd(7), String(o.gt_desc_len_chars).padStart(5), o.file);
}
