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
  S('icims/mercyvale-rn-medsurg.html', 'https://careers-mercyvale.icims.com/jobs/48213/registered-nurse---med-surg-%28nights%29/job', 'single',
    'Registered Nurse - Med/Surg (Nights)', 'Mercyvale Health System', 'US-OH-Toledo | US-OH-Maumee', '.iCIMS_JobContent',
    'iCIMS iframe-era content rendered in place inside the hospital template; header facts as dl/dt/dd; two locations in iCIMS "US-OH-City | ..." form; JSON-LD title drops "(Nights)" and description is truncated; EEO block sits outside the iCIMS container; cookie notice first in body.'),
  S('paylocity/sierra-crossdock-warehouse-lead.html', 'https://recruiting.paylocity.com/Recruiting/Jobs/Details/2194837', 'single',
    'Warehouse Lead - 2nd Shift', 'Sierra Crossdock Logistics LLC', 'Sparks, NV', '.job-listing-body',
    'Logistics role; title in nested spans inside a div (no h1); logo alt is just "Company Logo" so company is only in <title>/og/JSON-LD and the body; JSON-LD description is only the first two paragraphs; generic "Description"/"Apply" div headers.'),
  S('ukg/ridgeline-market-assistant-store-manager.html', 'https://recruiting.ultipro.com/RID1001RMKT/JobBoard/5d3b9a10-7c4e-4f1a-a3b2-0f9e8d6c7b21/OpportunityDetail?opportunityId=a7c1f2e8-4b2d-4e90-9f11-2d6b7d0e5c33', 'single',
    'Assistant Store Manager', 'Ridgeline Market Co.', 'Bozeman, MT; Belgrade, MT; Livingston, MT', '[data-automation="job-description"]',
    'UKG UltiPro: generic <title> "Opportunity Details"; company only in logo alt and body; three store locations in a separate panel; requisition number; EEO statement in a separate panel after the description; similar-opportunities sidebar.'),
  S('dayforce/transboreal-commis-entrepot.html', 'https://jobs.dayforcehcm.com/fr-CA/transboreal/CANDIDATEPORTAL/jobs/31877', 'single',
    "Commis d'entrepôt – quart de soir", 'Transports Boréal', 'Laval, QC, Canada', '.job-posting-description',
    'French (Quebec) Dayforce portal; location as an unlabelled chip and again as a full street address in a side <dl>; no JSON-LD; similar jobs in the aside; __NEXT_DATA__ blob.'),
  S('applicantpro/pinecrest-dental-assistant.html', 'https://pinecrestdental.applicantpro.com/jobs/3187420.html', 'single',
    'Dental Assistant (Full-Time)', 'Pinecrest Family Dentistry', 'Idaho Falls, ID', '#job-description',
    'Small dental office; JSON-LD title ("Dental Assistant - Full Time") and company ("..., PLLC") differ from the page and its description is cut mid-sentence; labelled facts list above the body; EEO outside the description; "Other Openings" sidebar.'),
  S('clearcompany/lakeshore-county-equipment-operator.html', 'https://lakeshorecounty.hrmdirect.com/employment/job-opening.php?req=2841093&', 'single',
    'Equipment Operator II', 'Lakeshore County', 'Ludington, MI', '#reqDescription',
    'ClearCompany/HRM Direct legacy XHTML table layout for a county road commission; title in a div (no heading tag) and <title> is generic; location "North Garage - Ludington, MI"; requisition number, union, salary and closing in a label table.'),
  S('phenom/alderwood-pharmacy-technician.html', 'https://careers.alderwoodhealth.org/us/en/job/AHSUSR0048211EXTERNALENUS/Pharmacy-Technician-II-Central-Fill', 'single',
    'Pharmacy Technician II - Central Fill', 'Alderwood Health', 'Greensboro, North Carolina, United States of America', '.job-description',
    'Phenom hospital site; location shown with "+2 more locations" button (JSON-LD lists three cities); screen-reader-only labels inside meta spans; body opens with Department/Status/Shift lines; JSON-LD description is a flattened truncated excerpt; phApp.ddo JSON blob.'),
  S('avature/hellwig-projektingenieur.html', 'https://karriere.hellwig-antrieb.de/careers/JobDetail/Projektingenieur-Elektrokonstruktion-m-w-d/4821', 'single',
    'Projektingenieur Elektrokonstruktion (m/w/d)', 'Hellwig Antriebstechnik', 'Bielefeld', '.article__content .article__content__view__field__value',
    'German Avature portal; title in <h2> (no h1); facts (Standort, Referenznummer, Ansprechpartnerin) use the same field/value classes as the description but sit in the aside; cookie banner first; similar jobs below.'),
  S('cornerstone/firstprairie-universal-banker.html', 'https://firstprairiebank.csod.com/ux/ats/careersite/4/home/requisition/1187?c=firstprairiebank', 'single',
    'Universal Banker', 'First Prairie Bank', 'Ames, Iowa, United States; Nevada, Iowa, United States', '[data-tag="displayJobDescription"]',
    'Cornerstone career site: <title> and meta description are just "Career Site", no og tags; company only in logo alt and body; two branch locations in one line; EEO in a separate element.'),
  S('oracle/cascadia-pud-lineworker-apprentice.html', 'https://eqrt.fa.us6.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/24190', 'single',
    'Apprentice Lineworker', 'Cascadia Public Utility District', 'Wenatchee, WA, United States; Leavenworth, WA, United States', '.job-details__description, .job-details__about',
    'Oracle Recruiting Cloud: two locations as sub-items under one "Locations" meta label; description split into Job Description / Qualifications sections plus an "About" corporate section after them (included); wage line bolded at top; similar jobs after.'),
  S('pageup/uni-tasman-lecturer-midwifery.html', 'https://careers.pageuppeople.com/771/cw/en/job/503318/lecturer-in-midwifery-level-b', 'single',
    'Lecturer in Midwifery (Level B)', 'University of the Tasman Coast', 'Bathurst, Orange', '#job-details',
    'PageUp university posting; title in <h2>; campus list "Bathurst, Orange" as location; salary and bullet summary at the top of the body; attachment link, advertised/close dates and apply links after the body; search box in header.'),
  S('bullhorn/brightharbor-forklift-operator.html', 'https://jobs.brightharborstaffing.com/#/jobs/48213', 'single',
    'Forklift Operator - 2nd Shift', 'Bright Harbor Staffing', 'Grove City, OH', '.job-description',
    'Bullhorn OSCP staffing portal; client unnamed (company = agency); sidebar with search and similar jobs comes BEFORE the job in the DOM; icon-only unlabeled meta lines; hidden apply modal repeating the title.'),
  S('vincere/northgate-management-accountant.html', 'https://www.northgatefinance.co.uk/jobs/management-accountant-salford-quays-nfr8841', 'single',
    'Management Accountant', 'Northgate Finance Recruitment', 'Salford Quays, Greater Manchester (hybrid)', '.job-description',
    'UK recruitment agency site fed by Vincere; client unnamed; facts in a hero list; apply form with labels and consultant card in the aside; similar jobs with salaries; cookie notice at the end.'),
  S('personio/fahrwerk-disponent.html', 'https://fahrwerk-logistik.jobs.personio.de/job/1482937?language=de&display=de', 'single',
    'Disponent (m/w/d) Nahverkehr', 'Fahrwerk Logistik GmbH', 'Hamburg, Norderstedt', '.job-description',
    'German Personio page; meta line "Vollzeit · Hamburg, Norderstedt · Disposition · ..." unlabelled; JSON-LD lists only Hamburg and only the first bullet as description; full application form (with location select) on the same page.'),
  S('recruitee/zorggroep-verpleegkundige.html', 'https://werkenbij.eemhof.nl/o/verpleegkundige-niveau-4-avond-en-nachtdiensten', 'single',
    'Verpleegkundige niveau 4 – avond- en nachtdiensten', 'Zorggroep De Eemhof', 'Amersfoort, Soest', '.description',
    'Dutch Recruitee page on a custom domain (care home nursing role); JSON-LD org name "De Eemhof" and only Amersfoort, description truncated with an ellipsis; unlabelled info pills in the cover; contact and other vacancies after the body.'),
  S('ashby/ferrule-senior-product-designer.html', 'https://jobs.ashbyhq.com/ferrule/3d9f6b2e-71c4-4a0e-9d8a-52e1c0b7aa41', 'single',
    'Senior Product Designer', 'Ferrule', 'New York, NY; Remote (United States)', '._descriptionText_4fqrp_201',
    'Ashby: hashed CSS-module class names; facts (Location, Secondary Locations, Compensation) in a left pane BEFORE the title in DOM order; <title> "Senior Product Designer @ Ferrule"; JSON-LD has only New York plus TELECOMMUTE.'),
  S('lever/mercadito-ejecutivo-ventas.html', 'https://jobs.lever.co/mercaditopro/7c2e91b4-5d0a-4f3e-b8a1-2e6c9f40d113', 'single',
    'Ejecutivo(a) de Ventas B2B - Restaurantes', 'Mercadito Pro', 'Ciudad de México / Guadalajara', '.section-wrapper.page-full-width:not(.accent-section) > .section:not(.last-section-apply)',
    'Spanish Lever posting with English UI labels; title in <h2>; <title> is "Company - Title"; body split across several sibling .section divs (opening text uses <div>s, not <p>s); two cities joined by a slash.'),
  S('greenhouse/tallgrass-claims-adjuster.html', 'https://www.tallgrassmutual.com/careers/openings?gh_jid=5821904', 'single',
    'Property Claims Adjuster II', 'Tallgrass Mutual Insurance', 'Lincoln, NE or Sioux Falls, SD', '#grnhse_app #content',
    'Greenhouse board rendered inside the insurer\'s own site template: <title>/og are generic careers-page text, site hero h2 precedes the job h1; full application form with EEOC questions follows the description.'),
  S('workable/copperleaf-coffee-careers-index.html', 'https://apply.workable.com/copperleaf-coffee/', 'list',
    null, null, null, null,
    'Workable careers index: company overview paragraphs plus six openings with locations and types; looks like a posting at the top (h1 + prose) but is a listing.'),
  S('smartrecruiters/baltimore-freight-dispatcher-expired.html', 'https://jobs.smartrecruiters.com/ChesapeakeFreightLines/743999912345678-night-dispatcher', 'not-a-posting',
    null, null, null, null,
    'Expired SmartRecruiters posting: <title>/og:title still carry the job title and company, body names the job and city, then lists other openings; no description.'),
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
  lines.push(JSON.stringify({ file: p.file, url: p.url, kind: p.kind,
    gt_title: p.title, gt_company: p.company, gt_location: p.location,
    gt_desc_first80: first, gt_desc_last80: last, gt_desc_len_chars: len,
    gt_desc_selector: p.sel, notes: p.notes }));
  console.log(p.kind.padEnd(14), String(len).padStart(5), p.file);
}
fs.writeFileSync(path.join(DIR, 'manifest.jsonl'), lines.join('\n') + '\n');
console.log('wrote', lines.length, 'lines');
