// Computes ground-truth description fields for the heldout13 a-* pages (job boards and newspaper
// classifieds of 2007-2011 from Switzerland, Austria, Belgium, Portugal, Brazil, Mexico, Quebec,
// Australia, India and Ireland, written for this benchmark from what those sites' markup was like;
// all employers, people and prose invented) and writes manifest-a.jsonl.
// Usage: node gt-a.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'a-jobup/gestionnaire-sinistres-rc-lausanne.html',
    url: 'http://www.jobup.ch/fr/emplois/detail.asp?id=271884',
    kind: 'single',
    title: 'Gestionnaire sinistres RC à 80 - 100 %', company: 'Assurances Léman-Jura SA', location: 'Lausanne',
    sel: '#annonce_cadre tr:nth-child(2) > td, #texte',
    notes: 'Swiss French 2009 page framing an employer-designed 600px table template; no <h1>, the <h2> is the category "Assurances / Caisses-maladie"; title only in <font size=4><b> with a <br> before the activity rate; employer only in the logo alt and the application address at the end of the body; location in a one-row facts table; right column with other offers of the company and similar offers (other titles and cities), NET-Metrix pixel, ga.js.'
  },
  {
    file: 'a-amsejobroom/bueroassistenz-haustechnik-graz.html',
    url: 'http://jobroom.ams.or.at/jobroom/stellensuche/stellendetail.jsf?stellenId=3961427',
    kind: 'single',
    title: 'Büroassistenz (m/w)', company: 'Reinprecht Haustechnik GmbH', location: 'Graz',
    sel: '[id="stellendetailForm:beschreibung"], [id="stellendetailForm:anforderungen"], [id="stellendetailForm:entlohnung"]',
    notes: 'Austrian 2011 public-employment-service JSF page; <h1> is "Stellendetail" and <title> is generic; title in a th/td table as "Stellenbezeichnung" next to a different taxonomy "Beruf: Bürokraft"; workplace "8051 Graz" differs from the company address (8054 Graz); company only in the contact table at the bottom; description is a <br>-separated free-text div, a requirements th/td table and the mandatory Austrian minimum-salary paragraph; ids with colons.'
  },
  {
    file: 'a-vdab/magazijnier-heftruckchauffeur-genk.html',
    url: 'http://www.vdab.be/vindeenjob/vacature.shtml?vacaturenummer=41235678',
    kind: 'single',
    title: 'Magazijnier - heftruckchauffeur (m/v)', company: 'Kartonnage Maasland nv', location: 'Genk',
    sel: '#functie, #profiel, #aanbod, #solliciteren',
    notes: 'Flemish 2010 public-employment-service page; workplace "GENK (3600)" in a dl of key facts while the employer block and the apply text give the Hasselt head-office address; employer named only in the apply paragraph and the Werkgever box; description split in four blocks (with a site-style Competenties list) that tab links point at; VDAB service line box, left menu with its own headings, similar-vacancies table with other towns.'
  },
  {
    file: 'a-expressoemprego/tecnico-comercial-mercados-externos.html',
    url: 'http://expressoemprego.pt/Ofertas/Detalhe.aspx?id=18452',
    kind: 'single',
    title: 'Técnico Comercial (m/f)', company: 'Metalúrgica Vale do Sousa, S.A.', location: 'Paços de Ferreira',
    sel: '#ctl00_cphConteudo_divTexto',
    notes: 'Portuguese 2010 ASP.NET page of a weekly newspaper\'s job section; <h1> is the section "Ofertas de Emprego"; the Empresa field says only "MVS" and Região says "Porto", while the ad text names "MVS – Metalúrgica Vale do Sousa, S.A." and gives "Local de trabalho: Paços de Ferreira (distrito do Porto)"; the ad repeats the title in capitals with "Mercados Externos" and og:title differs again; print-edition note, ViewState, Impresa network bar, similar offers.'
  },
  {
    file: 'a-empregoscombr/analista-departamento-pessoal-campinas.html',
    url: 'http://www.empregos.com.br/vaga/3318870/analista-de-departamento-pessoal-campinas-sp',
    kind: 'single',
    title: 'Analista de Departamento Pessoal', company: 'Rota Paulista Transportes', location: 'Campinas - SP',
    sel: '#descricao, #requisitos, #beneficios, #horario',
    notes: 'Brazilian 2009 page declared iso-8859-1 with every accent as an entity; <h1> is the SEO heading "Vagas de Emprego em Campinas - SP", title in an <h2>; Empresa/Cidade label cells; an unnamed "Sobre a empresa" blurb sits before the description and is excluded; description in four divs under h3 heads; Flash banner, candidate-signup box, related vacancies in nearby cities, AdSense.'
  },
  {
    file: 'a-avisooportuno/chofer-repartidor-iztapalapa.html',
    url: 'http://avisooportuno.eluniversal.com.mx/empleos/detalle.aspx?id=1183207',
    kind: 'single',
    title: 'Chofer repartidor', company: 'Distribuidora Abarrotera del Oriente, S.A. de C.V.', location: 'Iztapalapa, Distrito Federal',
    sel: '.avisoTitulo, #textoAviso',
    notes: 'Mexican 2008 newspaper classified in a 980px table layout; no title field: <h1> is the section "Choferes", the bold lead is "DISTRIBUIDORA SOLICITA" and the role is the first words of the run-on ad text; employer and "Del. Iztapalapa" only near the end of the text, facts table gives just "Zona: Oriente" and "Entidad: Distrito Federal"; below it four other classified ads of the same section with their own bold leads; OAS ad slots, comScore, urchin.js.'
  },
  {
    file: 'a-emploiquebec/prepose-aux-beneficiaires-trois-rivieres.html',
    url: 'http://placement.emploiquebec.net/mbe/ut/suivroffrs/apercoffr.asp?NOOFFR=2634811&page=rech&prov=erech.asp&CL=french',
    kind: 'single',
    title: 'Préposé aux bénéficiaires / préposée aux bénéficiaires', company: 'Résidence Le Boisé fleuri inc.', location: 'Trois-Rivières (Québec)',
    sel: '#fonctions, #exigences, #communication',
    notes: 'Quebec 2008 government ASP page in windows-1252 with entities; heading is only "Offre d\'emploi" in a td.titre1; title is the double-gender "Appellation d\'emploi" in a libelle/texte label table; location is a three-line street address plus "Mauricie (04)"; description is three label tables (fonctions, exigences with salary/hours rows, communication) under td.titre2 heads; PIV banner, labour-market sidebar naming the CNP occupation, warning box.'
  },
  {
    file: 'a-mycareer/senior-accountant-launceston.html',
    url: 'http://mycareer.com.au/jobs/search/job-details.aspx?job=7735219',
    kind: 'single',
    title: 'Senior Accountant - Manufacturing', company: 'Ridgeway Timber Products', location: 'Launceston, TAS',
    sel: '#jobAd .jobAdBullets, #ctl00_cph_divJobText',
    notes: 'Australian 2007 newspaper-group board; <h1> is "Job Details", title in a Job Summary th/td table and a div; the Advertiser field, logo alt, meta description and "More jobs from" box all name the recruitment agency while the body names the client employer ("Our client, Ridgeway Timber Products"); location split into "Launceston & North East" and "State: TAS"; Fairfax network bar, JobMail and similar-jobs boxes, DoubleClick.'
  },
  {
    file: 'a-shine/java-developer-bangalore-results.html',
    url: 'http://www.shine.com/job-search/simple/java-developer/bangalore/',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Indian 2010 search results: eight results with h2 titles, company, experience, city, salary, snippet and key skills; one featured agency result; <h1> "Java Developer Jobs in Bangalore"; facet panel, bulk-apply checkboxes, pagination, related searches, company logos and AdSense.'
  },
  {
    file: 'a-recruitireland/payroll-administrator-cork-expired.html',
    url: 'http://www.recruitireland.com/jobs/jobdetails.aspx?id=188421',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Irish 2009 closed-job page at the job-detail URL: <title> and meta description still carry the title, employer, city and a summary of duties, and the notice sentence repeats them in bold, but there is no posting; a five-row similar-jobs table, CV upload promo and recruiter lists fill the page.'
  }
];

writeManifest(DIR, 'manifest-a.jsonl', PAGES);
