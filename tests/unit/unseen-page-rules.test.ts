/**
 * Rules from heldout12 that are stated without a page: a workload names a role, headlines
 * around a role in Japanese and Korean, kinds of jobs in the plural, an announcement on a
 * post, an employer named with a phrase between commas, terms after a place, an address that
 * shortens its owner's name, and expiry notices in scripts without word edges.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hiringAnnouncement } from '../../src/core/extract/announcement';
import { extractPosting } from '../../src/core/extract';
import { classifyByHeadlines } from '../../src/core/extract/classify';
import { cleanPlace, employerInText, employerWithLegalForm, isFullerName, labelledFields, teaserHeadings, withoutLeadingFacts } from '../../src/core/extract/generic';
import { placeInText } from '../../src/core/extract/place-in-text';
import { isNavigationHeading } from '../../src/core/extract/navigation-heading';
import { looksLikeJobTitle } from '../../src/core/extract/role-words';
import { cleanLongText } from '../../src/core/text';
import { isBoardName, isCarrierName, isSiteName, ownersName, siteName } from '../../src/core/extract/site-name';
import { nameWithTheseInitials } from '../../src/core/extract/spelled-name';
import { isGenericSegment, titleSegments } from '../../src/core/extract/title-patterns';
import { announcesHiring, withoutPageType } from '../../src/core/extract/words';

const page = (html: string, url: string) => new JSDOM(html, { url }).window.document;

describe('role headings', () => {
  it('reads a short name followed by a workload as a role, and an offer as none', () => {
    expect(looksLikeJobTitle('Kafferostare, 75 %')).toBe(true);
    expect(looksLikeJobTitle('Pflegefachperson 80–100%')).toBe(true);
    expect(looksLikeJobTitle('Sachbearbeiter (60%)')).toBe(true);
    expect(looksLikeJobTitle('Save 20%')).toBe(false);
    expect(looksLikeJobTitle('Up to 50% off all coffee')).toBe(false);
  });

  it('takes the hiring tag and the "we recruit" ending off Japanese and Korean headlines', () => {
    expect(withoutPageType('【募集】家具職人見習いを1名募集します（岐阜・高山）')).toBe('家具職人見習い');
    expect(withoutPageType('[채용] 누리랩스 프론트엔드 개발자 (React) 모집')).toBe('누리랩스 프론트엔드 개발자 (React)');
    expect(withoutPageType('Data Analyst')).toBe('Data Analyst');
  });

  it('takes the pay a board adds after the role off the title', () => {
    expect(withoutPageType('Landscape Crew Leader - $22-26/hr DOE')).toBe('Landscape Crew Leader');
    expect(withoutPageType('Barista (£12.50 an hour)')).toBe('Barista');
    expect(withoutPageType('Sales Lead - $80k - $95k + benefits')).toBe('Sales Lead');
    expect(withoutPageType('Office Manager - London')).toBe('Office Manager - London');
  });

  it('gives a role that opened the heading its capital', () => {
    expect(withoutPageType('Cercasi barista')).toBe('Barista');
    expect(withoutPageType('Se busca camarero/a')).toBe('Camarero/a');
  });

  it('takes the role out of a headline that is a sentence about hiring, when what follows is a role', () => {
    expect(withoutPageType('Nous recrutons un·e animateur·rice périscolaire')).toBe('Animateur·rice périscolaire');
    expect(withoutPageType("We're hiring a Bike Mechanic!")).toBe('Bike Mechanic');
    expect(withoutPageType('Wir suchen Verstärkung')).toBe('Wir suchen Verstärkung');
    expect(withoutPageType('Wij zoeken een junior interaction designer die van puzzels houdt')).toBe('Junior interaction designer');
  });

  it('cuts a title at the full-width bar', () => {
    expect(titleSegments('家具職人見習いを募集します｜ひだまり木工舎｜note')).toEqual(['家具職人見習いを募集します', 'ひだまり木工舎', 'note']);
  });

  it('calls two or more kinds of jobs in the plural a section, and an employer’s careers site not', () => {
    expect(isGenericSegment('Entry-Level Jobs & Internships')).toBe(true);
    expect(isGenericSegment('Find Graduate Jobs, Schemes and Internships')).toBe(true);
    expect(isGenericSegment('Ridgeway Auto Group Careers')).toBe(false);
    expect(isGenericSegment('Summer Internships 2026')).toBe(false);
  });
});

describe('announcements and employers in text', () => {
  it('reads "ВАКАНСИЯ: role" on a line, a lower-case role ending where a capitalised word begins', () => {
    expect(hiringAnnouncement('🔥 ВАКАНСИЯ: оператор цифровой печати Типография «Линия» ищет… | Новосибирск')?.title).toBe('оператор цифровой печати');
    expect(hiringAnnouncement('Szukamy: magazyniera na zmianę nocną')?.title).toBe('magazyniera na zmianę nocną');
  });

  it('reads the role after an ordinal ("our first", "a third")', () => {
    expect(hiringAnnouncement('We are hiring our first Senior Backend Engineer to build the ledger.')?.title).toBe('Senior Backend Engineer');
    expect(hiringAnnouncement('We are hiring an experienced Barista.')?.title).toBe('Barista');
  });

  it('reads an employer named after the emoji that opens a line', () => {
    expect(employerInText("🍳 WE'RE HIRING! 🍳 Rosie's Griddle & Pie is looking for a line cook.")).toBe("Rosie's Griddle & Pie");
  });

  it('finds the name an employer’s initials stand for, written out in the text', () => {
    expect(nameWithTheseInitials('MVS', 'A Metalúrgica Vale do Sousa, S.A., empresa do sector metalomecânico')).toBe('Metalúrgica Vale do Sousa');
    expect(nameWithTheseInitials('MVS', 'A metalúrgica do vale, empresa do sector')).toBeNull();
  });

  it('drops a post’s time stamp before its text', () => {
    const text = 'April 9 ·\n' + 'We are hiring a line cook for our breakfast crew. '.repeat(6);
    expect(withoutLeadingFacts(text)).toBe('We are hiring a line cook for our breakfast crew. '.repeat(6).trim());
  });

  it('reads the employer from "Name, what it is, seeks" and from a «quoted» name', () => {
    expect(employerInText('La Boutique Lanzetti, negozio di abbigliamento donna in zona Crocetta, cerca una commessa.')).toBe('Boutique Lanzetti');
    expect(employerInText('Типография «Линия» ищет в команду человека, который любит печать.')).toBe('Типография «Линия»');
    expect(employerInText('Acme, we think, is great.')).toBeNull();
  });
});

describe('places and site names', () => {
  it('keeps the place of a labelled line and drops the terms after it', () => {
    expect(cleanPlace('Umeå · Tillsvidare med sex månaders provanställning · Start i augusti')).toBe('Umeå');
    expect(cleanPlace('Frankfurt am Main | Vollzeit')).toBe('Frankfurt am Main');
    expect(cleanPlace('서울 성동구 성수동 (주 2회 재택 근무)')).toBe('서울 성동구 성수동');
    expect(cleanPlace('東京都渋谷区道玄坂1-12-3 渋谷ファウンテンビル7F ※週2日出社')).toBe('東京都渋谷区');
    expect(cleanPlace('神奈川県相模原市中央区淵野辺3-2-1')).toBe('神奈川県相模原市中央区');
    expect(cleanPlace('Новосибирск, ул. Фрунзе, 88')).toBe('Новосибирск');
    expect(cleanPlace('2475, rue des Hirondelles, Trois-Rivières (Québec), G8Y 4R2')).toBe('Trois-Rivières (Québec)');
  });

  it('reads a place the posting’s own text labels or addresses, and none from prose', () => {
    expect(placeInText('Мы печатаем меню для кафе.\n📍 Где: г. Новосибирск, ул. Фрунзе, 88 (5 минут от метро)\nПишите в личку.')).toBe('Новосибирск');
    expect(placeInText('Chi siamo\nSede di lavoro\nScandiano (RE), via dei Mulini 14 — raggiungibile in autobus')).toBe('Scandiano (RE)');
    expect(placeInText('Ищем повара.\n📍 Казань, ул. Баумана, 41\nЗарплата: от 60 000')).toBe('Казань');
    expect(placeInText('Please no phone calls during the rush.\n1418 NE Juniper Ave, Bend, OR 97701')).toBe('Bend, OR');
    expect(placeInText('CDI à temps plein. Poste basé à Tarnos (40), avec quelques déplacements.')).toBe('Tarnos (40)');
    expect(placeInText('Acme is a company based in London.')).toBeNull();
    expect(placeInText('We share two desks at a co-working space, a ten-minute walk from Leeds station.')).toBeNull();
  });

  it('knows an address that shortens each word of the site’s name for the owner’s', () => {
    const doc = page('<title>Volná místa | Nemocnice Krkonošské podhůří a.s.</title><p>x</p><footer>© 2024 Nemocnice Krkonošské podhůří a.s.</footer>', 'https://www.nemkp.cz/kariera');
    expect(ownersName(siteName(doc, doc.URL), doc.URL)).toBe('Nemocnice Krkonošské podhůří a.s.');
    const other = page('<title>Volná místa | Nemocnice Krkonošské podhůří a.s.</title><p>x</p>', 'https://www.nemxy.cz/kariera');
    expect(ownersName(siteName(other, other.URL), other.URL)).toBeNull();
  });

  it('knows the site’s name with its subdomain’s word or its slogan after it', () => {
    const doc = page('<title>Commessa - Torino - Bakeca.it</title><p>x</p>', 'http://torino.bakeca.it/annunci/1');
    const site = siteName(doc, doc.URL);
    expect(isSiteName('Bakeca Torino', site)).toBe(true);
    expect(isSiteName('Bakeca.it - annunci gratuiti', site)).toBe(true);
    expect(isSiteName('Boutique Lanzetti', site)).toBe(false);
  });
});

describe('expiry notices without word edges', () => {
  it('reads Japanese, Korean and Chinese notices that a posting has closed', () => {
    for (const notice of ['この求人の掲載は終了しました', '채용이 마감되었습니다', '该职位已关闭']) {
      const doc = page(`<h1>${notice}</h1><p>在庫管理スタッフ</p>`, 'https://example.jp/desc_1/');
      expect(classifyByHeadlines(doc, true, notice)).toBe('expired');
    }
  });
});

describe('the part of the page the address points at', () => {
  const sections = (url: string) =>
    page(
      `<title>Bageri Nord</title><h1>Färskt. Lokalt. Ärligt.</h1>
      <div id="om"><h2>Om oss</h2><p>${'Vi bakar surdeg varje natt i Luleå. '.repeat(14)}</p></div>
      <div id="jobb"><h2>Jobba hos oss</h2><h3>Bagare, 80 %</h3><p>Ort: Luleå</p><p>${'Du bakar bröd och bullar med oss, tar hand om degarna och hjälper till i butiken på helgerna. '.repeat(4)}</p><p>Vi söker dig som har erfarenhet av bageri. Vi erbjuder tillsvidareanställning och lön enligt avtal. Skicka din ansökan med CV senast den 1 maj.</p></div>
      <div id="apply"><h2>Ansök</h2><form><p>${'Skriv några rader om dig själv och bifoga ditt CV här nedan, tack. '.repeat(8)}</p><input name="cv"></form></div>`,
      url,
    );

  it('reads the posting in the section the #fragment names', () => {
    const result = extractPosting(sections('https://bagerinord.example/#jobb'), 'https://bagerinord.example/#jobb');
    expect(result.kind === 'posting' && result.title?.value).toBe('Bagare, 80 %');
  });

  it('does not read an application form as the posting: the page is read as a whole', () => {
    const whole = extractPosting(sections('https://bagerinord.example/'), 'https://bagerinord.example/');
    const apply = extractPosting(sections('https://bagerinord.example/#apply'), 'https://bagerinord.example/#apply');
    expect(whole.kind).toBe('posting');
    expect(apply.kind === 'posting' && apply.description?.value).toBe(whole.kind === 'posting' && whole.description?.value);
  });
});

/**
 * Rules from heldout14: announcements of a vacancy in more languages (and a page headed by one
 * is a posting), a date in the <title> names no one, a thread is read from its first post, a
 * place is cut before a labelled fact, "similar offers" headings in more languages.
 */
