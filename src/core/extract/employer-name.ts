/**
 * What cannot be an employer's name, whatever the page puts where a name would be: a date
 * ("March 2025", the issue of a newsletter), a pronoun or a greeting ("We're", "Hello"), a
 * hiring phrase ("Studio Notes: We're hiring: Junior Designer"), a heading of jobs ("Paid
 * Positions", "Current Vacancies") or a section or navigation word ("About Us").
 */
import { isNavigationHeading } from './navigation-heading';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const NOT_A_NAME = new RegExp(
  [
    `^${MONTH}\\.?(?:\\s+\\d{1,2})?,?\\s+\\d{4}$`,
    '^\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}$',
    "^(?:we|we['’](?:re|ll|ve)|our|us|i|i['’]m|you|your|they|join|hello|hi|dear)(?:\\s|$)",
    "\\bwe(?:['’]re| are) hiring\\b|\\bnow hiring\\b|\\bhiring:",
    '^(?:(?:paid|open|current|available|volunteer|part-time|full-time|job|career|employment)\\s+)?(?:positions|vacancies|openings|opportunities|jobs|postings|listings)$',
  ].join('|'),
  'iu',
);

export function isEmployerName(name: string): boolean {
  const text = name.trim();
  // A name has letters ("100 %" is a workload), and no pictographs ("turno da manhã 📍 Flor de Trigo").
  return text.length >= 2 && /\p{L}.*\p{L}/u.test(text) && !/\p{Extended_Pictographic}/u.test(text) && !NOT_A_NAME.test(text) && !isNavigationHeading(text);
}
