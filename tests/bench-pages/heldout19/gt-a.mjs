// Computes ground-truth description fields for the heldout19 a-* pages (English-language job boards
// and newspaper job sections of 1998-2010 from the US, Canada, Australia, the UK and South Africa:
// HeadHunter.NET, a CareerPath.com newspaper ad frame, The Seattle Times' NWjobs, WorkInTexas.com,
// Ontario Public Service Careers, Careers.vic, GAAPweb, Bizcommunity.com's jobs section, a
// JournalismJobs.com results list and a careers article in The Independent's student section;
// written for this benchmark from what those sites' markup was like; all employers, people,
// addresses, phone numbers and prose invented) and writes manifest-a.jsonl.
// Usage: node gt-a.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'a-headhunter/sr-network-administrator-omaha.html',
    url: 'http://www.headhunter.net/scripts/jobs/jobdetail.asp?JobID=J3N72W5Q1RXK0VDH8M',
    kind: 'single',
    title: 'Sr. Network Administrator', company: 'Loess Hills Mutual Insurance Co.', location: 'Omaha, NE',
    sel: 'td.jobtext',
    notes: 'US 2000 ASP board in 760px <font> tables with no heading elements; <title> carries only the job ID, and the title is the bold value of a "Job Title:" label row; location is the code "US-NE-Omaha"; the description is split over a Description row and a Requirements row, while the Contact row gives a Council Bluffs, IA PO box; hot-jobs sidebar with other Nebraska towns and employers.'
  },
  {
    file: 'a-careerpath/bookkeeper-elk-grove-village.html',
    url: 'http://www.careerpath.com/cgi-bin/showad.cgi?qid=98061409214473&ad=3&src=CHT',
    kind: 'single',
    title: 'Bookkeeper', company: 'Kessler-Brandt Millwork Co.', location: 'Elk Grove Village, IL',
    sel: 'pre',
    notes: 'US 1998 newspaper-classifieds aggregator: the body frame of a frameset (a script bounces a bare load back into the frames), upper-case HTML, <title> "Newspaper Ad"; the only facts are newspaper, run date, classification code and zone; the reprinted print ad is a <pre> block of abbreviations whose capitals headline is the title and whose employer and Elk Grove Village address appear only in the reply-to lines.'
  },
  {
    file: 'a-nwjobs/orthodontic-assistant-issaquah.html',
    url: 'http://www.nwjobs.com/job/detail.aspx?JobID=2084571',
    kind: 'single',
    title: 'Orthodontic Assistant', company: 'Cascade Crest Orthodontics', location: 'Issaquah, WA',
    sel: '#jobBody',
    notes: 'US 2007 newspaper jobs site with the full Seattle Times masthead and section nav; the location fact is the market zone "Eastside" (also in <title>) while the ad places the office in Issaquah, and an "About" box below mentions Issaquah and Redmond; print-edition note, apply/save bar, similar jobs in Bellevue, Redmond, Sammamish, Kirkland, and right-rail career-center headlines and job fairs with their own headings.'
  },
  {
    file: 'a-workintexas/home-health-aide-bryan.html',
    url: 'https://www.workintexas.com/wit/jobs/JobPostingDetail.do?postingId=3317846',
    kind: 'single',
    title: 'Home Health Aide', company: 'Brazos Valley Home Care', location: 'Bryan, TX',
    sel: '#jobDescText',
    notes: 'US 2005 state workforce job bank (Struts, one form); <title> and <h2> are "Job Posting Detail"; title and employer are ALL-CAPS label/value cells, the employer as a legal name with "DBA"; the jobsite address is in Bryan while the contact mailing address is in College Station and the text names four other towns; site-generated minimum requirements, wages, how-to-apply rows and an LMI box surround the description, which ends with an unaccented Spanish sentence.'
  },
  {
    file: 'a-gojobs/fisheries-field-technician-nipigon.html',
    url: 'http://www.gojobs.gov.on.ca/Preview.aspx?Language=English&JobID=8854',
    kind: 'single',
    title: 'Fisheries Field Technician (Bilingual)', company: 'Northern Waters Research Commission', location: 'Nipigon, Ontario',
    sel: '#ctl00_cphMain_pnlEnBody, #ctl00_cphMain_pnlFrBody',
    notes: 'Canadian 2006 provincial-government board (ASP.NET); <h1> and <title> are only "Job Ad", the site is branded Ontario Public Service while the organisation row names an agency; a bilingual position, so the whole ad (facts table and body) is repeated in French under "Version française"; the body holds the OPS-style "Additional information" address line, and the How to apply block, apply-by/Job ID tables and buttons are excluded.'
  },
  {
    file: 'a-careersvic/project-officer-waterway-health-kerang.html',
    url: 'http://www.careers.vic.gov.au/jobs/details?ref=LPCA/08/117',
    kind: 'single',
    title: 'Project Officer - Waterway Health', company: 'Loddon Plains Catchment Authority', location: 'Kerang, Victoria',
    sel: 'div.jobdescription',
    notes: 'Australian 2008 state-government board; <title> carries only the reference; the Location row is the region "Loddon Mallee" and the Dublin Core DC.Coverage.spatial meta says "Melbourne, Victoria", while the text bases the job at the Kerang office; a site "Job summary" teaser precedes the facts table and is excluded, as are the documents list, apply box and other Loddon Mallee jobs in Swan Hill, Echuca and Mildura.'
  },
  {
    file: 'a-gaapweb/management-accountant-wakefield.html',
    url: 'http://www.gaapweb.com/job/284711/management-accountant/',
    kind: 'single',
    title: 'Management Accountant', company: 'Calder Ridings Housing Group', location: 'Wakefield, West Yorkshire',
    sel: 'div.job-description',
    notes: 'UK 2008 accountancy industry board; the agency is in <title>, the logo, the "Recruiter:" fact and the meta tags, but its ad names the client employer in bold in the first paragraph; the location fact is the county "West Yorkshire" while the text puts the head office in Wakefield city centre and the recruiter\'s phone is in Leeds; inline apply form, similar jobs with other employers, news headlines and featured recruiters.'
  },
  {
    file: 'a-bizcommunity/junior-media-planner-buyer-cape-town.html',
    url: 'http://www.bizcommunity.com/Job/196/23/41872.html',
    kind: 'single',
    title: 'Junior Media Planner/Buyer', company: 'Kloof Street Media', location: 'Woodstock, Cape Town',
    sel: 'div.jobtext',
    notes: 'South African 2009 trade-news site\'s jobs section with industry and section tab rows; the <h1> appends "(Cape Town)" to the title, the company is a "Posted by:" link with a logo whose alt is only "KSM", the location fact is the province "Western Cape" and the text says the Woodstock office; EE statement and an English/Afrikaans requirement; more media jobs in other provinces and most-read news headlines.'
  },
  {
    file: 'a-journalismjobs/reporter-jobs-midwest-results.html',
    url: 'http://www.journalismjobs.com/job_search_results.cfm?cat=1&pos=2&reg=MW',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'US 2004 journalism industry board search results: fifteen table rows with checkboxes, date, linked position, newspaper employer (one "Confidential", one region "Northern Indiana" as location) and city; no heading elements, the page heading is a <font size=4>; category counts, newsletter sign-up, pager, save/e-mail buttons and career-center article links.'
  },
  {
    file: 'a-independent/how-i-got-my-job-lock-keeper.html',
    url: 'http://www.independent.co.uk/student/career-planning/getting-job/how-i-got-my-job-lock-keeper-810462.html',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'UK 2008 national newspaper careers feature ("How I got my job: Lock keeper") in the Student > Career Planning > Getting a Job section: it names a job title, an employer, a place, a pay range and how to get in, but it is a profile with byline, photo caption and reader comments; a sidebar widget lists live jobs from the paper\'s jobs site with employers and towns.'
  }
];

writeManifest(DIR, 'manifest-a.jsonl', PAGES);
