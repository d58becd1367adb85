// Computes gt_desc_first80 / gt_desc_last80 / gt_desc_len_chars from the pages and writes manifest.jsonl.
// Usage: node gt.mjs   (run from any directory)
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';

const require = createRequire(import.meta.url);
const { JSDOM } = require('/work/main/node_modules/jsdom');
const DIR = path.dirname(fileURLToPath(import.meta.url));

const BLOCK = new Set(('address article aside blockquote body center dd details dialog dir div dl dt fieldset ' +
  'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section ' +
  'summary table tbody thead tfoot tr td th caption ul br').split(' '));
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

function collect(node, out) {
  if (node.nodeType === 3) { out.push(node.data); return; }
  if (node.nodeType !== 1) return;
  const tag = node.tagName.toLowerCase();
  if (SKIP.has(tag)) return;
  const block = BLOCK.has(tag);
  if (block) out.push(' ');
  for (const c of node.childNodes) collect(c, out);
  if (block) out.push(' ');
}

function descText(doc, selector) {
  const els = [...doc.querySelectorAll(selector)];
  if (!els.length) throw new Error('selector matched nothing: ' + selector);
  // drop elements nested inside another matched element
  const top = els.filter(e => !els.some(o => o !== e && o.contains(e)));
  const out = [];
  for (const e of top) { collect(e, out); out.push(' '); }
  return out.join('').replace(/\s+/g, ' ').trim();
}

