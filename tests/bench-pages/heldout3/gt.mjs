// Computes manifest.jsonl for this blind set (heldout3). Run: node gt.mjs
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
  S('linkedin/halvorsen-senior-data-analyst.html', 'https://nl.linkedin.com/jobs/view/senior-data-analyst-hybrid-at-halvorsen-freight-systems-4077123985', 'single',
    'Senior Data Analyst (Hybrid)', 'Halvorsen Freight Systems', 'Rotterdam, South Holland, Netherlands', '.show-more-less-html__markup',
    'Logged-out LinkedIn view: h1 wrapped in a link, company/location in unlabelled flavor spans inside an <h4>; description clamped with hidden "Show less" button; job-criteria list, referral/alert boxes and similar-jobs rail; JSON-LD description truncated and HTML-escaped; salary only inside the body.'),
  S('glassdoor/marrowbend-clinical-nurse-educator.html', 'https://www.glassdoor.com/job-listing/clinical-nurse-educator-cardiac-step-down-marrowbend-health-system-JV_IC1130379_KO0,41_KE42,66.htm?jl=1009519388214', 'single',
    'Clinical Nurse Educator - Cardiac Step-Down', 'Marrowbend Health System', 'Norfolk, VA', '.JobDetails_jobDescription__uW_fK',
    'Hashed CSS-module class names; employer name in an <h4> above the h1 with a rating next to it; salary box, company overview, ratings and similar jobs after the body; leaderboard ad; hidden sign-in overlay; JSON-LD with truncated description.'),
  S('ziprecruiter/keystone-warehouse-associate.html', 'https://www.ziprecruiter.com/c/Keystone-Workforce-Partners/Job/Warehouse-Associate-2nd-Shift-($19.25-hr-+-Weekly-Pay)/-in-Allentown,PA?jid=6d2f0a91c4e7b381', 'single',
    'Warehouse Associate - 2nd Shift ($19.25/hr + Weekly Pay)', 'Keystone Workforce Partners', 'Allentown, PA', '.jobDescriptionSection',
    'Staffing agency posting for an unnamed client (company = agency); pay and shift inside the title; benefit/schedule tiles before the body; "About" agency blurb and salary insight after; location carries a zip code.'),
  S('jora/accounts-payable-parramatta.html', 'https://au.jora.com/job/Accounts-Payable-Officer-7b3e1f2c9a0d84e55c61f2a0d9e3b7c1', 'single',
    'Accounts Payable Officer', 'Brightwater Recruitment', 'Parramatta NSW', '#job-description-container',
    'Aggregator: Jora branding everywhere, employer only in a small unlabelled span; recruitment agency for an unnamed client (agency named only in subtitle and last line of body); salary badge; job alert form and similar jobs.'),
  S('adzuna/lettings-negotiator-leeds.html', 'https://www.adzuna.co.uk/details/4938201177', 'single',
    'Lettings Negotiator', 'Fenwick & Hale Lettings', 'Leeds, West Yorkshire', 'section.adp-body',
    'Aggregator page: Adzuna brand in title/og/header; facts in a th/td table (Company/Location/Salary/Contract); salary-comparison and ValueMyCV promo blocks after the body look like content; top-companies sidebar.'),
  S('jobstreet/cloud-engineer-kl.html', 'https://my.jobstreet.com/job/88421907', 'single',
    'Cloud Operations Engineer', 'Serimas Digital Berhad', 'Kuala Lumpur City Centre, Kuala Lumpur', '[data-automation="jobAdDetails"]',
    'SEEK platform with hashed class names; facts only via data-automation spans with emoji icons; "(Hybrid)" next to location; salary "RM 7,000 – RM 9,500 per month"; employer questions and company profile sections after the body; job data also in an inline state script.'),
  S('bayt/hse-engineer-dubai.html', 'https://www.bayt.com/en/uae/jobs/hse-engineer-infrastructure-projects-5288193/', 'single',
    'HSE Engineer - Infrastructure Projects', 'Sandgate Talent Solutions FZ-LLC', 'Dubai, United Arab Emirates', '#jdDescription .t-break',
    'Recruitment agency posting for an unnamed client; body in one card among several sibling cards (Skills, Job Details dl, Preferred Candidate, Company Description); AED monthly salary; Arabic-language alternate link.'),
  S('computrabajo/auxiliar-contable-bogota.html', 'https://co.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-auxiliar-contable-con-experiencia-en-nomina-en-engativa-8A3F1C0D2E4B7A9C61373E686DCF3405', 'single',
    'Auxiliar contable con experiencia en nómina', 'Distribuidora Alcaraván S.A.S.', 'Bogotá, D.C., Engativá', 'div[div-link="oferta"] > p.mbB:first-of-type',
    'Spanish; body is one <p> with <br>-separated pseudo-lists; salary/contract tags before it and "Requerimientos" / "Palabras clave" lists after it in the same container; company and location joined in one line with " - "; COP salary "$ 2.300.000,00 (Mensual)".'),
  S('occ/ejecutivo-ventas-monterrey.html', 'https://www.occ.com.mx/empleo/oferta/20418733-ejecutivo-de-ventas-b2b-sector-industrial/', 'single',
    'Ejecutivo de Ventas B2B Sector Industrial', null, 'Monterrey, Nuevo León', '#job-detail-body',
    'Spanish; confidential employer ("Empresa confidencial" shown where the company would be, so gt_company is null); Tailwind utility classes only; "Detalles" facts list with labels before the description; __NEXT_DATA__ JSON.'),
  S('gupy/pampulha-analista-dados.html', 'https://grupopampulha.gupy.io/jobs/9182274?jobBoardSource=gupy_public_page', 'single',
    'Analista de Dados Pleno - Sinistros', 'Grupo Pampulha Seguros', 'São Paulo - SP', 'section[data-testid="text-section"] > div',
    'Portuguese; description split across four template sections with site headings (excluded); hybrid badge next to location; JSON-LD says TELECOMMUTE although the job is hybrid; "Etapas do processo", company blurb and other jobs follow.'),
  S('jobindex/revisorassistent-aarhus-vejle.html', 'https://www.jobindex.dk/vis-job/h1588420', 'single',
    'Revisorassistent til vores kontorer i Aarhus og Vejle', 'Nordlys Revision', 'Aarhus C, Vejle', '.jobtext-jobad__body > :not(h1)',
    'Danish; employer-designed ad: the h1 sits inside the ad body (excluded from GT); two offices; company only as banner alt text, in <title> and in a meta block after the ad; no salary ("Løn efter kvalifikationer").'),
  S('duunitori/varastotyontekija-vantaa.html', 'https://duunitori.fi/tyopaikat/tyo/varastotyontekija-ilta-ja-yovuorot-vantaa-19584221', 'single',
    'Varastotyöntekijä, ilta- ja yövuorot', 'Henkilöstöpalvelu Kaarna Oy', 'Vantaa', '.description--jobentry',
    'Finnish; staffing agency (Vuokratyö) for an unnamed client; company and location are two links in one header line; description div shares the "gtm-apply-clicks" class with the apply button; pay only as collective-agreement text.'),
  S('apec/controleur-gestion-lyon-grenoble.html', 'https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/177829411W', 'single',
    'Contrôleur de gestion industriel H/F', 'MÉCANIQUE DU DAUPHINÉ', 'Lyon 07 - 69 / Grenoble - 38', '.details-post.descriptif > p, .details-post.profil > p',
    'French, Angular custom elements; same "details-post" class used for facts (Salaire, Expérience), description sections, company blurb and sidebar facts; two cities in one field; salary "48 - 56 k€ brut annuel"; company name in a <p> above the h1.'),
  S('brightermonday/credit-officer-nakuru.html', 'https://www.brightermonday.co.ke/listings/credit-officer-group-lending-q9kz2m', 'single',
    'Credit Officer - Group Lending', 'Tujenge Microfinance Bank', 'Nakuru', '.job__details__user-edit',
    'Location only as one of three unlabelled tag pills; salary split into "KSh" and "45,000 - 60,000" spans; site "Job Summary" box precedes the body; safety-tip footer and similar jobs.'),
  S('rozee/senior-php-developer-lahore.html', 'https://www.rozee.pk/indus-pixel-labs-senior-php-developer-laravel-lahore-karachi-jobs-1612847', 'single',
    'Senior PHP Developer (Laravel)', 'Indus Pixel Labs', 'Lahore, Karachi, Pakistan', '#jdesc .jdesc-text',
    'Two cities; company in an <h2> under the h1; long "Job Details" label/value grid (salary "PKR 250,000 - 380,000/Month", Apply Before) in sibling .jblk blocks with the same class as the description; skills tags.'),
  S('profesia/operator-vyroby-nitra.html', 'https://www.profesia.sk/praca/workpoint-personal/O4921873', 'single',
    'Operátor/ka výroby - automotive, 3-zmenná prevádzka', 'WorkPoint Personal s.r.o.', 'Nitra', '#detail-napln, #detail-benefity, #detail-predpoklady',
    'Slovak; temp agency for an unnamed automotive client; description interleaved with labelled fact fields (Miesto práce, Druh pracovného pomeru, Platové podmienky "od 1 350 EUR/mesiac", Vzdelanie); location with a park name in parentheses.'),
  S('snagajob/maple-lane-crew-member.html', 'https://www.snagajob.com/jobs/1048823911', 'single',
    'Crew Member - Part Time', 'Maple Lane Donuts & Coffee', 'Columbus, OH', '.job-description',
    'Hourly job; street address as location; pay "$14.00 - $16.50/hr" with "Est. pay" label and a details card before the body; Angular app-root wrapper; JSON-LD present.'),
  S('careerjet/pflegefachkraft-hamburg-suche.html', 'https://www.careerjet.de/jobs?s=Pflegefachkraft&l=Hamburg', 'list',
    null, null, null, null,
    'German search results page: six job cards with title, company, location, salary and a long snippet each; h1 "Pflegefachkraft Jobs in Hamburg" reads like a job title.'),
  S('eures/expired-vacancy.html', 'https://europa.eu/eures/portal/jv-se/jv-details/NDQ3OTEyMzMgMjE?lang=en', 'not-a-posting',
    null, null, null, null,
    'Expired EURES vacancy: generic h1 "Job vacancy details", warning message, and a greyed card still showing the old title, employer and city; recent matching vacancies below.'),
  S('karriere/holzbau-feichtlbauer-firmenprofil.html', 'https://www.karriere.at/f/holzbau-feichtlbauer', 'not-a-posting',
    null, null, null, null,
    'German company profile: h1 is the company name, "Über uns" prose, six job teasers with salaries ("ab € 2.780 brutto/Monat"), benefits and review quotes; Organization JSON-LD.'),
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
  lines.push(JSON.stringify({ file: p.file, url: p.url, kind: p.kind,
    gt_title: p.title, gt_company: p.company, gt_location: p.location,
    gt_desc_first80: first, gt_desc_last80: last, gt_desc_len_chars: len,
    gt_desc_selector: p.sel, notes: p.notes }));
  console.log(p.kind.padEnd(14), String(len).padStart(5), p.file, ' | ', first, ' ... ', last);
}
fs.writeFileSync(path.join(DIR, 'manifest.jsonl'), lines.join('\n') + '\n');
console.log('wrote', lines.length, 'lines');
