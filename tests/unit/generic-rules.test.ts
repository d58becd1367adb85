/**
 * The generic rules' word lists and value cleaning, one rule each, in every language the
 * extractor reads labels in.
 */
import { describe, expect, it } from 'vitest';
import { addressTown, labelledFields, cleanPlace, eeoEmployer, employerInText, factsLinePlace, placeFromFactsLine, mainHeading, withoutLeadingFacts } from '../../src/core/extract/generic';
import { siteName, isSiteName, ownersName } from '../../src/core/extract/site-name';
import { withoutCompanySuffix } from '../../src/core/extract/title-patterns';
import { isNavigationHeading } from '../../src/core/extract/navigation-heading';
import { stripLabels } from '../../src/core/extract/words';
import { looksLikeJobTitle } from '../../src/core/extract/role-words';
import { extractPosting } from '../../src/core/extract';
import { page } from '../helpers/dom';

describe('labelled fields in eleven languages', () => {
  const cases: [string, string, string, string][] = [
    ['en', 'Company', 'Location', 'Leeds'],
    ['de', 'Unternehmen', 'Arbeitsort', 'Köln'],
    ['fr', 'Entreprise', 'Lieu de travail', 'Lyon'],
    ['es', 'Empresa', 'Ubicación', 'Sevilla'],
    ['it', 'Azienda', 'Sede di lavoro', 'Torino'],
    ['nl', 'Bedrijf', 'Standplaats', 'Utrecht'],
    ['pt', 'Empregador', 'Local de trabalho', 'Porto'],
    ['da', 'Virksomhed', 'Arbejdssted', 'Odense'],
    ['sv', 'Företag', 'Arbetsort', 'Malmö'],
    ['no', 'Arbeidsgiver', 'Arbeidssted', 'Trondheim'],
    ['pl', 'Pracodawca', 'Miejsce pracy', 'Kraków'],
  ];
  for (const [lang, companyLabel, placeLabel, place] of cases) {
    it(`${lang}: "${companyLabel}:" and "${placeLabel}:"`, () => {
      const doc = page(`<ul><li>${companyLabel}: Vela Works</li><li><strong>${placeLabel}:</strong> ${place}</li></ul>`);
      const found = labelledFields(doc);
      expect(found.company?.value).toBe('Vela Works');
      expect(found.location?.value).toBe(place);
    });
  }

  it('reads term lists and table cells, and cuts a value at the next label', () => {
    const doc = page('<dl><dt>Employer</dt><dd>Harbour Bakery Location: Whitby</dd></dl><table><tr><th>Job title</th><td>Night Baker</td></tr></table>');
    const found = labelledFields(doc);
    expect(found.company?.value).toBe('Harbour Bakery');
    expect(found.location?.value).toBe('Whitby');
    expect(found.title?.value).toBe('Night Baker');
  });

  it('does not take a menu word for a title label', () => {
    expect(labelledFields(page('<div>Role</div><div>Pricing</div>')).title).toBeUndefined();
  });
});

