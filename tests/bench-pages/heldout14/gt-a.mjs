// Computes ground-truth description fields for the heldout14 a-* pages (job boards and newspaper
// classifieds of 2005-2011 from Denmark, Russia, Argentina, Poland, Japan, Tunisia, the US (a niche
// board), the UAE, Taiwan and Lithuania, written for this benchmark from what those sites' markup
// was like; all employers, people and prose invented) and writes manifest-a.jsonl.
// Usage: node gt-a.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'a-ofir/butikschef-koekkenforretning-viby.html',
    url: 'http://www.ofir.dk/job/visjob.aspx?jobid=2318847',
    kind: 'single',
    title: 'Butikschef', company: 'Fjordlys Køkkener A/S', location: 'Viby J',
    sel: '#annonceTekst',
    notes: 'Danish 2007 ASP.NET page declared windows-1252 with every æøå as an entity; <h1> is the category "Ledige job - Salg og detail"; the title is only a <font size=5><b> in the employer\'s 560px table ad, followed by the subline "til vores nye butik i Viby J"; employer in the logo alt, a Jobfakta dl in the right column and the small print at the end of the ad (the Randers head-office address); left search box, similar jobs with other towns, Adform and Gemius scripts.'
  },
  {
    file: 'a-superjob/menedzher-po-zakupkam-metalloprokat.html',
    url: 'http://ekaterinburg.superjob.ru/vakansii/menedzher-po-zakupkam-4471205.html',
    kind: 'single',
    title: 'Менеджер по закупкам (металлопрокат)', company: 'ТехноСнаб-Урал', location: 'Екатеринбург',
    sel: '.VacancyView_details',
    notes: 'Russian 2010 board; the salary sits right under the <h1> and in og:title; a site "О компании" blurb comes before the duties and is excluded, as are the contacts table (with the legal name ООО «ТехноСнаб-Урал» and an office address) and the publication line; the description is one <br>-separated div with bold Обязанности/Требования/Условия leads; similar vacancies in Верхняя Пышма and Челябинск, company vacancies, Yandex.Direct, LiveInternet and Metrika.'
  },
  {
    file: 'a-zonajobs/jefe-de-mantenimiento-pilar.html',
    url: 'http://www.zonajobs.com.ar/aviso/jefe-de-mantenimiento-1183347.html',
    kind: 'single',
    title: 'Jefe de Mantenimiento', company: 'Grupo Meridiano Consultores', location: 'Pilar, Buenos Aires',
    sel: '#aviso_descripcion',
    notes: 'Argentine 2009 table layout; <h1> is "Detalle del aviso", the title is an <h2>; the advertiser is a recruitment consultancy and the employer is only "importante empresa láctea", so the company a reader can name is the consultancy; "Lugar de trabajo: Buenos Aires - GBA Norte" while the text places the plant in the Parque Industrial Pilar; hidden application form with password field, similar ads table (one by the same consultancy), AdSense, ga.js.'
  },
  {
    file: 'a-praca/specjalista-ds-logistyki-opole.html',
    url: 'http://www.praca.pl/specjalista-ds-logistyki_2008_312456.html',
    kind: 'single',
    title: 'Specjalista ds. logistyki', company: 'Transbud-Opole Sp. z o.o.', location: 'Opole',
    sel: 'td.ogl_intro, td.ogl_body',
    notes: 'Polish 2008 page; <h1> is the generic "Oferta pracy" and the site facts give only "Województwo: opolskie"; title, city and reference number live in the employer\'s inline-styled table template as a centred capitals span "SPECJALISTA DS. LOGISTYKI" between the intro and the body; the logo has an empty alt, so the company is named only in the intro and the application address; the GIODO consent clause closes the ad; Flash banner, similar offers in other towns, Gemius and urchin.js.'
  },
  {
    file: 'a-rikunabi/route-eigyo-lpgas-shizuoka.html',
    url: 'http://next.rikunabi.com/company/cmi0254716021/nx1_rq0008347162/',
    kind: 'single',
    title: 'ルート営業（LPガス・住宅設備機器）', company: '株式会社駿河エネルギーサービス', location: '静岡県静岡市',
    sel: '#rq_lead, #rq_boshu, #rq_oubo',
    notes: 'Japanese 2010 page; the <h1> is the site logo, the title an <h2> with the marketing tags "◆未経験歓迎◆土日休み◆賞与年2回" in a span, and the first h3 is a two-line catch copy; the <title> strings company, title and tags with full-width bars; 勤務地 gives two offices in two wards of Shizuoka city; description is the lead, the 募集要項 th/td table and the 応募方法 table, while the 会社概要 table, "この求人を見た人は" box with other Shizuoka towns, icons and SiteCatalyst code are not.'
  },
  {
    file: 'a-tanitjobs/responsable-controle-de-gestion-megrine.html',
    url: 'http://www.tanitjobs.com/job/58817/responsable-controle-de-gestion/',
    kind: 'single',
    title: 'Responsable Contrôle de Gestion', company: 'Groupe Medjerda Agro', location: 'Mégrine, Ben Arous',
    sel: '#jobDescription, #jobRequirements',
    notes: 'Tunisian 2010 French page; the <h1> carries the prefix "Offre d\'emploi : " and the <title> the site name first; the company is only the linked value of a "Société :" label cell (logo alt empty, text says "notre société"); "Lieu de travail : Ben Arous" is the governorate while the text places the job in Mégrine; description split under two h2 label headings; governorate select and counts, same-category offers in other cities, banner.'
  },
  {
    file: 'a-perljobs/senior-perl-developer-bioinformatics.html',
    url: 'http://jobs.perl.org/job/4014',
    kind: 'single',
    title: 'Senior Perl Developer, Sequencing Data Pipeline', company: 'Larkspur Genome Center', location: 'Madison, Wisconsin, United States',
    sel: 'table.job td.desc',
    notes: 'US 2005 volunteer-run niche board in plain HTML 4 tables; no <h1>, the title is an <h2> with "(telecommute possible)" appended; every fact is a th/td row, and the description is three value cells (Description, Skills required, Skills desired) with <br> breaks and "&nbsp;&nbsp;*" bullets; the company cell adds "(nonprofit research institute)"; the Onsite row qualifies the location; left nav lists other recent jobs with their cities.'
  },
  {
    file: 'a-gulfnews/accountant-al-quoz-classified.html',
    url: 'http://classifieds.gulfnews.com/jobs/vacancies/accounts-finance/ad.aspx?id=GN-J-0824431',
    kind: 'single',
    title: 'Accountant', company: 'Al Waha Building Materials Trading LLC', location: 'Al Quoz, Dubai',
    sel: '.adText',
    notes: 'UAE 2008 newspaper classified as reprinted online; <h1> is the section "Situations Vacant: Accounts / Finance"; the ad opens "URGENTLY REQUIRED for a ... company in Al Quoz" and the role is a bold capitals line; the employer appears only as the capitals signature with a P.O. Box at the end; meta fields give only "Emirate: Dubai" and the print date; fraud warning and three other classifieds with their own bold leads and emirates below.'
  },
  {
    file: 'a-1111/kuaiji-taichung-results.html',
    url: 'http://www.1111.com.tw/job-bank/job-index.asp?ks=%E6%9C%83%E8%A8%88&c0=100400',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Taiwanese 2010 search results in Traditional Chinese: ten rows of a table with linked job and company names, a summary snippet, district, salary and date, with checkboxes for bulk applying; <h1> "「會計」台中市 工作職缺"; district and category facets with counts, pager, related searches, banners.'
  },
  {
    file: 'a-cvmarket/pardavimu-vadybininkas-klaipeda-expired.html',
    url: 'http://www.cvmarket.lt/joboffer.php?job_id=812377',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Lithuanian 2011 expired-ad page at the job URL: <title>, meta and og description still carry the title, employer, city and a summary, and the notice block has the old title as its <h1> with employer and city under it, but the text says the ad expired and no description is left; a five-row similar-jobs table with other sales titles and towns, CV promo.'
  }
];

writeManifest(DIR, 'manifest-a.jsonl', PAGES);
