/**
 * The order of trust, written once. Every source that proposes a value for a field (a site
 * adapter, structured data, a meta tag, the <title>, a heading, a label, the page's text, the
 * domain) gives it the weight of the evidence it stands on, taken from this table. Where
 * sources disagree the higher weight wins (mergeCandidates), and on a tie the source listed
 * first there. tests/unit/trust.test.ts holds the order below.
 *
 * To add a source: give it a name here, placed by how much its evidence says, and add it to
 * TRUST_ORDER in the test.
 */
export const TRUST = {
  /** Typed or corrected by the user. */
  user: 1,
  /** A site adapter reading its own board's markup. */
  site: 0.95,
  /** schema.org JobPosting's title and hiringOrganization. */
  structured: 0.9,
  /** A site adapter's reading that takes interpretation (the employer from the logo's alt text). */
  siteInferred: 0.85,
  /** schema.org JobPosting's description, dates, pay and the like. */
  structuredDetail: 0.85,
  /** schema.org JobPosting's jobLocation (often a bare address where the page says more). */
  structuredLocation: 0.8,
  /** The work mode stated in the location ("Berlin (Hybrid)"). */
  modeInLocation: 0.8,
  /** The main heading, when the document's <title> repeats it. */
  headingAgreed: 0.75,
  /** A site adapter's loose reading (a place pieced together from parts). */
  siteLoose: 0.75,
  /** Worked out from another field: the level the title names, the language of the text. */
  derived: 0.7,
  /** The place the page shows in an element that names it as the location. */
  shownLocation: 0.65,
  /** A labelled field ("Company: …", "Lieu de travail: …"). */
  label: 0.6,
  /** The main heading, alone. */
  heading: 0.6,
  /** The employer shown in an element that names it as the company. */
  shownCompany: 0.6,
  /** Where the description's text gathers on the page; the page's own Apply link. */
  pageText: 0.6,
  /** Structured data a site adapter knows to be unreliable on its board. */
  structuredUntrusted: 0.6,
  /** A place labelled as a region ("Region: Wide Bay Burnett", "Standplaats: Regio Noord"): wider than the job's town. */
  regionLabel: 0.58,
  /** og: and twitter: tags, and the employer in the <title> ("Role - Acme"). */
  meta: 0.55,
  /** The role a hiring announcement names ("Now hiring: …", "We're hiring a … at …"), where no heading names one. */
  announcement: 0.55,
  /** The work mode found in the description's text. */
  modeInText: 0.55,
  /** The role as the <title> gives it. */
  titlePattern: 0.5,
  /** The place in a facts line under the title ("Full-time, Oslo"). */
  factsLine: 0.5,
  /** Readability's body, the last resort for the description. */
  readability: 0.5,
  /** An agency's client named in the text ("our client, Acme, …"). */
  clientInText: 0.5,
  /** A heading that names no role but the employer, beside a labelled role. */
  headingEmployer: 0.45,
  /** The employer as the description names it ("About Acme", "Acme is looking for …"). */
  companyInText: 0.45,
  /** A place in the <title>. */
  titlePlace: 0.45,
  /** The town of a postal address on the page (a contact box, the employer's address). */
  addressPlace: 0.4,
  /** The site's name or the domain, a last resort for the employer. */
  domain: 0.3,
} as const;

export type TrustLevel = keyof typeof TRUST;

/** At or above this a field is sure: the generic rules do not look for it again, and the popup shows it as high. */
export const SURE = 0.8;

/** Below this a field is a guess: the popup shows it as low, and a plan built on it warns. */
export const GUESS = 0.5;