describe('stripLabels and cleanPlace', () => {
  it('strips a label left in a value, in any of the languages', () => {
    expect(stripLabels('Lieu de travail: Lyon')).toBe('Lyon');
    expect(stripLabels('Arbeitsort: München')).toBe('München');
    expect(stripLabels('Acme Corp Location: New York')).toBe('Acme Corp');
  });

  it('takes the place from a line of several labelled facts, a label with a qualifier included', () => {
    expect(cleanPlace('Catégorie: Finance Type de contrat: CDI Lieu de travail: Annecy Télétravail (1j/semaine): Oui')).toBe('Annecy');
    expect(cleanPlace('Job Category: Finance')).toBe('');
  });

  it('drops map widget words and separates places run together', () => {
    expect(cleanPlace('Lyon Loading Map...')).toBe('Lyon');
    expect(cleanPlace('Hamburg Show on map')).toBe('Hamburg');
    expect(cleanPlace('(GermanyUnited Kingdom)')).toBe('(Germany, United Kingdom)');
    expect(cleanPlace('McAllen, TX')).toBe('McAllen, TX');
  });

  it('drops a street address, a site and a note in words, and keeps codes in brackets', () => {
    expect(cleanPlace('Avenue de Rumine 18, 1005 Lausanne')).toBe('1005 Lausanne');
    expect(cleanPlace('Nøstegaten 24, 5011 Bergen')).toBe('5011 Bergen');
    expect(cleanPlace('Main Campus – 1700 Peck St, Muskegon, MI')).toBe('Muskegon, MI');
    expect(cleanPlace('Valencia (oficinas en la zona del Puerto)')).toBe('Valencia');
    expect(cleanPlace('Clermont-Ferrand (63) – zone industrielle du Brézet')).toBe('Clermont-Ferrand (63)');
    expect(cleanPlace('Berlin (Remote)')).toBe('Berlin (Remote)');
    expect(cleanPlace('Stratford-upon-Avon, Warwickshire')).toBe('Stratford-upon-Avon, Warwickshire');
    expect(cleanPlace('Parkersburg, WV')).toBe('Parkersburg, WV');
    for (const place of ['St. Louis, MO', '75001 Paris, France', 'Menlo Park, CA', 'Lane Cove, NSW']) expect(cleanPlace(place)).toBe(place);
    expect(cleanPlace('Via Roma 12, 20121 Milano')).toBe('20121 Milano');
  });

  it('drops a site and a street before the town, whatever comes first, and a site before a dash', () => {
    expect(cleanPlace('Sede del museo, calle del Hospital 7, 46001 València')).toBe('46001 València');
    expect(cleanPlace('centre technique municipal, 4 chemin des Saules, 26400 Vallières')).toBe('26400 Vallières');
    expect(cleanPlace('Main Campus, Marietta, Ohio')).toBe('Marietta, Ohio');
    expect(cleanPlace('North Garage - Ludington, MI')).toBe('Ludington, MI');
    // What follows a street must read as a town, not the page's next lines run together.
    const runOn = '3920 N 26th St, Suite 200 Tacoma, WA 98407 Office Hours Mon–Thu 7am–5pm Fri 7am–2pm Insurance & Financing';
    expect(cleanPlace(runOn)).toBe(runOn);
  });
});

describe('the employer named by its equal-opportunity statement', () => {
  it('takes the name before "is an Equal Opportunity Employer" and its variants', () => {
    expect(eeoEmployer('Ridgefield Market Co. is an Equal Opportunity Employer.')).toBe('Ridgefield Market Co.');
    expect(eeoEmployer('Benefits are great. Harlow County is proud to be an equal opportunity employer.')).toBe('Harlow County');
    expect(eeoEmployer('Bank of Tamsin is an EEO employer.')).toBe('Bank of Tamsin');
    expect(eeoEmployer('Orchard Health is an Affirmative Action and Equal Employment Opportunity employer.')).toBe('Orchard Health');
  });
  it('not from "We are an equal opportunity employer" or a sentence about something else', () => {
    expect(eeoEmployer('We are an equal opportunity employer.')).toBeNull();
    expect(eeoEmployer('The company is an equal opportunity employer.')).toBeNull();
    expect(eeoEmployer('Harlow County is a great place to live.')).toBeNull();
  });
});

describe("the site's name when the address spells it", () => {
  it('is the employer on its own board on a hiring platform, spelled whole or with initials', () => {
    const doc = page('<header><a href="/"><img class="logo" src="/l.png" alt="Tall Pines Credit Union"></a></header><h1>Teller</h1>');
    expect(ownersName(siteName(doc, 'https://tallpinescu.csod.com/ux/1'), 'https://tallpinescu.csod.com/ux/1')).toBe('Tall Pines Credit Union');
    expect(ownersName(siteName(doc, 'https://tallpinescreditunion.csod.com/'), 'https://tallpinescreditunion.csod.com/')).toBe('Tall Pines Credit Union');
    expect(ownersName(siteName(doc, 'https://jobs.example-board.com/1'), 'https://jobs.example-board.com/1')).toBeNull();
  });
});

