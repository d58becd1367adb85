import { describe, expect, it } from 'vitest';
import { companyFromDomain, descriptionContainer, labelledFields, logoName, mainHeading, visibleCompany } from '../../src/core/extract/generic';
import { siteName } from '../../src/core/extract/site-name';
import { page } from '../helpers/dom';

describe('labelled fields', () => {
  it.each([
    ['<p><strong>Company:</strong> Acme GmbH</p><p><strong>Location:</strong> Köln</p>', 'Acme GmbH', 'Köln'],
    ['<dl><dt>Unternehmen</dt><dd>Bäckerei Roth</dd><dt>Arbeitsort</dt><dd>Leipzig</dd></dl>', 'Bäckerei Roth', 'Leipzig'],
    ['<ul><li>Entreprise : Atelier Lune</li><li>Lieu de travail : Lyon</li></ul>', 'Atelier Lune', 'Lyon'],
    ['<table><tr><th>Empresa</th><td>Olivo Verde</td></tr><tr><th>Ubicación</th><td>Sevilla</td></tr></table>', 'Olivo Verde', 'Sevilla'],
  ])('%s', (html, company, location) => {
    const found = labelledFields(page(html));
    expect(found.company?.value).toBe(company);
    expect(found.location?.value).toBe(location);
    expect(found.company?.source).toBe('label');
  });

  it('keeps a recruiter apart from the employer', () => {
    const found = labelledFields(page('<p>Employer: Halden Foods</p><p>Recruiter: Northgate Staffing</p>'));
    expect([found.company?.value, found.postedBy?.value]).toEqual(['Halden Foods', 'Northgate Staffing']);
  });

  it('ignores hidden labels and long paragraphs that merely mention a label word', () => {
    const found = labelledFields(page('<p hidden>Location: Nowhere</p><p>Our company location strategy is to be close to customers in every region we serve and more.</p>'));
    expect(found.location).toBeUndefined();
  });
});

describe('headings, containers, domains', () => {
  it('takes the main heading, not a navigation or dialog heading', () => {
    const doc = page('<nav><h1>Acme</h1></nav><div role="dialog"><h1>Sign in</h1></div><main><h1>Data Engineer</h1></main>');
    expect(mainHeading(doc, doc)).toBe('Data Engineer');
  });

  it('finds the description where paragraph text gathers, not the list of other jobs', () => {
    const para = '<p>You will build pipelines and care for data quality across our platform every day.</p>'.repeat(6);
    const doc = page(`<main><h1>Data Engineer</h1><div id="text">${para}<h3>Requirements</h3><ul><li>SQL and Python experience for at least three years</li></ul></div><aside class="similar-jobs">${'<a href="/jobs/1">Another job title here</a>'.repeat(30)}</aside></main>`);
    expect(descriptionContainer(doc)?.id).toBe('text');
  });

  it('reads no title from a count, no facts from a search form and no company from a menu or a link for employers', () => {
    expect(labelledFields(page('<ul><li><strong>Personal a cargo:</strong> 0</li></ul>')).title).toBeUndefined();
    const form = page('<form><b>Job Title:</b> <input name="q"> <b>Region:</b><br><select><option>Any</option><option>Berks County</option></select></form>');
    expect(labelledFields(form)).toEqual({});
    expect(labelledFields(page('<footer><div>Company</div><a href="/about">About</a><a href="/careers">Careers</a></footer>')).company).toBeUndefined();
    const doc = page('<header><a class="company-link" href="/employers">Pour les employeurs</a></header><main><h1>Comptable</h1></main>');
    expect(visibleCompany(doc, siteName(doc, 'https://www.jobs.example/1'))).toBeNull();
    const about = page('<main><h1>Comptable</h1><section class="entreprise"><h2>À propos de l’entreprise</h2></section></main>');
    expect(visibleCompany(about, siteName(about, 'https://www.jobs.example/1'))).toBeNull();
  });

  it('reads who posted a job from "Posted … by" and from agency labels', () => {
    expect(labelledFields(page('<p class="jobMeta">Posted 14 March 2011 by <a href="/jobs/acme">Marlowe Care Group</a></p>')).postedBy?.value).toBe('Marlowe Care Group');
    expect(labelledFields(page('<table><tr><td>Employment Business:</td><td>Pennine Resourcing Ltd</td></tr></table>')).postedBy?.value).toBe('Pennine Resourcing Ltd');
  });

  it('reads the employer from a logo in the block that shows the title, never a brand elsewhere or the site’s own', () => {
    const html = (logo: string) =>
      `<div class="top"><img src="/img/site-logo.gif" alt="NorthJobs"></div><table><tr><td><font size="4"><b>Mechanical Designer</b></font></td><td>${logo}</td></tr></table>` +
      '<p>Long text about the job.</p><div class="brands"><div><div><div><img src="/brands/logo-friso.png" alt="Friso"></div></div></div></div>';
    const doc = page(html('<img src="/logos/2977.gif" alt="Keystone Engineering Staffing, Inc.">'));
    const site = siteName(doc, 'https://www.northjobs.example/job/1');
    expect(logoName(doc, site, 'Mechanical Designer')).toBe('Keystone Engineering Staffing, Inc.');
    const none = page(html(''));
    expect(logoName(none, siteName(none, 'https://www.northjobs.example/job/1'), 'Mechanical Designer')).toBeNull();
  });

  it('reads the employer from an element named in the page’s language', () => {
    const doc = page('<h1 id="jobdetails-titel">Berufskraftfahrer (m/w/d)</h1><p id="jobdetails-arbeitgeber">Spedition Vogt GmbH</p>');
    expect(visibleCompany(doc, siteName(doc, 'https://www.arbeitsagentur.example/jobsuche/1'))).toBe('Spedition Vogt GmbH');
  });

  it('guesses the company from the address, marked as a guess', () => {
    expect(companyFromDomain(page(''), 'https://jobs.lever.co/quill-works/123')).toBe('Quill Works');
    expect(companyFromDomain(page(''), 'https://acme.bamboohr.com/careers/7')).toBe('Acme');
    expect(companyFromDomain(page(''), 'https://careers.tidewater.co.uk/jobs/7')).toBe('Tidewater');
    expect(companyFromDomain(page(''), 'https://www.linkedin.com/jobs/view/1')).toBeNull();
    // A hiring platform's or a board's own address names the platform, not the employer.
    expect(companyFromDomain(page(''), 'https://workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html?cid=1')).toBeNull();
    expect(companyFromDomain(page(''), 'https://www.jobs.ch/fr/offres-emplois/detail/1')).toBeNull();
    expect(companyFromDomain(page(''), 'https://jobs.tidewater.com/7')).toBe('Tidewater');
  });
});
