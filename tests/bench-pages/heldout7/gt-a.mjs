// Computes gt_desc_* fields for the a-* pages and writes manifest-a.jsonl.
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
const require = createRequire(import.meta.url);
const { JSDOM } = require('/work/main/node_modules/jsdom');
const DIR = path.dirname(fileURLToPath(import.meta.url));

const BLOCK = new Set(['ADDRESS','ARTICLE','ASIDE','BLOCKQUOTE','DETAILS','DIALOG','DD','DIV','DL','DT','FIELDSET',
  'FIGCAPTION','FIGURE','FOOTER','FORM','H1','H2','H3','H4','H5','H6','HEADER','HGROUP','HR','LI','MAIN','NAV','OL',
  'P','PRE','SECTION','TABLE','TBODY','THEAD','TFOOT','TR','TD','TH','UL','SUMMARY','BR','CAPTION']);
const SKIP = new Set(['SCRIPT','STYLE','NOSCRIPT','TEMPLATE']);

function collect(node, out) {
  if (node.nodeType === 3) { out.push(node.nodeValue); return; }
  if (node.nodeType !== 1) return;
  if (SKIP.has(node.tagName) || node.hasAttribute('hidden')) return;
  const block = BLOCK.has(node.tagName);
  if (block) out.push(' ');
  for (const c of node.childNodes) collect(c, out);
  if (block) out.push(' ');
}

const pages = [
  { file: 'a-hellowork/charge-affaires-cvc-villeurbanne.html',
    url: 'https://www.hellowork.com/fr-fr/emplois/61843527.html', kind: 'single',
    gt_title: "Chargé d'Affaires CVC H/F", gt_company: 'Thermaclim Rhône', gt_location: 'Villeurbanne - 69',
    gt_desc_selector: '#offer-details section[data-controller="truncate-text"] > [data-truncate-text-target="content"]',
    notes: 'French. h1 holds both the title span and the company link. Description split over two sections ("Les missions du poste", "Le profil recherché"); headings and "Voir moins" toggles excluded. A "Détails du poste" criteria box repeats salary/benefits. JSON-LD disagrees with the page: title "(H/F)" form, company is the legal name THERMACLIM RHONE SAS, locality Lyon 69000 instead of Villeurbanne, and its description is cut short. Didomi cookie banner, apply form, similar-offers cards with h3s.' },
  { file: 'a-jobscz/operator-cnc-plzen-agentura.html',
    url: 'https://www.jobs.cz/rpd/2001847316/', kind: 'single',
    gt_title: 'Operátor/ka CNC strojů – třísměnný provoz', gt_company: 'Varnex Personal s.r.o.', gt_location: 'Plzeň – Skvrňany',
    gt_desc_selector: 'div[data-jobad="body"]',
    notes: 'Czech. Staffing agency posts for an unnamed client (hydraulics maker), so company = agency. No JSON-LD. Facts are IconWithText items with visually hidden labels (Společnost, Pracoviště, Mzda...); salary uses nbsp, a zero-width joiner and a fraction slash. Benefits list, "Informace o pozici" dl and contact-person block come after the body; the "Pracovní nabídka" label sits just above it. Similar jobs use h2 titles inside articles.' },
  { file: 'a-bumeran/vendedor-salon-confidencial.html',
    url: 'https://www.bumeran.com.ar/empleos/vendedor-a-de-salon-corralon-y-materiales-confidencial-1117382045.html', kind: 'single',
    gt_title: 'Vendedor/a de Salón - Corralón y Materiales', gt_company: null, gt_location: 'Lomas de Zamora, Buenos Aires',
    gt_desc_selector: '#aviso-descripcion',
    notes: 'Spanish (Argentina). Confidential employer ("Confidencial" shown where the company goes), so gt_company is null. Rendered React DOM with styled-components hash classes only; facts are h3s next to icon fonts. Bullets are "•" characters separated by <br>, no real lists. No salary (only "según convenio" in text). A "Requisitos excluyentes" box after the body repeats requirements. Window __PRELOADED_STATE__ has partial data; no JSON-LD.' },
  { file: 'a-workua/menedzher-prodazhu-b2b-kyiv.html',
    url: 'https://www.work.ua/jobs/6284517/', kind: 'single',
    gt_title: 'Менеджер з продажу B2B (логістичні послуги)', gt_company: 'Транзит Логістик Груп', gt_location: 'Київ, вул. Кирилівська, 41',
    gt_desc_selector: '#job-description',
    notes: 'Ukrainian. Facts are li[title] items (Зарплата, Дані про компанію, Адреса роботи, Умови й вимоги) with glyph icons; company line also has industry/size text. JSON-LD disagrees: shorter title, legal company name in caps, salary only 35000 (page shows 35 000 – 50 000 грн), datePosted 19 Nov vs visible 26 Nov, description truncated to first sentence. "Гаряча" label, skills tags, two apply buttons, similar jobs use h2 in the sidebar.' },
  { file: 'a-remotive/senior-data-engineer-fernbrook.html',
    url: 'https://remotive.com/remote-jobs/data/senior-data-engineer-platform-1987432', kind: 'single',
    gt_title: 'Senior Data Engineer, Platform', gt_company: 'Fernbrook', gt_location: 'Remote (USA, Canada)',
    gt_desc_selector: '.job-description',
    notes: 'English, fully remote with country restriction shown as flag emoji pills ("Location: USA, Canada"). JSON-LD disagrees: title "Sr. Data Engineer", company "Fernbrook Analytics", applicantLocationRequirements only USA, short description. Section headings are bold paragraphs. Sidebar repeats "About Fernbrook" and lists similar jobs; promo banner above content.' },
  { file: 'a-jobat/magazijnmedewerker-reachtruck-interim.html',
    url: 'https://www.jobat.be/nl/jobs/magazijnmedewerker-reachtruck-m-v-x/3418275', kind: 'single',
    gt_title: 'Magazijnmedewerker reachtruck (m/v/x)', gt_company: 'Tempora Interim', gt_location: 'Wilrijk, Boom, Willebroek',
    gt_desc_selector: '#jobDescription',
    notes: 'Dutch (Belgium). Interim agency posting for an unnamed client, three locations in one field. Facts box (dl: Contract, Regime, Werkuren, Loon, Ervaring, Opleiding, Referentie) sits before the description; hourly pay in euro with comma decimals. No JSON-LD. Agency "Over Tempora Interim" block with address after the body; similar jobs in sidebar.' },
  { file: 'a-jobberman/accounting-finance-jobs-lagos.html',
    url: 'https://www.jobberman.com/jobs/accounting-auditing-finance/lagos', kind: 'list',
    gt_title: null, gt_company: null, gt_location: null, gt_desc_selector: null,
    notes: 'Search results page with 10 job cards, each with title, company, location, type, salary and a one-line snippet; a page h1 that looks like a job title; filters sidebar and pagination. Some cards are "Jobberman (Recruiting on behalf of client)".' },
  { file: 'a-oikotie/huoltoteknikko-tampere-vanhentunut.html',
    url: 'https://tyopaikat.oikotie.fi/tyopaikka/huoltoteknikko-kylma-ja-ilmanvaihtolaitteet-tampere-lamponova-oy/1587432', kind: 'not-a-posting',
    gt_title: null, gt_company: null, gt_location: null, gt_desc_selector: null,
    notes: 'Finnish expired-job page ("Ilmoitus ei ole enää voimassa"). Still shows the old job title, employer and city in the notice, plus a search form and four similar open jobs with h3 titles. The canonical URL still looks like a job URL.' },
];

