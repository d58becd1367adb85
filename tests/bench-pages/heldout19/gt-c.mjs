// Computes ground-truth description fields for the heldout19 c-* pages (job pages hosted by
// applicant-tracking systems and HR suites of 2013-2023: CareerPlug, Harri, Gusto hiring, Trakstar
// Hire, Visma EasyCruit, Digitalrecruiters, eRecruiter, CATS, a HiringThing careers list and a
// closed Scout Talent (applynow.net.au) job; written for this benchmark from what those systems'
// markup was like; all employers, people, addresses, phone numbers and prose invented) and writes
// manifest-c.jsonl.
// Usage: node gt-c.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'c-careerplug/lawn-care-technician-maryville.html',
    url: 'https://turfguard-blount.careerplug.com/jobs/1783452',
    kind: 'single',
    title: 'Lawn Care Technician', company: 'TurfGuard Lawn & Pest of Blount County', location: 'Maryville, TN',
    sel: '#job_description',
    notes: 'US 2019 franchise careers page on CareerPlug; the JSON-LD names the franchisor brand ("TurfGuard Lawn & Pest") and the corporate Knoxville address, while the page banner names the local franchise and the facts say Maryville, TN; logo alt is only the brand; a site "Job Summary" panel with tags, a brand "About" box, other jobs at this location and nearby franchise jobs in Knoxville/Sevierville, "Powered by CareerPlug" footer.'
  },
  {
    file: 'c-harri/line-cook-three-locations.html',
    url: 'https://harri.com/emberline-tavern/job/1129845-line-cook',
    kind: 'single',
    title: 'Line Cook', company: 'Emberline Tavern', location: 'Atlanta, GA; Decatur, GA; Alpharetta, GA',
    sel: '.job-description',
    notes: 'US 2019 Harri hospitality job page (Angular prerender with _ngcontent attributes) where the Harri brand dominates header, app promo and footer; the brand name is an <h2> in a side card and the job is offered at three restaurants listed with addresses, while the JSON-LD carries only the Midtown Atlanta address; an "About" blurb naming the parent group, more jobs at the brand and similar jobs at other brands follow the description.'
  },
  {
    file: 'c-gusto/staff-bookkeeper-remote-pnw.html',
    url: 'https://jobs.gusto.com/postings/ledgerwise-accounting-co-staff-bookkeeper-remote-8f2c6a1e-3b7d-4e11-9a52-6d0c4f7b2e19',
    kind: 'single',
    title: 'Staff Bookkeeper (Remote)', company: 'Ledgerwise Accounting Co.', location: 'Remote (Oregon, Washington or Idaho)',
    sel: '.ps-richtext',
    notes: 'US 2023 Gusto hiring posting; the facts line says only "Remote" and the text limits hiring to Oregon, Washington or Idaho, while the JSON-LD gives TELECOMMUTE plus a Portland street address and the legal name "Ledgerwise LLC" instead of the trade name shown on the page (logo alt empty); a site-added Compensation block repeats the pay, an EEO line and other open roles follow; "Powered by Gusto" footer and a hidden OneTrust cookie banner.'
  },
  {
    file: 'c-trakstar/senior-data-engineer-remote.html',
    url: 'https://fernhollow.hire.trakstar.com/jobs/fk0x7qa',
    kind: 'single',
    title: 'Senior Data Engineer', company: 'Fernhollow Energy Analytics', location: 'Remote (United States or Canada)',
    sel: '.js-job-description',
    notes: 'US 2022 Trakstar Hire careers page; the only <h1> is "Careers at Fernhollow" and the job title an <h2>; logo alt and <title> give only the short name, the full company name appears only in the text and footer; the meta line says "Remote" and the text restricts it to the US or Canada with Eastern-time overlap; an inline application form with its own questions and EEO select follows the description; "Powered by Trakstar Hire".'
  },
  {
    file: 'c-easycruit/prosjektleder-bygg-bergen.html',
    url: 'https://vbm.easycruit.com/vacancy/1284571/62311?iso=no',
    kind: 'single',
    title: 'Prosjektleder bygg', company: 'Vestlandske Byggmestre AS', location: 'Bergen',
    sel: '#jd_content',
    notes: 'Norwegian 2014 Visma EasyCruit vacancy (XHTML, Norsk/English switch, cookie notice); <h1> is just "Ledig stilling" and the title is the bold value of a "Stillingstittel:" row; the logo alt is the initials "VBM" and the employer is named only in bold in the first paragraph and the footer; the employer text opens with a slogan <h2> and places the office in Fyllingsdalen with projects from Åsane to Os; separate contact box, other vacancies and job-alert sidebar.'
  },
  {
    file: 'c-digitalrecruiters/technicien-maintenance-industrielle-multisites.html',
    url: 'https://vernet-logistique.digitalrecruiters.com/fr/annonce/1827364-technicien-de-maintenance-industrielle-hf-69800-saint-priest',
    kind: 'single',
    title: 'Technicien de maintenance industrielle H/F', company: 'Vernet Logistique Rhône', location: 'Saint-Priest (69800)',
    sel: '.job-description-content',
    notes: 'French 2022 Digitalrecruiters career site with tarteaucitron cookie banner; the subsidiary is named above the <h1> and in the text while the JSON-LD and logo alt give the parent "Groupe Vernet"; the role is based in Saint-Priest but covers Corbas and Villefranche-sur-Saône too; description is three templated sections (L\'entreprise / Le poste / Le profil recherché); a site "En résumé" card, group blurb and similar offers in other towns are excluded.'
  },
  {
    file: 'c-erecruiter/accounts-payable-specialist-niemiecki-wroclaw.html',
    url: 'https://system.erecruiter.pl/FormTemplates/RecruitmentForm.aspx?WebID=3f9b2c71a4e84d0c9e57b1a8d26f4c03',
    kind: 'single',
    title: 'Accounts Payable Specialist z językiem niemieckim', company: 'Orlica Serwis Finansowy Sp. z o.o.', location: 'Wrocław',
    sel: '#ogl-tresc',
    notes: 'Polish 2016 eRecruiter ad template inside an ASP.NET form (__VIEWSTATE); English-Polish mixed title, the banner image has an empty alt and <title> has no employer, so the company is named only in the text and in the consent clause, which gives the Warsaw registered seat while the job is in Wrocław; a tagline above the <h1>, the Aplikuj button, the personal-data clause and "Powered by eRecruiter" are outside the description.'
  },
  {
    file: 'c-catsone/cnc-programmer-machinist-red-lion.html',
    url: 'https://keystoneworkforce.catsone.com/careers/index.php?m=portal&a=details&jobOrderID=5318842',
    kind: 'single',
    title: 'CNC Programmer/Machinist - 1st Shift', company: 'Keystone Workforce Partners', location: 'Red Lion, PA',
    sel: '#jobDescriptionText',
    notes: 'US 2013 staffing agency careers portal on CATS in table layout; <h1> is only "Job Details" and the title is the bold value of a "Title:" row; the agency (named in <title>, logo alt and footer) posts for an unnamed "client", and its York office address sits in the sidebar while the job is in Red Lion; bullets are &bull; with <br>; recent jobs in other Pennsylvania towns and "Powered by CATS".'
  },
  {
    file: 'c-hiringthing/cedar-knoll-home-care-openings.html',
    url: 'https://cedarknollcare.hiringthing.com/',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'US 2017 HiringThing careers site index: <h1> "Job Openings" with an employer intro paragraph, location/type filter selects, nine job rows each with linked title, town, type, age and a one-line snippet; sidebar with benefits and three office addresses; "Powered by HiringThing" footer.'
  },
  {
    file: 'c-scouttalent/aquatic-centre-supervisor-closed.html',
    url: 'https://www.applynow.net.au/jobs/WSC1182-aquatic-centre-supervisor',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Australian 2021 Scout Talent (applynow.net.au) job page after closing: <title>, meta description and the <h1> still carry the title and council, and a facts table gives reference, location, band and closing date, but the body says the job has closed and the description is gone; talent-community box, other council jobs with towns, contact card.'
  }
];

writeManifest(DIR, 'manifest-c.jsonl', PAGES);
