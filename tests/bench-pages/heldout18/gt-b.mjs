// Computes ground-truth description fields for the heldout18 b-* pages (niche and public-sector
// boards of 2007-2016 from the US, the UK, Wales and Canada, plus an international development
// board: TeamWork Online (sports), AgCareers.com (farming), Aviation Job Search, TotallyLegal,
// GC Jobs (federal public service of Canada), HealthJobsUK (a Welsh health board, bilingual),
// Church Times Jobs, DevNetJobs.org (NGO, English/French), an LGjobs search results list and an
// Eteach school profile with no vacancies; written for this benchmark from what those sites'
// markup was like; all employers, people, addresses, phone numbers and prose invented) and writes
// manifest-b.jsonl.
// Usage: node gt-b.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'b-teamworkonline/group-sales-account-executive-zanesville.html',
    url: 'http://milb.teamworkonline.com/teamwork/r.cfm?i=58213',
    kind: 'single',
    title: 'Group Sales Account Executive', company: 'Muskingum Valley Mudcats', location: 'Zanesville, Ohio',
    sel: '#jobDescription',
    notes: 'US 2012 sports-industry board (ColdFusion) on a league-branded subdomain: <title> and the only <h1> are the league board "Minor League Baseball Jobs"; the title is a span beside a logo with alt "Mudcats", repeated as a "Position:" line inside the text; there is no location field at all, the ballpark in Zanesville appears only in the prose; similar jobs list other teams and towns.'
  },
  {
    file: 'b-agcareers/agronomy-location-manager-hartington.html',
    url: 'http://www.agcareers.com/jobs/jobdetail.cfm?jobid=184390',
    kind: 'single',
    title: 'Agronomy Location Manager', company: 'Prairie Horizon Cooperative', location: 'Hartington, Nebraska',
    sel: 'div.jobdescription',
    notes: 'US 2011 agriculture board in tables; the location fact is the region "Northeast Nebraska, NE, United States" while the text puts the branch in Hartington and names the Norfolk headquarters and precision-ag team; logo alt empty; an "About" company box (Norfolk) and related jobs with other co-ops and towns follow the description.'
  },
  {
    file: 'b-aviationjobsearch/b1-licensed-engineer-atr72-prestwick.html',
    url: 'http://www.aviationjobsearch.com/jobs/job/48217/b1-licensed-engineer-atr-72-500',
    kind: 'single',
    title: 'B1 Licensed Engineer - ATR 72-500', company: 'Clydeair Engineering Ltd', location: 'Glasgow Prestwick Airport, Ayrshire',
    sel: 'div.job-description',
    notes: 'UK 2010 aviation board with a language switcher in five languages; no employer field and the advertiser logo has alt "company logo", so the MRO is named only in the first sentence; the Location row says "Scotland, United Kingdom" while the text gives the line station at Glasgow Prestwick Airport; a Quick apply form with a licence select and similar jobs in other countries follow.'
  },
  {
    file: 'b-totallylegal/private-client-solicitor-cheltenham.html',
    url: 'http://www.totallylegal.com/job/1473205/private-client-solicitor-2-4-pqe/',
    kind: 'single',
    title: 'Private Client Solicitor (2-4 PQE)', company: 'Pemberton Hale LLP', location: 'Cheltenham, Gloucestershire',
    sel: 'div.job-description',
    notes: 'UK 2013 legal board with schema.org microdata: hiringOrganization name is the short "Pemberton Hale", the dataLayer says jobLocation "Gloucester" and the recruiter panel shows the firm\'s Gloucester head-office address, while the Location row and text put the post in the Cheltenham office; long dl of facts (Sector, PQE, Hours), cookie notice, similar jobs with agencies.'
  },
  {
    file: 'b-gcjobs/marine-communications-officer-placentia.html',
    url: 'https://emploisfp-psjobs.cfp-psc.gc.ca/psrs-srfp/applicant/page1800?poster=164713&toggleLanguage=en',
    kind: 'single',
    title: 'Marine Communications Officer', company: 'Marine Safety Services Canada', location: 'Placentia, Newfoundland and Labrador',
    sel: '#posterBody',
    notes: 'Canadian 2011 federal public-service poster in the CLF 2.0 template (Français toggle, Dublin Core meta); <title> and <h1> are only "Job Opportunity"; the department is a bold line with its region and branch, the title a bold paragraph after the reference and selection-process numbers; location written "Placentia (Newfoundland and Labrador)"; "Who can apply" names four provinces; the poster body has many h2/h3 sections (intent, qualifications, conditions, preference, contact) that are all part of the posting.'
  },
  {
    file: 'b-healthjobsuk/staff-nurse-stroke-rehabilitation-cardigan.html',
    url: 'https://www.healthjobsuk.com/job/UK/Wales/Cardigan/Teifi_Valley_University_Health_Board/Nursing/Nursing-v318442',
    kind: 'single',
    title: 'Staff Nurse - Stroke Rehabilitation', company: 'Teifi Valley University Health Board', location: 'Cardigan, Ceredigion',
    sel: 'div.hj-advert',
    notes: 'UK 2011 NHS jobs site with a Welsh health board\'s bilingual advert: a Welsh title line sits above the English <h1>, the logo alt is the generic "GIG Cymru NHS Wales", and the ad opens with the Welsh-language statement in both languages and a Welsh paragraph; the Location row says only "Ceredigion", the text names Ysbyty Glan Cerdin in Cardigan (Aberteifi) and mentions Aberystwyth and the Carmarthen HQ; documents list and employer box excluded.'
  },
  {
    file: 'b-churchtimes/director-of-music-bridgnorth.html',
    url: 'http://www.churchtimes.co.uk/jobs/48817',
    kind: 'single',
    title: 'Director of Music and Organist', company: "St Aldric's Church", location: 'Bridgnorth',
    sel: '.node-job-advert .field-name-body',
    notes: 'UK 2014 church newspaper\'s jobs section (Drupal 7) printing a classified ad: the <h1> and <title> are the church "St Aldric\'s Church, Bridgnorth", the role appears only as a bold capitals first line of the ad body; facts give Diocese "Hereford" and Region "West Midlands" rather than the town; site chrome has "Latest jobs" with other parishes, "Most read" news and a cookie popup.'
  },
  {
    file: 'b-devnetjobs/monitoring-evaluation-officer-niamey.html',
    url: 'http://www.devnetjobs.org/jobs_detail.aspx?JobID=31842',
    kind: 'single',
    title: 'Monitoring and Evaluation Officer', company: 'Sahel Water Partnership', location: 'Niamey, Niger',
    sel: '#lblDescription',
    notes: 'International development board of 2007 (ASP.NET, <font> tables, no headings); <title> is "DevNetJobs.org - Job Details"; the Title field is bilingual English/French, the Organization field only the acronym "SWP" (full name in the text, in French as "Partenariat Sahélien pour l\'Eau"), the Country field "Niger" while the text says Niamey with travel to Tillabéri and Dosso; the ad has an English part and a French summary; other African listings follow.'
  },
  {
    file: 'b-lgjobs/planning-jobs-south-west-results.html',
    url: 'http://www.lgjobs.com/search/results.aspx?kw=planning&reg=SW',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'UK 2007 local-government job site search results (ASP.NET, one form): ten table rows with linked title and reference, council, town, salary and closing date; <h1> "Search results" with the criteria and count below; refine facets with counts, sort select, postback pager, new-search box, featured-employer and careers promos.'
  },
  {
    file: 'b-eteach/harbourside-primary-school-profile-no-vacancies.html',
    url: 'https://www.eteach.com/school/harbourside-community-primary-school-24871',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'UK 2016 school-jobs site\'s school profile with "Vacancies (0)": the <title> says "Teaching Jobs & Vacancies", JSON-LD describes the school with a full Falmouth address and the About text invites class teachers and teaching assistants, but there is no posting; a "Jobs at nearby schools" panel lists three real-looking jobs with towns and closing dates.'
  }
];

writeManifest(DIR, 'manifest-b.jsonl', PAGES);
