// Computes ground-truth description fields for the heldout13 b-* pages (today's regional job boards and
// ATS career sites of 2020-2026, written for this benchmark from what those sites' markup is like; all
// employers, people, addresses and prose invented) and writes manifest-b.jsonl.
// Usage: node gt-b.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'b-traffit/specjalista-rozliczen-transportu-komorniki.html',
    url: 'https://trasomar.traffit.com/public/an/7f3c2a9e1b4d8c6a0e5f2d7b9a1c3e4f5a6b7c8d',
    kind: 'single',
    title: 'Specjalista / Specjalistka ds. rozliczeń transportu', company: 'Trasomar Logistics', location: 'Komorniki (pow. poznański)',
    sel: '.tpl-content',
    notes: 'Polish Traffit advert template: company only in the logo alt, the first body sentence and the GDPR clause (no label, <title> is the bare role); location an icon param "Komorniki (pow. poznański)"; JSON-LD disagrees (title "Specjalista ds. rozliczeń", legal name in capitals, addressLocality Poznań); description is four data-field sections, with the RODO clause and reference number kept apart below the Aplikuj button.'
  },
  {
    file: 'b-kenjo/tecnico-mantenimiento-industrial-ribarroja.html',
    url: 'https://conservasalbora.kenjo.io/positions/tecnico-mantenimiento-noche',
    kind: 'single',
    title: 'Técnico/a de Mantenimiento Industrial – Turno de noche', company: 'Conservas Albora', location: 'Riba-roja de Túria, Valencia',
    sel: '.ccs-position-body',
    notes: 'Angular-rendered Kenjo career site (orgos-* custom elements, _ngcontent attributes) with English UI around a Spanish posting; no <h1> (title in a div), no JSON-LD, generic <title> "Conservas Albora - Careers"; employer named only there, in the privacy checkbox ("Conservas Albora S.L.") and never in the body; location chip is the office name "Planta Riba-roja", the town only in an address line below the form; inline apply form and Other open positions list.'
  },
  {
    file: 'b-talentsoft/charge-affaires-cvc-plomberie-saint-herblain.html',
    url: 'https://ouestelec-recrute.talent-soft.com/offre-de-emploi/emploi-charge-d-affaires-cvc-plomberie-h-f_2417.aspx',
    kind: 'single',
    title: "Chargé d'affaires CVC / Plomberie H/F", company: 'Ouestelec Génie Climatique', location: 'Saint-Herblain',
    sel: '#fldjobdescription_description1, #fldjobdescription_description2',
    notes: 'French Talentsoft ASP.NET offer page: the group career site ("GROUPE OUESTELEC" in <title>, "Groupe Ouestelec" in JSON-LD and header logo) hires for a subsidiary named only in the entity-logo alt and the Entité blurb; <h1> carries a second span "Nouvelle offre"; location is a hierarchy "Europe, France, Pays de la Loire, Loire Atlantique (44)" plus a Ville field (Saint-Herblain) while JSON-LD says Nantes 44000; description is the Mission and Profil rich-text fields among many short field/value pairs.'
  },
  {
    file: 'b-yenibiris/muhasebe-uzmani-dis-ticaret-bursa.html',
    url: 'https://www.yenibiris.com/is-ilani/muhasebe-uzmani/1348712',
    kind: 'single',
    title: 'Muhasebe Uzmanı (Dış Ticaret Deneyimli)', company: 'NİLÜFER ÖRME TEKSTİL SAN. VE TİC. A.Ş.', location: 'Bursa - Nilüfer',
    sel: '.job-description',
    notes: 'Turkish Bootstrap board page; <title>/og:title follow the site pattern "COMPANY - Bursa Muhasebe Uzmanı İş İlanları - Yenibiris.com" and JSON-LD both drop the parenthetical from the title; company in Turkish capitals with dotted İ; location as "Bursa - Nilüfer" and again in the İlan Bilgileri list as "Bursa / Nilüfer"; Şirket Hakkında blurb, scam warning, Benzer İlanlar with other Bursa employers, KVKK cookie bar.'
  },
  {
    file: 'b-karir/staff-admin-gudang-cikarang.html',
    url: 'https://karir.com/opportunities/1402187',
    kind: 'single',
    title: 'Staff Admin Gudang (Penempatan Cikarang)', company: 'PT Cahaya Prima Distribusindo', location: 'Bekasi',
    sel: '#job-description, #job-requirement',
    notes: 'Indonesian Next.js page with CSS-module class names; location shown the way the site stores it, office label first ("cabang cikarang - Bekasi"), and the same string sits in __NEXT_DATA__ under the key "description"; JSON-LD differs (title "Admin Gudang", "PT. CAHAYA PRIMA DISTRIBUSINDO", Kabupaten Bekasi); a hidden sticky bar repeats title and company; description is two sections (Deskripsi Pekerjaan, Kualifikasi) between an Informasi Lowongan dl, skill tags, company card and Lowongan Serupa entries with their own "office - city" locations.'
  },
  {
    file: 'b-green/backend-engineer-go-kessai-shibuya.html',
    url: 'https://www.green-japan.com/company/8421/job/213377',
    kind: 'single',
    title: 'バックエンドエンジニア（Go／決済基盤）', company: '株式会社ミナトペイ', location: '東京都渋谷区',
    sel: '#job-body',
    notes: 'Japanese MUI/emotion Next.js page; a large h2 catch-copy ("決済の「待ち時間」をゼロにする。…") sits above the smaller <h1> job title and is also the og:title; JSON-LD title is "サーバーサイドエンジニア"; location chip only says 東京都, the ward and street in the 募集要項 dl (勤務地), while 企業情報 gives a different head-office address in 港区; description is 仕事内容/応募資格 pre-wrap text plus the 募集要項 dl, with 企業情報 and a recommended-jobs sidebar outside it.'
  },
  {
    file: 'b-occupop/pharmacy-technician-ballincollig.html',
    url: 'https://leevalleypharmacy.occupop-careers.com/jobs/5e1f0c8a-3b2d-4a7e-9c41-8d2f6b7a1e03',
    kind: 'single',
    title: 'Pharmacy Technician – Full Time', company: 'Lee Valley Pharmacy', location: 'Ballincollig, Co. Cork',
    sel: '.job-description',
    notes: 'Irish Occupop React/MUI careers page; generic <title> "Careers | Lee Valley Pharmacy", logo alt "Company logo"; an overline category ("Retail Pharmacy · Dispensary") above the h1; a "Hiring for Lee Valley Pharmacy Ballincollig" line names the branch; JSON-LD differs (title "Pharmacy Technician", "Lee Valley Pharmacy Ltd", locality Cork); location, contract and salary as icon chips; Other jobs cards with other Cork towns, sticky Apply bar, cookie snackbar.'
  },
  {
    file: 'b-fuzu/finance-grants-officer-kisumu.html',
    url: 'https://www.fuzu.com/kenya/job/finance-and-grants-officer-maji-bora-trust',
    kind: 'single',
    title: 'Finance and Grants Officer', company: 'Maji Bora Trust', location: 'Kisumu',
    sel: '.view-summary-content',
    notes: 'Kenyan styled-components page (sc-* hashed classes, data-cy hooks); the full description sits under the heading "Job summary"; location is just a linked "Kisumu" while JSON-LD puts the job in Nairobi; a "How well do you fit this job?" sign-up box comes before the description, and About-company, Similar jobs (other towns) and a Premium upsell follow it.'
  },
  {
    file: 'b-infostud/magacioner-novi-sad-oglasi.html',
    url: 'https://poslovi.infostud.com/oglasi-za-posao/novi-sad?q=magacioner',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Serbian (Latin) Next.js search results: h1 "Oglasi za posao: magacioner, Novi Sad" and eight cards, each with an h2 title, company, city, contract, sometimes pay, a posting-like snippet and a deadline; the first card is a highlighted ad; ItemList JSON-LD, filter sidebar, inline ad slot, job-alert form and related searches.'
  },
  {
    file: 'b-solides/auxiliar-administrativo-financeiro-encerrada.html',
    url: 'https://itamaralimentos.vagas.solides.com.br/vaga/1184420',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Brazilian Portuguese closed vacancy at the job URL: the header still shows a "Vaga encerrada" badge, the <h1> job title, company and chips (Uberlândia - MG, Presencial, CLT), and <title>/og tags still describe the job, but there is no description and no apply button, only a closed notice and four "Vagas que podem te interessar" cards with snippets; __NEXT_DATA__ has currentState "encerrada" and description null.'
  }
];

writeManifest(DIR, 'manifest-b.jsonl', PAGES);
