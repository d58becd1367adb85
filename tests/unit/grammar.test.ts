import { describe, expect, it } from 'vitest';
import { capitalize, coreTitle, countOf, indefiniteArticle, joinList, plural, possessive, snippet, withArticle } from '../../src/core/prep/grammar';

describe('indefiniteArticle', () => {
  it.each([
    ['engineer', 'an'], ['manager', 'a'], ['hour', 'an'], ['honest answer', 'an'], ['user researcher', 'a'], ['university', 'a'],
    ['one-off', 'a'], ['European team', 'a'], ['SQL database', 'an'], ['SRE', 'an'], ['HR partner', 'an'], ['MBA', 'an'], ['FPGA role', 'an'],
    ['UX review', 'a'], ['QA lead', 'a'], ['iOS Developer', 'an'], ['eBay seller', 'an'], ['8-hour shift', 'an'], ['11-person team', 'an'], ['3-day week', 'a'],
  ])('%s takes "%s"', (word, article) => {
    expect(indefiniteArticle(word)).toBe(article);
  });
  it('withArticle keeps the phrase as written', () => {
    expect(withArticle('iOS Developer')).toBe('an iOS Developer');
  });
});

describe('lists, plurals, names', () => {
  it('joins one, two and many', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['Go'])).toBe('Go');
    expect(joinList(['Go', 'Rust'])).toBe('Go and Rust');
    expect(joinList(['Go', 'Rust', 'C#'])).toBe('Go, Rust, and C#');
    expect(joinList(['Go', 'Rust'], 'or')).toBe('Go or Rust');
  });
  it('counts with the right plural', () => {
    expect(plural(1, 'year')).toBe('year');
    expect(plural(2, 'year')).toBe('years');
    expect(countOf(1, 'question')).toBe('one question');
    expect(countOf(3, 'question')).toBe('three questions');
    expect(countOf(12, 'question')).toBe('12 questions');
    expect(countOf(2, 'company', 'companies')).toBe('two companies');
  });
  it('never changes the case of a name at the start of a sentence', () => {
    expect(capitalize('iOS is the platform.')).toBe('iOS is the platform.');
    expect(capitalize('eBay sellers')).toBe('eBay sellers');
    expect(capitalize('design the API')).toBe('Design the API');
  });
  it('writes possessives', () => {
    expect(possessive('Ramp')).toBe('Ramp’s');
    expect(possessive('Siemens')).toBe('Siemens’');
    expect(possessive('Glass')).toBe('Glass’s');
  });
  it('cuts snippets at a word', () => {
    expect(snippet('Design, build and operate payment services in Go and PostgreSQL.', 40)).toBe('Design, build and operate payment…');
    expect(snippet('Short one.', 40)).toBe('Short one');
  });
});

describe('coreTitle', () => {
  it.each([
    ['Senior Backend Engineer, Payments Platform', 'Senior Backend Engineer'],
    ['Night Baker Wanted!', 'Night Baker'],
    ['Delivery drivers needed', 'Delivery drivers'],
    ['Vacature: Magazijnmedewerker', 'Magazijnmedewerker'],
    ["Offre d'emploi : Technicien de maintenance (H/F)", 'Technicien de maintenance'],
    ['Comptable fournisseurs H/F', 'Comptable fournisseurs'],
    ['Elektroniker (m/w/d) Betriebstechnik', 'Elektroniker'],
    ['Kundenberater m/w/d', 'Kundenberater'],
    ["We're hiring a line cook", 'line cook'],
    ['Now hiring: Barista', 'Barista'],
    ['Hiring Manager', 'Hiring Manager'],
    ['Requirements Engineer', 'Requirements Engineer'],
  ])('%s -> %s', (title, core) => {
    expect(coreTitle(title)).toBe(core);
  });
});
