/**
 * Duties and requirements found in postings the English headings miss: French and German
 * headings ("Vos missions", "Ihr Profil"), and English descriptions without headings, read by
 * each sentence's shape ("You will…", "Experience with…", a list of items that start with a
 * verb). The postings are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitDescription, shapeOf } from '../../src/core/analyze/sections';
import { analyzePosting } from '../../src/core/analyze/signals';
import { field, type JobPosting } from '../../src/core/posting';
import { buildPrepPlan, MIN_GROUNDED, THIN_NOTICE } from '../../src/core/prep';
import { checkPlan } from '../../src/core/prep/quality';
import { statedDuties } from '../../src/core/prep/questions';

function posting(title: string, company: string, description: string, language: string): JobPosting {
  return {
    kind: 'posting',
    url: 'https://jobs.example/42',
    title: field(title, 'json-ld', 0.9),
    company: field(company, 'json-ld', 0.9),
    location: null,
    description: field(description, 'json-ld', 0.9),
    language: field(language, 'meta', 0.9),
  };
}

const FRENCH = posting(
  'Ingénieur bureau d’études',
  'Atelier Verdane',
  [
    'Atelier Verdane conçoit des meubles en bois recyclé pour les écoles et les bibliothèques.',
    'En tant qu’ingénieur, vous piloterez les prototypes avec l’équipe design.',
    'Vos missions',
    '- Concevoir les plans de fabrication des nouvelles gammes de mobilier',
    '- Suivre la production avec l’atelier de Lyon et les fournisseurs',
    '- Animer les revues de qualité avec le chef d’atelier',
    '- Rédiger les fiches techniques destinées aux clients',
    'Votre profil :',
    '- Vous avez au moins 3 ans d’expérience en bureau d’études.',
    '- Vous maîtrisez SolidWorks et AutoCAD.',
    '- Une bonne connaissance du bois massif et de ses finitions.',
    'Les plus :',
    '- Une expérience dans le mobilier scolaire',
    'Nous offrons',
    '- Une mutuelle prise en charge à 100 %',
    '- Deux jours de télétravail par semaine',
  ].join('\n'),
  'fr',
);

const GERMAN = posting(
  'Softwareentwickler',
  'Nordkamm GmbH',
  [
    'Die Nordkamm GmbH entwickelt Software für die Planung von Windparks.',
    'Ihre Aufgaben:',
    '- Entwicklung neuer Funktionen für unsere Planungsplattform in TypeScript',
    '- Sie betreuen die Schnittstellen zu Wetterdiensten und Netzbetreibern',
    '- Code-Reviews und Pair Programming mit dem ganzen Team',
    'Ihr Profil:',
    '- Sie haben mindestens 4 Jahre Erfahrung in der Softwareentwicklung.',
    '- Sehr gute Kenntnisse in TypeScript und PostgreSQL',
    '- Abgeschlossenes Studium der Informatik oder eine vergleichbare Ausbildung',
    'Wir bieten:',
    '- 30 Tage Urlaub',
    '- Flexible Arbeitszeiten und Homeoffice',
  ].join('\n'),
  'de',
);

const UNSECTIONED = posting(
  'Support Engineer',
  'Harbourlight',
  [
    'Harbourlight is a small studio that builds booking software for ferry operators.',
    'We are looking for a support engineer to help our customers get the most from the product.',
    'You will answer technical questions from ferry operators by email and phone. You’ll reproduce bugs, write clear reports and follow them through with our developers.',
    'You will also keep our help centre articles up to date.',
    'Experience with SQL and reading logs is important.',
    'You have at least two years in a customer-facing technical role.',
    'We are looking for someone who stays calm when a sailing is delayed and the queue is growing.',
    '- Write and maintain runbooks for the on-call rota',
    '- Improve the onboarding guide for new operators',
    'We offer a four-day week and a yearly travel budget.',
  ].join('\n'),
  'en',
);

function bySection(p: JobPosting, kind: string): string[] {
  return splitDescription(p.description!.value)
    .sentences.filter((s) => s.section === kind)
    .map((s) => s.text);
}

/** Research steps and questions whose quote is honest: what the thin-posting notice counts. */
function groundedCount(p: JobPosting): number {
  const plan = buildPrepPlan(p);
  return [...plan.research, ...plan.questions].filter((i) => !i.general).length;
}

describe('French headings and sentences', () => {
  it('finds the duties under "Vos missions" and the one the intro states', () => {
    expect(bySection(FRENCH, 'role')).toEqual([
      'En tant qu’ingénieur, vous piloterez les prototypes avec l’équipe design.',
      'Concevoir les plans de fabrication des nouvelles gammes de mobilier',
      'Suivre la production avec l’atelier de Lyon et les fournisseurs',
      'Animer les revues de qualité avec le chef d’atelier',
      'Rédiger les fiches techniques destinées aux clients',
    ]);
  });

  it('finds the requirements under "Votre profil :", the nice-to-have under "Les plus :", the offer under "Nous offrons"', () => {
    expect(bySection(FRENCH, 'requirements')).toEqual([
      'Vous avez au moins 3 ans d’expérience en bureau d’études.',
      'Vous maîtrisez SolidWorks et AutoCAD.',
      'Une bonne connaissance du bois massif et de ses finitions.',
    ]);
    expect(bySection(FRENCH, 'nice')).toEqual(['Une expérience dans le mobilier scolaire']);
    expect(bySection(FRENCH, 'benefits')).toEqual(['Une mutuelle prise en charge à 100 %', 'Deux jours de télétravail par semaine']);
    // The heading as shown, without the colon and the space French puts before it.
    expect(splitDescription(FRENCH.description!.value).headings.map((h) => h.text)).toEqual(['Vos missions', 'Votre profil', 'Les plus', 'Nous offrons']);
  });
});

