// Computes the ground-truth description fields for the long-tail blind set and
// writes manifest.jsonl. Run: node gt.mjs   (from this directory)
//
// Text rule: take the element(s) matched by gt_desc_selector (document order,
// nested matches collapsed into their outermost match), collect visible text,
// inserting a space at every block element boundary and at <br>, collapse
// whitespace, trim. "Visible" skips script/style/noscript/template, elements
// with the hidden attribute, and elements whose computed display is none or
// visibility is hidden (inline styles and the page's own <style> rules).
// Zero-width characters (U+200B-U+200D, U+FEFF) are dropped before collapsing.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { JSDOM, VirtualConsole } = require('/work/main/node_modules/jsdom');

const HERE = dirname(fileURLToPath(import.meta.url));

export const ENTRIES = [
  {
    file: 'wp-job-manager/production-scheduler.html',
    url: 'https://fenwicklowe.com/job/production-scheduler/',
    kind: 'single',
    gt_title: 'Production Scheduler',
    gt_company: 'Fenwick & Lowe Cabinetry',
    gt_location: 'Lancaster, PA',
    gt_desc_selector: '.single_job_listing .job_description',
    notes: 'Small-company WordPress (Astra) with WP Job Manager markup: title only in the theme h1.entry-title, company in .company block, meta list (type/location/posted) above the body, JobPosting JSON-LD from the plugin; sidebar "Other openings" widget repeats company and location for 3 other jobs; pay sits inside the description; hidden application_details.',
  },
  {
    file: 'elementor/dental-hygienist.html',
    url: 'https://brightwaterdentalgroup.com/careers/dental-hygienist/',
    kind: 'single',
    gt_title: 'Dental Hygienist (Part-Time)',
    gt_company: 'Brightwater Dental Group',
    gt_location: 'Tacoma, WA',
    gt_desc_selector: '.elementor-element-6c1d8f0',
    notes: 'Elementor page builder, deeply nested section/container/column/widget-wrap/widget divs. Site-wide h1 "Join Our Team"; job title in an h2 heading widget; company only in logo alt and footer copyright; location only in the line "Tacoma, WA · Part-time · 3 days/week". Body is split over two columns and seven widgets (text-editor, heading, spacer, icon-list); an Elementor contact form follows. No JSON-LD.',
  },
  {
    file: 'squarespace/production-roaster.html',
    url: 'https://www.ridgelinecoffee.co/now-hiring-production-roaster',
    kind: 'single',
    gt_title: 'Production Roaster',
    gt_company: 'Ridgeline Coffee Roasters',
    gt_location: 'Bend, OR',
    gt_desc_selector: '#block-yui_3_17_2_1_1708714982731_3390, #block-yui_3_17_2_1_1708714982731_4471',
    notes: 'Squarespace 7.1 page sections with sqs-block html blocks. "Now Hiring" overline above the h1; location/type/pay only in a centered line "Bend, Oregon — Full Time — $21–24/hr". Body split across two html blocks in a 7-col column; image, button, apply note and a newsletter block sit beside/below it. Organization/WebSite JSON-LD only, no JobPosting.',
  },
  {
    file: 'wix/landscape-crew-member.html',
    url: 'https://www.maplethistle.ca/crew-member',
    kind: 'single',
    gt_title: 'Landscape Crew Member (Seasonal)',
    gt_company: 'Maple & Thistle Landscaping',
    gt_location: 'Guelph, ON',
    gt_desc_selector: '#comp-lr4e9a04, #comp-lr4e9a05, #comp-lr4e9a06, #comp-lr4e9a07',
    notes: 'Wix rendered DOM: no h1-h6 anywhere; title split across two <p class="font_0"> ("Landscape Crew Member" / "(Seasonal)"); section labels are bold spans inside <p>; body spread over four richTextElement comps in two column strips inside mesh containers; location only as "Guelph & surrounding area" in a pipe-separated line (full address in footer/LocalBusiness JSON-LD); header text "MAPLE & THISTLE".',
  },
  {
    file: 'webflow/senior-product-designer.html',
    url: 'https://www.tallyhive.com/careers/senior-product-designer',
    kind: 'single',
    gt_title: 'Senior Product Designer',
    gt_company: 'Tallyhive',
    gt_location: 'Berlin',
    gt_desc_selector: '.job-rich-text',
    notes: 'Webflow CMS item, minified on few lines. Company name appears only in the logo alt and the footer copyright ("Tallyhive GmbH"); location only in "Berlin · Full-time · Hybrid"; sidebar lists three other roles with the same kind of meta line; empty salary block hidden with w-condition-invisible; no JSON-LD.',
  },
  {
    file: 'jobs-ac-uk/research-associate-coastal-flood.html',
    url: 'https://www.jobs.ac.uk/job/DFK318/research-associate-in-coastal-flood-modelling',
    kind: 'single',
    gt_title: 'Research Associate in Coastal Flood Modelling',
    gt_company: 'University of Westmere',
    gt_location: 'Norwich',
    gt_desc_selector: '#job-description',
    notes: 'jobs.ac.uk-style UK academic advert: employer and department as two h3 under the h1; facts in a th/td table (Location "Norwich, Hybrid", Salary, Hours, Contract Type, Placed On, Closes, Job Ref); section labels are <p><strong>; subject/location facets and "Similar jobs" with other universities after the body; ad slots.',
  },
  {
    file: 'drupal-university/academic-advisor-ii.html',
    url: 'https://hr.carrowstate.edu/jobs/academic-advisor-ii-college-engineering',
    kind: 'single',
    gt_title: 'Academic Advisor II',
    gt_company: 'Carrow State University',
    gt_location: 'Marietta, OH',
    gt_desc_selector: '.node--type-job-posting .field--name-body, .node--type-job-posting .field--name-field-essential-duties, .node--type-job-posting .field--name-field-minimum-qualifications, .node--type-job-posting .field--name-field-preferred-qualifications',
    notes: 'US university HR site on Drupal 10: h1 from page-title block, site name is "Human Resources" (university only in logo alt, body text and footer); description is four separate labelled Drupal fields (Position Summary, Essential Duties, Minimum/Preferred Qualifications); "Special Instructions to Applicants" field excluded; facts (posting number, salary, FLSA, dates) in a sidebar view block; Department/Campus inline fields above the body.',
  },
  {
    file: 'usajobs/medical-support-assistant.html',
    url: 'https://www.usajobs.gov/job/781245600',
    kind: 'single',
    gt_title: 'Medical Support Assistant (Advanced)',
    gt_company: 'Veterans Health Administration',
    gt_location: "Spokane, WA; Coeur d'Alene, ID",
    gt_desc_selector: '#summary, #duties, #requirements',
    notes: 'USAJOBS announcement: generic <title> "USAJOBS - Job Announcement"; department and agency both shown (Department of Veterans Affairs / Veterans Health Administration); two locations with vacancy counts in the Overview facts box that sits between Summary and Duties; "This job is open to" box; Required documents and How to Apply sections (excluded) follow the Requirements section.',
  },
  {
    file: 'nhs-jobs/occupational-therapist-band6.html',
    url: 'https://www.jobs.nhs.uk/candidate/jobadvert/C9182-24-0317',
    kind: 'single',
    gt_title: 'Occupational Therapist - Community Neuro Rehabilitation',
    gt_company: 'Northmoor and Vale NHS Foundation Trust',
    gt_location: 'Grantham',
    gt_desc_selector: '#job_overview_section, #main_duties_section, #about_us_section, #detailed_job_description_section, #person_specification_section',
    notes: 'NHS Jobs (new site): employer in h2 under h1, address line, summary list of facts (band, salary, contract, reference, job locations split over four <p>); free text uses <br> line breaks and "- " pseudo-bullets; DBS, sponsorship, employer details and supporting documents sections excluded as site boilerplate.',
  },
  {
    file: 'governmentjobs/water-treatment-operator-ii.html',
    url: 'https://www.governmentjobs.com/careers/brennanfalls/jobs/4412876/water-treatment-plant-operator-ii',
    kind: 'single',
    gt_title: 'Water Treatment Plant Operator II',
    gt_company: 'City of Brennan Falls',
    gt_location: 'Brennan Falls, OR',
    gt_desc_selector: '#details-info .job-details-content',
    notes: 'NEOGOV agency career page: title in h2.entity-title; facts as label/value rows (Salary, Location, Job Type, Job Number, Department, Division, dates, FLSA, Bargaining Unit); Description/Benefits/Questions tabs all in the DOM, inactive tabs hidden by CSS; four titled sections in the description tab; agency contact block after.',
  },
  {
    file: 'idealist/program-coordinator-food-literacy.html',
    url: 'https://www.idealist.org/en/nonprofit-job/5e1d9c3a7b2f4e8d9a6c0b1f2e3d4c5a-program-coordinator-youth-food-literacy-common-table-collective-chicago',
    kind: 'single',
    gt_title: 'Program Coordinator, Youth Food Literacy',
    gt_company: 'Common Table Collective',
    gt_location: 'Chicago, IL',
    gt_desc_selector: '[data-qa-id="listing-description"]',
    notes: 'Non-profit board on Next.js with styled-components hashed class names; "Details at a glance" facts grid; "About Common Table Collective" org box and similar jobs after the description; description HTML duplicated in JSON-LD and __NEXT_DATA__.',
  },
  {
    file: 'craigslist/line-cook-evenings.html',
    url: 'https://portland.craigslist.org/mlt/fbh/d/portland-line-cook-evenings-19-22-hr/7718230554.html',
    kind: 'single',
    gt_title: 'Line Cook - Evenings, $19-22/hr + tips',
    gt_company: 'Harbor Noodle House',
    gt_location: 'Portland, OR (SE Division)',
    gt_desc_selector: '#postingbody',
    notes: 'Craigslist post: title carries pay; employer named only inside the body text; location only as "(SE Division)" after the title, breadcrumbs "portland > multnomah co" and a map address; body is bare text with <br> and ALL-CAPS pseudo-headings; print-only QR block inside #postingbody hidden by CSS; attrgroup facts; notices and post id after.',
  },
  {
    file: 'hackernews/who-is-hiring-comment.html',
    url: 'https://news.ycombinator.com/item?id=39572214',
    kind: 'single',
    gt_title: 'Backend Engineer (Rust)',
    gt_company: 'Quillmark',
    gt_location: 'Remote (US/Canada) or Toronto',
    gt_desc_selector: '.fatitem .commtext',
    notes: 'Hacker News item page for a "Who is hiring?" comment: title, company, location, type and pay exist only in the pipe-separated first line of the comment; table layout, no headings; unclosed <p> tags; two reply comments (one asking about location) below with the same commtext class; page <title> is the truncated comment.',
  },
  {
    file: 'mailing-list/gis-analyst-pipermail.html',
    url: 'https://lists.carolinageo.org/pipermail/geo-jobs/2024-March/000812.html',
    kind: 'single',
    gt_title: 'GIS Analyst',
    gt_company: 'Dunmore County',
    gt_location: 'Carver, NC',
    gt_desc_selector: 'pre',
    notes: 'Mailman/pipermail archive: whole posting is one plain-text <PRE> (uppercase labels POSITION/DEPARTMENT/LOCATION inside, "* " and "- " bullets, email signature); h1 is the email subject with "[Geo-jobs] JOB:" prefix and title+employer+place; sender name/email and thread navigation around it.',
  },
  {
    file: 'stackoverflow-jobs/senior-data-engineer.html',
    url: 'https://stackoverflow.com/jobs/287341/senior-data-engineer-parcelwise',
    kind: 'single',
    gt_title: 'Senior Data Engineer',
    gt_company: 'Parcelwise',
    gt_location: 'Amsterdam, Netherlands',
    gt_desc_selector: '#overview-items section.fs-body2 > div',
    notes: 'Stack Overflow Jobs (2019 layout): company and location in one line with an en dash; salary/visa/relocation badges; "About this job" facts, Technologies tags, Joel Test and About company sections around the description; Q&A left nav and large network footer.',
  },
  {
    file: 'wellfound/founding-full-stack-engineer.html',
    url: 'https://wellfound.com/jobs/2931847-founding-full-stack-engineer',
    kind: 'single',
    gt_title: 'Founding Full-Stack Engineer',
    gt_company: 'Loopgarden',
    gt_location: 'San Francisco, CA or Remote (US)',
    gt_desc_selector: '.styles_description__36q7q',
    notes: 'Wellfound (AngelList) job page with Tailwind utility classes: company header (name, tagline, badges) above the h1; compensation and equity line; dt/dd facts grid (remote policy, hires remotely in US, timezones, visa); "About the company" box and similar jobs with other startups.',
  },
  {
    file: 'remoteok/senior-devops-engineer.html',
    url: 'https://remoteok.com/remote-jobs/remote-senior-devops-engineer-orbitcart-1082334',
    kind: 'single',
    gt_title: 'Senior DevOps Engineer',
    gt_company: 'Orbitcart',
    gt_location: 'Remote (Europe)',
    gt_desc_selector: 'tr.expand-1082334 .markdown',
    notes: 'Remote OK job page rendered as the expanded first row of the job-board table: title in h2 and company in h3 (inverted levels), emoji tag chips for location and pay; three more job rows follow, each with its own (CSS-hidden) description; anti-spam "mention the word" paragraph after the markdown body.',
  },
  {
    file: 'weworkremotely/customer-support-specialist-night.html',
    url: 'https://weworkremotely.com/remote-jobs/harbor-ledger-customer-support-specialist-night-shift',
    kind: 'single',
    gt_title: 'Customer Support Specialist (Night Shift)',
    gt_company: 'Harbor Ledger',
    gt_location: 'Anywhere in the World',
    gt_desc_selector: '.listing-container',
    notes: 'We Work Remotely: title tag "Company: Title"; job location only as a tag chip "Anywhere in the World", while the company card shows the HQ "Lisbon, Portugal"; description built from bare <div>s with <div><br></div> spacers and bold divs as headings; related jobs list.',
  },
  {
    file: 'agency/payroll-administrator-leeds.html',
    url: 'https://www.haldenhart.co.uk/job/payroll-administrator-leeds-4512987',
    kind: 'single',
    gt_title: 'Payroll Administrator',
    gt_company: 'Halden Hart Recruitment',
    gt_location: 'Leeds',
    gt_desc_selector: '.job-description',
    notes: 'Recruitment agency (Hays-style template headings "Your new company", "What you\'ll need to succeed"...) with the client unnamed, so the employer is the agency; Angular SSR markup with _ngcontent attributes; icon list of facts with visually-hidden labels; consultant card, job alert and similar jobs in sidebar; agency legal line at the end of the body.',
  },
  {
    file: 'hospital/rn-med-surg-nights.html',
    url: 'https://www.greyfieldregional.org/careers/nursing/registered-nurse-med-surg-nights',
    kind: 'single',
    gt_title: 'Registered Nurse – Medical/Surgical, Nights',
    gt_company: 'Greyfield Regional Medical Center',
    gt_location: 'Muskegon, MI',
    gt_desc_selector: '.job-posting__body',
    notes: 'Hospital careers page on its own CMS: site-wide banner h1 "Careers", job title in h2; facts dl (department, shift, hours, status, location with street address, req #); sign-on bonus badge; EEO statement in article footer (excluded); emergency ribbon, MyChart links and "Other Nursing Openings" sidebar.',
  },
  {
    file: 'retail-hourly/part-time-sales-associate.html',
    url: 'https://fernhilloutfitters.com/pages/now-hiring-sales-associate',
    kind: 'single',
    gt_title: 'Part-Time Sales Associate',
    gt_company: 'Fernhill Outfitters',
    gt_location: 'Asheville, NC',
    gt_desc_selector: '#MainContent .rte',
    notes: 'Hourly retail job as a Shopify (Dawn) page: h1 "Now Hiring: Part-Time Sales Associate"; location only as "Downtown Asheville store" in the body and the footer address; shop chrome (announcement bar, cart, mega menu, newsletter, payment icons); body starts with an image-only paragraph.',
  },
  {
    file: 'fr-company/technicien-maintenance.html',
    url: 'https://www.lavaud-mecanique.fr/recrutement/technicien-de-maintenance-industrielle-h-f/',
    kind: 'single',
    gt_title: 'Technicien de maintenance industrielle H/F',
    gt_company: 'Lavaud Mécanique de Précision',
    gt_location: 'Clermont-Ferrand',
    gt_desc_selector: '.et_pb_text_2 .et_pb_text_inner, .et_pb_text_3 .et_pb_text_inner, .et_pb_text_4 .et_pb_text_inner, .et_pb_text_5 .et_pb_text_inner',
    notes: 'French SME site on WordPress/Divi: facts column with labels "Lieu :", "Type de contrat :", "Salaire :", "Référence :"; body split across four Divi text modules in three rows (Qui sommes-nous, Vos missions, Votre profil, Pourquoi nous rejoindre); "Envie de nous rejoindre ?" CTA excluded; no JSON-LD.',
  },
  {
    file: 'de-company/industriemechaniker-instandhaltung.html',
    url: 'https://www.braemer-voss.de/karriere/stellenangebote/industriemechaniker-m-w-d-instandhaltung',
    kind: 'single',
    gt_title: 'Industriemechaniker (m/w/d) Instandhaltung',
    gt_company: 'Brämer & Voss Antriebstechnik GmbH',
    gt_location: 'Ebersbach an der Fils',
    gt_desc_selector: '#c410, #c411, #c412, #c413',
    notes: 'German Mittelstand Stellenanzeige on TYPO3: content elements as frames (#c408...); location only in a meta line of spans whose "·" separators come from CSS; sections "Ihre Aufgaben", "Ihr Profil", "Wir bieten"; "Interessiert?" contact box with Ansprechpartnerin and Kennziffer in the sidebar (excluded); breadcrumbs in microdata.',
  },
  {
    file: 'da-company/bogholder-vejle.html',
    url: 'https://www.nordvang.dk/om-os/job/bogholder-til-oekonomiafdelingen/',
    kind: 'single',
    gt_title: 'Bogholder til økonomiafdelingen',
    gt_company: 'Nordvang Møbler A/S',
    gt_location: 'Vejle',
    gt_desc_selector: '.jobopslag__tekst',
    notes: 'Danish company site (Umbraco grid): facts aside "Fakta om jobbet" with Arbejdssted/Ansættelsesform/Tiltrædelse/Ansøgningsfrist; body sections "Om stillingen", "Dine arbejdsopgaver", "Vi forventer, at du", "Vi tilbyder", "Om Nordvang"; "Andre ledige stillinger" list below.',
  },
  {
    file: 'es-company/tecnico-soporte-it.html',
    url: 'https://www.almenaralogistica.es/trabaja-con-nosotros/tecnico-a-de-soporte-it',
    kind: 'single',
    gt_title: 'Técnico/a de Soporte IT',
    gt_company: 'Almenara Logística',
    gt_location: 'Valencia',
    gt_desc_selector: '.com-content-article__body',
    notes: 'Spanish company site on Joomla 4 (Cassiopeia): job is a plain article; facts (Ubicación, Jornada, Tipo de contrato, Salario) are a table inside the article body itself; article-info block (category, published, hits); "Otras ofertas" sidebar module; prev/next article navigation.',
  },
  {
    file: 'pdf-posting/finance-operations-manager.html',
    url: 'https://www.wrenfieldland.org/job-opening-finance-operations-manager/',
    kind: 'single',
    gt_title: 'Finance & Operations Manager',
    gt_company: 'Wrenfield Land Conservancy',
    gt_location: 'Hudson, NY',
    gt_desc_selector: '.entry-content > p',
    notes: 'News blog post (WordPress block theme) whose full job description is an embedded/downloadable PDF; the page itself has only a short intro with title, employer, place, hours and pay, so it counts as a single posting. h1 prefixed "Job Opening:"; Article JSON-LD, not JobPosting; file block and post navigation excluded.',
  },
  {
    file: 'pdf-posting/employment-opportunities-bare.html',
    url: 'https://www.pellharborny.gov/employment-opportunities',
    kind: 'not-a-posting',
    notes: 'Village government "Employment Opportunities" page with one PDF link "Posting 24-07" and a generic sentence; no job title, place or description on the page itself.',
  },
  {
    file: 'blog/hiring-first-ten-engineers.html',
    url: 'https://blog.copperline.io/what-we-learned-hiring-our-first-ten-engineers/',
    kind: 'not-a-posting',
    notes: 'Ghost blog article about hiring: full of posting vocabulary (job description, salary bands, take-home, requirements) plus a "We\'re hiring!" callout linking to careers; Article JSON-LD.',
  },
  {
    file: 'about-page/about-us.html',
    url: 'https://saltmarshanalytics.com/about/',
    kind: 'not-a-posting',
    notes: 'Company "About" page (Hugo): history, values, leadership, and a "Working here" section (4-day week, people we like to hear from, link to careers); Organization JSON-LD with address.',
  },
  {
    file: 'careers-index/open-roles.html',
    url: 'https://www.pinebright.com/careers',
    kind: 'list',
    notes: 'Framer-built careers index: 12 open roles in 4 departments, each a link row with title, location and type; hero text, perks and values around the list; no single posting.',
  },
];

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol',
  'option', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'iframe', 'object', 'select', 'textarea']);

