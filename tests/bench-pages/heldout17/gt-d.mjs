// Computes ground-truth description fields for the heldout17 d-* pages (national job boards of
// 2011-2016 from Czechia, Slovakia, Finland, Israel, Morocco, Thailand, Croatia, Slovenia, Ukraine
// and Iceland: a newspaper portal's board, two public employment-service portals with label/value
// tables, a government job bank with a bilingual Finnish/Swedish ad, a Hebrew classifieds site, the
// Moroccan employment agency, a Thai board with employer templates, a Slovene board with JSON-LD, a
// Russian-language results page and an expired Icelandic ad; written for this benchmark from what
// those sites' markup was like; all employers, people, addresses and prose invented) and writes
// manifest-d.jsonl.
// Usage: node gt-d.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'd-jobdnes/skladnik-ridic-vzv-pardubice.html',
    url: 'http://www.jobdnes.cz/nabidka/JD1147332',
    kind: 'single',
    title: 'Skladník – řidič VZV', company: 'LOGIMAX Distribution s.r.o.', location: 'Pardubice',
    sel: '#inzerat-text',
    notes: 'Czech 2011 newspaper-portal board under the iDNES portal bar; the <h1> appends "(i bez praxe)" and the ad repeats the role as a centred capitals "SKLADNÍK / ŘIDIČ VZV"; "Místo pracoviště" gives only "Pardubický kraj" while the text places the depot in Pardubice – Semtín and the sidebar company box gives a Hradec Králové seat; reply form, similar offers in other towns (one by the same firm), Gemius and ad-server scripts.'
  },
  {
    file: 'd-istp/operator-cnc-frezar-povazska-bystrica.html',
    url: 'http://www.istp.sk/istp/vpm/detail.jsf?id=1083421',
    kind: 'single',
    title: 'Operátor CNC strojov – frézar', company: 'HYDROTEK Považie, s.r.o.', location: 'Považská Bystrica',
    sel: '#vpm td.popis',
    notes: 'Slovak 2013 public employment-service portal (JSF, EU-fund logos); <h1> and <title> are the generic "Detail voľného pracovného miesta"; everything is one long label/value table, the title a bold value next to an SK ISCO occupation row with a different name, and the description is three free-text value cells (duties, benefits, personal skills) scattered among salary, education and contact rows; the employer address is in Dubnica nad Váhom; other vacancies of the employer and nearby towns below.'
  },
  {
    file: 'd-mol/sairaanhoitaja-kotihoito-porvoo.html',
    url: 'http://www.mol.fi/paikat/Job.do?lang=fi&jobID=6338104&index=2&anchor=6338104',
    kind: 'single',
    title: 'Sairaanhoitaja, kotihoito', company: 'Porvoon Kotihoitopalvelu Apila Oy', location: 'Porvoo',
    sel: '.ilmoitusteksti',
    notes: 'Finnish 2012 government job bank in HTML 4 tables, ISO-8859-1 with every letter as an entity; <h1> is the section "Avoimet työpaikat" and <title> generic; the ad text is one <br>-separated block that ends with a Swedish version ("Sjukskötare, hemvård", Borgå); the employer line and facts are in capitals (PORVOO) and the facts give a bilingual company name and the TE office that filed the ad; similar jobs with other municipalities.'
  },
  {
    file: 'd-yad2/nahag-chaluka-rosh-haayin.html',
    url: 'http://www.yad2.co.il/Jobs/Info.php?JobID=2817462',
    kind: 'single',
    title: 'נהג/ת חלוקה', company: 'גרעיני הדגן בע"מ', location: 'ראש העין',
    sel: 'td.details_text',
    notes: 'Hebrew RTL 2013 classifieds site; <h1> is the section "דרושים" and the <h2> an advertiser headline ("for a leading food company ... drivers wanted"); the role is only the "תפקיד" value, the area row says השרון and the town row ראש העין while the text lists delivery routes in four other towns; the business name appears only in the contact box; description is two value cells; masked phone, Facebook like iframe, DFP banners and similar ads with other towns.'
  },
  {
    file: 'd-anapec/technicien-maintenance-industrielle-tanger.html',
    url: 'http://www.anapec.org/sigec-app-rv/fr/chercheurs/offre/show/id/201411087',
    kind: 'single',
    title: 'Technicien de maintenance industrielle', company: 'ATLAS CÂBLAGE AUTO SARL', location: 'Tanger',
    sel: 'td.texte-offre',
    notes: 'Moroccan 2014 public employment agency in French with Arabic logo text, warnings and a closing Arabic line inside the ad; <h1> "Détail de l\'offre", generic <title>; there is no employer field: the agency (ANAPEC, "Agence Tanger Ibn Batouta") dominates the page and the employer is named only in capitals inside the first description cell; "Lieu de travail : TANGER" while the text says Tanger Automotive City (Jouamaa); login form with password field, other offers in Tétouan and Larache.'
  },
  {
    file: 'd-jobtopgun/accounting-officer-amata-nakorn.html',
    url: 'http://www.jobtopgun.com/jobs/viewJob.jsp?idEmp=41287&idPosition=6',
    kind: 'single',
    title: 'เจ้าหน้าที่บัญชี (Accounting Officer)', company: 'บริษัท สยามพาราวู้ด อินดัสทรี จำกัด', location: 'นิคมอุตสาหกรรมอมตะนคร, ชลบุรี',
    sel: '#jobDescription',
    notes: 'Thai 2012 board with an employer-designed inline-styled template and no <h1>; the title is a bold "ตำแหน่ง : ..." paragraph in Thai with English in brackets; schema.org microdata gives only the English title, English company name and "Chonburi"; the workplace is an h3-headed section inside the description, while the contact block lists a Bangkok head office and the site info bar only the province; other positions of the company (one in Bangkok) and similar jobs in Rayong and Chachoengsao.'
  },
  {
    file: 'd-hzz/konobar-konobarica-tucepi.html',
    url: 'http://burza.hzz.hr/RadnoMjesto.aspx?ID=1143807&s=1',
    kind: 'single',
    title: 'KONOBAR/KONOBARICA', company: 'BIOKOVSKA RIVIJERA d.o.o.', location: 'Tučepi',
    sel: '#ctl00_MainContent_lblOstaleInformacije',
    notes: 'Croatian 2014 public employment-service board (ASP.NET WebForms, __VIEWSTATE); no heading at all: the title is a capitals span, <title> is the site name; "Mjesto rada" is TUČEPI in capitals with the county, the employer\'s address and the interviews are in Makarska and the office is "Ispostava Makarska"; the only free text is the "Ostale informacije" value among many label/value rows; similar seasonal ads in other coastal towns.'
  },
  {
    file: 'd-mojedelo/komercialist-vodovodne-instalacije-novo-mesto.html',
    url: 'https://www.mojedelo.com/prosto-delovno-mesto/komercialist-za-podrocje-vodovodnih-instalacij/142877',
    kind: 'single',
    title: 'Komercialist za področje vodovodnih inštalacij', company: 'Terma Vod d.o.o.', location: 'Novo mesto',
    sel: '#job-description',
    notes: 'Slovene 2016 Bootstrap board with a cookie bar; JSON-LD disagrees with the page (title just "Komercialist", the legal name "TERMA VOD, trgovina in storitve, d.o.o." and the Ljubljana head-office address as jobLocation) while "Kraj dela" is Novo mesto; the company is an <h2> under the <h1>; the ad opens with a slogan and repeats the title as an h3 with "/ka"; employer profile box, similar jobs including one by the same firm in Maribor.'
  },
  {
    file: 'd-jobsua/buhgalter-kharkov-results.html',
    url: 'http://www.jobs.ua/vacancy/kharkov/buhgalteriya/',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Ukrainian 2011 board in Russian: ten table rows with a checkbox, linked title, company, snippet, city, salary and date, and a bulk "send CV" button; <h1> "Вакансии бухгалтера в Харькове"; rubric, city, salary and employment facets with counts, pager, related searches, SEO text, hot vacancies and banners.'
  },
  {
    file: 'd-tvinna/vefforritari-hafbyr-utrunnin.html',
    url: 'http://www.tvinna.is/starf/4187/vefforritari-hafbyr/',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Icelandic 2015 niche tech board, expired ad at the job URL: <title>, og tags, a leftover JSON-LD JobPosting and the <h1> still carry the title, employer, Reykjavík and a summary, but the body only says in Icelandic that the deadline has passed and the ad was withdrawn; a recent-jobs list with five other titles, employers and towns.'
  }
];

writeManifest(DIR, 'manifest-d.jsonl', PAGES);
