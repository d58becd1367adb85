// Computes ground-truth description fields for the a-* pages and writes manifest-a.jsonl.
// Usage: node gt-a.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'a-theladders/director-fpa-hartford.html',
    url: 'https://www.theladders.com/jobs/finance/director-financial-planning-analysis-4417205',
    kind: 'single',
    title: 'Director, Financial Planning & Analysis', company: 'Wexford Mutual Insurance Group', location: 'Hartford, CT',
    sel: '#jobDescription',
    notes: '2010 table layout; facts in label/value table (Compensation, Experience, Reports to) separate from body; Premium upsell box and Similar $100K+ Jobs sidebar; fb:like XFBML tag; no JSON-LD.'
  },
  {
    file: 'a-beyond/field-service-engineer-imaging.html',
    url: 'https://medical.beyond.com/jobs/corvane-diagnostics/field-service-engineer-diagnostic-imaging/job/149921384',
    kind: 'single',
    title: 'Field Service Engineer - Diagnostic Imaging', company: 'Corvane Diagnostics', location: 'Columbus, OH; Indianapolis, IN; Louisville, KY',
    sel: '#jobDesc',
    notes: 'Several locations: "Locations:" cell with three cities separated only by <br>; <title> names only Columbus; community sub-site (medical.beyond.com); Jobs You May Be Interested In sidebar with other companies in the same cities.'
  },
  {
    file: 'a-jobing/dental-office-manager-tempe.html',
    url: 'https://phoenix.jobing.com/job/3391842/dental-office-manager',
    kind: 'single',
    title: 'Dental Office Manager', company: 'Halvorsen Family Dentistry', location: 'Tempe, AZ',
    sel: '#jobBody',
    notes: 'Location only in an unlabelled sub-header line under the H1 ("Tempe, AZ • Posted 3/22/2010 • Full Time"); market site is Phoenix (title tag says Phoenix Jobs); company only in right-column employer card and <title>; job meta table has no location row.'
  },
  {
    file: 'a-jobfox/transportation-planner-reno.html',
    url: 'https://www.jobfox.com/job/JF-2284431/transportation-planner-reno-nv',
    kind: 'single',
    title: 'Transportation Planner', company: 'Pellworth Logistics', location: 'Reno, NV',
    sel: '#jobDescriptionText',
    notes: 'No company field anywhere on the page: employer is named only in the first sentence of the description; HTML 4.01 tables with <font> tags; Match Score upsell box; similar jobs sidebar.'
  },
  {
    file: 'a-juju/hydrologist-boise-search.html',
    url: 'https://www.juju.com/jobs?k=hydrologist&l=Boise%2C+ID',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Aggregator search results page with exactly ONE organic result (plus one sponsored line): title, company, location and a long snippet look like a posting, but it is a results list linking out to the source site.'
  },
  {
    file: 'a-computerjobs/senior-net-developer-alpharetta.html',
    url: 'https://atlanta.computerjobs.com/job_display.aspx?jobid=1184476',
    kind: 'single',
    title: 'Senior .NET Developer', company: 'Peachtree Systems Group', location: 'Alpharetta, GA',
    sel: '#jobdetail td.jobDescription',
    notes: 'Staffing agency posting, client unnamed ("Our client, a leading healthcare information company"); 2008 nested tables with <font> tags; description is one table cell of plain text with <br> line breaks and "-" bullets, sitting in the same table as the label/value facts and the contact rows; title in <font size=4><b>, no <h1>.'
  },
  {
    file: 'a-authenticjobs/frontend-developer-orchard-pine.html',
    url: 'https://www.authenticjobs.com/jobs/6841/front-end-developer-at-orchard-pine',
    kind: 'single',
    title: 'Front-end Developer', company: 'Orchard & Pine', location: 'Portland, OR',
    sel: '#description',
    notes: 'Title in <h2> (site logo is the <h1>); company and location share one <h3> with the location in parentheses; "Freelance" type badge above the title and "Telecommuting is OK" line; separate apply-by-email box after the description.'
  },
  {
    file: 'a-37signals/expired-rails-developer.html',
    url: 'https://jobs.37signals.com/jobs/6217',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Expired-listing page at a job URL: "Sorry, this listing has expired" notice, then a table of six latest programming jobs with titles, companies and locations.'
  },
  {
    file: 'a-monsteruk/income-recovery-officer-leeds.html',
    url: 'https://jobview.monster.co.uk/GetJob.aspx?JobID=74219903',
    kind: 'single',
    title: 'Income Recovery Officer', company: 'Harcourt Lane Recruitment', location: 'Leeds, West Yorkshire',
    sel: '#jobBodyContent',
    notes: 'UK recruitment agency posting for an unnamed housing association client; job body inside the customer\'s branded table template (banner image + <font> title); "Job Summary" <dl> in right column holds Company/Location/Salary; GBP salary; Omniture s_code.'
  },
  {
    file: 'a-jobpilot/vertriebsingenieur-antriebstechnik.html',
    url: 'https://www.jobpilot.de/anzeige/aj_1432887.html',
    kind: 'single',
    title: 'Vertriebsingenieur (m/w) Antriebstechnik', company: 'Kessler Antriebstechnik GmbH', location: 'Stuttgart',
    sel: 'td.anzeigentext',
    notes: 'German 2005 page; employer-designed ad inside a bordered table (logo banner, title in <font size=5>, subtitle with sales territory "Baden-Württemberg"); title repeated centered inside the body; German labels in an "Eckdaten zur Stelle" table below the ad (Einsatzort, Kennziffer, Eintrittstermin); no h1.'
  },
  {
    file: 'a-keljob/chef-de-projet-marketing-lyon.html',
    url: 'https://www.keljob.com/offre/12887431/chef-de-projet-marketing-h-f-lyon-69',
    kind: 'single',
    title: 'Chef de projet marketing H/F', company: 'Groupe Valmorin', location: 'Lyon (69)',
    sel: '.offre-texte',
    notes: 'French labels ("Lieu de travail :", "Type de contrat :", "Salaire :") in a th/td table; description split into L\'entreprise / Le poste / Le profil sections; location with department number in parentheses; "Offres similaires" sidebar.'
  },
  {
    file: 'a-careerone/site-supervisor-civil-perth.html',
    url: 'https://jobsearch.careerone.com.au/job/10382277/site-supervisor-civil-works-perth-wa',
    kind: 'single',
    title: 'Site Supervisor - Civil Works', company: 'Brennock Civil Pty Ltd', location: 'Perth, WA',
    sel: '#jobIntro, #jobDetails',
    notes: 'Description split in two blocks with the key-facts table (Location, Work type, Salary, Reference) in between; Australian salary package format; leaderboard ad in header; similar jobs and featured employer logos in sidebar.'
  }
];

writeManifest(DIR, 'manifest-a.jsonl', PAGES);
