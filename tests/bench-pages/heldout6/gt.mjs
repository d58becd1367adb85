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
  S('monsterfr/technicien-maintenance-lyon.html', 'https://www.monster.fr/offre-emploi/technicien-de-maintenance-industrielle-h-f-venissieux-69--8c41f2de-77a0-4b1c-9e52-0d3fa1c6b2e7', 'single',
    'Technicien de maintenance industrielle H/F', 'Laiterie des Monts du Rhône', 'Vénissieux, 69', '#JobDescription',
    'French Monster page; company in <h2>, location in <h3> with department number only; labelled facts table (Type de contrat / Salaire) before body; JSON-LD description truncated; search box pre-filled with "Lyon" (not the job location); OneTrust banner after footer.'),
  S('indeedjp/bilingual-customer-support-tokyo.html', 'https://jp.indeed.com/viewjob?jk=6f2b91c0d8e4a317&hl=en', 'single',
    'Bilingual Customer Support Specialist (Japanese/English)', 'Harbourlight Travel K.K.', 'Minato-ku, Tokyo', '#jobDescriptionText',
    'English view of Indeed Japan; yen salary; "Job details" and "Benefits" boxes precede "Full job description"; "Hybrid work" line next to location; no JSON-LD; language switch link to Japanese.'),
  S('seeknz/payroll-officer-hamilton.html', 'https://www.seek.co.nz/job/81736402', 'single',
    'Payroll Officer - Fixed Term 9 Months', 'Kōwhai Talent Partners', 'Hamilton Central, Waikato', '[data-automation="jobAdDetails"]',
    'Agency ad with unnamed client ("Our client is a long-established Waikato manufacturer"); company only via data-automation advertiser-name span; macron in name; employer questions block and recommended jobs follow; hourly pay range.'),
  S('kariyer/muhasebe-uzmani-izmir.html', 'https://www.kariyer.net/is-ilani/ege-zeytin-gida-muhasebe-uzmani-3917442', 'single',
    'Muhasebe Uzmanı', 'Ege Zeytin Gıda San. ve Tic. A.Ş.', 'İzmir(Bornova)', '.genel-nitelikler',
    'Turkish; section headings in caps ("GENEL NİTELİKLER VE İŞ TANIMI"); criteria/position key-value sections and "Firma Hakkında" follow the body (excluded); location written "İzmir(Bornova)"; short vs legal company name in <title> vs page.'),
  S('jobsie/quality-engineer-galway-cork.html', 'https://www.jobs.ie/job/quality-engineer-medical-devices/corrib-medtech-ltd-job102918776', 'single',
    'Quality Engineer - Medical Devices', 'Corrib Medtech Ltd', 'Galway, Cork', '.job-description',
    'Two locations in one field and two jobLocation entries in JSON-LD; search bar with "Connacht" selected; reference line after body; similar jobs sidebar with an agency listing.'),
  S('arbeidsplassen/helsefagarbeider-tromso.html', 'https://arbeidsplassen.nav.no/stillinger/stilling/5c0e9a1b-3f44-4d2e-b6a7-7a18e2c90d41', 'single',
    'Helsefagarbeider i 80 % fast stilling', 'Fjellheimen omsorgssenter', 'Tromsø', '.job-posting-text',
    'Norwegian NAV board; employer name in a <p> above the h1 and in a <dl>; all facts in sidebar boxes (Søknadsfrist, Ansettelsesform...); "Om bedriften" box after body; no JSON-LD.'),
  S('randstad/elektroniker-betriebstechnik-nuernberg.html', 'https://www.randstad.de/jobs/elektroniker-fuer-betriebstechnik-m-w-d_nuernberg_42981737/', 'single',
    'Elektroniker für Betriebstechnik (m/w/d)', 'Randstad', 'Nürnberg', '#job-description',
    'German temp-agency posting (Arbeitnehmerüberlassung) for an unnamed client; company = Randstad only via logo/JSON-LD/footer/contact block; meta facts as icon list in blue banner; details and contact blocks after the body.'),
  S('hays/controller-milano-bologna.html', 'https://www.hays.it/offerta-lavoro/plant-controller-J00213958', 'single',
    'Plant Controller', 'Hays', 'Milano, Bologna', '.job-description-wrapper',
    'Italian agency ad, client unnamed; two alternative cities; labelled summary list with "Rif." and RAL; body in four sections with headings; consultant card and similar offers aside; no JSON-LD.'),
  S('michaelpage/gerente-supply-chain-campinas.html', 'https://www.michaelpage.com.br/job-detail/gerente-de-supply-chain-ind%C3%BAstria-farmac%C3%AAutica/ref/jn-032025-6781234', 'single',
    'Gerente de Supply Chain - Indústria Farmacêutica', 'Michael Page', 'Campinas', '.job_advert__job-desc-company, .job_advert__job-desc-role, .job_advert__job-desc-candidate, .job_advert__job-desc-offer',
    'Portuguese agency ad, client unnamed; one-line summary above body duplicates og:description (excluded); body split into four sibling blocks; location only in sidebar <dl>; JSON-LD description is just the summary.'),
  S('hospitaltrust/band6-theatre-practitioner.html', 'https://www.severnbridgehospitals.org.uk/work-for-us/vacancies/theatre-practitioner-band-6-sbh-2025-0417', 'single',
    'Theatre Practitioner (Scrub/Anaesthetics) - Band 6', 'Severnbridge Hospitals NHS Foundation Trust', 'Shrewsbury', '.vacancy-body',
    'Hospital trust CMS page: visiting alert banner at top, side navigation, key-facts box with "Site: Severnbridge Royal Infirmary, Shrewsbury"; company only in logo alt, <title> and footer; documents list after body.'),
  S('citygov/water-treatment-operator.html', 'https://www.millbrookfallswi.gov/human-resources/employment/water-treatment-plant-operator-ii', 'single',
    'Water Treatment Plant Operator II', 'City of Millbrook Falls', 'Millbrook Falls, WI', '.field--name-body',
    'Drupal city site; emergency parking alert and HR contact sidebar with an address; facts in a 2-column table; uppercase bold-paragraph headings; location never stated as a field, only implied by the city name.'),
  S('fedcontractor/systems-engineer-ts-sci.html', 'https://careers.ridgelinemission.com/jobs/25-0318-systems-engineer-iii', 'single',
    'Systems Engineer III (TS/SCI w/ Poly)', 'Ridgeline Mission Systems', 'Annapolis Junction, MD; Chantilly, VA', '.job-description',
    'Own-domain WordPress careers page of a defense contractor; two sites in a sidebar <dd> split by <br>; headquarters address (Columbia, MD) in footer is a decoy; requisition number in title; Organization JSON-LD only.'),
  S('shopify/warehouse-lead-portland.html', 'https://www.fernandflint.com/pages/careers-warehouse-lead', 'single',
    'Warehouse & Fulfillment Lead', 'Fern & Flint Outfitters', 'Portland, Oregon', '.rte',
    'Shopify Dawn page: <h1> is the store logo, job title is an <h2> prefixed "Careers –"; facts only in an italic first line of the body; newsletter block and shop footer; Organization JSON-LD.'),
  S('framer/founding-designer.html', 'https://tallyho.so/careers/founding-product-designer', 'single',
    'Founding Product Designer', 'Tallyho', 'Remote · UTC-1 to UTC+3', '.framer-1lq8p0v',
    'Framer site with hashed class names; facts as unlabelled tag pills (Remote with a time-zone range, salary in EUR); company name only as lowercase logo text, in <title> and footer legal name; "Made in Framer" badge.'),
  S('ghost/were-hiring-support-engineer.html', 'https://blog.pebblequery.dev/were-hiring-support-engineer-americas/', 'single',
    'Support Engineer (Americas)', 'PebbleQuery', 'Remote (Americas)', '.gh-content',
    'Ghost blog post: h1 is "We\'re hiring: Support Engineer (Americas)"; Article JSON-LD with publisher "The PebbleQuery Blog"; author byline and excerpt above; subscribe CTA and read-more cards after; region only in title and body.'),
  S('squarespace/unete-al-equipo-cocinero.html', 'https://www.casaalmendro.es/unete-al-equipo', 'single',
    'Cocinero/a de partida', 'Casa Almendro', 'Madrid', '#block-yui_3_17_2_1_1709224_7781 .sqs-html-content > :not(h2)',
    'Spanish Squarespace restaurant page: h1 is generic "Únete al equipo" hero, job title in an <h2>; Restaurant/Organization JSON-LD with address; location only via address ("Malasaña", Madrid) in footer/JSON-LD.'),
  S('forum/hiring-embedded-firmware-contract.html', 'https://www.reddit.com/r/embeddedjobs/comments/1j9xk2q/hiring_embedded_firmware_dev_stm32_ble_3month/', 'single',
    'Embedded firmware dev (STM32, BLE)', 'Voltloop', 'Remote (US/Canada)', '#t3_1j9xk2q-post-rtjson-content',
    'Reddit post: title packs tag, contract length, region and rate into one string; company only in bold in the body; poster username and subreddit look like employer; comments and AutoModerator text follow; custom elements (shreddit-post).'),
  S('himalayas/senior-data-analyst-emea.html', 'https://himalayas.app/companies/quaystone/jobs/senior-data-analyst-marketplace', 'single',
    'Senior Data Analyst, Marketplace', 'Quaystone', 'Remote (United Kingdom, Ireland, Portugal, Spain, Poland)', '.job-description',
    'Remote job restricted to five countries shown as flag pills in sidebar; JSON-LD with applicantLocationRequirements; title contains a comma; body under generic "About the role" heading; similar jobs list with other companies.'),
  S('resumator/account-executive-2012.html', 'https://brightfieldmobile.theresumator.com/apply/job_20120419183344_KQ3VJZAVDM2RWOXT/Inside-Sales-Account-Executive.html', 'single',
    'Inside Sales Account Executive', 'Brightfield Mobile Inc.', 'Pittsburgh, PA', '.resumator-job-description',
    '2012 Resumator XHTML page: title in a <div>, no headings at all; lists written as "- " lines with <br>; fb:like markup; company only in <title>, logo alt and body.'),
  S('taleo/registered-dietitian-jobdetail.html', 'https://lakeshorevalleyhealth.taleo.net/careersection/ext/jobdetail.ftl?job=0001873&lang=en', 'single',
    'Clinical Dietitian II', 'Lakeshore Valley Health System', 'US-MI-Muskegon; US-MI-Grand Haven', '[id="requisitionDescriptionInterface.ID1459.row1"], [id="requisitionDescriptionInterface.ID1509.row1"]',
    'Classic Taleo jobdetail.ftl: whole page inside a <form>, title in a span, body in two spans with dotted ids (p/ul inside span); Primary and Other Locations in Taleo code format; "Organization" field names a campus, not the employer.'),
  S('jobbsafari/sok-lagerarbetare-goteborg.html', 'https://jobbsafari.se/lediga-jobb/lagerarbetare/goteborg', 'list',
    null, null, null, null,
    'Swedish search results page: h1 "Lediga jobb som lagerarbetare i Göteborg", five job cards with company, area and snippet, facets, job alert form, pagination.'),
  S('talent/expired-forklift-operator.html', 'https://ca.talent.com/view?id=f81c02d9a4e7', 'not-a-posting',
    null, null, null, null,
    'Expired posting: h1 job title, company and location still shown, "This job offer is no longer available", then similar job cards with pay and snippets and a salary box.'),
  S('lifeat/leben-bei-kornblume.html', 'https://www.kornblume.de/karriere/leben-bei-kornblume', 'not-a-posting',
    null, null, null, null,
    'German "Leben bei Kornblume" culture page: long prose about values, team quotes and benefits list (looks like a posting\'s perks section), then three job links with locations.'),
  S('arcdev/signin-wall-remote-job.html', 'https://arc.dev/remote-jobs/j/senior-go-engineer-remote-latam-p8w2kx4n', 'not-a-posting',
    null, null, null, null,
    'Sign-in wall: real job title in h1/<title> and region badge, but company hidden and the body is blurred lorem ipsum placeholder; signup form dominates.'),
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
  if (size > 30000) console.warn('WARN size', p.file, size);
  lines.push(JSON.stringify({ file: p.file, url: p.url, kind: p.kind,
    gt_title: p.title, gt_company: p.company, gt_location: p.location,
    gt_desc_first80: first, gt_desc_last80: last, gt_desc_len_chars: len,
    gt_desc_selector: p.sel, notes: p.notes }));
  console.log(p.kind.padEnd(14), String(len).padStart(5), p.file);
}
fs.writeFileSync(path.join(DIR, 'manifest.jsonl'), lines.join('\n') + '\n');
console.log('wrote', lines.length, 'lines');
