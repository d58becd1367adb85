// Computes ground-truth description fields for the heldout22 b-* pages (today's job aggregators and
// marketplaces, 2020-2024: one posting among the platform's own chrome of salary estimates, company
// ratings, match-score teasers, sign-up prompts, apply forms and similar-jobs panels: meinestadt.de
// (German), Free-Work (French), Tecnoempleo (Spanish), Jobgether (English, posted on behalf of a
// client), Jobbird.com (Dutch, agency for an unnamed client), Just Join IT (Polish), ITJobs.pt
// (Portuguese), Blocket Jobb (Swedish), an Optioncarriere search-results page (French, list) and a
// Handshake sign-in wall in front of a job (not a posting); written for this benchmark from what those
// sites' markup was like; all employers, people, addresses, phone numbers and prose invented) and
// writes manifest-b.jsonl.
// Usage: node gt-b.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'b-meinestadt/elektroniker-betriebstechnik-instandhaltung-neutraubling.html',
    url: 'https://jobs.meinestadt.de/neutraubling/standard?id=291744208',
    kind: 'single',
    title: 'Elektroniker für Betriebstechnik (m/w/d) – Instandhaltung im 3-Schicht-Betrieb',
    company: 'Kressler & Bauer Kunststofftechnik GmbH',
    location: '93073 Neutraubling',
    sel: '#jobDescription',
    notes: 'German 2023 meinestadt.de job detail, rendered DOM (BEM-style ms-/m- classes, Usercentrics banner, ad slots): the whole site chrome is set to the searcher\'s city Regensburg (header city switch, breadcrumbs, "Ähnliche Jobs in Regensburg", job alarm) while the job is in Neutraubling, given only in the "Arbeitsort" fact with "(ca. 10 km von Regensburg)"; a "Gehaltsschätzung" box made by the portal sits above the body, and a partner-source note follows it; JSON-LD title is the shorter "Elektroniker (m/w/d) Betriebstechnik" and its description is truncated.'
  },
  {
    file: 'b-freework/developpeur-java-spring-boot-nantes-kerlys.html',
    url: 'https://www.free-work.com/fr/tech-it/developpeur-java/job-mission/developpeur-java-spring-boot-h-f-147',
    kind: 'single',
    title: 'Développeur Java / Spring Boot (H/F)',
    company: 'Kerlys Consulting',
    location: 'Nantes, Pays de la Loire',
    sel: '#job-description .html-renderer, #job-profile .html-renderer',
    notes: 'French 2024 Free-Work (IT jobs and freelance missions) job page, rendered Nuxt DOM with Tailwind utility classes and window.__NUXT__: the ESN Kerlys Consulting hires for a mission at an unnamed client whose office is in Saint-Herblain (prose only), while the facts grid says Nantes; the body is split into two sibling sections "Description de l\'offre" and "Profil recherché"; a star rating "4,2 (23 avis)", skill chips, a sign-up box to apply, "Offres similaires" and an employer card surround it; JSON-LD and <title> write the role "Développeur Java Spring Boot H/F" and mark it TELECOMMUTE.'
  },
  {
    file: 'b-optioncarriere/emploi-comptable-lyon-recherche.html',
    url: 'https://www.optioncarriere.com/recherche/emplois?s=comptable&l=Lyon',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'French 2022 Optioncarriere (Careerjet\'s French aggregator) search results as served: twelve article.job cards (title, employer, place, optional salary, snippet, age and contract badges, save buttons) for "comptable" around Lyon, with an inline ad slot, filters sidebar, e-mail alert box, pagination and related searches; the h1 "Emploi Comptable à Lyon (69)" reads like a job title.'
  },
  {
    file: 'b-tecnoempleo/desarrollador-net-senior-azure-valencia.html',
    url: 'https://www.tecnoempleo.com/desarrollador-net-senior-c-azure-valencia/net-c-azure-sql-server/rf-b4e27c0a91d3f5e6a8c2',
    kind: 'single',
    title: 'Desarrollador .NET Senior (C# / Azure)',
    company: 'Albufera Sistemas S.L.',
    location: 'Valencia',
    sel: '#descripcion-oferta',
    notes: 'Spanish 2021 Tecnoempleo (IT job board) offer as served (Bootstrap 4): the place is only in the sidebar "Datos de la oferta" list (Ubicación: Valencia) and the breadcrumbs, with salary, contract and technology badges beside it; a login-gated "Inscribirme en esta oferta" button, applicant count, registration teaser and "Ofertas de empleo similares" surround the body; JSON-LD shortens the title to "Desarrollador .NET Senior", drops the legal suffix and has a one-line description.'
  },
  {
    file: 'b-jobgether/senior-data-engineer-clinical-data-lumenfield.html',
    url: 'https://jobgether.com/offer/6712ab34cd56ef7890ab12cd-senior-data-engineer',
    kind: 'single',
    title: 'Senior Data Engineer (Clinical Data Platform)',
    company: 'Lumenfield Health',
    location: 'Fully remote (Spain, Portugal)',
    sel: '.OfferDescription_description__aD5rK',
    notes: '2024 Jobgether remote-job aggregator offer, rendered Next.js DOM with CSS-module classes: posted "by Jobgether on behalf of Lumenfield Health", so the JSON-LD hiringOrganization is Jobgether, its title is "Senior Data Engineer - Remote Spain" (also the <title>) and its description speaks of "a partner company"; the place is two emoji chips ("Fully remote", "Spain, Portugal"); a blurred match-score teaser, an AI "Key takeaways" summary, company facts, a sign-up card and similar jobs surround the body, which ends with Jobgether\'s own "Why Apply Through Jobgether?" paragraph.'
  },
  {
    file: 'b-jobbird/magazijnmedewerker-orderpicking-zwolle.html',
    url: 'https://www.jobbird.com/nl/vacature/21873345-magazijnmedewerker-orderpicking-dagdienst',
    kind: 'single',
    title: 'Magazijnmedewerker orderpicking (dagdienst)',
    company: 'Vechtdal Personeel',
    location: 'Zwolle',
    sel: '.js-vacancy-description',
    notes: 'Dutch 2020 Jobbird.com vacancy as served: the staffing agency Vechtdal Personeel (labelled "Intermediair") recruits for an unnamed wholesaler on Hessenpoort in Zwolle, so the agency is the company; the <title> and JSON-LD call the job "Orderpicker Zwolle"; a facts list (salaris per uur, uitzendbasis), share bar, "Vergelijkbare vacatures", job-alert and cv-upload prompts surround the "Functieomschrijving" body, and the agency\'s own office address appears in both the body and the sidebar.'
  },
  {
    file: 'b-justjoinit/senior-python-developer-data-platform-wroclaw.html',
    url: 'https://justjoin.it/offers/kwantyl-data-senior-python-developer-wroclaw-python',
    kind: 'single',
    title: 'Senior Python Developer (Data Platform)',
    company: 'Kwantyl Data',
    location: 'Wrocław',
    sel: '[data-test="offer-description"] .css-19fqbhf',
    notes: 'Polish 2023 Just Join IT offer, rendered Next.js/MUI DOM (emotion css-* classes, __NEXT_DATA__): the location line is "Plac Grunwaldzki 23, Wrocław" with a "+1 lokalizacja" button (Kraków, named in JSON-LD and the body); two salary ranges (B2B, umowa o pracę), a facts grid and a tech-stack panel with skill levels precede "Opis oferty", and an inline apply form with RODO consents and "Podobne oferty" follow; JSON-LD title is "Senior Python Developer".'
  },
  {
    file: 'b-itjobs/programador-full-stack-react-node-porto-braga.html',
    url: 'https://www.itjobs.pt/oferta/48217/programador-full-stack-react-nodejs',
    kind: 'single',
    title: 'Programador Full-Stack (React/Node.js)',
    company: 'Granito Digital',
    location: 'Porto, Braga',
    sel: '#job-content',
    notes: 'Portuguese 2022 ITJobs.pt offer as served (Bootstrap 3): two places, Porto and Braga, only in the sidebar "Localização" definition list (and in prose), while JSON-LD has Porto only, the title "Programador Full-Stack" and the legal name "Granito Digital, Lda."; a company block, facts list, apply modal form, share links, job-alert form and "Ofertas semelhantes" surround the body.'
  },
  {
    file: 'b-blocket/kock-lunchrestaurang-orebro.html',
    url: 'https://jobb.blocket.se/ledigt-jobb-i-orebro/kock/annons/1783504',
    kind: 'single',
    title: 'Kock till lunchrestaurang – heltid',
    company: 'Restaurang Lövkojan',
    location: 'Örebro',
    sel: '[data-testid="ad-body"]',
    notes: 'Swedish 2020 Blocket Jobb ad as served (React SSR with styled-components sc-* classes, __INITIAL_STATE__): <title> "Kock sökes till lunchrestaurang i Örebro" differs from the heading; the place is in a facts list (Ort, Län) and after the employer link; JSON-LD has the bare title "Kock" and the legal name "Lövkojans Mat & Catering AB", which the page never shows; "Liknande jobb", "Andra har också tittat på", a job-watch form and a panorama ad surround the body.'
  },
  {
    file: 'b-handshake/login-wall-job-7834521.html',
    url: 'https://app.joinhandshake.com/login?redirect_url=%2Fjobs%2F7834521',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: '2023 Handshake sign-in wall, rendered DOM (CSS-module style__ classes, OneTrust banner): opening a job link while signed out lands here with "You need to sign in to view this job"; school search, e-mail and SSO sign-in, employer links and marketing copy about jobs and internships, but no job title, employer or description.'
  }
];

writeManifest(DIR, 'manifest-b.jsonl', PAGES);