describe('German headings and sentences', () => {
  it('finds the duties under "Ihre Aufgaben" and the requirements under "Ihr Profil"', () => {
    expect(bySection(GERMAN, 'role')).toEqual([
      'Entwicklung neuer Funktionen für unsere Planungsplattform in TypeScript',
      'Sie betreuen die Schnittstellen zu Wetterdiensten und Netzbetreibern',
      'Code-Reviews und Pair Programming mit dem ganzen Team',
    ]);
    expect(bySection(GERMAN, 'requirements')).toEqual([
      'Sie haben mindestens 4 Jahre Erfahrung in der Softwareentwicklung.',
      'Sehr gute Kenntnisse in TypeScript und PostgreSQL',
      'Abgeschlossenes Studium der Informatik oder eine vergleichbare Ausbildung',
    ]);
    expect(bySection(GERMAN, 'benefits')).toEqual(['30 Tage Urlaub', 'Flexible Arbeitszeiten und Homeoffice']);
  });
});

describe('an English description without headings', () => {
  it('takes "You will…" sentences and a list of verbs for duties', () => {
    expect(bySection(UNSECTIONED, 'role')).toEqual([
      'You will answer technical questions from ferry operators by email and phone.',
      'You’ll reproduce bugs, write clear reports and follow them through with our developers.',
      'You will also keep our help centre articles up to date.',
      'Write and maintain runbooks for the on-call rota',
      'Improve the onboarding guide for new operators',
    ]);
  });

  it('takes "Experience with…", "You have…" and "someone who…" for requirements, and leaves the rest where it was', () => {
    expect(bySection(UNSECTIONED, 'requirements')).toEqual([
      'Experience with SQL and reading logs is important.',
      'You have at least two years in a customer-facing technical role.',
      'We are looking for someone who stays calm when a sailing is delayed and the queue is growing.',
    ]);
    expect(bySection(UNSECTIONED, 'intro')).toEqual([
      'Harbourlight is a small studio that builds booking software for ferry operators.',
      'We are looking for a support engineer to help our customers get the most from the product.',
      'We offer a four-day week and a yearly travel budget.',
    ]);
  });

  it('does not take perks or a welcome for duties', () => {
    expect(shapeOf('You’ll get a yearly learning budget.', false)).toBeNull();
    expect(shapeOf('You will join a team of six.', false)).toBeNull();
    expect(shapeOf('You will need three years of experience with Go.', false)).not.toBe('duty');
    // One verb among perks is not a list of tasks.
    const perks = ['- A chance to shape the product', '- Work with a kind and talented team', '- A culture of openness'].join('\n');
    expect(splitDescription(perks).sentences.map((s) => s.section)).toEqual(['intro', 'intro', 'intro']);
  });

  it('does not take a company name that starts like a degree for a requirement', () => {
    expect(shapeOf('BS-Team recrute un ingénieur.', false)).toBeNull();
    expect(shapeOf('A BS in Computer Science or a related field.', true)).toBe('requirement');
  });
});

describe('plans for these postings', () => {
  for (const [name, p] of [['French', FRENCH], ['German', GERMAN], ['unsectioned English', UNSECTIONED]] as const) {
    it(`grounds at least ${MIN_GROUNDED} research steps and questions honestly on the ${name} posting`, () => {
      const plan = buildPrepPlan(p);
      const report = checkPlan(plan, p);
      expect(groundedCount(p)).toBeGreaterThanOrEqual(MIN_GROUNDED);
      expect(report.grounding.honest).toBeGreaterThanOrEqual(MIN_GROUNDED);
      expect(report.grounding.dishonest).toBe(0);
      expect(report.frameReuse).toBe(0);
      expect(report.entityErrors).toBe(0);
      expect(report.grammar).toBe(0);
      expect(plan.notice ?? '').not.toMatch(THIN_NOTICE);
    });
  }

  it('asks about the posting’s own duties and requirements, quoting them', () => {
    const plan = buildPrepPlan(FRENCH);
    const quotes = [...plan.research, ...plan.questions].map((i) => i.quote);
    const s = analyzePosting(FRENCH);
    const duties = s.responsibilities.map((x) => x.text);
    const requirements = s.requirements.map((x) => x.text);
    // Most of the duties it lists are quoted by some research step or question.
    expect(duties.filter((d) => quotes.includes(d)).length).toBeGreaterThanOrEqual(4);
    expect(quotes.some((q) => q !== null && requirements.includes(q))).toBe(true);
  });
});

describe('the sentence that announces the hire', () => {
  it('is not a duty of the role, in a list of tasks or out of one', () => {
    const announced = posting(
      'Data Engineer',
      'Korvel Freight',
      [
        'Korvel Freight plans truck routes for regional carriers.',
        'What you will do',
        '- We are looking for a data engineer to build the pipelines behind our route planner.',
        '- Build and run the ingestion of GPS and order data from our carriers',
        '- Design the tables the planning team queries every morning',
        '- Nous recherchons un(e) ingénieur(e) pour renforcer l’équipe données.',
        'What you bring',
        '- Three years of experience with Python and SQL in production',
      ].join('\n'),
      'en',
    );
    const duties = statedDuties(analyzePosting(announced)).map((x) => x.text);
    expect(duties).toEqual(['Build and run the ingestion of GPS and order data from our carriers', 'Design the tables the planning team queries every morning']);
  });
});
