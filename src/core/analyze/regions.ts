/**
 * Places a posting names that are not products or teams: "Learn what EMEA does" or "the team
 * behind APAC" read as nonsense. Continents, the regions sales and support are organised by,
 * countries and large cities, in lower case; multi-word names are matched whole.
 */
const REGIONS = new Set(
  [
    // Continents and the usual business regions.
    'africa', 'antarctica', 'asia', 'australia', 'europe', 'north america', 'south america', 'latin america', 'central america', 'oceania',
    'americas', 'the americas', 'middle east', 'emea', 'apac', 'apj', 'latam', 'amer', 'amers', 'na', 'noram', 'dach', 'nordics', 'nordic',
    'benelux', 'cee', 'mena', 'ssa', 'anz', 'uki', 'iberia', 'baltics', 'balkans', 'scandinavia', 'asia pacific', 'asia-pacific',
    'western europe', 'eastern europe', 'central europe', 'southern europe', 'northern europe', 'southeast asia', 'east asia', 'south asia', 'eu', 'eea',
    // Countries.
    'argentina', 'austria', 'bangladesh', 'belgium', 'brazil', 'bulgaria', 'canada', 'chile', 'china', 'colombia', 'croatia', 'cyprus',
    'czechia', 'czech republic', 'denmark', 'egypt', 'estonia', 'finland', 'france', 'germany', 'ghana', 'greece', 'hong kong', 'hungary',
    'iceland', 'india', 'indonesia', 'ireland', 'israel', 'italy', 'japan', 'kenya', 'latvia', 'lithuania', 'luxembourg', 'malaysia',
    'malta', 'mexico', 'morocco', 'netherlands', 'the netherlands', 'new zealand', 'nigeria', 'norway', 'pakistan', 'peru', 'philippines',
    'poland', 'portugal', 'qatar', 'romania', 'saudi arabia', 'serbia', 'singapore', 'slovakia', 'slovenia', 'south africa', 'south korea',
    'korea', 'spain', 'sweden', 'switzerland', 'taiwan', 'thailand', 'turkey', 'türkiye', 'ukraine', 'united arab emirates', 'uae',
    'united kingdom', 'uk', 'great britain', 'britain', 'england', 'scotland', 'wales', 'united states', 'usa', 'us', 'vietnam',
    // Large cities.
    'amsterdam', 'athens', 'austin', 'bangalore', 'bengaluru', 'barcelona', 'beijing', 'berlin', 'boston', 'brussels', 'budapest',
    'buenos aires', 'cairo', 'chicago', 'copenhagen', 'dallas', 'delhi', 'denver', 'dubai', 'dublin', 'frankfurt', 'hamburg', 'helsinki',
    'istanbul', 'jakarta', 'johannesburg', 'lagos', 'lisbon', 'london', 'los angeles', 'madrid', 'manchester', 'melbourne', 'mexico city',
    'miami', 'milan', 'montreal', 'mumbai', 'munich', 'nairobi', 'new york', 'new york city', 'nyc', 'oslo', 'paris', 'prague', 'rome',
    'san francisco', 'sao paulo', 'são paulo', 'seattle', 'seoul', 'shanghai', 'stockholm', 'sydney', 'tel aviv', 'tokyo', 'toronto',
    'vancouver', 'vienna', 'warsaw', 'washington', 'zurich', 'zürich', 'aarhus', 'utrecht', 'rotterdam', 'eindhoven', 'lyon',
  ],
);

/** True when the phrase, as a whole, names a place ("EMEA", "North America", "Berlin"). */
export function isRegion(phrase: string): boolean {
  return REGIONS.has(phrase.trim().toLowerCase().replace(/\s+/g, ' '));
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
