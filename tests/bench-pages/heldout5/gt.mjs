// Computes manifest.jsonl for this blind set. Run: node gt.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { JSDOM } = require('/work/main/node_modules/jsdom');

const DIR = path.dirname(new URL(import.meta.url).pathname);
const BLOCK = new Set(('address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer form ' +
  'h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead tfoot tr td th ul ' +
  'caption option select button label').split(' '));
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link']);

function textOf(el) {
  const out = [];
  const walk = (n) => {
    if (n.nodeType === 3) { out.push(n.nodeValue); return; }
    if (n.nodeType !== 1) return;
    const tag = n.tagName.toLowerCase();
    if (SKIP.has(tag) || n.hasAttribute('hidden')) return;
    const st = (n.getAttribute('style') || '').replace(/\s+/g, '');
    if (/display:none|visibility:hidden/.test(st)) return;
    if (tag === 'br') { out.push(' '); return; }
    const block = BLOCK.has(tag);
    if (block) out.push(' ');
    for (const c of n.childNodes) walk(c);
    if (block) out.push(' ');
  };
  walk(el);
  return out.join('');
}

const S = (file, url, kind, title, company, location, sel, notes) => ({ file, url, kind, title, company, location, sel, notes });
const pages = [
  S('edjoin/arroyo-seco-sped-teacher.html', 'https://www.edjoin.org/Home/JobPosting/1874452', 'single',
    'Special Education Teacher - Mild/Moderate Support Needs (2 Positions)', 'Arroyo Seco Unified School District', 'Soledad, CA', '#jobDescriptionText, #requirementsText, #commentsText',
    'EdJoin school-district posting: title in <h3> (no h1) with "(2 Positions)" suffix; two school sites plus a street address in a side "Job Summary" table; description split across three labelled sections; salary/deadline only in the sidebar; PDF attachments list.'),
  S('tes/st-aldhelms-teacher-of-science.html', 'https://www.tes.com/jobs/vacancy/teacher-of-science-physics-specialism-welcome-poole-3719204', 'single',
    'Teacher of Science (Physics specialism welcome)', "St Aldhelm's Church of England Academy", 'Poole, Dorset', '.vacancy__description',
    'Tes school vacancy: pay as "MPS/UPS" text, apply-by date in key facts; school address block and "About the school" after the body; attachments (PDF/DOCX); similar jobs sidebar with other schools and towns.'),
  S('academicjobsonline/postdoc-computational-topology.html', 'https://academicjobsonline.org/ajo/jobs/28841', 'single',
    'Postdoctoral Research Associate in Computational Topology', 'Harlow Institute of Technology', 'Wilmington, Delaware, United States', '#description',
    'Old table-layout XHTML academic board: the only heading (<h2>) is "Institution, Department"; the job title appears only inline after "Position Title:" in a bold span; location is a full campus street address; <title> has no job title.'),
  S('euraxess/doktorand-hydrologie.html', 'https://euraxess.ec.europa.eu/jobs/318204', 'single',
    'Doktorand*in (m/w/d) Grundwasserhydrologie – Karstquellen im Klimawandel', 'Institut für Wasser und Landschaft (IWL)', 'Freiburg im Breisgau, Germany', '.job-offer__description',
    'German-language offer inside English EURAXESS chrome; many <dl> fact blocks before and after the body (Requirements, Work Location with city/street split into separate fields); gender-star title; PDF link inside body.'),
  S('timeshighereducation/lecturer-museum-studies.html', 'https://www.timeshighereducation.com/unijobs/listing/412877/lecturer-in-museum-studies-education-focused/', 'single',
    'Lecturer in Museum Studies (Education Focused)', 'Northmoor University', 'Leicester, United Kingdom', '#job-description',
    'h1 carries a department prefix ("School of Art History and Heritage – Lecturer ..."); employer in upper case ("NORTHMOOR UNIVERSITY") in a label line; location "on site at our Abbey Park campus"; grade/salary band and closing date in a <dl>.'),
  S('charityjob/volunteer-coordinator.html', 'https://www.charityjob.co.uk/jobs/riverside-food-network/volunteer-coordinator-food-hubs/1047719', 'single',
    'Volunteer Coordinator (Food Hubs)', 'Riverside Food Network', 'London (Hybrid)', '.job-description',
    'Charity board: JSON-LD description truncated with "..."; summary list with "Recruiter:" label; location "London (Hybrid) - Rotherhithe, SE16"; "About the organisation" block and similar jobs (with other London charities) after the body.'),
  S('impactpool/programme-specialist-climate-finance.html', 'https://www.impactpool.org/jobs/1093385', 'single',
    'Programme Specialist (Climate Finance)', 'Global Alliance for Resilient Cities (GARC)', 'Nairobi, Kenya', '#job-description',
    'NGO/intergovernmental board: org as "GARC - Global Alliance ..." link and only acronym in logo alt; location "Nairobi | Kenya" with pipe; UN-style grade P-3; body sections are bold paragraphs, not headings; premium upsell box in sidebar.'),
  S('hcareers/executive-sous-chef.html', 'https://www.hcareers.com/jobs/executive-sous-chef-savannah-ga-3384710', 'single',
    'Executive Sous Chef', 'The Larkspur Savannah', 'Savannah, GA', '.job-desc-body',
    'Hospitality board: location is a street address line; hotel brand vs. collection name ("Marlowe Collection") both appear; facts in a <th>/<td> table; "Job Description" heading outside the body; top-employers sidebar.'),
  S('builtin/senior-product-designer.html', 'https://www.builtinchicago.org/job/senior-product-designer-merchant-tools/4810233', 'single',
    'Senior Product Designer, Merchant Tools', 'Ledgerlight', 'Chicago, IL, USA', '#job-post-body',
    'Built In: company name is an <h2> ABOVE the job <h1>; site-generated "The Role" AI summary box precedes the real body (excluded); "Hybrid" and city in separate icon spans; company office address block after body; "Top Skills" badges.'),
  S('workatastartup/founding-engineer.html', 'https://www.workatastartup.com/jobs/71104', 'single',
    'Founding Engineer (Full-stack)', 'Quayside', 'San Francisco, CA, US / Remote (US)', '.prose',
    'YC board: no <h1> at all, title is a styled div; company shown as "Quayside (W24)" with batch suffix; salary, equity, location, visa as unlabelled tag pills; company facts sidebar with a different "Location: San Francisco".'),
  S('notion/pebblebox-backend-engineer.html', 'https://pebblebox.notion.site/Backend-Engineer-Rust-9f2c5a314e0b4d5f8a2e7e1b3c4d5e6f', 'single',
    'Backend Engineer (Rust) 🦀', 'Pebblebox', 'Remote (EU time zones)', '.notion-page-content > div:not(.notion-footer-note):not(.notion-divider-block)',
    'Public Notion page: generic Notion description/og, emoji in title, every paragraph a div block (no <p>/<ul>), bullets are pseudo "•" divs; facts as database property rows; company only in breadcrumb "Pebblebox Careers", callout text and footer "Pebblebox OÜ".'),
  S('github/tidewater-infra-readme.html', 'https://github.com/tidewater-labs/jobs', 'single',
    'Infrastructure Engineer', 'Tidewater Labs', 'Remote', '#role-infra',
    'Careers page as a GitHub README: page <h1> is "Work at Tidewater", job title is an <h2> in the markdown; heavy GitHub chrome (repo header, file list, About sidebar); location/salary/closing date as one bold-labelled paragraph; company from repo owner and text.'),
  S('mairie/agent-services-techniques.html', 'https://www.vallieres-sur-drome.example.fr/2025/03/12/offre-emploi-agent-services-techniques/', 'single',
    'Agent polyvalent des services techniques (H/F)', 'Commune de Vallières-sur-Drôme', 'Vallières-sur-Drôme', '.entry-content',
    'French small-town council WordPress news post: title prefixed "Offre d\'emploi :"; employer is the commune (site title/footer "Mairie de ..."); workplace as a postal address inside body; closing date in bold; PDF fiche de poste link; prev/next post navigation.'),
  S('museo/tecnico-conservacion.html', 'https://www.museosedatextil.example.es/es/trabaja-con-nosotros/tecnico-conservacion-preventiva-2025/', 'single',
    'Técnico/a de Conservación Preventiva', 'Museo de la Seda y el Textil', 'València', '.texto-convocatoria',
    'Spanish museum vacancy ("convocatoria") page: employer only in logo alt, <title> and footer ("Fundación ..."); kicker line with call number and department above h1; facts table with street address; Valencian/English language switcher; PDF bases.'),
  S('lawfirm/training-contract.html', 'https://www.harcourtpryce.example.com/careers/early-careers/training-contract/', 'single',
    'Training Contract 2027', 'Harcourt Pryce LLP', 'London, Manchester', '#tc-content',
    'Law firm graduate recruitment page: marketing hero with h1 and lede, body is FAQ-like h2 sections; two offices; key dates (closing) in sidebar; firm named only in logo alt, <title> and footer; testimonials after body; PDF brochure.'),
  S('newspaper/classified-bookkeeper.html', 'https://www.millbrookcourier.example.com/classifieds/employment/general/ad_6b1d24c0-8f3e-5a71-9e22-40c3f1a2b7d9.html', 'single',
    'PART-TIME BOOKKEEPER', 'Hanson Feed & Supply', 'Millbrook, MN', '#ad-text',
    'Local newspaper classified: ALL-CAPS headline, short run-on ad text with abbreviations; employer and address only inside the ad text and contact box; paywall strip, ad slots, masthead weather and "Most read" news links.'),
  S('devex/ngo-hiring-news.html', 'https://www.devex.com/news/why-wellspring-international-is-hiring-200-staff-as-others-cut-back-109221', 'not-a-posting',
    null, null, null, null,
    'News article about an NGO hiring 200 people: names roles, countries and a Nairobi dateline; NewsArticle JSON-LD; "Featured jobs" rail with real-looking postings.'),
  S('charityjob/advice-cover-letter.html', 'https://www.charityjob.co.uk/careeradvice/how-to-write-a-cover-letter-for-a-charity-job', 'not-a-posting',
    null, null, null, null,
    'Career-advice article on the same board as a posting in this set (same chrome); contains an example cover letter naming a role ("Fundraising Officer") and an employer; "Latest jobs" sidebar.'),
  S('caterer/chef-jobs-manchester.html', 'https://www.caterer.com/jobs/chef/in-manchester', 'list',
    null, null, null, null,
    'Sector board category/search page: h1 "Chef jobs in Manchester", six result cards each with title, company, location, salary, snippet; filters sidebar; SEO text.'),
  S('landingjobs/404.html', 'https://landing.jobs/pt/job/senior-backend-developer-elixir-portofino-labs-12903', 'not-a-posting',
    null, null, null, null,
    'Portuguese 404 for a removed job: og:title still carries the old job title, company and city; URL slug has the job; suggested jobs list with titles, companies, cities and salaries.'),
];
const lines = [];
for (const p of pages) {
  const fp = path.join(DIR, p.file);
  if (!fs.existsSync(fp)) throw new Error('missing ' + p.file);
  const html = fs.readFileSync(fp, 'utf8');
  let first = null, last = null, len = null;
  if (p.sel) {
    const doc = new JSDOM(html).window.document;
    const els = [...doc.querySelectorAll(p.sel)];
    if (!els.length) throw new Error('selector matched nothing: ' + p.file);
    const txt = els.map(textOf).join(' ').replace(/\s+/g, ' ').trim();
    first = txt.slice(0, 80); last = txt.slice(-80); len = txt.length;
    if (len < 600 || len > 6000) console.warn('WARN length', p.file, len);
  }
  const size = Buffer.byteLength(html);
  if (size > 15000) console.warn('WARN size', p.file, size);
  lines.push(JSON.stringify({ file: p.file, url: p.url, kind: p.kind,
    gt_title: p.title, gt_company: p.company, gt_location: p.location,
    gt_desc_first80: first, gt_desc_last80: last, gt_desc_len_chars: len,
    gt_desc_selector: p.sel, notes: p.notes }));
  console.log(p.kind.padEnd(14), String(len).padStart(5), p.file);
}
fs.writeFileSync(path.join(DIR, 'manifest.jsonl'), lines.join('\n') + '\n');
console.log('wrote', lines.length, 'lines');
