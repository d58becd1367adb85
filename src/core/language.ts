/**
 * The language of a posting, from its own words. The page's lang attribute is not enough:
 * Jobindex serves English ads inside a Danish site. Counting the commonest function
 * words of each language is accurate on anything paragraph-long and costs microseconds.
 */

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'you', 'with', 'our', 'for', 'will', 'are', 'we', 'to', 'of', 'in', 'your', 'is', 'a', 'an'],
  de: ['und', 'der', 'die', 'das', 'mit', 'wir', 'sie', 'für', 'ist', 'ein', 'eine', 'zu', 'von', 'auf', 'bei', 'im'],
  fr: ['et', 'les', 'des', 'le', 'la', 'vous', 'nous', 'pour', 'avec', 'une', 'un', 'est', 'dans', 'du', 'sur', 'au'],
  es: ['y', 'los', 'las', 'el', 'la', 'de', 'con', 'para', 'una', 'un', 'que', 'en', 'del', 'por', 'nuestro', 'es'],
  nl: ['en', 'de', 'het', 'een', 'van', 'met', 'voor', 'je', 'jij', 'wij', 'we', 'zijn', 'op', 'ons', 'is', 'bij'],
  da: ['og', 'det', 'en', 'af', 'til', 'med', 'for', 'du', 'vi', 'er', 'på', 'som', 'har', 'vores', 'din', 'at'],
  sv: ['och', 'det', 'en', 'av', 'till', 'med', 'för', 'du', 'vi', 'är', 'på', 'som', 'har', 'vår', 'din', 'att'],
  it: ['e', 'il', 'la', 'di', 'che', 'per', 'con', 'una', 'un', 'del', 'della', 'sono', 'nel', 'le', 'gli', 'è'],
  pt: ['e', 'o', 'a', 'os', 'as', 'de', 'com', 'para', 'uma', 'um', 'que', 'em', 'do', 'da', 'nossa', 'você'],
  pl: ['i', 'w', 'z', 'na', 'się', 'do', 'nie', 'że', 'jest', 'oraz', 'dla', 'od', 'po', 'przez', 'lub', 'jak'],
  cs: ['a', 'v', 'se', 'na', 'je', 'že', 's', 'pro', 'do', 'jsou', 'jako', 'nebo', 'od', 'při', 'které', 'také'],
  hr: ['i', 'u', 'je', 'na', 'se', 'za', 'od', 'su', 'da', 'što', 'koji', 'ili', 'kao', 'smo', 'će', 'sa'],
  tr: ['ve', 'bir', 'bu', 'ile', 'için', 'da', 'de', 'olarak', 'çok', 'olan', 'veya', 'en', 'ise', 'gibi', 'sahip', 'iş'],
  ro: ['și', 'în', 'de', 'la', 'cu', 'pe', 'care', 'pentru', 'este', 'un', 'o', 'din', 'sau', 'mai', 'sunt', 'vă'],
};

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), lang]);
}

export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', de: 'German', fr: 'French', es: 'Spanish', nl: 'Dutch', da: 'Danish', sv: 'Swedish', it: 'Italian', pt: 'Portuguese',
  pl: 'Polish', cs: 'Czech', hr: 'Croatian', tr: 'Turkish', ro: 'Romanian', ru: 'Russian', uk: 'Ukrainian', bg: 'Bulgarian', el: 'Greek',
  ja: 'Japanese', ko: 'Korean', zh: 'Chinese', ar: 'Arabic', he: 'Hebrew', th: 'Thai', ka: 'Georgian',
  // Languages read only from the page's lang attribute, named in the plan's notice all the same.
  nb: 'Norwegian', no: 'Norwegian', fi: 'Finnish', hu: 'Hungarian', sk: 'Slovak', sl: 'Slovenian', sr: 'Serbian', lt: 'Lithuanian', lv: 'Latvian',
  et: 'Estonian', vi: 'Vietnamese', id: 'Indonesian', ms: 'Malay', cy: 'Welsh', ga: 'Irish', mi: 'Māori', hi: 'Hindi', fa: 'Persian', ur: 'Urdu',
};

/**
 * Scripts that name their language (or a small family, told apart by letters only one of them
 * uses): a text mostly in one of them is in that language whatever its function words.
 */
const SCRIPTS: [string, RegExp][] = [
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['ko', /\p{Script=Hangul}/gu],
  ['zh', /\p{Script=Han}/gu],
  ['ar', /\p{Script=Arabic}/gu],
  ['he', /\p{Script=Hebrew}/gu],
  ['th', /\p{Script=Thai}/gu],
  ['el', /\p{Script=Greek}/gu],
  ['ka', /\p{Script=Georgian}/gu],
  ['cyrillic', /\p{Script=Cyrillic}/gu],
];

/** Russian, Ukrainian or Bulgarian, by the letters only one of them writes. */
function cyrillicLanguage(text: string): string {
  if (/[іїєґ]/iu.test(text)) return 'uk';
  if (/[ыэё]/iu.test(text)) return 'ru';
  if (/[ъ]/iu.test(text) && !/[ы]/iu.test(text)) return 'bg';
  return 'ru';
}

function scriptLanguage(sample: string): string | null {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  // Japanese writes kanji beside its kana: any kana makes it Japanese rather than Chinese.
  const counts = SCRIPTS.map(([lang, pattern]) => [lang, sample.match(pattern)?.length ?? 0] as const);
  const kana = counts[0]![1];
  if (kana >= letters * 0.05) return 'ja';
  const [lang, count] = counts.slice(1).reduce((best, next) => (next[1] > best[1] ? next : best));
  if (count < letters * 0.3) return null;
  return lang === 'cyrillic' ? cyrillicLanguage(sample) : lang;
}

/** The detected language code, or null when the text is too short to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 2_500);
  const byScript = scriptLanguage(sample);
  if (byScript) return byScript;
  // A few hundred words decide it; reading more only costs time. A plain character class is
  // several times faster than \p{L} here, and the stopwords are all Latin script.
  const words = sample.toLowerCase().split(/[^a-zà-öø-ÿæœßąćęłńśźżčďěňřšťůžđğışșţțăâî]+/);
  if (words.length < 13) return null;
  const counts = new Map<string, number>();
  for (const word of words) {
    for (const lang of LOOKUP.get(word) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 4) return null;
  // In a language with no list here (Croatian, Finnish), a few short words match some list by
  // chance; the language whose words these are makes up far more of the text.
  if (best[1] < words.length * 0.08) return null;
  // A near tie between close languages (Danish and Swedish, Spanish and Portuguese) is not an answer.
  if (second && second[1] > best[1] * 0.9) return null;
  return best[0];
}
