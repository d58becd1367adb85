// Computes ground-truth description fields for the heldout21 b-* pages (large employers' own career
// sites on enterprise career-site platforms of 2017-2024: a Radancy/TalentBrew grocery-chain site, a
// Jibe hospital-network site, a Beamery-hosted building-society site, a Clinch hotel-group search page,
// a SmashFly regional-airline site, an InRecruiting (Zucchetti/Intervieweb) utility-group portal, a HRMOS
// Japanese careers page, a milch & zucker BeeSite German group portal, a Kenoby Brazilian retailer page
// and an expired Talemetry posting on a Québec insurer's site; written for this benchmark from what those
// platforms' markup was like; all employers, people, addresses, phone numbers and prose invented) and
// writes manifest-b.jsonl.
// Usage: node gt-b.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'b-radancy/maintenance-technician-refrigeration-bethlehem.html',
    url: 'https://jobs.cardinalridgemarkets.com/job/bethlehem/maintenance-technician-ii-refrigeration-2nd-shift/31877/61843920768',
    kind: 'single',
    title: 'Maintenance Technician II - Refrigeration (2nd Shift)', company: 'Cardinal Ridge Markets', location: 'Bethlehem, PA',
    sel: '.ats-description',
    notes: 'US 2021 grocery chain on Radancy TalentBrew: the JSON-LD is stale and partial (title without the shift, hiringOrganization the holding "Cardinal Ridge Holdings, LLC", location the old Allentown DC, a truncated description); the logo alt is only "Cardinal Ridge" and the trading name is in the text; Bethlehem is the job-info location; mega-menu with its own headings, map, benefits carousel, similar jobs, talent-community form, sticky apply bar and "Powered by Radancy" surround the ats-description.'
  },
  {
    file: 'b-jibe/registered-nurse-cardiac-step-down-kettering.html',
    url: 'https://careers.brookhollowhealth.org/jobs/23811?lang=en-us',
    kind: 'single',
    title: 'Registered Nurse - Cardiac Step-Down (Nights)', company: 'Brookhollow Health', location: 'Kettering, OH',
    sel: '.jibe-job-description',
    notes: 'US 2018 hospital network on a Jibe (AngularJS) career site: <title> is only "Careers | Brookhollow Health", the JSON-LD title is the ATS requisition name "RN - Cardiac Step Down - FT Nights", and a sign-on-bonus badge sits above the <h1>; the facility (St. Agnes Hospital) differs from the network named in the logo alt ("Brookhollow") and footer; a Job Details sidebar with map, talent-network box, similar jobs in other towns and a footer listing four hospitals.'
  },
  {
    file: 'b-beamery/senior-mortgage-underwriter-leeds.html',
    url: 'https://careers.thamesreach.co.uk/vacancies/senior-mortgage-underwriter-leeds-tr-2023-0417',
    kind: 'single',
    title: 'Senior Mortgage Underwriter', company: 'Thamesreach Building Society', location: 'Leeds',
    sel: '[data-testid="vacancy-description"]',
    notes: 'UK 2023 building society on Beamery Pages (Next.js, emotion classes, OneTrust banner): the <h1> is the hero "Careers at Thamesreach" and the job title is an <h2>; the logo alt is "Thamesreach" and the full name appears only in the text and the regulatory footer (with the Reading principal office); location is an icon fact "Leeds – hybrid"; application-journey steps, a staff quote, related vacancies in Reading and a talent-community band follow, each with headings.'
  },
  {
    file: 'b-clinch/jobs-search-london.html',
    url: 'https://careers.marlowandfinch.com/jobs?location=London',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'UK 2020 hotel group on a Clinch career site: a search-results page with 12 job cards (title, hotel brand, London postcode area, department and type tags, age), one flagged "Featured", facet filters with counts, pagination to 47 results, and promo cards for a new hotel\'s opening team and the talent community.'
  },
  {
    file: 'b-smashfly/aircraft-maintenance-technician-grand-rapids.html',
    url: 'https://careers.lakeshoreair.com/ShowJob/Id/1432987/Aircraft-Maintenance-Technician-A-P-Line-Maintenance',
    kind: 'single',
    title: 'Aircraft Maintenance Technician (A&P) - Line Maintenance', company: 'Lakeshore Air', location: 'Grand Rapids, MI',
    sel: '.jobDescription',
    notes: 'US 2017 regional airline on a SmashFly (ASP.NET MVC, Bootstrap 3) career site: the logo alt is the marketing brand "Meridian Connection" while the employer is Lakeshore Air, named in the text and footer with a Minneapolis HQ address; the location is a "Job Information" table row plus a station code, and the text adds rotating coverage at Traverse City; no structured data; talent-network panel and modal form, share panel and similar jobs in other cities.'
  },
  {
    file: 'b-inrecruiting/tecnico-rete-idrica-telecontrollo-seriate.html',
    url: 'https://inrecruiting.intervieweb.it/orobicaservizi/jobs/tecnico-di-rete-idrica-telecontrollo-48213/it/',
    kind: 'single',
    title: 'Tecnico di rete idrica - Telecontrollo', company: 'Acque del Serio S.p.A.', location: 'Seriate (BG)',
    sel: '#vacancy-description',
    notes: 'Italian 2022 utility group portal on InRecruiting/Intervieweb: logo, <title> and JSON-LD name the group ("Gruppo Orobica Servizi", location Bergamo) while the hiring subsidiary is the "Azienda" subtitle and the text; the Sede is Seriate (BG) with field work in the Val Seriana; the description is four titled sections ending with the Italian equal-opportunity clause; privacy note, group-companies card and other vacancies (same .vacancy__render markup) are excluded.'
  },
  {
    file: 'b-hrmos/automotive-software-engineer-yokohama.html',
    url: 'https://hrmos.co/pages/minato-mobility/jobs/1873302948117204992',
    kind: 'single',
    title: '車載ソフトウェアエンジニア（自動駐車システム）', company: '株式会社ミナトモビリティ', location: '神奈川県横浜市西区',
    sel: '.pg-body .jsc-markdown-text, .pg-body .pg-job-table',
    notes: 'Japanese 2024 carmaker subsidiary on HRMOS: the job title is an <h1> with the misleading class "sg-corporate-name" and <title> puts the company first; the logo alt is romanised ("MINATO MOBILITY") and the parent group is named in the text; the 勤務地 row gives the Minato Mirai head office plus test-track trips to Tochigi; the description is the markdown section plus the 募集要項 table, with the 会社情報 table, apply area and other openings excluded.'
  },
  {
    file: 'b-beesite/projektingenieur-elektrische-antriebe-schweinfurt.html',
    url: 'https://karriere.hallberg-gruppe.de/Vacancies/4821/Description/1',
    kind: 'single',
    title: 'Projektingenieur Elektrische Antriebe (m/w/d)', company: 'Körnerwerk Antriebstechnik GmbH', location: 'Schweinfurt',
    sel: '.bs-jobad__content',
    notes: 'German 2019 industrial group portal on milch & zucker BeeSite: logo, <title> and JSON-LD give the group ("Hallberg Gruppe", Nürnberg address) while the hiring company is in the "Gesellschaft" fact, the job-ad logo alt ("Körnerwerk") and the text; a stage <h2> precedes the <h1>, and the ad repeats the title in bold; facts, contact person with phone, Jobagent box, benefits and a similar-jobs table for other group companies are excluded.'
  },
  {
    file: 'b-kenoby/analista-planejamento-demanda-sao-paulo.html',
    url: 'https://jobs.kenoby.com/casavitoria/job/analista-de-planejamento-de-demanda-pleno/5f3a9c2e8b1d4e0012a7c6f1',
    kind: 'single',
    title: 'Analista de Planejamento de Demanda Pleno', company: 'Casa Vitória', location: 'São Paulo, SP',
    sel: '#job-description',
    notes: 'Brazilian 2020 home-goods retailer on Kenoby: the header logo alt is just "Logo" and a cover <h2> comes before the <h1>; the JSON-LD abbreviates the title ("Pl.") and names the legal entity "Vitória Comércio de Utilidades Domésticas S.A.", which is also the footer line; the location is "São Paulo, SP, BR" with the Vila Leopoldina office only in the text; LGPD banner, values card and other vacancies in other towns.'
  },
  {
    file: 'b-talemetry/conseiller-indemnisation-automobile-expire.html',
    url: 'https://carrieres.mutuellelaurentienne.ca/fr/jobs/412873-conseiller-ou-conseillere-en-indemnisation-automobile',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Québec 2022 insurer on Talemetry after the posting closed: <title>, meta description and og:title still carry the job and city, and the text names the job, Québec and its number, but the <h1> says the position is no longer available; six recommended jobs (one with the same title in Lévis), value propositions and a talent-community form in French.'
  }
];

writeManifest(DIR, 'manifest-b.jsonl', PAGES);
