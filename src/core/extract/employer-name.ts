/**
 * What cannot be an employer's name, whatever the page puts where a name would be: a date
 * ("March 2025", the issue of a newsletter), a pronoun or a greeting ("We're", "Hello"), a
 * hiring phrase ("Studio Notes: We're hiring: Junior Designer"), a heading of jobs ("Paid
 * Positions", "Current Vacancies"), a section or navigation word ("About Us") or a vacancy's code ("3AB41d").
 */
import { isNavigationHeading } from './navigation-heading';
import { CODE } from './title-patterns';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const SITE_PURPOSE =
  '^(?:online\\s+|e-?)?(?:recruitment|recruiting|careers?|jobs?|karriere|stellen(?:angebote)?|talent|applicant|bewerber|vacatures)(?:\\s*(?:&|and|und|et|\\+|-)?\\s*(?:portal|platform|site|cent(?:er|re)|karriere|careers?|jobs?|board|system|hub|zone|opportunities))+$';

/** A name that only says what the site is for ("Recruitment Portal", "Recruitmentplatform"): no one's name. */
export function namesSitePurpose(name: string): boolean {
  return new RegExp(SITE_PURPOSE, 'iu').test(name.trim());
}

const NOT_A_NAME = new RegExp(
  [
    `^${MONTH}\\.?(?:\\s+\\d{1,2})?,?\\s+\\d{4}$`,
    '^\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}$',
    "^(?:we|we['’](?:re|ll|ve)|our|us|i|i['’]m|you|your|they|join|hello|hi|dear)(?:\\s|$)",
    "\\bwe(?:['’]re| are) hiring\\b|\\bnow hiring\\b|\\bhiring:",
    // A board's section: "Jobs in Singapore", "Nursing vacancies in Leeds".
    '^(?:[\\p{L}-]+\\s+){0,2}(?:jobs|vacancies|careers|openings)\\s+(?:in|at|near|for)\\s',
    // A board's link for employers: "Post a Job", "Advertise your vacancy".
    '^(?:post|list|advertise|submit|place|add)\\s+(?:a|an|your)?\\s*(?:free\\s+)?(?:jobs?|vacanc(?:y|ies)|ads?|advert|opening)(?:\\s+(?:now|here|free|today))?$',
    '^(?:(?:paid|open|current|available|volunteer|part-time|full-time|job|career|employment)\\s+)?(?:positions|vacancies|openings|opportunities|jobs|postings|listings)$',
    // What the site is for, not whose it is: "Recruitment Portal", "Jobs & Karriere", "Recruitmentplatform".
    SITE_PURPOSE,
    // A body of the employer's people: "the Management Committee", "the Selection Panel".
    '^(?:the\\s+)?(?:management|hiring|selection|recruitment|interview|executive|steering|appointments?)\\s+(?:committee|panel|board|team)$',
    // A word for whoever hires, or a heading over their details, in place of a name: "Entreprise : Agence",
    // "Работодател", "Thông tin công ty" ("company information"), "Empresa: Confidencial".
    '^(?:the )?(?:agency|agence|agencia|agenzia|agentur|employer|employeur|empleador|arbeitgeber|работодател[ьи]?|роботодавець|company|entreprise|empresa|firma|' +
      'company (?:information|info|details|profile)|about the (?:company|employer)|informations? (?:sur l[\'’])?entreprise|información de la empresa|firmenprofil|' +
      'thông tin công ty|giới thiệu công ty|firma bilgileri|şirket bilgileri|confidential|confidencial|confidentiel|vertraulich|riservato|anonymous|anonyme|anónim[oa]|' +
      'bilingual|bilingue|bilingüe|zweisprachig|' +
      // "About the company" over a company card, and a board's corner for employers, in the other languages read.
      'о компании|о работодателе|про компанію|про роботодавця|o firmie|o pracodawcy|o společnosti|o spoločnosti|o kompaniji|за компанията|' +
      'درباره شرکت|درباره ما|معرفی شرکت|عن الشركة|نبذة عن الشركة|' +
      '(?:for |para |pour les |für |dla |для |بخش )?(?:employers|empleadores|empresas|employeurs|arbeitgeber|pracodawców|работодател(?:ей|ям)|роботодавців|роботодавцям|کارفرمایان|أصحاب العمل))$',
  ].join('|'),
  'iu',
);

/**
 * A phrase that opens with two words in lower case ("gern auch Teilzeit"): names are capitalised
 * in the scripts that have capitals (Georgian's letters are all "lower case"). Case-sensitive on purpose.
 */
const LOWER_CASE_PHRASE = /^(?=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{Ll}+\s+\p{Ll}+\s/u;

/** A question or a call to act ("¿Eres empresa? Publica aquí", "Hiring? Post a job"): a link of the site's, not a name. */
const QUESTION = /[?？¿]/u;
/** A mail address ("jobs@groups.io", a list's own) or a list's tag in square brackets ("[OSGeo-Discuss]"): a place to write to, not who hires. */
const MAIL_OR_TAG = /^\S+@[\w-]+\.[\w.-]+$|^\[[^\]]+\]$/u;
/** A street address ("台中市西屯區文心路三段241號", "14 Mill Road"): where, not who. */
/** A company card's facts ("Logiciels · 20 à 49 salariés", "Software · 51-200 employees"): its size, not its name. */
const HEADCOUNT = /\d[\d\s.,]*(?:\s*(?:à|to|a|bis|-|–)\s*\d[\d\s.,]*)?\+?\s*(?:salariés|employés|employees|staff|people|Mitarbeiter(?:innen)?|empleados|dipendenti|medewerkers|ansatte|anställda|pracowników)\b/iu;
const ADDRESS = /\d.*(?:[路街道號巷弄段]|\b(?:street|road|avenue|lane|st|rd)\b\.?)|(?:[路街道巷弄段]|\b(?:street|road|avenue|lane)\b).*\d/iu;

export function isEmployerName(name: string): boolean {
  const text = name.trim();
  if (LOWER_CASE_PHRASE.test(text) || QUESTION.test(text) || ADDRESS.test(text) || HEADCOUNT.test(text) || MAIL_OR_TAG.test(text)) return false;
  // A name has letters ("100 %" is a workload), and no pictographs ("turno da manhã 📍 Flor de Trigo").
  return text.length >= 2 && /\p{L}.*\p{L}/u.test(text) && !/\p{Extended_Pictographic}/u.test(text) && !NOT_A_NAME.test(text) && !CODE.test(text) && !isNavigationHeading(text);
}
