/**
 * The writing system a text is in. A page in Hebrew, Thai or Greek whose structured data names
 * the role, the employer or the place in Latin letters ("QA Automation Engineer" over
 * "מהנדס/ת אוטומציה QA") is written for search engines in another language: the user reads,
 * and the plan should quote, what the page shows.
 */
const SCRIPTS: [string, RegExp][] = [
  ['latin', /\p{Script=Latin}/gu],
  ['cyrillic', /\p{Script=Cyrillic}/gu],
  ['greek', /\p{Script=Greek}/gu],
  ['hebrew', /\p{Script=Hebrew}/gu],
  ['arabic', /\p{Script=Arabic}/gu],
  ['thai', /\p{Script=Thai}/gu],
  ['georgian', /\p{Script=Georgian}/gu],
  ['armenian', /\p{Script=Armenian}/gu],
  ['devanagari', /\p{Script=Devanagari}/gu],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu],
];

/** The script most of the text's letters are in (of its first 2,000 characters), or null with no letters. */
export function mainScript(text: string): string | null {
  const sample = text.slice(0, 2000);
  let best: string | null = null;
  let most = 0;
  for (const [name, letters] of SCRIPTS) {
    const count = sample.match(letters)?.length ?? 0;
    if (count > most) [best, most] = [name, count];
  }
  return best;
}

/**
 * A value written wholly in another script than the page's text: not one letter of it in the
 * page's script ("Львів, Ukraine" on a Ukrainian page is the page's own place, with the country
 * added in English).
 */
export function inOtherScript(value: string, pageText: string): boolean {
  const page = mainScript(pageText);
  if (page === null || mainScript(value) === null) return false;
  const letters = SCRIPTS.find(([name]) => name === page)![1];
  letters.lastIndex = 0;
  return !letters.test(value);
}

/** Letters without their accents, in lower case: "Chișinău" and "Chisinau" are one name. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
