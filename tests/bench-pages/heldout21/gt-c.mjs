// Computes ground-truth description fields for the heldout21 c-* pages (job boards and employer
// pages in less-common European languages, 2012-2024: a StartupJobs.cz offer (Czech), a Slovak town's
// vacancy notice, a Hipo.ro job (Romanian), an xe.gr / Chrysi Efkairia classified (Greek), a
// Kuntarekry municipal posting (Finnish), an Estonian manufacturer's WordPress careers page, a Latvian
// NVA vacancy search results page, an Optius posting (Slovenian), a Lanbide offer in Basque and an
// expired Feina Activa offer (Catalan); written for this benchmark from what those sites' markup was
// like; all employers, people, addresses, phone numbers and prose invented) and writes manifest-c.jsonl.
// Usage: node gt-c.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'c-startupjobs/backend-vyvojar-python-kvasnice-labs.html',
    url: 'https://www.startupjobs.cz/nabidka/48213/backend-vyvojar-ka-python',
    kind: 'single',
    title: 'Backend vývojář/ka (Python)', company: 'Kvasnice Labs', location: 'Brno',
    sel: '.offer-detail__description',
    notes: 'Czech 2022 startup job board (Nuxt SSR, data-v- scoped attributes, window.__NUXT__ state): the JSON-LD gives an English title "Backend Developer (Python)", the legal name "Kvasnice Labs s.r.o." and the Prague registered seat, and the sidebar "Sídlo: Praha" agrees, while the params line and the text put the job in Brno (office on Cejl, two home-office days); the description has an English line and is followed by site-rendered skills chips, a benefits list, a reply form, a startup card with the company\'s other offers and similar offers.'
  },
  {
    file: 'c-sk-mesto/vyberove-konanie-referent-stavebneho-uradu.html',
    url: 'https://www.dolnakamenica.sk/mesto/samosprava/mestsky-urad/volne-pracovne-miesta/vyberove-konanie-referent-stavebneho-uradu.html',
    kind: 'single',
    title: 'Referent/referentka stavebného úradu', company: 'Mesto Dolná Kamenica', location: 'Dolná Kamenica',
    sel: '#content .article > .text',
    notes: 'Slovak 2017 town website (XHTML CMS, coat-of-arms logo with alt "Erb"): <title> is only "Voľné pracovné miesta | Mesto Dolná Kamenica" and the <h1> is "Výberové konanie – referent/ka stavebného úradu", the role repeated as a centred upper-case line after a legal preamble citing zákon č. 552/2003; the employer, IČO and place of work sit in an inline table inside the notice, the place naming the town office plus four villages of a joint building office; salary as pay class and euro minimum; PDF/DOCX attachments, print/back tools, other notices in the category and an "Úradná tabuľa" sidebar are excluded.'
  },
  {
    file: 'c-hipo/specialist-achizitii-junior-transilvan-fresh.html',
    url: 'https://www.hipo.ro/locuri-de-munca/vizualizareJob/96412/Specialist-Achizitii-Junior',
    kind: 'single',
    title: 'Specialist Achiziții (Junior)', company: 'Transilvan Fresh Distribuție', location: 'Florești, jud. Cluj',
    sel: '#descriereJob',
    notes: 'Romanian 2012 graduate job board (XHTML, three columns, AddThis and a Facebook like-box): <title> and meta are written without diacritics while the <h1> has them; the logo alt is only "logo" and the employer an <h2> link; the facts table says "Oraș: Cluj-Napoca" but the company text puts office and warehouse in Florești with a shuttle from Cluj; the description opens with the employer\'s own "Descrierea companiei" section; apply buttons, other jobs of the employer, similar jobs, newsletter and a career-fair banner are excluded.'
  },
  {
    file: 'c-xegr/mageiras-psarotaverna-mikrolimano.html',
    url: 'http://www.xe.gr/jobs/ad/461230987/',
    kind: 'single',
    title: 'Μάγειρας Β΄', company: 'Ψαροταβέρνα «Ο Γλάρος»', location: 'Μικρολίμανο, Πειραιάς',
    sel: '#ad_text',
    notes: 'Greek 2015 classifieds site of a print newspaper (Χρυσή Ευκαιρία): the <h1> and <title> are only the plural category "Μάγειρες" plus the area "Πειραιάς (Καστέλλα)", the role is in the upper-case ad text in the accusative ("ΖΗΤΕΙ ΜΑΓΕΙΡΑ Β΄ ή ΜΑΓΕΙΡΙΣΣΑ") with a second role (kitchen assistant) in a later sentence; the employer is only named in the text, the advertiser box says just "Επαγγελματίας" with a masked phone; the details table, contact form, safety note and similar ads are excluded.'
  },
  {
    file: 'c-kuntarekry/kiinteistonhoitaja-kaislajarvi.html',
    url: 'https://www.kuntarekry.fi/fi/tyopaikat/kiinteistonhoitaja-481377/',
    kind: 'single',
    title: 'Kiinteistönhoitaja', company: 'Kaislajärven kaupunki', location: 'Kaislajärvi',
    sel: '.job-view__description',
    notes: 'Finnish 2024 municipal recruitment portal built from Lit web components (job-view, job-card, ip-header with a declarative shadow root); the employer line is "Kaislajärven kaupunki, Tilapalvelut" and the logo alt is empty; the facts are a dl of div-wrapped dt/dd pairs with the deadline "15.3.2024 klo 15:00" and a street address, while the text\'s own <h2> uses the partitive ("hakee kiinteistönhoitajaa") and names Rantakylä schools as the main site; contact persons, an employer description, and related job-cards (one promoted) are excluded.'
  },
  {
    file: 'c-ee-company/karjaar-tootmisinsener.html',
    url: 'https://www.vooluring.ee/karjaar/tootmisinsener/',
    kind: 'single',
    title: 'Tootmisinsener', company: 'Vooluring AS', location: 'Tartu',
    sel: '#post-1184 .entry-content',
    notes: 'Estonian 2019 electronics manufacturer\'s WordPress careers page (custom vacancy post type, Yoast graph with Organization/WebPage only, WPML ET/EN/RU switch): the <h1> is the hero "Tule meile tööle!" and the job heading says "Otsime oma meeskonda TOOTMISINSENERI" with the title inflected (genitive) and upper-cased; location is a bold "Asukoht" line in the text; an English paragraph for foreign applicants; apply buttons (CV Keskus), share links, other vacancies, an internship widget and a testimonial are excluded.'
  },
  {
    file: 'c-nvalv/vakances-riga-lapa-2.html',
    url: 'http://www.nva.gov.lv/index.php?cid=6&mid=45&txt=2&filiale=1&lpp=2',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Latvian 2014 State Employment Agency vacancy search, page 2 of the Riga branch results: an 18-row table (profession with ISCO-style code in brackets, employer, number of vacancies, workplace address, "Aktuāla līdz" date), several employers shown only as "Reģ. Nr." registration numbers; search form, pagination, a note on hidden employer names, news and a free-phone box in the sidebar.'
  },
  {
    file: 'c-optius/vzdrzevalec-strojev-vransko.html',
    url: 'https://www.optius.com/iskalci/prosta-delovna-mesta/vzdrzevalec-strojev-in-naprav-mz-684302-684302/',
    kind: 'single',
    title: 'Vzdrževalec strojev in naprav (m/ž)', company: 'Kovinoplast d.o.o.', location: 'Vransko',
    sel: '.job-description',
    notes: 'Slovenian 2016 job board (Bootstrap 3, cookie bar) with schema.org microdata whose title drops "in naprav (m/ž)"; the employer appears as "Kovinoplast d.o.o." in microdata and the postal address in the text, and as "Kovinoplast Vransko" in the logo alt and the "O delodajalcu" box; a facts table (Kraj dela, Regija, deadline "12. 10. 2016") precedes the text, which also mentions a second plant; apply box, tools, employer box and similar jobs are excluded.'
  },
  {
    file: 'c-lanbide/sukaldari-laguntzailea-getaria.html',
    url: 'https://apps.lanbide.euskadi.net/apps/OF_DETALLE_OFERTA?LG=E&ML=OFEMEN1&P_OFERTA=13/004512',
    kind: 'single',
    title: 'Sukaldari laguntzailea', company: 'Arrantzaleen Txokoa', location: 'Getaria, Gipuzkoa',
    sel: '#descripcion_oferta',
    notes: 'Basque 2013 public employment service offer on an Oracle mod_plsql app (HTML 4 tables, Basque Government header, "Castellano" toggle): no <h1>, the page title is "Eskaintzaren xehetasuna" and the role an upper-case bold value of a "Lanpostua" row next to an occupation-classification row; the employer is an upper-case legal name "ARRANTZALEEN TXOKOA SL", the place "GETARIA" plus a province row; dates as yyyy/mm/dd; the description is the free text plus a requirements table, followed by the how-to-register box and similar offers.'
  },
  {
    file: 'c-feinaactiva/oferta-tancada-tecnic-manteniment-manresa.html',
    url: 'https://feinaactiva.gencat.cat/web/guest/ofertes/-/oferta/detall/1704-0381',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Catalan 2017 regional public employment portal (Liferay portlets under the Generalitat header): an offer whose application period has ended — an info alert says it is no longer available, while a "Dades de l\'oferta tancada" summary still gives the title, offer number, Manresa, occupation and dates (no employer, no text); a quick search, similar open offers with towns, and registration/youth-guarantee boxes.'
  }
];

writeManifest(DIR, 'manifest-c.jsonl', PAGES);
