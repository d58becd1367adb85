/**
 * An employer's name as the page writes it, found from a shorter form of it: its initials
 * ("ECOA", spelled out once as "the European Coastal Observation Agency (ECOA)") or the
 * letters of its address ("gullandlantern.com" for "Gull & Lantern Books").
 */
import { foldAccents } from './script';

/** Words an organisation's initials skip: "Organization for Drylands and Soil" is "ODS". */
const SKIPPED_IN_INITIALS = /^(?:of|for|and|the|on|in|de|des|du|do|da|dos|das|la|le|für|und|der|di|del|van|voor|en|et|y|e|&)$/i;

/**
 * The full name an acronym stands for, where the text spells it out before it in brackets:
 * "The European Coastal Observation Agency (ECOA) was set up…" gives "European Coastal
 * Observation Agency" for "ECOA" (or "Ecoa", as an address writes it).
 */
export function fullNameOfInitials(initials: string, text: string): string | null {
  const letters = initials.trim();
  if (!/^\p{L}{2,8}$/u.test(letters)) return null;
  const key = foldAccents(letters);
  for (const match of text.matchAll(/\(([\p{Lu}]{2,8})\)/gu)) {
    if (foldAccents(match[1]!) !== key) continue;
    // Up to twelve words before the brackets, read backwards until the initials are spent.
    const words = text.slice(Math.max(0, match.index - 200), match.index).trim().split(/\s+/).slice(-12);
    let spelled = '';
    for (let start = words.length - 1; start >= 0; start--) {
      const word = words[start]!;
      if (/[.!?:;]$/.test(word)) break;
      if (SKIPPED_IN_INITIALS.test(word)) continue;
      if (!/^\p{Lu}/u.test(word)) break;
      spelled = foldAccents(word.charAt(0)) + spelled;
      if (spelled === key) return words.slice(start).join(' ').replace(/[,]$/, '');
      if (!key.endsWith(spelled)) break;
    }
  }
  return null;
}

/**
 * The name whose initials the employer goes by, where the text writes it without brackets:
 * "MVS" for "A Metalúrgica Vale do Sousa, S.A., empresa do sector…". Capitalised words side by
 * side (the small words of names skipped), their first letters the initials, three or more.
 */