const lines = [];
for (const p of pages) {
  const full = path.join(DIR, p.file);
  if (!fs.existsSync(full)) throw new Error('missing ' + p.file);
  const rec = { file: p.file, url: p.url, kind: p.kind, gt_title: p.gt_title, gt_company: p.gt_company, gt_location: p.gt_location,
    gt_desc_first80: null, gt_desc_last80: null, gt_desc_len_chars: null, gt_desc_selector: p.gt_desc_selector, notes: p.notes };
  if (p.gt_desc_selector) {
    const dom = new JSDOM(fs.readFileSync(full, 'utf8'));
    const els = [...dom.window.document.querySelectorAll(p.gt_desc_selector)];
    if (!els.length) throw new Error('selector matched nothing: ' + p.file);
    const out = [];
    for (const el of els) { out.push(' '); collect(el, out); out.push(' '); }
    const text = out.join('').replace(/\s+/g, ' ').trim();
    rec.gt_desc_first80 = text.slice(0, 80);
    rec.gt_desc_last80 = text.slice(-80);
    rec.gt_desc_len_chars = text.length;
    console.error(p.file, els.length, 'element(s),', text.length, 'chars');
  }
  lines.push(JSON.stringify(rec));
}
fs.writeFileSync(path.join(DIR, 'manifest-a.jsonl'), lines.join('\n') + '\n');
// validate
for (const l of fs.readFileSync(path.join(DIR, 'manifest-a.jsonl'), 'utf8').trim().split('\n')) {
  const o = JSON.parse(l); if (!fs.existsSync(path.join(DIR, o.file))) throw new Error('missing ' + o.file);
}
console.error('ok', lines.length, 'lines');
