// Computes manifest.jsonl for this blind set. Run: node gt.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { JSDOM } = require('/work/main/node_modules/jsdom');

const DIR = path.dirname(new URL(import.meta.url).pathname);
const BLOCK = new Set(('address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer form ' +
  'h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead tfoot tr td th ul ' +
  'caption option select button label').split(' '));
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link']);

function textOf(el) {
  const out = [];
  const walk = (n) => {
    if (n.nodeType === 3) { out.push(n.nodeValue); return; }
    if (n.nodeType !== 1) return;
    const tag = n.tagName.toLowerCase();
    if (SKIP.has(tag) || n.hasAttribute('hidden')) return;
    const st = (n.getAttribute('style') || '').replace(/\s+/g, '');
    if (/display:none|visibility:hidden/.test(st)) return;
    if (tag === 'br') { out.push(' '); return; }
    const block = BLOCK.has(tag);
    if (block) out.push(' ');
    for (const c of n.childNodes) walk(c);
    if (block) out.push(' ');
  };
  walk(el);
  return out.join('');
}

const S = (file, url, kind, title, company, location, sel, notes) => ({ file, url, kind, title, company, location, sel, notes });
const pages = [
  S('jobvite/quillstone-data-engineer.html', 'https://jobs.jobvite.com/quillstone/job/oAbc1fwX', 'single',
    'Senior Data Engineer', 'Quillstone Analytics', 'Portland, Oregon', '.jv-job-detail-description',
    '2014 Jobvite career site; title in <h2> (no h1); category and location in one meta <p> separated by an empty span; company only in <title>/logo alt/footer; "Other Engineering jobs" table after description.'),
  S('zohorecruit/brazos-staffing-cnc-machinist.html', 'https://brazosvalleystaffing.zohorecruit.com/jobs/Careers/612844000004417093/CNC-Machinist-2nd-Shift?source=CareerSite', 'single',
    'CNC Machinist - 2nd Shift', 'Brazos Valley Staffing', 'Bryan, Texas', '#spandesc .cw-section-body, .cw-jobrequirements .cw-section-body, .cw-jobbenefits .cw-section-body',
    'Staffing agency posting with unnamed client; description split across three sibling sections (Job Description / Requirements / Benefits); location split into City/State/Country/Zip fields in a facts list; JSON-LD description is truncated; cookie banner first in body.'),
  S('recruiterbox/lanternfish-customer-success.html', 'https://lanternfish.recruiterbox.com/jobs/fk0jw4m/', 'single',
    'Customer Success Manager (EMEA)', 'Lanternfish Software', 'London, UK or Remote (UK)', '.rbox-opening-description',
    'Small Recruiterbox hosted page; location is "London, UK or Remote (UK)"; company appears only in <title>, logo alt and footer; salary inside the description body.'),
  S('homerun/fietsfabriek-monteur.html', 'https://stadsfiets-kooijman.homerun.co/fietsmonteur-32-40-uur/nl', 'single',
    'Fietsmonteur (32-40 uur)', 'Stadsfiets Kooijman', 'Utrecht', '.hr-job-description',
    'Dutch-language Homerun page; location is one of three unlabelled tag pills in the hero (Utrecht / Werkplaats / Parttime / Fulltime); company name in a <p> above the h1; cookie notice and apply block around the description.'),
  S('freshteam/orbitcart-backend-engineer.html', 'https://orbitcart.freshteam.com/jobs/Wq8Xr2mKjT0b/backend-engineer-payments', 'single',
    'Backend Engineer, Payments', 'OrbitCart', 'Remote (US) · Denver, CO · Austin, TX', '.job-details-content',
    'Remote plus two cities in one meta span joined by middots; unlabelled meta spans (department, type, location, experience); title contains a comma; company only in title/alt/footer.'),
  S('comeet/netivot-qa-automation.html', 'https://www.comeet.com/jobs/netivot/B4.00B/qa-automation-engineer/C7.F14', 'single',
    'QA Automation Engineer', 'Netivot Robotics', 'Petah Tikva, IL', '#position-description, #position-requirements',
    'Title in <h2>; company "About" blurb precedes the job description (excluded from GT); description in two sections; a full inline apply form follows; location abbreviated "IL".'),
  S('irishjobs/shannon-payroll-administrator.html', 'https://www.irishjobs.ie/job/payroll-administrator/kestrel-aviation-services-job102849312', 'single',
    'Payroll Administrator', 'Kestrel Aviation Services', 'Limerick', '.ij-job-description',
    'Job board: board name in <title> and header, employer as <h2> link; facts as unlabelled <li> classes; search box pre-filled with other keywords; ad slot and "Similar Jobs" sidebar; job reference after description.'),
  S('apsjobs/coastal-project-officer.html', 'https://www.apsjobs.gov.au/s/job-details?jobId=a0R9q000001KdWzEAK', 'single',
    'Project Officer - APS5', 'Department of Coastal and Marine Resilience', 'Canberra ACT, Hobart TAS', '.job-description-body',
    'Government board; agency shown above the h1 and in a <dl> side panel; two locations; classification in title; alert box above the job; "How to apply" is part of the body.'),
  S('trademe/electrician-christchurch.html', 'https://www.trademe.co.nz/a/jobs/trades-services/electricians/canterbury/christchurch-city/listing/4417209831', 'single',
    'Registered Electrician - Commercial', 'Southern Alps Recruitment', 'Christchurch City, Canterbury', '.tm-jobs-listing__description',
    'Agency listing with unnamed client (company = agency); Trade Me header with other verticals (Marketplace, Property, Motors); highlights bullet box above the body (excluded); facts in sidebar <dl>.'),
  S('careers24/sales-rep-durban.html', 'https://www.careers24.com/jobs/adv/2091734-sales-representative-packaging-durban/', 'single',
    'Sales Representative - Packaging', 'Umgeni Packaging Solutions', 'Durban, KwaZulu-Natal', '.c24-vacancy-intro, .c24-vacancy-duties, .c24-vacancy-requirements, .c24-vacancy-package',
    'Description split into four template sections with site-provided headings (Introduction / Duties & Responsibilities / ...); leaderboard ad before header; summary list with "EE Position"; closing-date disclaimer inside the package section.'),
  S('keka/tiffinloop-product-analyst.html', 'https://tiffinloop.keka.com/careers/jobdetails/41872', 'single',
    'Product Analyst', 'TiffinLoop', 'Bengaluru, Karnataka, India', '.job-description-container',
    'Angular-rendered Keka page: generic <title> "TiffinLoop - Careers" with no job title and no og tags; unlabelled icon meta spans; description in a card under a generic "Job Description" heading; &nbsp; spacer paragraph.'),
  S('reliefweb/maji-wash-officer.html', 'https://reliefweb.int/job/4012876/wash-programme-officer', 'single',
    'WASH Programme Officer', 'Maji Pamoja Initiative', 'Lodwar, Kenya', '#job-body, #how-to-apply-body',
    'Humanitarian board: organization in a <dl> under the title; country in header meta and city only in a footer <dl>; "How to apply" is a separate section (included in GT); related jobs aside.'),
  S('mycareersfuture/browse-by-category.html', 'https://www.mycareersfuture.gov.sg/job/categories', 'list',
    null, null, null, null,
    'Category index with job counts plus three "Featured jobs" teasers carrying title, company, region and salary: looks job-like but is a browse page.'),
  S('manatal/application-submitted.html', 'https://www.careers-page.com/meridian-cold-chain/job/L9X4W7Q3/apply/success', 'not-a-posting',
    null, null, null, null,
    '"Application submitted, thank you" confirmation page; <title> and og:title carry a real job title and company, and the body names the job and location, but there is no posting text.'),
  S('companyblog/new-lisbon-office.html', 'https://fernbrook.io/blog/hello-lisbon-second-office', 'not-a-posting',
    null, null, null, null,
    'Company blog post announcing a new office, with a "We\'re hiring" section naming roles and a city; long article body; BlogPosting JSON-LD.'),
  S('bamboohr/expired-line-cook.html', 'https://saltmarsh.bamboohr.com/jobs/view.php?id=73', 'not-a-posting',
    null, null, null, null,
    'Old BambooHR view for a closed job: title "Line Cook" still shown as <h2> and in <title>, then "Sorry, this job is no longer accepting applications", then a list of current openings with locations.'),
];