describe('the town of a postal address', () => {
  it('reads US, European and UK addresses, the content before the footer', () => {
    expect(addressTown(page('<p>Office of HR<br>1400 College Avenue<br>Marietta, OH 45750</p>'))).toBe('Marietta, OH');
    expect(addressTown(page('<aside><p>Brämer GmbH<br>Fabrikstraße 21<br>73061 Ebersbach an der Fils</p></aside>'))).toBe('Ebersbach an der Fils');
    expect(addressTown(page('<p>Harrowby Lane</p><p>Grantham</p><p>NG31 8DG</p>'))).toBe('Grantham');
    expect(addressTown(page('<main><p>12 Mill Road<br>Hudson, NY 12534</p></main><footer>1 Main St<br>Albany, NY 12207</footer>'))).toBe('Hudson, NY');
    expect(addressTown(page('<footer>1 Main St<br>Albany, NY 12207</footer>'))).toBe('Albany, NY');
  });

  it('never from a menu, a form or a number that is not a postcode', () => {
    expect(addressTown(page('<nav>Offices: <a>Austin, TX 78701</a></nav><form><label>12345 Results</label></form><p>Founded 1987 with 40 staff.</p>'))).toBeNull();
  });
});

describe('a facts line beside the title', () => {
  it('gives the place when the other parts are kinds of employment', () => {
    expect(placeFromFactsLine('Internship, Copenhagen')).toBe('Copenhagen');
    expect(placeFromFactsLine('Full-time · Berlin')).toBe('Berlin');
    expect(placeFromFactsLine('Oslo | Freelance')).toBe('Oslo');
    expect(placeFromFactsLine('Vollzeit, Köln')).toBe('Köln');
  });

  it('gives nothing for other lines', () => {
    expect(placeFromFactsLine('Posted 3 days ago, 42 applicants')).toBeNull();
    expect(placeFromFactsLine('Full-time')).toBeNull();
    expect(placeFromFactsLine('Berlin, Germany')).toBeNull();
  });
});

describe('the title', () => {
  it('is never a navigation or section heading', () => {
    for (const text of ['Find Jobs', 'Job Overview', 'Job Details', 'Stellenangebot', "Offre d'emploi", 'Ledige stillinger', 'Vacatures', 'Oferty pracy']) {
      expect(isNavigationHeading(text), text).toBe(true);
    }
    expect(isNavigationHeading('Warehouse Shift Manager')).toBe(false);
  });

  it('is never the site’s own name, however the site writes it', () => {
    const doc = page('<header><img class="logo" alt="JobsNow logo"></header><h1>JobsNow</h1><h2>Night Porter</h2><footer>© 2011 JobsNow.com. All rights reserved.</footer>', '<title>JobsNow - Night Porter - JobsNow.com</title>', 'https://www.jobsnow.example/view?id=1');
    const site = siteName(doc, 'https://www.jobsnow.example/view?id=1');
    expect(isSiteName('JOBSNOW', site)).toBe(true);
    expect(isSiteName('JobsNow.com', site)).toBe(true);
    expect(mainHeading(doc, doc, site)).toBe('Night Porter');
  });

  it('prefers the heading the document title agrees with', () => {
    const doc = page('<h1>Welcome to Fernway</h1><h1>Mobile Developer</h1>', '<title>Mobile Developer | Fernway</title>');
    expect(mainHeading(doc, doc)).toBe('Mobile Developer');
  });

  it('loses the employer named after the role', () => {
    expect(withoutCompanySuffix('Backend Engineer at Lumen Labs (W22)', 'Lumen Labs')).toBe('Backend Engineer');
    expect(withoutCompanySuffix('Ingénieur DevOps chez Alpenrot', 'Alpenrot')).toBe('Ingénieur DevOps');
    expect(withoutCompanySuffix('Data Analyst - Northwind', 'Northwind')).toBe('Data Analyst');
    expect(withoutCompanySuffix('Northwind Data Analyst', 'Northwind')).toBe('Northwind Data Analyst');
  });

  it('reads as a role in the languages above, compounds included', () => {
    for (const title of ['Lagermedarbejder', 'Softwareentwickler (m/w/d)', 'Développeur C# Full-stack', 'Sviluppatore Java', 'Programista Python', 'Sjuksköterska']) {
      expect(looksLikeJobTitle(title), title).toBe(true);
    }
    expect(looksLikeJobTitle('Our story')).toBe(false);
  });

  it('does not read an article’s headline as a role, though it names one', () => {
    for (const title of ['What we learned hiring our first ten engineers', 'How I became a nurse', 'Meet the designers behind our app']) expect(looksLikeJobTitle(title), title).toBe(false);
    expect(looksLikeJobTitle('Inside Sales Representative')).toBe(true);
    expect(looksLikeJobTitle('Vil du bli en del av et lite regnskapsteam som medarbeider?')).toBe(false);
    expect(looksLikeJobTitle('Undersköterska till hemtjänsten')).toBe(true);
  });

  it('reads trades as roles, not the words they hide in', () => {
    for (const title of ['Boatyard Rigger', 'Shipwright', 'Roofer (seasonal)', 'Dental Hygienist', 'Kitchen Dishwasher']) expect(looksLikeJobTitle(title), title).toBe(true);
    for (const title of ['Our Masonry', 'Tailored for you', 'Trigger warnings']) expect(looksLikeJobTitle(title), title).toBe(false);
  });
});

