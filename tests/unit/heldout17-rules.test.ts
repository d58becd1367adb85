/**
 * Rules written after heldout17 was first measured, each stated without a page: the posting's
 * text on pages laid out with tables (a cell that holds the page's column is layout, links are
 * not text); the employer on the line beside a title set in bold type, or in a heading the page
 * names again; a site's name without its jobs word, or with a colon before the <title>'s first
 * part; a contract's length or a roster after the role; a search's filter counts; lists whose
 * "titles" link elsewhere or whose heading gathers vacancies in other languages; labels and
 * section headings in Czech, Slovak, Hebrew and Indian English.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract';
import { cleanPlace, labelledFields } from '../../src/core/extract/generic';
import { isNavigationHeading } from '../../src/core/extract/navigation-heading';
import { withoutPageType } from '../../src/core/extract/words';
import { isSiteName, siteName } from '../../src/core/extract/site-name';
import { isGenericSegment, parseTitle } from '../../src/core/extract/title-patterns';

const page = (html: string, url: string) => new JSDOM(html, { url }).window.document;

function read(html: string, url: string) {
  const result = extractPosting(page(html, url), url);
  if (result.kind !== 'posting') throw new Error(`not a posting: ${result.reason}`);
  return result;
}

/** A board page of nested tables: a menu column beside the content cell, the ad in a <div> of <br> lines. */
const TABLE_PAGE = (top: string) => `<html><head><title>Grounds Keeper - Valley Jobs</title></head><body>
<table width="760"><tr><td colspan="2"><img src="/banner.gif" alt="Valley Jobs"></td></tr>
<tr><td width="150" valign="top"><div>Job Seekers</div>
<a href="/search">Search Jobs</a><br><a href="/resume">Post Your Resume</a><br><a href="/alerts">Job Alerts</a><br><a href="/fairs">Career Fairs</a><br>
<div>Categories</div><a href="/c/1">Administrative</a><br><a href="/c/2">Construction</a><br><a href="/c/3">Government</a><br><a href="/c/4">Healthcare</a><br><a href="/c/5">Hospitality</a><br><a href="/c/6">Manufacturing</a><br>
<p>Valley Career Center<br>44 Mill Street<br>Riverton, OR 97000<br>(541) 555-0100</p></td>
<td valign="top">${top}
<table><tr><td><b>Location:</b></td><td>Riverton, OR</td><td><b>Type:</b></td><td>Full-Time</td></tr></table>
<div class="ad"><font size="2">Maple Ridge Cemetery Association cares for 40 acres of lawns, gardens and historic monuments on the north side of Riverton.<br><br>
<b>Duties</b><br>&middot; Mow, trim and edge the grounds from April to October<br>&middot; Plant and tend the seasonal beds at the chapel and the gates<br>&middot; Clear snow from the drives and paths in winter<br>&middot; Help set up for services and keep the equipment shed in order<br><br>
<b>Requirements</b><br>&middot; A year of landscaping or groundskeeping work<br>&middot; A valid driver's license and a clean record<br><br>
Apply in person at the office, 1200 North Road, Riverton, weekdays from 9 to 4.</font></div>
<table><tr><td colspan="3"><b>Similar Jobs</b></td></tr><tr><td><a href="/job/2">Landscape Laborer</a></td><td>Green Acres Nursery</td><td>Salem</td></tr><tr><td><a href="/job/3">Park Aide</a></td><td>City of Dallas</td><td>Dallas</td></tr></table>
</td></tr><tr><td colspan="2">About Us | Privacy | Contact<br>&copy; 2006 Valley Jobs. All rights reserved.</td></tr></table></body></html>`;

describe('the posting on a page laid out with tables', () => {
  it('is the ad, not the layout row that holds the menus beside it', () => {
    const posting = read(TABLE_PAGE('<font size="4"><b>Grounds Keeper</b></font><br><font size="2">Maple Ridge Cemetery Association</font>'), 'http://www.valleyjobs.example/job.cfm?id=7');
    expect(posting.description?.value.startsWith('Maple Ridge Cemetery Association cares for 40 acres')).toBe(true);
    expect(posting.description?.value.endsWith('weekdays from 9 to 4.')).toBe(true);
    expect(posting.description?.value).not.toContain('Search Jobs');
  });

  it('reads the employer on the line under a title set in bold type, when the page names it again', () => {
    const posting = read(TABLE_PAGE('<font size="4"><b>Grounds Keeper</b></font><br><font size="2">Maple Ridge Cemetery Association</font>'), 'http://www.valleyjobs.example/job.cfm?id=7');
    expect(posting.title?.value).toBe('Grounds Keeper');
    expect(posting.company?.value).toBe('Maple Ridge Cemetery Association');
  });

  it('passes over comments beside the title', () => {
    const posting = read(TABLE_PAGE('<font size="4"><b>Grounds Keeper</b></font><!-- employer --><br><font size="2">Maple Ridge Cemetery Association</font>'), 'http://www.valleyjobs.example/job.cfm?id=7');
    expect(posting.company?.value).toBe('Maple Ridge Cemetery Association');
  });

  it('does not take a line beside the title that the page never names again, nor a place', () => {
    const once = read(TABLE_PAGE('<font size="4"><b>Grounds Keeper</b></font><br><font size="2">Northern Shore Holdings</font>'), 'http://www.valleyjobs.example/job.cfm?id=7');
    expect(once.company?.value).not.toBe('Northern Shore Holdings');
    const place = read(TABLE_PAGE('<font size="4"><b>Grounds Keeper</b></font><br><font size="2">Riverton, OR</font>'), 'http://www.valleyjobs.example/job.cfm?id=7');
    expect(place.company?.value).not.toBe('Riverton, OR');
  });
});

