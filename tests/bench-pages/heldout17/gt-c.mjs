// Computes ground-truth description fields for the heldout17 c-* pages (modern 2019-2025 job
// pages in English, plus one in Austrian German, from employers' own careers sites and smaller
// ATSs and site builders: a Gem job board, a Polymer job page, a JobScore careers site, a HireHive
// careers site, a Getro VC-portfolio job board, a WordPress site with the WP Job Openings plugin,
// a Next.js marketing site's careers section, a Craft CMS studio site with SEOmatic, a Paycor
// Recruiting (Newton) career home and a Super.so (Notion) careers page with no open roles;
// written for this benchmark from what those sites' markup was like; all employers, people,
// addresses and prose invented) and writes manifest-c.jsonl.
// Usage: node gt-c.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'c-gem/senior-data-engineer-claims-platform.html',
    url: 'https://jobs.gem.com/tidewell/am9icG9zdDpUaWRld2VsbDpkYXRhLWVuZw',
    kind: 'single',
    title: 'Senior Data Engineer, Claims Platform', company: 'Tidewell', location: 'New York, NY or Remote (United States)',
    sel: '#job-description-content',
    notes: '2024 Gem-hosted board rendered by React with emotion css-* classes and no JSON-LD; the employer is only the logo alt "Tidewell logo", the <title> suffix and the text; the location is two bullet-separated spans "New York City • Remote - United States" next to Engineering/Remote/Full-time chips, explained in a "Where you\'ll work" paragraph; the inline application form with EEO survey and its own <h2> "Apply for …" follows, plus an Apollo state blob.'
  },
  {
    file: 'c-polymer/product-designer-contract-6-months.html',
    url: 'https://jobs.polymer.co/oddfellow-finch/318842',
    kind: 'single',
    title: 'Product Designer (Contract, 6 months)', company: 'Oddfellow & Finch', location: 'London, UK',
    sel: '#job_description',
    notes: '2024 Polymer job page (Tailwind); the JSON-LD disagrees with the page: title "Product Designer" without the contract qualifier, employmentType FULL_TIME for a day-rate contract, and the legal name "Oddfellow Finch Ltd" against the displayed "Oddfellow & Finch"; the facts line and sidebar say London, UK and Hybrid while the text splits the week between Hoxton and Walthamstow; "Other jobs" list with Manchester and Remote (UK).'
  },
  {
    file: 'c-jobscore/member-services-representative-bilingual-yakima.html',
    url: 'https://careers.jobscore.com/careers/cascadeorchardcu/jobs/member-services-representative-ii-bilingual-spanish-dN7kQm2xWr6ybUaGkKPnq',
    kind: 'single',
    title: 'Member Services Representative II - Bilingual (Spanish)', company: 'Cascade Orchard Credit Union', location: 'Yakima, WA',
    sel: '.job-description',
    notes: '2023 JobScore careers site (Bootstrap 3); the JSON-LD is malformed (an unescaped quoted word inside the description string and a trailing comma), so it does not parse; the logo alt is only the initials "COCU" and the sidebar says "Other Jobs at COCU", so the full employer name comes from the <title> and the text; the text adds floating to Selah and Union Gap; job-alert form and other branches\' jobs in the sidebar.'
  },
  {
    file: 'c-hirehive/quality-assurance-technologist-mitchelstown.html',
    url: 'https://kilbrack.hirehive.com/quality-assurance-technologist-r3p8k',
    kind: 'single',
    title: 'Quality Assurance Technologist', company: 'Kilbrack Foods', location: 'Mitchelstown, Co. Cork, Ireland',
    sel: '.hh-job-description',
    notes: '2024 HireHive careers site for an Irish food maker, no structured data; the logo alt and <title> say only "Kilbrack", the text names Kilbrack Foods and the consumer brand Kilbrack Kitchen, and the footer the legal Kilbrack Foods Unlimited Company; facts are "Label: value" list items; a cookie dialog with its own <h2> comes first, and the inline application form, share links and other vacancies (one in Dublin 12) follow.'
  },
  {
    file: 'c-getro/founding-account-executive-lumaroot.html',
    url: 'https://jobs.northfield.vc/companies/lumaroot/jobs/38817244-founding-account-executive',
    kind: 'single',
    title: 'Founding Account Executive', company: 'Lumaroot', location: 'San Francisco, CA, USA or Remote (United States)',
    sel: '[data-testid="careerPage"]',
    notes: '2025 Getro board of a VC firm (Next.js, styled-components, __NEXT_DATA__): the site brand, logo and footer are the investor "Northfield Ventures", which states it is not the employer; the employer is the portfolio company shown as a small linked name above the title; there is no <h1> (the title is an <h2>); location chips "San Francisco, CA, USA" and "Remote" with the US restriction only in the text; the JSON-LD has only addressCountry and a truncated description; similar jobs from other portfolio companies.'
  },
  {
    file: 'c-wpjobopenings/zimmerer-zimmerin-schwaz.html',
    url: 'https://www.holzbau-gruber.at/jobs/zimmerer-zimmerin-m-w-d/',
    kind: 'single',
    title: 'Zimmerer / Zimmerin (m/w/d)', company: 'Holzbau Gruber GmbH', location: 'Schwaz, Tirol',
    sel: '.awsm-job-entry-content',
    notes: 'Austrian German 2024 WordPress (GeneratePress) page with the WP Job Openings plugin; a page-hero <h2> "Karriere bei Holzbau Gruber" sits above the <h1>; the Yoast graph has only WebPage/Organization, no JobPosting; the spec row says only "Standort: Schwaz" while the text puts the building sites across the Tyrolean Unterland and Innsbruck; the description repeats the title as an h3 and ends with the collective-agreement wage line; the plugin\'s application form, a recent-jobs widget with more Schwaz jobs and a Borlabs cookie box are around it.'
  },
  {
    file: 'c-nextjs/staff-backend-engineer-routing.html',
    url: 'https://www.parcelly.com/careers/jobs/staff-backend-engineer-routing-5873021',
    kind: 'single',
    title: 'Staff Backend Engineer – Routing', company: 'Parcelly', location: 'Amsterdam, Netherlands or Lisbon, Portugal (hybrid)',
    sel: '.JobPost_body__x7Kq2',
    notes: '2024 company marketing site built with Next.js and CSS modules; a mega-menu with its own column headings, an announcement bar and a OneTrust banner; the JSON-LD gives an older title "Staff Software Engineer, Routing", the legal entity "Parcelly Logistics Technologies B.V." and only the Amsterdam office, while the page offers Amsterdam or Lisbon, hybrid; the site-wide "Our hiring process" block, the apply form and an "Other open roles" grid with their own locations follow the description; the footer names a parent group.'
  },
  {
    file: 'c-craftcms/senior-gameplay-programmer-unreal.html',
    url: 'https://brumelune.com/en/careers/senior-gameplay-programmer',
    kind: 'single',
    title: 'Senior Gameplay Programmer (Unreal Engine 5)', company: 'Brumelune', location: 'Remote (Canada)',
    sel: '.c-job-body',
    notes: '2024 Craft CMS site of a Montréal game studio with SEOmatic JSON-LD; the <h1> is a slogan ("Make a lantern feel heavy.") and the role is a <p> above it, and the JSON-LD copies the slogan as title and names the parent "Halvard Interactive Inc." as hiring organisation with the Montréal street address as jobLocation, while the facts say "Remote – Canada only (studio in Montréal)"; the text opens with "Bonjour!" and ends with a French line; a staff quote, an application form and other positions follow.'
  },
  {
    file: 'c-paycor/riverbend-senior-living-career-home.html',
    url: 'https://recruitingbypaycor.com/career/CareerHome.action?clientId=8a7883d07f2c51e6017f3b9e2a4c1d55',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: '2024 Paycor Recruiting (ex-Newton) career home usually shown in an iframe: an intro paragraph about the employer, a keyword/department/location search table, then twelve job rows grouped under location headers (three communities in Ohio, Kentucky and Indiana plus "Multiple Locations"), each a linked title with the department beside it; the logo has an empty alt; general-application box.'
  },
  {
    file: 'c-supersite/quillpad-careers-no-open-roles.html',
    url: 'https://www.quillpad.app/careers',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: '2025 Super.so (Notion-published) careers page with no open roles: a callout says the Founding Product Designer role has been filled, followed by posting-like sections (how we work with a European time-zone restriction, what we look for, benefits) and a collapsed "Past roles" toggle listing three filled titles with locations; a Tally sign-up embed; Next.js data blob.'
  }
];

writeManifest(DIR, 'manifest-c.jsonl', PAGES);
