/**
 * Rules written from the seventh blind set (heldout19), each stated without a page: the words
 * and shapes below are the project's own, modelled on what those pages show. The pages
 * themselves are fixtures under tests/fixtures/pages.
 */
import { describe, expect, it } from 'vitest';
import { jobWordCount } from '../../src/core/extract/classify';
import { isEmployerName } from '../../src/core/extract/employer-name';
import { cleanPlace, employerInText } from '../../src/core/extract/generic';
import { basedInText, namesAnArea, placeInText, workplaceInText } from '../../src/core/extract/place-in-text';
import { looksLikeJobTitle } from '../../src/core/extract/role-words';

describe('role words', () => {
  it('knows a profession by its ending, and the law’s and the clinic’s titles', () => {
    for (const title of ['Senior Hydrogeologist', 'Clinical Statistician', 'Locksmith', 'Cartographer', 'Private Client Solicitor (2–5 PQE)', 'Registered Dietitian']) {
      expect(looksLikeJobTitle(title), title).toBe(true);
    }
    for (const heading of ['Career Center', 'Checklist', 'Our History', 'Wheelchair access']) expect(looksLikeJobTitle(heading), heading).toBe(false);
  });

  it('reads roles in Russian, Persian, Armenian and Mongolian', () => {
    expect(looksLikeJobTitle('Технолог швейного производства')).toBe(true);
    expect(looksLikeJobTitle('کارشناس شبکه')).toBe(true);
    expect(looksLikeJobTitle('Ծրագրի համակարգող')).toBe(true);
    expect(looksLikeJobTitle('Агуулахын нярав')).toBe(true);
  });

  it('counts job words in Persian and Kazakh', () => {
    expect(jobWordCount('شرایط احراز: سابقه کار دو سال، مهارت در شبکه، نوع همکاری تمام وقت')).toBeGreaterThanOrEqual(4);
    expect(jobWordCount('Талаптар: тәжірибе 3 жыл. Жалақы келісім бойынша.')).toBeGreaterThanOrEqual(3);
  });
});

describe('what is no employer’s name', () => {
  it('refuses a company card’s heading and a board’s corner for employers', () => {
    for (const text of ['О компании', 'Про компанію', 'بخش کارفرمایان', 'درباره شرکت', 'For employers', 'Employers', 'Dla pracodawców']) expect(isEmployerName(text), text).toBe(false);
    expect(isEmployerName('Northfield Employers Mutual')).toBe(true);
  });

  it('reads the employer that opens a sentence with its initials, or after a label', () => {
    expect(employerInText('Brightwater Rural Trust (BRT) is looking for a Field Officer based in Vanadzor.')).toBe('Brightwater Rural Trust');
    expect(employerInText('JOB DESCRIPTION: Kellan Valley Co-operative is seeking a warehouse lead.')).toBe('Kellan Valley Co-operative');
  });

  it('takes no person for the employer from where to send an application', () => {
    expect(employerInText('To apply, send your CV to Mara Quint, HR Manager, at jobs@example.com.')).toBeNull();
    expect(employerInText('To apply, send your CV to Quint & Hale Solicitors, at jobs@example.com.')).toBe('Quint & Hale Solicitors');
  });
});

describe('where the job is', () => {
  it('knows more areas by their kind', () => {
    for (const place of ['Lori marz, Armenia', 'Eastside', 'Northern Cape', 'Akkar, North', 'Гродненская область', 'Baalbek-Hermel Governorate']) expect(namesAnArea(place), place).toBe(true);
    for (const place of ['Vanadzor, Armenia', 'Capetown', 'Seaside, OR']) expect(namesAnArea(place), place).toBe(false);
  });

  it('reads the town the hire will be based in, and a workplace after its owner and a word or two', () => {
    expect(basedInText('The Field Officer will be based in the regional office in Vanadzor and travel to villages.')).toBe('Vanadzor');
    expect(basedInText('You will be based in Ashford, with visits to sites in Kent.')).toBe('Ashford');
    expect(workplaceInText('Join the team in our busy Redmond clinic, five minutes from the station.')).toBe('Redmond');
    expect(workplaceInText('The charity is recruiting a caseworker based in its Tyre office.')).toBe('Tyre');
  });

  it('reads a Russian address’s town, marked before or after its name', () => {
    expect(placeInText('Условия: работа в г. Лиде, полный день.\nАдрес: 231300, Гродненская обл., г. Лида, ул. Заводская, 4')).toBe('Лида');
    expect(placeInText('Адрес места работы: Павлодарская область, Иртышский район, Иртышск с., ул. Целинная, 21')).toBe('Иртышск');
  });

  it('says a place once, and without the region and district around its town', () => {
    expect(cleanPlace('تهران ، تهران')).toBe('تهران');
    expect(cleanPlace('Акмолинская область, Бурабайский район, Щучинск')).toBe('Щучинск');
    expect(cleanPlace('Leeds, West Yorkshire')).toBe('Leeds, West Yorkshire');
  });
});
