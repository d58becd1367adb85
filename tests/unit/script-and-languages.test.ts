/**
 * Rules from heldout11 that are stated without a page: the script a value is written in, the
 * "X is hiring" sentence in the languages read, a lower-case word before a colon, and the job
 * and role words of languages added for it (Hungarian, Greek, Georgian, Hebrew, Thai…).
 */
import { describe, expect, it } from 'vitest';
import { jobWordCount } from '../../src/core/extract/classify';
import { employerInText } from '../../src/core/extract/generic';
import { looksLikeJobTitle } from '../../src/core/extract/role-words';
import { foldAccents, inOtherScript, mainScript } from '../../src/core/extract/script';
import { stripLabels } from '../../src/core/extract/words';

describe('scripts', () => {
  it('names the script most letters are in', () => {
    expect(mainScript('מהנדס/ת אוטומציה QA')).toBe('hebrew');
    expect(mainScript('เจ้าหน้าที่บัญชีเจ้าหนี้ (AP Officer)')).toBe('thai');
    expect(mainScript('Λογιστής')).toBe('greek');
    expect(mainScript('2024 – 12')).toBeNull();
  });

  it('calls a value foreign only when none of its letters is in the page’s script', () => {
    const hebrewPage = 'דרישות: ניסיון של שלוש שנים לפחות בבדיקות אוטומטיות';
    expect(inOtherScript('QA Automation Engineer', hebrewPage)).toBe(true);
    expect(inOtherScript('מרכז, Israel', hebrewPage)).toBe(false);
    expect(inOtherScript('Львів, Ukraine', 'Ми шукаємо диспетчера вантажних перевезень')).toBe(false);
    expect(inOtherScript('Acme', 'We are hiring')).toBe(false);
  });

  it('folds accents, so a place spelled without them is the same place', () => {
    expect(foldAccents('Chișinău')).toBe(foldAccents('Chisinau'));
    expect(foldAccents('Timișoara')).toBe('timisoara');
  });
});

describe('the employer a sentence names as hiring', () => {
  it('reads the verb in the languages the extractor reads, without the article', () => {
    expect(employerInText('La Pizzeria Da Ciro al Borgo cerca un cameriere per il servizio serale.')).toBe('Pizzeria Da Ciro al Borgo');
    expect(employerInText('Bäckerei Lange sucht ab sofort eine Verkäuferin.')).toBe('Bäckerei Lange');
    expect(employerInText('Atelier Brun recrute un menuisier.')).toBe('Atelier Brun');
  });

  it('does not take an adverb before an inverted verb for a name', () => {
    expect(employerInText('Selskapet har vokst. Nå søker de en driftsleder.')).toBeNull();
    expect(employerInText('Jetzt sucht wir nicht.')).toBeNull();
  });
});

describe('labels', () => {
  it('cuts a value at a capitalised label, not at a lower-case word before a colon', () => {
    expect(stripLabels('Acme Corp Location: New York')).toBe('Acme Corp');
    expect(stripLabels('PhD position: Biofilm ecology of gravel-bed rivers')).toBe('PhD position: Biofilm ecology of gravel-bed rivers');
  });
});

describe('words of more languages', () => {
  it('finds role words in Hungarian, Greek capitals, Georgian, Romanian, Thai and Hebrew titles', () => {
    for (const title of ['Logisztikai koordinátor', 'ΥΠΕΥΘΥΝΟΣ/Η ΚΑΤΑΣΤΗΜΑΤΟΣ', 'უფროსი ბუღალტერი', 'Inginer proiectant', 'เจ้าหน้าที่บัญชีเจ้าหนี้', 'מהנדס/ת אוטומציה', 'PhD position: River ecology', 'Treinador(a) de Natação']) {
      expect(looksLikeJobTitle(title), title).toBe(true);
    }
    expect(looksLikeJobTitle('Οδηγίες χρήσης')).toBe(false);
  });

  it('counts job words in Hungarian, Greek, Georgian and Thai descriptions', () => {
    expect(jobWordCount('Feladatok: raktári folyamatok. Elvárások: tapasztalat. Amit kínálunk: bérezés. Jelentkezés önéletrajzzal.')).toBeGreaterThanOrEqual(5);
    expect(jobWordCount('ΑΠΑΙΤΟΥΜΕΝΑ ΠΡΟΣΟΝΤΑ: εμπειρία. Προσφέρουμε αποδοχές. Στείλτε βιογραφικό.')).toBeGreaterThanOrEqual(4);
    expect(jobWordCount('მოთხოვნები: გამოცდილება. ხელფასი: 2000 ლარი. რეზიუმე გამოგზავნეთ.')).toBeGreaterThanOrEqual(4);
    expect(jobWordCount('คุณสมบัติ ประสบการณ์ 2 ปี เงินเดือน 25,000 บาท สวัสดิการ')).toBeGreaterThanOrEqual(4);
  });
});

