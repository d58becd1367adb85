// Computes ground-truth description fields for the b-* pages and writes manifest-b.jsonl.
// Usage: node gt-b.mjs   (run from anywhere)
// The b-* pages are fixtures written by hand from what each site's saved pages are known to contain;
// employers, people, roles and all prose are invented.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'b-paycom/fleet-maintenance-technician-springdale.html',
    url: 'https://www.paycomonline.net/v4/ats/web.php/jobs/ViewJobDetails?job=84213&clientkey=7QH2K9D3F1',
    kind: 'single',
    title: 'Fleet Maintenance Technician II - 2nd Shift', company: 'Brightwater Logistics', location: 'Springdale, AR',
    sel: '#jobDescriptionContainer',
    notes: 'Paycom ATS (Vue, data-v-* attributes, hand-written fixture). Employer named only in the header logo alt, the <title> ("Careers | Brightwater Logistics") and the EEO sentence at the end of the body; footer says "Powered by Paycom" / "(c) 2024 Paycom" (the ATS, not the employer). Title in an <h2> (no <h1> on the page); location line prefixes a site name ("Springdale Distribution Center - Springdale, AR 72764"); label/value meta grid (Position Type, Salary Range, Requisition Number) sits between title and a "Description" label; Other Openings sidebar with other titles and Arkansas/Missouri/Tennessee places; og:title only, no JSON-LD.'
  },
  {
    file: 'b-catho/analista-departamento-pessoal-campinas.html',
    url: 'https://www.catho.com.br/vagas/analista-de-departamento-pessoal/28471935/',
    kind: 'single',
    title: 'Analista de Departamento Pessoal', company: 'Laticínios Serra Azul', location: 'Campinas - SP',
    sel: '[data-testid="job-description"], [data-testid="job-benefits"]',
    notes: 'Portuguese (Brazil), Next.js + styled-components hashed classes, data-testid attributes, __NEXT_DATA__. JSON-LD differs from the page: title "Analista de Departamento Pessoal Pleno" and hiringOrganization is the legal name "Serra Azul Alimentos Ltda" (neither contains the displayed brand "Laticínios Serra Azul"). Location only as "1 vaga: Campinas - SP (1)" in a facts row and the breadcrumb "em Campinas - SP"; salary and publish date around the title; description is two blocks (text + benefits chip list) with an "Informações adicionais" dl (Regime, Horário) after them that is excluded; "Vagas similares" list and salary-research box.'
  },
  {
    file: 'b-trabajando/ejecutivo-comercial-terreno-providencia.html',
    url: 'https://www.trabajando.cl/trabajo/5283716-ejecutivo-comercial-de-terreno',
    kind: 'single',
    title: 'Ejecutivo Comercial de Terreno', company: 'Distribuidora Los Aromos SpA', location: 'Providencia, Región Metropolitana de Santiago',
    sel: '#descripcionOferta, #requisitosOferta',
    notes: 'Spanish (Chile), Angular SSR (_ngcontent-serverApp-* attributes, escaped transfer state). The only <h1> is a visually hidden site heading ("Trabajando.com Chile - Ofertas de trabajo y empleo"); the job title is an <h2>. Description split in two cards (Descripción del cargo / Requisitos) with the "Información de la oferta" facts card (Ubicación, Renta, Jornada...) between them and a "Preguntas de la empresa" card after; location only in the facts card; JSON-LD says addressLocality "Santiago"; region <select> in the search bar lists every Chilean region.'
  },
  {
    file: 'b-mynavi/shanai-se-infra-minato.html',
    url: 'https://tenshoku.mynavi.jp/jobinfo-284719-1-8-1/',
    kind: 'single',
    title: '社内SE（インフラ担当）', company: '株式会社ソラノハ技研', location: '東京都港区',
    sel: '.jobPointArea p, table.jobOfferTable',
    notes: 'Japanese. The <h1> is the company name; the role is in p.occName with a catch-copy suffix ("社内SE（インフラ担当）◆年間休日125日／リモート可"), and JSON-LD title carries the full suffixed string. Short summary table (仕事内容/対象となる方/勤務地/給与) above the tabs repeats the first sentence of each field and is excluded; the body is the "この仕事のポイント" paragraphs plus the 募集要項 table (the site puts 勤務地/勤務時間/給与 rows inside it, so they are part of the body); 応募方法 and 会社情報 tables after it are excluded. Location "東京都港区" from the summary row; the table gives the full street address.'
  },
  {
    file: 'b-wuzzuf/cost-accountant-6th-october.html',
    url: 'https://wuzzuf.net/jobs/p/Xq7bNm2PkR4s-Cost-Accountant-Wadi-Khadra-Food-Industries-Giza-Egypt',
    kind: 'single',
    title: 'محاسب تكاليف', company: 'Wadi Khadra Food Industries', location: '6th of October, Giza, Egypt',
    sel: '[data-testid="job-description"] .css-1uobp1k, [data-testid="job-requirements"] .css-1uobp1k',
    notes: 'English site chrome with an Arabic (RTL) title and body; emotion css-* hashed classes. JSON-LD title is English ("Cost Accountant") and its description is a one-line English summary not on the page. Company link text ends with " -" and is followed by the location in a nested <strong>; "Job Details" label rows (Experience Needed, Salary: Confidential) and skill chips sit above the body; body split into "Job Description" and "Job Requirements" sections; the Arabic text names the company in Arabic (الوادي الخضرا). Similar Jobs sidebar includes another Arabic title.'
  },
  {
    file: 'b-pnet/senior-creditors-clerk-umhlanga.html',
    url: 'https://www.pnet.co.za/jobs--Senior-Creditors-Clerk-Durban-Umhlanga-Kestrel-Talent-Solutions--2947183-inline.html',
    kind: 'single',
    title: 'Senior Creditors Clerk', company: 'Kestrel Talent Solutions', location: 'Durban, Umhlanga',
    sel: '.js-app-ld-ContentBlock',
    notes: 'PNet (StepStone group markup: listing-content-provider-* hashed classes, data-at / data-genesis-element attributes, __PRELOADED_STATE__). Recruitment-agency posting for an unnamed client ("Our client, a well-established FMCG distributor"), so the company is the agency; JSON-LD names "Kestrel Talent Solutions (Pty) Ltd" and addressLocality "Umhlanga". Body is five titled sections (Introduction ... Interested?); an "About the recruiter" card, Sponsored box and "Jobs you may be interested in" with Durban-area places follow.'
  },
  {
    file: 'b-rexx/konstrukteur-vorrichtungsbau-luedenscheid.html',
    url: 'https://karriere.hagemann-werkzeugbau.de/Konstrukteur-mwd-Vorrichtungsbau-de-j482.html',
    kind: 'single',
    title: 'Konstrukteur (m/w/d) Vorrichtungsbau', company: 'Hagemann Werkzeugbau GmbH & Co. KG', location: 'Lüdenscheid',
    sel: '.job_block',
    notes: 'German company career portal on rexx systems. The <h1> is a slogan on the stage image ("Gemeinsam bauen wir Präzision."); the title is a <strong> in div.stellentitel. Location only in the "Standort:" facts line; JSON-LD gives the head-office address in Schalksmühle instead. Full company name only in the intro sentence, JSON-LD and the footer copyright (logo alt is "Hagemann Werkzeugbau – Präzision aus dem Sauerland"). Body is four blocks (intro, Ihre Aufgaben, Ihr Profil, Wir bieten + apply sentence); the contact-person box, "Weitere Stellenangebote", Job-Abo box and an "Arbeiten bei Hagemann" benefits band outside the posting are excluded.'
  },
  {
    file: 'b-webcruiter/sykepleier-natt-tromso.html',
    url: 'https://candidate.webcruiter.com/nb-no/home/advert?advertid=4472918&companylock=119284',
    kind: 'single',
    title: 'Sykepleier – nattevakt', company: 'Havbris Omsorg AS', location: 'Tromsø',
    sel: '#advertText',
    notes: 'Norwegian (bokmål), Webcruiter candidate app (Angular). The <h1> is a recruiting headline ("Vil du være med og gjøre nettene trygge for beboerne våre?"); the job title appears only as the "Stillingstittel" value in the sidebar facts list (and in a JSON state script). <title> is the generic "Webcruiter - Ledig stilling"; no og: tags, no JSON-LD. Company in the banner and the "Arbeidsgiver" fact; company logo alt is just "Logo"; "Arbeidssted" is "Strandvegen bo- og omsorgssenter, Tromsø". Contact persons and "Flere stillinger hos ..." list are excluded.'
  },
  {
    file: 'b-reachmee/lediga-jobb-norrsken.html',
    url: 'https://web103.reachmee.com/ext/I014/1123/main?site=9&validator=7c1f0b3e4a9d2c85e6b1f7a0d3c9e214&lang=SE',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Swedish employer careers index on ReachMee (ASP.NET form with __VIEWSTATE): "Visar 2 lediga tjänster" table with only two jobs; the first row carries a long teaser paragraph (duties, requirements, contract) that reads like a posting body, the company intro and a "Därför trivs våra medarbetare" benefits section surround it. Not a single posting.'
  },
  {
    file: 'b-glints/expired-digital-marketing-specialist.html',
    url: 'https://glints.com/id/opportunities/jobs/digital-marketing-specialist/7d3c1e52-9a4b-4f2e-b8d1-2c6e0f9a7b31',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Indonesian Glints job URL whose vacancy is closed: banner "Lowongan ini sudah tidak menerima lamaran", but the header card still shows the title in an <h1>, company, location, salary and a disabled "Lowongan Ditutup" button; og:title names the job; no description and no JSON-LD; six similar-job cards (one from the same company) follow. Expired page, not a posting.'
  }
];

writeManifest(DIR, 'manifest-b.jsonl', PAGES);