describe('rules from heldout14', () => {
  it('a heading that announces a vacancy, before or after the role, in more languages', () => {
    expect(withoutPageType('ВАКАНСИЯ: нужен пекарь-кондитер')).toBe('Пекарь-кондитер');
    expect(withoutPageType('Требуется повар')).toBe('Повар');
    expect(withoutPageType('Zatrudnimy magazyniera')).toBe('Magazyniera');
    expect(withoutPageType('Bench joiner wanted - Ludlow, Shropshire')).toBe('Bench joiner');
    expect(withoutPageType('Koch gesucht!')).toBe('Koch');
    expect(withoutPageType('Kok gezocht in Zwolle')).toBe('Kok');
    // No role is left of "Help wanted": the words stay.
    expect(withoutPageType('Help wanted')).toBe('Help wanted');
    for (const heading of ['ВАКАНСИЯ: нужен пекарь-кондитер', 'Bench joiner wanted - Ludlow', 'Koch gesucht!', 'Wanted: Sous Chef', 'We’re hiring a Bike Mechanic', 'Zatrudnimy kierowcę']) {
      expect(announcesHiring(heading), heading).toBe(true);
    }
    for (const heading of ['Help wanted', 'Bench joiner', 'Our wanted list of tools', 'Lebenslauf']) expect(announcesHiring(heading), heading).toBe(false);
  });

  it('a <title> part that only dates the page names no one', () => {
    for (const date of ['14 Марта 2013', 'March 14, 2013', '14.03.2013', '2013-03-14']) expect(isGenericSegment(date), date).toBe(true);
    for (const name of ['Studio 54', 'Bakery 1912', 'Acme GmbH']) expect(isGenericSegment(name), name).toBe(false);
  });

  it('cuts a place before a labelled fact after a bar, and takes a Polish street off it', () => {
    expect(cleanPlace('Opole | Nr ref.: LOG/OP/04/08')).toBe('Opole');
    expect(cleanPlace('Gdańsk, al. Grunwaldzka 411; Gdynia')).toBe('Gdańsk');
  });

  it('a thread of posts is read from its first post, without the poster’s signature', () => {
    const post = (n: number, text: string) =>
      `<article class="post"><div class="author">member${n}</div><div class="content"><p>${text}</p></div><div class="post-signature">Signature of member${n}: Shoreline Boatworks, Kinsale</div></article>`;
    const offer = 'We are a small boatyard and need a second pair of hands for the winter refits: sanding, fairing, antifouling and some simple joinery. Part-time, three or four days a week, paid by the hour, with a van to get between moorings. Some experience with hand tools helps. To apply, send me a message with what you have worked on before.';
    const doc = page(
      `<html><head><title>Boatyard hand wanted - Kinsale - Harbour Forum</title></head><body><h1>Boatyard hand wanted - Kinsale</h1><main><div class="thread">${post(1, offer)}${post(2, 'Good luck with the search, it is a great yard and the owner is fair to work for, I have seen their boats at the regatta every summer.')}${post(3, 'Is there any chance of weekend work only? I have a day job but would love to learn the trade and can bring my own tools for the joinery side.')}</div></main></body></html>`,
      'https://forum.example/topic/77-boatyard-hand-wanted/',
    );
    const result = extractPosting(doc, 'https://forum.example/topic/77-boatyard-hand-wanted/');
    expect(result.kind).toBe('posting');
    if (result.kind !== 'posting') return;
    expect(result.title?.value).toBe('Boatyard hand');
    expect(result.description?.value).toBe(offer);
  });
});

