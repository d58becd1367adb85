// Computes ground-truth description fields for the heldout11 b-* pages (today's job boards and
// applicant-tracking systems, written for this benchmark from what those sites' markup is like; all
// employers, people and prose invented) and writes manifest-b.jsonl.
// Usage: node gt-b.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'b-jobsge/ufrosi-bughalteri-batumi.html',
    url: 'https://jobs.ge/ka/?view=jobs&id=498213',
    kind: 'single',
    title: 'უფროსი ბუღალტერი', company: 'შპს აჭარის ლოჯისტიკური ცენტრი', location: 'ბათუმი',
    sel: 'table.dtable td.job_text',
    notes: 'Georgian Jobs.ge table layout with no <h1>: title only in a bold 16px span beside the "ვაკანსია:" label, employer as a link beside "მომწოდებელი:", dates beside "გამოქვეყნდა:"/"ბოლო ვადა:"; no location field at all, the workplace (ბათუმი) appears only inside the ad text ("სამუშაო ადგილი: ბათუმი, ..."); location/category dropdowns in the header list every region; same-employer and similar-vacancy tables repeat titles and companies.'
  },
  {
    file: 'b-drushim/qa-automation-petah-tikva.html',
    url: 'https://www.drushim.co.il/job/34812276/7c1e9a/',
    kind: 'single',
    title: 'מהנדס/ת אוטומציה QA', company: 'סייברגייט מערכות', location: 'פתח תקווה',
    sel: 'div.job-intro .job-description-text, div.job-requirements .job-requirements-text',
    notes: 'Hebrew RTL Nuxt/Vuetify page; the <h1> is a category heading ("דרושים QA אוטומציה"), the title is an <h3 class="job-url"> inside the job card, location only in an unlabelled pipe line with icon ("פתח תקווה | משרה מלאה | 3-5 שנים"); JSON-LD differs (English title "QA Automation Engineer", addressLocality "מרכז"); similar-jobs cards reuse the same job-item/job-url classes with other titles and cities.'
  },
  {
    file: 'b-jobthai/accounts-payable-bangphli.html',
    url: 'https://www.jobthai.com/th/company/job/1734592',
    kind: 'single',
    title: 'เจ้าหน้าที่บัญชีเจ้าหนี้ (Accounts Payable Officer)', company: 'บริษัท สยามเฟรชฟู้ด ซัพพลาย จำกัด', location: 'อ.บางพลี จ.สมุทรปราการ',
    sel: '#job-detail',
    notes: 'Thai Next.js/Ant Design page with styled-components class names; location in a th/td facts table ("สถานที่ปฏิบัติงาน") with a sub-line and map link, while the contact box gives the head-office address in a different district (บางเสาธง); JSON-LD differs (Thai-only title, English company name, addressLocality บางเสาธง); description is four headed pre-line blocks (รายละเอียดงาน, คุณสมบัติผู้สมัคร, สวัสดิการ, วิธีการสมัคร); similar-jobs sidebar, cookie bar, __NEXT_DATA__.'
  },
  {
    file: 'b-doda/shanai-se-infra-shinagawa.html',
    url: 'https://doda.jp/DodaFront/View/JobSearchDetail/j_jid__3009874512/',
    kind: 'single',
    title: '社内SE（インフラエンジニア）◆リモート併用可／年間休日125日', company: '株式会社ミナトデータワークス', location: '東京都品川区',
    sel: '#job_description_table, div.selection > p',
    notes: 'Japanese doda page where the <h1> holds the company name and the job title is a p.job_title below it, followed by a catch-copy line; the summary icons say only "勤務地 東京都" while the 募集要項 th/td table gives "＜本社＞東京都品川区東五反田2丁目"; JSON-LD title drops the ◆ suffix; description is the whole 募集要項 table (duties, requirements, place, hours, pay, benefits, holidays) plus the 選考プロセス paragraph; recommended-jobs sidebar with other companies and areas.'
  },
  {
    file: 'b-jobnet/lagermedarbejder-koelelager-randers.html',
    url: 'https://job.jobnet.dk/CV/FindWork/Details/5983421',
    kind: 'single',
    title: 'Lagermedarbejder til kølelager – dagskift', company: 'Nordkøl Logistik A/S', location: 'Randers C',
    sel: '#jobAdBody',
    notes: 'Danish Angular SSR page (custom jn-* elements, _ngcontent attributes); the employer is a plain <p> above the <h1>; facts in a dl sidebar with Danish labels (Virksomhed, Arbejdssted "Tørvebryggen 4 / 8900 Randers C", Ansøgningsfrist...); header owner line names the government agency; cookie-consent dialog, Lignende job list, JSON state blob.'
  },
  {
    file: 'b-rabotamd/manager-vanzari-b2b-chisinau.html',
    url: 'https://www.rabota.md/ro/locuri-de-munca/manager-vanzari-b2b-echipamente-horeca/84127',
    kind: 'single',
    title: 'Manager vânzări B2B (echipamente HoReCa)', company: 'TermoClima Grup SRL', location: 'Chișinău',
    sel: 'div.vacancy__body',
    notes: 'Romanian page; the employer is not near the title: it appears only in the right-hand company card (and as "TermoClima Grup" in the intro text); salary and "Oraș: Chișinău" in a params list with labels; JSON-LD shortens the title and company and writes "Chisinau" without diacritics; full apply form with textarea, share links, similar vacancies and subscription box compete with the body.'
  },
  {
    file: 'b-jobsoid/senior-care-assistant-nights-stockport.html',
    url: 'https://fernhillcare.jobsoid.com/j/48213/senior-care-assistant-nights',
    kind: 'single',
    title: 'Senior Care Assistant - Nights', company: 'Fernhill Care Homes', location: 'Stockport, England, United Kingdom',
    sel: '#job-description',
    notes: 'Jobsoid careers page (Bootstrap 3); employer named only in the navbar logo alt and footer copyright, the body speaks of the home "Fernhill House"; <title> is "... | Careers" without the company; location in an icon meta list and a Job Summary table; JSON-LD says FULL_TIME while the page says Part Time, and names "Fernhill Care Homes Ltd"; Other Openings sidebar lists other titles and towns.'
  },
  {
    file: 'b-onlyfy/rezeption-zell-am-see.html',
    url: 'https://alpenblick-hotels.onlyfy.jobs/job/k7x2mp9q',
    kind: 'single',
    title: 'Rezeptionist:in (m/w/d) – Vollzeit, Wintersaison 2025/26', company: 'Alpenblick Hotels & Resorts GmbH', location: 'Zell am See',
    sel: '.job-content__intro, .job-content__section',
    notes: 'Austrian German onlyfy (Prescreen) career page; the line above the <h1> names the individual hotel ("Alpenblick Seehotel Zell am See") while the employer GmbH is in the logo alt, <title> and sidebar; location as an icon fact with sr-only "Standort:" label and in the "Auf einen Blick" dl; JSON-LD differs (title "Rezeptionist (m/w/d)", addressLocality Kaprun = head office); consent dialog first in the body; description split into intro plus Aufgaben/Profil/Wir bieten/Kontakt sections; more-jobs cards with Kaprun.'
  },
  {
    file: 'b-bdjobs/accounting-finance-search.html',
    url: 'https://jobs.bdjobs.com/jobsearch.asp?fcatId=1',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Bdjobs category search results (English): <h1> is the category "Accounting/Finance"; two "Hot Jobs" standout cards then ten normal cards, each with job-title-text, comp-name-text, locon-text-d, education, experience and deadline lines; filter sidebar and training banner.'
  },
  {
    file: 'b-gulftalent/hse-manager-expired-abu-dhabi.html',
    url: 'https://www.gulftalent.com/uae/jobs/hse-manager-infrastructure-projects-412873',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Expired GulfTalent job URL: <title>, og:title, meta description, breadcrumb and a stale JSON-LD JobPosting (with description, company and Abu Dhabi) still describe the job, but the page body only says "This job is no longer available" with the title in a sentence, followed by four similar jobs with snippets; no description is shown.'
  }
];

writeManifest(DIR, 'manifest-b.jsonl', PAGES);
