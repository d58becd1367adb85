/**
 * A hiring announcement names the role, and often the employer: "Now hiring: Registered
 * Dental Hygienist", "We're hiring a Senior Data Engineer at Harborline Analytics", "we are
 * looking for a part-time bookkeeper to join our office". Pages outside job boards (a post, a
 * newsletter, a small business's own site) often give the role nowhere else: their heading is
 * a person's name, a greeting or "Join our team!".
 */
import { looksLikeJobTitle } from './role-words';

export interface Announcement {
  title: string;
  /** The employer the announcement names ("… at Harborline Analytics"), or null. */
  company: string | null;
}

/**
 * "Now hiring: X" on a line of its own, or after a sentence, in the languages posts are
 * written in ("🔥 ВАКАНСИЯ: оператор…", "Szukamy: magazyniera"); a mark or two may open the line.
 */
const HIRING_LINE =
  /(?:^|\n|[.!]\s+)[^\p{L}\p{N}\n]{0,4}(?:now hiring|we(?:['’]re| are) hiring|hiring|job opening|open position|vacancy|wir suchen|stellenangebot|on recrute|offre d['’]emploi|se busca|buscamos|cercasi|cerchiamo|procuramos|vaga|zoeken|vacature|vi söker|vi søger|vi søker|szukamy|hledáme|hľadáme|вакансия|вакансія|требуется|потрібен|потрібна)\s*[:–—-]\s*([^\n.!?|…]{3,80})/giu;

/** "We're hiring a X", "we are looking for a X to join", "Acme is seeking an X": one role, so "a" or "an" ("hiring across engineering" names none). */
const HIRING_SENTENCE =
  /\b(?:we(?:['’]re| are)|i(?:['’]m| am)|(?:is|are)) (?:hiring|looking for|seeking|searching for|recruiting) (?:(?:an?|our)(?: (?:next|new|first|second|third|fourth|additional|experienced))?|one|another) ([\p{L}][\p{L}'’/&-]*(?:\s[\p{L}][\p{L}'’/&-]*){0,5}?)(?=\s+(?:to join|at|in|for|who|with|based|on|to)\b|\s*[.,;:!?(—–]|[ \t]*\n|$)/giu;

/**
 * "LICENSED PRACTICAL NURSE needed full time…", "Experienced line cook wanted for…": a
 * classified ad opens with the role and says it is sought, on a line of its own or to start
 * the ad's text.
 */
const ROLE_SOUGHT_LINE = /(?:^|\n)[^\p{L}\p{N}\n]{0,4}(\p{L}[\p{L}'’/&.-]*(?:[ \t]+\p{L}[\p{L}'’/&.-]*){0,5}?)[ \t]+(?:urgently[ \t]+)?(?:needed|wanted|required)\b/giu;

/** "LICENSED PRACTICAL NURSE" as people write it: "Licensed Practical Nurse". */
export function unshouted(role: string): string {
  if (/\p{Ll}/u.test(role) || !/\p{Lu}{2}/u.test(role)) return role;
  return role
    .toLowerCase()
    .replace(/(^|[\s/(-])(\p{L}+)/gu, (whole, before: string, word: string) =>
      before !== '' && SMALL_WORDS.has(word) ? whole : before + word.charAt(0).toUpperCase() + word.slice(1),
    );
}

/** Words a title leaves in lower case: "Estágio em Engenharia Civil", "Head of Sales". */
const SMALL_WORDS = new Set('a an and at de del della des di do da dos das du e el em en et for für i in la le les of og och on or the to und van von y'.split(' '));

/** "… at Harborline Analytics": a capitalised name of up to four words. */
const AT_EMPLOYER = /^\s+at\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})/u;

/** Words of a job's kind or level, which name the role with it. */
const KIND_OR_LEVEL = /\b(?:part[- ]time|full[- ]time|temporary|seasonal|permanent|casual|contract|freelance|remote|hybrid|senior|junior|lead|principal|chief|head|assistant|associate|trainee|apprentice|volunteer|paid|unpaid|interim|relief|locum|night|weekend|evening|summer|student|graduate|entry[- ]level|mid[- ]level)\b/i;

/** "a person", "someone", "a new colleague": words for anyone, which name no role. */
const SOMEONE = /\b(?:person|people|someone|somebody|candidate|candidates|colleague|colleagues|individual|friend|hand|hands|volunteers?|few|couple)$/i;

/** The first announcement in a text whose role reads as a job title. */
export function hiringAnnouncement(text: string): Announcement | null {
  const found: { index: number; title: string; company: string | null }[] = [];
  for (const pattern of [HIRING_LINE, HIRING_SENTENCE, ROLE_SOUGHT_LINE]) {
    for (const match of text.matchAll(pattern)) {
      // A role written in lower case ends where a capitalised word begins: the next sentence,
      // run on where a title lost its line break ("оператор цифровой печати Типография …").
      const role = pattern === HIRING_LINE && /^\p{Ll}/u.test(match[1]!) ? match[1]!.split(/\s+(?=[\p{Lu}«"„“])/u)[0]! : match[1]!;
      const spoken = unshouted(role.trim().replace(/[\s,;:–—-]+$/, ''));
      // "a hands-on Store Supervisor", "a friendly Shift Lead": words in lower case before a role
      // written with capitals describe the person sought, not the role. (Words of the job's kind
      // or level stay: "a part-time Volunteer Coordinator", "a senior Data Analyst".)
      const lead = /^(?:\p{Ll}[\p{L}'’-]*\s+){1,2}(?=\p{Lu})/u.exec(spoken)?.[0];
      const described = lead && !KIND_OR_LEVEL.test(lead) ? spoken.slice(lead.length) : null;
      const title = described && looksLikeJobTitle(described) ? described : spoken;
      const after = text.slice(match.index + match[0].length);
      // "looking for a part-time bookseller to join us": a person sought to join names a role,
      // in words no list of roles may know.
      const joins = pattern === HIRING_SENTENCE && /^\s+to (?:join|work with|work alongside)\b/i.test(after) && title.split(' ').length <= 4 && !SOMEONE.test(title);
      if (title.length < 3 || !(looksLikeJobTitle(title) || joins)) continue;
      found.push({ index: match.index, title, company: AT_EMPLOYER.exec(after)?.[1]?.replace(/[.,]$/, '') ?? null });
      break;
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found[0] ? { title: found[0].title, company: found[0].company } : null;
}
