// Computes ground-truth description fields for the heldout17 b-* pages (English-language niche and
// public-sector job pages of 2009-2016: a Canadian university-affairs careers section, a nursing
// magazine's Madgex board, a California public-agency board, an oil & gas board, a UK IT contract
// board, a US hospitality board, the Church in Wales vacancies (Welsh/English), the parish clerks'
// professional society, a New England school-jobs board's district page and an expired ad on a US
// nonprofit board; written for this benchmark from what those sites' markup was like; all
// employers, people, addresses and prose invented) and writes manifest-b.jsonl.
// Usage: node gt-b.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'b-universityaffairs/assistant-professor-environmental-geography-saugeen.html',
    url: 'http://www.universityaffairs.ca/careers/job/?jobid=27734',
    kind: 'single',
    title: 'Assistant Professor, Environmental Geography', company: 'Saugeen University', location: 'Owen Sound, Ontario',
    sel: '#jobtext',
    notes: 'Canadian 2013 careers section with bilingual logo alt and a Français link; the <h1> is the institution and the title an <h2>; the ad opens with the department and faculty in bold and a competition number before the prose; facts table, an apply box pointing to the university site, more jobs at the same institution and similar jobs (one in French) at other universities and towns, career-advice sidebar with its own headings.'
  },
  {
    file: 'b-nursingtimes/staff-nurse-acute-medical-unit-beverley.html',
    url: 'http://jobs.nursingtimes.net/job/1401773/staff-nurse-acute-medical-unit-band-5-/',
    kind: 'single',
    title: 'Staff Nurse – Acute Medical Unit (Band 5)', company: 'Wolds and Holderness Healthcare NHS Trust', location: 'Beverley, East Riding of Yorkshire',
    sel: '.job-detail__description',
    notes: 'UK 2014 Madgex board of a nursing magazine, with schema.org microdata and a cookie strip; the pay band sits both in the <h1> and in a Band fact; the ad starts with a bold block of ward, hospital, hours and trust reference before the prose; the <title> adds the employer and the job number; similar jobs from other trusts in Hull, Scarborough and Scunthorpe, recruiter panel, job-alert form and a magazine news box.'
  },
  {
    file: 'b-calopps/associate-planner-cerro-alto.html',
    url: 'http://www.calopps.org/ViewJob.cfm?JobID=18842',
    kind: 'single',
    title: 'Associate Planner', company: 'City of Cerro Alto', location: 'Cerro Alto, California',
    sel: '#jobBody',
    notes: 'California 2012 public-agency board in tables; <title> is the generic "Job Opportunity Details" and the <h1> is the agency, with the title only in a "Job Title:" row; the Location row is "City Hall – Planning Division", so the town appears only in the agency address and the prose; the description spans the Job Description and Benefits tabs, while the Supplemental Questions tab, the apply row and the CalOpps disclaimer are not part of it; other openings and similar jobs at other agencies in the sidebar.'
  },
  {
    file: 'b-rigzone/senior-subsea-controls-engineer-aberdeen.html',
    url: 'http://www.rigzone.com/jobs/postings/124871_Senior_Subsea_Controls_Engineer/',
    kind: 'single',
    title: 'Senior Subsea Controls Engineer', company: 'Fathom Subsea Ltd', location: 'Aberdeen, Scotland, United Kingdom',
    sel: '.jobDescText',
    notes: 'US-run 2011 oil & gas board; there is no company row in the facts table, so the employer is named only in the logo alt and the "About Us" paragraph at the end of the ad; facts in a four-column label table with onshore/offshore and relocation rows; site "Job Description" heading, a How to Apply box, related jobs in Houston, Stavanger, Perth and Singapore, oil & gas news headlines and featured employers in the sidebar.'
  },
  {
    file: 'b-cwjobs/contract-sharepoint-developer-reading.html',
    url: 'http://www.cwjobs.co.uk/JobSearch/JobDetails.aspx?JobId=41587201',
    kind: 'single',
    title: 'SharePoint Developer - MOSS 2007', company: 'Brinkley Technical Resourcing', location: 'Reading, Berkshire',
    sel: '.jobDescription',
    notes: 'UK 2009 ASP.NET IT board with one big form and __VIEWSTATE; the agency posted the ad and the end client is only "a major UK water and wastewater utility", so the nameable company is the agency (Recruiter row, logo alt, details box with the Ltd name); the <h1> carries "- 6 Month Contract"; the description is a bare text node with <br> breaks, an all-caps headline repeating title and town, and dash bullets; the text mentions Green Park and a Swindon site; similar contracts in Basingstoke, Slough and Oxford.'
  },
  {
    file: 'b-hospitalityonline/executive-sous-chef-larkmoor-lake-geneva.html',
    url: 'https://www.hospitalityonline.com/jobs/1268493-executive-sous-chef',
    kind: 'single',
    title: 'Executive Sous Chef', company: 'The Larkmoor Inn & Spa', location: 'Lake Geneva, Wisconsin',
    sel: '.job-description',
    notes: 'US 2015 Bootstrap hospitality board; the JSON-LD and og:title name the management company as hiring organisation and put the job in its head-office town (Oak Brook, IL), while the page shows the property as the employer under the <h1>, with "Managed by" below it; the property profile box after the ad (address, rooms, management) is site-added and excluded; sidebar with other jobs at the property and similar jobs in Delavan, Milwaukee and Schaumburg.'
  },
  {
    file: 'b-churchinwales/swyddog-plant-ac-ieuenctid-bro-llechwedd.html',
    url: 'http://www.churchinwales.org.uk/vacancies/swyddog-plant-ac-ieuenctid-bro-llechwedd/',
    kind: 'single',
    title: 'Swyddog Plant ac Ieuenctid / Children and Youth Officer', company: 'Bro Llechwedd Ministry Area', location: 'Llanrwst, Conwy',
    sel: '.entry-content',
    notes: 'Welsh/English 2016 WordPress vacancy on a national church site: bilingual <h1>, meta line and ad with the Welsh version first; the employer (a Ministry Area, "Ardal Weinidogaeth" in Welsh) is named only in the ad while the meta line shows the diocese; no location field, the town appears only in the prose ("yn Llanrwst" / "in Llanrwst", "Dyffryn Conwy"); documents, posted date and share links, recent vacancies in other dioceses and a bilingual cookie notice are excluded.'
  },
  {
    file: 'b-slcc/clerk-rfo-brampford-vale-parish-council.html',
    url: 'http://www.slcc.co.uk/vacancy.php?id=1843',
    kind: 'single',
    title: 'Clerk to the Council and Responsible Financial Officer', company: 'Brampford Vale Parish Council', location: 'Brampford Vale, Devon',
    sel: 'td.vactext',
    notes: 'UK 2010 professional-society site built in nested tables; the <h1> is the section "Vacancies", the title an <h2> with hours in a sub-line; facts give only County and Region, with an NJC spinal-point salary grade; the council is named only in the first sentence of the ad and in the contact address, and the post is home-based; a disclaimer and a table of other South West vacancies with their councils and counties follow.'
  },
  {
    file: 'b-schoolspring/ashuelot-hills-district-openings.html',
    url: 'http://www.schoolspring.com/search/results.cfm?employerid=18427',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'New England 2010 school-jobs board, one district\'s openings page: the <h1> is the district name with its SAU number and office address under it, then a twelve-row table of positions with school, town, posted and start dates; category, town and job-type facets with counts, a district "About" paragraph and other nearby employers; it could be mistaken for a district profile or a single posting.'
  },
  {
    file: 'b-opportunityknocks/development-director-riverbend-food-bank-expired.html',
    url: 'http://www.opportunityknocks.org/jobs/job-detail/?jobid=219873',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'US 2012 nonprofit board, expired ad at the job URL: the <title>, meta and og tags still carry title, organisation, city and a summary, and the notice keeps the title as <h1> with the organisation and "Dayton, OH" under it, but says the description is no longer displayed; a five-row similar-jobs table with other titles and Ohio towns and a sign-up box fill the page.'
  }
];

writeManifest(DIR, 'manifest-b.jsonl', PAGES);
