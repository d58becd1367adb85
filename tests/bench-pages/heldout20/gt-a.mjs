// Computes ground-truth description fields for the heldout20 a-* pages (English-language public-sector
// job portals of 2012-2023 from Ireland, Scotland, California, New Zealand, the UK, Queensland, New South
// Wales, New York City, British Columbia and Western Australia: publicjobs.ie, myjobscotland, CalCareers,
// jobs.govt.nz, Civil Service Jobs, Smart Jobs, I work for NSW, NYC Jobs (PeopleSoft), a BC Public
// Service postings list and an expired Jobs WA advert; written for this benchmark from what those
// portals' markup was like; all employers, people, addresses, phone numbers and prose invented) and
// writes manifest-a.jsonl.
// Usage: node gt-a.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'a-publicjobs/executive-officer-marine-licensing-killybegs.html',
    url: 'https://www.publicjobs.ie/publicjobs/campaign/display.htm?campaignId=17422',
    kind: 'single',
    title: 'Executive Officer – Marine Licensing', company: 'Coastal Licensing Authority', location: 'Killybegs, Co. Donegal',
    sel: 'div.campaign-description',
    notes: 'Irish 2015 public-service recruitment portal (XHTML tables, English/Gaeilge switch); <title> and <h1> are only "Campaign Details" and the title is the bold value of a "Job Title:" row; the organisation cell gives the Irish name first ("An tÚdarás Ceadúnaithe Cósta") and the English one after a <br>; the Location row is the county "Co. Donegal" while the text places the job at the Killybegs office; an Irish sentence in the body; booklet/application-form PDFs, login-to-apply box, CPSA statement and other competitions (one wholly in Irish) are excluded.'
  },
  {
    file: 'a-myjobscotland/duty-manager-swimming-fitness-crieff.html',
    url: 'https://www.myjobscotland.gov.uk/other-organisations/strathearn-community-leisure/jobs/duty-manager-swimming-fitness-146208',
    kind: 'single',
    title: 'Duty Manager (Swimming & Fitness)', company: 'Strathearn Community Leisure', location: 'Crieff and Auchterarder, Perth and Kinross',
    sel: '.field-name-body',
    notes: 'Scottish 2017 Drupal 7 portal for councils and other public bodies; the JSON-LD gives the portal "myjobscotland" as hiringOrganization and Perth as the location, the logo alt is only "SCL"; the Location field names two facilities ("Strathearn Campus / Auchterarder Community Pool") and a council area, the text bases the job in Crieff with rota shifts in Auchterarder; job-details field group, PDF attachments, apply footer with equality line, employer box and similar council jobs are excluded.'
  },
  {
    file: 'a-calcareers/groundwater-permit-coordinator-west-sacramento.html',
    url: 'https://www.calcareers.ca.gov/CalHrPublic/Jobs/JobPosting.aspx?JobControlId=258417',
    kind: 'single',
    title: 'Groundwater Permit Coordinator', company: 'Office of Groundwater Stewardship', location: 'West Sacramento, CA',
    sel: '#cphMainContent_divJobDescription, #cphMainContent_divWorkingConditions, #cphMainContent_divDepartmentInformation, #cphMainContent_divSpecialRequirements, #cphMainContent_divDesirableQualifications',
    notes: 'California 2021 state jobs portal (ASP.NET WebForms); <h1> is "Job Posting" and <title> "Job Posting - CalCareers", the working title is a panel-title <h2> next to an upper-case civil-service classification; Work Location is only "Yolo County" while the duties place the job at the West Sacramento headquarters with hybrid telework, and the mailing address is in Sacramento; the description is five department-written panels spread among site boilerplate (minimum requirements, position details repeat, who-may-apply/how-to-apply, benefits, contacts, EEO and drug-free statements).'
  },
  {
    file: 'a-jobsgovtnz/senior-catchment-advisor-whanganui.html',
    url: 'https://jobs.govt.nz/jobtools/jncustomsearch.viewFullSingle?in_organid=16563&in_jnCounter=221487716',
    kind: 'single',
    title: 'Senior Catchment Advisor', company: 'Te Kaitiaki Awa', location: 'Whanganui',
    sel: '#jobAdBody',
    notes: 'New Zealand 2013 all-of-government jobs portal on PageUp JobTools (tables, no <h1>, <title> "jobs.govt.nz - Job Details"); the agency banner image has an empty alt and the Agency row gives only the Māori name, with the English name "River Catchments Authority" only in the text; Location is the region "Manawatu-Wanganui" and the text bases the role in the Whanganui office with travel to other towns; bilingual Māori/English section headings; documents list, apply button, agency box and latest jobs in the region are excluded.'
  },
  {
    file: 'a-civilservicejobs/data-quality-analyst-cardiff-newport.html',
    url: 'https://www.civilservicejobs.service.gov.uk/csr/jobs.cgi?jcode=1904417',
    kind: 'single',
    title: 'Data Quality Analyst', company: 'Public Records Digitisation Agency', location: 'Cardiff or Newport, Wales',
    sel: '.vac_display_panel_main_inner > .vac_display_field:nth-child(n+6):nth-child(-n+10)',
    notes: 'UK 2023 Civil Service Jobs vacancy (GOV.UK template, cookie banner, Cymraeg switch); Civil Service Jobs/GOV.UK branding everywhere, the department only as the subtitle under the <h1> and a logo alt "PRDA Logo"; Location is two postcoded offices joined by " : "; the description is the "About the job" fields (summary, description with a Welsh-language paragraph, person specification, behaviours, technical skills), which sit as siblings among the Details side panel, Benefits, "Things you need to know" boilerplate and contacts, each with its own headings.'
  },
  {
    file: 'a-smartjobs/senior-project-officer-reef-water-quality-townsville.html',
    url: 'https://smartjobs.qld.gov.au/jobtools/jncustomsearch.viewFullSingle?in_organid=14904&in_jnCounter=223817496',
    kind: 'single',
    title: 'Senior Project Officer (Reef Water Quality)', company: 'Department of Marine Parks and Coastal Protection', location: 'Townsville, Queensland',
    sel: '#jtJobAdText',
    notes: 'Queensland 2016 government jobs portal (JobTools inside the Queensland Government template); <h1> and <title> say only "Job details" and the title is the value of a "Role Title:" row in a 14-row facts table (reference, status, unit, division, department, classification AO6, fortnightly salary); the coat-of-arms logo says "Queensland Government"; Location "Northern Queensland – Townsville" with the text covering Cardwell to Mackay; role-description PDFs, apply box, related jobs in other towns and "Applying for a job" links are excluded.'
  },
  {
    file: 'a-iworkfornsw/senior-asset-planner-regional-nsw.html',
    url: 'https://iworkfor.nsw.gov.au/job/senior-asset-planner-398214',
    kind: 'single',
    title: 'Senior Asset Planner', company: 'Regional Freight and Roads NSW', location: 'Dubbo, Orange or Wagga Wagga, NSW',
    sel: '#job-description',
    notes: 'New South Wales 2022 government jobs portal (NSW Design System); the JSON-LD says hiringOrganization "NSW Government" and Sydney 2000, while the agency is named in a logo alt, the sidebar "Organisation/Entity" and the text; three "Regional NSW - …" locations in the sidebar and the text; the body opens with a grade/salary/location bullet list and ends with how-to-apply and diversity text; sidebar job details, share box, apply buttons and similar jobs in Grafton, Parramatta and Tamworth are excluded.'
  },
  {
    file: 'a-nycjobs/ferry-terminal-maintenance-supervisor-staten-island.html',
    url: 'https://a127-jobs.nyc.gov/psc/nycjobs/EMPLOYEE/HRMS/c/HRS_HRAM.HRS_APP_SCHJOB.GBL?Page=HRS_APP_JBPST&Action=U&FOCUS=Applicant&SiteId=1&JobOpeningId=178245&PostingSeq=1',
    kind: 'single',
    title: 'Ferry Terminal Maintenance Supervisor', company: 'Department of Waterfront Operations', location: 'Staten Island, NY',
    sel: '[id="win0divHRS_SCH_PSTDSC$0"], [id="win0divHRS_SCH_PSTDSC$1"], [id="win0divHRS_SCH_PSTDSC$2"], [id="win0divHRS_SCH_PSTDSC$3"]',
    notes: 'New York City 2014 jobs portal on PeopleSoft Candidate Gateway (win0 form, PS* classes, $-suffixed ids, no heading elements); <title> and page title are "Job Description"; the title is the "Business Title" span beside an upper-case civil-service title, the agency an abbreviated upper-case "DEPT OF …"; the work location is "410 Front Street, Staten Is N.Y." and the text mentions the Manhattan terminal; the description is four labelled sections of a ten-section grid, followed by To Apply, hours, location, residency and posting-date sections and an EEO line.'
  },
  {
    file: 'a-bcpublicservice/job-postings-all.html',
    url: 'https://bcpublicservice.hua.hrsmart.com/hr/ats/JobSearch/viewAll',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'British Columbia 2019 public service postings list on HRsmart: a 15-row Bootstrap table (linked posting title, ministry, location, job type, close date), some rows with two towns or "Multiple Locations"; search filters, help box, pagination, a "Featured" note that repeats one posting with its close date, and a diversity statement.'
  },
  {
    file: 'a-wagovjobs/environmental-health-officer-expired.html',
    url: 'https://search.jobs.wa.gov.au/page.php?pageID=160&windowUID=0&AdvertID=412873',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Western Australian 2018 public-sector jobs board advert after closing: <title>, meta description, <h1> and agency <h2> still carry the job, and a summary table gives agency, reference, work type, level and salary, Kalgoorlie and the closing date, but an alert says the advert has closed and its text is gone; similar current jobs with agencies and towns in the sidebar.'
  }
];

writeManifest(DIR, 'manifest-a.jsonl', PAGES);
