/**
 * Rules written from the tenth blind set (heldout22) and the fixtures written for it, each
 * stated without a page. The sentences are the project's own; the pages the rules came from
 * are fixtures under tests/fixtures/pages.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { cleanPlace, employerInText, visibleCompany } from '../../src/core/extract/generic';
import { siteName } from '../../src/core/extract/site-name';
import { workplaceInText } from '../../src/core/extract/place-in-text';
import { looksLikeJobTitle } from '../../src/core/extract/role-words';
import { tradingNameInText } from '../../src/core/extract/spelled-name';
import { withoutPageType } from '../../src/core/extract/words';

describe('the employer in the text', () => {
  it('reads a South African legal form written in brackets', () => {
    expect(employerInText('Karoo Diesel (Pty) Ltd is looking for an experienced mechanic to join our workshop in Graaff-Reinet.')).toBe('Karoo Diesel Pty Ltd');
  });

  it('reads "requires" and "seeks" as hiring', () => {
    expect(employerInText('Clydeair Engineering Ltd requires an experienced licensed engineer for its hangar at Prestwick.')).toBe('Clydeair Engineering Ltd');
    expect(employerInText('Harbour Lane Bakery seeks a morning baker.')).toBe('Harbour Lane Bakery');
  });

  it('takes the business after "at" when the CV goes to a person there, and never a titled person', () => {
    expect(employerInText('A leading insurer needs a contract DBA for six months. Please send your CV to Simon Pryce at Corvane Technical, quoting CT/44.')).toBe('Corvane Technical');
    expect(employerInText('The work is varied and the team is friendly. Send your CV to Mr. Pieter Botha, P.O. Box 112, Caledon.')).toBeNull();
  });

  it('reads a dealer, a farm or a garage introduced by name', () => {
    expect(employerInText('Overberg Agri Services is a John Deere and Kverneland dealer with branches in Caledon and Bredasdorp.')).toBe('Overberg Agri Services');
    expect(employerInText('Hollow Oak Farm is a family-run dairy farm of 300 cows.')).toBe('Hollow Oak Farm');
  });

  it('reads an Afrikaans business sentence', () => {
    expect(employerInText("SEEKOEI LANDBOU BPK. is 'n gevestigde landboumaatskappy in die Vrystaat.")).toBe('SEEKOEI LANDBOU BPK.');
  });
});

describe('roles and places', () => {
  it('knows Dutch and German trades written as one compound, and a foreman', () => {
    for (const title of ['Allround interieurbouwer jachtbouw', 'Werkzeugmacher (m/w/d)', 'Lagerarbeiter', 'Workshop Foreman']) expect(looksLikeJobTitle(title), title).toBe(true);
    for (const heading of ['Werken bij Oosterdiep', 'Onze werf', 'Netzwerk']) expect(looksLikeJobTitle(heading), heading).toBe(false);
  });

  it('drops "Vaga para" and "Job Detail:" before a role', () => {
    expect(withoutPageType('Vaga para Oficial de Monitoria e Avaliação')).toBe('Oficial de Monitoria e Avaliação');
    expect(withoutPageType('Job Detail: CFO')).toBe('CFO');
  });

  it('cuts a "with" clause after a place', () => {
    expect(cleanPlace('Cidade de Nampula, com deslocações frequentes aos distritos de Memba e Eráti')).toBe('Cidade de Nampula');
    expect(cleanPlace('Leeds, with travel to York and Hull')).toBe('Leeds');
  });

  it('reads the workplace a Nordic posting names', () => {
    expect(workplaceInText('Nu söker vi en lagerchef till vårt centrallager i Nässjö.')).toBe('Nässjö');
    expect(workplaceInText('Du bliver en del af vores kontor i Aarhus.')).toBe('Aarhus');
  });
});

describe('the company the page shows', () => {
  it('is not a heading styled in the company\'s theme colours', () => {
    const doc = new JSDOM(
      '<body><h1 class="font-company-header">Lagerchef</h1><h2 class="font-company-header text-company-secondary">Dina arbetsuppgifter</h2><p class="company-name">Tallbacka Möbler</p></body>',
      { url: 'https://jobb.tallbacka.example/jobs/1' },
    ).window.document;
    expect(visibleCompany(doc, siteName(doc, doc.URL))).toBe('Tallbacka Möbler');
  });
});

describe('trading names', () => {
  it('finds the name a registered name in the genitive trades under', () => {
    expect(tradingNameInText('Lövkojans Mat & Catering AB', 'Välkommen till Restaurang Lövkojan i Örebro.\nRestaurang Lövkojan har serverat husmanskost sedan 1998.')).toBe('Restaurang Lövkojan');
  });
});
