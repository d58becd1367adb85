/**
 * Rules written after heldout16 was first measured, each stated without a page: postings in
 * Welsh, Irish and Māori; a role set apart in bold type on a page with no heading; words that
 * stand where a name would be ("Agence", "Работодател", a vacancy's code); a document's file
 * name as its <title>; a site's own name with its jobs word; employers that introduce
 * themselves in other languages; a <title>'s part that is the posting's place; labels in more
 * languages; the workplace's town the text names, over a labelled region; a closed competition.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract';
import { isEmployerName } from '../../src/core/extract/employer-name';
import { classifyByHeadlines } from '../../src/core/extract/classify';
import { cleanPlace, employerInText, employerWithLegalForm, isFullerName, labelledFields, placeFromFactsLine } from '../../src/core/extract/generic';
import { workplaceInText } from '../../src/core/extract/place-in-text';
import { withoutPageType } from '../../src/core/extract/words';
import { looksLikeJobTitle } from '../../src/core/extract/role-words';
import { isSiteName, siteName } from '../../src/core/extract/site-name';
import { isGenericSegment, parseTitle, titleSegments } from '../../src/core/extract/title-patterns';

const page = (html: string, url: string) => new JSDOM(html, { url }).window.document;

describe('postings in Welsh and Irish', () => {
  it('reads their roles as roles', () => {
    expect(looksLikeJobTitle('Swyddog Datblygu Cymunedol')).toBe(true);
    expect(looksLikeJobTitle('Riarthóir Oifige (Páirtaimseartha)')).toBe(true);
    expect(looksLikeJobTitle('Kaiako / Teacher – Rūmaki')).toBe(true);
    expect(looksLikeJobTitle('Newyddion a Digwyddiadau')).toBe(false);
  });

  it('reads a Welsh posting, its labelled employer and place, and not the section name of the <title>', () => {
    const doc = page(
      `<html><head><title>Swyddog Datblygu | Swyddi | Golwg Heddiw</title></head><body><nav><a href="/">Hafan</a> <a href="/swyddi">Swyddi</a></nav>
      <main><h1>Swyddog Datblygu</h1><p>Cyflogwr: Menter Bro Teifi</p><p>Lleoliad: Aberteifi</p><p>Cyflog: £21,000 - £23,500</p>
      <div class="swydd"><p>Mae Menter Bro Teifi yn chwilio am swyddog brwdfrydig i ddatblygu gweithgareddau cymunedol yn Gymraeg ar draws y sir.</p>
      <p>Dyletswyddau: trefnu digwyddiadau, cefnogi gwirfoddolwyr a pharatoi adroddiadau misol i'r pwyllgor rheoli.</p>
      <p>Gofynion: profiad o waith cymunedol, sgiliau cyfathrebu rhagorol yn Gymraeg a Saesneg, trwydded yrru lawn.</p>
      <p>Am ffurflen gais cysylltwch â'r swyddfa. Dyddiad cau: 4 Rhagfyr.</p></div></main></body></html>`,
      'https://www.golwgheddiw.example/swyddi/4821',
    );
    const result = extractPosting(doc, doc.URL);
    expect(result.kind).toBe('posting');
    if (result.kind !== 'posting') return;
    expect(result.title?.value).toBe('Swyddog Datblygu');
    expect(result.company?.value).toBe('Menter Bro Teifi');
    expect(result.location?.value).toBe('Aberteifi');
  });

  it('finds the employer of a sentence that puts the verb first', () => {
    expect(employerInText('Tá Comharchumann Inis Meáin Teo. ag lorg Riarthóra Oifige le bheith ag obair 20 uair sa tseachtain.')).toBe('Comharchumann Inis Meáin Teo.');
    expect(employerInText('Mae Menter Iaith Môn yn chwilio am Swyddog Datblygu.')).toBe('Menter Iaith Môn');
    expect(employerInText('Mae hi yn chwilio am waith.')).toBeNull();
  });
});

describe('what stands where a name would be', () => {
  it('is not an employer: a word for one, a heading over its details, a vacancy code, a phrase in lower case', () => {
    for (const text of ['Agence', 'Работодател', 'Thông tin công ty', 'Confidencial', 'Bilingual', '3AB41d', 'VC4DE11', 'gern auch Teilzeit']) expect(isEmployerName(text), text).toBe(false);
    // Georgian has no capitals: its letters are all of the lower-case category.
    for (const text of ['Acme Corp', '23andMe', '99designs', 'bol.com', 'de Vries Bouw', 'Agence Lumière', 'შპს აჭარის ლოჯისტიკური ცენტრი']) expect(isEmployerName(text), text).toBe(true);
  });

  it('keeps a name the text shortens, with or without its article', () => {
    expect(isFullerName('Il Melograno Cooperativa Sociale', 'Melograno')).toBe(true);
    expect(isFullerName('Birchwood Veterinary Clinic', 'Birchwood')).toBe(true);
    expect(isFullerName('Carrow County, Nebraska', 'Carrow County')).toBe(false);
  });

  it('reads a document’s file name as no <title> at all', () => {
    expect(parseTitle('Microsoft Word - Avviso selezione educatori 2019-20.docx')).toEqual({ title: null, company: null, location: null });
    expect(parseTitle('vacature_verpleegkundige_2021.pdf')).toEqual({ title: null, company: null, location: null });
  });

  it('reads section names of boards in more languages as the page’s words', () => {
    for (const text of ['Swyddi', 'Deiseanna Fostaíochta', 'Bursa İş İlanları', 'Việc làm Hà Nội', '3AB41d']) expect(isGenericSegment(text), text).toBe(true);
    expect(isGenericSegment('Ekinciler Otomotiv')).toBe(false);
  });

  it('cuts a <title> at "::", and reads "Werken bij X" as the employer X', () => {
    expect(titleSegments('Isarta Emplois :: Conseiller en relations de presse')).toEqual(['Isarta Emplois', 'Conseiller en relations de presse']);
    expect(parseTitle('Wijkverpleegkundige | Werken bij Veenhorst').company).toBe('Veenhorst');
    expect(parseTitle('Camarero | Trabaja con nosotros').company).toBeNull();
  });

  it('knows a site’s own name with its jobs word', () => {
    const doc = page('<html><head><title>Isarta Emplois :: Conseiller</title></head><body></body></html>', 'https://www.isarta.example/emplois/offre.asp?id=1');
    const site = siteName(doc, doc.URL);
    expect(isSiteName('Isarta Emplois', site)).toBe(true);
    expect(isSiteName('Emplois Isarta', site)).toBe(true);
    expect(isSiteName('Groupe Isarta Emplois', site)).toBe(false);
  });
});

describe('employers that introduce themselves in other languages', () => {
  it('reads "X est une agence", "X ist ein Familienunternehmen", "X es una empresa"', () => {
    expect(employerInText('Groupe Pelletier Communication est une agence de relations publiques de 22 personnes.')).toBe('Groupe Pelletier Communication');
    expect(employerInText('Brunnmatt Feinmechanik ist ein Familienunternehmen im Emmental.')).toBe('Brunnmatt Feinmechanik');
    expect(employerInText('Aserraderos del Sur es una empresa forestal con 40 años de historia.')).toBe('Aserraderos del Sur');
    expect(employerInText('Il est une heure.')).toBeNull();
  });

  it('reads Bulgarian and Russian legal forms', () => {
    expect(employerWithLegalForm('Изпращайте CV до Verdant Contact Bulgaria ЕООД, бул. Витоша 1.')).toBe('Verdant Contact Bulgaria ЕООД');
  });
});

describe('a role in bold type, a place that is not the employer, labels in more languages', () => {
  it('takes a role set apart in bold or large type when no heading or <title> names it', () => {
    const doc = page(
      `<html><head><title>Nonprofit Jobs - Careers - Job Posting</title></head><body><table><tr><td><b><a href="/">Home</a> | <a href="/news">News</a></b></td></tr>
      <tr><td><div class="posting"><p align="center"><b>RIVERBEND LITERACY COUNCIL</b><br><i>Reading with adults since 1990</i></p>
      <p align="center"><font size="3"><b>VOLUNTEER PROGRAM COORDINATOR</b></font><br>(Full-time, one-year contract)</p>
      <p>Riverbend Literacy Council offers free tutoring to adults in the county. The coordinator recruits, trains and supports our volunteer tutors.</p>
      <p><b>Qualifications</b><br>- Two years' experience with volunteers<br>- Strong organizational skills</p>
      <p>Send your resume and a cover letter by October 24. We thank all applicants for their interest.</p></div></td></tr></table></body></html>`,
      'http://www.nonprofitjobs.example/careers/jobdetail.asp?id=2003-0416',
    );
    const result = extractPosting(doc, doc.URL);
    expect(result.kind).toBe('posting');
    if (result.kind === 'posting') expect(result.title?.value).toBe('Volunteer Program Coordinator');
  });

  it('reads employer and place labels in Bulgarian, Turkish and Vietnamese', () => {
    const doc = page('<div><p>Работодател: Verdant Contact ЕООД</p><p>Град: Пловдив</p></div><table><tr><td>Şehir / İlçe</td><td>Bursa / Nilüfer</td></tr></table>', 'https://example.org/');
    const fields = labelledFields(doc.body);
    expect(fields.company?.value).toBe('Verdant Contact ЕООД');
    expect(fields.location?.value).toBe('Пловдив');
    const turkish = labelledFields(page('<table><tr><td>Pozisyon</td><td>Kalite Mühendisi</td></tr><tr><td>Şehir / İlçe</td><td>Bursa / Nilüfer</td></tr></table>', 'https://example.org/').body);
    expect(turkish.location?.value).toBe('Bursa / Nilüfer');
    const vietnamese = labelledFields(page('<p>Tỉnh/Thành phố: Hà Nội</p>', 'https://example.org/').body);
    expect(vietnamese.location?.value).toBe('Hà Nội');
  });
});

describe('where the job is, from the posting’s words', () => {
  it('finds the town of the workplace the text names, in several languages', () => {
    expect(workplaceInText('We are adding a machinist to our CNC department at our Auburn plant on Mill Street.')).toBe('Auburn');
    expect(workplaceInText('Working from the Trust’s Urangan Boat Harbour depot in Hervey Bay, you will lead tours.')).toBe('Hervey Bay');
    expect(workplaceInText('Pour renforcer l’équipe de nos bureaux de Strassen (route d’Arlon), nous recherchons')).toBe('Strassen');
    expect(workplaceInText('pour notre bureau du boulevard Laurier, à Sainte-Foy. Vos responsabilités')).toBe('Sainte-Foy');
    expect(workplaceInText('Je werkt op ons nieuwe kantoor in de Spoorzone in Zwolle, vlak bij het station.')).toBe('Zwolle');
    expect(workplaceInText('Unser Werk in Elgg liegt fünf Minuten vom Bahnhof.')).toBe('Elgg');
    expect(workplaceInText('Join our Engineering team in Berlin.')).toBeNull();
    expect(workplaceInText('Our office is open daily.')).toBeNull();
  });

  it('prefers that town to a labelled region the text never names, or one that holds the town', () => {
    const posting = (label: string, value: string) =>
      page(
        `<main><h1>Visitor Services Ranger</h1><table><tr><th>${label}</th><td>${value}</td></tr><tr><th>Employer</th><td>Coastal Parks Trust</td></tr></table>
        <div class="body"><p>Working from the Trust's Urangan Boat Harbour depot in Hervey Bay, you will be the first face visitors meet on the island walks.</p>
        <p>You will lead guided walks, keep visitor records and look after the volunteers who help on busy weekends. Experience with groups is essential.</p>
        <p>This is a full-time position with a salary of $58,000. To apply, send your resume and the names of two referees by 5 May.</p></div></main>`,
        'https://jobs.example.gov.au/jobtools/ad.asp?id=1',
      );
    for (const [label, value] of [['Location', 'Wide Bay Burnett'], ['Region', 'Fraser Coast'], ['Location', 'Maryborough/Hervey Bay Area']]) {
      const result = extractPosting(posting(label!, value!), 'https://jobs.example.gov.au/jobtools/ad.asp?id=1');
      expect(result.kind, value).toBe('posting');
      if (result.kind === 'posting') expect(result.location?.value, value).toBe('Hervey Bay');
    }
    // A label that starts with the town says the same, and more.
    const kept = extractPosting(posting('Location', 'Hervey Bay, QLD'), 'https://jobs.example.gov.au/jobtools/ad.asp?id=1');
    expect(kept.kind).toBe('posting');
    if (kept.kind === 'posting') expect(kept.location?.value).toBe('Hervey Bay, QLD');
  });

  it('cuts a note on where in town after a comma, and reads a pin and a colon cell as labels', () => {
    expect(cleanPlace('Chambéry (Savoie), au centre social et sur le quartier.')).toBe('Chambéry (Savoie)');
    expect(cleanPlace('Lyon, la Part-Dieu')).toBe('Lyon, la Part-Dieu');
    const pinned = labelledFields(page('<ul><li><span aria-hidden="true">📍</span>Zwolle</li><li><span aria-hidden="true">⏱</span>32 - 36 uur</li></ul>', 'https://example.org/').body);
    expect(pinned.location?.value).toBe('Zwolle');
    const colon = labelledFields(page('<table><tr><td>Job Location</td><td>:</td><td><span>Sindhupalchok</span></td></tr></table>', 'https://example.org/').body);
    expect(colon.location?.value).toBe('Sindhupalchok');
  });

  it('reads a facts line whose neighbours are a work mode, a contract and a level in Portuguese', () => {
    expect(placeFromFactsLine('Curitiba - PR Híbrido CLT Pleno', ['Curitiba - PR', 'Híbrido', 'CLT', 'Pleno'])).toBe('Curitiba - PR');
  });
});

describe('a role’s name and a page’s state', () => {
  it('cuts the number of vacancies, and reads a third person’s hiring headline', () => {
    expect(withoutPageType('Field Sales Representatives (3 Vacancies)')).toBe('Field Sales Representatives');
    expect(withoutPageType('Cuisinier (2 postes)')).toBe('Cuisinier');
    expect(withoutPageType('Le centre social recrute un(e) animateur(trice) jeunesse')).toBe('Animateur(trice) jeunesse');
    expect(withoutPageType('Die Bäckerei Kunz sucht eine Verkäuferin')).toBe('Verkäuferin');
    expect(withoutPageType('Mount Everest (8848 m)')).toBe('Mount Everest (8848 m)');
  });

  it('reads a closed competition in English and Irish as expired', () => {
    const notice = 'Tá an comórtas seo dúnta. This competition is now closed. Applications are no longer being accepted.';
    expect(classifyByHeadlines(page(`<main><h1>Clerical Officer</h1><p>${notice}</p></main>`, 'https://example.org/c/1'), true, `Clerical Officer ${notice}`, 400)).toBe('expired');
    expect(classifyByHeadlines(page('<main><h1>Clerical Officer</h1><p>Tá an comórtas seo dúnta.</p></main>', 'https://example.org/c/1'), true, 'Clerical Officer Tá an comórtas seo dúnta.', 400)).toBe('expired');
  });
});
