// Computes ground-truth description fields for the heldout12 b-* pages (today's job boards and ATS career
// sites, written for this benchmark from what those sites' markup is like; all employers, people and
// prose invented) and writes manifest-b.jsonl.
// Usage: node gt-b.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'b-topcv/chuyen-vien-thu-mua-bac-ninh.html',
    url: 'https://www.topcv.vn/viec-lam/chuyen-vien-thu-mua-linh-kien-dien-tu-tieng-trung-tai-bac-ninh/1587342.html',
    kind: 'single',
    title: 'Tuyển Chuyên Viên Thu Mua Linh Kiện Điện Tử (Tiếng Trung) Tại Bắc Ninh - Thu Nhập Upto 22 Triệu', company: 'Công ty TNHH Linh Kiện Quang Minh Phát', location: 'Bắc Ninh',
    sel: '.job-description',
    notes: 'Vietnamese 2025 TopCV page; the <h1> is the long SEO-style headline (with "Tuyển" prefix, city and pay) exactly as the site shows it; Mức lương / Địa điểm / Kinh nghiệm icon boxes; employer only in the right-hand company card (h2 link + logo alt); description is six job-description__item blocks including work address, hours and how to apply; JSON-LD differs (title "Nhân viên mua hàng (Purchasing Staff)", hiringOrganization in English capitals); Việc làm liên quan list, scam-warning box, apply modal with a shortened title.'
  },
  {
    file: 'b-wanted/backend-engineer-payments-seongsu.html',
    url: 'https://www.wanted.co.kr/wd/271904',
    kind: 'single',
    title: '백엔드 엔지니어 (결제플랫폼)', company: '플로틱', location: '서울 성동구',
    sel: '.JobDescription_JobDescription__s2Keo',
    notes: 'Korean Next.js page with hashed CSS-module class names; title in h1.wds-58fmok, company as a bare link and location as an unlabelled span in the header ("서울 성동구", full street address only in the 근무지역 block further down); description paragraphs are <span>s with <br> and "•" bullets under h3 heads (주요업무, 자격요건, 우대사항, 혜택 및 복지, 채용 전형); JSON-LD and og:title say "서버 개발자" and "(주)플로틱"; referral-reward box and 이 포지션을 찾고 계셨나요? job cards.'
  },
  {
    file: 'b-alljobs/menahelet-heshbonot-petah-tikva.html',
    url: 'https://www.alljobs.co.il/Search/UploadSingle.aspx?JobID=8814027',
    kind: 'single',
    title: 'מנהל/ת חשבונות סוג 3 - חצי משרה', company: 'נתיב-גל שילוח ולוגיסטיקה בע"מ', location: 'פתח תקווה',
    sel: '.job-content-top-desc',
    notes: 'Hebrew right-to-left ASP.NET page inside one form with __VIEWSTATE; <h1> is the category "דרושים הנהלת חשבונות", title in an <h2> inside the job box link; company in div.T14 link; location after the label "מיקום המשרה:"; description uses <br> lines with "-" bullets in two PT15 blocks plus a benefits line; JSON-LD says the company is confidential ("AllJobs - חברה חסויה") and gives only the region מרכז; similar-jobs list with other titles/cities.'
  },
  {
    file: 'b-bestjobs/inginer-proces-sudura-sibiu.html',
    url: 'https://www.bestjobs.eu/ro/loc-de-munca/inginer-proces-sudura-sibiu-2',
    kind: 'single',
    title: 'Inginer Proces Sudură', company: 'Transilvania Metal Forming SRL', location: 'Sibiu',
    sel: '.js-job-description, .job-benefits, .js-job-description-more',
    notes: 'Romanian Bootstrap page; company only as header logo alt and the sidebar "Despre angajator" card (not in the body); location an icon-only meta span and the Detalii dl (Oraș); description split into three blocks around the Beneficii heading (text, benefit badges, schedule/apply paragraph); JSON-LD differs (title in English "Welding Process Engineer", hiringOrganization "TMF Group", an extra location Cisnădie); og:title differs; cookie banner, Joburi similare sidebar.'
  },
  {
    file: 'b-prace/skladnik-vzv-zlin.html',
    url: 'https://www.prace.cz/nabidka/2001884376/',
    kind: 'single',
    title: 'Skladník/skladnice s průkazem VZV – ranní směna', company: 'Moravia Distribuce s.r.o.', location: 'Zlín – Malenovice',
    sel: '.Advert__richtext, .Advert__contact',
    notes: 'Czech page; title in h1 with a "Nabídka práce" kicker above; company and place only in a dt/dd params list (Firma, Místo pracoviště: "Tř. Tomáše Bati, Zlín – Malenovice" as a mapy.cz link); breadcrumb has Zlínský kraj / Zlín; description rich text plus a Kontaktní osoba block; JSON-LD shortens the title to "Skladník"; CMP cookie banner, Podobné nabídky list including another job from the same company, Sklik ad slot.'
  },
  {
    file: 'b-hibob/senior-product-designer-leeds.html',
    url: 'https://hartwelllane.careers.hibob.com/jobs/3b7c1e0a-9d52-4f6e-a8b1-72c4e5f90d36',
    kind: 'single',
    title: 'Senior Product Designer', company: 'Hartwell Lane', location: 'Leeds, United Kingdom',
    sel: '.job-description',
    notes: 'English Angular-rendered HiBob careers page (custom elements, _ngcontent attributes); generic <title> "Careers | Hartwell Lane" and no JSON-LD; company only in the logo alt, title tag and the "About Hartwell Lane" lead of the description; location an icon span in the meta row ("Site: Leeds HQ" in the side card); department chip above the h1; Other open roles list with other titles and cities.'
  },
  {
    file: 'b-laura/lahihoitaja-kotihoito-kuopio.html',
    url: 'https://savonhoiva.rekrytointi.com/paikat/?o=A_RJ&jgid=1&jid=4471',
    kind: 'single',
    title: 'Lähihoitaja, kotihoito (vakituinen)', company: 'Savonhoiva Oy', location: 'Kuopio',
    sel: '.job-ad-description',
    notes: 'Finnish Laura-hosted employer page; <h1> is the hero "Avoimet työpaikat", title only in div.job-ad-title with a team/company subtitle under it; Työnantaja / Sijainti / Työaika / Hakuaika päättyy th/td table; description under three h3 heads (Työn kuvaus, Odotamme sinulta, Tarjoamme) with contact person; JSON-LD and og:title shorten the title to "Lähihoitaja"; Muut avoimet paikat side panel.'
  },
  {
    file: 'b-flatchr/charge-clientele-b2b-villeurbanne.html',
    url: 'https://careers.flatchr.io/fr/company/lumicor/vacancy/charge-e-de-clientele-b2b-h-f-cdi-k3xm2q',
    kind: 'single',
    title: 'Chargé(e) de clientèle B2B (H/F) - CDI', company: 'Lumicor Distribution', location: 'Villeurbanne',
    sel: '.vacancy__content',
    notes: 'French Nuxt SSR career site (Flatchr); Axeptio cookie overlay first in the body; company name in a cover banner paragraph, logo alt and sidebar card; location an icon tag and "Lieu" dd; description in four sections (L\'entreprise, Description du poste, Profil recherché, Pourquoi nous rejoindre ?); JSON-LD differs (title "Chargé de clientèle", "LUMICOR SAS", head-office address in Lyon 69002); Nos autres offres list.'
  },
  {
    file: 'b-myjobmag/accountant-jobs-lagos.html',
    url: 'https://www.myjobmag.com/search/jobs?q=accountant&location=Lagos',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Nigerian English search results: eight "Title at Company" h2 results with long snippets that read like postings (job title, location, employment type), key-info spans and dates; h1 "Accountant Jobs in Lagos"; ItemList JSON-LD; AdSense slots, pagination, job-alert box and field/location sidebars.'
  },
  {
    file: 'b-enjapan/keisai-shuryo-desc-4418203.html',
    url: 'https://employment.en-japan.com/desc_4418203/',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Japanese expired-posting page at the job URL: h1 "この求人の掲載は終了しました" but the old job title and company are still shown under it and in <title>; no description, no apply; recommendation cards with other titles, companies, 勤務地 and salaries, plus a re-search form, could look like a list.'
  }
];

writeManifest(DIR, 'manifest-b.jsonl', PAGES);
