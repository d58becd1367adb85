// Computes ground-truth description fields for the heldout14 c-* pages (the long tail: a uCoz
// bakery, an Ameba blog post, a Webnode cooperative, a Divi roofer, a school newsletter sent with
// Laposta, an MkDocs Material handbook, a LibreOffice HTML export, an Invision Community thread, a
// Cargo studio page and a closed Estonian municipal competition on KOVTP/Liferay; written for this
// benchmark from how those sites mark up their pages; all employers, people and prose invented)
// and writes manifest-c.jsonl.
// Usage: node gt-c.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'c-ucoz/trebuetsya-pekar-konditer.html',
    url: 'http://rzhanoydvor.ucoz.ru/news/vakansii/nuzhen_pekar_konditer_mozhno_bez_opyta/2013-03-14-1017',
    kind: 'single',
    title: 'Пекарь-кондитер', company: 'Пекарня «Ржаной двор»', location: 'Кимры',
    sel: '.eMessage',
    notes: 'Russian 2013 uCoz news-module entry in a three-column table layout; the only heading is the td.eTitle "ВАКАНСИЯ: нужен пекарь-кондитер (можно без опыта)" and the role is in bold in the body; employer in the logo text, <title> suffix and the closing "ИП Сафонова В.П., пекарня «Ржаной двор»" line; town only in the header tagline and footer address ("г. Кимры, ул. Кирова, 31"); eDetails row, related entries with other vacancy titles (продавец, водитель) and comments asking about another job.'
  },
  {
    file: 'c-ameblo/staff-boshu-assistant.html',
    url: 'https://ameblo.jp/mimosa-nishiogi/entry-12458830217.html',
    kind: 'single',
    title: '美容師アシスタント', company: 'hair&make mimosa', location: '東京都杉並区西荻北',
    sel: '#entryBody',
    notes: 'Japanese 2019 Ameba blog entry of a hair salon; <h1> is the blog post title "【スタッフ募集】アシスタント募集のお知らせ", the role only in a ◆募集職種 line of a <br>-separated body with emoji images; employer is the blog title/profile name ("西荻窪の小さな美容室 hair&make mimosa") and "当店/mimosa" in text; location in a ◆勤務地 line; Ameba header, comments, same-theme entries and a "人気記事" box of other salons\' job posts (吉祥寺, 荻窪), INIT_DATA JSON.'
  },
  {
    file: 'c-webnode/volna-pracovni-mista.html',
    url: 'https://www.zd-brezinky.cz/volna-pracovni-mista/',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Czech 2016 Webnode page of an agricultural cooperative: one WYSIWYG block with an <h1> "Volná pracovní místa", an intro, four positions as <h2> sections with workplace/úvazek lines, pay and "Více informací" links, and a shared how-to-apply paragraph; sidebar with the cooperative\'s contact and news, Webnode footer and cookie bar.'
  },
  {
    file: 'c-divi/karriere-dachdecker.html',
    url: 'https://www.wenzel-bedachungen.de/karriere/',
    kind: 'single',
    title: 'Dachdecker / Dachdeckerin (m/w/d)', company: 'Wenzel Bedachungen GmbH & Co. KG', location: 'Dinklage',
    sel: '.et_pb_text_1, .et_pb_blurb_0, .et_pb_blurb_1, .et_pb_blurb_2, .et_pb_text_2',
    notes: 'German 2021 WordPress/Divi page of a roofing firm; the <h1> is the hero slogan "Werde Teil unseres Teams!" and the role is an <h2> in a text module with "in Vollzeit", followed by a grey facts line "Dinklage | ab sofort | unbefristet"; description split over an intro text module, three icon blurbs (icon-font glyphs) and a how-to-apply module; Divi contact form titled with an <h1> "Schnellbewerbung", an apprenticeship promo with its own <h2> job title, Yoast graph with only Organization/WebPage, Borlabs cookie template, full legal name only in the footer and JSON-LD.'
  },
  {
    file: 'c-laposta/wilgenhoek-wijzer-9.html',
    url: 'https://laposta.nl/web/kqz7h0xrgp/3mtw9hcz1e',
    kind: 'single',
    title: 'Leerkracht groep 5', company: 'OBS De Wilgenhoek', location: 'Zwolle',
    sel: 'table.article:nth-of-type(4) td.article-text',
    notes: 'Dutch 2021 primary-school newsletter (web version of a Laposta e-mail): nested 600px tables, no headings at all; the vacancy is the fourth of six items, titled "Wie komt ons team versterken?" with the role only in a bold first line "Vacature: leerkracht groep 5 (0,6 fte) per 1 augustus 2021"; the town only in the footer address; other items include the director\'s letter pointing to the vacancy and a call for volunteer parents; <title> is the newsletter issue.'
  },
  {
    file: 'c-mkdocs/senior-rust-engineer-storage.html',
    url: 'https://handbook.nimbleweir.io/careers/senior-rust-engineer-storage/',
    kind: 'single',
    title: 'Senior Rust Engineer, Storage Engine', company: 'Nimbleweir', location: 'Remote (UTC−1 to UTC+3)',
    sel: '.md-content__inner > :not(h1):not(a):not(.md-source-file)',
    notes: 'English 2023 company handbook built with MkDocs Material; site name "Nimbleweir Handbook" in the header and the legal "Nimbleweir B.V." only in the copyright; location only inside an "At a glance" admonition (remote within a UTC band, meetups in Utrecht); headings carry ¶ permalinks; left nav lists other open roles, tabs, TOC, prev/next footer links with another role title, search dialog markup and Material\'s JSON config.'
  },
  {
    file: 'c-libreoffice/avviso-selezione-educatori-aes.html',
    url: 'http://www.pontedeicolori.it/allegati/avviso-selezione-educatori-aes.html',
    kind: 'single',
    title: 'Educatore professionale', company: 'Cooperativa Sociale Ponte dei Colori', location: 'Caravaggio (BG)',
    sel: 'body > p:nth-of-type(n+5):nth-last-of-type(n+5), body > ul, body > ol, body > table',
    notes: 'Italian 2015 selection notice of a social cooperative saved as HTML from LibreOffice 4.4: uppercase tags, empty <TITLE>, no headings, every paragraph a P.western with FONT tags; the role is a centred bold "N. 2 EDUCATORI PROFESSIONALI" in a four-line title block; the letterhead (DIV TYPE=HEADER) gives the Treviglio head office while the workplace is Caravaggio, in the subtitle and a bordered conditions table; place/date and the president\'s signature close the document.'
  },
  {
    file: 'c-kovtp/ehitusspetsialist-konkurss-loppenud.html',
    url: 'https://www.joesaare.ee/tookuulutused/-/asset_publisher/Xk3bQ9cLmN2e/content/ehitusspetsialist',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Estonian 2018 municipal site on the KOVTP Liferay platform at the old job-ad URL: the <h1>, <title>, og:title and meta description still read as the "Ehitusspetsialist" vacancy (full-time, apply by 23.11.2018), but the article now says the competition is over and names the person hired; sidebar portlets list two other open competitions and the municipality\'s contacts.'
  },
  {
    file: 'c-invision/bench-joiner-wanted-ludlow.html',
    url: 'https://forum.joinersbench.co.uk/topic/21877-bench-joiner-wanted-ludlow-shropshire/',
    kind: 'single',
    title: 'Bench joiner', company: 'Haskell & Venn Joinery Ltd', location: 'Ludlow, Shropshire',
    sel: '[id="comment-311887_wrap"] [data-role="commentContent"]',
    notes: 'English 2020 Invision Community thread in a trade forum\'s jobs section; the title is the thread title "Bench joiner wanted - Ludlow, Shropshire" and JSON-LD is a DiscussionForumPosting; the employer is named only in the poster\'s signature (excluded) while the post says "we\'re a small shop"; the pay is given only in a later reply by the same poster; author panes with other locations (Hereford, Stoke-on-Trent), a moderator mentioning another vacancy in Crewe and a Similar Content box of other job threads.'
  },
  {
    file: 'c-cargo/stage-design-graphique.html',
    url: 'https://mauveoblique.fr/Stage-2020',
    kind: 'single',
    title: 'Stage — design graphique & édition', company: 'Atelier Mauve Oblique', location: 'Nantes',
    sel: '[id="18421234"] column-set',
    notes: 'French/English 2019 Cargo 2 site of a design studio: custom <bodycopy>, <column-set> and <column-unit> elements, text in <br>-separated runs with bold lines instead of headings; the <h1> is "Stage — design graphique & édition" and the French and English versions sit in two columns; the page\'s id is numeric; studio name only in the pinned header link and pinned footer; Cargo JSON blobs in the head.'
  }
];

writeManifest(DIR, 'manifest-c.jsonl', PAGES);
