// Computes ground-truth description fields for the heldout22 d-* pages (national job boards of
// ten countries, 2009-2025: a Venezuelan classic-ASP results list (Spanish), a Kyrgyz board
// (Russian), an Ivorian PHP board (French), an Angolan Rails/Bootstrap board (Portuguese), a
// Burmese-language posting on a Myanmar board, a Mozambican WordPress/WP Job Manager board
// (Portuguese), a Senegalese Drupal board (French), a Jamaican ASP.NET WebForms board (English),
// a Kosovar Tailwind board's expired ad (Albanian) and the Saudi national OutSystems job
// platform (Arabic, rendered DOM); written for this benchmark from what those sites' markup was
// like; all employers, people, addresses, phone numbers and prose invented) and writes
// manifest-d.jsonl.
// Usage: node gt-d.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'd-educarriere/offre-responsable-maintenance-industrielle-san-pedro.html',
    url: 'http://www.educarriere.ci/emploi/offre-22417-responsable-maintenance-industrielle.html',
    kind: 'single',
    title: 'Responsable Maintenance Industrielle (H/F)', company: 'Cabinet Akwaba Talents', location: 'San-Pedro',
    sel: '#detail_offre td.texte_offre',
    notes: 'Ivorian (French) 2014 PHP job board, saved as served (XHTML 1.0, three-column layout tables, ga.js, AdSense, Facebook like): <title> shortens the role to "RESPONSABLE MAINTENANCE" before the board slogan while the <h1> is upper case; a recruitment agency posts for an unnamed agro-industrial client, so the employer to name is the cabinet (in a "Recruteur :" facts row and the first sentence); the place is only in the facts table "Lieu : SAN-PEDRO" and the prose; the body is one <td> of <p>s with <br>-separated dash lists; a fraud warning, similar offers and a candidate login box surround it.'
  },
  {
    file: 'd-empleate/buscar-contador-distrito-capital-2009.html',
    url: 'http://www.empleate.com/venezuela/buscar.asp?q=contador&edo=DC&area=5',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Venezuelan (Spanish) 2009 classic-ASP job board search results, saved as served (HTML 4.01, ISO-8859-1 entities, font tags, nested tables): a results table of 12 contador/contabilidad offers (two "destacadas", two "Confidencial" employers) with snippets, Caracas neighbourhoods, dates, pagination, facets with counts and a job-alert box; no single posting.'
  },
  {
    file: 'd-jobkg/vacancy-menedzher-po-logistike-ved-bishkek.html',
    url: 'http://www.job.kg/vacancy/54817',
    kind: 'single',
    title: 'Менеджер по логистике (ВЭД)', company: 'ОсОО «Ала-Тоо Транзит Сервис»', location: 'Бишкек',
    sel: '.vacancy-view .vacancy-text .text',
    notes: 'Kyrgyz (Russian) 2012 job board, saved as served (XHTML, jQuery 1.6, Yandex.Metrika, Mail.ru and net.kg counters): <title> drops "(ВЭД)" and adds "в Бишкеке"; employer and city are only in a <th>/<td> parameters table ("Компания:", "Город:") and a sidebar card, the body naming the firm without its legal form; contacts are hidden behind registration; other vacancies of the company and similar vacancies (one in Ош, one in Токмок) follow.'
  },
  {
    file: 'd-jobartis/vaga-tecnico-redes-telecomunicacoes-luanda.html',
    url: 'https://www.jobartis.com/vagas-emprego/38215-tecnico-a-de-redes-e-telecomunicacoes-senior',
    kind: 'single',
    title: 'Técnico(a) de Redes e Telecomunicações – Sénior', company: 'Kianda Conecta', location: 'Luanda',
    sel: '.job-panel .job-section .section-content',
    notes: 'Angolan (Portuguese) 2016 Rails/Bootstrap 3 job board, saved as served: <title> "Emprego Técnico de Redes em Luanda" and JSON-LD title "Técnico de Redes" are shorter than the <h1>; the body is split over three <section>s (Descrição, Requisitos, Oferecemos) followed by a site "Detalhes da vaga" dl that is not part of it; the office is in Talatona with travel to Benguela and Huambo, while the meta line and JSON-LD say Luanda; company box, fraud alert and similar jobs (one in Benguela) around it.'
  },
  {
    file: 'd-jobnet-mm/job-sales-executive-hlaing-yangon.html',
    url: 'https://www.jobnet.com.mm/jobs/sales-executive/80321',
    kind: 'single',
    title: 'Sales Executive (အရောင်းဝန်ထမ်း)', company: 'Golden Padauk Trading Co., Ltd.', location: 'Yangon (Hlaing)',
    sel: '.job-detail-box .job-content',
    notes: 'Myanmar 2018 Laravel/Bootstrap job board, saved as served, English chrome (with a Unicode/Zawgyi font switch) around a Burmese posting: the <h1> mixes English and Burmese, <title> and JSON-LD say only "Sales Executive"; the body is Burmese under English section headings (Job Description, Requirements, Benefits) with Burmese numerals for salary and address; the township is only in the summary table "Yangon (Hlaing)", the body and the company card, JSON-LD gives only Yangon Region; Facebook comments, similar jobs (one in Mandalay) and an app promo follow.'
  },
  {
    file: 'd-emprego-mz/vaga-oficial-monitoria-avaliacao-nampula.html',
    url: 'https://emprego.co.mz/vaga/vaga-para-oficial-de-monitoria-e-avaliacao-ma-nampula/',
    kind: 'single',
    title: 'Oficial de Monitoria e Avaliação (M&A)', company: 'Associação Mahala para o Desenvolvimento Comunitário', location: 'Nampula',
    sel: '.single_job_listing .job_description',
    notes: 'Mozambican (Portuguese) 2020 WordPress board with WP Job Manager, saved as served (Yoast graph plus WPJM JobPosting JSON-LD, AdSense, cookie notice): the entry title and <title> prefix the role with "Vaga para"; the company box shows the short name "Associação Mahala" while the body gives the full name and acronym; the work place is Nampula city with travel to Memba and Eráti districts (meta line and JSON-LD say only Nampula); the WPJM application box, share bar, related jobs and a recent-jobs widget surround the description.'
  },
  {
    file: 'd-emploisenegal/offre-charge-clientele-pme-thies.html',
    url: 'https://www.emploisenegal.com/offre-emploi-senegal/charge-e-clientele-pme-agence-thies-21754',
    kind: 'single',
    title: 'Chargé(e) de clientèle PME - Agence de Thiès', company: 'Djolof Finance', location: 'Thiès',
    sel: '.job-ad-poste .field--name-field-offre-description, .job-ad-profil .field--name-field-offre-profil',
    notes: 'Senegalese (French) 2021 Drupal 8 job board, saved as served: the <h1> carries the agency ("Agence de Thiès") after the role and <title> shortens both; the recruiter blurb ("Recruteur"), the posting split into "Poste proposé" and "Profil recherché" fields, then a "Critères de l\'annonce" table (Région/Ville : Thiès) that is the site\'s own; the employer appears upper-case ("DJOLOF FINANCE") in the byline and logo alt; JSON-LD gives Dakar as the job location, unlike the page; similar offers and an EU cookie banner.'
  },
  {
    file: 'd-caribbeanjobs/maintenance-planner-job-st-catherine.html',
    url: 'https://www.caribbeanjobs.com/Maintenance-Planner-Job-187244.aspx',
    kind: 'single',
    title: 'Maintenance Planner', company: 'Blue Mahoe Bottling Company Limited', location: 'Spanish Town, St. Catherine',
    sel: '#ctl00_ContentPlaceHolder1_divJobDescription .job-details-content',
    notes: 'Jamaican (English) 2022 ASP.NET WebForms job board, saved as served (whole page inside form#aspnetForm with __VIEWSTATE, ctl00_ ids): a recruitment agency posts for a named client, so the <h2> company link, logo, recruiter box, <title> and JSON-LD hiringOrganization all name the agency "Liguanea Talent Partners" while the employer is only in the first sentence; the facts line says "St. Catherine", the town (Spanish Town) only in prose; similar jobs, job-alert form and a cookie notice.'
  },
  {
    file: 'd-kosovajob/shpallja-skaduar-zhvillues-php-prishtine.html',
    url: 'https://kosovajob.com/dardan-soft/zhvillues-e-php-laravel-prishtine-118407',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Kosovar (Albanian) 2023 Laravel/Tailwind job board, expired ad as served: the heading "Zhvillues/e PHP (Laravel)", company "Dardan Soft", "Prishtinë" and dates remain (dimmed), but a red "Kjo shpallje ka skaduar" alert says the deadline passed, the body is replaced by a notice, the apply button is disabled and the page is noindex; five active similar ads with titles, companies and cities follow.'
  },
  {
    file: 'd-jadarat/job-details-akhissai-tawzif-riyadh.html',
    url: 'https://jadarat.sa/Jadarat/ExploreJobs/JobDetails?JobId=20250417093315',
    kind: 'single',
    title: 'أخصائي توظيف واستقطاب', company: 'شركة نخلة الدرعية للضيافة', location: 'الرياض',
    sel: '#b4-Body',
    notes: 'Saudi (Arabic, RTL) 2025 national employment platform, an OutSystems Reactive app saved as the rendered DOM (data-block/data-container wrappers, $b ids, utility classes, no headings, no JSON-LD): <title> is only "جدارات"; the job title and establishment name are <div>/<a> spans in a card, the place only in labelled facts ("المنطقة: منطقة الرياض", "المدينة: الرياض"); the description is one pre-line span of pasted text with dash lists, and the occupation classification row gives a different title ("أخصائي موارد بشرية"); requirements rows, skill chips, establishment summary and similar jobs are site blocks.'
  }
];

writeManifest(DIR, 'manifest-d.jsonl', PAGES);
