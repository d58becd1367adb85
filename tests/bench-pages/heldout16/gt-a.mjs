// Computes ground-truth description fields for the heldout16 a-* pages (plain-HTML job boards of
// 2003-2010 from the US, Canada, the UK, Ireland, Australia and New Zealand: a state workforce job
// bank, a ColdFusion regional board, a state-government board, a Welsh-language news site's jobs
// section, an Irish-language portal, a Québec marketing board, a Māori-medium teaching vacancy in a
// government gazette, a Canadian nonprofit board, a Scottish regional newspaper group's job search
// and a closed Irish public-service competition; written for this benchmark from what those sites'
// markup was like; all employers, people, addresses and prose invented) and writes manifest-a.jsonl.
// Usage: node gt-a.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'a-employflorida/irrigation-technician-ocala.html',
    url: 'https://www.employflorida.com/vosnet/Jobbanks/JobDetails.aspx?enc=3mJwK7o0pQbuGd1cZ4eV2Xy8tAqLf0Hn5sRk9WcJvE0%3d',
    kind: 'single',
    title: 'Irrigation Technician', company: 'Sunridge Turf & Landscape Services, Inc.', location: 'Ocala, FL',
    sel: '#ctl00_MainContent_divJobDesc',
    notes: 'US 2009 Virtual OneStop state job bank (ASP.NET, __VIEWSTATE, one big form); <h1> and <title> are just "Job Details"; title, employer and two addresses sit in label/value cells: a Gainesville mailing address and an Ocala worksite; staff-entered description in ALL CAPS with <br> breaks, followed by site tables of requirements and wages, a labor-market-information box with Ocala MSA wages and other jobs in nearby towns.'
  },
  {
    file: 'a-jobsinme/cnc-machinist-second-shift-auburn.html',
    url: 'http://www.jobsinme.com/job_detail.cfm?JobID=148213',
    kind: 'single',
    title: 'CNC Machinist - 2nd Shift', company: 'Androscoggin Precision Components', location: 'Auburn, Maine',
    sel: 'div.jobdesc',
    notes: 'US 2006 ColdFusion regional board in 770px tables with <font> tags and no <h1>; the title is a <font size=4><b>; the location fact is the region "Lewiston/Auburn Area" while the text places the plant in Auburn; a yellow "About the Company" profile box from the employer record precedes the ad and is excluded; middot bullets with <br>; featured-employer logos and similar jobs with other employers.'
  },
  {
    file: 'a-smartjobs/visitor-services-ranger-hervey-bay.html',
    url: 'http://www.smartjobs.qld.gov.au/jobtools/jncustomsearch.viewFullSingle?in_organid=14904&in_jnCounter=221794305',
    kind: 'single',
    title: 'Visitor Services Ranger', company: 'Queensland Coastal Parks Trust', location: 'Hervey Bay, Queensland',
    sel: '#jobad',
    notes: 'Australian 2006 state-government board; <h1> "Job details", <title> carries only the ad reference; facts are th/td rows with the agency and a region ("Wide Bay Burnett") while the text puts the depot at Urangan in Hervey Bay and the postal address is in Maryborough; description uses h3 sub-headings, the documents list and the separate "How to apply" box with buttons are excluded; Dublin Core meta, Queensland Government chrome.'
  },
  {
    file: 'a-golwg360/swyddog-datblygu-cymunedol-llangefni.html',
    url: 'http://www.golwg360.com/swyddi/48213',
    kind: 'single',
    title: 'Swyddog Datblygu Cymunedol', company: 'Menter Iaith Glannau Alaw', location: 'Llangefni, Ynys Môn',
    sel: '.testun-swydd',
    notes: 'Welsh 2009 news site\'s jobs section, all chrome in Welsh; <h1> is the section "Swyddi" and the title an <h2>; the facts list gives only "Lleoliad: Ynys Môn" while the text and address place the office in Llangefni; the ad ends with a short English version repeating the title "Community Development Officer"; sidebar of latest jobs with other towns and a news block.'
  },
  {
    file: 'a-gaelport/riarthoir-oifige-an-cheathru-rua.html',
    url: 'http://www.gaelport.com/?teanga=ga&page=fostaiocht&id=3318',
    kind: 'single',
    title: 'Riarthóir Oifige (Páirtaimseartha)', company: 'Fiontar Pobail Chois Cuain Teo.', location: 'An Cheathrú Rua, Co. na Gaillimhe',
    sel: '.jobBody',
    notes: 'Irish-language 2008 portal; <h1> is the section "Deiseanna Fostaíochta", <title> generic; employer in a plain div under the <h2> title; there is no location field at all: the place appears only in the text in its mutated form ("ar an gCeathrú Rua") and in the application address; other jobs table with Gaeltacht towns below.'
  },
  {
    file: 'a-isarta/conseiller-relations-presse-quebec.html',
    url: 'http://www.isarta.com/emplois/offre.php?id=23547',
    kind: 'single',
    title: 'Conseiller(ère) en relations de presse et communication', company: 'Groupe Pelletier-Marceau Communication', location: 'Sainte-Foy, Québec',
    sel: '#offre-texte',
    notes: 'Québec French 2007 board in table layout with no <h1>; the title is a span; the "Entreprise :" fact holds the type "Agence" rather than a name and the logo alt is the initials "PMC", so the employer is named only in bold in the first sentence; "Région : Québec (Capitale-Nationale)" while the text gives the boulevard Laurier office in Sainte-Foy; newsletter box and similar offers in Lévis, Montréal, Trois-Rivières.'
  },
  {
    file: 'a-edgazette/kaiako-rumaki-whakatane.html',
    url: 'http://www.edgazette.govt.nz/Vacancies/Vacancy.aspx?VacancyId=34521',
    kind: 'single',
    title: 'Kaiako / Teacher – Rūmaki (Te Reo Māori)', company: 'Te Kura Kaupapa Māori o Te Awa Kōwhai', location: 'Te Teko, Bay of Plenty',
    sel: '#vacancyText',
    notes: 'New Zealand 2010 government gazette vacancy (ASP.NET); bilingual Māori/English title and ad, Māori paragraphs first; school name in a div above the <h1>, <title> carries only the vacancy ID; facts give only "Region: Bay of Plenty" and the text says Te Teko, "twenty minutes from Whakatāne"; related Māori-medium vacancies with other regions.'
  },
  {
    file: 'a-charityvillage/program-coordinator-adult-literacy-thunder-bay.html',
    url: 'http://www.charityvillage.com/cv/careers/jobdetail.asp?id=CV-2003-10-0416',
    kind: 'single',
    title: 'Program Coordinator, Adult Literacy', company: 'Lakehead Learning Circle', location: 'Thunder Bay, Ontario',
    sel: 'div.posting',
    notes: 'Canadian 2003 nonprofit board in <font> tables; the page header is only "Job Posting" with dates and a reference; the employer\'s own HTML gives the organisation and then the title as centred capitals, with the contract terms in brackets; no location field (only "Ontario" in the breadcrumb); the text names Thunder Bay plus satellite sites in Nipigon and Red Lake; disclaimer and other Ontario postings below.'
  },
  {
    file: 'a-s1jobs/joiner-highlands-islands-results.html',
    url: 'http://www.s1jobs.com/search/?keywords=joiner&area=HI',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Scottish 2009 regional jobs site search results: ten table rows each with a shortlist checkbox, linked title, recruiter, a one-line snippet, town, salary and date; <h1> "Joiner jobs in Highlands & Islands"; sector and job-type facets with counts, sort select, pager, related searches, MPU and featured recruiters.'
  },
  {
    file: 'a-publicjobs/oifigeach-cleireachais-le-gaeilge-closed.html',
    url: 'http://www.publicjobs.ie/publicjobs/publication/document/09/C/117',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Irish 2009 public-service competition page after closing: <title>, meta description and the <h1> still carry the bilingual Irish/English post title and reference, but the body says in Irish and English that the competition is closed and the booklet withdrawn; a table of other current competitions with their own titles and a campaign contact box.'
  }
];

writeManifest(DIR, 'manifest-a.jsonl', PAGES);
