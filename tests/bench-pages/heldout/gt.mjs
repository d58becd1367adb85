// Builds manifest.jsonl for the held-out blind set.
// Ground-truth title/company/location are written by hand below; the description
// numbers (first80, last80, length) are computed from gt_desc_selector with jsdom.
// Usage: node gt.mjs   (run from any directory)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { JSDOM } = require('/work/main/node_modules/jsdom');
const HERE = dirname(fileURLToPath(import.meta.url));

const BLOCK = new Set(['address','article','aside','blockquote','body','caption','dd','details','dialog','div','dl','dt','fieldset','figcaption','figure','footer','form','h1','h2','h3','h4','h5','h6','header','hr','html','li','main','nav','ol','p','pre','section','summary','table','tbody','td','tfoot','th','thead','tr','ul','center']);
const SKIP = new Set(['script','style','noscript','template','head','title','meta','link','iframe','object','button','select','option','input','textarea']);

function collect(node, out) {
  if (node.nodeType === 3) { out.push(node.data); return; }
  if (node.nodeType !== 1) return;
  const tag = node.tagName.toLowerCase();
  if (SKIP.has(tag)) return;
  if (node.hasAttribute('hidden')) return; // not visible
  const style = (node.getAttribute('style') || '').replace(/\s+/g, '').toLowerCase();
  if (style.includes('display:none') || style.includes('visibility:hidden')) return;
  if (tag === 'br') { out.push(' '); return; }
  const block = BLOCK.has(tag);
  if (block) out.push(' ');
  for (const c of node.childNodes) collect(c, out);
  if (block) out.push(' ');
}

function descText(doc, selector) {
  const els = [...doc.querySelectorAll(selector)];
  const top = els.filter(e => !els.some(o => o !== e && o.contains(e)));
  const parts = [];
  for (const e of top) { const out = []; collect(e, out); parts.push(out.join('')); }
  return { n: top.length, text: parts.join(' ').replace(/\s+/g, ' ').trim() };
}