describe('more rules from heldout11', () => {
  it('reads a wiki page’s name without its parent pages, only where the address is that path', async () => {
    const { withoutWikiParents } = await import('../../src/core/extract/generic');
    expect(withoutWikiParents('Praca/Koordynator pracowni', 'https://wiki.example.pl/wiki/Praca/Koordynator_pracowni')).toBe('Koordynator pracowni');
    expect(withoutWikiParents('Tischler / Schreiner (m/w/d)', 'https://example.de/jobs/')).toBe('Tischler / Schreiner (m/w/d)');
  });

  it('takes the town before a street when nothing follows the street', async () => {
    const { cleanPlace } = await import('../../src/core/extract/generic');
    expect(cleanPlace('Wrocław, ul. Ruska 46c (pawilon C)')).toBe('Wrocław');
    expect(cleanPlace('Avenue de Rumine 18, 1005 Lausanne')).toBe('1005 Lausanne');
  });

  it('drops a care home or centre before the town, in the languages that write compounds too', async () => {
    const { cleanPlace } = await import('../../src/core/extract/generic');
    expect(cleanPlace('Strandvegen bo- og omsorgssenter, Tromsø')).toBe('Tromsø');
    expect(cleanPlace('Medical Center, Houston, TX')).toBe('Houston, TX');
    // A town of that name stays a town.
    expect(cleanPlace('Centre, Alabama')).toBe('Centre, Alabama');
  });

  it('spells out a name that opens with initials where the text writes their words', async () => {
    const { fullNameWithInitials } = await import('../../src/core/extract/spelled-name');
    expect(fullNameWithInitials('GD Marés do Sado', 'O Grupo Desportivo Marés do Sado está a reforçar a equipa.')).toBe('Grupo Desportivo Marés do Sado');
    expect(fullNameWithInitials('GD Marés do Sado', 'O clube Marés do Sado procura um treinador.')).toBeNull();
  });

  it('reads German roles written for women and men in one word', () => {
    for (const title of ['Hauswart/in Siedlung Rosenberg', 'Bewirtschafter:in Liegenschaften', 'Pfleger*in', 'Lernende/r Kaufmann']) expect(looksLikeJobTitle(title), title).toBe(true);
    expect(looksLikeJobTitle('Bewerbung')).toBe(false);
  });
});

describe('a facts line under the title', () => {
  it('names the place beside a kind of job in Russian, and a note in ordinary words is not another place', async () => {
    const { placeFromFactsLine } = await import('../../src/core/extract/generic');
    expect(placeFromFactsLine('Казань · полный день · офис на Право-Булачной, по пятницам можно из дома')).toBe('Казань');
    expect(placeFromFactsLine('Győr · teljes munkaidő')).toBe('Győr');
  });
});

describe('rules from heldout12', () => {
  it('does not read a table’s column headers as a label and its value', async () => {
    const { labelledFields } = await import('../../src/core/extract/generic');
    const { JSDOM } = await import('jsdom');
    const doc = new JSDOM('<body><h1>Cariste H/F</h1><table><tr><th>Poste</th><th>Lieu</th><th>Contrat</th></tr><tr><td>Préparateur</td><td>Lyon</td><td>CDI</td></tr></table></body>').window.document;
    expect(labelledFields(doc.body).title).toBeUndefined();
  });

  it('reads headings inside the one form ASP.NET wraps a page in, not inside a form on the page', async () => {
    const { mainHeading } = await import('../../src/core/extract/generic');
    const { JSDOM } = await import('jsdom');
    const page = (form: string) => new JSDOM(`<body><div id="wrap">${form}</div></body>`, { url: 'https://www.example.cz/kariera/sestra' }).window.document;
    const wrapped = page('<form id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="x"><h2 class="job-title">Všeobecná sestra</h2><p>Náplň práce…</p></form>');
    expect(mainHeading(wrapped, wrapped)).toBe('Všeobecná sestra');
    const search = page('<form action="/search"><h2>Skladník</h2><input name="q"></form><p>Sklad ve Zlíně hledá posily na ranní směnu. Nabízíme stabilní zázemí, stravenky a příspěvek na dopravu; nástup možný ihned po dohodě.</p>');
    expect(mainHeading(search, search)).toBeNull();
  });

  it('knows the names of jobs pages in more languages, which are not the role', async () => {
    const { isGenericSegment } = await import('../../src/core/extract/title-patterns');
    for (const part of ['Volná místa', 'Avoimet työpaikat', 'Offene Stellen', 'Oferty pracy', 'Lavora con noi']) expect(isGenericSegment(part), part).toBe(true);
    expect(isGenericSegment('Všeobecná sestra')).toBe(false);
  });
});
