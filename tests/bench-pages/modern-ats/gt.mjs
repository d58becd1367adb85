// Computes ground-truth description stats for every page and writes manifest.jsonl.
// Usage: node gt.mjs   (run from this directory)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { JSDOM } = require('/work/main/node_modules/jsdom');

const DIR = path.dirname(fileURLToPath(import.meta.url));

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function collect(node, out) {
  if (node.nodeType === 3) { out.push(node.data); return; }
  if (node.nodeType !== 1) return;
  const tag = node.tagName.toUpperCase();
  if (SKIP.has(tag) || node.hasAttribute('hidden')) return;
  const block = BLOCK.has(tag);
  if (block) out.push(' ');
  for (const c of node.childNodes) collect(c, out);
  if (block) out.push(' ');
}

function descText(doc, selector) {
  const els = [...doc.querySelectorAll(selector)];
  if (!els.length) throw new Error(`selector matched nothing: ${selector}`);
  // drop elements nested inside another matched element (document order kept)
  const top = els.filter((e) => !els.some((o) => o !== e && o.contains(e)));
  const out = [];
  for (const e of top) { out.push(' '); collect(e, out); out.push(' '); }
  return out.join('').replace(/\s+/g, ' ').trim();
}

// ---- page metadata (ground truth read off the rendered pages) ----
const PAGES = [
  {
    file: 'workday/hallbrook-senior-supply-chain-analyst.html',
    url: 'https://hallbrook.wd5.myworkdayjobs.com/en-US/HallbrookCareers/job/Cincinnati-OH/Senior-Supply-Chain-Analyst_R-24817',
    kind: 'single', title: 'Senior Supply Chain Analyst', company: 'Hallbrook Industries', location: 'Cincinnati, OH; Louisville, KY',
    sel: '[data-automation-id="jobPostingDescription"]',
    notes: 'Workday rendered DOM: title is an h2 (jobPostingHeader), facts in dl/dt/dd with visually-hidden dt labels, two locations as separate dd; company only in logo alt and body text. JSON-LD has a truncated description and legal name "Hallbrook Industries, Inc.". Similar Jobs / Introduce Yourself side panels.',
  },
  {
    file: 'workday/corvane-search-results.html',
    url: 'https://corvanehealth.wd1.myworkdayjobs.com/en-US/External?q=nurse',
    kind: 'list', notes: 'Workday search results: 7 job cards with the same data-automation-id attributes (jobTitle, locations, postedOn) used on detail pages; "87 JOBS FOUND" header; no description anywhere.',
  },
  {
    file: 'teamtailor/fjallvik-backend-utvecklare-go.html',
    url: 'https://karriar.fjallvikenergi.se/jobs/4821907-backend-utvecklare-go',
    kind: 'single', title: 'Backend-utvecklare (Go)', company: 'Fjällvik Energi', location: 'Umeå',
    sel: '.careersite-job-body',
    notes: 'Swedish Teamtailor page on custom domain. JSON-LD (HTML-entity-escaped description, much shorter) names "Fjällvik Energi Sverige AB". Company "Om Fjällvik Energi" block, colleagues, other jobs and facts grid are outside the body. Location shown in a dot-separated subtitle with department and remote type.',
  },
  {
    file: 'teamtailor/nordlys-careers-index.html',
    url: 'https://careers.nordlysmobility.com/',
    kind: 'not-a-posting', notes: 'Teamtailor careers index: hero, company text, list of 6 open positions, values, locations. Has Organization JSON-LD; no single job.',
  },
  {
    file: 'breezy/keystone-comfort-hvac-service-technician.html',
    url: 'https://keystone-comfort.breezy.hr/p/8e4f2a71c9d3-hvac-service-technician',
    kind: 'single', title: 'HVAC Service Technician', company: 'Keystone Comfort Systems', location: 'Harrisburg, PA',
    sel: '.job-description > .description',
    notes: 'Breezy HR position page: banner with meta list (location/type/department/salary with icon fonts), JSON-LD with a truncated description; "Other positions" sidebar reuses the h2+ul.meta card markup.',
  },
  {
    file: 'jazzhr/marigold-finch-bookkeeper-part-time.html',
    url: 'https://marigoldfinch.applytojob.com/apply/Xk3pR7vQ2m/Bookkeeper-PartTime',
    kind: 'single', title: 'Bookkeeper (Part-Time)', company: 'Marigold & Finch CPAs', location: 'Boise, ID',
    sel: '#job-description',
    notes: 'JazzHR applytojob page with the full application form (labels, screening questions, EEO block) inline right after the description; no JSON-LD; title tag is "Company - Title".',
  },
  {
    file: 'pinpoint/tessellate-customer-success-manager-emea.html',
    url: 'https://tessellate.pinpointhq.com/en/postings/0b6e93f4-2d5a-4c1e-9a77-5d2c1e8f4b10',
    kind: 'single', title: 'Customer Success Manager – EMEA', company: 'Tessellate Learning', location: 'London, England, United Kingdom (Remote, UK)',
    sel: '[data-testid="posting-description"], [data-testid="posting-benefits"], [data-testid="posting-process"]',
    notes: 'Pinpoint posting: description split over three panels (description, benefits, hiring process); key-info sidebar duplicates location/salary. JSON-LD description is only the first paragraph and company is "Tessellate Learning Ltd".',
  },
  {
    file: 'rippling/quillbrook-senior-product-designer.html',
    url: 'https://ats.rippling.com/quillbrook/jobs/7c1e4d92-5b3a-4f08-a6e1-2f9d80c3b5a7',
    kind: 'single', title: 'Senior Product Designer', company: 'Quillbrook', location: 'Remote (United States)',
    sel: '.ATSJobDescription',
    notes: 'Rippling ATS Next.js page: emotion css-* class names only, title is an h2, no JSON-LD but a __NEXT_DATA__ blob with partial description HTML; pay range repeated in the sidebar.',
  },
  {
    file: 'wttj/maison-verlaine-charge-recrutement.html',
    url: 'https://www.welcometothejungle.com/fr/companies/maison-verlaine/jobs/charge-e-de-recrutement_lyon',
    kind: 'single', title: 'Chargé·e de recrutement', company: 'Maison Verlaine', location: 'Lyon',
    sel: '[data-testid="job-section-description"], [data-testid="job-section-experience"], [data-testid="job-section-process"]',
    notes: 'French WTTJ page: no h1 (title is an h2), inclusive-writing middle dots, metadata chips (CDI, salary, start date, education). Description split into three sections; company card and similar jobs follow. JSON-LD description is one short paragraph and company is "Maison Verlaine SAS".',
  },
  {
    file: 'stepstone/kessler-sachbearbeiter-lohn-gehalt.html',
    url: 'https://www.stepstone.de/stellenangebote--Sachbearbeiter-Lohn-und-Gehaltsabrechnung-m-w-d-Hannover-Kessler-Partner-Steuerberatungsgesellschaft-mbH--12784563-inline.html',
    kind: 'single', title: 'Sachbearbeiter Lohn- und Gehaltsabrechnung (m/w/d)', company: 'Kessler & Partner Steuerberatungsgesellschaft mbH', location: 'Hannover',
    sel: '[data-at="job-ad-content"]',
    notes: 'German StepStone page with data-at sections (intro/description/profile/weOffer/contact). Site-added salary estimate widget and company rating in the sidebar; JSON-LD title drops "(m/w/d)" and description is truncated.',
  },
  {
    file: 'stepstone/expired-leitung-buchhaltung.html',
    url: 'https://www.stepstone.de/stellenangebote--Leitung-Buchhaltung-m-w-d-Bremen-Brandt-Logistik-GmbH--12601877-inline.html',
    kind: 'not-a-posting', notes: 'Expired StepStone listing "Diese Stelle ist nicht mehr verfügbar": title tag and banner still name the old job and company, followed by four similar job cards with teaser text.',
  },
  {
    file: 'xing/solarwerk-projektleiter-photovoltaik.html',
    url: 'https://www.xing.com/jobs/giessen-projektleiter-photovoltaik-138442771',
    kind: 'single', title: 'Projektleiter Photovoltaik (m/w/d)', company: 'SolarWerk Mittelhessen GmbH', location: 'Gießen',
    sel: '.html-description',
    notes: 'German XING job page with styled-components class names, salary chip that is a XING estimate (not employer-given), expandable description with "Weniger anzeigen" button, Usercentrics consent dialog.',
  },
  {
    file: 'totaljobs/pathway-hgv-class-1-driver-nights.html',
    url: 'https://www.totaljobs.com/job/hgv-class-1-driver-nights/pathway-driving-recruitment-job104882315',
    kind: 'single', title: 'HGV Class 1 Driver - Nights', company: 'Pathway Driving Recruitment', location: 'Daventry',
    sel: '[data-at="job-ad-content"]',
    notes: 'UK Totaljobs (StepStone platform) agency posting, client unnamed; JSON-LD says "Pathway Driving Recruitment Ltd" and has a short description. Reference number and report link outside the ad body; ad slot and similar jobs in sidebar.',
  },
  {
    file: 'cvlibrary/oakhaven-senior-care-assistant.html',
    url: 'https://www.cv-library.co.uk/job/223418876/Senior-Care-Assistant',
    kind: 'single', title: 'Senior Care Assistant', company: 'Oakhaven Care Homes', location: 'Harrogate, North Yorkshire',
    sel: '.job__description',
    notes: 'CV-Library job view without JSON-LD; company only in "Posted ... by" line; dl facts (salary, job type, reference); leaderboard/MPU ad slots, similar jobs and job alert sidebar.',
  },
  {
    file: 'infojobs/arriaga-tecnico-mantenimiento-industrial.html',
    url: 'https://www.infojobs.net/vitoria-gasteiz/tecnico-mantenimiento-industrial/of-i3a9c7e51d2f4b8a0c6e1f7d9b2a4c3',
    kind: 'single', title: 'Técnico/a de mantenimiento industrial', company: 'Conservas Arriaga S.L.', location: 'Vitoria-Gasteiz, Álava',
    sel: '#prefijoDescripcion1',
    notes: 'Spanish InfoJobs page: separate "Requisitos" box (studies, experience, skill tags, free-text minimum requirements) before the "Descripción" box; facts list under the title; category/vacancies list after the description; Didomi consent.',
  },
  {
    file: 'indeed-fr/roussel-assistant-administratif.html',
    url: 'https://fr.indeed.com/viewjob?jk=4f8b2e91c07a3d56',
    kind: 'single', title: 'Assistant(e) administratif(ve) H/F', company: 'Cabinet Roussel Immobilier', location: '44000 Nantes',
    sel: '#jobDescriptionText',
    notes: 'Indeed France rendered viewjob: h1 contains a visually-hidden " - offre d\'emploi" span; salary/type repeated in header, "Détails de l\'emploi", "Avantages" (site-extracted) and at the end of the description; no JSON-LD.',
  },
  {
    file: 'naukri/trivikram-senior-java-developer.html',
    url: 'https://www.naukri.com/job-listings-senior-java-developer-microservices-trivikram-softlabs-bengaluru-hyderabad-5-to-9-years-171125009876',
    kind: 'single', title: 'Senior Java Developer (Microservices)', company: 'Trivikram Softlabs', location: 'Bengaluru, Hyderabad',
    sel: '.styles_JDC__dang-inner-html__h0K4t',
    notes: 'Naukri JD page with CSS-module class names; the "Job description" section also holds site facts (Role, Industry, Education, Key Skills chips) after the employer text; AmbitionBox rating next to company. JSON-LD title "Senior Java Developer - Microservices", company "Trivikram Softlabs Private Limited", two locations.',
  },
  {
    file: 'successfactors/rheinberg-ausbildung-chemikant.html',
    url: 'https://jobs.rheinberg-chemie.de/job/Leverkusen-Ausbildung-Chemikant-%28mwd%29-2026/1123456701/',
    kind: 'single', title: 'Ausbildung Chemikant (m/w/d) 2026', company: 'Rheinberg Chemie GmbH', location: 'Leverkusen, DE, 51373',
    sel: '.jobdescription',
    notes: 'SAP SuccessFactors RMK career site in German: schema.org microdata (itemprop) instead of JSON-LD, description is a <span class="jobdescription"> holding block elements; date/location/company as labelled <p> lines; apply button appears twice.',
  },
  {
    file: 'taleo/staldric-rn-cardiac-step-down-nights.html',
    url: 'https://staldric.taleo.net/careersection/ex/jobdetail.ftl?job=2500318&lang=en',
    kind: 'single', title: 'Registered Nurse - Cardiac Step-Down Unit (Nights)', company: 'St. Aldric Regional Medical Center', location: 'United States-Ohio-Dayton',
    sel: '[id="requisitionDescriptionInterface.ID1454.row1"], [id="requisitionDescriptionInterface.ID1504.row1"]',
    notes: 'Old-style Taleo jobdetail.ftl: nested layout tables, ids with dots, title span followed by "-" and "(2500318)", description and qualifications in two separate spans, labelled facts (Primary Location, Schedule, Shift, Pay Range) as span rows.',
  },
  {
    file: 'adp/brightline-warehouse-associate-2nd-shift.html',
    url: 'https://workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html?cid=b8d3c1e2-5f6a-4b7c-8d9e-0a1b2c3d4e5f&ccId=19000101_000001&jobId=512345&lang=en_US',
    kind: 'single', title: 'Warehouse Associate - 2nd Shift', company: 'Brightline Packaging Co.', location: 'Reno, NV, US',
    sel: '#lblJobDescription',
    notes: 'ADP Workforce Now Angular app: <title> is just "Recruitment", title is an h2, company appears only in logo alt and description; custom sdf-* elements for buttons; no meta description or JSON-LD.',
  },
  {
    file: 'join/brennwerk-werkstudent-marketing.html',
    url: 'https://join.com/companies/brennwerk/14567890-werkstudent-m-w-d-marketing-social-media',
    kind: 'single', title: 'Werkstudent (m/w/d) Marketing & Social Media', company: 'Kaffeerösterei Brennwerk', location: 'Leipzig, Deutschland',
    sel: '[data-testid="JobDescription"]',
    notes: 'German JOIN page (Next.js, styled-components): attribute chips with SVG icons (location, type, remote, hourly pay), JSON-LD with a short description, __NEXT_DATA__ blob, "Weitere Jobs" list after the body.',
  },
  {
    file: 'softgarden/lindenhof-pflegefachkraft-intensivpflege.html',
    url: 'https://lindenhof-intensivpflege.softgarden.io/job/51234567/Pflegefachkraft-m-w-d-fuer-die-ambulante-Intensivpflege-?jobDbPVId=118834512&l=de',
    kind: 'single', title: 'Pflegefachkraft (m/w/d) für die ambulante Intensivpflege', company: 'Lindenhof Intensivpflege', location: 'Kassel',
    sel: '#jobad-content',
    notes: 'softgarden job ad in an employer template with header image; labelled detail list (Standort, Beschäftigungsart...). JSON-LD has a two-sentence description and legal name "Lindenhof Intensivpflege GmbH"; visible name from logo alt and contact block.',
  },
  {
    file: 'jobsch/morand-comptable-80-100.html',
    url: 'https://www.jobs.ch/fr/offres-emplois/detail/3f2a9e1c-8b47-4d1e-a6c2-5e9f0b7d1a23/',
    kind: 'single', title: 'Comptable (80-100%)', company: 'Fiduciaire Morand SA', location: 'Lausanne',
    sel: '[data-cy="vacancy-description"]',
    notes: 'Swiss jobs.ch page in French: employer HTML template (banner image, its own h2 repeating the title, address footer) inside the description; info list with workload, contract and a jobs.ch salary estimate; no JSON-LD.',
  },
  {
    file: 'arbeitsagentur/vogt-berufskraftfahrer-nahverkehr.html',
    url: 'https://www.arbeitsagentur.de/jobsuche/jobdetail/10000-1199384756-S',
    kind: 'single', title: 'Berufskraftfahrer (m/w/d) Nahverkehr', company: 'Spedition Vogt & Söhne GmbH & Co. KG', location: '26135 Oldenburg (Oldenburg)',
    sel: '#detail-beschreibung-beschreibung',
    notes: 'Bundesagentur Jobbörse Angular page: description is plain text with newlines and "•" bullets rendered via white-space:pre-line (no tags); facts dl, application contact and reference number as separate sections.',
  },
  {
    file: 'pracuj/vetrex-specjalista-ds-zakupow.html',
    url: 'https://www.pracuj.pl/praca/specjalista-ds-zakupow-z-jezykiem-niemieckim-wroclaw,oferta,1004417823',
    kind: 'single', title: 'Specjalista ds. zakupów z językiem niemieckim', company: 'Vetrex Polska Sp. z o.o.', location: 'Wrocław',
    sel: '[data-test="section-about-project"], [data-test="section-responsibilities"], [data-test="section-requirements"], [data-test="section-offered"]',
    notes: 'Polish Pracuj.pl offer: employer name h2 contains an "O firmie" link, badge list with address/expiry/contract; description split in data-test sections; icon benefit list, recruitment stages and company blurb (excluded) follow. JSON-LD title abbreviated ("z j. niemieckim").',
  },
  {
    file: 'finn/hovland-regnskapsmedarbeider.html',
    url: 'https://www.finn.no/job/ad/412345678',
    kind: 'single', title: 'Regnskapsmedarbeider', company: 'Hovland Regnskap AS', location: 'Bergen',
    sel: '.import-decoration',
    notes: 'Norwegian FINN job ad: the h1 is a marketing headline, the actual job title only appears as "Stillingstittel" in a facts dl; street address in "Om arbeidsgiveren"; no JSON-LD.',
  },
  {
    file: 'platsbanken/norrvag-underskoterska-hemtjanst.html',
    url: 'https://arbetsformedlingen.se/platsbanken/annonser/30188452',
    kind: 'single', title: 'Undersköterska till hemtjänsten, Östra distriktet', company: 'Norrvåg kommun', location: 'Norrvåg',
    sel: '.job-description',
    notes: 'Swedish Platsbanken Angular page (_ngcontent attributes): company h2 includes the department ("Norrvåg kommun, Vård och omsorg"), location as "Kommun: Norrvåg", occupation h3; apply section with deadline and contacts; no JSON-LD.',
  },
  {
    file: 'nvb/flexwerk-oost-magazijnmedewerker-avond.html',
    url: 'https://www.nationalevacaturebank.nl/vacature/a7c3e19f-44d2-4b8e-9f31-0c5d2e8b6a17/magazijnmedewerker-avonddienst',
    kind: 'single', title: 'Magazijnmedewerker avonddienst', company: 'Flexwerk Oost Uitzendbureau', location: 'Zwolle',
    sel: '.job-description__body',
    notes: 'Dutch Nationale Vacaturebank agency posting (client unnamed): specs list (salaris, uren, dienstverband), "Over ..." agency block after the body; JSON-LD has short description and "Flexwerk Oost Uitzendbureau B.V.".',
  },
  {
    file: 'indeed-it/meridia-addetto-contabilita-fornitori.html',
    url: 'https://it.indeed.com/viewjob?jk=9c2d41e7b3a08f15',
    kind: 'single', title: 'Addetto/a contabilità fornitori', company: 'Gruppo Meridia Lavoro', location: '40127 Bologna BO',
    sel: '#jobDescriptionText',
    notes: 'Indeed Italy viewjob for a staffing agency (client unnamed): hidden " - offerta di lavoro" span in h1, rating next to company, external "Candidati sul sito dell\'azienda" button; body repeats the title in capitals; no JSON-LD.',
  },
  {
    file: 'netempregos/miradouro-rececionista-hotel.html',
    url: 'https://www.net-empregos.com/9876543/rececionista-de-hotel-m-f/',
    kind: 'single', title: 'RECECIONISTA DE HOTEL (M/F)', company: 'Hotel Miradouro do Tejo', location: 'Lisboa',
    sel: '#JobDescription',
    notes: 'Portuguese Net-Empregos: old Bootstrap layout, uppercase title, facts as "<b>Label:</b> value" list items, description is bare text with <br> line breaks and "-" bullets, several AdSense slots, "Outros anúncios" list.',
  },
];

const lines = [];
for (const p of PAGES) {
  const fp = path.join(DIR, p.file);
  const html = fs.readFileSync(fp, 'utf8');
  const rec = {
    file: p.file, url: p.url, kind: p.kind,
    gt_title: null, gt_company: null, gt_location: null,
    gt_desc_first80: null, gt_desc_last80: null, gt_desc_len_chars: null, gt_desc_selector: null,
    notes: p.notes,
  };
  if (p.kind === 'single') {
    const dom = new JSDOM(html);
    const text = descText(dom.window.document, p.sel);
    Object.assign(rec, {
      gt_title: p.title, gt_company: p.company, gt_location: p.location,
      gt_desc_first80: text.slice(0, 80), gt_desc_last80: text.slice(-80), gt_desc_len_chars: text.length,
      gt_desc_selector: p.sel,
    });
    if (text.length < 600 || text.length > 6000) console.warn(`WARN ${p.file}: description length ${text.length}`);
    dom.window.close();
  }
  lines.push(JSON.stringify(rec));
}
fs.writeFileSync(path.join(DIR, 'manifest.jsonl'), lines.join('\n') + '\n');
console.log(`wrote ${lines.length} records`);