const PAGES = [
  // ---------- old job boards (2008-2014) ----------
  { file: 'simplyhired/warehouse-shift-supervisor-dayton.html',
    url: 'https://www.simplyhired.com/a/job-details/view/jobkey-7c41e0a9b2d6f3518e7a0c44d19b62f3e8a5/cjp-2/hits-148',
    kind: 'single', gt_title: 'Warehouse Shift Supervisor - 2nd Shift', gt_company: 'Kestrel Freight Services', gt_location: 'Dayton, OH 45414',
    sel: '#job_description',
    notes: 'SimplyHired 2011 job-details page: site-added "Salary estimate" box (average salary for the title) sits right above the body; pay is inside the body; "Jobs like this" / "Top companies hiring" sidebars list other employers incl. the same company; source attribution line.' },
  { file: 'indeed/viewjob-commercial-lines-account-manager.html',
    url: 'https://www.indeed.com/viewjob?jk=4b7d2e19a0c3f865&q=account+manager+insurance&l=Tulsa%2C+OK&tk=17a2c9f0e3b4d1a8',
    kind: 'single', gt_title: 'Commercial Lines Account Manager', gt_company: 'Harlow & Finch Insurance', gt_location: 'Tulsa, OK',
    sel: '#job_summary',
    notes: 'Indeed 2012 viewjob: title in <b class="jobtitle"><font size="+1">, body is one <span class="summary"> made of <br>-separated lines with "- " pseudo bullets (no <p>/<ul>); whole page is nested tables; salary-average box and "People who viewed this job also viewed" in right column; bold first line repeats title.' },
  { file: 'jobserve/senior-sql-server-dba-leeds.html',
    url: 'https://www.jobserve.com/gb/en/search-jobs-in-Leeds,-West-Yorkshire,-United-Kingdom/SENIOR-SQL-SERVER-DBA-6-MONTH-CONTRACT-LEEDS-9F2D71B05E3C8A41/',
    kind: 'single', gt_title: 'Senior SQL Server DBA - 6 month contract - Leeds', gt_company: 'Pennine Technical Resourcing Ltd', gt_location: 'Leeds, West Yorkshire',
    sel: '#md_skills',
    notes: 'Jobserve UK 2010 contract ad: agency ("Employment Business") with unnamed client, so company = agency; title string carries contract length and city; facts are a "Label:" table AFTER the body (Location, Rate, Duration, Contact, Reference); body is a <span> with <br><br> paragraphs and "* " bullets; ASP.NET viewstate form wraps the whole page.' },
  { file: 'reed/payroll-administrator-sheffield.html',
    url: 'https://www.reed.co.uk/jobs/payroll-administrator/19274553',
    kind: 'single', gt_title: 'Payroll Administrator', gt_company: 'Marlowe Healthcare Group', gt_location: 'Sheffield, South Yorkshire',
    sel: '#jobDescription',
    notes: 'Reed 2011: company only appears in the "Posted 14 March 2011 by <a>" line; location split between a link ("Sheffield") and text in a <dl> facts box; "Similar jobs" and a courses ad in the sidebar, placed before the main content in source order.' },
  { file: 'seek/graduate-civil-engineer-newcastle.html',
    url: 'https://www.seek.com.au/job/22817463',
    kind: 'single', gt_title: 'Graduate Civil Engineer', gt_company: 'Tasman Ridge Consulting Engineers', gt_location: 'Newcastle, Maitland & Hunter',
    sel: '#jobtemplate td.adcontent',
    notes: 'Seek 2012 with an advertiser-branded template: the ad is a fixed-width table with header image, a repeated title row and a footer strip; Seek job summary <dl> (Location / Area / Work Type / Classification / Salary) in a right float placed before the h1 in source order; job reference outside the template.' },
  { file: 'workopolis/bilingual-customer-service-moncton.html',
    url: 'https://www.workopolis.com/jobsearch/job/JB-1187431?lang=EN',
    kind: 'single', gt_title: 'Bilingual Customer Service Representative', gt_company: 'Northgate Mutual Assurance', gt_location: 'Moncton, NB',
    sel: '#jobDescription',
    notes: 'Workopolis 2010 (Canada): body is bilingual, English then a full French version after an <hr>, each with its own bold title line; meta in a label/value table; company profile block and French-titled similar jobs.' },
  { file: 'jobsite/mobile-gas-engineer-bristol.html',
    url: 'https://www.jobsite.co.uk/job/953318742',
    kind: 'single', gt_title: 'Mobile Gas Engineer', gt_company: 'Brennan Technical Recruitment', gt_location: 'Bristol, South West',
    sel: '#job-description',
    notes: 'Jobsite.co.uk 2013 agency ad for an unnamed client ("Our client is..."), company = agency; body opens with a bold line repeating a longer title and a multi-town area line; 2013-style cookie notice bar at top.' },
  { file: 'guardian/policy-officer-housing-southwark.html',
    url: 'https://jobs.theguardian.com/job/4712233/policy-officer-housing-/',
    kind: 'single', gt_title: 'Policy Officer (Housing)', gt_company: 'Eastbridge Housing Trust', gt_location: 'Southwark, London (Greater)',
    sel: '.job-description',
    notes: 'Guardian Jobs (Madgex, 2013) with schema.org microdata (itemprop title/description/hiringOrganization) but no JSON-LD; Madgex-style location "Southwark, London (Greater)"; dl facts with Employer/Location/Salary/Closing date; share links and similar jobs.' },
  { file: 'efinancialcareers/quant-risk-analyst-counterparty-credit.html',
    url: 'https://www.efinancialcareers.co.uk/jobs-UK-London-Quantitative_Risk_Analyst_-_Counterparty_Credit.id01187742',
    kind: 'single', gt_title: 'Quantitative Risk Analyst - Counterparty Credit', gt_company: 'Pemberton Search Partners', gt_location: 'London, England / Edinburgh, Scotland',
    sel: '#jobDescription',
    notes: 'eFinancialCareers 2012: two locations in one field; agency "Posted by" with unnamed banking client; sidebar has finance news headlines (article-like text) as well as similar jobs.' },
  { file: 'higheredjobs/instructor-mathematics-pine-hollow.html',
    url: 'https://www.higheredjobs.com/faculty/details.cfm?JobCode=175819034&Title=Instructor%20of%20Mathematics%20%28Tenure%2DTrack%29',
    kind: 'single', gt_title: 'Instructor of Mathematics (Tenure-Track)', gt_company: 'Pine Hollow Community College', gt_location: 'Bishop, CA',
    sel: '#jobDesc',
    notes: 'HigherEdJobs 2013: HTML 4 table layout, facts in <th>Institution:</th>/<th>Location:</th> rows, employer called "Institution"; long academic ad with qualification paragraphs; 160x600 ad and similar jobs in a right table cell.' },
  // ---------- employers' own careers pages (today) ----------
  { file: 'norlandbank/senior-credit-risk-analyst-sme.html',
    url: 'https://www.norlandbank.co.uk/careers/jobs/senior-credit-risk-analyst-sme-lending.html',
    kind: 'single', gt_title: 'Senior Credit Risk Analyst – SME Lending', gt_company: 'Norland Bank', gt_location: 'Manchester, Spinningfields',
    sel: '#job-content .cmp-text',
    notes: 'AEM core components: title is h1.cmp-teaser__title inside a hero teaser with a pretitle and a tagline; facts in an icon list (location, hybrid, salary, closing date, ref) with no labels; body split over four separate .cmp-text components; quote component, "Why work at Norland" teasers and similar roles around it; OneTrust banner; company only in logo alt, title tag and legal footer.' },
  { file: 'stbrigid/rn-cardiac-step-down-nights.html',
    url: 'https://www.stbrigidmed.org/careers/job/REQ-24-01377/registered-nurse-cardiac-step-down-nights',
    kind: 'single', gt_title: 'Registered Nurse – Cardiac Step-Down Unit (Nights)', gt_company: 'Saint Brigid Regional Medical Center', gt_location: 'Kalamazoo, MI',
    sel: '#jobBody',
    notes: 'Hospital custom CMS: the page h1 is the section name "Careers", the job title is an h2; JSON-LD JobPosting has a differently worded title and a truncated description; sign-on-bonus callout inside the body; facts sidebar with full street address; "Related jobs" list.' },
  { file: 'thornvale/waste-recycling-operative-hgv.html',
    url: 'https://www.thornvale.gov.uk/jobs/current-vacancies/waste-and-recycling-operative-hgv-class-c-driver',
    kind: 'single', gt_title: 'Waste and Recycling Operative (HGV Class C Driver)', gt_company: 'Thornvale District Council', gt_location: 'Moorside Depot, Brook Lane, Halbury',
    sel: '#job-description',
    notes: 'UK council page on GOV.UK Frontend: "Job details" table (caption) with Salary/Location/Hours/Closing date between h1 and body; location is a depot street address; "Documents" PDF list and start button after the body; cookie banner with h2 at very top; company only in logo alt/footer.' },
  { file: 'hartkopf/industriemechaniker-instandhaltung.html',
    url: 'https://www.hartkopf-antriebe.de/karriere/industriemechaniker-instandhaltung/',
    kind: 'single', gt_title: 'Industriemechaniker (m/w/d) Instandhaltung', gt_company: 'Hartkopf Antriebstechnik GmbH', gt_location: 'Lüdenscheid',
    sel: '.elementor-element-c41d9e2 > .elementor-widget-wrap',
    notes: 'German WordPress/Elementor page: h1 is the generic word "Stellenangebot", the role is in an h2; body is a column of separate heading / text-editor / icon-list widgets (tasks are Elementor icon-list items with inline SVG, not a <ul> of text); contact person column with address; Borlabs cookie overlay.' },
  { file: 'passerelles/chargee-mission-insertion-lyon.html',
    url: 'https://www.passerelles-solidaires.org/offre-emploi-charge-mission-insertion-cdi/',
    kind: 'single', gt_title: 'Chargé·e de mission insertion professionnelle (CDI)', gt_company: 'Passerelles Solidaires', gt_location: 'Lyon 7e',
    sel: '.entry-content',
    notes: 'French association, posting is an ordinary WordPress blog post (Astra): h1 prefixed "Offre d\'emploi :", inclusive writing (Chargé·e, salarié·es); facts ("Type de contrat :", "Lieu :", "Rémunération :") are a bold-label list INSIDE the post body; post meta, prev/next post links, donation and newsletter widgets; tarteaucitron banner.' },
  { file: 'waterveen/vacature-beleidsmedewerker-duurzaamheid.html',
    url: 'https://www.waterveen.nl/werken-bij/vacatures/beleidsmedewerker-duurzaamheid',
    kind: 'single', gt_title: 'Beleidsmedewerker Duurzaamheid', gt_company: 'Gemeente Waterveen', gt_location: 'Waterveen',
    sel: '#vacaturetekst',
    notes: 'Dutch municipality: h1 "Vacature: ..." prefix; facts sidebar "Kenmerken" (Salaris, Uren, Standplaats "Gemeentehuis Waterveen", Reageren vóór); location is implicit (the municipality itself); intro summary line under h1; site-wide nav for residents.' },
  { file: 'tramoya/backend-engineer-python.html',
    url: 'https://tramoya.notion.site/Backend-Engineer-Python-3f9a12c07be54d2e9a61d0c4b8e7f215',
    kind: 'single', gt_title: 'Backend Engineer (Python)', gt_company: 'Tramoya', gt_location: 'Remoto (España), Madrid',
    sel: '.notion-page-content',
    notes: 'notion.site rendered DOM: no semantic headings or lists, everything is nested divs with notion-*-block classes and inline styles; title is a div with placeholder="Untitled"; location is two chips in a database property row ("Ubicación"); company only in breadcrumb "Tramoya · Trabaja con nosotros" and in body text; og tags are Notion defaults; Spanish.' },
  { file: 'lantern/job-community-manager.html',
    url: 'https://lanterngeo.org/news/2023/09/04/job-community-manager.html',
    kind: 'single', gt_title: 'Community Manager (part-time)', gt_company: 'Lantern Geospatial Foundation', gt_location: 'Remote, anywhere between UTC−3 and UTC+3',
    sel: '.post-content',
    notes: 'Jekyll minima blog post on GitHub Pages: looks like a news article (date, author "Board of Directors", prev/next posts), jekyll-seo JSON-LD is BlogPosting not JobPosting; h1 prefixed "Job opening:"; location/hours/pay are a bold-label list inside the body.' },
  { file: 'hollowbrook/work-with-us.html',
    url: 'https://sites.google.com/view/hollowbrookfarm/work-with-us',
    kind: 'single', gt_title: 'Seasonal Farm Assistant (April – October 2024)', gt_company: 'Hollowbrook Organic Farm', gt_location: 'Hood River, Oregon',
    sel: '[id="h.b41a7e0c93_14"], [id="h.b41a7e0c93_26"]',
    notes: 'New Google Sites: obfuscated class names, page h1 is "Work with us" in a banner, role is an h2 in its own text box; body split into two side-by-side text boxes; location only in prose ("8 miles south of Hood River, Oregon"); embedded Google Form iframe, photo caption and contact box after it.' },
  { file: 'fieldnote/were-hiring-senior-product-designer.html',
    url: 'https://blog.fieldnote.app/were-hiring-senior-product-designer/',
    kind: 'single', gt_title: 'Senior Product Designer', gt_company: 'Fieldnote', gt_location: 'Remote, anywhere in Europe between UTC−1 and UTC+3',
    sel: '.gh-content',
    notes: 'Ghost (Casper) blog post "We\'re hiring: Senior Product Designer": title must be stripped of the prefix; Article JSON-LD with publisher "Fieldnote Blog"; custom excerpt, byline, reading time; read-more cards include another "We\'re hiring" post (filled); location only as a bold-label bullet inside the body.' },
  // ---------- not a single posting ----------
  { file: 'simplyhired/results-dental-assistant-phoenix.html',
    url: 'https://www.simplyhired.com/a/jobs/list/q-dental+assistant/l-phoenix,+az',
    kind: 'list', sel: null,
    notes: 'SimplyHired 2012 search results: 10 results with title/company/location/snippet, refine sidebar, sponsored course ad; same chrome as the job-details page of the same site.' },
  { file: 'seek/results-accountant-brisbane.html',
    url: 'https://www.seek.com.au/jobs/in-brisbane/?keywords=accountant',
    kind: 'list', sel: null,
    notes: 'Seek 2012 search results: premium listings with logo and three selling-point bullets plus teaser text look like mini postings; h1 "412 Accountant jobs in Brisbane".' },
  { file: 'quarrytech/careers.html',
    url: 'https://www.quarrytech.co.uk/careers',
    kind: 'list', sel: null,
    notes: 'Webflow careers index: ~2,500 characters of company story, values, benefits list and hiring process (reads like a job ad body) before three role cards (title + team + location); no single posting on the page.' },
  { file: 'ashgrove/registered-veterinary-nurse-harrogate.html',
    url: 'https://careers.ashgrovevets.co.uk/vacancies/rvn-harrogate-0923',
    kind: 'not-a-posting', sel: null,
    notes: 'Closed vacancy: red banner "This vacancy has now closed / Applications for this role are closed" but the full original title, facts and description are still shown, apply button disabled; robots noindex; dataLayer says vacancy_status closed. Should not be returned as a live posting.' },
  { file: 'pellucid/jobs-data-platform-engineer-404.html',
    url: 'https://careers.pellucid.io/jobs/4471-data-platform-engineer',
    kind: 'not-a-posting', sel: null,
    notes: 'Next.js careers 404: "We couldn\'t find that page ... the role may have been filled", then a full "Open positions" list (6 roles with locations) and __NEXT_DATA__ JSON listing them; URL looks like a job URL.' },
  { file: 'brightlane/job-store-manager-leeds-consent-wall.html',
    url: 'https://careers.brightlane.co.uk/job/store-manager-leeds-trinity/R-20931',
    kind: 'not-a-posting', sel: null,
    notes: 'SPA behind a Usercentrics consent wall: posting text is not in the DOM (skeleton loaders only); og:title carries a job title and the URL looks like a job, but nothing of the posting is visible; page text is only the consent dialog.' },
];

