/**
 * Rules from heldout12 that are stated without a page: a workload names a role, headlines
 * around a role in Japanese and Korean, kinds of jobs in the plural, an announcement on a
 * post, an employer named with a phrase between commas, terms after a place, an address that
 * shortens its owner's name, and expiry notices in scripts without word edges.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hiringAnnouncement } from '../../src/core/extract/announcement';
import { classifyByHeadlines } from '../../src/core/extract/classify';
import { cleanPlace, employerInText } from '../../src/core/extract/generic';
import { looksLikeJobTitle } from '../../src/core/extract/role-words';
import { isSiteName, ownersName, siteName } from '../../src/core/extract/site-name';
import { isGenericSegment, titleSegments } from '../../src/core/extract/title-patterns';
import { withoutPageType } from '../../src/core/extract/words';

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
