// Computes ground-truth description fields for the heldout22 a-* pages (job boards and newspaper
// job sections of 2003-2012 from the US, Canada, the UK, Ireland, Australia and South Africa, as
// their pages were served then: an Atlanta Journal-Constitution ajcjobs.com job (CareerBuilder
// platform, 2005), a WSJ CareerJournal executive listing (2004), a JobAps city job bulletin (2007),
// a Jobillico offer (Quebec French, 2011), a Telegraph Jobs (Madgex) job (2012), a planetrecruit.com
// IT contract in a frame document (2003), an EthicalJobs.com.au Plone job (2010), a Volksblad
// classified job ad (Afrikaans, 2008), a topjobs.ie search results page (list, 2006) and an expired
// Monster.ca job (not a posting, 2009); written for this benchmark from what those sites' markup
// was like; all employers, people, addresses, phone numbers and prose invented) and writes
// manifest-a.jsonl.
// Usage: node gt-a.mjs   (run from anywhere)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from '../ground-truth.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

const PAGES = [
  {
    file: 'a-ajcjobs/jobdetails-maintenance-supervisor-2nd-shift-norcross.html',
    url: 'http://www.ajcjobs.com/jobseeker/jobs/jobdetails.aspx?Job_DID=J3F6WQ71MXK2P9BD0RT&siteid=cbajc001',
    kind: 'single',
    title: 'Maintenance Supervisor - 2nd Shift', company: 'Chattahoochee Folding Carton', location: 'Norcross, GA',
    sel: '#pnlJobDescription, #pnlJobRequirements',
    notes: 'US 2005 newspaper job site of The Atlanta Journal-Constitution on the CareerBuilder private-label platform, saved as served (HTML 4 tables, font tags, 770px layout, no headings at all): the role is a bold <font> in span.JobTitle, the <title> is an SEO line; employer and place only in the "Job Snapshot" label table and a logo alt; the body is split into two panels ("Job Description", "Job Requirements") under blue section bars; AJC portal nav, CareerBuilder quick search, a Sunday print-edition note, similar jobs and ad rails surround it.'
  },
  {
    file: 'a-careerjournal/jobs-detail-chief-financial-officer-twin-cities.html',
    url: 'http://www.careerjournal.com/jobs/find/detail.html?jobid=HRP-1147-CJ',
    kind: 'single',
    title: 'Chief Financial Officer', company: 'Halbrook Reese Partners', location: 'Minneapolis/St. Paul, MN',
    sel: '#jobtext',
    notes: 'US 2004 WSJ CareerJournal executive listing, saved as served (upper-case HTML 4 tables, no <h1>: the role is a span.hed with an italic dek about the unnamed client); <title> says "CFO - Premium Food Manufacturer"; posted by a retained search firm for a client it will not name, so the firm (in the "Posted by" row, the apply paragraph and an "About the recruiter" box) is the company; the place is in a facts row while the body says "the Twin Cities".'
  },
  {
    file: 'a-jobaps/bulpreview-water-treatment-plant-operator-ii-sutterfield.html',
    url: 'http://www.jobaps.com/Sutterfield/sup/BulPreview.asp?R1=07&R2=2417&R3=001',
    kind: 'single',
    title: 'Water Treatment Plant Operator II', company: 'City of Sutterfield', location: 'Sutterfield, California',
    sel: '#BulletinBody',
    notes: 'US 2007 JobAps public-sector job bulletin, saved as served (tables with classed cells, no headings; the role is td.JobTitle under "invites applications for the position of:"); <title> is only "City of Sutterfield - Job Bulletin"; the employer is the city named in the bordered header, the place only as "CITY OF SUTTERFIELD, CALIFORNIA" and the HR address in the footer; the header table of job code, dates, salary and bargaining unit and the footer are not the body.'
  },
  {
    file: 'a-jobillico/offre-technicien-comptable-transports-beaulac-drummondville.html',
    url: 'http://www.jobillico.com/fr/offre-d-emploi/transports-beaulac-inc/technicien-ne-comptable/48213',
    kind: 'single',
    title: 'Technicien(ne) comptable', company: 'Transports Beaulac inc.', location: 'Drummondville',
    sel: '#description-offre',
    notes: 'Quebec French 2011 Jobillico offer, saved as served (XHTML, jQuery, French ids and classes): <title> "Technicien comptable - Drummondville | Offre d\'emploi | Jobillico.com" drops the inclusive "(ne)" of the <h1>; company and town in a line under the heading and in the right-hand "Résumé de l\'offre" <dl> (Lieu de travail / Région Centre-du-Québec); og:title "… chez Transports Beaulac inc."; Facebook/Twitter share, similar offers and a job-alert form are chrome.'
  },
  {
    file: 'a-telegraph/job-2841733-director-of-finance-and-resources-shrewsbury.html',
    url: 'http://jobs.telegraph.co.uk/job/2841733/director-of-finance-and-resources/',
    kind: 'single',
    title: 'Director of Finance and Resources', company: "St Elphin's Hospice", location: 'Shrewsbury, Shropshire',
    sel: '#job-description',
    notes: 'UK 2012 Telegraph Jobs (Madgex platform), saved as served, with a cookie notice and schema.org JobPosting microdata: an agency (Ashdown Hale Recruitment) advertises for a named client; the recruiter is in the <title>, the "Recruiter" row, the logo alt, a sidebar and the microdata hiringOrganization, while the hospice is named only in the body\'s first bold line and prose; similar jobs and share links follow.'
  },
  {
    file: 'a-planetrecruit/jobdetail-senior-oracle-dba-city-of-london-contract.html',
    url: 'http://www.planetrecruit.com/jobs/jobdetail.asp?jobid=318842',
    kind: 'single',
    title: 'Senior Oracle DBA', company: 'Corvid Technical Recruitment Ltd', location: 'City of London',
    sel: '#jobdesc',
    notes: 'UK 2003 IT contract board, the main-frame document of a frameset saved as served (tables, Verdana font tags): the only heading is "Job Details"; role, location, rate, agency and contact are label/value rows, and the body is the "Description:" value cell in the same table; the <title> is the agency\'s upper-case ad line; an agency posts for an unnamed "leading investment bank", so the agency is the company; a hidden apply form and similar jobs follow.'
  },
  {
    file: 'a-ethicaljobs/members-kororoit-creek-nh-community-development-worker.html',
    url: 'http://www.ethicaljobs.com.au/Members/kororoitcreeknh/community-development-worker',
    kind: 'single',
    title: 'Community Development Worker', company: 'Kororoit Creek Neighbourhood House', location: 'Melbourne - Western Suburbs',
    sel: '#parent-fieldname-text',
    notes: 'Australian 2010 EthicalJobs.com.au on Plone 3, saved as served (portal-columns table, portlets, documentFirstHeading, byline with the member login name "kororoitcreeknh"): a documentDescription teaser and a details table (Organisation, Location "Melbourne - Western Suburbs", SCHADS salary) precede the body, which names the suburb Sunshine and a PO box; attachments, share links and recent-jobs portlets follow.'
  },
  {
    file: 'a-volksblad/klassifikasie-betrekkings-senior-boekhouer-bloemfontein.html',
    url: 'http://www.volksblad.com/Klassifikasie/Advertensie.aspx?AdId=1187342&Kat=41',
    kind: 'single',
    title: 'Senior Boekhouer', company: 'Seekoeivlei Landbou Bpk.', location: 'Bloemfontein',
    sel: '#ctl00_cphInhoud_pnlTeks',
    notes: 'South African (Afrikaans) 2008 Bloemfontein newspaper classifieds, an ASP.NET WebForms page saved as served (Afrikaans labels Dorp/Streek/Geplaas/Verval): the <title> is "… Betrekkings - SENIOR BOEKHOUER"; the employer appears only in the print-style ad text (upper-case lead-in) and a logo alt; the ad names branches at Dealesville and Hopetown; a print-edition note, related ads and news links are chrome.'
  },
  {
    file: 'a-topjobs/search-results-sales-munster.html',
    url: 'http://www.topjobs.ie/jobs/results.asp?kw=sales&reg=MU',
    kind: 'list',
    title: null, company: null, location: null, sel: null,
    notes: 'Irish 2006 job board search results ("Sales jobs in Munster", 12 of 87), saved as served: table rows with title link, bold company, place, salary, a snippet and a date, one featured; refine-by-county and salary boxes, pagination and RSS link.'
  },
  {
    file: 'a-monster-ca/getjob-expired-logistics-coordinator-mississauga.html',
    url: 'http://jobview.monster.ca/GetJob.aspx?JobID=845917312',
    kind: 'not-a-posting',
    title: null, company: null, location: null, sel: null,
    notes: 'Canadian 2009 Monster.ca job view for an expired job, saved as served: the <title> still reads "Logistics Coordinator Job in Mississauga …" and a stub line repeats role, company and place, but the <h1> says the job is no longer available and there is no description; similar jobs, category links and career advice fill the page.'
  }
];

writeManifest(DIR, 'manifest-a.jsonl', PAGES);
