// Computes ground-truth description fields for the heldout20 c-* pages (job ads by small
// organisations on hosted site builders and knowledge tools of 2011-2024: an Odoo Website /jobs
// page, a Zoho Sites careers page, a Wild Apricot club page, a Hostinger Website Builder page, a
// GitBook handbook page, a Docusaurus blog post, a Yola vacancies page, a Mobirise page, a
// WordPress.com Twenty Twelve post and a Ning network blog post; written for this benchmark from
// what those builders' markup was like; all employers, people, addresses, phone numbers and prose
// invented) and writes manifest-c.jsonl.
// Usage: node gt-c.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'c-odoo/responsable-rayon-fruits-legumes-liege.html',
    url: 'https://www.lepaniercommun.be/jobs/detail/responsable-rayon-fruits-legumes-h-f-x-7',
    kind: 'single',
    title: 'Responsable rayon fruits & légumes (H/F/X)', company: 'Le Panier Commun', location: 'Liège',
    sel: 'section.pb32 + div',
    notes: 'Belgian (French) 2024 co-op supermarket on Odoo Website /jobs: Odoo\'s built-in JobPosting microdata gives the legal name "Le Panier Commun SC" and the full registered address, the visible facts are only the city under the <h1>; the description is an untitled div of Odoo snippets (text blocks, a three-column s_features block with its own <h3>s) between the "Apply Now" title row and the bottom apply bar; language switcher, Odoo footer with contact column, "Propulsé par Odoo" and a hidden cookie bar.'
  },
  {
    file: 'c-zohosites/careers-physiotherapist-bengaluru.html',
    url: 'https://www.kineticaphysio.in/careers',
    kind: 'single',
    title: 'Physiotherapist – Sports & Musculoskeletal', company: 'Kinetica Physio & Rehab', location: 'HSR Layout, Bengaluru',
    sel: '[data-element-id="elm_3CkRg8sNQzmH5tUaY0bW1Q"] .zptext, [data-element-id="elm_Ve9bXn1rTJu0sQh4dLp6kA"] .zptext',
    notes: 'Indian 2023 physiotherapy clinic on Zoho Sites: <title> is only "Careers", the <h1> "Work With Us" and <h2> "Current Opening" are page chrome and the job title is an <h3> with "(Full Time)" appended; the logo alt is "Kinetica logo" and the full name only in the copyright line; the footer lists two centres (HSR Layout and Whitefield) and the text places the job at HSR Layout with Saturdays in Whitefield; a "Why Kinetica?" side column and an embedded Zoho Forms iframe are excluded.'
  },
  {
    file: 'c-wildapricot/employment-head-coach-sherwood-park.html',
    url: 'https://marshcreekrowing.wildapricot.org/Employment',
    kind: 'single',
    title: 'Head Coach – Junior & Masters Programs', company: 'Marsh Creek Rowing Club', location: 'Sherwood Park, AB',
    sel: '#id_pAh7Ss5 .gadgetContentEditableArea > :not(h2)',
    notes: 'Canadian 2023 rowing club on Wild Apricot (table-based WaLayout containers and gadgets): <title> is "Marsh Creek Rowing Club - Employment", the page <h1> "Work at the Club" is generic and the job title is a <font>-coloured <h2> in the second of three content gadgets; the logo has an empty alt; the location is only in prose ("boathouse in Sherwood Park") and the "Find us" box mailing address; an intro gadget, a volunteer-roles gadget, upcoming events and "Powered by Wild Apricot" surround it.'
  },
  {
    file: 'c-hostinger/trabaja-con-nosotros-panadero-valencia.html',
    url: 'https://fornlaespiga.es/trabaja-con-nosotros',
    kind: 'single',
    title: 'Panadero/a de obrador', company: 'Forn La Espiga', location: 'Russafa, València',
    sel: '#zOt7eU p, #zPu8fV, #zQv9gW, #zRw0hX',
    notes: 'Spanish 2024 artisan bakery on Hostinger Website Builder (Vue SSR grid of layout-element text boxes): the <h1> is the hero "Trabaja con nosotros" and the job heading is an <h2> sentence "Buscamos panadero/a de obrador" followed by a facts line; the posting is split over four absolutely placed text boxes with a line in Valencian; the logo alt is empty, <title> and WebSite JSON-LD say only "La Espiga" and the legal name is in the footer; the Russafa workshop is named in prose and the street address only in the footer; an application form and cookie banner follow.'
  },
  {
    file: 'c-gitbook/open-roles.html',
    url: 'https://handbook.brisagrid.eu/company/open-roles',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Portuguese 2024 climate startup\'s public GitBook handbook: the "Open roles" page lists four roles plus an open application in a GitBook ARIA-grid table (div role=table/row/cell) with team, location and posted date, the same roles repeated as sub-pages in the left table of contents; a hint box, a "Recently filled" list naming two more roles with places, and a "How to apply" section; "Powered by GitBook".'
  },
  {
    file: 'c-docusaurus/hiring-developer-advocate.html',
    url: 'https://loomwork.dev/blog/hiring-developer-advocate',
    kind: 'single',
    title: 'Developer Advocate', company: 'Loomwork Labs', location: 'Remote (Canada)',
    sel: '#__blog-post-container',
    notes: 'Canadian 2024 open-source startup\'s Docusaurus blog post: the role is inside the <h1> sentence "We\'re hiring our first Developer Advocate" and the only structured data is a BlogPosting whose author is the CEO; navbar and logo give the product name "Loomwork", the company "Loomwork Labs Inc." only in the footer copyright; remote-in-Canada and the Montréal/Ottawa/Halifax team are in an admonition box, plus a French section; announcement bar, recent-posts sidebar, TOC, tags and pagination.'
  },
  {
    file: 'c-yola/vacancies-veterinary-nurse-stellenbosch.html',
    url: 'http://dorpsriviervet.yolasite.com/vacancies.php',
    kind: 'single',
    title: 'Qualified Veterinary Nurse', company: 'Dorpsrivier Veterinary Clinic', location: 'Stellenbosch',
    sel: '#I6f3 > :not(h2):not(style)',
    notes: 'South African 2014 vet practice on a Yola site (XHTML, Text_2_Default/Panel_Default widgets with inline <style>): <title> and <h1> are only "Vacancies", the banner image has an empty alt, the job is an all-caps <h2> and the clinic is named only in the footer copyright; the place is only in the "Find us" panel; a students/work-experience block below looks like a second vacancy; English with an Afrikaans aside; "Make a free website with Yola" badge.'
  },
  {
    file: 'c-mobirise/lavora-con-noi-educatore-castel-maggiore.html',
    url: 'https://www.latessitura.coop/lavora-con-noi.html',
    kind: 'single',
    title: 'Educatore/educatrice professionale', company: 'La Tessitura Società Cooperativa Sociale', location: 'Castel Maggiore (BO)',
    sel: '#content5-2 h4, #content5-2 .mbr-text, #content7-3 .col-lg-10',
    notes: 'Italian 2023 social co-operative on Mobirise v5: the logo alt is the builder default "Mobirise Website Builder" and the navbar caption only "La Tessitura"; the role is in an <h3> sentence ("Cerchiamo un educatore o un\'educatrice professionale") and the facts line is an <h4>; the day centre is in Castel Maggiore while the footer gives the registered seat in Bologna; the posting spans two Mobirise blocks, followed by a Formoid form, a civil-service/internships block and the "AI Website Maker" badge.'
  },
  {
    file: 'c-wpcom-twentytwelve/wanted-caretaker-cleaner.html',
    url: 'https://cleyfordvillagehall.wordpress.com/2013/09/03/wanted-caretaker-cleaner-for-the-hall/',
    kind: 'single',
    title: 'Caretaker / Cleaner', company: 'Cleyford Village Hall', location: 'Cleyford, Norfolk',
    sel: '.entry-content > :not(#jp-post-flair)',
    notes: 'UK 2013 village hall blog on WordPress.com with Twenty Twelve: the post title "Wanted: Caretaker / Cleaner for the Hall" wraps the role, the employer is the blog\'s site title and a "Management Committee"/charity in the text; the village and county are only in the "Find the Hall" text widget; Jetpack share, like and Related-posts blocks sit inside .entry-content, and the comments discuss a job share.'
  },
  {
    file: 'c-ning/seasonal-apiary-hand-position-filled.html',
    url: 'http://heretaungahive.ning.com/profiles/blogs/seasonal-apiary-hand-wanted-sept-march',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'New Zealand 2011 beekeepers\' Ning network: a member\'s blog post whose title ends "POSITION FILLED" and whose body opens with a red update saying the job is filled, then keeps the original ad in grey (role, beekeeping business, place near Napier, pay, phone); comments, club meetings and events sidebar, Ning bar and footer.'
  }
];

writeManifest(DIR, 'manifest-c.jsonl', PAGES);
