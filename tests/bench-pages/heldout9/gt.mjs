// Computes ground-truth description fields for every page in heldout9 and writes manifest.jsonl.
// Usage: node gt.mjs   (run from anywhere)
// Pages were written for this set from memory of how each kind of site builds its pages;
// employers, people, roles and text are invented. Visible-text rules are those of ../ground-truth.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  // ---- a-: job boards and ATSs (6 of 8 postings not in English), plus a results list and an expired page
  {
    file: 'a-wttj/developpeur-backend-python-nantes.html',
    url: 'https://www.welcometothejungle.com/fr/companies/atelier-brumaire/jobs/developpeur-euse-backend-python_nantes',
    kind: 'single',
    title: 'Développeur·euse Backend Python', company: 'Atelier Brumaire', location: 'Nantes',
    sel: '[data-testid="job-section-description"] > div, [data-testid="job-section-experience"], [data-testid="job-section-process"]',
    notes: 'French, Welcome to the Jungle 2025 (styled-components hashed classes, data-testid); job title is an <h2> (no <h1> on the page) with an interpunct inclusive form; JSON-LD title differs ("Développeur Backend Python (H/F)") and gives a street address; metadata chips (CDI, salary, Télétravail fréquent, Expérience) separate; company block "Qui sont-ils ?" after the body and similar jobs excluded; Axeptio cookie dialog; "Voir plus" button outside the sections.'
  },
  {
    file: 'a-stepstone/sachbearbeiter-lohnabrechnung-regensburg.html',
    url: 'https://www.stepstone.de/stellenangebote--Sachbearbeiter-Lohn-und-Gehaltsabrechnung-m-w-d-Regensburg-Hallwanger-Maelzerei-GmbH--11873402-inline.html',
    kind: 'single',
    title: 'Sachbearbeiter Lohn- und Gehaltsabrechnung (m/w/d)', company: 'Hallwanger Mälzerei GmbH', location: 'Regensburg',
    sel: '[data-at="job-ad-content"]',
    notes: 'German StepStone; body in five data-at sections (introduction without heading, Ihre Aufgaben, Ihr Profil, Wir bieten, Kontakt); the title is repeated centred inside the introduction; estimated salary widget, rating and quick-apply badge in the header; JSON-LD title drops "(m/w/d)"; company profile box and Ähnliche Jobs aside with other Regensburg employers; Usercentrics banner.'
  },
  {
    file: 'a-infojobsit/magazziniere-villafranca.html',
    url: 'https://www.infojobs.it/villafranca-di-verona/magazziniere-con-patentino-muletto/of-i8c1f2e7a3b4d9e0f6a5c7b81d2e4f3a',
    kind: 'single',
    title: 'Magazziniere con patentino muletto', company: 'Logistica Scaligera S.r.l.', location: 'Villafranca di Verona (VR)',
    sel: '#prefijoDescripcion1',
    notes: 'Italian InfoJobs; location with province code in parentheses, JSON-LD says only "Verona" and shortens the title to "Magazziniere"; "Requisiti" label list (Studi minimi, Esperienza minima, Patente) is a separate facts box; description uses "-" lines with <br>; Offerte simili and company card in the aside; Didomi consent dialog with its own <h1>.'
  },
  {
    file: 'a-pracuj/mlodszy-analityk-danych-krakow.html',
    url: 'https://www.pracuj.pl/praca/mlodszy-analityk-danych-mlodsza-analityczka-danych-krakow-zablocie-23,oferta,1003948571',
    kind: 'single',
    title: 'Młodszy Analityk Danych / Młodsza Analityczka Danych', company: 'Wistula Ubezpieczenia S.A.', location: 'Kraków, małopolskie',
    sel: '[data-test="text-about-project"], [data-test="section-responsibilities"], [data-test="section-requirements"], [data-test="section-offered"], [data-test="section-training-space"]',
    notes: 'Polish Pracuj.pl; title gives masculine and feminine forms; company name in an <h2> that also holds an "O firmie" link; location badge shows a street address ("Zabłocie 23, Podgórze, Kraków") above "Kraków, małopolskie"; benefit badges, technologies box, icon benefits grid, "O firmie" and GDPR note are outside the body; JSON-LD title is the masculine form only.'
  },
  {
    file: 'a-jobsdb/hr-officer-bangphli.html',
    url: 'https://th.jobsdb.com/th/job/83927155',
    kind: 'single',
    title: 'เจ้าหน้าที่บุคคล (HR Officer) ประจำโรงงานบางพลี', company: 'บริษัท ชลธาร ฟู้ดส์ จำกัด', location: 'บางพลี, สมุทรปราการ',
    sel: '[data-automation="jobAdDetails"]',
    notes: 'Thai Jobsdb on the SEEK platform (hashed atomic classes, data-automation hooks, no JSON-LD); company name only in Thai with the legal form บริษัท … จำกัด; classification and salary lines next to the location; employer questions, company profile with rating, and a "be careful" scam warning follow the body; similar jobs aside.'
  },
  {
    file: 'a-teamtailor/bagare-morgonskift-malmo.html',
    url: 'https://jobb.kvarnbybageri.se/jobs/4821937-bagare-morgonskift',
    kind: 'single',
    title: 'Bagare – morgonskift', company: 'Kvarnby Bageri', location: 'Malmö',
    sel: '.block-job-body .prose',
    notes: 'Swedish Teamtailor career site on the employer\'s own subdomain; title in a cover block with "Produktion · Malmö" above it; employer named only in the logo alt, <title>, section headings and body; job-info <dl> (Avdelning, Ort, Distansarbete), contact person, colleagues, Fler jobb and referral blocks follow the body; JSON-LD title is just "Bagare" and includes a street address.'
  },
  {
    file: 'a-naukri/senior-java-developer-pune.html',
    url: 'https://www.naukri.com/job-listings-senior-java-developer-microservices-vantrika-softech-pune-bengaluru-hyderabad-5-to-9-years-120625011842',
    kind: 'single',
    title: 'Senior Java Developer - Microservices', company: 'Vantrika Softech', location: 'Pune, Bengaluru, Hyderabad',
    sel: '.styles_JDC__dang-inner-html__h0K4t',
    notes: 'Naukri with CSS-module class names; three locations as separate links plus "( Hybrid )"; "Job highlights" summary box above the body; Role/Industry/Department/Education/Key Skills label rows sit in the same container as the body; AmbitionBox rating next to the company; JSON-LD title shortened to "Senior Java Developer" and company given as "Vantrika Softech Private Limited".'
  },
  {
    file: 'a-pinpoint/solar-installation-supervisor-bristol.html',
    url: 'https://mossgate.pinpointhq.com/en/postings/6e0c7a4d-91b3-4f7e-b2c8-3d1a5f0e9b27',
    kind: 'single',
    title: 'Solar PV Installation Supervisor', company: 'Mossgate Energy', location: 'Avonmouth, Bristol',
    sel: '#js-job-description',
    notes: 'Pinpoint careers site: one-line "Summary" panel before the Description panel, benefit cards after it, and a full inline application form with screening questions; JSON-LD title shortened to "Installation Supervisor" and place is city-level "Bristol"; company named only in logo alt, <title> and footer.'
  },
  {
    file: 'a-seekau/electrician-jobs-geelong.html',
    url: 'https://www.seek.com.au/electrician-jobs/in-Geelong-VIC-3220',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'SEEK search results: six job cards (one "Featured") each with title, company, location, salary, bullet points and a teaser; one advertiser is "Private Advertiser"; h1 is "47 Electrician jobs in Geelong VIC 3220".'
  },
  {
    file: 'a-totaljobs/expired-warehouse-team-leader.html',
    url: 'https://www.totaljobs.com/job/warehouse-team-leader-nights/lorimer-distribution-job103884512',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Expired job at a job URL: "This job is no longer available" banner, but the original h1 title, company link, location and salary are still shown in a greyed header; no description; a job-alert form and four similar jobs with snippets follow; robots noindex.'
  },

  // ---- b-: public sector, education, health, nonprofits
  {
    file: 'b-peopleadmin/academic-advisor-ii.html',
    url: 'https://jobs.harlowstate.edu/postings/38215',
    kind: 'single',
    title: 'Academic Advisor II', company: 'Harlow State University', location: 'Millbrook, ID',
    sel: 'table.position-information tr:nth-child(n+9):nth-child(-n+12) > td',
    notes: 'PeopleAdmin-style university HR site: the only <h1> is the site banner ("Human Resources Employment Opportunities"); the body is four <td> cells (summary, duties, minimum and preferred qualifications) in one th/td table together with short fact rows (Position Number, FTE, Hiring Range, Physical Demands); a second table of posting details, supplemental questions and required documents follow; location given as "Main Campus - Millbrook, ID"; no JSON-LD.'
  },
  {
    file: 'b-neogov/water-resources-engineer-ii.html',
    url: 'https://www.governmentjobs.com/careers/kittredgecounty/jobs/4987123/water-resources-engineer-ii',
    kind: 'single',
    title: 'Water Resources Engineer II', company: 'Kittredge County', location: 'Kittredge Springs, CO',
    sel: '#description-section .section-body, #duties-section, #qualifications-section, #supplemental-section',
    notes: 'NEOGOV career page: <title> is "Water Resources Engineer II | Job Details tab | Career Pages"; title in an h2; summary grid of term/value divs (Salary, Location, Job Number, Department, Division, dates); Description/Benefits/Questions tabs with the other two panes still loading; agency contact grid after the body; JSON-LD names the employer "Kittredge County (CO)".'
  },
  {
    file: 'b-council/highways-inspector.html',
    url: 'https://www.wrexford.gov.uk/jobs-and-careers/current-vacancies/highways-inspector-wbc2025-118',
    kind: 'single',
    title: 'Highways Inspector', company: 'Wrexford Borough Council', location: 'Tanners Lane Depot, Wrexford',
    sel: '.field--name-body',
    notes: 'UK council on LocalGov Drupal: one-line summary under the h1, summary-list <dl> of facts (salary grade, hours, location, closing and interview dates, reference), body field, then documents list and an apply button to an external ATS; Civic Cookie Control banner; "Was this page helpful?" and related links; JSON-LD is only GovernmentOrganization/WebPage.'
  },
  {
    file: 'b-trac/specialist-slt-adult-stroke.html',
    url: 'https://www.healthjobsuk.com/job/UK/Wessex/Kelsbury/Wyvern_Valley_NHS_Foundation_Trust/Speech_and_Language_Therapy/Speech_and_Language_Therapy-v6214488',
    kind: 'single',
    title: 'Specialist Speech and Language Therapist - Adult Stroke', company: 'Wyvern Valley NHS Foundation Trust', location: 'Royal Wyvern Hospital, Kelsbury',
    sel: '#job_overview p, #main_duties, #about_us, #job_description_section, #person_spec',
    notes: 'NHS advert in the Trac style on a health job board: NHS sections (Job overview, Main duties, About us, Job responsibilities, Person Specification with Essential/Desirable lists) then Employer details and supporting documents; facts sidebar (Band, Agenda for change, salary pro rata, job location as a four-line address, shortened here to hospital and town; the page meta description says "at Royal Wyvern Hospital, Kelsbury"); JSON-LD drops "- Adult Stroke" from the title.'
  },
  {
    file: 'b-euagency/data-governance-officer-ad6.html',
    url: 'https://www.ecoa.europa.eu/careers/vacancies/data-governance-officer-ecoa-ta-ad-2025-07',
    kind: 'single',
    title: 'Data Governance Officer', company: 'European Coastal Observation Agency', location: 'Gdańsk, Poland',
    sel: '.oe-vacancy__body',
    notes: 'EU agency on the Europa Component Library: EU flag logo with alt "European Union flag" in the header and a site name that is the employer; page-header meta (Temporary Agent, AD 6, reference) above the h1; description list of facts (place of employment, deadline, reserve list); in-page navigation; full PDF vacancy notice offered as a download; no JSON-LD.'
  },
  {
    file: 'b-unvacancy/associate-programme-management-officer-p2.html',
    url: 'https://careers.iods.int/jobSearchDescription/2418877?language=en',
    kind: 'single',
    title: 'Associate Programme Management Officer, P2', company: 'Intergovernmental Organization for Drylands and Soil', location: 'Nairobi',
    sel: '#orgSetting .jd-section-text, .jd-section:not(#orgSetting)',
    notes: 'UN-system style vacancy in an Angular app: <title> is only "IODS Careers"; title in capitals in an h2; duty station "NAIROBI" in a label/value grid with the job opening number; body in ten sections (Org. Setting … Considerations) followed by a capitalised "No Fee" notice; core values line before the body; related openings list with other duty stations.'
  },
  {
    file: 'b-applitrack/sped-paraprofessional-cedar-hollow.html',
    url: 'https://www.applitrack.com/pinecrestvalley/onlineapp/default.aspx?AppliTrackJobId=1423&AppliTrackLayoutMode=detail&AppliTrackViewPosting=1',
    kind: 'single',
    title: 'Special Education Paraprofessional (1:1)', company: 'Pinecrest Valley Unified School District', location: 'Cedar Hollow Elementary School',
    sel: '#AppliTrackJobPostingDescription',
    notes: 'School district on Frontline AppliTrack: HTML 4 tables, title in a <span class="title"> with "JobID: 1423" beside it, no heading elements in the posting; label/value list (Position Type, Location, Date Available, Closing Date) with &nbsp; indents; attachments list before the body; body is one div of <br>-separated lines with bold capitalised section labels; <title> is generic "… - Job Postings".'
  },
  {
    file: 'b-charitywp/vacancy-volunteer-coordinator.html',
    url: 'https://riverbankfood.org.uk/2025/06/vacancy-volunteer-coordinator/',
    kind: 'single',
    title: 'Volunteer Coordinator', company: 'Riverbank Food Collective', location: 'Sheffield',
    sel: '.entry-content > :not(.sharedaddy):not(.jp-relatedposts)',
    notes: 'Charity WordPress blog post in a Vacancies category: h1 "Vacancy: Volunteer Coordinator (part-time)"; facts as a bold-label paragraph inside the post body (Location: "Sheffield – based at our Parson Cross hub…"); Jetpack share buttons and related posts are inside .entry-content; byline, post navigation, donate and newsletter widgets; Yoast JSON-LD is Article/Organization only.'
  },

  // ---- c-: the long tail (plus an About page that mentions hiring)
  {
    file: 'c-squarespace/bike-mechanic.html',
    url: 'https://www.spokeandsprocket.com/hiring',
    kind: 'single',
    title: 'Bike Mechanic', company: 'Spoke & Sprocket Cycles', location: 'Asheville, NC',
    sel: '#block-yui_3_17_2_1_1716540001_1214, #block-yui_3_17_2_1_1716540001_1277',
    notes: 'Squarespace 7.1 page: h1 is the section banner "Join the Shop"; role title is an h2 "Bike Mechanic (Full-Time)" in its own html block; body split into two html blocks around an image block with a caption; Squarespace form block "Apply" after it; place only as "West Asheville shop, 715 Haywood Rd" in the body and the full address in the footer and LocalBusiness JSON-LD.'
  },
  {
    file: 'c-notion/customer-support-lead.html',
    url: 'https://quillwork.notion.site/Customer-Support-Lead-3f8a1c2e9b7d4e60a5c1f2b3d4e5f607',
    kind: 'single',
    title: 'Customer Support Lead', company: 'Quillwork', location: 'Remote (EU time zones)',
    sel: '.notion-page-content',
    notes: 'Public Notion page (rendered DOM): every block a div with data-block-id, bullets drawn by CSS; page properties table (Team, Location, Type, Salary, Status) above the content; employer named only in the breadcrumb "Quillwork Careers" and the first callout; collapsed toggle "How we interview" with no children in the DOM; og:description is Notion boilerplate.'
  },
  {
    file: 'c-webflow/founding-product-designer.html',
    url: 'https://www.tessellate.bot/careers/founding-product-designer',
    kind: 'single',
    title: 'Founding Product Designer', company: 'Tessellate Robotics', location: 'Berlin or Remote (CET ±2)',
    sel: '.job-richtext',
    notes: 'Webflow CMS template, minified on few lines: summary line and meta row in the hero, an empty w-condition-invisible meta item, rich-text body, "Other open roles" collection list, newsletter form with Webflow\'s hidden success/failure messages; hand-added JSON-LD is stale (title "Product Designer", location "Berlin", posted in February).'
  },
  {
    file: 'c-tumblr/were-hiring-bookseller.html',
    url: 'https://gullandlantern.tumblr.com/post/752918340116283392/were-hiring',
    kind: 'single',
    title: 'Part-time Bookseller', company: 'Gull & Lantern Books', location: 'Galway',
    sel: '#post-752918340116283392 .body-text',
    notes: 'Tumblr text post on a custom theme: post title "We\'re hiring! 📚" is not the role; role named only in bold inside the text ("part-time bookseller"); blog title h1 is the employer; place in the blog description ("Quay Street, Galway"); tags, reblog/like controls and a notes list with reblog comments follow the post; no JSON-LD.'
  },
  {
    file: 'c-discourse/hiring-community-manager.html',
    url: 'https://forum.tidewater.org/t/hiring-community-manager-at-open-tidewater-foundation-remote-part-time/4187',
    kind: 'single',
    title: 'Community Manager', company: 'Open Tidewater Foundation', location: 'Remote',
    sel: '#post_1 .cooked',
    notes: 'Discourse forum topic in a Jobs category: topic title "[Hiring] Community Manager at Open Tidewater Foundation (remote, part-time)"; first post is the posting, three replies follow (a question, a quoted answer, a share note) plus Suggested Topics with other job threads; forum name is not the employer; JSON-LD is DiscussionForumPosting.'
  },
  {
    file: 'c-pdf2html/harbour-operations-assistant-jd.html',
    url: 'https://docs.portardlinnharbour.org.uk/vacancies/HOA-2025-JD.html',
    kind: 'single',
    title: 'Harbour Operations Assistant', company: 'Port Ardlinn Harbour Trust', location: 'Port Ardlinn, Argyll',
    sel: '.pc > .t.fs1, .pc > .t.fs2',
    notes: 'pdf2htmlEX conversion of a two-page job description: empty <title>, one absolutely positioned div per printed line, words hyphenated across lines ("life-" / "saving"), spacing spans; running header and footer repeated on each page; facts table (Job title, Reports to, Location, Hours, Salary) as label runs in a smaller font; employer only in the running header, body and footer.'
  },
  {
    file: 'c-kleinanzeigen/aushilfe-eisverkauf-neukoelln.html',
    url: 'https://www.kleinanzeigen.de/s-anzeige/aushilfe-eisverkauf-m-w-d-minijob-oder-teilzeit/3107718842-107-3404',
    kind: 'single',
    title: 'Aushilfe Eisverkauf (m/w/d)', company: 'Eiscafé Dolomiti', location: 'Berlin - Neukölln',
    sel: '#viewad-description-text',
    notes: 'German classifieds job ad: headline carries the contract type ("– Minijob oder Teilzeit"); employer only as the seller name in the contact box ("Gewerblicher Nutzer") and the last line of the text; location "12047 Berlin - Neukölln"; details list (Art, Arbeitszeit, Vertragsart); description is one <p> with <br> and emoji; message form pre-filled with text; duplicate ids as on the real site.'
  },
  {
    file: 'c-telegram/senior-ux-researcher-post.html',
    url: 'https://t.me/remote_design_jobs/2291?embed=1&mode=tme',
    kind: 'single',
    title: 'Senior UX Researcher', company: 'Lumafield Health', location: 'Remote — Europe (CET ±3)',
    sel: '.tgme_widget_message_text',
    notes: 'Telegram channel post embed: <title> "Telegram Widget", channel name (a job channel) as author and og:title; the whole posting is one message div with <br>, emoji images and a bold first line "Senior UX Researcher at Lumafield Health" (title and company share it, so the description includes it), hashtags and "More jobs: @channel" at the end; link preview card with the careers page title; reactions and view count.'
  },
  {
    file: 'c-wix/about-us.html',
    url: 'https://www.hollinandreed.co.uk/about-us',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Wix About Us page of a garden design studio: history, team bios, testimonials; one paragraph mentions being glad to hear from gardeners and usually taking on an extra pair of hands in the busy season, with an email; LocalBusiness JSON-LD with an address.'
  }
];

writeManifest(DIR, 'manifest.jsonl', PAGES);

// validate: every page listed exists, every page on disk is listed
const listed = new Set();
for (const l of fs.readFileSync(path.join(DIR, 'manifest.jsonl'), 'utf8').trim().split('\n')) {
  const r = JSON.parse(l);
  if (!fs.existsSync(path.join(DIR, r.file))) throw new Error('missing ' + r.file);
  if (listed.has(r.file)) throw new Error('listed twice ' + r.file);
  listed.add(r.file);
}
for (const d of fs.readdirSync(DIR, { withFileTypes: true })) {
  if (!d.isDirectory()) continue;
  for (const f of fs.readdirSync(path.join(DIR, d.name))) {
    if (f.endsWith('.html') && !listed.has(d.name + '/' + f)) throw new Error('not in manifest: ' + d.name + '/' + f);
  }
}
console.log(listed.size, 'pages');
