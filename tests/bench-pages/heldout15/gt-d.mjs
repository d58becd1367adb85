// Computes ground-truth description fields for the heldout15 d-* pages (job boards and newspaper
// job sections of 2007-2012 from Korea, China, India, Pakistan, Sri Lanka, Jordan, Israel,
// Thailand, New Zealand and South Africa, written for this benchmark from what those sites' markup
// was like; all employers, people, addresses and prose invented) and writes manifest-d.jsonl.
// Usage: node gt-d.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'd-incruit/qc-gyeongryeok-eumseong.html',
    url: 'http://job.incruit.com/jobdb_info/jobpost.asp?job=0810150002713',
    kind: 'single',
    title: '품질관리(QC) 담당', company: '(주)세진오토텍', location: '충북 음성군',
    sel: '#jobpostCont',
    notes: 'Korean 2008 page; the <h1> is the site logo and the <h2> and <title> carry only the generic announcement "2008년 하반기 경력사원 모집", so the role is only the 모집분야 cell of the summary table (and a 모집부문 cell inside the employer\'s own bordered table template); 근무지역 reads "충북 > 음성군"; the description is that employer template (image header with alt text, nested bgcolor tables, <br> lists, a coloured footer row with the address), while the summary table, 기업정보 table, other-jobs lists in 진천/청주/충주/평택 and AceCounter are not.'
  },
  {
    file: 'd-zhaopin/xiaoshou-gongchengshi-suzhou.html',
    url: 'http://jobs.zhaopin.com/321845117250163.htm',
    kind: 'single',
    title: '销售工程师（华东区）', company: '苏州泓锐精密机械有限公司', location: '苏州',
    sel: '.tab-cont-box > .tab-inner-cont:first-child > p',
    notes: 'Simplified Chinese 2011 page with full-width brackets in the title and 【】 in the <title>; 工作地点 is 苏州 but the duties list 上海、无锡、常州、南通 as the sales territory; the description sits between SWSStringCutStart/End comments in the first tab and is followed in the same div by a 工作地址 <h2>, while a hidden second tab holds the company intro with more <h2>s; welfare tags, a second terminal-ul for the company, similar jobs in other cities and Baidu stats around it.'
  },
  {
    file: 'd-jobsahead/asst-manager-credit-underwriting-chennai.html',
    url: 'http://www.jobsahead.com/jobs/jobdetail.asp?id=JA1471803',
    kind: 'single',
    title: 'Assistant Manager - Credit Underwriting (Home Loans)', company: 'Kaveri Home Finance Ltd.', location: 'Chennai',
    sel: 'td.jdtext',
    notes: 'Indian 2007 HTML 4 table layout; the <h1> is "Job Details" and the title is a bold value cell next to a "Job Title" label; the Location row lists "Chennai, Bangalore, Hyderabad" (as does the <title>) while the text says the post is in Chennai and the other cities are for relocating candidates; the employer is named only in the logo alt, the Company Profile and the contact block, which are excluded along with the similar-jobs table and urchin.js.'
  },
  {
    file: 'd-mustakbil/area-sales-manager-multan-expired.html',
    url: 'http://www.mustakbil.com/jobs/job/48213',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Pakistani 2011 expired-job page at the job URL: <title>, meta description and og tags still describe an Area Sales Manager job with employer, city and requirements, and the <h1> is still the old title with the company and "Multan, Punjab, Pakistan" under it, but an "This job has expired" box says the details were removed; a Closed status table, job-alert form, five similar jobs with titles, companies and cities, an Urdu tagline and AdSense.'
  },
  {
    file: 'd-topjobslk/accounting-vacancies.html',
    url: 'http://www.topjobs.lk/applicant/vacancybyfunctionalarea.jsp?FA=AC',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Sri Lankan 2009 JSP vacancy list: twelve clickable table rows (onclick pop-up windows, no hrefs) each with its own <h2> position and <h1> employer, so the page has twelve <h1>s; two rows are "Company Name Withheld", one title is Sinhala with an English gloss and one Tamil; the header mixes English and Sinhala; category list with counts and a pager.'
  },
  {
    file: 'd-akhtaboot/muhasib-raisi-amman.html',
    url: 'http://www.akhtaboot.com/ar/jordan/jobs/amman/14872-Senior-Accountant-at-Tal-Al-Zaytoun-Food-Industries',
    kind: 'single',
    title: 'محاسب رئيسي', company: 'شركة تل الزيتون للصناعات الغذائية', location: 'عمّان، الأردن',
    sel: '#job_description, #job_requirements',
    notes: 'Jordanian 2012 Arabic page with dir="rtl"; og:title, og:description, the URL slug and the logo alt are all English ("Senior Accountant at Tal Al-Zaytoun Food Industries - Amman, Jordan") while the visible page is Arabic; the description is two section bodies under h3 labels, one with English LTR list items; the text mentions visits to the Sahab factory; summary table, skill tags, company box and similar jobs in Sahab, Zarqa and Irbid are excluded.'
  },
  {
    file: 'd-jobmaster/mefateach-dotnet-petah-tikva.html',
    url: 'http://www.jobmaster.co.il/check.asp?key=1934271',
    kind: 'single',
    title: 'מפתח/ת C#/.NET', company: 'אופק מערכות מידע', location: 'פתח תקווה',
    sel: '#jobDesc',
    notes: 'Israeli 2009 Hebrew RTL table layout; the <h1> is the category "משרות תוכנה באזור המרכז", the title is a span prefixed with "דרוש/ה" ("wanted") and contains LTR "C#/.NET"; the logo alt is empty and there is no company field, so the employer is named only in the first sentence of the ad; location in a pipe-separated info row next to the region; CV upload form, similar jobs in other towns and ad banners.'
  },
  {
    file: 'd-jobbkk/hr-officer-sriracha.html',
    url: 'http://www.jobbkk.com/jobs/detail/48321/361554',
    kind: 'single',
    title: 'เจ้าหน้าที่ฝ่ายบุคคล (HR Officer)', company: 'บริษัท สยามฟู้ดแพ็ค จำกัด', location: 'จ.ชลบุรี (อ.ศรีราชา)',
    sel: 'td.job-detail-txt',
    notes: 'Thai 2011 page where the <h1> is the company name (with an English name line under it) and the title is a span after "ตำแหน่ง :" with an "ด่วน!" (urgent) badge; facts are label/value rows (rate, salary, place of work, sex, age, education); the description is three value cells (duties, qualifications, welfare) among them, while the apply-method and contact rows, other positions of the company and related jobs in Rayong and Chachoengsao are excluded.'
  },
  {
    file: 'd-odt/kaiawhina-hauora-community-health-worker.html',
    url: 'http://www.odt.co.nz/classifieds/situations-vacant/20571',
    kind: 'single',
    title: 'Kaiāwhina Hauora / Community Health Worker', company: 'Te Rau Kōwhai Health Trust', location: 'Dunedin',
    sel: '.classified-text .ad-body',
    notes: 'New Zealand 2008 regional newspaper classified; <title> and <h1> are only "Situations Vacant"; the bilingual te reo Māori/English title is a <p> shown in capitals by CSS text-transform after a Māori greeting line, both outside the ad body; the employer is in the logo alt and the postal signature; the facts line says "Dunedin City" while the text places the job at the South Dunedin clinic with visits to Mosgiel and the Taieri and uses Ōtepoti; news sidebar, more vacancies in other towns.'
  },
  {
    file: 'd-jobscoza/boekhouer-bethlehem.html',
    url: 'http://www.jobs.co.za/jobs/34817/',
    kind: 'single',
    title: 'Boekhouer', company: 'Rooiberg Graan Koöperasie Bpk', location: 'Bethlehem, Free State',
    sel: '.job-description',
    notes: 'South African 2010 page with English chrome and an Afrikaans ad: the <title> and meta say "Bookkeeper" while the <h1> is "Boekhouer"; the facts list gives only "Free State" and the text places the job at the Bethlehem head office; the full employer name appears only in the ad text (sidebar shortens it to "Rooiberg Graan", logo alt empty); apply form, similar jobs in Kroonstad, Bloemfontein, Welkom and Harrismith.'
  }
];

writeManifest(DIR, 'manifest-d.jsonl', PAGES);