describe('facts lines of several shapes', () => {
  it('keeps "City, Region" whole and leaves out departments and pay', () => {
    expect(placeFromFactsLine('San Francisco, CA · Full-time · Engineering')).toBe('San Francisco, CA');
    expect(placeFromFactsLine('Pittsburgh, PA — Full-time')).toBe('Pittsburgh, PA');
    expect(placeFromFactsLine('x', ['Remote (US)', 'Full-time', '$120K - $150K'])).toBe('Remote (US)');
  });

  it('drops the kinds of job that a labelled place runs on into', () => {
    expect(cleanPlace('Standort: Hamburg | Vollzeit | unbefristet')).toBe('Hamburg');
  });
});

describe('the description starts at its prose', () => {
  it('leaves out the title and the facts above it', () => {
    const prose = 'Wisła Meble makes office furniture and is looking for a sales specialist to look after business customers, prepare offers and visit trade fairs across the country every spring, with a car and a phone of your own.';
    expect(withoutLeadingFacts(`Sales Specialist\n\n- Company: Wisła Meble\n- Location: Warsaw\n\nFull-time · Warsaw\n\n${prose}`, 'Sales Specialist')).toBe(prose);
  });

  it('keeps a description that is all facts, and prose with a colon', () => {
    expect(withoutLeadingFacts('Location: Warsaw\n\nSalary: 9000 PLN', null)).toBe('Location: Warsaw\n\nSalary: 9000 PLN');
    const text = `About the role: you will look after our business customers. ${'More prose follows here. '.repeat(10)}`;
    expect(withoutLeadingFacts(text, null)).toBe(text);
  });
});

describe('a place on its own line under the title', () => {
  const under = (line: string) => page(`<h1>Pastry Chef</h1><p>${line}</p><div class="text"><p>${'We bake bread for the coast. '.repeat(10)}</p></div>`);
  it('is read when it is a known place or "City, Region"', () => {
    expect(factsLinePlace(under('Copenhagen'), 'Pastry Chef')).toBe('Copenhagen');
    expect(factsLinePlace(under('Springfield, IL'), 'Pastry Chef')).toBe('Springfield, IL');
  });
  it('is not an employer’s name, even with a comma', () => {
    expect(factsLinePlace(under('Tindra'), 'Pastry Chef')).toBeNull();
    expect(factsLinePlace(under('Harbor Bakery, Inc.'), 'Pastry Chef')).toBeNull();
  });
});

describe('a state is not a legal form', () => {
  it('reads "Denver, CO" and "Calgary, AB" as places', () => {
    const under = (line: string) => page(`<h1>Field Technician</h1><p>${line}</p>`);
    expect(factsLinePlace(under('Denver, CO'), 'Field Technician')).toBe('Denver, CO');
    expect(factsLinePlace(under('Calgary, AB'), 'Field Technician')).toBe('Calgary, AB');
  });
});

