/**
 * The place a posting's own text gives, when no element of the page names it: a labelled line
 * inside the text ("📍 Где: г. Новосибирск, ул. Фрунзе, 88", "Sede di lavoro" over "Scandiano
 * (RE), via dei Mulini 14"), or a US street address ("1418 NE Juniper Ave, Bend, OR"). Places
 * in running prose ("a ten-minute walk from Leeds station") are left alone: too many towns in a
 * text are not where the job is.
 */
import { isState, isWideArea } from '../analyze/regions';
import { escapeRegExp } from '../text';
import { cleanPlace } from './generic';
import { US_STATES } from './structured';
import { LABEL_PATTERNS, labelledValues } from './words';

/** How far into the text a place is looked for, in lines. */
const MAX_LINES = 120;

/** "1418 NE Juniper Ave, Bend, OR 97701": a number, a street, then the town and the state. */
const US_ADDRESS = /\b\d{1,6}\s+[^,\n]{3,40},\s*(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}),\s*([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?\b/u;

/** "9 Oaks Road, Dungannon, Co. Tyrone BT71 4AX", "Church Street, Bridgnorth WV16 4ZZ": the town before a British postcode. */
const UK_ADDRESS = new RegExp(String.raw`,[ \t]*(\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,2})(?:,[ \t]*Co\.[ \t]+\p{Lu}[\p{L}'’-]+)?,?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b`, 'u');

/**
 * "Poste basé à Tarnos (40)", "The role is based in Leeds": the text says where the job is.
 * Only of the job, not of the company ("a company based in…" may be its head office).
 */
const BASED_IN =
  /(?<![\p{L}])(?:[Pp]oste|[Rr]ôle|[Rr]ole|[Pp]osition|[Jj]ob|[Pp]ost|[Ss]telle|[Pp]uesto|[Pp]osto|[Pp]rogram(?:me)?|[Yy]ou will be|[Yy]ou['’]ll be|[Vv]ous serez)[\s,][^.\n]{0,20}?(?<![\p{L}])(?:basé|basée|based|situé|située|located)\s+(?:(?:à|in|en|au|at)\s+(\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*){0,3}(?:\s\(\d{2,3}\))?)|at\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}in\s+(\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*){0,3}(?:\s\([\p{L}\s]{2,30}\))?))/u;

/** A town's name: capitalised words, with the small words inside names ("Stratford upon Avon", "Te Teko"). */
const TOWN_WORDS = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t](?:\p{Lu}[\p{L}'’-]*|(?:de|du|la|le|sur|am|an|upon|on)(?=[ \t]\p{Lu}))){0,3}`;
const TOWN = `(${TOWN_WORDS})`;
/** The kinds of workplace a posting names its town with. */
const SITE = 'office|offices|plant|factory|depot|site|studio|shop|store|warehouse|kura|school|clinic|branch|workshop|headquarters|HQ|yard|mill|bakery|restaurant|kitchen|lab|laboratory|unit|centre|center|hospital|station|hub|campus|facility';
const SITE_NAME_END = /\s(?:Hospital|School|Elementary|Academy|College|University|Clinic|Centre|Center|Campus|Building|Office|Offices|House|Hall|Library)$/u;
/** A site's own name ("Harrowby Lane Community Hospital", "Mission Ridge Elementary"), not a town. */
export function namesASite(place: string): boolean {
  return SITE_NAME_END.test(place.split(/\s*,\s*/)[0]!);
}
/** Capitalised words that are not a town when they stand before a workplace ("our Head office"). */
const NOT_TOWN = /^(?:Head|Main|New|Central|Regional|Global|Flagship|Corporate|Local|Other|This|That|Our|The)$/;

/**
 * "at our Auburn plant", "the Urangan depot in Hervey Bay", "notre usine de Caudan", "nos bureaux
 * de Strassen", "notre bureau du boulevard Laurier, à Sainte-Foy", "unser Werk in Elgg", "ons
 * kantoor in de Spoorzone in Zwolle", "nuestra planta de Rancagua", "vårt centrallager i Nässjö": the town of the workplace
 * the posting says the job is at.
 */
const WORKPLACE_IN_TEXT = [
  // ("our busy Issaquah office": a word or two of description may come before the town.)
  new RegExp(String.raw`\b(?:our|its|their)[ \t]+(?:(?!head[ \t]|main[ \t]|registered[ \t])\p{Ll}+[ \t]+){0,2}${TOWN}[ \t]+(?:${SITE})\b`, 'u'),
  // "the company's depot at Bohle in Townsville", "our front office at Riverfront Park in
  // Zanesville": the town after a named site is the later one.
  new RegExp(String.raw`\b(?:our|the|its|their|an?|[\p{L}]+['’]s)[ \t]+(?:new[ \t]+)?(?:(?![Hh]ead[ \t]|[Mm]ain[ \t]|[Rr]egistered[ \t]|[Cc]orporate[ \t])[\p{L}\p{N}-]+[ \t]+){0,3}(?:${SITE})[ \t]+(?:in|at)[ \t]+(?:${TOWN_WORDS}[ \t]+in[ \t]+(?=\p{Lu}))?${TOWN}`, 'u'),
  // "Office at Jurong", "Work location: site in Wexford": a workplace with no owner named, but not the head office.
  new RegExp(String.raw`(?<!(?<![\p{L}])(?:[Hh]ead|[Mm]ain|[Rr]egistered|[Cc]orporate|[Gg]roup)[ \t]+)(?<![\p{L}])(?:[Oo]ffice|[Pp]lant|[Ff]actory|[Dd]epot|[Ww]arehouse|[Ww]orkplace)[ \t]+(?:is[ \t]+)?(?:at|in)[ \t]+${TOWN}`, 'u'),
  new RegExp(String.raw`(?<![\p{L}])(?:[Nn]os|[Nn]otre)[ \t]+(?:bureaux?|locaux|usine|site|agence|entrepôt|atelier|magasin|établissement|siège|restaurant|boutique|cabinet|clinique|école)[ \t]+(?:(?:de|d['’])[ \t]*${TOWN}|[^.
]{0,40}?,?[ \t]+à[ \t]+${TOWN})`, 'u'),
  new RegExp(String.raw`(?<![\p{L}])[Uu]nser(?:e|em|en|er)?[ \t]+(?:Büro|Standort|Werk|Betrieb|Filiale|Niederlassung|Lager|Hauptsitz|Geschäftsstelle)[ \t]+in[ \t]+${TOWN}`, 'u'),
  new RegExp(String.raw`(?<![\p{L}])[Oo]n(?:s|ze)[ \t]+(?:nieuwe[ \t]+)?(?:kantoor|vestiging|fabriek|locatie|winkel|hoofdkantoor)[ \t]+(?:in|te)[ \t]+(?:de[ \t]+\p{Lu}[\p{L}-]*[ \t]+in[ \t]+)?${TOWN}`, 'u'),
  new RegExp(String.raw`(?<![\p{L}])[Nn]uestr[oa]s?[ \t]+(?:oficinas?|planta|fábrica|sede|almacén|tienda|centro|restaurante|obrador|taller|panadería|pastelería|cocina|local|clínica|hotel)[ \t]+(?:de|en)[ \t]+${TOWN}`, 'u'),
  new RegExp(String.raw`(?<![\p{L}])[Nn]ostr[aoie][ \t]+(?:uffici?o?|stabilimento|sede|magazzino|negozio|filiale)[ \t]+(?:di|a)[ \t]+${TOWN}`, 'u'),
  new RegExp(String.raw`(?<![\p{L}])[Nn]oss[ao]s?[ \t]+(?:escritório|fábrica|loja|unidade|sede|filial)[ \t]+(?:em|de)[ \t]+${TOWN}`, 'u'),
  // Swedish, Danish and Norwegian, the workplace often a compound: "vårt centrallager i Nässjö", "vores kontor i Aarhus".
  new RegExp(String.raw`(?<![\p{L}])[Vv](?:årt|åra|år|ores)[ \t]+\p{Ll}*(?:kontor|lager|fabrik|butik|verkstad|verksted|værksted|anläggning|anlegg|restaurang|restaurant|hotell?|klinik|skola|skole|avdelning|afdeling|avdeling)[ \t]+i[ \t]+${TOWN}`, 'u'),
];

const COMPASS = String.raw`(?:north|south|east|west|central|northern|southern|eastern|western|north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west|inner|outer|mid)`;
/** "West", "Dublin South", "North Queensland", "Northeast Nebraska", "Central Coast": a compass part of a wider place. */
const COMPASS_ONLY = new RegExp(String.raw`^${COMPASS}$|^\p{Lu}[\p{L}]+[ \t]+(?:north|south|east|west)$`, 'iu');
const COMPASS_OF = new RegExp(String.raw`^${COMPASS}[ \t]+(.+)$`, 'iu');
const WIDE_PART = /^(?:midlands|coast|highlands|lowlands|suburbs|shore|metro|cape)$/i;
/** "Boston - Inner Suburbs", "Co. Tyrone", "Zeničko-dobojski kanton", "Θεσσαλονίκη (Νομός)", "Tartumaa": an area by its kind. */
const AREA_KIND =
  /(?<![\p{L}])(?:area|areas|suburbs|surrounds|region|district|county|province|prefecture|kanton|canton|νομός|oblast|voivodeship|governorate|marz|megye|vármegye|járás|powiat|województwo|okres|kraj|fylke|län|maakond|apskritis|novads|županija|județ|judetul|provincia|comarca|landkreis|bezirk|département|область|облысы|аймаг|استان)(?![\p{L}])|^Co\.[ \t]+\p{Lu}|^\p{Lu}\p{Ll}{2,}maa$|^(?:north|south|east|west)side$/iu;

/**
 * True when a place value names an area wider than the job's town, by its first part: "Leeds,
 * West Yorkshire" is a town in its county, "North Queensland, QLD" an area of a state.
 */
export function namesAnArea(place: string, text = ''): boolean {
  const parts = place.trim().split(/\s*,\s*/);
  const first = parts[0] ?? '';
  // "Scotland, United Kingdom": countries and nations only.
  if (parts.every((part) => isWideArea(part))) return true;
  // "Lima - Lima": a region and its province of the same name.
  const dashed = first.split(/\s+[-–—]\s+/);
  if (dashed.length === 2 && dashed[0]!.toLowerCase() === dashed[1]!.toLowerCase()) return true;
  // "Tyrone" of a text that writes "Co. Tyrone": the text calls it a county.
  const escaped = escapeRegExp(first);
  if (text && /^\p{Lu}[\p{L}'’-]+$/u.test(first) && new RegExp(`(?<![\\p{L}])(?:Co\\.|County)[ \\t]+${escaped}(?![\\p{L}])|(?<![\\p{L}])${escaped}[ \\t]+County(?![\\p{L}])`, 'iu').test(text)) return true;
  // "Akkar, North": an area inside a wider one named by its compass point.
  if (parts.slice(1).some((part) => COMPASS_ONLY.test(part))) return true;
  return dashed.some((part) => {
    if (AREA_KIND.test(part) || COMPASS_ONLY.test(part)) return true;
    const of = COMPASS_OF.exec(part)?.[1];
    return of !== undefined && !isWideArea(part) && (isState(of) || WIDE_PART.test(of));
  });
}

/** The town of the workplace the posting's text names, or null. */
export function workplaceInText(text: string): string | null {
  const head = text.slice(0, 8000);
  for (const pattern of WORKPLACE_IN_TEXT) {
    const found = pattern.exec(head);
    const town = found?.slice(1).find(Boolean)?.trim();
    // A site's own name ("Harrowby Lane Community Hospital", "Mission Ridge Elementary") is not a town.
    if (!town || NOT_TOWN.test(town.split(/\s/)[0]!) || SITE_NAME_END.test(town)) continue;
    // "our cold store at Castlemitchell, Athy", "our studio in Marvila, Lisbon": a place inside a
    // town, then the town ("Jurong, Singapore" and "Austin, Texas" name the town, then its state).
    const next = THEN_TOWN.exec(head.slice(found!.index + found![0].length))?.[1];
    return next && !isState(next) && !isWideArea(next) && !/^(?:Co|County)$/.test(next) ? next : town;
  }
  return null;
}

const THEN_TOWN = new RegExp(String.raw`^,[ \t]+(${TOWN_WORDS})(?=[ \t]*(?:[.;,\n]|$))`, 'u');

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

/** The town where the text says the job is based ("The position is based at the Operations Centre in KwaDukuza"), or null. */
/** "will be based in the regional office in Gyumri", "you'll be based in Tarnos": said of the hire, whoever the subject. */
const WILL_BE_BASED = new RegExp(String.raw`(?<![\p{L}])(?:will|would|shall)[ \t]+be[ \t]+based[ \t]+(?:in|at)[ \t]+(?:the[ \t]+(?:[\p{L}\p{N}-]+[ \t]+){1,4}(?:in|at)[ \t]+)?${TOWN}`, 'u');

/**
 * "will be based in the Authority's office at the Fishery Harbour Centre, Killybegs": a named
 * site, then its town after a comma.
 */
const WILL_BE_BASED_AT_SITE = new RegExp(String.raw`(?<![\p{L}])(?:will|would|shall)[ \t]+be[ \t]+based[ \t]+(?:in|at)[ \t][^.\n]{0,80}?(?<![\p{L}])(?:Centre|Center|House|Hall|Building|Park|Campus|Complex|Estate|Quay|Harbour|Plaza|Court)[ \t]*,[ \t]+${TOWN}(?=[ \t]*(?:[,.;]|[ \t]and[ \t]|$))`, 'u');

export function basedInText(text: string): string | null {
  const head = text.slice(0, 8000);
  const found = BASED_IN.exec(head);
  const town = found?.[1] ?? found?.[2] ?? WILL_BE_BASED_AT_SITE.exec(head)?.[1] ?? WILL_BE_BASED.exec(head)?.[1] ?? null;
  return town && !SITE_NAME_END.test(town) ? town : null;
}

/** A place's name of one to four capitalised words ("Idaho", "United States", "New South Wales"). */
const AREA_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,3}`;

/**
 * "we can only hire people who live in Oregon, Washington or Idaho", "applicants must reside in
 * the United States or Canada": where the people a remote job may go to must live.
 */
const MUST_LIVE_IN = new RegExp(
  String.raw`(?<![\p{L}])(?:you|candidates?|applicants?|people|anyone|who)(?![\p{L}])[^.\n]{0,40}?(?<![\p{L}])(?:live|reside|are based|be based|be located|are located)[ \t]+in[ \t]+(?:the[ \t]+)?(${AREA_NAME}(?:(?:,[ \t]*|[ \t]+(?:or|and)[ \t]+|,[ \t]+(?:or|and)[ \t]+)(?:the[ \t]+)?${AREA_NAME}){0,5})`,
  'u',
);

/**
 * The areas a remote job is open to, as its text says in a paragraph about working remotely
 * ("This position is remote. We can employ people who live in the United States or Canada"),
 * or null: a location that says only "Remote" says more with them.
 */
export function remoteAreaInText(text: string): string | null {
  for (const paragraph of text.slice(0, 8000).split(/\n+/)) {
    if (!/(?<![\p{L}])remote(?:ly)?(?![\p{L}])/iu.test(paragraph)) continue;
    const found = MUST_LIVE_IN.exec(paragraph);
    if (found) return found[1]!.replace(/(?<![\p{L}])the[ \t]+/gu, '');
  }
  return null;
}

/** `townsOnly`: a labelled line that names an area is passed over (the search is for the town inside one). */
export function placeInText(text: string, employer?: string | null, townsOnly = false): string | null {
  const labelled = labelledPlaceInText(text, employer, townsOnly);
  if (labelled) return labelled;
  const based = basedInText(text) ?? workplaceInText(text);
  if (based) return based;
  const british = UK_ADDRESS.exec(text.slice(0, 8000))?.[1];
  if (british) return british;
  const address = US_ADDRESS.exec(text.slice(0, 8000));
  if (address && US_STATES.has(address[2]!)) return `${address[1]}, ${address[2]}`;
  return cyrillicTown(text);
}

/**
 * "г. Мозырь" (город, a town), "пгт", "с." (a village): the mark before a town's name in Russian
 * and its neighbours, or after it where an address runs from the region down ("…, Иртышск с.").
 */
const CYRILLIC_TOWN = /(?<![\p{L}])(?:г\.|город|пгт\.?|пос\.|с\.)[ \t]*(\p{Lu}[\p{L}-]+)|(?<![\p{L}])(\p{Lu}[\p{L}-]+)[ \t]+(?:г|с|пгт)\.(?=[,\s])/gu;

/**
 * The town a text in Russian or its neighbours marks as one: the one in a postal address
 * (after a six-digit postcode), which gives its name in the nominative ("247760, …, г. Мозырь"),
 * else the first ("работа в г. Мозыре" declines it).
 */
function cyrillicTown(text: string): string | null {
  const head = text.slice(0, 8000);
  let first: string | null = null;
  for (const match of head.matchAll(CYRILLIC_TOWN)) {
    const line = head.slice(head.lastIndexOf('\n', match.index) + 1, match.index);
    const town = match[1] ?? match[2]!;
    if (/\b\d{6}\b/.test(line)) return town;
    first ??= town;
  }
  return first;
}

/** A place the posting's text gives on a labelled line ("Place of work: Debre Markos, …", "📍 Казань"), or null. */
export function labelledPlaceInText(text: string, employer?: string | null, townsOnly = false): string | null {
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
    // "planta y oficinas administrativas en Ate (…)": the workplace described, then its town.
    const fromTown = value.replace(/^\p{Ll}[^,(:]{0,60}?\s(?:en|in|at|à|em|di|a|w|v|im)\s+(?=\p{Lu})/u, '');
    const place = cleanPlace(withoutEmployer(fromTown, employer).split(/\s+[—]\s+/)[0]!);
    if (place.length >= 2 && place.length <= 80 && !(townsOnly && namesAnArea(place))) return place;
  }
  return null;
}

/** A preposition of place before a town, in the languages posts are written in ("in Leipzig", "em Curitiba", "aus Dresden"). */
const AT_TOWN = String.raw`(?:in|at|near|em|en|na|no|à|a|au|aus|bei|im|w|we|v|ve|i|nach|zu)`;

/**
 * "Desenvolvedor(a) Backend Pleno - Curitiba/PR", "Rust-Entwickler*in, Dresden", "Técnico(a)
 * – Zapopan (híbrido)": a subject line that names the town after the role, which the text
 * gives as where the job is ("híbrido em Curitiba/PR", "Wir, die … aus Dresden"). The town is
 * the last part of the title, and the text must say "in <town>", the town capitalised as names
 * are, for it to count ("in adult literacy" is no place).
 */
export function placeAfterRole(title: string, text: string): string | null {
  const found = /(?:\s[-–—|]\s|,\s*)(\p{Lu}[\p{L}'’.-]*(?:[ /-]\p{Lu}[\p{L}'’.-]*){0,2})(?:\s*\([^()]{1,30}\))?\s*$/u.exec(title);
  if (!found || found.index < 3) return null;
  const town = found[1]!;
  const first = town.split('/')[0]!;
  const inText = new RegExp(`(?<![\\p{L}])${AT_TOWN}\\s+(?:der\\s+|the\\s+|la\\s+|el\\s+)?${escapeRegExp(first)}(?![\\p{L}])`, 'u');
  return inText.test(text) && !isWideArea(town) ? cleanPlace(town) || null : null;
}
