// Computes ground-truth description fields for the heldout15 b-* pages (job boards and
// applicant-tracking-system pages of 2022-2025 from China, Korea, Jordan, Germany, Italy, Saudi
// Arabia, the US, the UK, Afghanistan and France, most with schema.org JobPosting data that partly
// disagrees with the visible page; written for this benchmark from what those sites' markup is
// like; all employers, people and prose invented) and writes manifest-b.jsonl.
// Usage: node gt-b.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'b-zhaopin/xiaoshou-yunying-zhuanyuan-hangzhou.html',
    url: 'https://jobs.zhaopin.com/CC475219830J40618274205.htm',
    kind: 'single',
    title: '销售运营专员（电商方向）', company: '杭州青禾优选供应链管理有限公司', location: '杭州-余杭区',
    sel: '.describtion__detail-content',
    notes: 'Chinese 2024 page with no <h1>: the title is an h3.summary-plane__title next to the salary, the site logo and breadcrumb come first; two ld+json blocks, a Baidu cambrian one and a JobPosting whose title drops "（电商方向）", whose hiringOrganization is the short brand "青禾优选" and whose location is only 浙江省/杭州市, with a truncated description; the company is only in the side card; site skill tags, address box, recruiter, safety notice and similar jobs in other districts and Ningbo are not description.'
  },
  {
    file: 'b-incruit/uiryogigi-qa-ra-gyeongryeok-seongnam.html',
    url: 'https://job.incruit.com/jobdb_info/jobpost.asp?job=2404080004127',
    kind: 'single',
    title: '의료기기 품질보증(QA/RA) 경력사원 채용', company: '(주)한빛메디솔루션', location: '경기 성남시 분당구',
    sel: '#content_job',
    notes: 'Korean 2024 page with two <h1>s (the site logo and the announcement title, which starts with a "[한빛메디솔루션]" bracket); the employer\'s inline-styled template opens with a generic "2024년 상반기 경력사원 채용" banner and puts the role in a 모집부문 table; JSON-LD titles it "품질보증 담당자", names the company without (주), gives only addressRegion 경기 and an HTML-escaped, cut description; 근무지역 facts row, map, 기업정보 dl, other and AI-recommended postings in other cities.'
  },
  {
    file: 'b-akhtaboot/mushrif-mabiat-maydani-zarqa.html',
    url: 'https://www.akhtaboot.com/ar/jordan/jobs/zarqa/48213-field-sales-supervisor',
    kind: 'single',
    title: 'مشرف مبيعات ميداني – مستلزمات بيطرية', company: 'شركة نبض الريف للمستلزمات البيطرية', location: 'الزرقاء، الأردن',
    sel: '#job-description',
    notes: 'Arabic RTL 2022 page whose JSON-LD and og tags come from the English version of the ad: title "Field Sales Supervisor", company "Nabd Al-Reef Veterinary Supplies" (also the logo alt) and location Amman, while the page says الزرقاء and the text places the job at the Zarqa free-zone warehouse; the company name is an <h2> under the title; summary table, skills tags, "عن الشركة" and similar jobs in Amman, Irbid and Mafraq are not description.'
  },
  {
    file: 'b-concludis/elektroniker-betriebstechnik-niederaula.html',
    url: 'https://www.concludis.de/prj/shw/8c41d2e06a9f2b3d5e7f1a0c4b6d8e2f_0/1187/Elektroniker_fuer_Betriebstechnik_m_w_d.htm',
    kind: 'single',
    title: 'Elektroniker (m/w/d) für Betriebstechnik', company: 'Hessenwerk Kunststofftechnik GmbH', location: 'Niederaula',
    sel: '.cc_intro, .cc_body',
    notes: 'German 2023 ATS page; the <h1> sits between the intro ("suchen wir ... eine/n") and the body with a subtitle "Instandhaltung im 3-Schicht-System", while <title> and JSON-LD word it "Elektroniker für Betriebstechnik (m/w/d)"; JSON-LD names the parent Lindauer Polymer Holding AG in Bad Hersfeld and carries a double-escaped description; the employer is in the logo alt, the intro and the contact card; the header claim names the group.'
  },
  {
    file: 'b-jooble/lavoro-magazziniere-verona.html',
    url: 'https://it.jooble.org/lavoro-magazziniere/Verona',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Italian 2024 aggregator results: ten article cards with hashed CSS-module classes and data-test-name attributes, each with an h2 job link, snippet, salary, company, town and age; <h1> "Lavoro Magazziniere a Verona" and a count; filters, email alert, pager, related searches, SEO text and BreadcrumbList/FAQPage JSON-LD.'
  },
  {
    file: 'b-tanqeeb/fanni-takyif-riyadh-expired.html',
    url: 'https://saudi.tanqeeb.com/ar/s/jobs/1874263-hvac-technician-riyadh',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Arabic 2023 aggregator page for an expired ad: the JobPosting JSON-LD, meta description and og tags still carry the full title, employer, city and a summary, and the old title is the <h1> with employer and city under it, but an alert says the ad expired and its details were removed; five similar HVAC jobs with their own titles, employers and cities follow.'
  },
  {
    file: 'b-dover/sowline-founding-operations-lead.html',
    url: 'https://app.dover.com/apply/Sowline/5b0e2c1d-7f3a-4c8e-9a21-6d4f0b3e8c17',
    kind: 'single',
    title: 'Founding Operations Lead', company: 'Sowline', location: 'Brooklyn, NY',
    sel: '[data-testid="job-description"]',
    notes: 'US 2025 React/MUI ATS page with generated css-* classes; the location is a chip "Brooklyn, NY (Hybrid)" and the text says Greenpoint, while the JSON-LD says TELECOMMUTE in the United States, titles the job "Operations Lead" and names "Sowline Technologies, Inc."; the company is only the header text and logo; application form with a Brooklyn question, other roles in Remote (US) and Columbus, "Powered by Dover" footer.'
  },
  {
    file: 'b-recruitcrm/practice-manager-dental-wakefield.html',
    url: 'https://recruitcrm.io/apply/17093148226550041932bX',
    kind: 'single',
    title: 'Practice Manager (Dental)', company: 'Marlow & Finch Dental Group', location: 'Wakefield, West Yorkshire',
    sel: '.job-description-content',
    notes: 'UK 2024 agency page on a recruitment CRM: the agency owns the logo, the name above the <h1>, <title>, footer and the JSON-LD hiringOrganization, while the employer is named only in the first sentence of the description; the facts and JSON-LD give only "West Yorkshire", the city (Westgate, Wakefield) is in prose; recruiter card, GDPR apply form and more agency jobs in other Yorkshire towns.'
  },
  {
    file: 'b-jobsaf/monitoring-evaluation-officer-balkh.html',
    url: 'https://jobs.af/jobs/monitoring-evaluation-officer-125873',
    kind: 'single',
    title: 'Monitoring & Evaluation Officer', company: 'Hindukush Rural Resilience Organization', location: 'Mazar-i-Sharif, Balkh, Afghanistan',
    sel: '.job-body .section-content',
    notes: 'Afghan 2023 board in English with a Dari sentence in the summary; the facts table gives two provinces ("Balkh, Samangan") and the duty station Mazar-i-Sharif is only in prose, while JSON-LD puts the job in Kabul (head office) and titles it "M&E Officer - Balkh Province"; the About-organization card, submission e-mail box, similar jobs in other provinces and app promo are not description.'
  },
  {
    file: 'b-meteojob/boulanger-boulangere-villeurbanne.html',
    url: 'https://www.meteojob.com/candidat/offres/offre-d-emploi-boulanger-boulangere-h-f-villeurbanne-auvergne-rhone-alpes-cdi-21874409',
    kind: 'single',
    title: 'Boulanger / Boulangère (H/F)', company: 'Maison Pélissard', location: 'Villeurbanne (69)',
    sel: '.mj-offer-description, .mj-offer-profile',
    notes: 'French 2024 Angular SSR page; the employer appears only as the logo alt, in the first sentence and in the "L\'entreprise : Boulangeries Maison Pélissard" heading, while JSON-LD names the legal entity SAS PELISSARD DEVELOPPEMENT, titles it "Boulanger H/F" and locates it in Lyon 69000 (meta description too); Didomi banner, matching teaser with its own h2, skills tags, company section and similar offers (one from the same employer) are not description.'
  }
];

writeManifest(DIR, 'manifest-b.jsonl', PAGES);
