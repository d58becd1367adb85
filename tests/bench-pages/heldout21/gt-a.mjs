// Computes ground-truth description fields for the heldout21 a-* pages (job postings as users meet
// them inside community and social platforms of 2011-2023, one post among the platform's own chrome:
// a Mailman 2 pipermail archive message, a Mailman 3 HyperKitty message (German), a groups.io topic,
// a Google Groups conversation (Portuguese), a Lemmy post, a Flarum discussion (Spanish), a Misskey
// note (Japanese), a LiveJournal community entry (Russian), a Linen channel of a Slack community
// (list) and a Stack Exchange question asking for job-hunting advice (not a posting); written for
// this benchmark from what those platforms' markup was like; all employers, people, addresses,
// phone numbers and prose invented) and writes manifest-a.jsonl.
// Usage: node gt-a.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'a-pipermail/discuss-2012-may-job-gis-developer-bristol.html',
    url: 'https://lists.osgeo.org/pipermail/discuss/2012-May/010432.html',
    kind: 'single',
    title: 'Open Source GIS Developer', company: 'Fenwater Mapping', location: 'Bristol, UK',
    sel: 'pre',
    notes: 'UK 2012 Mailman 2 pipermail archive message (HTML 3.2, no classes): <title> and <H1> are the mail subject with the "[OSGeo-Discuss] Job:" list prefix and a lower-case role; the sender\'s name and obfuscated address ("at") sit above; the whole ad is one plain-text <PRE> with ASCII-underlined headings, the role as an indented upper-case line, the employer in prose and a "-- " signature ("Fenwater Mapping Ltd", Bristol address); previous/next message links and "More information about the Discuss mailing list" around it.'
  },
  {
    file: 'a-hyperkitty/python-de-stellenangebot-datenpipelines-leipzig.html',
    url: 'https://mail.python.org/archives/list/python-de@python.org/message/7QHX3LZ2MWKUDY4RBN6PA5TOC2EGJ5VF/',
    kind: 'single',
    title: 'Python-Entwickler*in (m/w/d) für Datenpipelines', company: 'Auenwerk Energiedaten GmbH', location: 'Leipzig',
    sel: '#thread-content .email-body',
    notes: 'German 2019 Mailman 3 HyperKitty message (Bootstrap, English UI around German text): <title> and <h1> are the subject "[Python-de] [Stellenangebot] …" with list and tag prefixes and a shortened role; the body is plain text in .email-body (pre-wrap, no markup) with the full role as an indented line, the employer and the Leipzig-Plagwitz office in prose and an address "(a)"-obfuscated; the sender\'s name, a PDF attachment list, like/reply controls, month archive and "Back to the thread" are chrome.'
  },
  {
    file: 'a-groupsio/topic-archives-technician-hallock-mill.html',
    url: 'https://groups.io/g/PVArchivists/topic/fwd_job_part_time/84803512',
    kind: 'single',
    title: 'Archives Technician (Part-Time)', company: 'Hallock Mill Historical Society', location: 'Haydenville, MA',
    sel: '#msg-1417 .gmail_quote > div[dir="ltr"]:not(.gmail_attr)',
    notes: 'US 2021 groups.io topic page (Bootstrap 3, sidebar of group tabs): the subject "Fwd: JOB: Part-time Archives Technician, Hallock Mill" has a #jobs hashtag label; the posting was forwarded by the list moderator, so the message opens with her note and a Gmail "Forwarded message" header before the ad; the town is only in the prose and the closing address, while the group sidebar describes three Massachusetts counties; a reply from an archivist in Holyoke follows.'
  },
  {
    file: 'a-googlegroups/python-brasil-vaga-dev-python-pleno-recife.html',
    url: 'https://groups.google.com/g/python-brasil/c/Xk3vQ8pT2aE',
    kind: 'single',
    title: 'Pessoa Desenvolvedora Python Pleno', company: 'Tarrafa Logística', location: 'Recife, PE',
    sel: 'section[data-doc-id="Xk3vQ8pT2aE-m1"] .ptW7te > div[dir="ltr"]',
    notes: 'Brazilian (Portuguese) 2022 Google Groups conversation (new UI, c-wiz and obfuscated class names, no headings inside messages except author <h3>s): the <h1>/<title> subject "[VAGA] Dev Python Pleno - Recife/PE (híbrido) - Tarrafa" abbreviates role and employer; the body names the role in a bold line, the full company only in the Gmail signature, the office in "Bairro do Recife"; the group\'s unsubscribe footer sits inside the same message box, and two replies discuss remote work from Campina Grande/PB.'
  },
  {
    file: 'a-lemmy/post-hiring-rust-backend-engineer-kestrel-tide.html',
    url: 'https://programming.dev/post/4821377',
    kind: 'single',
    title: 'Rust Backend Engineer', company: 'Kestrel Tide Systems', location: 'Remote (EU time zones)',
    sel: '#postContent .md-div',
    notes: '2023 Lemmy post (lemmy-ui SSR, Bootstrap, window.isoData JSON with the post): the <h1 class="h5"> title packs "[HIRING] Role | Company | Location | Salary" and links off-site; a link-preview card repeats the role as "Rust Backend Engineer – Kestrel Tide"; the body says Ghent office but remote within Europe; the community sidebar repeats the title format in its rules, and comments (one from the poster, marked OP) follow.'
  },
  {
    file: 'a-flarum/d-1843-empleo-tecnico-impresion-3d-zapopan.html',
    url: 'https://foro.makersgdl.mx/d/1843-empleo-buscamos-tecnicoa-para-taller-de-impresion-3d-zapopan',
    kind: 'single',
    title: 'Técnico/a de impresión 3D y prototipado', company: 'Cenzontle Prototipos', location: 'Zapopan, Jalisco',
    sel: '.PostStream-item[data-number="1"] .Post-body',
    notes: 'Mexican (Spanish) 2021 Flarum forum discussion as rendered (DiscussionHero, PostStream, event posts): the hero <h1> "[Empleo] Buscamos técnico(a) para taller de impresión 3D – Zapopan" differs from the role in the post\'s own <h3> "Puesto: …"; the username "cenzontle_taller" is chrome and the employer is bold in the first sentence; the place is in prose (Santa Ana Tepetitlán, Zapopan) with no state; a rename event shows an older title, tags "Bolsa de trabajo"/"Impresión 3D", replies, and a <noscript id="flarum-content"> copy of the posts.'
  },
  {
    file: 'a-misskey/note-kyujin-frontend-fukuoka.html',
    url: 'https://misskey.io/notes/9g4kz2m1qx',
    kind: 'single',
    title: 'フロントエンドエンジニア（Vue.js / TypeScript）', company: '株式会社こもれびソフトウェア', location: '福岡市中央区天神',
    sel: '.xo0vJ > .xhWBr',
    notes: 'Japanese 2023 Misskey note page as rendered (Vue SPA with hashed class names, no headings around the note): <title>/og:title are the account "こもれびソフト🌳採用中 (@komorebi_soft)", not the job or the company; the note sits behind a content warning ("求人のお知らせ（長いです）") and is MFM spans and <br>s with ■-headed sections, the role under "■募集職種", the office in a "勤務地" line; an office photo, reactions, renote counts, two replies and trending hashtags surround it.'
  },
  {
    file: 'a-livejournal/spb-it-rabota-84213-vakansiya-java-lead.html',
    url: 'http://community.livejournal.com/spb_it_rabota/84213.html',
    kind: 'single',
    title: 'Ведущий Java-разработчик (Senior Java Developer)', company: 'Ладога Софт', location: 'Санкт-Петербург',
    sel: '.entry-content',
    notes: 'Russian 2011 LiveJournal community entry (XHTML, S2 core2 classes, LJ control strip): the entry subject "[вакансия] Senior Java / ведущий разработчик, СПб, до 120 000 net" and <title> with the community name differ from the bold "Вакансия:" line under the cut; the post is by a recruiter of the agency «ПитерКадр» for the client «Ладога Софт»; the entry\'s "Местонахождение" metadata gives the agency office on Petrogradskaya while the job is near «Чёрная речка»; tags, community rules in the sidebar, an ad slot and comments about the salary.'
  },
  {
    file: 'a-linen/wrenflow-channel-jobs.html',
    url: 'https://www.linen.dev/s/wrenflow/c/jobs',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: '2023 Linen (Next.js, CSS-module classes) public mirror of an open-source project\'s Slack #jobs channel: eight thread rows by members, six of them hiring posts in mixed formats ("[HIRING] Role | Company | …", prose, one in Spanish, one contract), plus a mods question and a "[FOR HIRE]" post; the channel description, channel nav and __NEXT_DATA__ are chrome.'
  },
  {
    file: 'a-stackexchange/workplace-apply-job-posted-in-project-discord.html',
    url: 'https://workplace.stackexchange.com/questions/187412/applying-to-a-job-that-was-posted-in-an-open-source-projects-discord-where-im-a',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: '2022 The Workplace Stack Exchange question asking for advice on applying (QAPage microdata, Stacks classes): the question quotes a bold one-line "[HIRING] Senior Platform Engineer | Bramblecote Analytics | Remote (UK) | £85–95k" ad in a blockquote, tags include job-search, and answers, related questions and a cookie banner follow; nobody is hiring on this page.'
  }
];

writeManifest(DIR, 'manifest-a.jsonl', PAGES);
