// Computes ground-truth description fields for the heldout15 c-* pages (long-tail places where
// people really post jobs, 2013-2022: a Zyro small-business site, a French phpBB forum topic, a
// Russian 1C-Bitrix company site, a Brazilian Moodle course-news post, a New Zealand SilverStripe
// museum site, a Japanese concrete5 factory site, a Ukrainian Telegraph post, a Read the Docs
// (Sphinx) project page, a Danish Umbraco school site and an Austrian Contao orchestra site,
// written for this benchmark from what those sites' markup was like; all employers, people and
// prose invented) and writes manifest-c.jsonl.
// Usage: node gt-c.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'c-zyro/workshop-bike-mechanic-kendal.html',
    url: 'https://www.hollinlanecycles.co.uk/jobs',
    kind: 'single',
    title: 'Workshop Bike Mechanic', company: 'Hollin Lane Cycles', location: 'Kendal, Cumbria',
    sel: '#zH7eBn, #zB9fAe, #zD6kPm',
    notes: 'UK 2022 Zyro site: the <h1> is "We\'re hiring!" and the role is an <h3> with "– full or part time, start spring 2022" in the same line; the text is spread over three absolutely-gridded text boxes, with an "Opening hours / Find us" box (the only Kendal address besides the footer) interleaved between them; the logo alt is empty, the meta/og description is the shop\'s generic blurb, and a contact form, footer and cookie banner follow.'
  },
  {
    file: 'c-phpbb/chef-de-culture-cotes-de-bourg.html',
    url: 'http://www.forum-vitic.fr/viewtopic.php?f=12&t=6120',
    kind: 'single',
    title: 'Chef de culture', company: 'Château Lamothe-Vergnes', location: 'Samonac, Gironde',
    sel: '#p48213 .content',
    notes: 'French 2013 phpBB 3.0 prosilver topic; the <h1> is the forum name and the title lives in the topic subject "[Offre] Chef de culture H/F - CDI - Côtes de Bourg (33)" (repeated in the <h2>, the first post\'s <h3> and two "Re:" replies); the employer is named only in the poster\'s signature and the mail domain, the village only in prose ("à Samonac, à 10 min de Blaye") while the profile says "Localisation : Gironde"; two replies (one from a Marmande user) and the jumpbox follow.'
  },
  {
    file: 'c-bitrix/inzhener-smetchik-cherepovets.html',
    url: 'https://www.vmk-montazh.ru/company/vacancies/inzhener-smetchik/',
    kind: 'single',
    title: 'Инженер-сметчик', company: 'ВМК-Монтаж', location: 'Череповец',
    sel: '.vacancy-detail__text',
    notes: 'Russian 2016 1C-Bitrix company site; the <h1> is the section name "Вакансии" and the vacancy is an <h2> in a custom news.detail template, after a left "О компании" menu and an HR contact box; salary/experience/schedule sit in a props table above the text; duties mention trips to Вологда and Шексна; a web-form "Откликнуться на вакансию", "Другие вакансии" with vахта and other towns, the ООО address in the footer, LiveInternet and Metrika.'
  },
  {
    file: 'c-moodle/estagio-engenharia-civil-ponta-grossa.html',
    url: 'https://ava.cuvt.edu.br/engcivil/mod/forum/discuss.php?d=1873',
    kind: 'single',
    title: 'Estágio em Engenharia Civil', company: 'Construtora Ipê Amarelo Ltda.', location: 'Ponta Grossa, PR',
    sel: '.forumpost.firstpost .posting > :nth-child(n+4):nth-child(-n+10)',
    notes: 'Brazilian 2016 Moodle 3.1 (Clean theme) course-news discussion: the <h1> is the course/university name, the <h2> "Notícias do curso", and the post subject "Oportunidade de estágio - Construtora Ipê Amarelo"; the department secretary forwards the company\'s ad between dashed lines (her greeting, instructions and sign-off are not part of the description), with the title as a capitals line "VAGA: ESTÁGIO EM ENGENHARIA CIVIL (OBRAS RESIDENCIAIS)"; the city is only in the ad\'s prose and the footer (the university\'s own address); two student/secretary replies with the same .posting markup, calendar block with another town.'
  },
  {
    file: 'c-silverstripe/collections-technician-whakatane.html',
    url: 'https://www.teputahimuseum.org.nz/about-us/work-with-us/collections-technician/',
    kind: 'single',
    title: 'Collections Technician', company: 'Te Pūtahi Museum & Gallery', location: 'Whakatāne',
    sel: 'article > .content',
    notes: 'New Zealand 2018 SilverStripe 4 museum site: bilingual <h1> "Kaitiaki Kohinga | Collections Technician" while og:title says "Collections Technician (fixed term)"; te reo throughout the nav; hours/term/salary/closing date in a dl above the text; the town appears only in the footer address (prose says "Eastern Bay of Plenty" and street names) and the text also names the operating Trust Board; a userforms application form and "Coming up" events list follow.'
  },
  {
    file: 'c-concrete5/nc-senban-operator-toyokawa.html',
    url: 'https://www.hongu-seiki.co.jp/recruit',
    kind: 'single',
    title: 'NC旋盤オペレーター（正社員）', company: '有限会社 本宮精機', location: '愛知県豊川市',
    sel: '.recruit-catch, .recruit-table, .recruit-apply',
    notes: 'Japanese 2017 concrete5 8 (Elemental theme) factory recruit page: the <h1> is "採用情報" over a header image, the first <h2> is a catch copy, and the role appears only in the 職種 cell of the 募集要項 th/td table; the logo alt is "#", so the company is in the <title>, the sidebar 会社概要 and the footer; a red "【お知らせ】" note that a part-time opening has closed and a staff-voice box sit between the intro and the table, and an express entry form, news list and concrete5 branding footer follow.'
  },
  {
    file: 'c-telegraph/bukhgalter-pervynna-dokumentatsiia-vinnytsia.html',
    url: 'https://telegra.ph/Shukayemo-buhgaltera-z-pervinno%D1%97-dokumentac%D1%96%D1%97-09-14',
    kind: 'single',
    title: 'Бухгалтер з первинної документації', company: 'Поділля Агротрейд', location: 'Вінниця',
    sel: '#_tl_editor > :nth-child(n+4):nth-child(-n+11)',
    notes: 'Ukrainian 2021 Telegraph post by a job channel: no site chrome, the <h1> is the sentence "Шукаємо бухгалтера з первинної документації 📑" (twice, header and editor copy), the author link is the channel, not the employer; the employer is named only in the first paragraph, which also lists three elevator towns besides the Vinnytsia office; a photo caption comes before the text and a channel promo after an <hr>; report-page popup markup at the end.'
  },
  {
    file: 'c-readthedocs/python-developer-raster-io.html',
    url: 'https://rasterkit.readthedocs.io/en/latest/community/jobs.html',
    kind: 'single',
    title: 'Python developer (raster I/O)', company: 'Northgrid Labs', location: 'Remote (UTC−1 to UTC+3); office in Tartu, Estonia',
    sel: '#python-developer-raster-i-o > :not(h2):not(table)',
    notes: 'English 2019 Sphinx/Read the Docs page of an open-source library: the <h1> is "Jobs" and the <title> "Jobs — rasterkit 0.14.2 documentation"; the role is an <h2> section with an RST field list (Employer "Northgrid Labs OÜ", Location remote with a Tartu office); a "Past openings" section names two other filled roles, the intro paragraph explains the company/project relation, and RTD\'s version flyout and an EthicalAds "Hiring engineers?" ad are appended.'
  },
  {
    file: 'c-umbraco/ledige-stillinger-fjordvang-efterskole.html',
    url: 'https://www.fjordvang-efterskole.dk/om-skolen/ledige-stillinger/',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Danish 2017 Umbraco 7 grid page of a boarding school: <h1> "Ledige stillinger", a lead paragraph about the school, then four article teasers (teacher, kitchen help, night watch, caretaker flex job) with h2 links, start/deadline meta and a "Læs mere" button, followed by an unsolicited-application block; the town (Spøttrup, near Skive) only in the sidebar and footer.'
  },
  {
    file: 'c-contao/probespiel-solo-horn-beendet.html',
    url: 'https://www.kammerphilharmonie-salzach.at/ausschreibungen/probespiel-solo-horn.html',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Austrian 2013 Contao 3 orchestra news-reader page at the old audition URL: the <h1> is still "Probespiel Solo-Horn" and the meta description still advertises the position, but the text says the audition took place, names the new hornist and refuses further applications; the sidebar says no positions are open and lists an archive of filled roles.'
  }
];

writeManifest(DIR, 'manifest-c.jsonl', PAGES);
