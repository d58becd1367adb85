// Computes ground-truth description fields for the heldout12 c-* pages (employers' own small websites and
// odd places: site builders, blogs, social posts, CMS pages; written for this benchmark from what those
// platforms' markup was like; all employers, people and prose invented) and writes manifest-c.jsonl.
// Usage: node gt-c.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'c-strikingly/kafferostare-umea.html',
    url: 'https://www.rosteritallbacken.se/#jobba-hos-oss',
    kind: 'single',
    title: 'Kafferostare, 75 %', company: 'Rosteri Tallbacken', location: 'Umeå',
    sel: '#jobba-hos-oss .s-job-text',
    notes: 'Swedish Strikingly one-page site; the <h1> is the hero slogan ("Nyrostat. Nära. Noga.") and the posting is one section ("Jobba hos oss", an <h2>) among Om oss/Butik/Cupping/Kontakt with shop products; role only in an h3.s-item-title wrapped in s-rich-text-wrapper <p>; location only in the italic subtitle facts line "Ort: Umeå · Tillsvidare..."; company only in the logo alt, contact block and footer; <title> and og tags describe the whole site.'
  },
  {
    file: 'c-tistory/frontend-developer-pangyo.html',
    url: 'https://nurilabs.tistory.com/87',
    kind: 'single',
    title: '프론트엔드 개발자 (React)', company: '누리랩스', location: '경기도 성남시 분당구 판교역로',
    sel: '.contents_style',
    notes: 'Korean Tistory company tech-blog post; the <h1> is the blog-post title "[채용] 누리랩스 프론트엔드 개발자 (React) 모집" (with [채용] prefix and 모집 suffix) and the header <h1> is the blog logo; role, 근무지 etc. in a borderless summary table inside the post body (so the selector includes it); BlogPosting JSON-LD with publisher TISTORY; AdSense slots, 공감/share buttons, 카테고리의 다른 글 list of other (closed) postings, comments and sidebar recent posts.'
  },
  {
    file: 'c-notecom/kagu-shokunin-takayama.html',
    url: 'https://note.com/hidamari_mokko/n/n4c7e2a9b1f30',
    kind: 'single',
    title: '家具職人見習い', company: 'ひだまり木工舎', location: '岐阜県高山市 丹生川町',
    sel: '.note-common-styles__textnote-body',
    notes: 'Japanese note.com post (Nuxt SSR): h1 is the article headline "【募集】家具職人見習いを1名募集します（岐阜・高山）" so the role must be cut out of a sentence; author line is "ひだまり木工舎｜森下 航" (workshop + person); location only in the 条件 paragraph as "勤務地：岐阜県高山市 丹生川町（工房）" with <br> lines; Article JSON-LD names note as publisher; hashtags, tip/support box, recommended notes from other creators (other job posts).'
  },
  {
    file: 'c-vk/operator-cifrovoy-pechati-novosibirsk.html',
    url: 'https://vk.com/wall-187340552_1264',
    kind: 'single',
    title: 'оператор цифровой печати', company: 'Типография «Линия»', location: 'Новосибирск',
    sel: '.wall_post_text',
    notes: 'Russian VK community wall post seen logged out: no headings at all, the whole posting is one div.wall_post_text with <br> lines and emoji bullets, the role only in a <b> first line "🔥 ВАКАНСИЯ: оператор цифровой печати"; company is the community name "Типография «Линия» | Новосибирск" (author link, og:title, group block); location as "📍 Где: г. Новосибирск, ул. Фрунзе, 88"; comments with replies, unauth login boxes and VK nav compete.'
  },
  {
    file: 'c-plone/educatore-cd-scandiano.html',
    url: 'https://www.coopilmelograno.it/lavora-con-noi/educatore-professionale-cd-la-corte',
    kind: 'single',
    title: 'Educatore/Educatrice professionale – Centro diurno disabili', company: 'Cooperativa Sociale Il Melograno', location: 'Scandiano (RE)',
    sel: '.documentDescription, #parent-fieldname-text',
    notes: 'Italian social cooperative on Plone 5 (document_view): title in h1.documentFirstHeading; description is the documentDescription lead plus #parent-fieldname-text; place of work only under an h3 "Sede di lavoro" in the body (the cooperative\'s registered office in Reggio Emilia is in the footer and the interview place is Reggio Emilia too); navigation-tree portlet lists other openings, 5×1000 portlet, breadcrumbs, cookiebar.'
  },
  {
    file: 'c-kentico/vseobecna-sestra-interna-vrchlabi.html',
    url: 'https://www.nemkp.cz/kariera/volna-mista/vseobecna-sestra-interni-oddeleni',
    kind: 'single',
    title: 'Všeobecná sestra / všeobecný ošetřovatel', company: 'Nemocnice Krkonošské podhůří a.s.', location: 'Vrchlabí',
    sel: '.job-text',
    notes: 'Czech hospital on Kentico (ASP.NET WebForms, __VIEWSTATE, p_lt_ctlNN ids, /getmedia/ logo): <h1> and <title> are the section "Volná místa"; title in h2.job-title span with a department line beneath; th/td params table "Místo výkonu práce: Vrchlabí"; employer only in logo alt and footer; description in four panels (Náplň práce, Požadujeme, Nabízíme, Kontakt); HR contact side box and "Další volná místa" list with other places (Jilemnice).'
  },
  {
    file: 'c-duda/auxiliar-veterinario-alcala.html',
    url: 'https://www.veterinariolosalmendros.es/trabaja-con-nosotros',
    kind: 'single',
    title: 'Auxiliar Técnico Veterinario (ATV) – media jornada de tarde', company: 'Clínica Veterinaria Los Almendros', location: 'Alcalá de Henares (Madrid)',
    sel: 'div[id="1309937218"], div[id="1886320457"]',
    notes: 'Spanish vet clinic on Duda: deep dmRespRow/dmRespCol nesting with numeric ids, every text run in span style="display:initial"; <h1> is the page name "Trabaja con nosotros" over a hero image; role only in an h3 inside a dmNewParagraph; location only inside the first body sentence; VeterinaryCare JSON-LD (address, no job); the short "¿Te interesa?" apply note (included) sits in the right column above a Duda application form with CV upload, stats row, footer with the address.'
  },
  {
    file: 'c-beehiiv/civic-reporter-norfolk.html',
    url: 'https://www.tidewaterledger.com/p/hiring-part-time-civic-reporter',
    kind: 'single',
    title: 'Part-Time Civic Reporter', company: 'The Tidewater Ledger', location: 'Norfolk, VA',
    sel: '#content-blocks',
    notes: 'beehiiv newsletter issue in which a local-news newsletter hires: the h1 is the chatty headline "We\'re hiring a part-time civic reporter" and the h2 a subtitle; the role appears only as a bold line with hours and "Norfolk, VA (in person at meetings...)"; the legal employer Saltmarsh Media LLC is named in the pay paragraph; letter-style greeting and sign-off, subscribe box, share links, Keep Reading cards; NewsArticle JSON-LD.'
  },
  {
    file: 'c-jekyll/lanternfish-jobs.html',
    url: 'https://lanternfish.dev/jobs/',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Jekyll minima site on GitHub Pages of an open-source foundation: h1 "Work with us", then four openings as h3 links each followed by a bold location/type/salary line and a short blurb with "Read more →"; intro and "How we hire" steps read like a posting; WebPage JSON-LD from jekyll-seo-tag.'
  },
  {
    file: 'c-godaddy/motorista-pesados-vaga-preenchida.html',
    url: 'https://mudancasribeirinha.pt/recrutamento',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Portuguese GoDaddy Website Builder page (x-el/c1-* classes, data-ux/data-aid) of a Porto moving company: h1 "Quem vem connosco?", then a content card headed "Motorista de pesados (C+E) – vaga preenchida" saying the vacancy is filled and none are open, plus a spontaneous-application card and form; no duties, requirements or terms are shown.'
  }
];

writeManifest(DIR, 'manifest-c.jsonl', PAGES);
