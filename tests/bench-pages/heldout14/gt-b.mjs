// Computes ground-truth description fields for the heldout14 b-* pages (today's job boards and
// applicant tracking systems, 2021-2024: No Fluff Jobs, Djinni, JobKorea, ReKrute, elempleo,
// Eightfold, Get on Board, TalentLyft, a foundit results list and an expired Emploitic page;
// written for this benchmark from what those sites' markup is like; all employers, people and
// prose invented) and writes manifest-b.jsonl.
// Usage: node gt-b.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'b-nofluffjobs/senior-data-engineer-portolan-gdansk.html',
    url: 'https://nofluffjobs.com/pl/job/senior-data-engineer-portolan-analytics-gdansk-2',
    kind: 'single',
    title: 'Senior Data Engineer', company: 'Portolan Analytics', location: 'Gdańsk',
    sel: '#posting-requirements, #posting-description, #posting-tasks',
    notes: 'Polish 2023 Angular SSR page (custom elements, Polish section heads) around an English posting; the description is split into requirement chips plus a list, "Opis projektu" and "Zakres obowiązków", followed by site facts, equipment, benefit chips and a company box; the page shows "Gdańsk (hybrydowo) +1" while the JSON-LD lists Gdynia first, spells "Gdansk", names the employer "PORTOLAN ANALYTICS SP. Z O.O." and carries only a truncated description; salary box and similar offers in the aside.'
  },
  {
    file: 'b-djinni/senior-frontend-react-tessaro-lviv.html',
    url: 'https://djinni.co/jobs/598214-senior-front-end-rozrobnik-react/',
    kind: 'single',
    title: 'Senior Front-end розробник (React)', company: 'Tessaro Labs', location: 'Львів',
    sel: '.job-post-description',
    notes: 'Ukrainian 2023 Djinni page: the <h1> holds the title and the salary "$3500-4500" in a second span; the company is a link above the heading, the recruiter card names a person; location is only the sidebar line "Львів" under "Віддалено або офіс", while the JSON-LD says Kyiv, TELECOMMUTE and the brand "Tessaro"; description is em-dash lines separated by <br>, followed by a site-added "Про компанію" box, apply buttons and similar jobs in other cities.'
  },
  {
    file: 'b-jobkorea/backend-developer-hanbit-logis.html',
    url: 'https://www.jobkorea.co.kr/Recruit/GI_Read/38812457',
    kind: 'single',
    title: '물류플랫폼 백엔드 개발자(Java/Spring) 경력 채용', company: '(주)한빛물류시스템', location: '서울 금천구',
    sel: '.giDetailHtml',
    notes: 'Korean 2022 JobKorea GI_Read page: the title is bare text inside an <h3> that first contains the company name, a KOSDAQ badge and a favourite button; the summary dl tables (지원자격, 근무조건, 기업정보) repeat facts, location is "서울 금천구" in a dd next to a map link; the description is the employer\'s 860px table template under "상세요강" with a banner line and ■ headings; deadline box, the company\'s other ads and viewers-also-viewed lists carry other titles and districts; no structured data.'
  },
  {
    file: 'b-rekrute/responsable-logistique-tanger.html',
    url: 'https://www.rekrute.com/offre-emploi-responsable-logistique-hf-recrutement-filatures-du-detroit-tanger-148732.html',
    kind: 'single',
    title: 'Responsable Logistique (H/F)', company: 'Filatures du Détroit', location: 'Tanger',
    sel: '#recruiterDescription, .descPoste, .descProfil',
    notes: 'Moroccan 2022 ReKrute page in French: the <h1> appends "- Tanger" to the title, the region line says "Tanger et région - Maroc" and the text places the job in Tanger Automotive City (Jouamaa); employer only in the logo alt, the meta description and the "Entreprise :" paragraph; description is three blc blocks with "X :" headings, followed by site-picked personality-trait tags and advantages, apply buttons, similar offers and an alert form.'
  },
  {
    file: 'b-elempleo/auxiliar-contable-chia.html',
    url: 'https://www.elempleo.com/co/ofertas-trabajo/auxiliar-contable-1886044263',
    kind: 'single',
    title: 'Auxiliar contable', company: 'Avícola San Mateo', location: 'Chía, Cundinamarca',
    sel: '.ee-offer-description',
    notes: 'Colombian 2023 elempleo page: the posting text itself is anonymous ("Importante empresa del sector avícola") while the header and company card show "Avícola San Mateo"; the JSON-LD titles it "Auxiliar contable Chía", uses the legal name, puts the job in Bogotá, Bogotá D.C. and truncates the description; the body is one <p> with <br> lists, then a requirements list; site "Información adicional", fraud warning, similar offers in neighbouring towns, cookie banner.'
  },
  {
    file: 'b-eightfold/senior-reliability-engineer-grid-ops.html',
    url: 'https://northmereenergy.eightfold.ai/careers/job/563018924117?domain=northmereenergy.com',
    kind: 'single',
    title: 'Senior Reliability Engineer - Grid Operations', company: 'Northmere', location: 'Duluth, Minnesota, United States',
    sel: '.position-job-description',
    notes: 'English 2024 Eightfold PCS page: the employer appears only as the logo alt, "About Northmere" inside the text and the footer; location shows "Duluth, Minnesota, United States and 2 more" with a hidden list, while the JSON-LD adds the requisition id to the title, lists Eau Claire first and names "Northmere Energy Services, LLC"; the description opens with company boilerplate and ends with EEO text; resume-match card, similar positions and talent-network boxes have their own headings.'
  },
  {
    file: 'b-getonbrd/backend-ruby-cordillera-pagos-santiago.html',
    url: 'https://www.getonbrd.com/jobs/programming/desarrollador-a-backend-ruby-on-rails-cordillera-pagos-santiago',
    kind: 'single',
    title: 'Desarrollador/a Backend Ruby on Rails', company: 'Cordillera Pagos', location: 'Santiago',
    sel: '#job-body',
    notes: 'Chilean 2022 Get on Board page in Spanish with schema.org microdata instead of JSON-LD (title itemprop in the <h1>, company and country in <meta> tags); the subtitle mixes company, "Semi Senior" and "Full time", location is a "Híbrido" badge plus a linked "Santiago", the text says Providencia; description sections have <h3> heads outside the rich-text divs and one section in English; perk icons, a remote-policy box and "Acerca de Cordillera Pagos" follow it.'
  },
  {
    file: 'b-talentlyft/voditelj-skladista-zagreb.html',
    url: 'https://adriamed.talentlyft.com/o/voditeljica-skladista-zagreb',
    kind: 'single',
    title: 'Voditelj/ica skladišta', company: 'Adriamed', location: 'Zagreb, Hrvatska',
    sel: '.tl-job-description',
    notes: 'Croatian 2021 TalentLyft career site: the employer is only the logo alt, the page title "Adriamed Karijere", the text and the footer; the JSON-LD adds "(m/ž)" to the title, gives "Adriamed d.o.o." and the head-office street address while the text moves the job to a new centre in Sesvete; the application form with its own heading, screening question and GDPR consent sits right after the description, other openings in the sidebar.'
  },
  {
    file: 'b-foundit/accountant-jobs-in-pune.html',
    url: 'https://www.foundit.in/srp/results?query=accountant&locations=pune',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Indian 2023 foundit (formerly Monster) search results: eight cards with title links, company, locality, experience, salary, snippet and skills, one promoted; <h1> "Accountant Jobs in Pune"; filter facets, sort, pagination, job-alert box and related searches; only breadcrumb JSON-LD.'
  },
  {
    file: 'b-emploitic/ingenieur-maintenance-setif-expiree.html',
    url: 'https://emploitic.com/offres-d-emploi/ingenieur-maintenance-industrielle-h-f-ceramiques-des-hauts-plateaux-setif-58213',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Algerian 2022 Emploitic expired-offer page at the posting URL: <title>, og:title and a meta description of duties still carry the title, employer and city, and the notice repeats them in bold with an Arabic line, but the posting is gone; four similar-offer cards with their own titles and cities, an empty "recrute aussi" box and a CV promo fill the page.'
  }
];

writeManifest(DIR, 'manifest-b.jsonl', PAGES);
