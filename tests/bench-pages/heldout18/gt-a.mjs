// Computes ground-truth description fields for the heldout18 a-* pages (English-language general
// job boards, newspaper job sections, a university career-centre board and a staffing agency of
// 2002-2012 from the US, Ireland, Northern Ireland, Singapore, India, South Africa and England:
// BostonWorks (Boston Globe), Irish Times Jobs, NIJobs.com, STJobs (Straits Times), a Symplicity
// CSM college career board, Kelly Services, PlacementIndia.com, ExecutivePlacements.com, a FlipDog
// results list and a closed jobsgopublic vacancy; written for this benchmark from what those
// sites' markup was like; all employers, people, addresses, phone numbers and prose invented) and
// writes manifest-a.jsonl.
// Usage: node gt-a.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'a-bostonworks/medical-secretary-receptionist-brookline.html',
    url: 'http://bostonworks.boston.com/jobs/search/jobdetail.asp?AdID=8123447&SearchType=kw',
    kind: 'single',
    title: 'Medical Secretary/Receptionist', company: 'Fenwick Eye Associates', location: 'Brookline, MA',
    sel: '#adtext',
    notes: 'US 2004 newspaper job section (classic ASP, 770px tables, <font> tags, RealMedia ad calls); <title> and the only heading are generic ("Job Detail"); the reprinted print ad has the title as a bold first line split by a <br>, the practice named only in the "send resume to" block and the town only in that postal address, while the facts give just the region "Boston - Inner Suburbs"; more ads with other towns, career-advice headlines, featured employers.'
  },
  {
    file: 'a-irishtimes/head-of-fundraising-communications-dun-laoghaire.html',
    url: 'http://www.irishtimes.com/jobs/job.cfm?jobid=74219&src=search',
    kind: 'single',
    title: 'Head of Fundraising & Communications', company: 'Seacliff Hospice', location: 'Dún Laoghaire, Co. Dublin',
    sel: '#jobtext',
    notes: 'Irish 2009 newspaper jobs section; the "Recruiter:" fact, the meta description, the apply box and "More jobs from" all name the executive-search firm, while the hiring employer is named in the ad text and in a bilingual logo alt; the location fact is the search region "Dublin South" and the text gives Dún Laoghaire; one Irish-language requirement line; careers headlines and featured recruiters with their own h3s.'
  },
  {
    file: 'a-nijobs/quality-engineer-dungannon.html',
    url: 'http://www.nijobs.com/Jobs/JobDetails.aspx?JobID=184402',
    kind: 'single',
    title: 'Quality Engineer', company: 'Clogher Valley Plastics Ltd', location: 'Dungannon, Co. Tyrone',
    sel: '#ctl00_cphMain_pnlDescription',
    notes: 'Northern Ireland 2008 ASP.NET board (one form, __VIEWSTATE); the <h1> and <title> carry the town in brackets ("Quality Engineer (Dungannon)") while the Location fact is only the county "Tyrone"; the text gives the industrial estate and a BT71 address; Fair Employment statement at the end of the ad; hidden apply form, similar jobs with other NI towns, location link lists.'
  },
  {
    file: 'a-stjobs/accounts-assistant-full-charge-jurong.html',
    url: 'http://www.stjobs.sg/job/accounts-assistant-full-charge-jurong/87123456',
    kind: 'single',
    title: 'Accounts Assistant (Full Charge)', company: 'Teck Hin Hardware & Engineering Pte Ltd', location: 'Jurong, Singapore',
    sel: '.jd-body',
    notes: 'Singapore 2012 newspaper classifieds site; the <h1>, <title> and og:title are the advertiser\'s name in capitals and schema.org microdata marks that h1 as the JobPosting title; the role is only in a plain "Position(s):" line and the bold heading inside the print-derived ad; jobLocation is the area "West" while the text says Jurong with an address on Jalan Ahmad Ibrahim; abbreviated classified English with one Chinese-language phrase.'
  },
  {
    file: 'a-symplicity/water-quality-field-intern-traverse-city.html',
    url: 'https://northlake-csm.symplicity.com/students/index.php?s=jobs&ss=jobs&mode=form&id=4b7e2c09a1f35d8e',
    kind: 'single',
    title: 'Water Quality Field Intern (Summer 2010)', company: 'Two Rivers Watershed Council', location: 'Traverse City, MI',
    sel: '#dnf_class_values_job__description__ .field_value, #dnf_class_values_job__qualifications__',
    notes: 'US 2010 college career-centre board (Symplicity CSM, logged-in student view); <title> is only the college and product name, the title an <h2>; employer, City and State are separate label/value rows among many others; the posting is split over Description and Qualifications rows (the Application Instructions row, hidden apply form and "About the Employer" sidebar are excluded); the text adds field sites in three counties.'
  },
  {
    file: 'a-kellyservices/administrative-assistant-temp-to-hire-wyoming-mi.html',
    url: 'http://www.kellyservices.us/jobsearch/JobDetails.aspx?JobId=0812-0420357&src=JS',
    kind: 'single',
    title: 'Administrative Assistant - Temp to Hire', company: 'Kelly Services', location: 'Wyoming, MI',
    sel: '#lblDescription',
    notes: 'US 2006 staffing-agency job search (ASP.NET, tables); <title> "Job Search - Job Details", the title a span in a table header cell; the agency is named only in the logo alt, the Contact branch block, "Kelly offers" and the footer, as the text speaks of "our client"; the Location fact is "Grand Rapids Area, MI" and the branch address is in Grand Rapids while the text puts the job in Wyoming, MI; other jobs near Grand Rapids.'
  },
  {
    file: 'a-placementindia/field-sales-executive-ludhiana.html',
    url: 'http://www.placementindia.com/job-detail/sales-executive-jobs-in-ludhiana-1543217.htm',
    kind: 'single',
    title: 'Field Sales Executive', company: 'Sutlej Agro Implements Pvt. Ltd.', location: 'Ludhiana, Punjab',
    sel: '#jobdesc, #candprofile',
    notes: 'Indian 2008 free job board in 985px tables; the <h1> is an SEO headline ("Urgent Requirement of Sales Executive for Agro Implements Company in Ludhiana") and the exact role is the "Designation" row; the text calls the employer only "We"; its name appears only in the site\'s Contact Details table after the ad; description split into Job Description and Desired Candidate Profile blocks with asterisk bullets; territory towns in the text, login-to-apply form, similar jobs, AdSense.'
  },
  {
    file: 'a-executiveplacements/electrical-engineer-kwadukuza.html',
    url: 'http://www.executiveplacements.com/Jobs/E/Electrical-Engineer-541239.html',
    kind: 'single',
    title: 'Electrical Engineer', company: 'Thukela Bulk Water Services (SOC) Ltd', location: 'KwaDukuza (Stanger), KwaZulu-Natal',
    sel: '#jobdescription',
    notes: 'South African 2011 board; the h1 adds qualifications ("Electrical Engineer (Pr Eng / GCC)"); the "Recruiter:" fact and og:description give only the initials "TBWS", the full name is the ad\'s bold first line; the Location fact, <title> and og:title say Durban while the text places the job in KwaDukuza (Stanger); SA-specific Employment Equity, Peromnes grade and "consider your application unsuccessful" lines; similar KZN jobs, Facebook like button.'
  },
  {
    file: 'a-flipdog/lab-technician-massachusetts-results.html',
    url: 'http://www.flipdog.com/js/results?loc=MA&kw=lab+technician',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'US 2002 crawling aggregator\'s search results: fifteen table rows with a checkbox, bold linked title, employer line, town and "found" date under a coloured header row; "Jobs 1 - 15 of 228" in a <font> rather than a heading; refine-by-category/metro/date counts, pager, save-checked button; no heading elements at all.'
  },
  {
    file: 'a-jobsgopublic/environmental-health-officer-closed.html',
    url: 'http://www.jobsgopublic.com/jobs/environmental-health-officer-food-safety-17345',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'UK 2009 public-sector board after the closing date: <title>, meta description, <h1>, employer logo and a dl of salary, location, hours and reference still describe the job, but an h2 notice says it has closed and the advert was removed; five similar open jobs as h3 items with employers, towns and salaries; employer and alert boxes.'
  }
];

writeManifest(DIR, 'manifest-a.jsonl', PAGES);
