// Computes ground-truth description fields for the heldout15 a-* pages (job boards and newspaper
// classifieds of 2003-2012 from Luxembourg, Switzerland, Sweden, Ukraine, France, the UK, the US (a
// county newspaper on TownNews BLOX), Canada (Saskatchewan's provincial job bank), Portugal and
// Mexico, written for this benchmark from what those sites' markup was like; all employers, people
// and prose invented) and writes manifest-a.jsonl.
// Usage: node gt-a.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'a-jobslu/comptable-senior-strassen.html',
    url: 'http://www.jobs.lu/Jobs/Comptable-Senior-Senior-Accountant-m-f-4417093.aspx',
    kind: 'single',
    title: 'Comptable Senior / Senior Accountant (m/f)', company: 'Fiduciaire Aldringen S.à r.l.', location: 'Strassen, Luxembourg',
    sel: '#job-description',
    notes: 'Luxembourg 2010 ASP.NET board (Saongroup platform) in French; the <h1> is bilingual and the company <h2>/logo give the group brand "Aldringen Group" while the ad names the employing entity Fiduciaire Aldringen S.à r.l.; the facts table gives only the region "Centre", the Strassen office is in the prose (and the postal address is a Luxembourg-city P.O. box); the description ends with an English version; similar jobs with other regions, a group blurb, alert box.'
  },
  {
    file: 'a-jobscout24/polymechaniker-cnc-elgg.html',
    url: 'http://www.jobscout24.ch/de/jobs/detail.aspx?id=2290417',
    kind: 'single',
    title: 'Polymechaniker / CNC-Fräser (m/w)', company: 'Kälin Präzisionsteile AG', location: 'Elgg, ZH',
    sel: '#inserat .ins-body',
    notes: 'Swiss 2008 HTML 4 table page declared iso-8859-1 with every umlaut an entity; the <h1> is the generic "Stelleninserat", the inserat header is an image whose alt says "Polymechaniker/in CNC" and <title> has yet another wording, while the ad\'s own centred bold line reads "Polymechaniker / CNC-Fräser (m/w)"; the employer appears only in the signature block (logo alt empty); the site facts give "Region: Zürich / Winterthur" while the address and prose place the job in Elgg; regional jobs table with other towns, JobMail teaser, WEMF pixel.'
  },
  {
    file: 'a-jobline/innesaljare-vvs-jonkoping.html',
    url: 'http://www.jobline.se/se/sok/visaannons.asp?id=114592',
    kind: 'single',
    title: 'Innesäljare', company: 'Vätterbygdens Rörgrossist AB', location: 'Jönköping',
    sel: 'td.annonstext',
    notes: 'Swedish 2003 frame document (script reloads the frameset if opened alone) in font-tag tables with spacer GIFs; no heading element at all, the big bold line is the slogan "Vill du sälja VVS till proffsen?" and the role is only the Befattning row of the facts table; the employer is named only in the ad text (logo alt "Logotyp"); ad closes with contacts and a union representative; other ads table with other towns.'
  },
  {
    file: 'a-rabotaua/inzhener-proektuvalnyk-ovik-kyiv.html',
    url: 'http://rabota.ua/company218844/vacancy3561027',
    kind: 'single',
    title: 'Інженер-проектувальник систем ОВіК', company: 'Термоконтур', location: 'Киев',
    sel: '#ctl00_centerZone_vcVwPopup_VacancyViewInner1_pnlBody',
    notes: 'Ukrainian 2011 ASP.NET WebForms page with Russian site chrome and a Ukrainian ad body; salary sits between the <h1> and the company link, which gives the name as "Термоконтур, ТОВ" (legal form after the name) while the ad says ТОВ «Термоконтур»; city "Киев" in the facts table, Obolon district only in the prose; contacts table with an address, company blurb, VK share button and similar vacancies in Kharkiv and Dnipropetrovsk are not description.'
  },
  {
    file: 'a-regionsjob/technicien-maintenance-caudan.html',
    url: 'http://www.ouestjob.com/emplois/detailoffre.aspx?numoffre=1537206',
    kind: 'single',
    title: 'Technicien de maintenance industrielle H/F', company: 'Conserveries Kerlann', location: 'Caudan, Morbihan',
    sel: '#annonce .texte_annonce',
    notes: 'French 2012 RegionsJob-network page (OuestJob) with the network\'s div#annonce / p.date_ref / p.contrat_loc / p.rubrique_annonce markup; "Localisation : Lorient - 56" while the ad places the plant in Caudan, ten minutes from Lorient; section labels are <p> elements, not headings; og tags, embedded application form with file upload, similar offers in other Breton towns, Xiti and Facebook like.'
  },
  {
    file: 'a-gumtree/chef-de-partie-clapham-gastropub.html',
    url: 'http://www.gumtree.com/london/57/54718823.html',
    kind: 'single',
    title: 'Chef de Partie', company: 'The Hartley Arms', location: 'Clapham, London',
    sel: '#vip-description',
    notes: 'UK 2010 classifieds ad: the <h1> is a shouty headline with postcode district, live-out note and hourly rate around the role; the poster is a direct employer named only in the chatty first paragraph ("We are The Hartley Arms"), signed by the head chef; attribute table gives "Clapham, London"; reply form that repeats the headline, AdSense block, map script, safety tips and similar ads in other South London areas.'
  },
  {
    file: 'a-townnews/lpn-night-shift-care-center.html',
    url: 'http://www.lacledecountyledger.com/classifieds/employment/medical/ad_5c2e1a7e-49b1-11e0-8f6a-001cc4c03286.html',
    kind: 'single',
    title: 'Licensed Practical Nurse', company: 'Maple Hollow Care Center', location: 'Lebanon, Missouri',
    sel: '.blox-ad-text',
    notes: 'US 2011 county newspaper print classified on TownNews BLOX; the <h1> and <title> are only "NOW HIRING" and the role is the bold capitals run-in at the start of the ad text, which also asks for CNAs; the employer and the street address in Lebanon are only in the prose, the town is otherwise in the masthead ("Lebanon, Mo.") and footer; ad details table, related ads with other towns, most-read news headlines.'
  },
  {
    file: 'a-saskjobs/heavy-duty-mechanic-estevan.html',
    url: 'http://www.saskjobs.ca/saskjobs/JobOrderDetails.aspx?JobOrderId=412877',
    kind: 'single',
    title: 'Heavy Duty Mechanic - Journeyperson', company: 'Souris Valley Oilfield Services', location: 'Estevan, Saskatchewan',
    sel: '#jobDescription, #jobRequirements, #howToApply',
    notes: 'Canadian 2009 provincial government job bank; <h1> is "Job Order Details" and everything is a th/td row entered in capitals; the Employer row is a numbered company "101224588 Saskatchewan Ltd. o/a Souris Valley Oilfield Services"; location "ESTEVAN" while the mailing address is in Bienfait; description is three sections (duties, a requirements table, how to apply) separated by government-template h2s; disclaimer and other Estevan-area jobs below.'
  },
  {
    file: 'a-olx/empregos-lisboa-lista.html',
    url: 'http://lisboa.olx.pt/empregos-cat-190',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Portuguese 2011 free-classifieds category page: a featured ad plus ten results, each a title link, a snippet, a district and a time, two of them job seekers\' "procuro trabalho" ads; offer/wanted tabs with counts, subcategory and zone facets, AdSense, pager, popular searches.'
  },
  {
    file: 'a-jobomas/vendedor-mostrador-refaccionaria-vencido.html',
    url: 'http://mexico.jobomas.com/Vendedor-de-mostrador-refaccionaria_iid_7731905',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Mexican 2010 expired-ad page in Spanish at the ad URL: <title>, meta and og description still carry the title, employer, city and a summary, and an <h1> summary box lists Empresa, Lugar and "Vencido" with a disabled apply button, but the ad text is gone and the notice says it can no longer be applied to; five similar offers with companies and towns.'
  }
];

writeManifest(DIR, 'manifest-a.jsonl', PAGES);
