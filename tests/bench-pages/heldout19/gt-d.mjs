// Computes ground-truth description fields for the heldout19 d-* pages (national job boards of ten
// countries, 2009-2022: Career Center (Armenia), Praca.by (Belarus), Zangia (Mongolia), Ethiojobs
// (Ethiopia), Jobinja (Iran), Daleel Madani (Lebanon), Jobsplus (Malta), Enbek.kz (Kazakhstan), an
// Ergodotisi.com results list (Cyprus) and an expired Gallito Trabajo ad (Uruguay); in the local
// languages with bilingual pages; written for this benchmark from what those sites' markup was
// like; all employers, people, addresses, phone numbers and prose invented) and writes
// manifest-d.jsonl.
// Usage: node gt-d.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'd-careercenter/field-coordinator-gyumri.html',
    url: 'http://www.careercenter.am/ccdspann.php?id=19247',
    kind: 'single',
    title: 'Field Coordinator', company: 'Akhurian Valley Development Foundation', location: 'Gyumri, Armenia',
    sel: 'div.anntext',
    notes: 'Armenian 2009 NGO job board in 980px tables with no heading elements and a generic <title>; the employer is only a capitals line above a TITLE:/TERM:/LOCATION: label table whose location is the marz ("Shirak marz, Armenia") while the text bases the job in the Gyumri office; the ad ends with an Armenian-language version, followed by the site\'s standard "mention Career Center" note, other announcements with towns, and the Career Center\'s own Yerevan address.'
  },
  {
    file: 'd-pracaby/tehnolog-derevoobrabotki-mozyr.html',
    url: 'http://www.praca.by/vacancy/1184372/',
    kind: 'single',
    title: 'Технолог деревообрабатывающего производства', company: 'ОАО «Полесьемебель»', location: 'Мозырь, Гомельская область',
    sel: 'div.vacancy_text',
    notes: 'Belarusian 2013 board in Russian; the facts table gives only "Регион: Гомельская область" and the town appears in the conditions list ("в г. Мозыре") and the contact address; the company card in the sidebar gives the employer\'s Belarusian name "ААТ «Палессемэбля»" with a Belarusian profile; salary in millions of old roubles; similar vacancies (one from the same employer) with other towns, Yandex.Direct and Metrika.'
  },
  {
    file: 'd-zangia/aguulakhyn-nyarav-zamyn-uud.html',
    url: 'https://www.zangia.mn/job/_r8kq2d',
    kind: 'single',
    title: 'Агуулахын нярав', company: 'Говь Транс Терминал ХХК', location: 'Замын-Үүд, Дорноговь',
    sel: 'div.job-body',
    notes: 'Mongolian 2019 board, all in Cyrillic Mongolian; the only <h1> is the site logo and the title an <h2>; the JSON-LD and the "Байршил" fact both say Ulaanbaatar (Khan-Uul, the company head office) while the ad is for the container terminal in Zamyn-Üüd, Dornogovi, with a 14/14 rotation; the text ends with the Ulaanbaatar office address for applications; similar jobs in other aimags, company box and app promo.'
  },
  {
    file: 'd-ethiojobs/monitoring-evaluation-officer-debre-markos.html',
    url: 'https://www.ethiojobs.net/display-job/214873/Monitoring-and-Evaluation-Officer.html',
    kind: 'single',
    title: 'Monitoring and Evaluation Officer', company: 'Tesfa Birhan Development Association', location: 'Debre Markos, Ethiopia',
    sel: '.details-body__left .details-body__content',
    notes: 'Ethiopian 2017 SmartJobBoard site; the <h1> carries "(Re-Advertised)"; the header and the Job Summary box both say "Location: Addis Ababa" while the ad puts the place of work in Debre Markos; the description (with the employer-written How to Apply block) includes an Amharic section repeating title, place and application rules; logo alt is only "TBDA"; similar jobs with other NGOs and towns, newsletter and footer.'
  },
  {
    file: 'd-jobinja/network-support-expert-isfahan.html',
    url: 'https://jobinja.ir/companies/aban-data-processing/jobs/A7kQ/%D8%A7%D8%B3%D8%AA%D8%AE%D8%AF%D8%A7%D9%85-%DA%A9%D8%A7%D8%B1%D8%B4%D9%86%D8%A7%D8%B3-%D9%BE%D8%B4%D8%AA%DB%8C%D8%A8%D8%A7%D9%86%DB%8C-%D9%81%D9%86%DB%8C-%D8%B4%D8%A8%DA%A9%D9%87-%D8%B4%D8%B9%D8%A8%D9%87-%D8%A7%D8%B5%D9%81%D9%87%D8%A7%D9%86',
    kind: 'single',
    title: 'کارشناس پشتیبانی فنی شبکه', company: 'داده‌پردازان آبان', location: 'اصفهان',
    sel: '.c-jobView > div.s-jobDesc:nth-of-type(2)',
    notes: 'Iranian 2018 board, RTL Persian with Persian digits; the company header is an <h2> "داده‌پردازان آبان | Aban Data Processing" above the job <h1>, which appends "(شعبه اصفهان)"; location is an info-box value "اصفهان ، اصفهان" (province, city); the company introduction below uses the same s-jobDesc class and names the Tehran head office; a skills/gender/military-service info box sits between them; similar jobs from Tehran, Najafabad and Mashhad.'
  },
  {
    file: 'd-daleelmadani/protection-case-worker-halba.html',
    url: 'https://daleel-madani.org/civil-society-directory/jusoor-al-shamal-association/jobs/call-applications-protection-case-worker',
    kind: 'single',
    title: 'Protection Case Worker', company: 'Jusoor Al Shamal Association', location: 'Halba, Akkar',
    sel: '.field-name-body .field-item, .field-name-field-how-to-apply .field-item',
    notes: 'Lebanese 2017 civil-society portal (Drupal 7); the <h1> is "Call for Applications: Protection Case Worker"; the Location field lists two areas ("Akkar", "North") while the body bases the job in the Halba office and the sidebar gives the organisation\'s Tripoli address; the body has an English part then an Arabic RTL version, and a separate How to apply field; hidden cookie popup, similar jobs with other governorates.'
  },
  {
    file: 'd-jobsplus/commis-chef-marsaxlokk.html',
    url: 'https://jobsplus.gov.mt/mt/job-seekers/vacancies/details?id=38271',
    kind: 'single',
    title: 'Commis Chef', company: 'Blue Harbour Catering Ltd', location: 'Marsaxlokk, Malta',
    sel: 'div.vacancy-description',
    notes: 'Maltese 2016 public employment service page with a Maltese-language interface; <h1> and <title> are just "Dettalji tal-Vakanza"; title, ISCO occupation ("5120 - Koki"), employer and locality are th/td rows; the ad names the restaurant brand (Il-Lampuka) besides the employer company and repeats itself in Maltese with the title "Kok Assistent"; site-added "Kif tapplika" box, similar vacancies with Maltese place names, Job Centre addresses.'
  },
  {
    file: 'd-enbek/mehanik-selhoztehniki-irtyshsk.html',
    url: 'https://www.enbek.kz/ru/vacancy/mehanik-po-remontu-selskohozyaystvennoy-tehniki~3918274',
    kind: 'single',
    title: 'Механик по ремонту сельскохозяйственной техники', company: 'ТОО «Ертіс Агро Сервис»', location: 'Иртышск, Павлодарская область',
    sel: 'div.vacancy-text',
    notes: 'Kazakhstan 2022 state labour exchange in Russian with a Kazakh title under the <h1> and a Kazakh "Қосымша ақпарат" block that calls the village by its Kazakh name Ертіс (close to the employer\'s name); the region fact is the oblast and the village is inside an inverted address ("Иртышский район, Иртышск с."); employer shown with legal form and БИН; sidebar employment centre with a Pavlodar address, similar vacancies in Pavlodar and Ekibastuz.'
  },
  {
    file: 'd-ergodotisi/logistes-lefkosia-results.html',
    url: 'http://www.ergodotisi.com/el/Jobs.aspx?c=2&l=1',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Cypriot 2015 job board results (ASP.NET, one form with __VIEWSTATE) in Greek: twelve results with titles in Greek or English, company links (one "Εμπιστευτικό"), city with district in brackets, date and snippet; <h1> names the category and city; city and job-type facets with counts, alert box, pager, related searches.'
  },
  {
    file: 'd-gallito/vendedor-salon-electrodomesticos-expired.html',
    url: 'http://trabajo.gallito.com.uy/anuncio/vendedor-a-de-salon-electrodomesticos-montevideo-4207316',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Uruguayan 2012 newspaper classifieds job site, expired ad at its old URL: <title>, meta description and og:title still carry title and employer, and a summary box repeats title, company, zone and end date under the <h1> "El aviso que buscás ya no está disponible"; no description; six similar ads with companies, zones and snippets, alert form, DFP slot.'
  }
];

writeManifest(DIR, 'manifest-d.jsonl', PAGES);