describe('a posting that says it is closed, in the languages above', () => {
  for (const banner of [
    'The application deadline has passed.',
    'Diese Stelle ist bereits besetzt.',
    'Cette offre est pourvue.',
    'Stillingen er besat.',
    'Søknadsfristen er utløpt.',
    'Tjänsten är tillsatt.',
    'Deze vacature is niet meer beschikbaar.',
    'Questa offerta non è più disponibile.',
    'Oferta wygasła.',
    'Esta vaga foi encerrada.',
    'This job offer is no longer available',
    'The employer has stopped accepting applications for this position.',
  ]) {
    it(banner, () => {
      const doc = page(`<div role="alert">${banner}</div><h1>Warehouse Operative</h1><p>${'Pick orders and load vans in our warehouse; experience welcome, we train you. '.repeat(4)}</p>`);
      expect(extractPosting(doc, 'https://jobs.example/jobs/5')).toMatchObject({ kind: 'not-a-posting', reason: 'expired' });
    });
  }
});

describe('error pages and sign-in walls in the languages above', () => {
  for (const [heading, reason] of [
    ['Seite nicht gefunden', 'error-page'],
    ['Page introuvable', 'error-page'],
    ['Sidan hittades inte', 'error-page'],
    ['Pagina niet gevonden', 'error-page'],
    ['Log ind for at se jobbet', 'sign-in-wall'],
    ['Zaloguj się', 'sign-in-wall'],
  ] as const) {
    it(heading, () => {
      const doc = page(`<h1>${heading}</h1><p>Go back to the start page.</p>`, `<title>${heading}</title>`);
      expect(extractPosting(doc, 'https://jobs.example/jobs/5')).toMatchObject({ kind: 'not-a-posting', reason });
    });
  }
});

describe('the employer named in the description', () => {
  it('from an "About X" heading, in several languages, or "X is looking for"', () => {
    expect(employerInText('We build things.\n\nAbout Fernway\n\nFernway makes booking software.')).toBe('Fernway');
    expect(employerInText('Über Kranich Logistik\n\nWir planen Frachten.')).toBe('Kranich Logistik');
    expect(employerInText('Tindra Health is looking for a support specialist to join the team.')).toBe('Tindra Health');
  });
  it('not from a plural noun: "Governors are seeking"', () => {
    expect(employerInText('Governors are seeking to appoint a Teacher of Science.')).toBeNull();
    expect(employerInText('Hollis Partners are looking for a paralegal.')).toBe('Hollis Partners');
  });
  it('not from "About us" or "We are looking for"', () => {
    expect(employerInText('About us\n\nWe are looking for a baker.')).toBeNull();
    expect(employerInText('About the role\n\nThe team is hiring.')).toBeNull();
    expect(employerInText('About the unit\n\nOur 28-bed unit cares for cardiac patients.')).toBeNull();
    expect(employerInText('About our clinic\n\nWe treat families.')).toBeNull();
  });
});

describe('"X is looking for" names X only when X is a name on one line', () => {
  it('is not the role above a "We are looking for" paragraph', () => {
    expect(employerInText('Warehouse Operative\n\nWe are looking for a warehouse operative.')).toBeNull();
    expect(employerInText('The Team is hiring.')).toBeNull();
  });
});

describe('the role without the page type around it, whatever the source', () => {
  it('drops a board’s hidden "- offerta di lavoro" from a site adapter’s title, and "Now hiring:" from a heading', () => {
    const body = '<p>' + 'Gestione della contabilità fornitori, registrazione fatture e riconciliazioni mensili. '.repeat(8) + '</p>';
    const indeed = page(
      `<div class="jobsearch-ViewJobLayout"><h1 data-testid="jobsearch-JobInfoHeader-title"><span>Addetto/a contabilità fornitori</span><span class="visually-hidden"> - offerta di lavoro</span></h1>` +
        `<div data-testid="inlineHeader-companyName">Meridia Servizi</div><div id="jobDescriptionText">${body}</div></div>`,
    );
    const result = extractPosting(indeed, 'https://it.indeed.com/viewjob?jk=4f2a9c1b7d3e5a60');
    expect(result.kind === 'posting' && result.title?.value).toBe('Addetto/a contabilità fornitori');
  });
});

