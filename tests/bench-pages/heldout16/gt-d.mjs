// Computes ground-truth description fields for the heldout16 d-* pages (national and regional job
// boards of 2009-2015 from Greece, Bulgaria, Lithuania, Chile, Peru, Vietnam, Turkey, Romania, Nepal
// and Ghana, written for this benchmark from what those sites' markup was like; all employers,
// people, addresses and prose invented) and writes manifest-d.jsonl.
// Usage: node gt-d.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'd-skywalker/ypallilos-logistiriou-kyanos-peiraias.html',
    url: 'http://www.skywalker.gr/elGR/aggelia/ergasia/481273/ypallilos-logistiriou.aspx',
    kind: 'single',
    title: 'Υπάλληλος Λογιστηρίου', company: 'Kyanos Maritime S.A.', location: 'Πειραιάς',
    sel: '#ctl00_ContentPlaceHolder1_tdAdText',
    notes: 'Greek 2009 ASP.NET page declared windows-1253 with every Greek letter as a numeric entity; the <h1> is the section "Αγγελίες Εργασίας" and the title appears only in the <title> and, in the accusative, as the centred bold "ΥΠΑΛΛΗΛΟ ΛΟΓΙΣΤΗΡΙΟΥ" with a reference code inside the ad; the logo alt is empty and the employer is named only in the Latin-script signature "KYANOS MARITIME S.A." at the end of the ad; ViewState, SWFObject banner, OpenX iframe, related ads with other Attica towns.'
  },
  {
    file: 'd-zaplatabg/konsultant-nemski-ezik-sofia.html',
    url: 'http://www.zaplata.bg/sofia/konsultant-obsluzhvane-na-klienti-s-nemski-ezik-1183920/',
    kind: 'single',
    title: 'Консултант обслужване на клиенти с немски език', company: 'Verdant Contact Bulgaria ЕООД', location: 'София',
    sel: '#offerText',
    notes: 'Bulgarian 2011 page declared windows-1251 with Cyrillic as numeric entities; the <h1> appends the German "(Kundenberater/in)" and the <title> packs city and salary; the ad body switches from Bulgarian to German section headings and lists (Ihre Aufgaben / Ihr Profil) and back; a facts table and an employer sidebar repeat the company with its Sofia address; similar offers in Plovdiv and Varna, Flash banner, Facebook iframe, Gemius.'
  },
  {
    file: 'd-cvbankas/logistikos-koordinatorius-kaunas.html',
    url: 'https://www.cvbankas.lt/logistikos-koordinatorius-e-kaune-1-2318764',
    kind: 'single',
    title: 'Logistikos koordinatorius (-ė)', company: 'UAB „Ventos krovinių linija“', location: 'Kaunas',
    sel: '.jobad_txt',
    notes: 'Lithuanian 2015 page with schema.org microdata whose hidden jobLocation addressLocality is "Vilnius" (the head office, also in the company block) while the visible "Darbo vieta" and the text say Kaunas (free economic zone); title carries the gender suffix "(-ė)", company name uses „“ quotes; one Russian sentence inside the ad; "Apie įmonę" block, similar jobs in Vilnius and Klaipėda and a cookie bar are not part of the description.'
  },
  {
    file: 'd-chiletrabajos/jefe-de-turno-aserradero-los-angeles.html',
    url: 'http://www.chiletrabajos.cl/trabajo/jefe-de-turno-aserradero-1294875',
    kind: 'single',
    title: 'Jefe de Turno Aserradero', company: 'Aserraderos Nahuelbuta S.A.', location: 'Los Ángeles, Región del Biobío',
    sel: '#descripcion-oferta',
    notes: 'Chilean 2013 Bootstrap 2 page; the city is Los Ángeles in the Biobío region (not California), given in an h3 meta line and a striped facts table; the facts table says "Empresa: Confidencial" but the first sentence of the ad names the employer; similar offers in Nacimiento, Mulchén, Concepción and Angol, AdSense, Facebook iframe, anti-fraud alert.'
  },
  {
    file: 'd-aptitus/empleos-ventas-lima.html',
    url: 'http://aptitus.com/buscar/area/ventas/ubicacion/lima',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Peruvian 2012 search results of El Comercio\'s board in Spanish: ten aviso blocks each with an <h2> job link, company (one only "Importante empresa de telecomunicaciones"), "Lima - Lima - District" line, snippet and relative date; <h1> "Empleos de Ventas en Lima"; area/level/district/date facets with counts, pager, related searches, group sites bar, ad iframe.'
  },
  {
    file: 'd-timviecnhanh/nhan-vien-kinh-doanh-phan-mem-ke-toan-ha-noi.html',
    url: 'http://www.timviecnhanh.com/nhan-vien-kinh-doanh-phan-mem-ke-toan-ha-noi-2814735.html',
    kind: 'single',
    title: 'Nhân Viên Kinh Doanh Phần Mềm Kế Toán', company: 'Công Ty Cổ Phần Giải Pháp Phần Mềm Sao Khuê', location: 'Hà Nội',
    sel: '#tbl-job-content',
    notes: 'Vietnamese 2014 page; the <h1> and <title> start with the marketing prefix "Tuyển Gấp" (urgent hiring) in a span; the description is a two-column label/value table (Mô tả / Yêu cầu / Quyền lợi / Hồ sơ bao gồm) right after a similar-looking facts table that is not part of it; the company box in the sidebar gives a Ho Chi Minh City (Quận 7) head-office address while the job is in Hà Nội (Cầu Giấy); related jobs in other cities.'
  },
  {
    file: 'd-elemannet/kalite-kontrol-muhendisi-bursa-nilufer.html',
    url: 'http://www.eleman.net/ilan_detay.asp?id=318472',
    kind: 'single',
    title: 'Kalite Kontrol Mühendisi', company: 'Ekinciler Otomotiv Yan Sanayi Ltd. Şti.', location: 'Bursa / Nilüfer',
    sel: '#ilanaciklama',
    notes: 'Turkish 2009 table-layout page declared windows-1254 with Turkish letters as entities; the <h1> is the employer\'s all-caps headline "BURSA NİLÜFER OSB\'DE FAALİYET GÖSTEREN FİRMAMIZA KALİTE MÜHENDİSİ" and the plain title is only in the "Pozisyon" row; the ad says "Firmamız" and the employer is named only in the "Firma Adı" row; military-service and gender rows, Flash banner via AC_FL_RunContent, ad iframe, similar ads in Osmangazi, Gebze, Yıldırım, İnegöl.'
  },
  {
    file: 'd-hipo/consultant-vanzari-b2b-cluj-expirat.html',
    url: 'http://www.hipo.ro/locuri-de-munca/vizualizare_oferta/218734/Consultant-vanzari-B2B',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Romanian 2013 expired-ad page at the job URL: <title>, meta and og description still carry the title, employer, city and a summary, and the header block keeps the <h1> title, logo, linked employer and city, but the notice says applications closed and the description is gone; five similar jobs in Cluj-Napoca with employers, CV promo, ad iframe.'
  },
  {
    file: 'd-merojob/site-engineer-civil-sindhupalchok.html',
    url: 'http://www.merojob.com/job/site-engineer-civil-38516/',
    kind: 'single',
    title: 'Site Engineer (Civil)', company: 'Himal Tara Hydropower Ltd.', location: 'Sindhupalchok',
    sel: '#job-body',
    notes: 'Nepali board 2015 in English with Bootstrap 3 panels; JSON-LD JobPosting puts jobLocation in Baneshwor, Kathmandu (the employer\'s office, also shown under the company name) while "Job Location" in the Basic Job Information table and the text say the Sindhupalchok project site; logo alt is in Devanagari; description is three panels (Job Specification table, Job Description, Apply Instruction) after the excluded basic-info table; more jobs by the employer and similar jobs in other districts.'
  },
  {
    file: 'd-jobsinghana/field-sales-representatives-kumasi.html',
    url: 'http://www.jobsinghana.com/jobs/index.php?a=view&id=18273',
    kind: 'single',
    title: 'Field Sales Representatives', company: 'Adomako Agro-Inputs Ltd', location: 'Kumasi',
    sel: '#jobdescription',
    notes: 'Ghanaian 2011 table layout; <h1> is "Job Details" and the title is a span in a "Job Title:" label row with "(3 Vacancies)" appended; the facts table has a truncated "Job Summary" that repeats the ad\'s first sentence (not part of the description); "Location: Kumasi" is the head office while the text assigns territories in the Ashanti and Brong Ahafo regions; Flash skyscraper, Facebook iframe, other jobs in Kumasi, Ho, Tamale and Sunyani.'
  }
];

writeManifest(DIR, 'manifest-d.jsonl', PAGES);