describe('the employer', () => {
  it('is the heading that names no role when the page names it again and the role is labelled', () => {
    const posting = read(
      `<html><head><title>Board Jobs</title></head><body><table><tr><td><img src="/logo.gif" alt="BoardJobs"></td><td><h1>Fernbank Hardware Ltd.</h1></td></tr></table>
      <table><tr><td><b>Position:</b></td><td><b>Inventory Clerk</b></td></tr><tr><td><b>Location:</b></td><td>Truro, NS</td></tr></table>
      <div><p>Fernbank Hardware has served the county since 1962 from two stores and a yard on Prince Street. We need an organised clerk to keep stock records straight.</p>
      <p>Responsibilities: count and reconcile stock each week, receive deliveries against purchase orders, and train store staff on the handheld scanners.</p>
      <p>Requirements: a year of inventory or warehouse experience, care for detail and comfort with spreadsheets. Full-time, with benefits. To apply, send your resume by March 30.</p></div></body></html>`,
      'http://www.boardjobs.example/job/55',
    );
    expect(posting.title?.value).toBe('Inventory Clerk');
    expect(posting.company?.value).toBe('Fernbank Hardware Ltd.');
  });

  it('is not a headline that announces the job', () => {
    const posting = read(
      `<html><head><title>Nyheter - Ekbo IK</title></head><body><h1>Vi söker en kassör!</h1><p>Titel: Kassör</p>
      <p>Vi söker en kassör! Ekbo IK behöver en kassör på deltid som sköter föreningens bokföring, betalningar och medlemsavgifter. Du har erfarenhet av bokföring och är noggrann.</p>
      <p>Tjänsten är på 25 procent och passar dig som vill engagera dig i föreningslivet. Ansök senast 31 mars med CV och personligt brev.</p></body></html>`,
      'https://www.ekboik.example/nyheter/kassor',
    );
    expect(posting.company?.value).not.toBe('Vi söker en kassör!');
  });

  it('is not a <title> part that is one step of the labelled place', () => {
    const posting = read(
      `<html><head><title>Stores Clerk - Cape Town Northern Suburbs - JobHub</title></head><body><h1>Stores Clerk</h1>
      <p>Location: Western Cape &gt; Cape Town Northern Suburbs</p><p>Recruiter: Baobab Staffing</p>
      <div><p>Our client, a building supplier in Bellville, needs a stores clerk to receive and issue stock and keep the bin cards up to date.</p>
      <p>Requirements: Matric, two years in a stores or warehouse role, and experience of a stock system. Send your CV quoting ref BS-114.</p></div></body></html>`,
      'http://www.jobhub.example/jobs/114',
    );
    expect(posting.company?.value).toBe('Baobab Staffing');
    expect(posting.location?.value).toBe('Cape Town Northern Suburbs, Western Cape');
  });
});

describe("a site's own name", () => {
  const doc = page('<html><head><title>Clerk - Tri-Valley Jobs</title></head><body><p>&copy; 2007 Tri-Valley Jobs</p></body></html>', 'http://www.trivalleyjobs.example/job/1');
  it('is its name without the jobs word it goes by', () => {
    const site = siteName(doc, doc.URL);
    expect(isSiteName('Tri-Valley', site)).toBe(true);
    expect(isSiteName('Valley Farms', site)).toBe(false);
  });

  it('is set apart by a colon before the first part of the <title>', () => {
    const site = siteName(doc, doc.URL);
    expect(parseTitle('Tri-Valley Jobs: Orchard Supply Co. - Stock Clerk', (t) => isSiteName(t, site)).company).toBe('Orchard Supply Co.');
  });
});