describe('rules from heldout15', () => {
  it('reads a classified ad that opens with the role it needs, written as a title', () => {
    expect(hiringAnnouncement('NOW HIRING\nLICENSED PRACTICAL NURSE needed full time, 11p-7a shift.')?.title).toBe('Licensed Practical Nurse');
    expect(hiringAnnouncement('Experienced line cook wanted for our kitchen.')?.title).toBe('Experienced line cook');
    expect(hiringAnnouncement('VAGA: ESTÁGIO EM ENGENHARIA CIVIL\nA construtora…')?.title).toBe('Estágio em Engenharia Civil');
    // "Help needed" names no role.
    expect(hiringAnnouncement('Help needed at the front desk.')).toBeNull();
  });

  it('finds the employer a text introduces as a kind of business, even after "we are looking for"', () => {
    expect(employerInText('LPN needed. Maple Hollow Care Center is a 90-bed skilled nursing and long term care facility.')).toBe('Maple Hollow Care Center');
    expect(employerInText('We are looking for a caring aide. Willow Bend Manor is a 60-bed assisted living home.')).toBe('Willow Bend Manor');
    expect(employerInText('Our client is a leading logistics company in Leeds.')).toBeNull();
    expect(employerWithLegalForm('Interessiert? Senden Sie Ihre Unterlagen an:\nBrunnmatt Feinmechanik AG\nHerr Urs Keller')).toBe('Brunnmatt Feinmechanik AG');
  });

  it('keeps the fuller name the text confirms, not a place after a comma', () => {
    expect(isFullerName('Orchid Retail Sdn Bhd', 'Orchid Retail')).toBe(true);
    expect(isFullerName('Birchwood Veterinary Clinic', 'Birchwood')).toBe(true);
    expect(isFullerName('Carrow County, Nebraska', 'Carrow County')).toBe(false);
  });

  it('tells a board, a newspaper or a forum by the name it gives itself, not an employer’s careers site', () => {
    for (const name of ['JobScout24.ch', 'Jobline', 'JobsAhead.com', 'rabota.ua — работа в Украине', 'Jobs.co.za', 'CareerBuilder', 'Otago Daily Times', 'Forum Vitic']) {
      expect(isCarrierName(name), name).toBe(true);
    }
    for (const name of ['Acme Careers', 'Jobs at Acme', 'BMW Group', 'Fjällgren Outdoor AB', 'Jobs & Talent']) {
      expect(isCarrierName(name), name).toBe(false);
    }
    expect(isBoardName('Forum Terres et Vergers')).toBe(true);
    expect(isBoardName('The Tidewater Ledger')).toBe(false);
    expect(isCarrierName('The Tidewater Ledger')).toBe(true);
  });

  it('cuts a contract type and the short facts after it, a forum tag and an urgency badge from a role', () => {
    expect(withoutPageType('[Offre] Ouvrier arboricole - CDI - Vernassac (24)')).toBe('Ouvrier arboricole');
    // A kind of contract alone after the role is how boards name it.
    expect(withoutPageType('Crew Member - Part Time')).toBe('Crew Member - Part Time');
    expect(withoutPageType('Developer – Critical business apps')).toBe('Developer – Critical business apps');
    expect(withoutPageType('เจ้าหน้าที่ฝ่ายบุคคล (HR Officer) ด่วน!')).toBe('เจ้าหน้าที่ฝ่ายบุคคล (HR Officer)');
    expect(withoutPageType('URGENT: Staff Nurse')).toBe('Staff Nurse');
    expect(withoutPageType('Nurse - Urgent Care')).toBe('Nurse - Urgent Care');
  });

  it('reads a label in the first of a table row’s two cells as a term', () => {
    const doc = page(
      '<table><tr><td class="lbl">Job Title</td><td><b>Senior Accountant - Accounts Payable</b></td></tr><tr><td class="lbl">Location</td><td>Pune</td></tr></table>',
      'https://board.example/jobs/1',
    );
    expect(labelledFields(doc.body).title?.value).toBe('Senior Accountant - Accounts Payable');
    // A row of three cells is a table of data, not a term and its definition.
    const wide = page('<table><tr><td>Job Title</td><td>Senior Accountant</td><td>Pune</td></tr></table>', 'https://board.example/jobs/2');
    expect(labelledFields(wide.body).title).toBeUndefined();
  });

  it('takes a notice that the recruiting of another named role has ended for that role, not the page', () => {
    const doc = page('<h1>採用情報</h1>', 'https://x.example/recruit');
    expect(classifyByHeadlines(doc, true, '【お知らせ】パートタイマー（検査・梱包）の募集は終了しました。')).toBeNull();
    expect(classifyByHeadlines(doc, true, '本求人の募集は終了しました。')).toBe('expired');
    expect(classifyByHeadlines(doc, true, '募集は終了しました。')).toBe('expired');
  });

  it('counts the teasers of a list whose headings link to each posting', () => {
    const teaser = (slug: string, role: string) => `<article class="job-item"><h2><a href="/jobs/${slug}/">${role}</a></h2><p>Tiltrædelse 1. august. Vi søger en kollega.</p></article>`;
    const doc = page(`<h1>Ledige stillinger</h1><div>${teaser('laerer', 'Lærer i dansk')}${teaser('koekken', 'Køkkenmedhjælper')}${teaser('nat', 'Nattevagt')}</div>`, 'https://school.example/jobs/');
    expect(teaserHeadings(doc, 'Lærer i dansk', 'https://school.example/jobs/')).toBe(2);
    // A posting's own title that links to itself is no teaser.
    const own = page('<h1><a href="/jobs/laerer/">Lærer i dansk</a></h1><h2><a href="/jobs/other/">Other</a></h2>', 'https://school.example/jobs/laerer/');
    expect(teaserHeadings(own, 'Lærer i dansk', 'https://school.example/jobs/laerer/')).toBe(0);
  });
});