const lines = [];
let problems = 0;
for (const p of PAGES) {
  const path = join(HERE, p.file);
  if (!existsSync(path)) { console.error('MISSING', p.file); problems++; continue; }
  const rec = { file: p.file, url: p.url, kind: p.kind,
    gt_title: p.gt_title ?? null, gt_company: p.gt_company ?? null, gt_location: p.gt_location ?? null,
    gt_desc_first80: null, gt_desc_last80: null, gt_desc_len_chars: null, gt_desc_selector: p.sel ?? null, notes: p.notes };
  if (p.kind === 'single') {
    const dom = new JSDOM(readFileSync(path, 'utf8'));
    const { n, text } = descText(dom.window.document, p.sel);
    if (!n) { console.error('SELECTOR MATCHES NOTHING', p.file, p.sel); problems++; }
    rec.gt_desc_first80 = text.slice(0, 80);
    rec.gt_desc_last80 = text.slice(-80);
    rec.gt_desc_len_chars = text.length;
    if (text.length < 600 || text.length > 6000) { console.error('DESC LENGTH OUT OF RANGE', p.file, text.length); problems++; }
    // sanity: the title/company/location should be visible somewhere in the page text
    const body = dom.window.document.body.textContent.replace(/\s+/g, ' ');
    for (const k of ['gt_title', 'gt_company', 'gt_location']) {
      if (rec[k] && !body.includes(rec[k])) console.warn(`note: ${k} not verbatim in body text of ${p.file}: ${rec[k]}`);
    }
    console.log(`${p.file.padEnd(58)} ${String(n).padStart(2)} el  ${String(text.length).padStart(5)} chars`);
  } else {
    console.log(`${p.file.padEnd(58)} ${p.kind}`);
  }
  lines.push(JSON.stringify(rec));
}
writeFileSync(join(HERE, 'manifest.jsonl'), lines.join('\n') + '\n');
// validate
const back = readFileSync(join(HERE, 'manifest.jsonl'), 'utf8').trim().split('\n');
for (const l of back) { const o = JSON.parse(l); if (!existsSync(join(HERE, o.file))) { console.error('MISSING after write', o.file); problems++; } }
console.log(`${back.length} manifest lines, ${problems} problems`);
process.exit(problems ? 1 : 0);