describe('a posting on a board whose name ends in "Jobs"', () => {
  it('is not taken for a list because of the board’s name in <title>, in Dutch as in English', () => {
    const related = Array.from({ length: 6 }, (_, i) => `<li><a href="/jobs/listing/${100 + i}">Electrician ${i}</a></li>`).join('');
    const body = (text: string) => `<p>${text}</p>`.repeat(4);
    const english = page(
      `<h1>Registered Electrician - Commercial</h1><dl><dt>Location</dt><dd>Christchurch</dd><dt>Company</dt><dd>Southern Alps Recruitment</dd></dl>` +
        body('You will install and test commercial wiring, read drawings and work safely on site. Experience as a registered electrician is required; apply with your CV.') +
        `<ul class="similar">${related}</ul>`,
      '<title>Registered Electrician - Commercial | Kiwi Trade Jobs</title><meta property="og:site_name" content="Kiwi Trade Jobs">',
    );
    expect(extractPosting(english, 'https://www.kiwitradejobs.example/jobs/listing/4471').kind).toBe('posting');
    const dutch = page(
      '<h1>Fietsmonteur (32-40 uur)</h1>' +
        body('Wat ga je doen? Je repareert fietsen in onze werkplaats en helpt klanten. Wie ben jij? Je hebt ervaring met fietsen. Wat bieden wij: een goed salaris en leuke collega’s. Solliciteren kan via de knop.'),
      '<title>Fietsmonteur (32-40 uur) - Stadsfiets</title>',
    );
    expect(extractPosting(dutch, 'https://stadsfiets.example/fietsmonteur').kind).toBe('posting');
  });
});

describe('the employer a short ad tells you to apply at', () => {
  it('is the business named after "bring a resume to", "apply in person at", "send your CV to"', () => {
    expect(employerInText('Good pay. Bring a resume to Larkin Hardware & Garden, 12 Court Square.')).toBe('Larkin Hardware & Garden');
    expect(employerInText('Apply in person at Rosa Bakery on Main Street.')).toBe('Rosa Bakery');
  });
  it('not a pronoun, a department or a post box', () => {
    expect(employerInText('Send your CV to us.')).toBeNull();
    expect(employerInText('Send your CV to HR at the address below.')).toBeNull();
    expect(employerInText('Mail it to PO Box 88.')).toBeNull();
  });
});

describe('a job behind a sign-in wall', () => {
  const body = (gate: string) =>
    page(`<h1>Senior Go Engineer</h1><p>Remote, LATAM · Go, PostgreSQL</p><h2>${gate}</h2><p>We build payment rails for marketplaces; you will own services end to end and work with the team.</p>`);
  it('is a sign-in wall when the page says the description is for members only, in several languages', () => {
    for (const gate of ['Sign in to see the full job description', 'Log in to view the job details', 'Melde dich an, um die Stellenbeschreibung zu sehen']) {
      expect(extractPosting(body(gate), 'https://jobs.example/remote-jobs/j/go-4471')).toMatchObject({ kind: 'not-a-posting', reason: 'sign-in-wall' });
    }
  });
  it('is not one for a "Sign in to apply" button beside a whole posting', () => {
    const whole = page(`<h1>Senior Go Engineer</h1><button>Sign in to apply</button>${'<p>You will own payment services end to end, review code, and work with product and support on incidents; experience with Go and PostgreSQL is required.</p>'.repeat(6)}`);
    expect(extractPosting(whole, 'https://jobs.example/jobs/4471').kind).toBe('posting');
  });
});

