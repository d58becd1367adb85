// Computes ground-truth description fields for the heldout16 b-* pages (employers' own careers
// pages of 2018-2025 on smaller or regional applicant-tracking systems, HR-suite career modules and
// headless careers sites: HRMOS (Japan), InHire (Brazil), HiringRoom (Argentina), Darwinbox (India),
// DigitalRecruiters (France), eRecruiter (Poland), a Next.js "werken bij" site (Netherlands),
// Talentera (Saudi Arabia), InRecruiting (Italy) and Refline (Switzerland), written for this
// benchmark from what those sites' markup was like; all employers, people and prose invented) and
// writes manifest-b.jsonl.
// Usage: node gt-b.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'b-hrmos/hojin-eigyo-agv-fukuoka.html',
    url: 'https://hrmos.co/pages/kumonosu-robotics/jobs/1873204551928307712',
    kind: 'single',
    title: '法人営業（物流倉庫向け自動搬送ロボット）', company: '株式会社クモノス・ロボティクス', location: '福岡県福岡市博多区',
    sel: 'article.pg-body',
    notes: 'Japanese 2023 HRMOS page; the job title sits in an <h1 class="sg-corporate-name"> with a 【福岡】 location tag in front and a subline carrying salary; the company is only in the logo alt, the <title> suffix and a separate 会社情報 table (the footer and JSON-LD use the English "Kumonosu Robotics Inc."); the JSON-LD jobLocation is the Tokyo head office while the 勤務地 row gives the new Fukuoka office (with a Tokyo training month); description is the markdown intro plus the 募集要項 th/td table, not the company table or the other-jobs cassettes.'
  },
  {
    file: 'b-inhire/pessoa-analista-de-dados-pleno-curitiba.html',
    url: 'https://araucaria.inhire.app/vagas/3fa1c9d2-7b4e-4e0a-8c61-29d5b0e7f813/pessoa-analista-de-dados-pleno',
    kind: 'single',
    title: 'Pessoa Analista de Dados Pleno', company: 'Drogarias Araucária', location: 'Curitiba, PR',
    sel: 'div.job-description',
    notes: 'Brazilian 2022 Next.js careers page (styled-components hash classes, __NEXT_DATA__ holding the job, tenant and other jobs); <title> is the generic "Carreiras | Araucária" and the header logo alt is just "logo"; the full company name appears only in the "Sobre a Araucária" box and the JSON blob; location is an icon chip "Curitiba - PR" beside "Híbrido", while the prose also names the São José dos Pinhais DC; company box, hiring steps, other jobs (other towns) and an LGPD cookie dialog are not description.'
  },
  {
    file: 'b-hiringroom/vendedor-tecnico-linea-agro-rosario.html',
    url: 'https://agrolitoral.hiringroom.com/jobs/get_vacancy/60f1c3a9e4b0d2a7c81f9e35',
    kind: 'single',
    title: 'Vendedor/a Técnico/a – Línea Agro', company: 'Agroinsumos del Litoral', location: 'Rosario, Santa Fe',
    sel: '.vacancy-description',
    notes: 'Argentine 2021 HiringRoom vacancy page; the JSON-LD hiringOrganization is "HiringRoom" (the ATS), og:site_name too, and the <title> is "Trabajá con nosotros | ..."; the employer is named in the logo alt, the first sentence and the footer; the facts line says Rosario while the text covers the south of Santa Fe and Entre Ríos and lists branches in other towns; the inline application form with screening questions, share buttons and "Otras búsquedas" with their towns are excluded.'
  },
  {
    file: 'b-darwinbox/area-sales-manager-modern-trade-pune.html',
    url: 'https://ambrosiadairy.darwinbox.in/ms/candidatev2/main/careers/jobDetails/a66f3c1e9b2d47?from=all',
    kind: 'single',
    title: 'Area Sales Manager - Modern Trade', company: 'Ambrosia Dairy Foods Pvt. Ltd.', location: 'Pune, Maharashtra, India',
    sel: '.job-description',
    notes: 'Indian 2024 Darwinbox candidate portal rendered by Angular (_ngcontent attributes); <title> is just "Careers", the only <h1> is the tenant banner slogan and the job title is a <span class="jd-title">; the logo alt is "company-logo" and the company is named only in the footer and an "About Us" card; the location value carries a "+2" tooltip with Nashik and Aurangabad, which the duties also mention; "Job Description" is a section <h5>, with similar jobs in Mumbai, Kolhapur and Bengaluru beside it.'
  },
  {
    file: 'b-digitalrecruiters/technicien-de-maintenance-venissieux.html',
    url: 'https://carrieres.groupe-solveo.fr/fr/annonce/2154876-technicien-de-maintenance-hf-69200-venissieux',
    kind: 'single',
    title: 'Technicien de maintenance H/F', company: 'Transports Rhodaniens Mathieu', location: 'Vénissieux',
    sel: '.job-ad__content',
    notes: 'French 2023 DigitalRecruiters careers site (Nuxt SSR with a window.__NUXT__ state blob); the site, logo, <title> ("Groupe Solvéo recrute") and JSON-LD all name the group, but the ad\'s "Entité" fact and its first paragraph make the subsidiary TRM – Transports Rhodaniens Mathieu the employer; location is "69200 Vénissieux" in the facts and only a postal code in the JSON-LD; the group brand box and similar offers (Dijon, Saint-Quentin-Fallavier) are excluded.'
  },
  {
    file: 'b-erecruiter/specjalista-ds-rozliczen-poznan.html',
    url: 'https://skk.erecruiter.pl/Offer.aspx?oid=1874512&ejoId=2211034&ejorId=2410087&comId=4417',
    kind: 'single',
    title: 'Specjalista / Specjalistka ds. rozliczeń z kontrahentami', company: 'Hurtownia Farmaceutyczna Tarnica S.A.', location: 'Poznań',
    sel: '#ctl00_ContentPlaceHolder1_divOfferContent',
    notes: 'Polish 2018 eRecruiter offer page (ASP.NET WebForms with __VIEWSTATE) wrapping the employer\'s table-headed template; <title> is only "Oferta pracy", the logo alt is "logo" and the title is an <h1> after an intro line; the company is named in the first paragraph of the ad and in the RODO clause, which sits after the apply button and is not description; the ad also names the Swarzędz distribution centre.'
  },
  {
    file: 'b-nextjs-werkenbij/medewerker-klantenservice-zwolle.html',
    url: 'https://werkenbij.ijsselstroom.nl/vacatures/medewerker-klantenservice-zwolle',
    kind: 'single',
    title: 'Medewerker Klantenservice', company: 'IJsselstroom', location: 'Zwolle',
    sel: 'article.vacancy-body',
    notes: 'Dutch 2025 Next.js App Router "werken bij" site (Tailwind classes, the vacancy repeated in self.__next_f RSC chunks); the logo is an inline SVG whose <title> is the only brand mark in the header; the JSON-LD in the body still gives the old Deventer office while the facts line and the text say Zwolle; an eyebrow "Vacature · Klant & Service" precedes the <h1>; recruiter card with phone, application steps, "Over IJsselstroom" band and related jobs in Deventer and Apeldoorn are excluded.'
  },
  {
    file: 'b-talentera/staff-nurse-icu-riyadh.html',
    url: 'https://rawdahmedical.talentera.com/en/saudi-arabia/jobs/staff-nurse-intensive-care-unit-5127784/',
    kind: 'single',
    title: 'Staff Nurse – Intensive Care Unit', company: 'Al Rawdah Medical Group', location: 'Riyadh, Saudi Arabia',
    sel: '#job_description',
    notes: 'Saudi 2020 Talentera (Bayt-built) careers portal in English with an Arabic paragraph inside the description; the JSON-LD gives the employer only by its Arabic name and the location only as the country; the <title> ends in a bare "| Careers"; the text names the group\'s hospital in Al Malqa as the workplace; Skills tags, the Job Details and Preferred Candidate definition lists (with residence countries), similar jobs in Al Khobar and a job-alert form are outside the description.'
  },
  {
    file: 'b-inrecruiting/valdorcia-career-offerte.html',
    url: 'https://inrecruiting.intervieweb.it/valdorcia/it/career',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Italian 2022 InRecruiting (Zucchetti) career page: seven div.vacancy__render cards with linked <h3> titles, Sede and Funzione spans, dates and an excerpt each, under the <h1> "Lavora con noi"; filter form, hidden list-call URL, spontaneous-application box and an iubenda cookie script.'
  },
  {
    file: 'b-refline/pflegefachperson-hf-waedenswil-closed.html',
    url: 'https://apply.refline.ch/673415/0932/pub/1/index.html',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Swiss German 2025 Refline page at a closed job URL: <title>, meta, og tags and a full JobPosting JSON-LD (validThrough in the past) still describe the nursing job in Wädenswil, but the visible page only says the ad has expired and lists four other current jobs with workloads, plus the employer\'s contact line.'
  }
];

writeManifest(DIR, 'manifest-b.jsonl', PAGES);
