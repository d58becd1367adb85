// Computes ground-truth description fields for the heldout19 b-* pages (employers' own careers
// pages on CMSs and site builders of 2017-2025: a Montana physical-therapy clinic on Beaver
// Builder, an English 3PL on Avada, a Swabian family machining firm on Oxygen, a Leipzig software
// startup on Bricks, a Swiss bilingual school on Kirby, a Devon/Somerset law firm on Statamic, a
// Melbourne food-rescue charity on Grav, a Douro wine-estate hotel's Publii blog, a home-care
// agency's Bubble careers list and a ferry operator's closed Softr job page; written for this
// benchmark from what those tools' markup is like; all employers, people, addresses, phone
// numbers and prose invented) and writes manifest-b.jsonl.
// Usage: node gt-b.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'b-beaverbuilder/physical-therapist-assistant-belgrade.html',
    url: 'https://www.cedarhollowpt.com/careers/pta-belgrade/',
    kind: 'single',
    title: 'Physical Therapist Assistant (PTA)', company: 'Cedar Hollow Physical Therapy', location: 'Belgrade, MT',
    sel: '.fl-node-5a0b7244e1b23 > .fl-col-content',
    notes: 'US 2017 clinic site on Beaver Builder: the only <h1> is the hero "Join Our Team", the role is an fl-heading h2 prefixed "Now Hiring:" and <title> says only "PTA – Belgrade"; no job facts at all, the clinic is named in the logo alt (short form), Yoast Organization and footer, and the place is only in prose ("our Belgrade clinic on Jackrabbit Lane") while the footer lists both Bozeman and Belgrade clinics; description is split over nine BB modules, beside a Gravity Forms apply column and above a staff testimonials row.'
  },
  {
    file: 'b-avada/shift-supervisor-nights-daventry.html',
    url: 'https://www.brackmoor.co.uk/careers/vacancies/shift-supervisor-nights/',
    kind: 'single',
    title: 'Shift Supervisor – Nights', company: 'Brackmoor Logistics Ltd', location: 'Daventry, Northamptonshire',
    sel: '.fusion_builder_column_2_3 > .fusion-column-wrapper',
    notes: 'UK 2018 Avada page: the title-bar <h1> is "Careers at Brackmoor" and the role a fusion-title h2; a hand-added JobPosting says "Night Shift Supervisor" at "Brackmoor Group" in Northampton (the head office in the footer) while the page places the job at the Daventry DC on the Royal Oak estate; description mixes fusion-text blocks with icon checklists; an "At a glance" facts column, a dark "Other Current Vacancies" row with other towns and a cookie-notice bar.'
  },
  {
    file: 'b-oxygen/zerspanungsmechaniker-cnc-fraesen-heubach.html',
    url: 'https://www.kessler-praezision.de/karriere/stellenangebote/zerspanungsmechaniker-cnc-fraesen/',
    kind: 'single',
    title: 'Zerspanungsmechaniker (m/w/d) Schwerpunkt CNC-Fräsen', company: 'Kessler & Söhne Präzisionsdrehteile GmbH & Co. KG', location: 'Heubach-Lautern',
    sel: '#div_block-18-215',
    notes: 'German 2021 family manufacturer on Oxygen: the <h1> is a slogan ("Präzision ist Teamarbeit."), the role is a plain ct-text-block div with a <br>, the logo alt is empty and the legal name appears only in the footer (site name "Kessler Präzision"); the facts line says "Werk Lautern" and the text "Heubach-Lautern"; Rank Math JobPosting was copied from another ad (title "Maschinen- und Anlagenführer", head-office address); contact-person card, other openings loop and a Borlabs cookie template.'
  },
  {
    file: 'b-bricks/senior-backend-engineer-data-pipelines.html',
    url: 'https://tidewell.io/jobs/senior-backend-engineer-data-pipelines/',
    kind: 'single',
    title: 'Senior Backend Engineer – Data Pipelines', company: 'tidewell', location: 'Leipzig, Germany',
    sel: '#brxe-vkqwzu',
    notes: 'German 2025 startup on Bricks (custom post type with a post-content element): the logo is an unlabelled SVG and the lowercase brand "tidewell" appears in text and the footer legal name "tidewell Analytics GmbH"; the JobPosting says TELECOMMUTE with the Berlin registered office and a shorter title, while the page says hybrid in Leipzig (tag "Hybrid · Leipzig", text about the Spinnerei office); a glance box, an inline application form and more roles in Leipzig and Berlin follow; one German sentence in an English ad.'
  },
  {
    file: 'b-kirby/klassenlehrperson-3-klasse-baar.html',
    url: 'https://www.rigiblick-school.ch/de/ueber-uns/offene-stellen/klassenlehrperson-3-klasse',
    kind: 'single',
    title: 'Klassenlehrperson 3. Klasse (80–100 %)', company: 'Rigiblick Bilingual School', location: 'Baar, Zug',
    sel: 'article.job .text',
    notes: 'Swiss 2019 private school on a hand-built Kirby 3 template: the <h1> is the parent section "Offene Stellen" and the role an h2 with an English subtitle; the header claim says "Bilingual School · Zug" and the facts list only "Arbeitsort: Campus Primar", the text puts it in Baar and the footer has Zug and Baar campuses; German ad with an English summary inside the same text; facts, downloads and contact aside, prev/next links to other vacancies; no structured data.'
  },
  {
    file: 'b-statamic/private-client-solicitor-taunton.html',
    url: 'https://www.ashcombepenrose.co.uk/careers/vacancies/private-client-solicitor-2-5-pqe',
    kind: 'single',
    title: 'Private Client Solicitor (2–5 PQE)', company: 'Ashcombe Penrose LLP', location: 'Taunton',
    sel: 'article .prose',
    notes: 'English 2022 law firm on Statamic with Tailwind (Peak-style): the LegalService JSON-LD gives the Exeter head office and the key-details box has no location, which is only in prose ("based in our Taunton office at Hammet Street") while the footer lists three offices; logo alt is empty; aside with partner card and firm blurb, other vacancies in Exeter and Honiton, SRA badge iframe, Alpine cookie banner with its own heading.'
  },
  {
    file: 'b-grav/volunteer-programs-coordinator.html',
    url: 'https://www.merricreekfoodshare.org.au/get-involved/jobs/volunteer-programs-coordinator',
    kind: 'single',
    title: 'Volunteer Programs Coordinator', company: 'Merri Creek Food Share Inc.', location: 'Preston, VIC',
    sel: '#body-wrapper > section.container > :not(h1)',
    notes: 'Australian 2018 charity on Grav with the stock Quark theme: the markdown is emitted straight into the container with no wrapper, starting with the <h1> and a facts table (hours, term, SCHADS level) that has no location; the logo is an SVG titled "Home", the charity is named only in the text and the footer, and the warehouse in Preston is in prose; Quark nav duplicated for mobile and the "Grav was made with love" footer.'
  },
  {
    file: 'b-publii/estamos-a-contratar-rececao.html',
    url: 'https://www.lapaserena.pt/estamos-a-contratar-rececao/',
    kind: 'single',
    title: 'Rececionista / Front Desk Agent (m/f)', company: 'Quinta da Lapa Serena', location: 'Ervedosa do Douro, Portugal',
    sel: '.content__entry',
    notes: 'Portuguese 2023 wine-estate hotel announcing the job in a Publii blog post: the <h1> is "Estamos a contratar! / We\'re hiring!" and the role is an h2 inside the post body; Article JSON-LD wrongly names the author as publisher; Portuguese ad with an English version, the village only in prose and the footer address ("vinte minutos do Pinhão"); author bio, share links, prev/next and related posts.'
  },
  {
    file: 'b-bubble/careers-open-positions.html',
    url: 'https://www.maplesteadcare.com/careers',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'US 2022 home-care agency careers page built in Bubble (saved rendered DOM): no headings or links at all, only bubble-element divs; a RepeatingGroup of eight clickable cards with title, "town · type · pay" line, age and a "View & apply" button; location and type dropdowns, a benefits group and a talent-list form.'
  },
  {
    file: 'b-softr/deckhand-summer-2023-closed.html',
    url: 'https://careers.caldersound.co.uk/job-details?recordId=rec8KpWq3ZnT5vLxM',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Scottish 2023 ferry operator\'s Softr careers portal, details page of a filled seasonal role: <title> and og/meta description still carry the role and a summary, but the list-details block shows only an empty state "This role is no longer open" naming the role; two other current roles as cards, a notify-me CTA and a cookie bar.'
  }
];

writeManifest(DIR, 'manifest-b.jsonl', PAGES);
