/**
 * Places a posting names that are not products or teams: "Learn what EMEA does" or "the team
 * behind APAC" read as nonsense. Continents, the regions sales and support are organised by,
 * countries and large cities, in lower case; multi-word names are matched whole.
 */
/**
 * Countries by ISO 3166 code, named as postings name them in English: schema.org's
 * addressCountry is often a code ("DE"). Codes not here are named by Intl.DisplayNames, whose
 * first use in a page costs 10 to 80 ms in Chromium, which the popup would wait for.
 */
const COUNTRIES = new Map(
  ('AE United Arab Emirates|AR Argentina|AT Austria|AU Australia|BD Bangladesh|BE Belgium|BG Bulgaria|BR Brazil|CA Canada|CH Switzerland|' +
    'CL Chile|CN China|CO Colombia|CY Cyprus|CZ Czechia|DE Germany|DK Denmark|EE Estonia|EG Egypt|ES Spain|FI Finland|FR France|' +
    'GB United Kingdom|GH Ghana|GR Greece|HK Hong Kong|HR Croatia|HU Hungary|ID Indonesia|IE Ireland|IL Israel|IN India|IS Iceland|' +
    'IT Italy|JP Japan|KE Kenya|KR South Korea|LT Lithuania|LU Luxembourg|LV Latvia|MA Morocco|MT Malta|MX Mexico|MY Malaysia|' +
    'NG Nigeria|NL Netherlands|NO Norway|NZ New Zealand|PE Peru|PH Philippines|PK Pakistan|PL Poland|PT Portugal|QA Qatar|RO Romania|' +
    'RS Serbia|RU Russia|SA Saudi Arabia|SE Sweden|SG Singapore|SI Slovenia|SK Slovakia|TH Thailand|TR Türkiye|TW Taiwan|UA Ukraine|' +
    'US United States|VN Vietnam|ZA South Africa')
    .split('|')
    .map((entry) => [entry.slice(0, 2), entry.slice(3)] as const),
);

/** The English name of a country code ("DE" is "Germany"), when it is one postings often give. */
export function countryByCode(code: string): string | undefined {
  return COUNTRIES.get(code.toUpperCase());
}

/** Continents, business regions and countries: areas wider than a town. */
const WIDE_AREAS = new Set(
  [
    // Continents and the usual business regions.
    'africa', 'antarctica', 'asia', 'australia', 'europe', 'north america', 'south america', 'latin america', 'central america', 'oceania',
    'americas', 'the americas', 'middle east', 'emea', 'apac', 'apj', 'latam', 'amer', 'amers', 'na', 'noram', 'dach', 'nordics', 'nordic',
    'benelux', 'cee', 'mena', 'ssa', 'anz', 'uki', 'iberia', 'baltics', 'balkans', 'scandinavia', 'asia pacific', 'asia-pacific',
    'western europe', 'eastern europe', 'central europe', 'southern europe', 'northern europe', 'southeast asia', 'east asia', 'south asia', 'eu', 'eea',
    // Countries: those of COUNTRIES and the other names postings give them.
    ...[...COUNTRIES.values()].map((name) => name.toLowerCase()),
    'czech republic', 'the netherlands', 'korea', 'turkey', 'uae', 'uk', 'great britain', 'britain', 'england', 'scotland', 'wales', 'usa', 'us',
  ],
);

const REGIONS = new Set(
  [
    ...WIDE_AREAS,
    // Large cities.
    'amsterdam', 'athens', 'austin', 'bangalore', 'bengaluru', 'barcelona', 'beijing', 'berlin', 'boston', 'brussels', 'budapest',
    'buenos aires', 'cairo', 'chicago', 'copenhagen', 'dallas', 'delhi', 'denver', 'dubai', 'dublin', 'frankfurt', 'hamburg', 'helsinki',
    'istanbul', 'jakarta', 'johannesburg', 'lagos', 'lisbon', 'london', 'los angeles', 'madrid', 'manchester', 'melbourne', 'mexico city',
    'miami', 'milan', 'montreal', 'mumbai', 'munich', 'nairobi', 'new york', 'new york city', 'nyc', 'oslo', 'paris', 'prague', 'rome',
    'san francisco', 'sao paulo', 'são paulo', 'seattle', 'seoul', 'shanghai', 'stockholm', 'sydney', 'tel aviv', 'tokyo', 'toronto',
    'vancouver', 'vienna', 'warsaw', 'washington', 'zurich', 'zürich', 'aarhus', 'utrecht', 'rotterdam', 'eindhoven', 'lyon',
  ],
);

/** States, provinces and territories of the federations whose boards name them in a job's place. */
const STATES = new Set(
  ('alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas ' +
    'kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon ' +
    'pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming|new hampshire|new jersey|new mexico|new york|' +
    'north carolina|north dakota|rhode island|south carolina|south dakota|west virginia|queensland|victoria|tasmania|new south wales|' +
    'western australia|south australia|northern territory|alberta|ontario|quebec|québec|manitoba|saskatchewan|british columbia|' +
    'nova scotia|new brunswick|newfoundland|labrador|yukon|nunavut')
    .split('|')
    .flatMap((part) => (part.includes(' ') && !part.startsWith('alabama') ? [part] : part.split(' '))),
);

/** True when the phrase names a state or province of the US, Australia or Canada ("Nebraska", "Queensland"). */
export function isState(phrase: string): boolean {
  return STATES.has(phrase.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** True when the phrase, as a whole, names a place ("EMEA", "North America", "Berlin"). */
export function isRegion(phrase: string): boolean {
  return REGIONS.has(phrase.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** True when the phrase names a country, a continent or a business region ("United States", "EMEA"), not a town. */
export function isWideArea(phrase: string): boolean {
  return WIDE_AREAS.has(phrase.trim().toLowerCase().replace(/\s+/g, ' '));
}

/**
 * Languages and nationalities, which postings capitalise like names ("our French markets",
 * "Dutch farming"): words of a place, not something a company builds or a team it has.
 */
const PEOPLES = new Set(
  ('african american asian australian austrian belgian brazilian british canadian chinese czech danish dutch english estonian european ' +
    'finnish flemish french german greek hungarian indian irish italian japanese korean latvian lithuanian mexican nordic norwegian polish ' +
    'portuguese romanian russian scandinavian scottish spanish swedish swiss turkish ukrainian welsh suisse schweiz deutschland españa italia ' +
    'danmark sverige norge suomi nederland belgique österreich polska').split(' '),
);

/** True when the phrase names a place, or a language or nationality ("Dutch", "French"). */
export function isPlace(phrase: string): boolean {
  return isRegion(phrase) || PEOPLES.has(phrase.trim().toLowerCase());
}