export function nameWithTheseInitials(initials: string, text: string): string | null {
  const letters = initials.trim();
  if (!/^\p{Lu}{3,6}$/u.test(letters)) return null;
  const key = foldAccents(letters);
  const words = [...text.matchAll(/[\p{L}&][\p{L}\p{M}'’&-]*/gu)];
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]![0]) || foldAccents(words[i]![0].charAt(0)) !== key[0]) continue;
    let spelled = '';
    let j = i;
    for (; j < words.length && spelled.length < key.length; j++) {
      const word = words[j]![0];
      // Words apart by more than a space are not one name.
      if (j > i && !/^\s+$/.test(text.slice(words[j - 1]!.index + words[j - 1]![0].length, words[j]!.index))) break;
      if (j > i && SKIPPED_IN_INITIALS.test(word)) continue;
      if (!/^\p{Lu}/u.test(word)) break;
      spelled += foldAccents(word.charAt(0));
      if (!key.startsWith(spelled)) break;
    }
    // ("Kinnear Valley Health's North Campus": the name without its possessive.)
    if (spelled === key) return text.slice(words[i]!.index, words[j - 1]!.index + words[j - 1]![0].length).replace(/['’]s$/u, '');
  }
  return null;
}

/**
 * A name that opens with initials ("GD Marés do Sado", "FC Lindholm") in full where the text
 * writes the words they stand for before the rest: "Grupo Desportivo Marés do Sado".
 */
export function fullNameWithInitials(name: string, text: string): string | null {
  const found = /^(\p{Lu}{2,5})\s+(\p{Lu}.{2,60})$/u.exec(name.trim());
  if (!found) return null;
  const [, initials, rest] = found as unknown as [string, string, string];
  for (let at = text.indexOf(rest); at >= 0; at = text.indexOf(rest, at + 1)) {
    const words = text.slice(Math.max(0, at - 120), at).trim().split(/\s+/).slice(-initials.length);
    if (words.length === initials.length && words.every((w, i) => /^\p{Lu}\p{Ll}/u.test(w) && foldAccents(w.charAt(0)) === foldAccents(initials.charAt(i)))) {
      return `${words.join(' ')} ${rest}`;
    }
  }
  return null;
}

/** A word of the text and where it ends, so that only words side by side are joined. */
interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * The name the text writes whose letters are the address's label: "Gull & Lantern" for
 * "gullandlantern", "Port Ardlinn Harbour" for "portardlinnharbour". Only capitalised words
 * side by side count ("&" read as "and" or as nothing), and only labels long enough that a
 * chance match is unlikely.
 */
export function nameSpelledBy(label: string, text: string): string | null {
  const target = foldAccents(label).replace(/[^\p{L}\p{N}]/gu, '');
  if (target.length < 6) return null;
  const words: Word[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+|&/gu)) words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (!/^\p{Lu}/u.test(first.text) || !target.startsWith(foldAccents(first.text))) continue;
    let spelled = foldAccents(first.text);
    let j = i + 1;
    while (spelled.length < target.length && j < words.length) {
      const next = words[j]!;
      // Words apart by more than a space or a joining mark are not one name.
      if (!/^[ \u00a0'’-]{0,3}$/u.test(text.slice(words[j - 1]!.end, next.start))) break;
      const ways = next.text === '&' ? ['and', ''] : /^\p{Lu}|^\p{N}/u.test(next.text) ? [foldAccents(next.text)] : [];
      const way = ways.find((w) => target.startsWith(spelled + w));
      if (way === undefined) break;
      spelled += way;
      j++;
    }
    if (spelled === target && words[j - 1]!.text !== '&') return text.slice(first.start, words[j - 1]!.end);
  }
  return null;
}

/** Words of a registered name that say what kind of body it is, not which: "Holdings", "Group", "Comércio". */
const KIND_OF_BODY = /^(?:holdings?|group|gruppe|groupe|grupo|gruppo|groep|koncern|konzern|company|companies|enterprises?|industries|international|services|comércio|comercio|commerce|utilidades|domésticas|distribución|distribuição|participações|inversiones|investments?|llc|inc|ltd|limited|corp|corporation|sa|s\.a\.?|gmbh|ag|plc)$/iu;

/**
 * The name a company trades under, where structured data gives its registered or its group's
 * name and the posting's text never writes that: "Cardinal Ridge Markets" of "Cardinal Ridge
 * Holdings, LLC", "Casa Vitória" of "Vitória Comércio de Utilidades Domésticas S.A.". A run of
 * capitalised words in the text that holds a distinctive word of the name, written at least
 * twice, and not the name itself.
 */
export function tradingNameInText(registered: string, text: string): string | null {
  const bare = registered.replace(/[,.]/g, ' ').replace(/\s+/g, ' ').trim();
  if (text.toLowerCase().includes(bare.toLowerCase())) return null;
  const distinctive = bare.split(' ').filter((word) => word.length >= 4 && /^\p{Lu}/u.test(word) && !KIND_OF_BODY.test(word));
  if (distinctive.length === 0) return null;
  const counts = new Map<string, number>();
  for (const match of text.slice(0, 20_000).matchAll(/\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:de|do|da|del|di|of|and|&)\s+)?\p{Lu}[\p{L}'’&-]*){1,3}/gu)) {
    // (Without the article a sentence opens with: "A Casa Vitória nasceu…".)
    const phrase = match[0].replace(/^(?:The|A|O|La|Le|El|Il|Die|Der|Das|De|Het)\s+(?=\p{Lu})/u, '');
    const words = phrase.split(/\s+/);
    // (Not the registered name cut short: "Aurach Kunststofftechnik" of "Aurach Kunststofftechnik GmbH".)
    // (A distinctive word in the genitive, "Lövkojans Mat & Catering AB", is the name of "Restaurang Lövkojan".)
    if (!distinctive.some((word) => words.includes(word) || words.includes(word.replace(/(?:['’]s|s)$/u, ''))) || words.some((word) => KIND_OF_BODY.test(word)) || words.every((word) => bare.split(' ').includes(word))) continue;
    counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
  }
  const best = [...counts.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : null;
}
