// Computes ground-truth description fields for the heldout11 c-* pages (employers' own small sites
// and odd places: Word HTML, Jimdo, Hugo, Confluence, Tilda, MediaWiki, Finalsite, WordPress, TYPO3,
// Mastodon; written for this benchmark from what those sites' markup was like; all employers, people
// and prose invented) and writes manifest-c.jsonl.
// Usage: node gt-c.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'c-msword/servicemonteur-w-installaties-kampen.html',
    url: 'http://www.brinkhorst-installatie.nl/vacature%20servicemonteur.htm',
    kind: 'single',
    title: 'Servicemonteur W-installaties', company: 'Brinkhorst Installatietechniek B.V.', location: 'Kampen',
    sel: 'div.WordSection1 > p.MsoNormal, div.WordSection1 > h2, div.WordSection1 > p[class^="MsoListParagraph"]',
    notes: 'Dutch Word "Save as Web Page" file uploaded as-is by a small installer: MsoNormal/MsoListParagraphCxSp* paragraphs, o:p tags, VML conditional comments, huge mso style block, Symbol/Wingdings bullet glyphs (·, Ø) inside mso-list:Ignore spans; everything is flat siblings in div.WordSection1; title is the only <h1> under a "Vacature" MsoSubtitle kicker; company only in logo alt, body prose ("Ons familiebedrijf") does not name it, and the custom-style Adresregel letterhead line; "Standplaats: Kampen" in a MsoTableGrid facts table; hand-added StatCounter and back-link div.'
  },
  {
    file: 'c-jimdo/tischler-schreiner-lohne.html',
    url: 'https://www.tischlerei-hagedorn.de/jobs/',
    kind: 'single',
    title: 'Tischler / Schreiner (m/w/d) in Vollzeit', company: 'Tischlerei Hagedorn GmbH & Co. KG', location: 'Lohne (Oldenburg)',
    sel: '#cc-m-9921704505, #cc-m-9921704508, #cc-m-9921704509, #cc-m-9921704510, #cc-m-9921704511, #cc-m-9921704512',
    notes: 'German Jimdo Creator page: <h1> is the page name "Jobs bei uns", the role is a j-header <h2>; description spread over j-text modules including a two-column j-hgrid (Aufgaben/Profil) with a workshop photo figcaption and a call-to-action button between; a second j-header "Ausbildung 2025: Tischler-Azubi (m/w/d)" with a one-line teaser follows the posting; full company name only in the sidebar contact module and logo alt; "Arbeitsort:" line inside the body; og:title just "Jobs"; Jimdo cookie banner.'
  },
  {
    file: 'c-hugo-lab/phd-biofilm-gravel-bed-rivers.html',
    url: 'https://riverbed-ecology.github.io/post/phd-position-2024/',
    kind: 'single',
    title: 'PhD position: Biofilm ecology of gravel-bed rivers', company: 'Danubia Institute for Water Research', location: 'Vienna',
    sel: '.article-style',
    notes: 'Research-group site built with Hugo/Wowchemy on GitHub Pages: navbar brand, og:site_name and JSON-LD publisher are the group ("Riverbed Ecology Group") while the employer institute is named only in the first sentence and the footer; JSON-LD BlogPosting headline ("Open PhD position (4 years)") and <title> differ from the visible <h1>; subtitle, author/date metadata, featured-image caption, tags, share box, author card and Related list surround the body; no facts box, location only in prose ("in Vienna") and footer "1040 Wien".'
  },
  {
    file: 'c-confluence/senior-java-vyvojar-energy-trading.html',
    url: 'https://wiki.kodexsystems.cz/display/KARIERA/Senior+Java+v%C3%BDvoj%C3%A1%C5%99%2Fka+%E2%80%93+Energy+Trading',
    kind: 'single',
    title: 'Senior Java vývojář/ka – Energy Trading', company: 'Kodex Systems s.r.o.', location: 'Brno',
    sel: '.columnLayout.two-right-sidebar > .cell.normal',
    notes: 'Czech public Confluence 7 page in a "Kariéra" space: AUI header with login link, space sidebar with page tree listing sibling openings (QA Engineer, Product Owner, Stáž), breadcrumbs, page metadata (created/edited by), a tip macro "Pozice je stále otevřená" above the body; description in the main cell of a two-right-sidebar layout while the aside cell holds the "Základní informace" panel (Lokalita: Brno, Režim, Úvazek) plus a photo and a one-line company blurb that is the only place the full legal name appears; labels and "Žádné komentáře" below.'
  },
  {
    file: 'c-tilda/menedzher-digital-proektov-kazan.html',
    url: 'https://polyn.studio/jobs/pm',
    kind: 'single',
    title: 'Менеджер digital-проектов', company: 'Студия «Полынь»', location: 'Казань',
    sel: '#rec612004727 .t-text, #rec612004733 .t030, #rec612004741 .t030, #rec612004748 .t490, #rec612004755 .t-text',
    notes: 'Russian Tilda landing page made of numbered t-rec blocks (T228 menu, T017 header, T004 text, T030 title+descr, t490 three-column benefits, t678 form, T420 footer), mostly divs with field= attributes; logo is the text "ПОЛЫНЬ", company only as «Полынь» in prose and "Студия «Полынь»" in the footer; location only in the cover subtitle line ("Казань · полный день · ..."); og:title is "Ищем менеджера проектов"; application form and an "Другие вакансии" line after the body; Yandex.Metrika.'
  },
  {
    file: 'c-mediawiki/koordynator-pracowni-wroclaw.html',
    url: 'https://wiki.lutownica.org.pl/wiki/Praca/Koordynator_pracowni',
    kind: 'single',
    title: 'Koordynator/ka pracowni', company: 'Stowarzyszenie Lutownica', location: 'Wrocław',
    sel: '.mw-parser-output > p, .mw-parser-output > ul',
    notes: 'Polish makerspace MediaWiki (Vector legacy): firstHeading is the subpage name "Praca/Koordynator pracowni" with a "< Praca" subpage link and a siteNotice about the general meeting above; the posting heading is the infobox caption, and employer/location/pay are infobox th/td rows (Pracodawca, Miejsce: Wrocław, ul. Ruska 46c); body broken up by TOC and h2 headings with [edytuj] links; navbox, categories, parser-report comments and the left portal menus around it.'
  },
  {
    file: 'c-finalsite/upper-school-chemistry-teacher.html',
    url: 'https://www.marlowehill.org/about/employment/upper-school-chemistry-teacher',
    kind: 'single',
    title: 'Upper School Chemistry Teacher', company: 'Marlowe Hill School', location: 'Concord, MA',
    sel: '#fsEl_41277 .fsElementContent',
    notes: 'Independent-school Finalsite page: <h1 class=fsPageTitle> is the section name "Employment Opportunities"; the role is an <h2> in its own fsElement with a subtitle; location only in a separate callout element ("Location: Concord, MA | Start date ...") and the footer address; description is one fsContent element, followed by an Apply button element and a "Current Openings" element listing four other jobs with links; og:title is "Employment Opportunities - Marlowe Hill School"; utility nav, mega-menu and section sidebar.'
  },
  {
    file: 'c-wp-swimclub/treinador-natacao-formacao-setubal.html',
    url: 'https://maresdosado.pt/2024/05/treinador-natacao-formacao/',
    kind: 'single',
    title: 'Treinador(a) de Natação – Escalões de Formação', company: 'Grupo Desportivo Marés do Sado', location: 'Setúbal',
    sel: '.entry-content > p, .entry-content > h3, .entry-content > ul',
    notes: 'Portuguese swimming club blog post on a Twenty Seventeen child theme (no jobs plugin): site title is the short name "GD Marés do Sado", full club name only in the first sentence and the footer widget; location only in prose ("Piscinas Municipais de Setúbal") and footer address; og:title "Procuramos treinador(a) para a formação!" differs; Jetpack share buttons and Relacionado posts sit inside .entry-content after the text; sidebar with next competitions and recent posts; Cookie Notice banner.'
  },
  {
    file: 'c-typo3-coop/offene-stellen.html',
    url: 'https://www.wbg-lindenhof.ch/genossenschaft/offene-stellen',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Swiss German housing cooperative on TYPO3 with the Bootstrap Package: h1 "Offene Stellen", a lead paragraph, then four textmedia frames (Bewirtschafter/in 80–100 %, Hauswart/in 60 %, Sozialarbeiter/in 50 %, Lehrstelle KV) each with an h2, a place/start subheader, a blurb that reads like a mini-posting and a PDF link, plus one shared "Bewerbung" block; no per-job pages.'
  },
  {
    file: 'c-mastodon/tuottajahaku-paattynyt.html',
    url: 'https://kulttuuriverkko.social/@teatterikajo/110348215507762431',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Finnish Mastodon 3.5 server-rendered status page of a Tampere theatre: the focused toot announces that the producer search has ended, names the hire and says there are no other openings now; the thread ancestor above it is the original March toot "Haemme tuottajaa!" with a short job summary and link, and replies below ask about internships — job words everywhere but no open posting.'
  }
];

writeManifest(DIR, 'manifest-c.jsonl', PAGES);
