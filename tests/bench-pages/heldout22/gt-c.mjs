// Computes ground-truth description fields for the heldout22 c-* pages (job postings as users meet
// them in unusual renderings of ordinary pages: a print view of an Abacus Umantis vacancy (Swiss
// German), an AMP reader-mode page of a WordPress/WP Job Manager board (Kenya), a jQuery Mobile
// m. site of a 2012 French board, a Recruitee jobs widget rendered into a Dutch shipyard's Elementor
// page, a Teamtailor job page saved with SingleFile (Swedish), a Spanish hospitality board behind a
// Didomi consent overlay, a Wayback Machine capture of a 2013 UK engineering board, a translate.goog
// (Google Translate) copy of a Czech posting, a Campaign Monitor newsletter web version with six
// jobs (list) and a Japanese architects' recruit page saying there are no openings (not a posting);
// written for this benchmark from what those sites' markup was like; all employers, people,
// addresses, phone numbers and prose invented) and writes manifest-c.jsonl.
// Usage: node gt-c.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'c-umantis-print/vacancy-218-lebensmitteltechnologe-burgdorf-print.html',
    url: 'https://recruitingapp-5317.umantis.com/Vacancies/218/Description/1?print=1',
    kind: 'single',
    title: 'Lebensmitteltechnologin / Lebensmitteltechnologe HF als Produktionsleiter/in Stv. (80 – 100 %)',
    company: 'Bergli Lebensmitteltechnik AG',
    location: 'Burgdorf BE',
    sel: '#VacancyText',
    notes: 'Swiss (German) 2022 Abacus Umantis print view as served (XHTML, tables, auto window.print()): <title> is only "Stellenbeschreibung - Druckansicht"; the employer is named only in the logo alt and the print footer (never in the text, which says "wir"); the place is in the "Arbeitsort" row of a facts table; a screen-only toolbar (Drucken / Fenster schliessen / Online bewerben) and a QR-code box precede the heading. No structured data.'
  },
  {
    file: 'c-amp-jobsmtaani/job-quality-assurance-officer-mlima-fresh-dairies-amp.html',
    url: 'https://www.jobsmtaani.co.ke/job/quality-assurance-officer-job-at-mlima-fresh-dairies-ltd/amp/',
    kind: 'single',
    title: 'Quality Assurance Officer',
    company: 'Mlima Fresh Dairies Ltd',
    location: 'Nyeri',
    sel: '.amp-wp-article-content .job_description',
    notes: 'Kenyan 2019 WordPress + WP Job Manager board in AMP reader mode as served (amp-img, amp-ad, amp-sidebar, amp-boilerplate): <h1> and <title> are "Quality Assurance Officer Job at Mlima Fresh Dairies Ltd" with the board name, the role alone only in a bold "Job Title:" line; the place is a map link in the job-listing-meta list (the text says Kiganjo Plant, Nyeri); the JSON-LD is the AMP plugin\'s BlogPosting (headline, author, no JobPosting); AdSense slots, an "Apply for job" e-mail box, WhatsApp/Telegram prompts and related jobs surround the body.'
  },
  {
    file: 'c-m-regionsjob/offre-technicien-maintenance-industrielle-vire-mobile.html',
    url: 'http://m.regionsjob.com/offre-emploi/technicien-maintenance-industrielle-h-f-vire-14_ref-O1204-58731.html',
    kind: 'single',
    title: 'Technicien de maintenance industrielle H/F',
    company: 'SOVIMAT Plasturgie',
    location: 'Vire (14) - Calvados',
    sel: '#offre-detail',
    notes: 'French 2012 RegionsJob mobile site (m. subdomain) as served, jQuery Mobile 1.1 markup (data-role pages, listviews, collapsibles; no classes until JS runs): the only <h1> in the header is the board logo, the role is an <h2>, and <title> shortens it ("Technicien de maintenance H/F - Vire"); the place is a "Lieu :" listview row and the breadcrumb names the old region Basse-Normandie; the body is three collapsibles (L\'entreprise, Le poste, Profil recherché, the last collapsed) followed by Postuler buttons, a banner ad and "Offres similaires". No structured data.'
  },
  {
    file: 'c-oosterdiep-recruitee/werken-bij-allround-interieurbouwer-widget-rendered.html',
    url: 'https://www.oosterdiep.nl/werken-bij/#/offer/allround-interieurbouwer-jachtbouw',
    kind: 'single',
    title: 'Allround interieurbouwer jachtbouw',
    company: 'Jachtwerf Oosterdiep',
    location: 'Heeg, Friesland',
    sel: '.rt-offer__body',
    notes: 'Dutch 2021 employer site (WordPress, Hello Elementor, Elementor sections) with a Recruitee jobs widget, rendered DOM as saved from the browser: the page <h1> and <title> are "Werken bij Oosterdiep" and the culture text, testimonials and open-application note around the widget are not the posting; the role is the widget\'s <h2>, the place a widget meta item "Heeg, Friesland, Nederland"; the Yoast JSON-LD describes only the Organization and WebPage, no JobPosting; a Complianz cookie banner sits at the end.'
  },
  {
    file: 'c-teamtailor-singlefile/lagerchef-centrallager-nassjo-singlefile.html',
    url: 'https://tallbacka.teamtailor.com/jobs/3184207-lagerchef-till-vart-centrallager-i-nassjo',
    kind: 'single',
    title: 'Lagerchef till vårt centrallager i Nässjö',
    company: 'Tallbacka Möbler',
    location: 'Nässjö',
    sel: '#section-job-body .block-text',
    notes: 'Swedish 2024 Teamtailor job page saved with SingleFile (header comment, scripts removed, minified unquoted attributes, one inlined <style>, images as data: URIs, CSP meta): the heading repeats in an apply section; department/place/"Heltid" are a dot-separated line under the <h1>; the "Om Tallbacka Möbler" block names the head office in Vetlanda. The JSON-LD JobPosting is stale: title just "Lagerchef" and jobLocation Vetlanda (head office) instead of Nässjö.'
  },
  {
    file: 'c-turijobs-cookie/oferta-jefe-partida-soller-didomi-rendered.html',
    url: 'https://www.turijobs.com/es-es/oferta-trabajo/jefe-partida-cocina-mediterranea-soller-baleares-of-4418093',
    kind: 'single',
    title: 'Jefe/a de Partida - Cocina mediterránea',
    company: 'Hoteles Tramuntana Blau',
    location: 'Sóller, Baleares',
    sel: '#descripcion, #requisitos',
    notes: 'Spanish 2022 Turijobs offer, rendered DOM with the Didomi consent popup open: #didomi-host is the first child of <body>, with its own <h1> ("Tu privacidad es importante para nosotros") and three paragraphs of consent prose before the site header; the posting body is two sections (Descripción de la oferta, Requisitos) after a facts list; the company box in the aside gives Palma. The JSON-LD JobPosting says title "Jefe de Partida" and addressLocality Palma, while the page says Sóller.'
  },
  {
    file: 'c-wayback-justengineers/web-20130614-maintenance-engineer-wakefield.html',
    url: 'https://web.archive.org/web/20130614081522/http://www.justengineers.net/jobs/maintenance/multi-skilled-maintenance-engineer-days-wakefield/402817.aspx',
    kind: 'single',
    title: 'Multi-Skilled Maintenance Engineer - Days',
    company: 'Pennant Engineering Recruitment Ltd',
    location: 'Wakefield, West Yorkshire',
    sel: '#ctl00_Main_divDescription',
    notes: 'UK 2013 JustEngineers.net (ASP.NET WebForms, __VIEWSTATE, table facts) as served by the Wayback Machine: rewrite scripts in <head>, the toolbar (#wm-ipp-base: URL box, capture calendar, "COLLECTED BY" text) at the top of <body>, every link rewritten to /web/20130614081522/…, and the archive comments after </html>. An agency posting for an unnamed "client" (a ready-meals maker), so the company is the agency in the "Recruiter:" row; schema.org microdata puts the agency in hiringOrganization; similar jobs and a job-alert box in the side column.'
  },
  {
    file: 'c-translate-jenprace/nabidka-svarec-co2-prerov-translate-goog-en.html',
    url: 'https://www-jenprace-cz.translate.goog/nabidka/svarec-ka-co2-kovovyroba-prerov-91877?_x_tr_sl=cs&_x_tr_tl=en&_x_tr_hl=en&_x_tr_pto=wapp',
    kind: 'single',
    title: 'Welder CO2 – metal production',
    company: 'HAVEX Industry s.r.o.',
    location: 'Přerov, Olomouc Region',
    sel: '#popis-nabidky',
    notes: 'Czech 2022 Jenprace.cz posting read through Google Translate (translate.goog proxy), rendered DOM: every sentence and label is wrapped in nested <font style="vertical-align: inherit;"> with the Czech original in a title attribute, the visible text is English machine translation ("minor locksmith work", "surcharges for afternoon shifts"); html.translated-ltr, body shifted top:40px, the goog-te banner iframe and the "Original text / Contribute a better translation" tooltip at the end. The JSON-LD and meta description stay Czech ("Svářeč/ka CO2 – kovovýroba").'
  },
  {
    file: 'c-createsend-newsletter/landcare-jobs-bulletin-issue-87-webversion.html',
    url: 'https://riverinaenvironet.createsend1.com/t/ViewEmail/r/4E2B7C91A0D35F68/C67FD2F38AC4859C/',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Australian 2023 Campaign Monitor web version of an environment network\'s fortnightly jobs e-mail (600px layout tables, inline styles, MSO conditionals, hidden preheader): a coordinator\'s note, six job items (h3 link, employer · place · terms · closing date line, two-sentence summary, "Find out more" tracking link), one of them the network\'s own role, then a training/volunteering section, advertising terms and an unsubscribe footer.'
  },
  {
    file: 'c-kawasemi-recruit/recruit-no-openings.html',
    url: 'https://www.kawasemi-sekkei.co.jp/recruit/',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Japanese 2023 architecture firm\'s recruit page (WordPress theme, FLOCSS-style classes): a president\'s message, work style (flex time, remote day, licence support), numbers, two staff voices and an FAQ, but the 募集要項 section says 現在、募集中の職種はありません (no open positions; the 2024 intake has closed) and links to events and a recruiting enquiry form; the JSON-LD is Organization/WebPage/BreadcrumbList only.'
  }
];

writeManifest(DIR, 'manifest-c.jsonl', PAGES);
