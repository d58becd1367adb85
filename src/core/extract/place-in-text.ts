/**
 * The place a posting's own text gives, when no element of the page names it: a labelled line
 * inside the text ("📍 Где: г. Новосибирск, ул. Фрунзе, 88", "Sede di lavoro" over "Scandiano
 * (RE), via dei Mulini 14"), or a US street address ("1418 NE Juniper Ave, Bend, OR"). Places
 * in running prose ("a ten-minute walk from Leeds station") are left alone: too many towns in a
 * text are not where the job is.
 */
import { cleanPlace } from './generic';
import { US_STATES } from './structured';
import { LABEL_PATTERNS, labelledValues } from './words';

/** How far into the text a place is looked for, in lines. */
const MAX_LINES = 120;

/** "1418 NE Juniper Ave, Bend, OR 97701": a number, a street, then the town and the state. */
const US_ADDRESS = /\b\d{1,6}\s+[^,\n]{3,40},\s*(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}),\s*([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?\b/u;

/**
 * "Poste basé à Tarnos (40)", "The role is based in Leeds": the text says where the job is.
 * Only of the job, not of the company ("a company based in…" may be its head office).
 */
const BASED_IN =
  /(?<![\p{L}])(?:[Pp]oste|[Rr]ôle|[Rr]ole|[Pp]osition|[Jj]ob|[Pp]ost|[Ss]telle|[Pp]uesto|[Pp]osto|[Yy]ou will be|[Yy]ou['’]ll be|[Vv]ous serez)\s[^.\n]{0,20}?(?<![\p{L}])(?:basé|basée|based|situé|située|located)\s+(?:à|in|en|au|at)\s+(\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*){0,3}(?:\s\(\d{2,3}\))?)/u;

/** A town's name: capitalised words, with the small words inside names ("Stratford upon Avon", "Te Teko"). */
const TOWN = String.raw`(\p{Lu}[\p{L}'’-]*(?:[ \t](?:\p{Lu}[\p{L}'’-]*|de|du|la|le|sur|am|an|upon|on)){0,3})`;
/** The kinds of workplace a posting names its town with. */
const SITE = 'office|offices|plant|factory|depot|site|studio|shop|store|warehouse|kura|school|clinic|branch|workshop|headquarters|HQ|yard|mill|bakery|restaurant|kitchen|lab|laboratory';
/** Capitalised words that are not a town when they stand before a workplace ("our Head office"). */
const NOT_TOWN = /^(?:Head|Main|New|Central|Regional|Global|Flagship|Corporate|Local|Other|This|That|Our|The)$/;

/**
 * "at our Auburn plant", "the Urangan depot in Hervey Bay", "notre usine de Caudan", "nos bureaux
 * de Strassen", "notre bureau du boulevard Laurier, à Sainte-Foy", "unser Werk in Elgg", "ons
 * kantoor in de Spoorzone in Zwolle", "nuestra planta de Rancagua": the town of the workplace
 * the posting says the job is at.
 */
const WORKPLACE_IN_TEXT = [
  new RegExp(String.raw`\bour[ \t]+${TOWN}[ \t]+(?:${SITE})\b`, 'u'),
  new RegExp(String.raw`\b(?:our|the|its|\p{Lu}[\p{L}]+['’]s)[ \t]+(?:new[ \t]+)?(?:\p{Lu}[\p{L}-]*[ \t]+){0,3}(?:${SITE})[ \t]+(?:in|at)[ \t]+${TOWN}`, 'u'),
  new RegExp(String.raw`(?<![\p{L}])(?:[Nn]os|[Nn]otre)[ \t]+(?:bureaux?|usine|site|agence|entrepôt|atelier|magasin|établissement|siège|restaurant|boutique|cabinet|clinique|école)[ \t]+(?:(?:de|d['’])[ \t]*${TOWN}|[^.
]{0,40}?,?[ \t]+à[ \t]+${TOWN})`, 'u'),
  new RegExp(String.raw`(?<![\p{L}])[Uu]nser(?:e|em|en|er)?[ \t]+(?:Büro|Standort|Werk|Betrieb|Filiale|Niederlassung|Lager|Hauptsitz|Geschäftsstelle)[ \t]+in[ \t]+${TOWN}`, 'u'),
  new RegExp(String.raw`(?<![\p{L}])[Oo]n(?:s|ze)[ \t]+(?:nieuwe[ \t]+)?(?:kantoor|vestiging|fabriek|locatie|winkel|hoofdkantoor)[ \t]+(?:in|te)[ \t]+(?:de[ \t]+\p{Lu}[\p{L}-]*[ \t]+in[ \t]+)?${TOWN}`, 'u'),
  new RegExp(String.raw`(?<![\p{L}])[Nn]uestr[oa]s?[ \t]+(?:oficinas?|planta|fábrica|sede|almacén|tienda|centro|restaurante)[ \t]+(?:de|en)[ \t]+${TOWN}`, 'u'),
  new RegExp(String.raw`(?<![\p{L}])[Nn]ostr[aoie][ \t]+(?:uffici?o?|stabilimento|sede|magazzino|negozio|filiale)[ \t]+(?:di|a)[ \t]+${TOWN}`, 'u'),
  new RegExp(String.raw`(?<![\p{L}])[Nn]oss[ao]s?[ \t]+(?:escritório|fábrica|loja|unidade|sede|filial)[ \t]+(?:em|de)[ \t]+${TOWN}`, 'u'),
];

/** The town of the workplace the posting's text names, or null. */
export function workplaceInText(text: string): string | null {
  const head = text.slice(0, 8000);
  for (const pattern of WORKPLACE_IN_TEXT) {
    const found = pattern.exec(head);
    const town = found?.slice(1).find(Boolean)?.trim();
    if (town && !NOT_TOWN.test(town.split(/\s/)[0]!)) return town;
  }
  return null;
}

/** Marks a line may open with before its label ("📍 Где:", "- Location:"). */
const LEAD = /^[\s\p{Extended_Pictographic}\uFE0F*•·–-]+/u;

/** The value without the parts before the place that name the employer ("📍 Trigo Dourado, Vila Mariana"). */
function withoutEmployer(value: string, employer: string | null | undefined): string {
  if (!employer) return value;
  const key = employer.toLowerCase();
  const parts = value.split(/\s*,\s*/);
  while (parts.length > 1 && key.includes(parts[0]!.toLowerCase())) parts.shift();
  return parts.join(', ');
}

export function placeInText(text: string, employer?: string | null): string | null {
  const raw = text.split('\n').filter((l) => l.trim()).slice(0, MAX_LINES);
  const lines = raw.map((l) => l.replace(LEAD, '').trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // The pin is a label of its own: "📍 Казань, ул. Баумана, 41".
    const values = labelledValues(line);
    const pinned = /^\s*📍/u.test(raw[i]!) && values.length === 0 ? line : undefined;
    const labelled = pinned ?? values.find((v) => v.name === 'location')?.value;
    // A label on a line of its own heads the line that follows ("Sede di lavoro" / "Scandiano (RE), via…").
    const value = labelled ?? (line.length <= 40 && LABEL_PATTERNS.location.test(line.replace(/[:：]$/, '')) ? lines[i + 1] : undefined);
    if (!value) continue;
    const place = cleanPlace(withoutEmployer(value, employer).split(/\s+[—]\s+/)[0]!);
    if (place.length >= 2 && place.length <= 80) return place;
  }
  const based = BASED_IN.exec(text.slice(0, 8000))?.[1] ?? workplaceInText(text);
  if (based) return based;
  const address = US_ADDRESS.exec(text.slice(0, 8000));
  return address && US_STATES.has(address[2]!) ? `${address[1]}, ${address[2]}` : null;
}
