// Computes ground-truth description fields for the heldout11 a-* pages (job boards of 2006-2010,
// written for this benchmark from what those sites' markup was like; all employers, people and
// prose invented) and writes manifest-a.jsonl.
// Usage: node gt-a.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'a-cadremploi/responsable-controle-gestion-lyon.html',
    url: 'http://www.cadremploi.fr/emploi/detail_offre?offreId=58241776',
    kind: 'single',
    title: 'Responsable contrôle de gestion H/F', company: 'Groupe Vercors Emballages', location: 'Lyon (69)',
    sel: '#blocEntreprise, #blocPoste, #blocProfil',
    notes: 'French 2008 XHTML page; the h1 is the title, but the "Résumé de l\'offre" th/td table (Société, Lieu: Lyon (69), Région: Rhône-Alpes, salary) sits between it and the ad; description in three blocs (L\'entreprise / Le poste / Le profil recherché) with a "Cette offre vous intéresse ? Postuler" box wedged between Poste and Profil; body mentions Gerland and three other site towns; "Les autres offres de" this employer and Offres similaires lists with Lyon-area titles; DoubleClick document.write banners, Xiti tag.'
  },
  {
    file: 'a-stellenanzeigen/sachbearbeiter-lohnbuchhaltung-augsburg.html',
    url: 'http://www.stellenanzeigen.de/anzeigen/2006/11/1187345.html',
    kind: 'single',
    title: 'Sachbearbeiter/in Lohn- und Gehaltsabrechnung', company: 'Lechtaler Versandhaus GmbH', location: 'Augsburg',
    sel: 'td.text',
    notes: 'German 2006 inner page of a frameset (script redirects top to the frameset when opened alone); no headings at all: title only in <font size=4><b> inside the employer-designed ad table; employer only in the logo alt and the bold postal address at the end of the ad; location only in the toolbar strip "Einsatzort: Augsburg | Anstellungsart ... | Kennziffer"; description is six td.text cells (intro, lead-in line, side-by-side Aufgaben/Profil columns, Wir bieten, contact) around the title cell; "Das könnte Sie auch interessieren" table of three other jobs; IVW SZM pixel and urchin.js.'
  },
  {
    file: 'a-laborum/jefe-de-obra-rancagua.html',
    url: 'http://www.laborum.cl/empleos/aviso.asp?id=1452209',
    kind: 'single',
    title: 'JEFE DE OBRA EDIFICACIÓN', company: 'Constructora Andes Pacífico S.A.', location: 'Rancagua - VI Región',
    sel: '#descripcionCargo, #requisitosCargo',
    notes: 'Chilean Spanish 2010 classic-ASP page; the h1 is the section name "Detalle del Aviso"; title in upper case only in a <b> inside div.avisoTitulo (the <title> uses mixed case); Empresa / Lugar de trabajo label-value table; body calls the employer only "Importante constructora"; description in two <br>-lined divs (Descripción del cargo, Requisitos with the "Se ofrece" paragraph); two AdSense blocks, an "Avisos similares" table (one row from the same employer in Machalí), "Acerca de la empresa" sidebar.'
  },
  {
    file: 'a-profession/logisztikai-koordinator-gyor.html',
    url: 'http://www.profession.hu/allas/logisztikai-koordinator-gyor-rabakoz-autoalkatresz-kft-412387',
    kind: 'single',
    title: 'Logisztikai koordinátor (német nyelvtudással)', company: 'Rábaköz Autóalkatrész Kft.', location: 'Győr',
    sel: 'div.hirdetesSzoveg',
    notes: 'Hungarian 2010 page; the h1 carries a subtitle span "(német nyelvtudással)" that <title>, og:title and the breadcrumb leave out; company as a link under the h1 and in logo alts; location only in the "Munkavégzés helye: Győr" info list (the breadcrumb and search select say Győr-Moson-Sopron); description is an unlabelled company intro followed by Feladatok / Elvárások (+ Előnyt jelent) / Amit kínálunk / Jelentkezés módja blocks; Facebook Like iframe, Hasonló állások list with Győr jobs, Gemius and ga.js.'
  },
  {
    file: 'a-intermediair/projectleider-infra-amersfoort.html',
    url: 'http://www.intermediair.nl/vacatures/techniek/1287734/projectleider-infra',
    kind: 'single',
    title: 'Projectleider Infra (32-40 uur)', company: 'Ingenieursbureau Dijkhorst & Van Lier', location: 'Amersfoort',
    sel: '#vacatureTekst td.adv_tekst',
    notes: 'Dutch 2009 page; the h1 is the section name "Vacatures"; title in h2.vacatureTitel with the hours in parentheses; th/td kenmerken table (Organisatie, Standplaats: Amersfoort, Opleidingsniveau, Salarisindicatie); the ad text is a single table cell with bold run-in headings (Wie zijn wij? / Functieomschrijving / Functie-eisen / Arbeidsvoorwaarden / Informatie en sollicitatie) and an italic "Acquisitie ..." line, and names the firm in shorter form ("Dijkhorst & Van Lier", also mentioning Deventer); OAS ad slots, Sitestat pixel, Vergelijkbare vacatures list.'
  },
  {
    file: 'a-kariera/ypeythynos-katastimatos-thessaloniki.html',
    url: 'http://www.kariera.gr/Jobs/JobDetails.aspx?JobId=308812',
    kind: 'single',
    title: 'ΥΠΕΥΘΥΝΟΣ/Η ΚΑΤΑΣΤΗΜΑΤΟΣ', company: 'Θερμαϊκός Οπτικά Α.Ε.', location: 'Θεσσαλονίκη',
    sel: '#ctl00_cphMain_pnlDescription',
    notes: 'Greek 2010 ASP.NET WebForms page (aspnetForm, __VIEWSTATE, ctl00_ ids); title in Greek capitals without accents inside h1 > span#ctl00_cphMain_lblTitle; Εταιρεία / Περιοχή label table; the body says the store is in Καλαμαριά (a district) while the facts say Θεσσαλονίκη; description panel mixes <p> lead-ins and bulleted lists; Σχετικές αγγελίες table with other Thessaloniki retail jobs, company box, banner, ga.js.'
  },
  {
    file: 'a-careerjunction/intermediate-java-developer-cape-town.html',
    url: 'http://www.careerjunction.co.za/jobs/JobView.aspx?JobId=1054712',
    kind: 'single',
    title: 'Intermediate Java Developer (EE)', company: 'Bluecrane Financial Systems (Pty) Ltd', location: 'Cape Town (Southern Suburbs)',
    sel: '#ctl00_ContentPlaceHolder1_divDescription, #ctl00_ContentPlaceHolder1_divRequirements',
    notes: 'South African 2010 ASP.NET page; the employer is labelled "Recruiter:" (as for agencies) and shortened to "Bluecrane" in the text and logo alts; four-column summary table pairs Location / Province / Reference / Sector with salary, job type and dates; description in two divs (Job Description, Requirements with EE note); Similar Jobs list includes another "Intermediate Java Developer" in Johannesburg and Southern Suburbs jobs; AdSense "Sponsored Links", SiteCatalyst s_code.'
  },
  {
    file: 'a-kijiji/cameriere-sala-pizzeria-bergamo.html',
    url: 'http://bergamo.kijiji.it/c-offerte-di-lavoro-ristorazione-cercasi-cameriere-a-di-sala-W0QQAdIdZ128733419',
    kind: 'single',
    title: 'Cercasi cameriere/a di sala', company: 'Pizzeria Da Ciro al Borgo', location: 'Bergamo',
    sel: '#preview-local-desc',
    notes: 'Italian 2009 classifieds page (eBay Kijiji): the h1 is the free-text ad heading "Cercasi ..." rather than a clean role; the employer is named only in bold inside the ad text (the sidebar says "Pubblicato da: Privato"); location in the attribute table "Città: Bergamo" plus a street line and breadcrumb (Lombardia > Bergamo); description is a single <br>-lined div; reply form with a scam warning, AdSense "Annunci Google" blocks, "Annunci simili" list with other towns, SiteCatalyst.'
  },
  {
    file: 'a-eluta/accountant-jobs-ottawa.html',
    url: 'http://www.eluta.ca/search?q=accountant&l=Ottawa+ON',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Canadian 2010 job search engine results page: h1 "Accountant jobs in Ottawa ON", one sponsored result and ten organic results (h2 title link, employer, location, snippet, age/source line), refine-by-employer/city sidebar, pagination, job alert form and AdSense skyscraper.'
  },
  {
    file: 'a-naukrigulf/expired-sales-engineer-hvac-dubai.html',
    url: 'http://www.naukrigulf.com/job-listings-sales-engineer-hvac-dubai-uae-3-to-6-years-n-cd-22014-jid-100410004412',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Gulf 2010 expired-job page at a job-detail URL whose slug still names the role: h1 "Sorry! This job is no longer available." with a short explanation, then a Similar Jobs list of six full-looking rows (title, company, experience, location, snippet) that could be mistaken for the posting; registration form, browse-by-location links, ga.js.'
  }
];

writeManifest(DIR, 'manifest-a.jsonl', PAGES);