describe('the role', () => {
  it('is not followed by its roster', () => {
    expect(withoutPageType('HEAVY DIESEL FITTER - 7/7 ROSTER')).toBe('HEAVY DIESEL FITTER');
    expect(withoutPageType('Dump Truck Operator - 2/1 rotation')).toBe('Dump Truck Operator');
    // A kind of contract, or its length, is how boards and people name a role.
    expect(withoutPageType('Crew Member - Part Time')).toBe('Crew Member - Part Time');
    expect(withoutPageType('SharePoint Developer - MOSS 2007 - 6 Month Contract')).toBe('SharePoint Developer - MOSS 2007 - 6 Month Contract');
  });

  it('is not followed by who may apply', () => {
    expect(withoutPageType('Skladník – řidič VZV (i bez praxe)')).toBe('Skladník – řidič VZV');
    expect(withoutPageType('Koch (auch Quereinsteiger)')).toBe('Koch');
    expect(withoutPageType('Cashier (no experience needed)')).toBe('Cashier');
    expect(withoutPageType('Accountant (Part-qualified)')).toBe('Accountant (Part-qualified)');
  });

  it('is labelled in Indian English, Czech and Slovak', () => {
    const doc = page(
      `<body><table><tr><td>Designation</td><td>Trainee Engineer</td></tr></table><table><tr><td>Pracovná pozícia:</td><td>Skladník</td></tr></table></body>`,
      'https://example.com/job',
    );
    expect(labelledFields(doc.body).title?.value).toBe('Trainee Engineer');
    const slovak = page(`<body><table><tr><td>Pracovná pozícia:</td><td>Skladník</td></tr></table></body>`, 'https://example.com/job');
    expect(labelledFields(slovak.body).title?.value).toBe('Skladník');
  });

  it('is not the heading of the similar jobs, nor a section that only says "jobs"', () => {
    for (const text of ['Podobné pracovné miesta v okolí', 'Ďalšie voľné pracovné miesta tohto zamestnávateľa', 'Podobné pracovní nabídky', 'מודעות נוספות בתחום תחבורה']) expect(isNavigationHeading(text), text).toBe(true);
    for (const text of ['Detail voľného pracovného miesta', 'דרושים']) expect(isGenericSegment(text), text).toBe(true);
    expect(isNavigationHeading('Operátor CNC strojov')).toBe(false);
  });
});

describe('a list of jobs', () => {
  it('counts a search\'s filter as no fact of a posting', () => {
    const doc = page('<body><table><tr><td>Location:</td><td>Winchester, NH (4), Swanzey, NH (5), Richmond, NH (3)</td></tr></table></body>', 'https://example.com/jobs');
    expect(labelledFields(doc.body).location).toBeUndefined();
  });

  it('is refused when its "job titles" are links to the postings', () => {
    const rows = ['Registered Nurse - Days', 'Dietary Aide', 'Licensed Practical Nurse', 'Housekeeper', 'Activities Assistant']
      .map((role, i) => `<tr><td><div class="careerJobTitle"><a href="https://ats.example/career/Job.action?id=${i}">${role}</a></div></td><td>Mount Washington</td><td>Nursing</td></tr>`)
      .join('');
    const doc = page(
      `<html><head><title>Careers - Riverside Living</title></head><body><p>Come home to a career at Riverside Living. For thirty years we have offered assisted living and memory care to older adults and their families across three states.</p><table>${rows}</table></body></html>`,
      'https://ats.example/career/CareerHome.action?clientId=12',
    );
    expect(extractPosting(doc, doc.URL)).toMatchObject({ kind: 'not-a-posting', reason: 'list' });
  });

  it('is not a posting whose <title> counts the months of its contract', () => {
    const doc = page(
      `<html><head><title>Data Analyst - 6 Month Contract Job in Leeds - ITBoard</title></head><body><h1>Data Analyst - 6 Month Contract</h1>
      <p>Company: Aire Analytics</p><p>Location: Leeds</p><div><p>We need a data analyst for six months to rebuild our reporting in Power BI and SQL Server, working with the finance team on monthly close.</p>
      <p>Requirements: three years of SQL and Power BI, experience of finance data. Rate £350 per day. Apply with your CV.</p></div>
      <h2>Similar jobs</h2><h3><a href="/job/1">BI Developer - Contract</a></h3><h3><a href="/job/2">Data Engineer - 3 months</a></h3><h3><a href="/job/3">Reporting Analyst</a></h3></body></html>`,
      'http://www.itboard.example/JobDetails.aspx?JobId=5',
    );
    const result = extractPosting(doc, doc.URL);
    expect(result.kind).toBe('posting');
    if (result.kind === 'posting') expect(result.title?.value).toBe('Data Analyst - 6 Month Contract');
  });
});

describe('the place', () => {
  it('reads a county as the place when nothing narrower is labelled', () => {
    const doc = page('<body><table><tr><td>County:</td><td>KILDARE</td></tr></table></body>', 'https://example.com/job');
    expect(labelledFields(doc.body).location?.value).toBe('KILDARE');
  });


  it('written as a path reads from the town, in the scripts whose addresses start there', () => {
    expect(cleanPlace('Gauteng > Johannesburg North')).toBe('Johannesburg North, Gauteng');
    expect(cleanPlace('충북 > 음성군')).toBe('충북 > 음성군');
  });
});
