// Computes ground-truth description fields for the heldout17 a-* pages (English-language general
// job boards of 2005-2010 from the UK, the US, Canada, Ireland, Australia, India, South Africa,
// the Philippines and Singapore: Jobcentre Plus, EmploymentGuide.com, CareerBeacon, the FÁS Jobs
// Bank, Australian JobSearch, Freshersworld, Job Mail, Phil-Job.Net, an America's Job Bank results
// list and an expired JobsCentral page; written for this benchmark from what those sites' markup
// was like; all employers, people, addresses, phone numbers and prose invented) and writes
// manifest-a.jsonl.
// Usage: node gt-a.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'a-jobcentreplus/night-care-assistant-dersingham.html',
    url: 'http://www.jobcentreplus.gov.uk/JCP/Customers/JobSearch/JobDetails.aspx?JobId=KLY%2f47219&from=results',
    kind: 'single',
    title: 'Night Care Assistant', company: 'Ingleby Lodge', location: 'Dersingham, Norfolk',
    sel: '#ctl00_cphMain_lblDescription',
    notes: 'UK 2007 government job search (ASP.NET, one form, __VIEWSTATE); <h1> and <title> are only "Job details"; every fact is an ALL-CAPS th/td row and there is no employer field at all: the care home is named only in the capitals description ("INGLEBY LODGE IS A FAMILY RUN ...") and the separate How to apply row with its King\'s Lynn postal address; right-hand search options box and related links with their own h2s.'
  },
  {
    file: 'a-employmentguide/cdl-a-regional-drivers-hampton-roads.html',
    url: 'http://www.employmentguide.com/jobdetails/CDL-A-Regional-Drivers_JobID_5839127.html',
    kind: 'single',
    title: 'CDL-A Regional Drivers', company: 'Tidewater Freight Lines', location: 'Chesapeake, VA',
    sel: '#jobDescription',
    notes: 'US 2008 print-weekly job site in 960px tables; <h1> is the category "Transportation Jobs in Hampton Roads, VA" and the title an <h2>; the facts say "Company: Confidential" and "Location: Hampton Roads, VA" (a market, not a town), while the reprinted print ad opens with the carrier\'s name in bold capitals and places the terminal in Chesapeake; job-fair box, similar jobs with other Hampton Roads towns, DoubleClick, featured employers, SiteCatalyst.'
  },
  {
    file: 'a-careerbeacon/payroll-benefits-administrator-moncton.html',
    url: 'http://www.careerbeacon.com/jobs/displayjob.asp?jid=317458&lang=E',
    kind: 'single',
    title: 'Payroll and Benefits Administrator', company: 'Acadia Lumber & Building Supply Ltd.', location: 'Moncton, NB',
    sel: '#jobText',
    notes: 'Atlantic Canadian 2009 board in <font> tables; the only <h1> is the employer\'s name (logo alt just "ALBS") and the title is the bold value of a "Position:" row; <title> strings the site, employer and title; "Other jobs from" this employer and similar jobs list other NB/NS/PE towns; left quick search with a province select, Job Alert box and an ad iframe.'
  },
  {
    file: 'a-fasjobs/forklift-driver-warehouse-operative-athy.html',
    url: 'http://jobbank.fas.ie/JobSeekers/VacancyDetails.aspx?VacRef=NBG%2f05%2f1137',
    kind: 'single',
    title: 'Forklift Driver/Warehouse Operative', company: 'Ballyroe Fresh Produce Ltd', location: 'Athy, Co. Kildare',
    sel: '#lblDescription',
    notes: 'Irish 2005 state jobs bank page that is the content frame of a frameset (a "Show menu" link rebuilds the frames), so there is no site navigation; no <h1>, the title is an <h2> in capitals prefixed by the vacancy reference "NBG/05/1137 - "; the facts give only "County: KILDARE" and the FÁS office (Newbridge) while the text places the packhouse at Castlemitchell, Athy; separate How to Apply box, other Kildare vacancies with their own references.'
  },
  {
    file: 'a-jobsearchgovau/heavy-diesel-fitter-moranbah.html',
    url: 'http://jobsearch.gov.au/Job/JobDetails.aspx?JobID=8174425&WD=1',
    kind: 'single',
    title: 'Heavy Diesel Fitter', company: 'Isaac Valley Earthmoving Pty Ltd', location: 'Moranbah QLD 4744',
    sel: '#ctl00_MainContent_pnlDescription',
    notes: 'Australian 2006 government job search; <h1> "Job Details", the title an <h2> in capitals with the roster appended ("HEAVY DIESEL FITTER - 7/7 ROSTER") and a different ASCO occupation row; the location is split over Suburb/Town, State and Postcode rows; the How to apply box names the Job Network member that lodged the job (with a Mackay office) besides the employer; AGLS meta, other jobs near Moranbah with other towns.'
  },
  {
    file: 'a-freshersworld/walkin-trainee-software-engineer-chennai.html',
    url: 'http://www.freshersworld.com/jobs/jobdetail.asp?jobid=41127',
    kind: 'single',
    title: 'Trainee Software Engineer', company: 'Sundaram Infotech Solutions Pvt. Ltd.', location: 'Chennai',
    sel: 'div.jd',
    notes: 'Indian 2009 freshers\' board; the <h1> is a walk-in announcement with dates ("Walk-in Interview at Sundaram Infotech Solutions on 21st & 22nd November 2009") and the role is only the value of a "Designation" row in a facts table with qualification, batch and salary; the description holds a company blurb, eligibility, selection process and a walk-in venue address in Guindy; AdSense, left qualification/city link lists, other Chennai walk-ins, placement-paper links.'
  },
  {
    file: 'a-jobmail/debtors-clerk-midrand-agency.html',
    url: 'http://www.jobmail.co.za/job-view.php?id=2214783',
    kind: 'single',
    title: 'Debtors Clerk', company: 'Mosaic Staffing Solutions', location: 'Midrand, Gauteng',
    sel: '#adtext',
    notes: 'South African 2010 classifieds jobs site; <h1> is the section "Finance / Accounting Jobs in Gauteng" and the title a bold div with an "Agency" badge; the only company is the recruiter ("Recruiter:" row) as the text speaks of "our client, a well-established FMCG distributor"; the location row is the region "Gauteng > Johannesburg North" while the text says Midrand; hidden apply form, more jobs from the recruiter, similar jobs with other recruiters and towns.'
  },
  {
    file: 'a-philjob/customer-service-representatives-inbound-ortigas.html',
    url: 'http://www.phil-job.net/jobdetails.php?id=20418-03',
    kind: 'single',
    title: 'Customer Service Representatives (Inbound Voice Account)', company: 'Eastwind Contact Solutions, Inc.', location: 'Ortigas Center, Pasig City',
    sel: 'td.jobdetails',
    notes: 'Philippine 2005 board with no heading elements at all: employer name and title are two <font> lines in capitals beside a logo with alt "logo"; <title> is only "Phil-Job.Net - Job Details"; facts are a run of bold labels with <br> and have no location, which appears only in the walk-in address in the text (Ortigas Center, Pasig City); other openings table with towns, banner iframe.'
  },
  {
    file: 'a-ajb/registered-nurses-columbus-results.html',
    url: 'http://www.ajb.org/jobseekers/results.html?occ=29-1111.00&st=OH&area=COLUMBUS&days=30',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'US 2005 public job bank search results: ten table rows with checkboxes, date, capitals job title links, employer (twice "Not disclosed"), town and job number; <h1> "Job Search Results" with the search criteria and counts under it; pager, save/email buttons, left navigation.'
  },
  {
    file: 'a-jobscentral/senior-accounts-executive-expired.html',
    url: 'http://jobscentral.com.sg/jobs/view/286714/Senior-Accounts-Executive',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Singapore 2008 expired job at its old URL: <title> and meta description still carry the title, employer and a summary, and a box repeats title, company, location and closing date under the <h1> "Sorry, this job is no longer available"; no description; six similar accounting jobs with companies and areas, job alert and sponsored links.'
  }
];

writeManifest(DIR, 'manifest-a.jsonl', PAGES);
