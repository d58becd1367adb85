// Computes ground-truth description fields for the heldout21 d-* pages (career pages and job boards
// from the Middle East, Africa, South and Southeast Asia and Latin America, 2016-2022: an IranTalent
// English/Persian posting, an Israeli municipality's Hebrew personnel tender, a Forasna Arabic
// blue-collar ad, an ITviec Vietnamese/English IT job, an NGCareers Nigerian posting, a Sarkari Result
// Hindi/English final-result page, a Trampos Brazilian posting, a Chilean Empleos Públicos list, a
// TopKarir Indonesian posting and a Philippine bakery's Taglish WordPress careers page; written for
// this benchmark from what those sites' markup was like; all employers, people, addresses, phone
// numbers and prose invented) and writes manifest-d.jsonl.
// Usage: node gt-d.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'd-irantalent/senior-android-developer-pardis.html',
    url: 'https://www.irantalent.com/en/job/senior-android-developer-43218',
    kind: 'single',
    title: 'Senior Android Developer', company: 'Sepehr Mehvar Data', location: 'Pardis Technology Park, Tehran',
    sel: '.job-description',
    notes: 'Iranian 2016 job board, English UI with a Persian switch (Bootstrap 3): the logo alt and meta description give only "SMD" and <title> says "Job in Tehran"; the Location row and header say Tehran while the text puts the job in the R&D office at Pardis Technology Park east of Tehran; the description mixes English sections with a right-to-left Persian block (dir="rtl") that has its own Persian title heading; job-information table, apply box, bilingual company box, similar jobs and salary widget are excluded.'
  },
  {
    file: 'd-muni-il/michraz-12-2019-menahel-gannim-venof.html',
    url: 'https://www.ramat-shaked.muni.il/Tenders/TenderView.aspx?TenderID=412&CatID=7',
    kind: 'single',
    title: 'מנהל/ת מחלקת גנים ונוף', company: 'עיריית רמת שקד', location: 'רמת שקד',
    sel: '#ctl00_ContentPlaceHolder1_divTenderText',
    notes: 'Israeli 2019 municipal website (ASP.NET WebForms, XHTML, dir="rtl", accessibility toolbar): a Hebrew internal/external personnel tender whose <h1> starts with the tender number and "מכרז פנימי/חיצוני", the role only after a dash; <title> is the section name; the municipality is named in the logo alt, the text and footer, and the town only implicitly; the body is a formal circular (facts table, numbered duties, threshold requirements with Latin AutoCAD/GIS, how to apply, legal preference clauses, mayor\'s signature); PDF/Word downloads, other tenders sidebar and footer are excluded.'
  },
  {
    file: 'd-forasna/mandoob-mabe3at-obour.html',
    url: 'https://forasna.com/a/%D9%85%D9%86%D8%AF%D9%88%D8%A8-%D9%85%D8%A8%D9%8A%D8%B9%D8%A7%D8%AA-%D9%85%D9%8A%D8%AF%D8%A7%D9%86%D9%8A-%D8%A7%D9%84%D8%B9%D8%A8%D9%88%D8%B1-231874',
    kind: 'single',
    title: 'مندوب مبيعات ميداني', company: 'Sama Foods', location: 'العبور، القليوبية',
    sel: '.job-description',
    notes: 'Egyptian 2017 blue-collar job board, Arabic only (RTL Bootstrap): the <h1> prefixes the role with "مطلوب" (wanted); the company appears as the Latin brand "Sama Foods" in the header and as "شركة سما للصناعات الغذائية" in colloquial Egyptian text; the tag line gives Obour while the text sends the rep round East Cairo districts; Arabic-Indic and Western digits mixed; facts strip (salary, experience, gender), skills tags, anti-scam note, company card, similar jobs and an app banner are excluded.'
  },
  {
    file: 'd-itviec/senior-backend-developer-java-kafka-lamtech.html',
    url: 'https://itviec.com/it-jobs/senior-backend-developer-java-kafka-lamtech-2417',
    kind: 'single',
    title: 'Senior Backend Developer (Java, Kafka)', company: 'Lamtech', location: 'Phú Nhuận, Ho Chi Minh',
    sel: '.job-details__paragraph',
    notes: 'Vietnamese 2019 IT job board in its VI interface: the <h1> appends the salary ("- Up to $2,800") to the title; the company is the brand "Lamtech" while the JSON-LD gives the Vietnamese legal name "Công ty Cổ phần Công nghệ Sông Lam"; the location is a full Vietnamese street address ending in district and city; English section headings ("The Job", "Your Skills and Experience") over Vietnamese text; the company\'s "Top 3 Reasons To Join Us" box, skill tags, apply buttons, other jobs at the company, employer overview and similar jobs are excluded.'
  },
  {
    file: 'd-ngcareers/front-desk-officer-halcyon-court-lekki.html',
    url: 'https://ngcareers.com/job/2021-06/front-desk-officer-at-halcyon-court-apartments-limited-523114',
    kind: 'single',
    title: 'Front Desk Officer', company: 'Halcyon Court Apartments Limited', location: 'Lekki Phase 1, Lagos',
    sel: '#job-description',
    notes: 'Nigerian 2021 job board (Bootstrap 4): the meta list and JSON-LD give only "Lagos" while the body repeats Nigerian ad conventions ("We are recruiting to fill the position below", "Job Title:", "Job Location: Lekki Phase 1, Lagos", naira salary per month, "Application Closing Date", "Method of Application" by email); the logo alt shortens the company to "Halcyon Court"; WhatsApp share row, scam alert, related jobs in other states, company summary, job-alert form and jobs-by-state links are excluded.'
  },
  {
    file: 'd-sarkariresult/mascb-junior-assistant-final-result-2019.html',
    url: 'https://www.sarkariresult.com/mascb/mascb-junior-assistant-final-result/',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Indian 2019 government-jobs aggregator page in table layout with <font> tags, English and Hindi: a final result / selection list for a state board\'s Junior Assistant recruitment that still carries the original notification\'s posting facts (important dates, fee, age limit, 1548 vacancies, eligibility) alongside cut-off marks and "Click Here" download links for the result PDF; latest-jobs links below.'
  },
  {
    file: 'd-trampos/analista-de-midia-paga-pleno-recife.html',
    url: 'https://trampos.co/oportunidades/418276-analista-de-midia-paga-pleno',
    kind: 'single',
    title: 'Analista de Mídia Paga Pleno', company: 'Caju', location: 'Boa Viagem, Recife - PE',
    sel: '.opportunity-description',
    notes: 'Brazilian 2020 creative/tech job board (AngularJS app shell): the JSON-LD drops "Pleno" from the title and gives the legal name "Caju Digital Comunicação Ltda", the page shows the brand "Caju"; the header says "Recife - PE" while the text sets a hybrid model at the Boa Viagem office; an employment-type badge "CLT" sits above the <h1>; tags, apply/share block, "Sobre a empresa" box, similar jobs in other cities and an LGPD-style cookie bar are excluded.'
  },
  {
    file: 'd-empleospublicos/convocatorias-vigentes-region-maule.html',
    url: 'https://www.empleospublicos.cl/pub/convocatorias/convocatorias.aspx?region=7',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Chilean 2022 public-sector jobs portal filtered to one region: twelve "items" blocks, each a linked cargo title with institution (often "Service / Unit") and a facts line of region, city, vacancy type, gross monthly pay in pesos and closing date; filter sidebar, help box, ClaveÚnica login, pagination and an info alert.'
  },
  {
    file: 'd-topkarir/staff-admin-gudang-cikarang.html',
    url: 'https://www.topkarir.com/lowongan/detil/staff-admin-gudang-77321',
    kind: 'single',
    title: 'Staff Admin Gudang', company: 'PT Sinar Boga Lestari', location: 'Cikarang, Kabupaten Bekasi, Jawa Barat',
    sel: '#deskripsi-lowongan',
    notes: 'Indonesian 2019 job board, Indonesian only: <title> wraps the role in "Lowongan Kerja … di …", the JSON-LD title is shorter ("Admin Gudang"), the logo alt is "SBL"; the header says "Kab. Bekasi, Jawa Barat" and the JSON-LD "Bekasi" while the text places the job at the Cikarang warehouse; a colon-aligned facts table (rupiah salary, contract type, education, deadline), skill labels, anti-fraud alert, company box, similar jobs, career articles and an app-promo modal are excluded.'
  },
  {
    file: 'd-ph-company/careers-store-supervisor-sta-rosa.html',
    url: 'http://www.mabuhaypandesal.com.ph/careers/',
    kind: 'single',
    title: 'Store Supervisor', company: 'Mabuhay Pandesal', location: 'Sta. Rosa, Laguna',
    sel: '#panel-58-1-0-1 .textwidget',
    notes: 'Philippine 2016 bakery chain on WordPress with the Sydney theme and SiteOrigin Page Builder, in Taglish: the <h1> is "Careers", the role is in a headline widget ("NOW HIRING!" over a sub-headline "Store Supervisor – Sta. Rosa Commissary & Branches"); the company is only the site title and the footer "Mabuhay Pandesal Food Corp."; the posting text has peso salary, government-ID requirements and walk-in hours and mentions branches in other towns; a company intro, a "Bakit Mabuhay?" side column, a Contact Form 7 form and footer widgets with the address are excluded.'
  }
];

writeManifest(DIR, 'manifest-d.jsonl', PAGES);
