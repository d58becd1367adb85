// Computes ground-truth description fields for the heldout20 b-* pages (job pages hosted by
// applicant-tracking systems and recruiting suites of 2015-2025 not used in earlier sets: IBM
// Kenexa BrassRing (TGnewUI), a Lumesse TalentLink syndicated job ad, Oleeo (tal.net vx), Eploy,
// Workstream, Prescreen (jobbase.io), Talention, Cezanne HR's recruitment portal, a Recruiterflow
// agency job board and a closed Tribepad job; written for this benchmark from what those systems'
// markup was like; all employers, people, addresses, phone numbers and prose invented) and writes
// manifest-b.jsonl.
// Usage: node gt-b.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'b-brassring/patient-care-technician-cardiac-step-down-fairlawn.html',
    url: 'https://sjobs.brassring.com/TGnewUI/Search/home/HomeWithPreLoad?partnerid=25431&siteid=5712&PageType=JobDetails&jobid=1187342',
    kind: 'single',
    title: 'Patient Care Technician - Cardiac Step-Down (Nights)', company: 'Kinnear Valley Health', location: 'Fairlawn, OH',
    sel: '.jobdescriptionInJobDetails, .jobDetailTextArea',
    notes: 'US 2018 BrassRing TGnewUI (Angular ng-scope markup) job details; <title> is "Job details" and the logo alt, EEO line and config only say "KVH", so the full employer name is only in the first sentence; unlabelled top values give the req ID and "North Campus", the city and state are separate labelled fields further down; the description is split over the Job Description field and a Required Qualifications text-area field, with other label/value fields, a hiring-events sidebar and recently viewed jobs around them.'
  },
  {
    file: 'b-talentlink/research-officer-dryland-cropping-dubbo.html',
    url: 'https://apj1.recruitmentplatform.com/syndicated/lay/jsoutputinitrapido.cfm?component=lay9999_jdesc100a&page=jobdescription&option=52&sort=DESC&respnr=1&ID=QWEFK026203F3VBQB7V7VV4S8&nPostingID=5184&nPostingTargetID=9022&mask=wpuext&LG=UK',
    kind: 'single',
    title: 'Research Officer – Dryland Cropping Systems', company: 'Western Plains University', location: 'Dubbo, NSW',
    sel: '#jobDescription',
    notes: 'Australian 2015 Lumesse TalentLink syndicated job ad in XHTML tables; <title> is "Job Description" and the <h1> "Current Vacancies", the title is the bold value of a "Position Title" row; the banner image has an empty alt so the university is named only in the text and footer; the Location row is "Dubbo Campus" and the text adds trial sites at Trangie and Gilgandra and a supervisor in Orange; documents list, apply/send-to-friend buttons and HR phone note are outside the description.'
  },
  {
    file: 'b-oleeo/it-service-desk-analyst-halifax.html',
    url: 'https://penninemutual.tal.net/vx/lang-en-GB/mobile-0/appcentre-ext/brand-2/candidate/so/pm/1/pl/1/opp/412-IT-Service-Desk-Analyst-Halifax/en-GB',
    kind: 'single',
    title: 'IT Service Desk Analyst', company: 'Pennine Mutual Building Society', location: 'Halifax',
    sel: '#opp-description',
    notes: 'UK 2020 Oleeo (tal.net vx, Bootstrap 3) vacancy; the <h1> and <title> append " - Halifax" to the title, the logo alt is "Home", and the employer is named only in the text and the regulatory footer; the Location field is the building name "Pennine House (hybrid)" and the text places head office in Halifax with branches from Skipton to Stockport; cookie bar, label/value form-group facts, apply buttons, share, process steps and job-alert panels.'
  },
  {
    file: 'b-eploy/repairs-surveyor-liskeard.html',
    url: 'https://careers.tamarlynher.org.uk/vacancies/1187/repairs-surveyor.html',
    kind: 'single',
    title: 'Repairs Surveyor', company: 'Tamar & Lynher Homes', location: 'Liskeard, Cornwall',
    sel: '.vacancy-description',
    notes: 'UK 2021 Eploy careers portal (ASP.NET form with __VIEWSTATE) for a housing association; logo alt is only "TLH"; the facts <dl> gives "East Cornwall (patch-based)" while the text bases the job at the Liskeard hub and names four other towns; stale JSON-LD carries the Plymouth registered office, a 2020 closing date and last year\'s salary; documents, share links, similar vacancies in Bodmin, Plymouth and Saltash and a help box with a Plymouth number.'
  },
  {
    file: 'b-tribepad/lecturer-motor-vehicle-closed.html',
    url: 'https://jobs.solwaycoast.ac.uk/members/modules/job/detail.php?record=3304',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'UK 2019 Tribepad college careers site showing a closed job: <title>, meta description and og tags still carry the title, and a muted "Vacancy summary" table keeps location, salary and contract, but the <h1> says the job is no longer accepting applications and the description is gone; search box, latest jobs at other campuses, job-alert prompt and HR contact footer.'
  },
  {
    file: 'b-workstream/cocinero-de-linea-san-antonio.html',
    url: 'https://www.workstream.us/j/7c1e44ab/dona-chela-cocina-mexicana/cocinero-de-linea-culebra-rd',
    kind: 'single',
    title: 'Cocinero(a) de Línea', company: 'Doña Chela Cocina Mexicana', location: 'San Antonio, TX',
    sel: '[data-testid="job-description"]',
    notes: 'US 2023 Workstream hourly job page in Spanish (Next.js, styled-components classes, Spanish recruiting on); the JSON-LD is stale and in English ("Line Cook", legal name "DC Restaurant Group LLC", the Bandera Rd store and older pay) while the page shows the Culebra Rd store; site-added benefits chips, location map card, brand blurb, more jobs at other stores (one in Leon Valley) and a sticky apply bar; one English sentence ends the description.'
  },
  {
    file: 'b-prescreen/projektassistenz-vertrieb-wals-siezenheim.html',
    url: 'https://alpenland-kuehltechnik.jobbase.io/job/x7k2m9qa',
    kind: 'single',
    title: 'Projektassistenz Vertrieb (m/w/d)', company: 'Alpenland Kühltechnik GmbH', location: 'Wals-Siezenheim',
    sel: '.job-description',
    notes: 'Austrian 2019 Prescreen career page on jobbase.io in German; logo alt and <title> give only "Alpenland", the full company name is in the first sentence; the meta line says Wals-Siezenheim while the JSON-LD gives the Salzburg head office and a title without (m/w/d), and the sidebar lists Salzburg, Linz and Rosenheim; the Austrian KV minimum-salary paragraph belongs to the description; cookie consent, apply buttons, share and more-jobs cards.'
  },
  {
    file: 'b-talention/elektroniker-betriebstechnik-schwetzingen.html',
    url: 'https://jobs.kurpfalz-netze.de/jobs/4821-elektroniker-fuer-betriebstechnik-m-w-d',
    kind: 'single',
    title: 'Elektroniker für Betriebstechnik (m/w/d)', company: 'Kurpfalz Netze GmbH', location: 'Schwetzingen',
    sel: '.job-ad__body',
    notes: 'German 2024 Talention career site; the <h1> sits between a "suchen wir Sie als" kicker and a subtitle, the logo alt is just "Logo", and the JSON-LD names the parent "Kurpfalz Energie AG" in Mannheim while the text and footer name the subsidiary and its Schwetzingen depot; facts <dl> and contact card in the sidebar, an on-page one-click application form with its own heading, and similar jobs in Hockenheim and Mannheim.'
  },
  {
    file: 'b-cezanne/oifigeach-cumarsaide-communications-officer-spiddal.html',
    url: 'https://w3.cezanneondemand.com/RecruitmentPortal/-/coiscuain/Vacancy/Details/1042',
    kind: 'single',
    title: 'Oifigeach Cumarsáide / Communications Officer', company: 'Ionad Ealaíon Chois Cuain', location: 'An Spidéal (Spiddal), Co. Galway',
    sel: '#vacancyDescription',
    notes: 'Irish 2022 Cezanne HR recruitment portal; the title is bilingual Irish/English, <title> is "Vacancy details - Recruitment Portal" and the logo alt only "Cois Cuain"; the employer appears in Irish and in English ("Cois Cuain Arts Centre") only in the text; the Location field is the Irish place name "An Spidéal" and only the English half says "Spiddal, Co. Galway"; the description repeats itself in Irish then English; other vacancies table, apply and share links.'
  },
  {
    file: 'b-recruiterflow/harbourline-recruitment-jobs.html',
    url: 'https://recruiterflow.com/harbourline/jobs',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Australian 2025 Recruiterflow job board of a recruitment agency: <h1> "Find your next role", agency intro, search and filter selects, ten job cards each with linked title, location, job type, pay and a one-line snippet of an unnamed client, a general-application box and "Powered by Recruiterflow".'
  }
];

writeManifest(DIR, 'manifest-b.jsonl', PAGES);