const S = 'single', L = 'list', N = 'not-a-posting';
const PAGES = [
  // ---------------- careerbuilder
  { file: 'careerbuilder/cb-senior-systems-analyst.html',
    url: 'https://www.careerbuilder.com/JobSeeker/Jobs/JobDetails.aspx?Job_DID=J3F6YQ6X8KPL2MWB0RT&siteid=cbnsv&ipath=JRKV',
    kind: S, title: 'Senior Systems Analyst - Clinical Applications', company: 'Piedmont Regional Health Partners',
    location: 'Charlotte, NC 28204', sel: '#CBBody_JobDescription, #CBBody_JobRequirements',
    notes: '2010 CareerBuilder JDP: description split into two sections (Job Description + Job Requirements) with a "Job Snapshot" label/value table above and an "About the company" blurb below that must be excluded; ASP.NET viewstate form wraps the page; right rail "Jobs you may be interested in" lists other titles/companies/locations.' },
  { file: 'careerbuilder/cb-ap-clerk-staffing.html',
    url: 'https://www.careerbuilder.com/JobSeeker/Jobs/JobDetails.aspx?Job_DID=J3G7LX71QWZ5M2HC4KD&siteid=cbnsv&ipath=JRKV',
    kind: S, title: 'Accounts Payable Clerk (Temp-to-Hire)', company: 'TriCounty Workforce Solutions',
    location: 'Dayton, OH; Springfield, OH', sel: '#tpl_jobtext',
    notes: 'Staffing-agency "enhanced template": no h1, title only in <title> and a big bold inline-styled <span>; agency name only in banner/logo alt text and body text (client unnamed); two locations separated by a bullet; body is <font> with <br> and &bull; pseudo-bullets; pay/type mini table inside the template.' },
  { file: 'careerbuilder/cb-search-results-accountant.html',
    url: 'https://www.careerbuilder.com/Jobseeker/Jobs/JobResults.aspx?IPath=QHKCV&qb=1&s_rawwords=accountant&s_freeloc=Columbus%2C+OH&s_jobtypes=ALL',
    kind: L, notes: '2010 search results table (8 rows of title/company/location/date plus snippets and pay); same site chrome as the job pages, so it looks like a JDP at first glance.' },
  // ---------------- dice
  { file: 'dice/dice-senior-java-architect.html',
    url: 'https://seeker.dice.com/jobsearch/servlet/JobSearch?op=101&dockey=xml/4/7/47a1c0e2b5d8f3a9e6c4b2d1f0a9e8c7@endecaindex&source=20',
    kind: S, title: 'Senior Java Architect', company: 'Halvorsen Data Systems', location: 'Minneapolis, MN',
    sel: '#detailDescription',
    notes: 'Classic seeker.dice.com servlet URL; summary table with right-aligned label cells (Skills:, Area Code:, Employ. Type:, Pay Rate:, Telecommute:); Contact Info box and Dice ID/Position ID after the description must be excluded.' },
  { file: 'dice/dice-dotnet-contract-recruiter.html',
    url: 'https://seeker.dice.com/jobsearch/servlet/JobSearch?op=101&dockey=xml/d/1/d1e9b07c44a2f5c8e3b6a9f2d7c0e5b1@endecaindex&source=20',
    kind: S, title: '.NET Developer (C#, WCF) - 6 Month Contract', company: 'Clearpath Technical Resources', location: 'Hartford, CT',
    sel: '#detailDescription',
    notes: 'Recruiter posting: no h1, title in <font size=4><b>; recruiter name only in logo alt and ALL-CAPS in body; client unnamed; body is bare text with <br> and "*" bullets and ALL-CAPS headings; tax-term codes (CON_W2, CON_CORP) in label table; <title> has "Dice.com - " prefix and location suffix.' },
  // ---------------- hotjobs
  { file: 'hotjobs/hj-marketing-coordinator.html',
    url: 'https://hotjobs.yahoo.com/job-JXQ4P2N7KLM',
    kind: S, title: 'Marketing Coordinator', company: 'Lakeview Specialty Foods, Inc.', location: 'Milwaukee, WI 53204',
    sel: '#yhj-jd-desc',
    notes: 'Yahoo! HotJobs job page with Yahoo universal header; facts in <th>/<td> rows (Company:, Location:, Experience:); sidebar (floated before main content in source order) with "More Jobs Like This", "Top Employers" and sponsored text ads; Company Profile section after description.' },
  { file: 'hotjobs/hj-travel-rn-agency.html',
    url: 'https://hotjobs.yahoo.com/job-JY2W8T3MNQR',
    kind: S, title: 'Travel RN - Telemetry / Step-Down (13 Week Assignments)', company: 'Mesa Travel Nursing Group',
    location: 'Phoenix, AZ; Tucson, AZ; Albuquerque, NM', sel: '#yhj-jd-desc',
    notes: 'Agency posting: title in a bold <span> (no h1); "Staffing Firm:" label whose value is only a logo image (name in alt) plus body text; three cities in one line while <title> shows only Phoenix; sidebar precedes main column in source.' },
  // ---------------- job.com
  { file: 'jobcom/jobcom-retail-store-manager.html',
    url: 'https://www.job.com/jobs/view/?jobid=8817234',
    kind: S, title: 'Retail Store Manager - Outdoor Gear', company: 'Cobblestone Outfitters', location: 'Knoxville, TN 37919',
    sel: '#jobDescription',
    notes: 'Uppercase-tag table layout; facts as "Company: X<BR>Location: Y" lines inside one div (label and value in the same line); 728x90 and 160x600 banners; "Jobs You May Be Interested In" box.' },
  { file: 'jobcom/jobcom-payroll-specialist-remote.html',
    url: 'https://www.job.com/jobs/view/?jobid=8903316',
    kind: S, title: 'Payroll Specialist - Work From Home (Texas Residents)', company: 'Redbud Home Health Services',
    location: 'Remote / Telecommute - Texas', sel: '#jobDescription',
    notes: 'No h1: title in <FONT size=5><B>; employer named only inside the body text (no Company field, not in <title>); remote location restricted to a state; body is one <FONT> with <BR> line breaks and "-" pseudo-bullets.' },
  // ---------------- jobcircle
  { file: 'jobcircle/jobcircle-commercial-loan-underwriter.html',
    url: 'https://www.jobcircle.com/jobs/jobdetail.cfm?jobid=412398',
    kind: S, title: 'Commercial Loan Underwriter', company: 'Christiana Valley Savings Bank', location: 'Wilmington, DE 19801',
    sel: '#jobdesc',
    notes: 'ColdFusion three-column table layout with left category nav and right "Similar Jobs"/featured-employer logos; label <td>/value <td> pairs (Job Title:, Company:, Location:); description is a <td> wrapping a <font> that contains <p>/<ul>.' },
  { file: 'jobcircle/jobcircle-mechanical-designer-agency.html',
    url: 'https://www.jobcircle.com/jobs/jobdetail.cfm?jobid=411802',
    kind: S, title: 'Mechanical Designer - SolidWorks', company: 'Keystone Engineering Staffing, Inc.', location: 'Lehigh Valley, PA',
    sel: 'td.jobdesc',
    notes: 'Agency posting for an unnamed client: title in <font size=+1><b> (no h1); agency only in logo alt and body; location is a region not a city; description is bare text in a <td> with &middot; bullets and <br>; four-column label/value facts table.' },
  // ---------------- jobtarget
  { file: 'jobtarget/jobtarget-environmental-compliance-manager.html',
    url: 'https://www.jobtarget.com/c/job.cfm?site_id=1487&jb=8812345',
    kind: S, title: 'Environmental Compliance Manager', company: 'Tri-River Municipal Water Authority',
    location: 'Sacramento, California, United States', sel: '#jt_jobdesc',
    notes: 'JobTarget career center hosted for an association: association header/nav/footer (association name is NOT the employer), "powered by JobTarget" line; <th>/<td> facts without colons; sidebar "Recent Jobs" from other employers.' },
  { file: 'jobtarget/jobtarget-clinical-lab-scientist.html',
    url: 'https://www.jobtarget.com/c/job.cfm?site_id=2260&jb=9134470',
    kind: S, title: 'Clinical Laboratory Scientist - Night Shift', company: 'Lakeshore Community Hospital', location: 'Muskegon, Michigan',
    sel: '#jt_jobdesc',
    notes: 'Association-branded JobTarget page: no h1, title in bold <span>; employer shown only as logo alt and in body text; <title> names the association career center, not the employer; description opens with a bold teaser line.' },
  // ---------------- monster
  { file: 'monster/monster-senior-financial-analyst.html',
    url: 'https://jobview.monster.com/Senior-Financial-Analyst-Job-Denver-CO-US-91234567.aspx',
    kind: S, title: 'Senior Financial Analyst', company: 'Front Range Energy Cooperative', location: 'Denver, CO 80202',
    sel: '#jobBodyContent',
    notes: 'Monster 2010 jobview: "X Job in City ZIP - Company - Monster.com" title; right-floated Job Summary <dl> (Company, Location, Salary, Reference Code) placed before the body in source; related jobs list and ad iframe.' },
  { file: 'monster/monster-help-desk-agency.html',
    url: 'https://jobview.monster.com/Help-Desk-Analyst-Tier-2-Job-Tampa-FL-US-92017745.aspx',
    kind: S, title: 'Help Desk Analyst - Tier 2', company: 'Summit Ridge Staffing', location: 'Tampa, FL 33607',
    sel: '#templateBody',
    notes: 'Staffing agency enhanced template inside #jobBodyContent: banner logo, title in inline-styled <span> (no h1), "Tampa, FL - Contract-to-Hire" line and EOE footer row all inside the same container as the body; client unnamed.' },
  { file: 'monster/monster-expired-job.html',
    url: 'https://jobview.monster.com/Project-Coordinator-Job-Raleigh-NC-US-90871203.aspx',
    kind: N, notes: 'Expired job page at a job-looking URL: "This job is no longer available" box, search form prefilled with the old title/location, and a table of similar jobs with titles/companies/locations.' },
  // ---------------- net-temps
  { file: 'nettemps/nettemps-admin-assistant-staffing.html',
    url: 'https://www.net-temps.com/job/jobdetails.htm?id=21877344',
    kind: S, title: 'Administrative Assistant - Temp to Hire', company: 'Harborview Staffing Services', location: 'Providence, RI',
    sel: '#ntJobDesc',
    notes: 'Net-Temps (staffing-industry board): employer shown via a "Posted By:" label (the agency; client law firm unnamed); agency address line after the body; sidebar lists other agencies jobs.' },
  { file: 'nettemps/nettemps-cnc-machinist.html',
    url: 'https://www.net-temps.com/job/jobdetails.htm?id=22014589',
    kind: S, title: 'CNC Machinist - 2nd Shift', company: 'Lakeland Precision Machining, Inc.', location: 'Grand Rapids, MI 49548',
    sel: '#ntJobDesc',
    notes: 'No h1: title in <font face="Arial Black" size=5>; four-column label/value table (Company:/Job Type: on one row); body in <font> with numbered lines as plain text + <br>, ALL-CAPS bold headings.' },
  // ---------------- rightitjobs (UK)
  { file: 'rightitjobs/rightitjobs-senior-php-developer-agency.html',
    url: 'https://www.rightitjobs.com/job/senior-php-developer-leeds/34567',
    kind: S, title: 'Senior PHP Developer', company: 'Pennine IT Recruitment', location: 'Leeds, West Yorkshire',
    sel: '#jobdesc',
    notes: 'UK IT board: GBP salary with "+ bonus + benefits", <dl> facts with Recruiter: (agency; client unnamed "my client"), Contact/Reference fields; <title> carries salary band; agency-law disclaimer at the end of the body.' },
  { file: 'rightitjobs/rightitjobs-infrastructure-engineer-contract.html',
    url: 'https://www.rightitjobs.com/job/infrastructure-engineer-vmware-contract-halifax/34712',
    kind: S, title: 'Infrastructure Engineer (VMware / Windows Server 2008) - 3 Month Contract', company: 'Calderbrook Building Society',
    location: 'Halifax, West Yorkshire', sel: '#jobdesc',
    notes: 'No h1: title in bold <span>; "Company: X  Location: Y" and "Rate/Duration/Start" packed into single <p> lines; day rate in GBP; UK spelling; sidebar "Top recruiters" names agencies.' },
  // ---------------- techcentric
  { file: 'techcentric/techcentric-embedded-software-engineer.html',
    url: 'https://www.techcentric.com/jobs/detail.asp?id=730114',
    kind: S, title: 'Embedded Software Engineer - Flight Displays', company: 'Aldermoor Avionics Corp.', location: 'Cedar Rapids, IA',
    sel: '#tcJobDesc',
    notes: 'No h1: title only in <title> and <font size=5><b>; label <td>/value <td> rows (Company:, Location:, Clearance:, Job #:); description in a <td>; windows-1252 meta; 160x600 ad and "Jobs You May Be Interested In".' },
  { file: 'techcentric/techcentric-qa-automation-agency.html',
    url: 'https://www.techcentric.com/jobs/detail.asp?id=733402',
    kind: S, title: 'QA Automation Engineer (Selenium / Java)', company: 'Brightline Technical Search', location: 'Austin, TX or Remote (US)',
    sel: '#tcJobDesc',
    notes: 'Recruiter posting ("Recruiter:" label, client unnamed); location is a city OR remote; four-column facts table; recruiter contact line inside the body.' },
  { file: 'techcentric/techcentric-login-required.html',
    url: 'https://www.techcentric.com/jobs/detail.asp?id=733590',
    kind: N, notes: 'Login wall served at a job-detail URL: "Please log in to view this job" with the job title quoted in a teaser sentence and a login form; no description, company or location.' },
];

