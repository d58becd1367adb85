// Computes ground-truth description fields for the heldout20 d-* pages (national job boards of ten
// countries, 2013-2023, each in the site's own language(s): merojob (Nepal), BongThom (Cambodia),
// Hiredly (Malaysia), Liepin (China), Multitrabajos (Ecuador), ZoomTanzania (Tanzania), hh.uz
// (Uzbekistan), CV Online Magyarország (Hungary), a Tecoloco El Salvador results list and an expired
// ad on Zaposlen.me (Montenegro); written for this benchmark from what those sites' markup was like;
// all employers, people, addresses, phone numbers and prose invented) and writes manifest-d.jsonl.
// Usage: node gt-d.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'd-merojob/senior-accountant-lalitpur.html',
    url: 'https://merojob.com/senior-accountant-2671/',
    kind: 'single',
    title: 'Senior Accountant', company: 'Himal Tara Agro Industries Pvt. Ltd.', location: 'Lalitpur',
    sel: '[itemprop="description"]',
    notes: 'Nepal 2019 Bootstrap board with schema.org microdata whose addressLocality is "Kathmandu" (and the employer card says Baneshwor, Kathmandu) while the Basic Job Information row and the text put the job in Lalitpur (Sanepa); two site facts tables (Basic Job Information, Job Specification) precede a description that has its own "Job Specification:" list and a Nepali (Devanagari) apply paragraph; logo alt is a short name; similar jobs with other towns.'
  },
  {
    file: 'd-bongthom/sales-supervisor-siem-reap.html',
    url: 'http://www.bongthom.com/job_detail/sales_supervisor_51837.html',
    kind: 'single',
    title: 'Sales Supervisor', company: 'Angkor Lotus Beverage Co., Ltd.', location: 'Siem Reap',
    sel: '#job_detail',
    notes: 'Cambodian 2013 table-layout board with no heading elements: the title is the bold value of a bilingual "Position / មុខតំណែង" row and the company a div link above it (logo alt empty); the ad opens with a Khmer-script headline and mixes Khmer requirement lines into English text; the Location row says Siem Reap while the contact table gives the Phnom Penh head-office address; other jobs from the company and similar jobs in other provinces.'
  },
  {
    file: 'd-hiredly/marketing-executive-digital-petaling-jaya.html',
    url: 'https://my.hiredly.com/jobs/jobs-malaysia-serambi-rasa-sdn-bhd-job-marketing-executive-digital',
    kind: 'single',
    title: 'Marketing Executive (Digital)', company: 'Serambi Rasa Sdn Bhd', location: 'Petaling Jaya, Selangor',
    sel: '#job-description .sc-7pq2lm-3, #job-requirements .sc-7pq2lm-3',
    notes: 'Malaysian 2022 Next.js/styled-components page with hashed class names; the location chip says only the state "Selangor" and the JSON-LD says Kuala Lumpur and names the parent "Serambi Rasa Group", while the text places the team in Ara Damansara, Petaling Jaya; description is split into Job Description and Job Requirements sections (one requirement in Malay) between a Job Highlights box, skill chips, an About the Company card and similar jobs; cookie dialog.'
  },
  {
    file: 'd-liepin/gaoji-gongyinglian-jihua-jingli-suzhou.html',
    url: 'https://www.liepin.com/job/1938472615.shtml',
    kind: 'single',
    title: '高级供应链计划经理（S&OP方向）', company: '苏州澄湖精密电子有限公司', location: '苏州-工业园区',
    sel: 'dd[data-selector="job-intro-content"]',
    notes: 'Chinese 2021 page with no <h1>: the title is a span in the apply bar next to the salary "25-40k·14薪" and an "急聘" mark; <title> and the recruiter line give only the short company name "澄湖精密", the full legal name is in the right-hand company card (logo alt empty); location is a "苏州-工业园区" chip; the JSON-LD is Baidu cambrian, not JobPosting; the description is one <br>-separated <dd> with Chinese/English mixed terms, followed by benefit tags, an "其他信息" facts block and similar jobs in other cities.'
  },
  {
    file: 'd-multitrabajos/jefe-de-bodega-duran.html',
    url: 'http://www.multitrabajos.com/empleos/jefe-de-bodega-1002318844.html',
    kind: 'single',
    title: 'Jefe de Bodega', company: 'Distribuidora Andina del Pacífico S.A.', location: 'Durán, Guayas',
    sel: '.descripcion-texto',
    notes: 'Ecuadorian 2016 Navent-platform ad; the "Lugar de trabajo" spec is only the province "Guayas" (also in <title>) while the text places the distribution centre on the Durán-Tambo road, and the company box gives Guayaquil offices; spec labels are <h3> headings; a site disclaimer sits inside the description container, followed by an application form with salary field and similar ads in other towns.'
  },
  {
    file: 'd-zoomtanzania/afisa-mikopo-usa-river.html',
    url: 'https://www.zoomtanzania.com/jobs/banking-finance/nafasi-za-kazi-mshikamano-microfinance-afisa-mikopo-loan-officer-408812',
    kind: 'single',
    title: 'Afisa Mikopo (Loan Officer)', company: 'Mshikamano Microfinance Limited', location: 'Usa River, Arusha',
    sel: '#ad-description',
    notes: 'Tanzanian 2015 classifieds site with a Swahili ad; the <h1> is a newspaper-style headline "Nafasi za Kazi <employer>: <title>", the Location row says only the region "Arusha" while the ad names the Usa River branch in Arumeru and the reply address is a P.O. box in Arusha; a "Posted by" box names a recruitment agency, not the employer; safety tip, similar jobs and region counts.'
  },
  {
    file: 'd-hhuz/menedzher-po-prodazham-b2b-samarkand.html',
    url: 'https://hh.uz/vacancy/78145209',
    kind: 'single',
    title: 'Менеджер по продажам B2B', company: 'Zarafshon Tekstil Group', location: 'Самарканд',
    sel: '[data-qa="vacancy-description"]',
    notes: 'Uzbek 2023 HeadHunter-platform vacancy in Russian with a Latin-script Uzbek summary at the end of the description; the company is a Latin name after "ООО"; the JSON-LD gives Tashkent and the page footer says "Вакансия опубликована … в Ташкенте", while the location line, the address block and the text put the job in Samarkand; key skills, address map and similar vacancies in other cities follow.'
  },
  {
    file: 'd-cvonline/minosegbiztositasi-mernok-kapuvar.html',
    url: 'http://www.cvonline.hu/allas/minosegbiztositasi-mernok-184307',
    kind: 'single',
    title: 'Minőségbiztosítási mérnök', company: 'Rábaközi Fémtechnika Kft.', location: 'Kapuvár',
    sel: '#jobad-text',
    notes: 'Hungarian 2014 board; the facts table gives only the county "Győr-Moson-Sopron megye" and no employer, and the employer template\'s logo alt is the initials "RFT", so the company and the Kapuvár plant appear only in the ad text and its address line; the ad\'s own <h1> adds a German title ("/ Qualitätsingenieur") and a subtitle <h2>; the employer\'s other jobs and similar jobs in the sidebar.'
  },
  {
    file: 'd-tecoloco/empleos-contabilidad-san-salvador.html',
    url: 'http://www.tecoloco.com.sv/empleos-contabilidad-finanzas/san-salvador',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Salvadoran 2014 ASP.NET results page (one form with __VIEWSTATE): fifteen offers with <h2> title links, employer (three "Empresa Confidencial"), town and dd/mm/yyyy date plus a snippet, one marked "Destacada"; filter sidebar with counts, pager, alert box and Tecoloco country links.'
  },
  {
    file: 'd-zaposlen/konobar-hotel-lastavica-istekao.html',
    url: 'https://www.zaposlen.me/oglas/konobar-konobarica-hotel-lastavica-budva-21874',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Montenegrin 2020 expired ad: <title>, <h1>, employer link and a facts list (Grad: Budva, rok 31.05.2020.) are still shown, but a "Oglas je istekao" alert says applications are closed and the ad text is replaced by a notice; similar current ads with employers and towns and an employer box follow.'
  }
];

writeManifest(DIR, 'manifest-d.jsonl', PAGES);