const lines = [];
for (const p of pages) {
  const fp = path.join(DIR, p.file);
  if (!fs.existsSync(fp)) throw new Error('missing ' + p.file);
  const html = fs.readFileSync(fp, 'utf8');
  let first = null, last = null, len = null;
  if (p.sel) {
    const doc = new JSDOM(html).window.document;
    const els = [...doc.querySelectorAll(p.sel)];
    if (!els.length) throw new Error('selector matched nothing: ' + p.file);
    const txt = els.map(textOf).join(' ').replace(/\s+/g, ' ').trim();
    first = txt.slice(0, 80); last = txt.slice(-80); len = txt.length;
    if (len < 600 || len > 6000) console.warn('WARN length', p.file, len);
  }
  const size = Buffer.byteLength(html);
  if (size > 15000) console.warn('WARN size', p.file, size);
  lines.push(JSON.stringify({ file: p.file, url: p.url, kind: p.kind,
    gt_title: p.title, gt_company: p.company, gt_location: p.location,
    gt_desc_first80: first, gt_desc_last80: last, gt_desc_len_chars: len,
    gt_desc_selector: p.sel, notes: p.notes }));
  console.log(p.kind.padEnd(14), String(len).padStart(5), p.file);
}
fs.writeFileSync(path.join(DIR, 'manifest.jsonl'), lines.join('\n') + '\n');
console.log('wrote', lines.length, 'lines');
