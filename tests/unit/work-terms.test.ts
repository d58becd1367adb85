/**
 * The conditions of a job named in other languages (on-call duty, shifts, travel, learning
 * support, working from home), and the plan items they ground in a posting that is not in
 * English: the plan says which of the posting's words it understood, and quotes the sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../src/core/analyze/signals';
import { HOME_WORKING, LEARNING_SUPPORT, ON_CALL, SHIFTS, TRAVEL } from '../../src/core/analyze/work-terms';
import { field, type JobPosting } from '../../src/core/posting';
import { buildPrepPlan } from '../../src/core/prep';

describe('conditions of a job, in several languages', () => {
  it('finds on-call duty and shift work, and not a shift allowance', () => {
    for (const text of ['Teilnahme an der Rufbereitschaft', 'astreintes un week-end sur six', 'reperibilità notturna', 'dyżury telefoniczne', 'on-call rotation']) expect(ON_CALL.test(text), text).toBe(true);
    for (const text of ['Arbeit im 3-Schicht-System', 'travail posté en 3x8', 'trabajo a turnos rotativos', 'praca zmianowa', 'сменный график 2/2', '夜勤あり', 'night shifts', 'a second-shift machinist', 'graveyard shift', 'works 3rd shift']) expect(SHIFTS.test(text), text).toBe(true);
    for (const text of ['Schichtzulagen und Urlaubsgeld', 'Shift differential of $1.25 an hour', 'shifting priorities', 'Rufnummer 0800']) {
      expect(SHIFTS.test(text), text).toBe(false);
      expect(ON_CALL.test(text), text).toBe(false);
    }
  });

  it('finds travel, learning support and working from home, and not a degree asked for', () => {
    for (const text of ['Reisebereitschaft (ca. 20 %)', 'déplacements fréquents en région', 'disponibilità alle trasferte', 'командировки по области', '国内出張あり']) expect(TRAVEL.test(text), text).toBe(true);
    for (const text of ['Gezielte Weiterbildung', 'formation continue', 'plan de formación', 'szkolenia', 'kompetensutveckling', 'tuition reimbursement', 'paid certifications']) expect(LEARNING_SUPPORT.test(text), text).toBe(true);
    for (const text of ['Formation : Bac+5 en finance', 'Ausbildung als Elektroniker', 'Formación: Grado en Derecho']) expect(LEARNING_SUPPORT.test(text), text).toBe(false);
    for (const text of ['2 Tage Homeoffice pro Woche', 'télétravail partiel', 'smart working 2 giorni', 'praca zdalna', '在宅勤務可']) expect(HOME_WORKING.test(text), text).toBe(true);
  });
});

const german: JobPosting = {
  kind: 'posting',
  url: 'https://karriere.example.de/stellen/elektroniker',
  site: null,
  title: field('Elektroniker für Betriebstechnik (m/w/d)', 'heading', 0.9),
  company: field('Fuldatal Kunststofftechnik GmbH', 'json-ld', 0.9),
  location: field('Niederaula', 'label', 0.9),
  description: field(
    [
      'Ihre Aufgaben',
      '- Wartung und Instandsetzung unserer Spritzgießmaschinen und Roboter',
      '- Fehlersuche an elektrischen Steuerungen',
      'Ihr Profil',
      '- Abgeschlossene Ausbildung als Elektroniker/in oder vergleichbar',
      '- Bereitschaft zur Arbeit im 3-Schicht-System sowie zur Teilnahme an der Rufbereitschaft',
      'Wir bieten',
      '- Gezielte Weiterbildung, zum Beispiel zum Techniker oder Meister',
      '- Zwei Tage Homeoffice im Monat für Dokumentation und Planung',
    ].join('\n'),
    'page-text',
    0.9,
  ),
  workMode: null,
  employmentType: null,
  datePosted: null,
  validThrough: null,
  salary: null,
  postedBy: null,
  companyUrl: null,
  companyLogo: null,
  applyUrl: null,
  language: field('de', 'page-text', 0.9),
};

describe('a plan for a posting in German', () => {
  const signals = analyzePosting(german);
  const plan = buildPrepPlan(german);
  const question = (id: string) => plan.questions.find((q) => q.id === id);

  it('reads the conditions the posting names in German', () => {
    expect(signals.onCall?.words).toBe('Rufbereitschaft');
    expect(signals.shifts?.words).toBe('3-Schicht-System');
    expect(signals.learningSupport?.words).toBe('Weiterbildung');
    expect(signals.workMode).toEqual({ value: 'hybrid', quote: 'Zwei Tage Homeoffice im Monat für Dokumentation und Planung', words: 'Homeoffice' });
  });

  it('asks about each, says which words it understood, and quotes the sentence', () => {
    expect(question('ask-on-call')).toMatchObject({ why: 'The posting mentions on-call duty (“Rufbereitschaft”).', quote: 'Bereitschaft zur Arbeit im 3-Schicht-System sowie zur Teilnahme an der Rufbereitschaft', general: false });
    expect(question('ask-shifts')).toMatchObject({ why: 'The posting mentions shift work (“3-Schicht-System”).', quote: 'Bereitschaft zur Arbeit im 3-Schicht-System sowie zur Teilnahme an der Rufbereitschaft', general: false });
    expect(question('ask-growth')).toMatchObject({ why: 'The posting offers learning support (“Weiterbildung”); ask how it works in practice.', quote: 'Gezielte Weiterbildung, zum Beispiel zum Techniker oder Meister', general: false });
    expect(question('ask-work-mode')).toMatchObject({ why: 'The posting describes the role as hybrid (“Homeoffice”).', quote: 'Zwei Tage Homeoffice im Monat für Dokumentation und Planung', general: false });
  });

  it('names no term in a posting in English', () => {
    const english = analyzePosting({ ...german, language: field('en', 'page-text', 0.9), description: field('What you will do\n- Join the on-call rotation one week in six.', 'page-text', 0.9) });
    expect(english.onCall?.words).toBe('on-call');
    const plan = buildPrepPlan({ ...german, language: field('en', 'page-text', 0.9), description: field('What you will do\n- Join the on-call rotation one week in six.', 'page-text', 0.9) });
    expect(plan.questions.find((q) => q.id === 'ask-on-call')?.why).toBe('The posting mentions on-call duty.');
  });
});
