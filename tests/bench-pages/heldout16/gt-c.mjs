// Computes ground-truth description fields for the heldout16 c-* pages (the long tail: a Dutch
// home-care organisation on Sitefinity, a UK charity on Craft CMS, a US electric co-op on
// DotNetNuke, a US community clinic on ExpressionEngine, a French community centre on SPIP, a
// Valencian farmers' co-op on Odoo, a German user-group list archived in HyperKitty, an Italian
// social co-op's notice converted by poppler's pdftohtml, a Polish bistro on MODX and a Portuguese
// charity on Liferay; 2011-2022, written for this benchmark from what those systems' markup was
// like; all employers, people, addresses and prose invented) and writes manifest-c.jsonl.
// Usage: node gt-c.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'c-sitefinity/wijkverpleegkundige-niveau-5-assen.html',
    url: 'https://www.veenhorst.nl/werken-bij/vacatures/2016/03/14/wijkverpleegkundige-niveau-5',
    kind: 'single',
    title: 'Wijkverpleegkundige (niveau 5)', company: 'Thuiszorg Veenhorst', location: 'Assen',
    sel: '.sfitemRichText',
    notes: 'Dutch 2016 Sitefinity 9 Web Forms page (sf_cols grid, ViewState, Telerik resources); the employer is named only in the logo alt, the footer heading and as "Veenhorst" in the <title>/banner; the facts list says only "Standplaats: Regio Noord" while the text places the team in Assen-Zuid (Kloosterveen, Marsdijk); sidebar "Andere vacatures" with their own sfitemTitle headings and regions, a quote block and a cookie bar.'
  },
  {
    file: 'c-craftcms/volunteer-coordinator-maternity-cover.html',
    url: 'https://www.harbourkitchen.org.uk/get-involved/jobs/volunteer-coordinator-maternity-cover',
    kind: 'single',
    title: 'Volunteer Coordinator (maternity cover)', company: 'Harbourside Community Kitchen', location: 'Weston-super-Mare',
    sel: '.job__body',
    notes: 'UK 2019 charity site on Craft CMS with SEOmatic; the <h1> and <title> are the section name "Work with us", the role is an <h2> under a "Vacancy" eyebrow; the SEOmatic JobPosting JSON-LD says "Volunteer Coordinator" at the Bristol registered office and names the CIO, while the page puts the job at the Weston-super-Mare hub; downloads, an "At a glance" facts sidebar, other vacancies, newsletter form with CRAFT_CSRF_TOKEN and a footer with the charity number are outside the description.'
  },
  {
    file: 'c-dnn/careers-current-openings.html',
    url: 'http://www.prairiewind.coop/AboutUs/Careers/tabid/87/Default.aspx',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'US 2012 rural electric co-op careers page on DotNetNuke 6: several HTML modules (intro, a "Current Openings" table of four jobs with a bold title, a one-sentence summary and a PDF job-description link per row, location/type/apply-by columns, then Benefits and an EEO note); nothing is a single posting; DNN skin objects, ViewState, side module "Report an Outage", ga.js.'
  },
  {
    file: 'c-expressionengine/medical-assistant-bilingual-eastside.html',
    url: 'http://www.cedarbendhealth.org/index.php/careers/job/medical-assistant-bilingual-eastside',
    kind: 'single',
    title: 'Medical Assistant – Bilingual (English/Spanish)', company: 'Cedar Bend Community Health', location: 'Pasco, WA',
    sel: '.job-description',
    notes: 'US 2013 community health centre on ExpressionEngine (index.php URLs, tell-a-friend form with ACT/XID); the <h1> is the section "Careers" and the role an <h2>; the meta line gives only "Site: Eastside Clinic", the city is in the first paragraph and in a sidebar list of four clinic addresses in three towns; a Spanish paragraph sits inside the description; apply box, current openings with other sites, footer.'
  },
  {
    file: 'c-spip/animateur-jeunesse-cdi.html',
    url: 'http://www.cs-lestilleuls.org/spip.php?article214',
    kind: 'single',
    title: 'Animateur(trice) jeunesse', company: 'Centre social et culturel Les Tilleuls', location: 'Chambéry',
    sel: '.chapo, .texte',
    notes: 'French 2011 association site on SPIP 2.1 (spip.php?article URLs, h3.spip intertitres, cartouche/chapo/texte); the <h1> is a news-style headline "Le centre social recrute un(e) animateur(trice) jeunesse"; the employer is the site name in a <strong class="h1"> and the text, the logo alt is empty; the city appears only in "Lieu de travail" in the Conditions section and in the postal address; attached-document box, "Répondre à cet article", same-section list of volunteer and service-civique ads, agenda.'
  },
  {
    file: 'c-odoo/tecnico-mantenimiento-industrial-carcaixent.html',
    url: 'https://www.santbernat.coop/jobs/detail/tecnico-a-de-mantenimiento-industrial-campana-2022-23-7',
    kind: 'single',
    title: 'Técnico/a de Mantenimiento Industrial (campaña 2022-23)', company: 'Cooperativa Agrícola Sant Bernat, Coop. V.', location: 'Carcaixent (Valencia)',
    sel: '[itemtype="https://schema.org/JobPosting"] > div:not(.oe_structure)',
    notes: 'Spanish 2022 Odoo 15 website job page: JobPosting as meta-only microdata (employmentType "Temporal" while the text offers a fijo discontinuo contract), a bare city <h5> under the <h1>; the logo and <title> say "Sant Bernat" while the legal name is only in og:site_name, the microdata and the copyright line; the footer gives the Alzira head office and three warehouse towns; the description is a run of s_title/s_text_block snippets with its own <h2>s; Catalan language switcher, cookie popup, "Con la tecnología de Odoo".'
  },
  {
    file: 'c-hyperkitty/stellenangebot-linux-admin-bielefeld.html',
    url: 'https://lists.linuxtreff-owl.de/archives/list/ankuendigungen@lists.linuxtreff-owl.de/thread/Q7ZK3M2XW5VNL4HYT6RDBGJ2EUFPA3SO/',
    kind: 'single',
    title: 'Linux-Systemadministrator/in (m/w/d)', company: 'Teutoburger Netzwerkdienste GmbH', location: 'Bielefeld',
    sel: '.email-first .email-body',
    notes: 'German 2020 Mailman 3 / HyperKitty thread page; no <h1>, the thread subject is an <h3> ("Stellenangebot: Linux-Admin (m/w/d) bei kleinem Hoster in Bielefeld – gern auch Teilzeit") and the formal title is an indented line inside the plain-text mail; the employer appears only in the "-- " signature with a Handelsregister line, which stays in the message body; two replies (remote work question and answer) in the same email markup follow, plus month list, participants and stats.'
  },
  {
    file: 'c-pdftohtml/avviso-selezione-educatori-sae-2019.html',
    url: 'https://www.coopfilanda.it/documenti/lavora-con-noi/avviso_selezione_SAE_2019.html',
    kind: 'single',
    title: 'Educatore / Educatrice professionale', company: 'La Filanda Società Cooperativa Sociale Onlus', location: 'Albino, Nembro, Alzano Lombardo (BG)',
    sel: 'p.ft13, p.ft14',
    notes: 'Italian 2019 notice converted with poppler pdftohtml -c -s: every line an absolutely positioned <p> over a background image (which carries the logo), two page divs, <title> "Microsoft Word - Avviso selezione educatori SAE 2019-20.docx"; the title is a capitals line under "AVVISO DI SELEZIONE" with an italic service subline; words split across lines ("socio- assistenziali"); letterhead and registry footer repeat on both pages; the workplace is schools in three towns named only in the running text; date and signature excluded.'
  },
  {
    file: 'c-modx/praca-kucharz-rekrutacja-zakonczona.html',
    url: 'https://www.bistropodlipami.pl/praca.html',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Polish 2015 restaurant site on MODX (base href, assets/templates paths); the "Praca" page now says the cook recruitment closed on 14 March 2015, yet the <title>, meta description and og tags still advertise "Kucharz / Kucharka zmianowa" with pay, and an "Ogłoszenie archiwalne – nieaktualne" box keeps the old title and a facts list (Toruń, umowa o pracę, 16 zł/h); opening hours and lunch sidebar.'
  },
  {
    file: 'c-liferay/tecnico-superior-servico-social-ribeirao.html',
    url: 'http://www.fundacaorosariopinhal.pt/web/guest/recrutamento/-/asset_publisher/Xk3pLm9qRt2A/content/tecnico-a-superior-de-servico-social',
    kind: 'single',
    title: 'Técnico(a) Superior de Serviço Social', company: 'Fundação Maria do Rosário Pinhal', location: 'Ribeirão, Vila Nova de Famalicão',
    sel: '.asset-full-content .journal-content-article',
    notes: 'Portuguese 2014 Liferay 6.2 asset-publisher page; three <h1>s are chrome (site name around the logo, "Navegação Estrutural", portlet title "Oportunidades de Emprego") and the role is an <h3 class="header-title">; a separate journal-content portlet above holds a generic recruitment note; the workplace (Centro Comunitário de Ribeirão) is in a bold reference line and the text, the footer address is the Famalicão head office; "Outras ofertas" portlet lists jobs in other parishes; social bookmarks and publish date.'
  }
];

writeManifest(DIR, 'manifest-c.jsonl', PAGES);
