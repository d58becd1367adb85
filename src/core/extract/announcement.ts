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

/** "Now hiring: X" on a line of its own, or after a sentence. */
const HIRING_LINE = /(?:^|\n|[.!]\s+)\s*(?:now hiring|we(?:['’]re| are) hiring|hiring|job opening|open position|wir suchen|on recrute|se busca)\s*[:–—-]\s*([^\n.!?]{3,80})/giu;

/** "We're hiring a X", "we are looking for a X to join", "Acme is seeking an X": one role, so "a" or "an" ("hiring across engineering" names none). */
const HIRING_SENTENCE =
  /\b(?:we(?:['’]re| are)|i(?:['’]m| am)|(?:is|are)) (?:hiring|looking for|seeking|searching for|recruiting) (?:an?|our(?: next| new)?|one|a new|an experienced) ([\p{L}][\p{L}'’/&-]*(?:\s[\p{L}][\p{L}'’/&-]*){0,5}?)(?=\s+(?:to join|at|in|for|who|with|based|on|to)\b|\s*[.,;:!?(—–]|[ \t]*\n|$)/giu;

/** "… at Harborline Analytics": a capitalised name of up to four words. */
const AT_EMPLOYER = /^\s+at\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})/u;

/** The first announcement in a text whose role reads as a job title. */
export function hiringAnnouncement(text: string): Announcement | null {
  const found: { index: number; title: string; company: string | null }[] = [];
  for (const pattern of [HIRING_LINE, HIRING_SENTENCE]) {
    for (const match of text.matchAll(pattern)) {
      const title = match[1]!.trim().replace(/[\s,;:–—-]+$/, '');
      if (title.length < 3 || !looksLikeJobTitle(title)) continue;
      const after = text.slice(match.index + match[0].length);
      found.push({ index: match.index, title, company: AT_EMPLOYER.exec(after)?.[1]?.replace(/[.,]$/, '') ?? null });
      break;
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found[0] ? { title: found[0].title, company: found[0].company } : null;
}