describe('more rules from heldout15', () => {
  it('cuts what a classified or a small site adds after the role', () => {
    expect(withoutPageType('CHEF DE PARTIE needed ASAP - busy gastropub SW4 - live out, £8.50ph')).toBe('CHEF DE PARTIE');
    // A kind of contract that ends the heading stays, with what it says after a comma.
    expect(withoutPageType('Rezeptionist:in (m/w/d) – Vollzeit, Wintersaison 2025/26')).toBe('Rezeptionist:in (m/w/d) – Vollzeit, Wintersaison 2025/26');
    // A long run of pictographs or spaces costs no more than its length.
    const started = Date.now();
    withoutPageType(`Barista ${'🔥'.repeat(20_000)} now`);
    withoutPageType(`URGENT ${'!'.repeat(20_000)}`);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('reads a German board’s "Stelleninserat" and "Weitere Stellen in dieser Region" as the page’s words, not a role', () => {
    expect(isNavigationHeading('Stelleninserat')).toBe(true);
    expect(isNavigationHeading('Weitere Stellen in dieser Region')).toBe(true);
    expect(isNavigationHeading('Polymechaniker / CNC-Fräser (m/w)')).toBe(false);
  });

  it('decodes a description that structured data escaped twice', () => {
    const doc = page('<p></p>', 'https://x.example/');
    expect(cleanLongText('&amp;lt;p&amp;gt;Die Hessenwerk GmbH fertigt Teile f&amp;uuml;r Autos.&amp;lt;/p&amp;gt;&amp;lt;ul&amp;gt;&amp;lt;li&amp;gt;Wartung&amp;lt;/li&amp;gt;&amp;lt;/ul&amp;gt;', doc)).toBe(
      'Die Hessenwerk GmbH fertigt Teile für Autos.\n\n- Wartung',
    );
  });
});

describe('a board’s own name in a shorter form', () => {
  it('is not the employer: the text’s registered name is', () => {
    expect(employerWithLegalForm('Interesados enviar currículum a Industrias Moncayo Envases, S.L., Polígono Malpica.')).toBe('Industrias Moncayo Envases, S.L.');
  });
});
