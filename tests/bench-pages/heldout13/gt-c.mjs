// Computes ground-truth description fields for the heldout13 c-* pages (long-tail small-employer
// pages: site builders, blogs, social posts, club/theatre/municipal sites; written for this
// benchmark from how those sites mark up their pages; all employers, people and prose invented)
// and writes manifest-c.jsonl.
// Usage: node gt-c.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'c-weebly/bike-mechanic-galway.html',
    url: 'http://www.spokeshed.ie/careers.html',
    kind: 'single',
    title: 'Bike Mechanic', company: 'Spokeshed Cycles', location: 'Galway',
    sel: '#wsite-content > .wsite-section-wrap:first-child .paragraph',
    notes: 'Irish Weebly (Dusk-style theme) shop page: no <h1>; the banner <h2> is "Come wrench with us" and the content title "We\'re hiring!"; the role is only a bold <font size=4> line ("Bike Mechanic – full time, permanent") inside a wsite-multicol table next to a photo caption; the text is two div.paragraph blocks with <br> and "•" bullets split by a spacer/hr; employer only in logo alt, og:site_name and footer; location only in prose ("Dominick Street Lower", "Galway city") and the footer address; a Weebly apply form and a "Not a mechanic?" section follow.'
  },
  {
    file: 'c-site123/auxiliar-veterinaria-vina-del-mar.html',
    url: 'https://www.veterinarialosaromos.cl/trabaja-con-nosotros',
    kind: 'single',
    title: 'Auxiliar de clínica veterinaria (media jornada, turno tarde)', company: 'Los Aromos Veterinaria', location: 'Viña del Mar',
    sel: '#section-61a7c2e40f19b .s123-page-data',
    notes: 'Chilean Spanish SITE123 page: <h1> is the menu/page name "Trabaja con nosotros"; the role is an <h4><strong> prefixed "Buscamos:" inside the text module; employer in logo alt, JSON-LD VeterinaryCare and body ("En Los Aromos..."); location only in the contact module and LD address (Viña del Mar); og:title/description describe the clinic; a contact form module, "Hecho con SITE123" badge and cookie notice follow.'
  },
  {
    file: 'c-hashnode/hiring-senior-backend-engineer.html',
    url: 'https://blog.tallystack.io/hiring-senior-backend-engineer',
    kind: 'single',
    title: 'Senior Backend Engineer', company: 'Tallystack', location: 'Remote (Europe) / Lisbon',
    sel: '#post-content-wrapper',
    notes: 'Hashnode custom-domain blog post (Next.js, Tailwind): the first <h1> is the blog logo image, the post <h1> is the headline "We\'re hiring our first Senior Backend Engineer", and the author card uses another <h1>; the publication is "Tallystack Engineering" (og:site_name, LD publisher) while the company is Tallystack; location only in prose ("Remote within Europe… a desk in Lisbon"); table of contents, tags, author bio, newsletter box, comments (one asking about the UK) and More articles surround the body.'
  },
  {
    file: 'c-googlesites/animateur-periscolaire-saint-jean-de-braye.html',
    url: 'https://sites.google.com/view/lespetitscastors-sjb/recrutement',
    kind: 'single',
    title: 'Animateur·rice périscolaire', company: 'Les Petits Castors', location: 'Saint-Jean-de-Braye',
    sel: '[id="h.5b0f3f1d7c2a9e41_20"] .tyJCtd',
    notes: 'French new-Google-Sites page with obfuscated classes (tyJCtd/zfr3Q/C9DxTc spans) and no <h1>: the banner text "Recrutement" is a styled <p>; the role is in an <h2> sentence ("Nous recrutons un·e animateur·rice périscolaire") with contract facts in an italic line; the posting spans two side-by-side text boxes; employer only in the header site name/logo alt and prose; location in prose and a centred address section; an embedded Google Form and the Sites footer ("Signaler un abus") follow; og:description is just "Recrutement".'
  },
  {
    file: 'c-simplejobboard/addetto-banco-ricambi-bussolengo.html',
    url: 'https://www.zanonricambi.it/lavora-con-noi/addetto-a-banco-ricambi-e-magazzino/',
    kind: 'single',
    title: 'Addetto/a banco ricambi e magazzino', company: 'Zanon Ricambi S.r.l.', location: 'Bussolengo (VR)',
    sel: '.sjb-detail .job-description',
    notes: 'Italian WordPress (Astra) site with the Simple Job Board plugin: theme <h1> title, then the SJB company header (span.company-name, tagline, job-type/job-location/job-date icons); the description div is followed by a "Caratteristiche dell\'offerta" features table, the SJB application form with GDPR consent and a sidebar "Altre posizioni aperte" with other titles and towns (one in Pescantina); Yoast schema graph has only WebPage/Organization; Complianz cookie banner.'
  },
  {
    file: 'c-coda/fernleaf-open-roles.html',
    url: 'https://coda.io/@fernleaf/work-at-fernleaf/open-roles-4',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Public Coda doc page "Open roles" in a card-layout table view: five role cards each with a title, Team chip, Where/Type fields and a one-line summary; doc page list sidebar, intro paragraph, callout and open-application paragraph; og:site_name is "Coda".'
  },
  {
    file: 'c-xcom/confeiteiro-santa-tereza-bh.html',
    url: 'https://x.com/flordetrigobh/status/1765017382290112517',
    kind: 'single',
    title: 'Confeiteiro(a)', company: 'Flor de Trigo Padaria', location: 'Santa Tereza, Belo Horizonte',
    sel: 'div[data-testid="cellInnerDiv"]:nth-child(-n+3) div[data-testid="tweetText"]',
    notes: 'Brazilian Portuguese X (Twitter) status page, logged-out, with atomic css-/r- classes: the posting is a three-post self-thread (focal post with "Vaga: Confeiteiro(a) – turno da manhã" and "📍 Flor de Trigo, Santa Tereza – BH", then requirements and benefits as self-replies) followed by a reply from another user; <h1>s are the X logo and the hidden "Conversa"; the column header is "Post"; employer only as the display name/handle; <title> is "Flor de Trigo Padaria no X: \\"…\\" / X"; bottom login bar and a "Pessoas relevantes" bio with the street.'
  },
  {
    file: 'c-theater/buehnentechniker-flensburg.html',
    url: 'https://www.hafenbuehne-flensburg.de/ueber-uns/jobs/buehnentechnikerin',
    kind: 'single',
    title: 'Bühnentechniker*in (m/w/d)', company: 'Hafenbühne Flensburg', location: 'Flensburg',
    sel: '.c-job__body',
    notes: 'German theatre site (agency-built, BEM classes): a stale JobPosting JSON-LD from last season disagrees with the page ("Bühnentechniker (m/w/d) Teilzeit", PART_TIME, 2023 dates) while the page says Vollzeit from August 2024; og:title is "Jobs – Hafenbühne Flensburg"; facts list under the <h1>; sidebar "Weitere Stellen" and "Demnächst auf der Bühne" with play titles in <h3>s; location only in the LD, prose ("am Flensburger Hafen") and footer; Klaro cookie dialog.'
  },
  {
    file: 'c-laget/kanslist-sorbyangens-if.html',
    url: 'https://www.laget.se/SorbyangensIF/News/8412763/Vi-soker-en-kanslist',
    kind: 'single',
    title: 'Kanslist, 50 %', company: 'Sörbyängens IF', location: 'Örebro',
    sel: '.newsArticle__text',
    notes: 'Swedish sports-club news article on laget.se: <h1> is the news headline "Vi söker en kanslist!"; the role is in a bold-label facts paragraph ("Tjänst: Kanslist, 50 %", "Placering: Klubbstugan på Sörbyängens IP, Örebro"); og:site_name is laget.se; author/date/views meta, like/share box, member comments, prev/next news, next-match, latest-news and sponsor widgets and ad slots surround it.'
  },
  {
    file: 'c-drupal-gemeente/buitenbad-zoekt-badmeesters-nieuws.html',
    url: 'https://www.berkelmeer.nl/nieuws/buitenbad-de-kwakel-opent-4-mei-gemeente-zoekt-nog-badmeesters',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Dutch municipal Drupal 10 news article about an outdoor pool opening that says the municipality is looking for six lifeguards and cashiers (headline, intro, a "Tekort aan badmeesters" section, diploma requirement) but links to the werkenbij site for the actual vacancies; NewsArticle JSON-LD, "Werken bij de gemeente" tag, Meer nieuws view with another recruiting headline (stembureauleden).'
  }
];

writeManifest(DIR, 'manifest-c.jsonl', PAGES);
