// Computes ground-truth description fields for the heldout12 a-* pages (job boards of 2006-2011,
// written for this benchmark from what those sites' markup was like; all employers, people and
// prose invented) and writes manifest-a.jsonl.
// Usage: node gt-a.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'a-manpowerfr/cariste-caces-saint-priest.html',
    url: 'http://www.manpower.fr/offre-emploi/cariste-caces-3-et-5-h-f/saint-priest/1905287.aspx',
    kind: 'single',
    title: 'Cariste CACES 3 et 5 H/F', company: 'Manpower', location: 'Saint-Priest (69)',
    sel: '#ctl00_cphMain_divEntreprise, #ctl00_cphMain_divPoste, #ctl00_cphMain_divProfil',
    notes: 'French 2009 ASP.NET temp-agency page: the agency is the advertiser and the client is unnamed ("recherche pour son client"), so the company is Manpower, seen only in the logo alt, the agency box ("Manpower Saint-Priest Logistique") and the body; <h1> is the section name "Offres d\'emploi", title in an <h2> span; location in the "Lieu de travail" criteria table; description in three divs under h3 heads with <br> and "-" bullets; login box, CACES training ads, Offres similaires table, SiteCatalyst.'
  },
  {
    file: 'a-experteer/leiter-finanzen-controlling-bielefeld.html',
    url: 'https://www.experteer.de/jobs/leiter-finanzen-und-controlling-m-w-bielefeld-4471983',
    kind: 'single',
    title: 'Leiter Finanzen und Controlling (m/w)', company: 'Hegemann Antriebstechnik GmbH', location: 'Bielefeld',
    sel: 'div.job_description',
    notes: 'German 2010 executive board; clean h1 but og:title differs ("Kaufmännischer Leiter / CFO - Maschinenbau (Ostwestfalen)"); company/location in a pipe-separated meta line; an estimated-salary box, a th/td facts table and a Premium upsell paragraph compete with the description; similar-jobs sidebar includes locked Premium entries with titles and cities.'
  },
  {
    file: 'a-gazetapraca/specjalista-ds-plac-wroclaw.html',
    url: 'http://gazetapraca.pl/oferta/3318402',
    kind: 'single',
    title: 'Specjalista ds. Płac', company: 'Oderland Serwis Sp. z o.o.', location: 'Wrocław',
    sel: '#offerTemplate td.tplIntro, #offerTemplate td.tplBody, #offerTemplate td.tplApply',
    notes: 'Polish 2010 portal page; <h1> is "Oferty pracy"; title only in <font size=4><b> inside the employer-designed template table; employer only in the template logo alt and the first sentence of the intro (no label); "Miejsce pracy: Wrocław, dolnośląskie" in the info table; description is three template cells including a long GIODO data-consent clause; Agora top bar, DFP slots, Gemius.'
  },
  {
    file: 'a-bakeca/commessa-part-time-torino.html',
    url: 'http://torino.bakeca.it/annunci/offro-lavoro/commessa-part-time-abbigliamento-donna-1288419204',
    kind: 'single',
    title: 'Commessa part-time abbigliamento donna', company: 'Boutique Lanzetti', location: 'Torino',
    sel: 'div.testo_annuncio',
    notes: 'Italian 2010 free classifieds page; employer named only inside the ad text ("La Boutique Lanzetti...") with "Inserzionista: Azienda" as the only company field; location in the Città/Zona table (Torino / Crocetta); og:title differs ("Cercasi commessa"); AdSense blocks, reply form with CV upload, annunci simili list with other titles and districts.'
  },
  {
    file: 'a-emploima/responsable-commercial-b2b-casablanca.html',
    url: 'http://www.emploi.ma/offre-emploi-maroc/responsable-commercial-b2b-emballage-carton-41288',
    kind: 'single',
    title: 'Responsable commercial B2B - Emballage carton', company: 'Atlas Emballages SARL', location: 'Casablanca',
    sel: '.field-name-field-offre-description, .field-name-field-offre-profil',
    notes: 'Moroccan French 2011 Drupal 7 node; company appears as "Atlas Emballages" (submitted line, logo alt) and "Atlas Emballages SARL" (company block) with a company blurb field that is not description; h3 heads repeat the title ("Poste proposé : ...", "Profil recherché pour le poste : ..."); location only as "Région : Casablanca" in the criteria table placed after the body; og:title shortened; AdSense, AddThis, Offres similaires view.'
  },
  {
    file: 'a-nvb/medewerker-klantenservice-amersfoort.html',
    url: 'http://www.nationalevacaturebank.nl/vacature/4419005/medewerker-klantenservice-32-40-uur-amersfoort',
    kind: 'single',
    title: 'Medewerker Klantenservice (32-40 uur)', company: 'Eemland Energie B.V.', location: 'Amersfoort',
    sel: '#functieomschrijving, #functie-eisen, #arbeidsvoorwaarden, #contactinformatie',
    notes: 'Dutch 2010 page with a cookie notice first; facts as a dl (Plaats, Uren per week, Opleidingsniveau, Salaris); description split into five blocks of which the Bedrijfsinformatie company blurb (fourth) is excluded; prev/next result navigation, vacaturemail box, Vergelijkbare vacatures with other employers in nearby towns; DoubleClick and Sitestat.'
  },
  {
    file: 'a-collegerecruiter/entry-level-marketing-assistant-minneapolis.html',
    url: 'http://www.collegerecruiter.com/job_details.asp?jobid=1188274',
    kind: 'single',
    title: 'Entry Level Marketing Assistant', company: 'Lakehaven Outdoor Supply Co.', location: 'Minneapolis, MN',
    sel: '#jobDescription, #howToApply',
    notes: '2008 classic-ASP table layout with <font> everywhere; <h1> is the section slogan "Entry-Level Jobs & Internships"; title only in <font size=3><b> in a table row; Employer/Location label cells; description in two td cells under JOB DESCRIPTION / HOW TO APPLY bars with <br> and "-" bullets; 160x600 AdSense skyscraper, newsletter box, other-jobs table, urchin.js.'
  },
  {
    file: 'a-tiptopjob/site-engineer-civils-leeds.html',
    url: 'http://www.tiptopjob.com/jobsearch/job.asp?jobid=3380912',
    kind: 'single',
    title: 'Site Engineer - Civils', company: 'Calder Vale Civil Engineering Ltd', location: 'Leeds, West Yorkshire',
    sel: 'div.jobdesc',
    notes: 'UK 2006 ASP page; <h1> is "Job Details"; title only in a bold table cell; no company label: employer only in the advertiser logo alt and bold at the start of the body; Location/Salary label table; description split across two div.jobdesc blocks with "*" bullets; top-recruiters logo sidebar with agency names, AdSense 250x250, urchin.js.'
  },
  {
    file: 'a-trovit/administrativo-valencia-resultados.html',
    url: 'http://empleo.trovit.es/administrativo-valencia',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Spanish 2010 aggregator search results: eight results each with an h2 title, company, city and snippet, linking out via redirects; <h1> is "Trabajo administrativo Valencia"; AFS sponsored links, city/contract filters, pagination and related searches.'
  },
  {
    file: 'a-vault/financial-analyst-expired.html',
    url: 'http://www.vault.com/wps/portal/usa/jobs/jobdetail?jobId=2217740',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: '2010 expired job page at a job-detail URL: <title> and meta description still carry the job title, company and city, and the notice sentence repeats them, but there is no description; a Similar Jobs table with five other postings, search box, Gold upsell and DoubleClick ad fill the rest.'
  }
];

writeManifest(DIR, 'manifest-a.jsonl', PAGES);