function isHidden(el, win) {
  if (el.hasAttribute('hidden')) return true;
  const cs = win.getComputedStyle(el);
  return cs.display === 'none' || cs.visibility === 'hidden';
}

function collect(node, win, out) {
  if (node.nodeType === 3) { out.push(node.data); return; }
  if (node.nodeType !== 1) return;
  const tag = node.localName;
  if (SKIP.has(tag)) return;
  if (isHidden(node, win)) return;
  if (tag === 'br') { out.push(' '); return; }
  const block = BLOCK.has(tag);
  if (block) out.push(' ');
  for (const c of node.childNodes) collect(c, win, out);
  if (block) out.push(' ');
}

export function descText(html, selector) {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const { document } = dom.window;
  const all = [...document.querySelectorAll(selector)];
  const els = all.filter(el => !all.some(o => o !== el && o.contains(el)));
  const out = [];
  for (const el of els) { out.push(' '); collect(el, dom.window, out); out.push(' '); }
  const text = out.join('').replace(/[\u200b\u200c\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();
  return { text, count: els.length, dom };
}

function main() {
  const lines = [];
  let ok = true;
  for (const e of ENTRIES) {
    const path = join(HERE, e.file);
    if (!existsSync(path)) { console.error('MISSING', e.file); ok = false; continue; }
    const rec = {
      file: e.file, url: e.url, kind: e.kind,
      gt_title: null, gt_company: null, gt_location: null,
      gt_desc_first80: null, gt_desc_last80: null, gt_desc_len_chars: null,
      gt_desc_selector: null, notes: e.notes,
    };
    if (e.kind === 'single') {
      const html = readFileSync(path, 'utf8');
      const { text, count } = descText(html, e.gt_desc_selector);
      if (!count || !text) { console.error('EMPTY SELECTION', e.file, e.gt_desc_selector); ok = false; }
      Object.assign(rec, {
        gt_title: e.gt_title, gt_company: e.gt_company, gt_location: e.gt_location,
        gt_desc_first80: text.slice(0, 80), gt_desc_last80: text.slice(-80),
        gt_desc_len_chars: text.length, gt_desc_selector: e.gt_desc_selector,
      });
      console.log(`${String(text.length).padStart(5)}  ${count}el  ${e.file}`);
    } else {
      console.log(`    -  ${e.kind.padEnd(13)} ${e.file}`);
    }
    lines.push(JSON.stringify(rec));
  }
  writeFileSync(join(HERE, 'manifest.jsonl'), lines.join('\n') + '\n');
  console.log(`wrote ${lines.length} lines${ok ? '' : ' (WITH ERRORS)'}`);
  if (!ok) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
