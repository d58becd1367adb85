/**
 * Fillers that read as a person wrote them: "a" or "an" by sound (an SQL database, a UX
 * review, an hour, a user), lists of one, two or many, plurals, and names kept exactly as
 * their owners write them (iOS, eBay, .NET): nothing here changes a name's case.
 */

/** Letters whose spoken name starts with a vowel sound: "an F1 team", "an SRE", "an ML model". */
const VOWEL_SOUND_LETTERS = new Set('AEFHILMNORSX'.split(''));

export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const word = phrase.trim().split(/[\s-]/)[0] ?? '';
  if (!word) return 'a';
  // Initialisms are read letter by letter: an SQL, an HR, a UX, a QA.
  // So are capitals that run into another script ("NC旋盤オペレーター").
  if (/^[A-Z][A-Z0-9&]+s?(?![A-Za-z])/.test(word) || /^[A-Z](?![A-Za-z])/.test(word)) return VOWEL_SOUND_LETTERS.has(word[0]!) ? 'an' : 'a';
  const lower = word.toLowerCase();
  if (/^\d/.test(lower)) return /^(?:8|11|18|8\d)(?:\D|$)/.test(lower) ? 'an' : 'a';
  if (/^(?:hour|honest|honou?r|heir)/.test(lower)) return 'an';
  if (/^(?:uni|use|usu|uti|ure|eu|one|once|ubiq|ufo)/.test(lower)) return 'a';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

export function withArticle(phrase: string): string {
  return `${indefiniteArticle(phrase)} ${phrase}`;
}

/** "A", "A and B", "A, B, and C". */
export function joinList(items: readonly string[], conjunction = 'and'): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0]!;
  if (items.length === 2) return `${items[0]} ${conjunction} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items[items.length - 1]}`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}

export function countOf(count: number, singular: string, pluralForm?: string): string {
  const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  return `${words[count] ?? String(count)} ${plural(count, singular, pluralForm)}`;
}

/** Capitalise a sentence's first letter, unless it begins with a name written in its own case (iOS, eBay). */
export function capitalize(sentence: string): string {
  const first = sentence.split(/\s/)[0] ?? '';
  if (/^[a-z]+[A-Z]/.test(first)) return sentence;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * Text to go inside double quotation marks: its own quotations become single ones, so
 * “innovative, “hands-on” and flexible” reads “innovative, ‘hands-on’ and flexible”.
 */
export function nestQuotes(text: string): string {
  return text.replace(/“([^“”]*)”/g, '‘$1’').replace(/"([^"]*)"/g, '‘$1’');
}

/** A quoted snippet for inside a sentence: the start of the text, cut at a word boundary. */
export function snippet(text: string, max = 90): string {
  const clean = nestQuotes(text.replace(/\s+/g, ' ').trim().replace(/[.;:,]+$/, ''));
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[,;:]$/, '') + '…';
}

/** The possessive of a name: "Ramp's", "Hugging Face's", "Siemens'". */
export function possessive(name: string): string {
  return /s$/i.test(name) && !/ss$/i.test(name) ? `${name}’` : `${name}’s`;
}

/** What a page puts before the role: "Offre d'emploi :", "Vacature:", "Now hiring:", "We're hiring a". */
const HIRING_LEAD = /^(?:(?:job|vacancy|position|opening|now hiring|hiring|we(?:['’]re| are) hiring|offre d['’]emploi|stellenangebot|stellenanzeige|vacature|oferta(?: de (?:empleo|trabajo))?|annonce|ledig stilling|lediga jobb|ledig stilling)\s*[:–—-]\s*|we(?:['’]re| are) (?:hiring|looking for|seeking) (?:an? |our )?)/i;
/** What it puts after: "Wanted!", "needed", "(m/w/d)", "H/F", an exclamation mark. */
const HIRING_TAIL = /(?:\s+(?:wanted|needed|required)\b|\s*!+|\s*\(?\b(?:[mwfdhvx]\*?\/[mwfdhvx](?:\*?\/[mwfdhvx])?|all genders)\b\)?)+\s*$/i;

/**
 * The core of a title, as a sentence can hold it: "Senior Backend Engineer" of "Senior
 * Backend Engineer, Payments Platform" (a title's own commas read as the sentence's: "the
 * Account Executive, Europe role"), of "Social Media Specialist Wanted!" and of "Vacature:
 * Beleidsmedewerker Duurzaamheid"; "Industriemechaniker" of "Industriemechaniker (m/w/d)
 * Instandhaltung". The posting keeps the page's title; only the plan's sentences use this.
 */
export function coreTitle(title: string): string {
  const bare = title.replace(HIRING_LEAD, '').replace(HIRING_TAIL, '').trim();
  const core = bare.split(/\s*[,(–—|!]\s*|\s+-\s+/)[0]!.trim();
  return core.length >= 2 ? core : title;
}