const lines = [];
for (const p of PAGES) {
  const fp = path.join(DIR, p.file);
  if (!fs.existsSync(fp)) throw new Error('missing ' + fp);
  const rec = { file: p.file, url: p.url, kind: p.kind };
  if (p.kind === 'single') {
    const dom = new JSDOM(fs.readFileSync(fp, 'utf8'));
    const t = descText(dom.window.document, p.sel);
    Object.assign(rec, {
      gt_title: p.title, gt_company: p.company ?? null, gt_location: p.location ?? null,
      gt_desc_first80: t.slice(0, 80), gt_desc_last80: t.slice(-80), gt_desc_len_chars: t.length,
      gt_desc_selector: p.sel,
    });
    if (t.length < 600 || t.length > 6000) console.warn('WARN length out of range', p.file, t.length);
    console.log(String(t.length).padStart(5), p.file);
  } else {
    Object.assign(rec, { gt_title: null, gt_company: null, gt_location: null, gt_desc_first80: null,
      gt_desc_last80: null, gt_desc_len_chars: null, gt_desc_selector: null });
    console.log('    -', p.file);
  }
  rec.notes = p.notes;
  lines.push(JSON.stringify(rec));
}
fs.writeFileSync(path.join(DIR, 'manifest.jsonl'), lines.join('\n') + '\n');
console.log('wrote manifest.jsonl with', lines.length, 'lines');
