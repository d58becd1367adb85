// Computes ground-truth description fields for the heldout18 c-* pages (careers sites, smaller
// ATSs and startup/remote job boards of 2018-2026: a JobAdder widget on an Australian recruitment
// agency's WordPress site, a Taleez apply page, a Fountain hourly opening, Climatebase, Working
// Nomads, Arbeitnow, a design studio's Gatsby + Contentful careers page, a Niceboard niche board,
// a Consider-powered VC portfolio job board and a closed job on a Pallet community board; written
// for this benchmark from what those sites' markup was like; all employers, people, addresses,
// phone numbers and prose invented) and writes manifest-c.jsonl.
// Usage: node gt-c.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'c-jobadder/site-supervisor-civil-townsville.html',
    url: 'https://www.coralcoastrecruitment.com.au/current-vacancies/?ja-job=412877',
    kind: 'single',
    title: 'Site Supervisor – Civil Infrastructure', company: 'Coral Coast Recruitment', location: 'Townsville, QLD',
    sel: '.ja-job-details .description',
    notes: 'Australian 2019 recruitment agency WordPress (Astra + Elementor) page with the JobAdder jobs widget rendered in; <h1> and <title> are only "Current Vacancies" and the title is the widget\'s <h2 class="title">; the employer is an unnamed "client", so the company is the agency (logo alt, footer); classification rows say "North Queensland" / "Townsville & Surrounds" while the text places the depot at Bohle, Townsville; Yoast schema graph without a JobPosting, latest jobs in other towns and footer offices in Townsville and Mackay.'
  },
  {
    file: 'c-taleez/chargee-de-clientele-b2b-saint-herblain.html',
    url: 'https://taleez.com/apply/chargee-de-clientele-b2b-h-f-saint-herblain-kerlann-cdi',
    kind: 'single',
    title: 'Chargé·e de clientèle B2B (H/F)', company: 'Kerlann', location: 'Saint-Herblain',
    sel: '.job__body > section.job__section',
    notes: 'French 2023 Taleez apply page; the description is four sibling sections (poste, profil, avantages, entretiens) followed by a company card "Qui sommes-nous ?" with facts that is excluded; the JSON-LD disagrees with the page: title without the inclusive "·e", hiringOrganization "KERLANN SAS" and jobLocation the Nantes head office, while the tags and text say Saint-Herblain; inline application form, other offers in Lyon, cookie banner.'
  },
  {
    file: 'c-fountain/delivery-driver-repartidor-houston.html',
    url: 'https://us-2.fountain.com/apply/bayou-city-fresh-market/opening/delivery-driver-repartidor-northwest-hub',
    kind: 'single',
    title: 'Delivery Driver / Repartidor', company: 'Bayou City Fresh Market', location: 'Houston, TX',
    sel: '[data-testid="opening-description"]',
    notes: 'US 2021 Fountain hourly-hiring opening (React, styled-components class hashes, no JSON-LD); <title> is "Bayou City Fresh Market | Apply" and the employer appears otherwise only as a logo alt and in the text; the location is a hub name ("Northwest Hub") plus a street address line; bilingual English/Spanish title and description; other openings at Pearland and Katy hubs, SMS consent footer.'
  },
  {
    file: 'c-climatebase/senior-grid-interconnection-engineer-denver.html',
    url: 'https://climatebase.org/job/51824417/senior-grid-interconnection-engineer',
    kind: 'single',
    title: 'Senior Grid Interconnection Engineer', company: 'Highline Storage', location: 'Denver, CO',
    sel: '.job-description',
    notes: 'Climate job board 2024 (Next.js, MUI) aggregating an employer\'s Greenhouse job; the page chips and text say Denver (LoDo office, hybrid) but the JSON-LD jobLocation is the Boulder headquarters, which the company sidebar repeats; JSON-LD description is only the first paragraph; __NEXT_DATA__ duplicates the job; similar jobs in other western cities.'
  },
  {
    file: 'c-workingnomads/customer-support-specialist-german-english-quillstack.html',
    url: 'https://www.workingnomads.com/jobs/customer-support-specialist-german-english-quillstack',
    kind: 'single',
    title: 'Customer Support Specialist (German & English)', company: 'Quillstack', location: 'Remote (Europe)',
    sel: '.job-desktop-description',
    notes: 'Remote job board 2020 (Bootstrap, no JSON-LD); the location fact is only "Europe" and the text says remote within two hours of CET with team weeks in Leipzig; German-language requirement and tags; apply buttons link out; newsletter box, more jobs at the company and related remote jobs with their own companies and regions.'
  },
  {
    file: 'c-arbeitnow/werkstudent-data-analytics-spreewerk-berlin.html',
    url: 'https://www.arbeitnow.com/view/werkstudent-mwd-data-analytics-spreewerk-mobility-gmbh-287431',
    kind: 'single',
    title: 'Werkstudent (m/w/d) Data Analytics', company: 'Spreewerk Mobility GmbH', location: 'Berlin',
    sel: '[itemprop="description"]',
    notes: 'German job board 2022 (Laravel, Tailwind) with English chrome and a German ad; the ad opens with its own heading giving a different form of the title ("Werkstudent:in Data & Analytics (20 Std./Woche)"); JSON-LD says FULL_TIME for a 20-hour student job and truncates the description; the text names the office at Ostkreuz (Berlin-Friedrichshain); company sidebar, job alert, similar jobs in Hamburg, Leipzig, Potsdam.'
  },
  {
    file: 'c-gatsby/motion-designer-lisbon.html',
    url: 'https://marestudio.pt/careers/motion-designer/',
    kind: 'single',
    title: 'Motion Designer (Mid/Senior)', company: 'Maré Studio', location: 'Lisbon, Portugal',
    sel: '.job-module--content--2Wd8h',
    notes: 'Design studio\'s own 2019 Gatsby + Contentful careers page (CSS-module class names, no JSON-LD); the <h1> is a slogan ("Make things move with us.") and the role is only in the eyebrow line and <title>; the studio is named in an SVG logo <title> and the footer, elsewhere "we"; facts line just Lisbon, Hybrid, Full-time and a start month, text says Marvila; a Portuguese paragraph inside the English ad; other roles in Porto and Lisbon and Porto office addresses in the footer.'
  },
  {
    file: 'c-niceboard/grants-partnerships-manager-tilth-valley.html',
    url: 'https://foodsystemsjobs.niceboard.co/job/grants-partnerships-manager-at-tilth-valley-food-network-1d84c',
    kind: 'single',
    title: 'Grants & Partnerships Manager', company: 'Tilth Valley Food Network', location: 'Portland, OR',
    sel: '.jobpage__description',
    notes: 'Niche nonprofit job board on Niceboard 2025; the JSON-LD title adds "(Hybrid)", its addressLocality is "Remote" with jobLocationType TELECOMMUTE, while the page says Portland, OR with a Hybrid badge and the text requires commuting to Northeast Portland; a Spanish sentence in the English ad; inline apply form, company card, similar jobs in Seattle, Salem and remote.'
  },
  {
    file: 'c-consider/fernleaf-portfolio-engineering-remote.html',
    url: 'https://jobs.fernleaf.vc/jobs?departments=Engineering&remoteOnly=true',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'VC portfolio job board powered by Consider (2023), filtered to remote engineering: ten jobs grouped under six portfolio companies, each group with logo, one-line description and stage badges, each job with title link, location badges, salary and age; <h1> is the board slogan; filter pills, load more, talent-network box.'
  },
  {
    file: 'c-pallet/senior-product-designer-tallgrass-closed.html',
    url: 'https://gridwork.pallet.com/jobs/6b1f2c4e-93d7-4a58-b0e2-7f1d3c8a9e56',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Closed job on a Pallet community board (2024): <title>, meta and og description and a greyed <h1> block still give title, company, Chicago location, salary and a closing date, but a banner says the job no longer accepts applications, there is no description and the apply button is disabled; four open jobs with other companies and a collective sign-up box.'
  }
];

writeManifest(DIR, 'manifest-c.jsonl', PAGES);
