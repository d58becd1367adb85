/**
 * Recruiting agencies: how a posting shows that the name on it is an agency's, hiring for an
 * employer it may not name. Shared by extraction (which employer to report) and analysis (a
 * plan for an unnamed employer starts by finding out who it is).
 */

/** Names agencies give themselves ("… Recruitment", "… Staffing", "… Talent Solutions", the large networks). */
const AGENCY_NAME =
  /\b(?:recruitment|recruiting (?:agency|partners|group|solutions)|resourcing|staffing|personnel|headhunt\w*|executive search|search partners|talent (?:solutions|partners))\b|^(?:Hays|Randstad|Adecco|Robert Half|Michael Page|PageGroup|ManpowerGroup|Manpower|Kelly Services|Aerotek|TEKsystems|Harvey Nash)\b/i;

/** An agency's words about the employer behind the job ("our client, …", "on behalf of a client"). */
export const CLIENT_WORDS =
  /\b(?:on behalf of (?:our|my|a|an) (?:client|customer)|(?:our|my) client(?:,|\s+is\b|\s+are\b|\s+has\b|\s+seeks\b|\s+requires\b|\s+needs\b)|we are recruiting for|recruiting on behalf of|for one of our clients|acting as an employment (?:business|agency))/i;

/**
 * The client as the posting names it: "Our client, Acme Foods, is …" (not "our client, a …"),
 * "recruiting on behalf of Calder Ridings Housing Group, a not-for-profit …".
 */
const CLIENT_NAME = /\b(?:[Oo]ur|[Mm]y) client,?\s+(?!is\b|are\b|has\b|a\b|an\b|the\b)([A-Z][\w&.'’ -]{1,50}?)(?:,|\s+(?:is|are|has|a|an)\b)|\b(?:recruiting|recruit|hiring|advertising|searching) on behalf of (?!(?:our|my|a|an|the|one)\b)([A-Z][\w&.'’ -]{1,60}?)(?=,|\.|\s+(?:to|for|in|who|which|is|are)\b)/;

/** The client as the posting describes it without a name: "My client, a major UK water utility, is …", "Our client is a civil contractor with …". */
const CLIENT_DESCRIBED = /\b(?:our|my) client(?:,|\s+is)?\s+((?:a|an)\s+(?:[^,.;:()]|(?<=\d)[,.](?=\d)){3,80}?)(?:,(?!\d)|\.(?!\d)|\s+(?:is|are|has|who|which|that|based|seeks|requires|needs|with|across)\b)/i;

export function isAgencyName(name: string): boolean {
  return AGENCY_NAME.test(name);
}

export function clientNamedIn(text: string): string | null {
  const found = CLIENT_NAME.exec(text);
  return (found?.[1] ?? found?.[2])?.trim() ?? null;
}

export function clientDescribedIn(text: string): string | null {
  return CLIENT_DESCRIBED.exec(text)?.[1]?.trim() ?? null;
}

/** "Brinkley Technical Resourcing (Agency)" and "Brinkley Technical Resourcing Ltd" are one name. */
export function sameOrganisation(a: string, b: string): boolean {
  const key = (s: string) =>
    s.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/\s(?:ltd|limited|inc|llc|plc|pty|gmbh|sa|sas|bv|ag|co)\b/g, ' ').replace(/\s+/g, ' ').trim();
  const [x, y] = [key(a), key(b)];
  return x.length > 0 && y.length > 0 && (x.startsWith(y) || y.startsWith(x));
}
