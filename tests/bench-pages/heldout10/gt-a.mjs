// Computes ground-truth description fields for the heldout10 a-* pages (job boards of 2004-2012,
// written for this benchmark from what those sites' markup was like; all employers, people and
// prose invented) and writes manifest-a.jsonl.
// Usage: node gt-a.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'a-jobware/leiter-qualitaetssicherung-tuttlingen.html',
    url: 'http://www.jobware.de/Angebote/Leiter-Qualitaetssicherung-m-w-1038827463.html',
    kind: 'single',
    title: 'Leiter Qualitätssicherung (m/w)', company: 'Sandhofer Präzisionsteile GmbH', location: 'Tuttlingen',
    sel: '#anzeige td.jw_text',
    notes: 'German 2008 page; the <h1> is the site slogan ("Der Stellenmarkt für Fach- und Führungskräfte"); title only in <font size=5><b> inside the employer-designed ad table (and in <title>) with a subtitle line under it; employer named only in the ad logo alt and the postal address at the end of the ad, no company label; description is five td.jw_text cells (intro, two side-by-side Aufgaben/Profil columns, Wir bieten, contact) around the title cell; "Arbeitsort: Tuttlingen" only in the Eckdaten strip below the ad; Ähnliche Stellenangebote and Top-Arbeitgeber logo sidebar; IVW pixel, DoubleClick, ga.js.'
  },
  {
    file: 'a-jobboom/technicien-comptable-drummondville.html',
    url: 'http://www.jobboom.com/fr/Offres/DetailOffre.aspx?OffreID=2847731&lang=fr',
    kind: 'single',
    title: 'Technicien(ne) comptable', company: 'Coopérative agricole des Deux-Rives', location: 'Drummondville (Centre-du-Québec)',
    sel: '#ctl00_ContentPlaceHolder1_lblDescription, #ctl00_ContentPlaceHolder1_lblExigences',
    notes: 'Quebec French ASP.NET WebForms page (2009): whole page in one aspnetForm with a large __VIEWSTATE; <h1> is the section name "Offres d\'emploi"; title only in span#ctl00_ContentPlaceHolder1_lblTitrePoste inside <font>, with publication date above and hourly pay + status line below; description split into two spans with <br> line breaks and "-" bullets (lblDescription, lblExigences), with the label/value facts table (Employeur, Lieu de travail, Salaire...) between them; "Autres offres de cet employeur", Offres similaires and Employeurs vedettes boxes.'
  },
  {
    file: 'a-infoempleo/tecnico-prl-cuarte-de-huerva.html',
    url: 'http://www.infoempleo.com/ofertas-trabajo/oferta/1283377/tecnico-prevencion-riesgos-laborales/',
    kind: 'single',
    title: 'Técnico de Prevención de Riesgos Laborales', company: 'Grupo Aragonés de Montajes Industriales, S.L.', location: 'Cuarte de Huerva (Zaragoza)',
    sel: '#descOferta, #reqOferta, #ofreceOferta',
    notes: 'Spanish 2008 page; <h1> is the section heading "Ofertas de empleo en Zaragoza" (a place, not the job); title in <h2>; th/td facts table (Provincia: Zaragoza, Localidad: Cuarte de Huerva (Zaragoza), Salario...) before the body; description in three blocks (Descripción de la oferta / Requisitos / Se ofrece), the Requisitos block being a label/value table (Estudios mínimos, Experiencia mínima, Requisitos mínimos/deseados); body text does not name the employer; formación (course ads) and empresas destacadas sidebars; urchin.js.'
  },
  {
    file: 'a-51job/wuliu-caozuo-zhuguan-shanghai.html',
    url: 'http://search.51job.com/job/38812745,c.html',
    kind: 'single',
    title: '国际物流操作主管', company: '上海瀚帆国际货运代理有限公司', location: '上海-浦东新区',
    sel: 'td.job_detail',
    notes: 'Chinese 2009 table layout, no <h1> at all: title in td.sr_bt, company as a link in td.jobs_com, facts as txt_1 label / txt_2 value cells (发布日期, 工作地点: 上海-浦东新区, 薪水范围...); description is one table cell with <br> lines (岗位职责 / 任职要求 / benefits); the separate 公司介绍 (company introduction) box below uses the same td.txt_4 class and is not part of the description; 该公司其他职位 and 相似职位推荐 lists with other titles, companies and districts.'
  },
  {
    file: 'a-vagas/analista-credito-cobranca-curitiba.html',
    url: 'http://www.vagas.com.br/vagas/v418273/analista-de-credito-e-cobranca-pleno',
    kind: 'single',
    title: 'Analista de Crédito e Cobrança Pleno', company: 'Distribuidora Araucária de Alimentos', location: 'Curitiba / PR',
    sel: 'div.texto-descricao, ul.lista-beneficios',
    notes: 'Brazilian Portuguese 2010 page; <h1> is the site logo (VAGAS.com.br); title in <h2> between a "Publicada em" line and a "Nível hierárquico" line; employer named only in the sidebar logo alt (body says only "Empresa atacadista do setor de alimentos"); location only in the info-vaga facts line "Local de trabalho: Curitiba / PR / BR"; description in two blocks (Descrição da vaga, Benefícios list); og:title differs from the page ("Analista de Crédito - Curitiba/PR"); Facebook Like iframe and Twitter button; Vagas semelhantes sidebar.'
  },
  {
    file: 'a-timesjobs/regulatory-affairs-executive-pune.html',
    url: 'http://www.timesjobs.com/job-detail/regulatory-affairs-executive-formulations-vrindavan-talent-solutions-pune-3-to-6-yrs-jobid-Kx7MpqR2aWNzpSvf__PLUS__uAgZw==',
    kind: 'single',
    title: 'Regulatory Affairs Executive - Formulations', company: 'Vrindavan Talent Solutions', location: 'Pune',
    sel: '#jobDescription, #desiredProfile',
    notes: 'Indian 2012 page posted by a placement consultant for an unnamed pharma client (company = the consultancy, shown in <h2> with "(Placement Consultant)"); experience, salary in lakhs and location as an unlabelled icon list under the title; schema.org microdata disagrees with the page: itemprop title "Urgent Opening for Regulatory Affairs - Pharma MNC", hiringOrganization "Leading Pharma MNC", jobLocation only Maharashtra; description in two blocks (Job Description, Desired Candidate Profile); Job Details table, Key Skills tags and the consultant\'s About the Company block are not description.'
  },
  {
    file: 'a-fish4jobs/tenancy-support-officer-bristol.html',
    url: 'http://www.fish4jobs.co.uk/f4j/job/40877312',
    kind: 'single',
    title: 'Tenancy Support Officer', company: 'Severnside Housing Trust', location: 'Bristol',
    sel: '#jobtext',
    notes: 'UK 2007 HTML 4.01 nested tables, no headings: title only in <font size=3><b> and <title>; employer named only in the advertiser logo alt (no company label, not in the body); location in an unlabelled pipe line under the title ("Bristol | £18,500 - £21,000 pa | Permanent, Full Time") and in the breadcrumb; label/value facts table without a location row; description one td with <br> breaks and "*" bullets; Dreamweaver MM_ scripts, SiteCatalyst s_code; Similar jobs and Featured recruiters logo sidebar.'
  },
  {
    file: 'a-mediabistro/associate-editor-digital-new-york.html',
    url: 'http://www.mediabistro.com/joblistings/jobview.asp?joid=108744',
    kind: 'single',
    title: 'Associate Editor, Digital', company: 'Harrow & Finch Publishing', location: 'New York, NY',
    sel: '#job_desc_main, #job_requirements, #job_apply',
    notes: '2009 media-jobs board; <h1> is "Job Listings"; title in a span.jtitle; company and location share one italic line with the location in parentheses; og:title differs ("Associate Editor job at Harrow & Finch"); description in three blocks under small uppercase heads (Job Description, Requirements, To Apply); AvantGuild upsell, Recently posted in Magazines list, courses and featured employers sidebar, AddThis, Quantcast.'
  },
  {
    file: 'a-jobrapido/carrellista-bussolengo-ricerca.html',
    url: 'http://it.jobrapido.com/?w=carrellista&l=bussolengo',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Italian 2011 aggregator results page with only TWO results (plus a sponsored AdWords line): the first has a title, company, "Bussolengo (VR)" and a long snippet that reads like a posting; the <h1> is "Offerte di lavoro carrellista a Bussolengo"; results link out to jobpreview redirects; filters and related-searches sidebars.'
  },
  {
    file: 'a-6figurejobs/svp-treasury-charlotte-login.html',
    url: 'http://www.6figurejobs.com/jobs/jobdetail.cfm?jobid=412877',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: '2006 ColdFusion members-only wall at a job-detail URL: shows the job title, a facts table (Location: Charlotte, NC; Compensation; Date Posted; "Company: Available to members only") and a two-sentence teaser cut off with "...", then a "Members Only: Log in to view the complete job description" box with login and join forms; the full description is not on the page; More Executive Jobs table below.'
  }
];

writeManifest(DIR, 'manifest-a.jsonl', PAGES);