describe('a results page headed "available jobs as …" in other languages', () => {
  it('is a list', () => {
    const cards = Array.from({ length: 5 }, (_, i) => `<li><a href="/jobb/${300 + i}">Lagerarbetare ${i}</a><p>Nordkust Bemanning AB · Göteborg</p><p>Vi söker dig som har erfarenhet av truck och plock. Heltid, dagtid.</p></li>`).join('');
    const doc = page(`<h1>Lediga jobb som lagerarbetare i Göteborg</h1><ul>${cards}</ul>`, '<title>Lediga jobb lagerarbetare Göteborg - 214 jobb | Jobbsajten</title>');
    expect(extractPosting(doc, 'https://www.jobbsajten.example/sok?q=lagerarbetare&l=goteborg')).toMatchObject({ kind: 'not-a-posting', reason: 'list' });
  });
});

describe('an agency page whose company block is headed by a section name', () => {
  it('does not take "La nostra ricerca" or "Sobre Nosso Cliente" for the employer', () => {
    const body =
      '<p>Il nostro cliente è un gruppo del settore automotive. Siamo alla ricerca di un controller.</p><h2>Requisiti</h2><p>Esperienza di cinque anni in contabilità industriale; competenze in reporting.</p><h2>Offriamo</h2><p>Contratto a tempo indeterminato e retribuzione competitiva.</p>';
    const italian = page(`<h1>Plant Controller</h1><div id="job-company"><h2>La nostra ricerca</h2>${body}</div>`, '<title>Plant Controller | Hays Italia</title>');
    expect(extractPosting(italian, 'https://www.hays.example/lavoro/plant-controller-J0021')).toMatchObject({ kind: 'posting', company: { value: 'Hays Italia' } });
    expect(employerInText('Sobre Nosso Cliente\n\nNosso cliente é uma multinacional.')).toBeNull();
    expect(employerInText('About our client\n\nOur client is a retailer.')).toBeNull();
  });
});

describe('a classic ATS facts panel', () => {
  it('reads "Primary Location" with its colon in a span of its own, turns "US-MI-Muskegon" into a place, and passes over a campus named as the organisation', () => {
    const doc = page(
      '<div><span class="subtitle">Primary Location</span><span>:&nbsp;</span><span class="text">US-MI-Muskegon</span></div>' +
        '<div><span class="subtitle">Organization</span><span>:&nbsp;</span><span class="text">Mercy Harbor Campus</span></div>',
    );
    const found = labelledFields(doc);
    expect(found.location?.value).toBe('US-MI-Muskegon');
    expect(cleanPlace(found.location!.value)).toBe('Muskegon, MI, US');
    expect(found.company).toBeUndefined();
    expect(cleanPlace('US-OH-Toledo | US-OH-Maumee')).toBe('Toledo, OH, US | Maumee, OH, US');
  });
});

describe('an address written one line per paragraph', () => {
  it('reads its lines apart and keeps the town', () => {
    const doc = page('<dl><dt>Job locations</dt><dd><p>Harrowby Lane Community Hospital</p><p>Harrowby Lane</p><p>Grantham</p><p>NG31 8DG</p></dd></dl>');
    const place = labelledFields(doc).location!.value;
    expect(place).toBe('Harrowby Lane Community Hospital, Harrowby Lane, Grantham, NG31 8DG');
    expect(cleanPlace(place)).toBe('Grantham');
  });
});

describe('one-word role names that are stems of other words', () => {
  it('reads "Commis" and "dev" as roles, not "Commission" or "Development"', () => {
    expect(looksLikeJobTitle('Commis de cuisine')).toBe(true);
    expect(looksLikeJobTitle('Embedded firmware dev')).toBe(true);
    expect(looksLikeJobTitle('Commission structure')).toBe(false);
    expect(looksLikeJobTitle('Development')).toBe(false);
  });
});

describe('a short posting that invites you to join', () => {
  it('is not a sign-in wall', () => {
    const doc = page('<h1>Barista</h1><p>Join our team and see the salary details below: £12 an hour, tips shared, free coffee.</p><p>Pour espresso and steam milk for our regulars; experience welcome, we train you. Apply in person.</p><p>You will open the shop three mornings a week, keep the counter clean and help the team on busy weekend shifts. Part-time role, 20 hours a week.</p>');
    expect(extractPosting(doc, 'https://cafe.example/jobs/barista').kind).toBe('posting');
  });
});
