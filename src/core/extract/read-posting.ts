/**
 * (document, url) -> JobPosting | NotAPosting. The document is an argument, never a global:
 * the same code runs injected into a tab, in Node over a saved page, and in tests.
 */
import { foldAccents, inOtherScript } from './script';
import { detectLanguage } from '../language';
import { type ExtractionResult, type Field, type JobPosting, field, notAPosting } from '../posting';
import { bound, collapseSpace, elementText, escapeRegExp, MAX_DESCRIPTION, tidyLines } from '../text';
import { isBrowserPage } from './address-kind';
import { hiringAnnouncement } from './announcement';
import { ARTICLE_OPENING, looksLikeJobTitle } from './role-words';
import { type Candidate, mergeCandidates } from './candidate';
import {
  classifyByHeadlines,
  countJobLinks,
  roleHeadingLinks,
  embeddedBoardFrame,
  isHtmlDocument,
  isInterstitial,
  jobWordCount,
} from './classify';
import { clientNamedIn, CLIENT_WORDS, isAgencyName, sameOrganisation } from '../agency';
import { SENIORITY_LABELS, seniorityFromTitle } from '../seniority';
import { workModeIn } from '../work-mode';
import { addressTown, applyLink, eeoEmployer, visibleCompany, employerInAddress, employerInText, pageLogoName, isRegisteredName, employerWithLegalForm, factsLineNaming, isFullerName, genericCandidate, itemAnnouncing, mainHeading, otherRoleHeadings, someHeadingHolds, teaserHeadings, withoutPostcodes, wordsOf } from './generic';
import { documentTitle } from './page';
import { forgetSiteName, isBoardName, isCarrierName, isSiteName, nameKey, ownersName, type SiteName, siteName } from './site-name';
import { isGenericSegment, titleSegments, withoutCompanyOrPlaceSuffix } from './title-patterns';
import { fullNameOfInitials, fullNameWithInitials, nameWithTheseInitials, tradingNameInText } from './spelled-name';
import { basedInText, labelledPlaceInText, namesAnArea, namesASite, placeAfterRole, placeInText, remoteAreaInText, workplaceInText } from './place-in-text';
import { isWideArea } from '../analyze/regions';
import { isEmployerName } from './employer-name';
import { announcesHiring, EMPLOYMENT_TYPE, withoutPageType } from './words';
import { adapterFor } from './sites';
import { type StructuredPosting, postingFromSchema, readStructuredPostings, siteOwner } from './structured';
import { SURE, TRUST } from '../trust';

export interface ExtractOptions {
  /** Text the user selected: taken as the description, while title and company come from the page. */
  selection?: string | null;
}

/**
 * The last resort for a description no other source found (Readability, in index.ts). It is
 * passed in rather than imported so the script injected into pages can leave Readability out,
 * and inject it only on the rare page that needs it.
 */
export type DescriptionFallback = (doc: Document) => Candidate;

/** The text a section needs to be read as the posting the address points at. */
const ADDRESSED_SECTION = 400;

/**
 * The part of the page the address points at ("…/#jobba-hos-oss", "…#job-3"): a one-page
 * site's jobs section, or one opening among several. The user followed a link to it, so the
 * posting is read there. Only a part with a heading and text enough for a posting counts.
 */
function sectionAddressed(doc: Document, url: URL): Element | null {
  const id = url.hash.slice(1);
  if (!id || id.length > 80 || /[/=?]/.test(id)) return null;
  let target: Element | null;
  try {
    target = doc.getElementById(decodeURIComponent(id));
  } catch {
    return null;
  }
  // An application form ("#apply") is not the posting, whatever its heading says.
  if (!target || target === doc.body || target.closest('form, nav, footer, header') || target.querySelector('form') || !target.querySelector('h1, h2, h3, h4')) return null;
  return elementText(target, { max: ADDRESSED_SECTION * 2 }).length >= ADDRESSED_SECTION ? target : null;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The gender marker a German or French posting adds to the role: "(m/w/d)", "(H/F)". */
const GENDER_MARKER = /\((?:[mwfdhxk]\s*\/\s*)+[mwfdhxk]\)/iu;

/** The gender marker and German's "*in" ending, which a title's words leave out. */
const TITLE_MARKS = new RegExp(`${GENDER_MARKER.source}|\\*in\\b`, 'giu');

/** A title's words, without what sites add around the role: "(m/w/d)", brackets, punctuation. */
function titleWords(title: string): string[] {
  return wordsOf(title.replace(TITLE_MARKS, ' '));
}

/**
 * The same role, as structured data and the page's heading each write it: the same words,
 * give or take the gender marker and punctuation ("Data Analyst" and "Data Analyst (m/w/d)").
 */
function sameTitle(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = titleWords(a);
  const y = titleWords(b);
  return x.length > 0 && x.join(' ') === y.join(' ');
}

/**
 * The JobPosting the page is about. Several different ones mean a list, unless one of them
 * carries the page's main heading (a posting page that also describes similar jobs).
 */
function chooseStructured(doc: Document, postings: StructuredPosting[]): StructuredPosting | 'list' | null {
  if (postings.length === 0) return null;
  const candidates = postings.map((p) => ({ p, c: postingFromSchema(p, doc, false) }));
  const distinct = new Set(candidates.map(({ c }) => `${c.title?.value ?? ''}|${c.company?.value ?? ''}`.toLowerCase()));
  if (distinct.size === 1) return candidates[0]!.p;
  const heading = mainHeading(doc, doc);
  const match = candidates.find(({ c }) => sameTitle(c.title?.value, heading));
  if (match) return match.p;
  // None is the page's role, but the page is headed by one: the structured postings are the
  // "similar jobs" beside a posting that has none of its own. The page's own text decides.
  return heading && looksLikeJobTitle(heading) && !LIST_HEADING.test(heading) ? null : 'list';
}

const STRUCTURED_SOURCES = new Set(['json-ld', 'microdata', 'rdfa']);
/** The fields a page shows in its own words, which structured data may write in another script. */
const SHOWN_FIELDS = ['title', 'company', 'location'] as const;

/** "<Name> on X: …", "<Name> no X:", "<Name> auf Instagram:": how networks title a post. */
const SOCIAL_POSTER = /^(.{2,60}?) (?:on|no|na|auf|sur|en|su|op|på|в) (?:X|Twitter|Facebook|Instagram|Threads|LinkedIn|Bluesky|Mastodon|VK|ВКонтакте)\s*[:：]/u;

/** The fields structured data may name in words the page never shows (location is spelled too many ways to ask). */
const UNWRITTEN_FIELDS = ['title', 'company'] as const;

/**
 * Whether the page's visible text writes a structured title or employer, case, accents,
 * spacing and punctuation aside (and the gender marker, and the employer's legal form). The
 * top of the page is asked first; most pages write both there.
 */
function writtenOnPage(f: (typeof UNWRITTEN_FIELDS)[number], value: string, topText: string, pageText: () => string): boolean {
  const key = nameKey(f === 'title' ? titleWords(value).join(' ') : value.trim().replace(LEGAL_SUFFIX, ''));
  return key.length < 2 || nameKey(topText).includes(key) || pageText().includes(key);
}

/** A headline that speaks for the employer ("Wij zoeken een junior designer die…") is a sentence, not the role's name. */
const WE_SENTENCE = /^(?:we|we['’]re|wij|wir|nous|vi|noi|nosotros|buscamos|cerchiamo|procuramos|estamos|my|me)(?!\p{L})/iu;

/**
 * Whether what the page shows reads as the field: a heading or labelled title that names a
 * role, or an employer labelled or named by its element as such, not the site's own name.
 */
function readsAsShown(f: (typeof UNWRITTEN_FIELDS)[number], shown: Field, site: SiteName): boolean {
  if (f === 'title') return (shown.source === 'heading' || shown.source === 'label') && looksLikeJobTitle(shown.value) && !LIST_HEADING.test(shown.value) && !WE_SENTENCE.test(shown.value);
  const named = shown.source === 'label' || (shown.source === 'page-text' && shown.confidence >= TRUST.shownCompany);
  // A company element that holds the role ("Backend-utvecklare (Go)") names no employer.
  return named && isEmployerName(shown.value) && !isSiteName(shown.value, site) && !looksLikeJobTitle(shown.value);
}

/** Words a board puts around a role to say what the page is. */
const PAGE_WORDS = new Set(['job', 'jobs', 'posting', 'vacancy', 'vacancies', 'position', 'offer', 'opening', 'hiring', 'career', 'careers', 'apply', 'stellenangebot', 'stellenanzeige', 'offre', 'emploi', 'oferta', 'empleo', 'vacature', 'annonce', 'annons', 'stilling']);

/**
 * Structured data often shortens the role ("Installation Supervisor" where the page's heading
 * says "Solar PV Installation Supervisor", "Magazziniere" for "Magazziniere con patentino
 * muletto"). When the heading holds every word of the structured title, in order, and more,
 * and still reads as a role (not the employer's or the place's words added), the user should
 * see the role as the page names it.
 */
function preferShownTitle(chosen: Field | null | undefined, doc: Document, others: (string | null | undefined)[]): Field | null | undefined {
  if (!chosen || !STRUCTURED_SOURCES.has(chosen.source)) return chosen;
  const short = titleWords(chosen.value);
  // The heading search costs milliseconds in the page; most headings say no more than the data.
  if (short.length === 0 || !someHeadingHolds(doc, short)) return chosen;
  const heading = mainHeading(doc, doc);
  if (!heading || heading.length > 120 || LIST_HEADING.test(heading)) return chosen;
  const long = titleWords(heading);
  // (A heading that opens with the structured role's words is that role, in words no list knows:
  // "Vzdrževalec strojev in naprav (m/ž)" of "Vzdrževalec strojev".)
  // (Not a date or a count run on after it: "…（BMS 電池管理）更新日期 2026/11/2".)
  if (!looksLikeJobTitle(heading) && (long.slice(0, short.length).join(' ') !== short.join(' ') || /\d/.test(heading))) return chosen;
  // The same role with the gender marker the page shows ("Projektassistenz Vertrieb (m/w/d)"): as shown.
  if (long.join(' ') === short.join(' ') && GENDER_MARKER.test(heading) && !GENDER_MARKER.test(chosen.value)) return { value: heading, source: 'heading', confidence: chosen.confidence };
  if (long.length <= short.length || long.length > short.length + 6) return chosen;
  let at = 0;
  for (const word of long) if (word === short[at]) at++;
  if (at < short.length) return chosen;
  // The added words must not be the employer's name or the place ("Data Analyst – Acme, Leeds").
  const added = long.filter((w) => !short.includes(w));
  const elsewhere = new Set(others.flatMap((text) => (text ? wordsOf(text) : [])));
  // Nor the board's label for the page ("Job posting industrial electrician").
  // Words of one or two letters say nothing of whose they are (the "s" of "s.r.o.", "de", "of").
  // (A word the employer's name shares with the role is not the name added: "Senior Python
  // Developer (Data Platform)" at "Kwantyl Data". Only when every added word is theirs.)
  const named = added.filter((w) => w.length > 2);
  if ((named.length > 0 && named.every((w) => elsewhere.has(w))) || added.some((w) => PAGE_WORDS.has(w))) return chosen;
  return { value: heading, source: 'heading', confidence: chosen.confidence };
}

/**
 * Whether two names may be one employer's: one holds a word of the other ("Orchid Retail" and
 * "Orchid Retail Sdn Bhd"), or one is the other's initials ("NWA", "Northgate Water Authority").
 */
function namesRelated(a: string, b: string): boolean {
  const words = (name: string) => foldAccents(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const initials = (name: string) => words(name).map((w) => w[0]).join('');
  const [wa, wb] = [words(a), words(b)];
  return wa.some((w) => w.length >= 3 && wb.includes(w)) || nameKey(a) === initials(b) || nameKey(b) === initials(a);
}

/** Words that say a company belongs to the one named after them, in the languages read most. */
const PARENT_CUE =
  String.raw`(?:part of|a (?:subsidiary|division|member|brand|company|business|unit) of|(?:wholly )?owned by|subsidiary of|member of|Tochter(?:gesellschaft|unternehmen)? (?:der|des|von)|(?:ein )?Unternehmen der|Teil der|filiale d(?:e|u|es)|une (?:société|entreprise|filiale) du groupe|membre du groupe|filial de|parte de|una empresa del?|fa parte del|parte del gruppo|onderdeel van|dochter(?:onderneming)? van|del av|datterselskab af|datterselskap av|dotterbolag till)`;

/** Whether the text calls the name a company's parent ("Als Tochter der Kurpfalz Energie AG", "part of the Serambi Rasa Group"). */
function namedAsParent(name: string, text: string): boolean {
  const key = name.trim().replace(LEGAL_SUFFIX, '').trim();
  if (key.length < 3) return false;
  return new RegExp(`${PARENT_CUE}\\s+(?:the\\s+|der\\s+|des\\s+|du\\s+|de\\s+la\\s+)?${escapeRegExp(key)}`, 'iu').test(text);
}

/** Two spellings of one employer: the same name, legal form aside, or one the other's fuller form. */
function sameEmployer(a: string, b: string): boolean {
  const key = (name: string) => nameKey(name.trim().replace(LEGAL_SUFFIX, ''));
  return key(a) === key(b) || isFullerName(a, b) || isFullerName(b, a);
}

/** "United States (Remote)" → "United States": the area a remote job is open to. */
function withoutRemote(place: string): string {
  return place.replace(/[(]?\b(?:fully remote|remote|anywhere)\b[)]?/giu, '').replace(/^[\s,;–-]+|[\s,;–-]+$/gu, '');
}

/**
 * Structured data spells a place its own way: a bare address ("Berlin, Germany") where the
 * page shows more ("Berlin, Germany (Hybrid)", "New York, NY (HQ)"), or an official one
 * ("Tartu linn, Tartu maakond, EE") where the page shows the town ("Tartu, Tartumaa"). When
 * the shown text names the same place, the user should see what the page shows.
 */
function preferShownLocation(chosen: Field | null | undefined, shown: Field | null | undefined, description: string): Field | null | undefined {
  if (!chosen || !shown || chosen === shown || chosen.source === 'site') return chosen;
  // Accents folded: structured data often drops them ("Chisinau" for the page's "Chișinău").
  const city = foldAccents(chosen.value.split(/[,;(]/)[0]!.trim());
  // (Or names a wider part of the data's place: "Hồ Chí Minh" of "Bình Tân, Hồ Chí Minh, Vietnam".)
  const shownFirst = foldAccents(shown.value.split(/[,(]/)[0]!.trim());
  const agrees = (city.length >= 2 && foldAccents(shown.value).includes(city)) || (shownFirst.length >= 2 && chosen.value.split(',').slice(1).some((part) => foldAccents(part.trim()) === shownFirst));
  // The page names the same town: it may say more ("Berlin, Germany (Hybrid)"), less
  // ("Екатеринбург" where the data adds the region and the country), spell it shorter ("Tartu"
  // of "Tartu linn"), or name places the data leaves out ("Amersfoort, Soest" where the data
  // has one office). What it shows is what the user reads.
  const shownTown = /^[\p{L}][\p{L}\p{M}'’.-]{2,}/u.exec(shown.value.trim())?.[0];
  const shownKey = shownTown ? foldAccents(shownTown) : null;
  if (agrees || (shownKey && city.startsWith(`${shownKey} `))) {
    // A postcode says no more than the town ("70173 Stuttgart").
    const value = withoutPostcodes(shown.value);
    return value === chosen.value ? chosen : { ...shown, value, confidence: chosen.confidence };
  }
  // Structured data that names only a country or a wider area ("United States (Remote)", the
  // area a remote applicant may live in) says less than the town the page shows ("Brooklyn, NY (Hybrid)").
  if (isWideArea(withoutRemote(chosen.value)) && shownTown && !isWideArea(shownTown)) return { ...shown, value: withoutPostcodes(shown.value), confidence: chosen.confidence };
  // Structured data may name the head office ("Luzern") where the page labels the workplace
  // ("Arbeitsort: Sursee"): a labelled place wins over a city the description never names; so
  // does a place the page shows that the description names too ("Klaipėda" of "Klaipėdos
  // biuras", the stem before a case ending).
  const text = foldAccents(description);
  const stem = shownKey ? shownKey.slice(0, Math.max(4, shownKey.length - 2)) : '';
  const shownInText = stem.length >= 4 && new RegExp(`(?<![\\p{L}])${escapeRegExp(stem)}`, 'u').test(text);
  if ((shown.source === 'label' || shownInText) && city.length >= 2 && !text.includes(city)) return { ...shown, confidence: chosen.confidence };
  // A town the page shows as the job's place and its text names too ("Wals-Siezenheim", where
  // the data gives the group's city, which the text may name as well): where the job is.
  if (shownInText && (shown.source === 'label' || shown.confidence >= TRUST.shownLocation) && city.length >= 2 && !isWideArea(shownTown!) && !workModeIn(shownTown!)) return { ...shown, confidence: chosen.confidence };
  // A town named "Remote" ("Remote, OR (Remote)") is a work mode, not a place: the page's town is.
  if (/^(?:remote|hybrid|anywhere|home|homeoffice|work from home)$/i.test(city) && shownTown && !workModeIn(shownTown)) return { ...shown, confidence: chosen.confidence };
  return chosen;
}

function toPosting(url: string, site: string | null, c: Candidate): JobPosting {
  return {
    kind: 'posting',
    url,
    site,
    title: c.title ?? null,
    company: c.company ?? null,
    location: c.location ?? null,
    description: c.description ?? null,
    workMode: c.workMode ?? null,
    employmentType: c.employmentType ?? null,
    datePosted: c.datePosted ?? null,
    validThrough: c.validThrough ?? null,
    salary: c.salary ?? null,
    postedBy: c.postedBy ?? null,
    companyUrl: c.companyUrl ?? null,
    companyLogo: c.companyLogo ?? null,
    ...(c.companyProfiles ? { companyProfiles: c.companyProfiles } : {}),
    applyUrl: c.applyUrl ?? null,
    seniority: c.seniority ?? null,
    language: c.language ?? null,
  };
}

/**
 * A visible description that contains the structured one and says more is what the reader
 * sees: boards often put only part of the text in JSON-LD (Greenhouse leaves out the
 * company introduction). "Contains" is checked on the structured text's first and last words.
 * A structured description of a paragraph or two is a teaser: the page's body may be many
 * times longer, and holds most of the teaser's sentences; a longer structured text that the
 * page outgrows four times over is more likely lost in a page of other text.
 */
/** The share of a text's words (of four letters or more) that another text has. */
function sharedWords(text: string, other: string): number {
  const words = (t: string) => t.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  const pool = new Set(words(other));
  const own = words(text);
  return own.length === 0 ? 0 : own.filter((w) => pool.has(w)).length / own.length;
}

/** Structured descriptions shorter than this (in letters and digits) are teasers, not the body. */
const TEASER = 700;

/** Structured descriptions shorter than this are a summary line, whatever words they use. */
const SUMMARY = 200;

function preferFullerDescription(chosen: Field | null | undefined, shown: Field | null | undefined): Field | null | undefined {
  if (!chosen || !shown || chosen.source === 'site' || chosen.source === 'page-text') return chosen;
  // Letters of every script: \W would drop Cyrillic or Greek text whole.
  const squash = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
  const inner = squash(chosen.value);
  const outer = squash(shown.value);
  // A line or two of summary, however worded, is not the posting: the page's text is, when
  // it reads like a job's.
  if (inner.length < SUMMARY && outer.length >= Math.max(inner.length * 3, 300) && jobWordCount(shown.value) >= 2) return { ...shown, confidence: chosen.confidence };
  const teaser = inner.length < TEASER;
  if (inner.length < 30 || outer.length < inner.length * 1.15 || outer.length > (teaser ? Math.max(inner.length * 30, 12_000) : inner.length * 4)) return chosen;
  // A teaser may be stitched from pieces of the body (a sentence, a heading, a first bullet) or
  // be a summary in other words: most of its words are in the visible text.
  const contains = teaser ? sharedWords(chosen.value, shown.value) >= 0.6 : outer.includes(inner.slice(0, 80)) && outer.includes(inner.slice(-80));
  return contains ? { ...shown, confidence: chosen.confidence } : chosen;
}

/**
 * "Confidential", "Empresa confidencial": the page says it withholds the employer's name, so
 * that is no name, and a name guessed from the page's title, tags or address is not the
 * employer's.
 */
const WITHHELD_EMPLOYER =
  /^(?:confidential(?: (?:company|employer|client|recruiter))?|(?:company|employer) (?:confidential|withheld)|anonymous employer|empresa confidencial|confidencial|entreprise confidentielle|confidentiel(?:le)?|vertraulich(?:es unternehmen)?|anonymes unternehmen|azienda riservata|riservat[oa]|empresa sigilosa|sigilos[oa]|vertrouwelijk|anoniem|חברה חסויה|חסוי)$/iu;

/**
 * A name that only withholds the employer, perhaps behind the site's own name ("AllJobs -
 * Confidential company"): the board's placeholder, not an employer.
 */
function withheldName(name: string, site: SiteName): boolean {
  const parts = titleSegments(name);
  return parts.some((part) => WITHHELD_EMPLOYER.test(part)) && parts.every((part) => WITHHELD_EMPLOYER.test(part) || isSiteName(part, site));
}
const WITHHELD_GUESSES = new Set<string>(['title', 'meta', 'domain', 'heading']);

/** True when an element of its own says only that the employer is confidential. */
function employerWithheld(doc: Document): boolean {
  const elements = doc.querySelectorAll('h1, h2, h3, h4, h5, p, span, strong, b, a, dd, li, div');
  // The employer's line is near the top; a huge page is not searched to its end.
  for (let i = 0; i < Math.min(elements.length, 3000); i++) {
    const el = elements[i]!;
    if (el.children.length > 0) continue;
    const text = el.textContent ?? '';
    if (text.length < 40 && WITHHELD_EMPLOYER.test(text.replace(/\s+/g, ' ').trim())) return true;
  }
  return false;
}

/** A company's legal form at the end of its name, in any case ("THERMACLIM RHONE SAS"). */
const LEGAL_SUFFIX = /[\s,]+(?:inc|llc|ltd|(?:private |pvt\.? )?limited|pvt\.? ltd|gmbh|ag|sa|sas|sarl|bv|b\.v|nv|oy|ab|as|a\/s|aps|asa|spa|srl|plc|corp|s\.r\.o|sp\. z o\.o)\.?$/iu;

/** A registered name, then the name it trades under. */
const TRADING_AS = /^.{2,80}?\s+(?:DBA|D\/B\/A|d\.b\.a\.|doing business as|t\/a|trading as)\s+(?=\S)/i;

/** The name without its legal form, as nameKey compares names (no case, accents or spacing). */
const foldName = (text: string) => nameKey(text.trim().replace(LEGAL_SUFFIX, ''));

/**
 * Structured data often gives the employer's registered name in capitals ("THERMACLIM RHONE
 * SAS") where the page's title or headings write the same name as people read it ("Thermaclim
 * Rhône"): the page's spelling, when it is the same name with its accents and without its
 * legal form.
 */
/** "Product Analyst (permanent, full-time)" names the role "Product Analyst" and its contract. */
function sameRoleWithContract(labelled: string, role: string): boolean {
  if (labelled.toLowerCase() === role.toLowerCase()) return true;
  if (!labelled.toLowerCase().startsWith(role.toLowerCase())) return false;
  const rest = labelled.slice(role.length).trim().replace(/^\((.*)\)$/, '$1');
  return rest.split(/\s*[,/;]\s*/).every((part) => EMPLOYMENT_TYPE.test(part));
}

function shownSpelling(company: Field, doc: Document, text = ''): Field {
  const name = company.value;
  if (/\p{Ll}/u.test(name) || (name.match(/\p{Lu}/gu)?.length ?? 0) < 4) return company;
  // The text may write it as people do: "RIVERBEND NURSING CENTER" labelled, "Riverbend Nursing Center is hiring" in the text.
  // A short word in capitals may be cut short, its letters kept in order ("DEPT OF WATERFRONT
  // OPERATIONS" is "the Department of Waterfront Operations"; "MGMT", "Management").
  const words = name
    .split(/\s+/)
    .map((word) => (/^\p{Lu}{3,5}\.?$/u.test(word) ? `${[...word.replace('.', '')].join('\\p{L}*?')}\\p{L}*\\.?` : escapeRegExp(word)))
    .join('\\s+');
  const written = [...text.slice(0, 20_000).matchAll(new RegExp(`(?<![\\p{L}])${words}(?![\\p{L}])`, 'giu'))].map((m) => m[0]).find((m) => /\p{Ll}/u.test(m) && /^\p{Lu}/u.test(m));
  if (written) return { ...company, value: written.replace(/\s+/g, ' ') };
  const key = foldName(name);
  const places = [documentTitle(doc) ?? '', ...Array.from(doc.querySelectorAll('h1, h2, h3')).slice(0, 20).map((h) => h.textContent ?? '')];
  for (const text of places) {
    for (const part of text.split(/\s+[-–—|·:]\s+|\s*[|·]\s*/)) {
      const shown = part.replace(/\s+/g, ' ').trim();
      if (/\p{Ll}/u.test(shown) && foldName(shown) === key) return { ...company, value: shown };
    }
  }
  return company;
}

/**
 * A company's registration or tax number after its name ("ТОО «Ертіс Агро Сервис» БИН
 * 090540012873", "Acme Ltd (Company No. 04417321)"): the register's, not part of the name.
 */
const REGISTRATION_NUMBER = /[\s,]*\(?\s*(?:БИН|ИИН|ИНН|ОГРН|УНП|ЕДРПОУ|ЄДРПОУ|ЕИК|KVK|CIF|NIF|SIRET|SIREN|ABN|ACN|CRN|VAT(?: No\.?| number)?|Reg(?:istration)?\.? No\.?|Registration number|Company (?:No\.?|number)|NIP|REGON|KRS|IČO|IČ|OIB|CUI|RUC|RUT|CUIT|RFC|PIB|BIN|TIN)\s*[:.#№]?\s*[\dA-Z][\dA-Z .\-/]{4,}\)?\s*$/u;

/**
 * Fields every posting gets from what the sources found: the level the title names, the work
 * mode the location or text states, the apply link, and, when a recruiting agency posted the
 * job, the agency apart from the employer it hires for.
 */
function addDerivedFields(merged: Candidate, doc: Document, url: string, root: Element | null) {
  // Boards name employer pages "Canonical - Jobs" or "Acme Careers", and companies their blogs
  // "Acme Engineering Blog" ("오름데이터 기술 블로그"): the employer is the name.
  if (merged.company) {
    const name = merged.company.value
      .replace(/\s*(?:[-–|·]\s*)?\b(?:jobs|careers|career site|recruiting|hiring|(?:tech|engineering|dev) blog)\s*$/i, '')
      .replace(REGISTRATION_NUMBER, '')
      .replace(/\s*(?:기술|테크|개발)\s?블로그$|\s*(?:技術|テック|開発者?)ブログ$/u, '')
      .trim();
    if (name && name !== merged.company.value) merged.company = { ...merged.company, value: name };
  }
  if (merged.title) {
    // Whatever the source: "Now hiring:" before the role or "- offerta di lavoro" after it
    // (a board's words hidden in its heading) are not the role; nor, outside a site adapter's
    // reading, the employer's name after it.
    let role = withoutPageType(merged.title.value);
    if (merged.title.source !== 'site') role = withoutCompanyOrPlaceSuffix(role, merged.company?.value, merged.location?.value);
    if (role !== merged.title.value) merged.title = { ...merged.title, value: role };
  }
  const title = merged.title;
  if (title && !merged.seniority) {
    const level = seniorityFromTitle(title.value);
    if (level !== 'mid') merged.seniority = field(SENIORITY_LABELS[level], title.source, TRUST.derived);
  }
  if (!merged.workMode) {
    const fromLocation = merged.location ? workModeIn(merged.location.value) : null;
    const fromText = fromLocation ? null : workModeIn((merged.description?.value ?? '').slice(0, 20_000));
    if (fromLocation) merged.workMode = field(fromLocation, merged.location!.source, TRUST.modeInLocation);
    else if (fromText) merged.workMode = field(fromText, 'page-text', TRUST.modeInText);
  }
  if (!merged.applyUrl) {
    const apply = applyLink(root ?? doc, url);
    if (apply) merged.applyUrl = field(apply, 'page-text', TRUST.pageText);
  }
  const description = merged.description?.value ?? '';
  const company = merged.company;
  // (The agency may be labelled already, "Recruiter: Harcourt Executive Search", and taken as the company.)
  const agencyNamed = !merged.postedBy || (company !== null && company !== undefined && sameOrganisation(merged.postedBy.value, company.value));
  if (agencyNamed && company && company.source !== 'user' && (isAgencyName(company.value) || CLIENT_WORDS.test(description.slice(0, 5000)))) {
    merged.postedBy ??= { ...company, confidence: Math.min(company.confidence, TRUST.derived) };
    // A search firm's advertisement that introduces the employer ("Acme is a …") or signs for it
    // ("Seacliff Hospice is an equal opportunities employer") names the client as plainly as
    // "our client, …" does.
    const introduced = employerInText(description.slice(0, 5000)) ?? eeoEmployer(description);
    // (Named more than once: a contact named once, "send your CV to Jon Whitcombe at …", is a person.)
    const named = (name: string) => description.split(name).length > 2;
    // Or the line under the role that names it with the job's town ("St Elphin's Hospice, Shrewsbury").
    const town = merged.location ? nameKey(merged.location.value.split(/[,(]/)[0]!) : '';
    const besideTown = town
      ? description.split('\n').slice(0, 4).map((line) => /^(\p{Lu}[^,]{2,60}),\s*([^,]{2,40})$/u.exec(line.trim())).find((m) => m && nameKey(m[2]!) === town && !looksLikeJobTitle(m[1]!))?.[1]
      : undefined;
    const opener = introduced ?? besideTown ?? null;
    const client = clientNamedIn(description.slice(0, 5000)) ?? (opener && isEmployerName(opener) && !sameOrganisation(opener, company.value) && named(opener) ? opener : null);
    // The employer is the client when the posting names it; otherwise the agency stays the
    // company, as the page shows it, and postedBy says it is an agency: the employer behind
    // it is not named.
    if (client) merged.company = field(client, 'page-text', TRUST.clientInText);
  }
  // A search firm's ad for "our client", unnamed, whose <title> describes the client ("CFO -
  // Premium Food Manufacturer"): that description is no name; the firm the page says posted it is
  // the company, as when nothing else names anyone.
  const guessed = merged.company && (merged.company.source === 'title' || merged.company.source === 'meta');
  if (guessed && merged.postedBy && CLIENT_WORDS.test(description.slice(0, 5000)) && !clientNamedIn(description.slice(0, 5000)) && !description.includes(merged.company!.value)) {
    merged.company = { ...merged.postedBy };
  }
}

/** Headings of lists: "1,204 jobs", "Jobs in Berlin", "Sales jobs", "Stellenangebote". */
/** A count of jobs: "214 ofertas de empleo", "1,204 jobs in Berlin" (not "Level 3 Jobs"). */
const COUNTED_JOBS =
  /(?<!\b(?:tier|level|grade|band|step|phase|class|type|part|no\.?)\s+|\(\s*)\d(?![\d,.]*\s*-?\s*(?:months?|weeks?|years?|days?|hours?|hrs?|mos?|yrs?|monate?n?|wochen|mois|semaines|ans|meses|semanas|años|anos|mesi|settimane|maanden|weken|månader|måneder|miesięcy|tygodni)(?![\p{L}]))[\d,. ]*\s+(?:[\p{L}-]+\s+){0,3}(?:jobs|vacancies|positions|results|roles|openings|stellen(?:angebote)?|offres|empleos|ofertas|vacatures|jobb|jobannoncer|(?<=(?<![\d,.])1\s+)job|stillinger|lediga jobb|ofert|annunci|offerte|vagas|ilan)\b/iu;
const LIST_HEADING = new RegExp(
  `${COUNTED_JOBS.source}|` +
    String.raw`\b(?:jobs|vacancies|openings)\b(?:\s+(?:in|near|at|for)\b|\s*$)|\b(?:open|current) (?:roles|positions|openings|vacancies)\s*$|^(?:currently|now) (?:open|hiring)\s*$|^(?:lediga jobb|ledige (?:job|jobs|stillinger)|offres d['’]emploi|ofertas de (?:empleo|trabajo)|offerte di lavoro|vagas de emprego|vacatures|stellenangebote|jobs) (?:som|i|als|in|de|en|di|a|à|voor|für|for|as)\b|^(?:вакансии|вакансії|работа|робота|praca|práce|práca|poslovi|állások)\s+\p{L}+(?:\s+\p{L}+)?\s+(?:в|у|во|w|v|ve|u|na)\s+\p{Lu}|^(?:θ[έε]σεις εργασ[ίι]ας|αγγελ[ίι]ες(?: εργασ[ίι]ας)?)\s.{0,80}\s(?:στη|στην|στο|στον|σε)\s+\p{Lu}`,
  'iu',
);


/** Headings of the sections a posting has, and only a posting: "Responsibilities", "Ihr Profil". */
const POSTING_SECTION =
  /^(?:-\s*)?(?:(?:key |main |your |the )?(?:responsibilities|duties|tasks|requirements|qualifications)|what you(?:'|’)ll do|what you will do|what we(?:'|’)re looking for|what we are looking for|who you are|about you|your profile|nice to have|ihre aufgaben|ihr profil|deine aufgaben|dein profil|anforderungen|wir bieten|vos missions|votre mission|votre profil|profil recherché|missions|funciones|requisitos|responsabilidades|mansioni|requisiti|taken|functie-eisen|wat vragen wij|wij bieden|arbejdsopgaver|dine opgaver|vi forventer|kvalifikationer|arbeidsoppgaver|kvalifikasjoner|arbetsuppgifter|vi söker dig som|obowiązki|wymagania|oferujemy)\s*:?$/iu;

/** Section headings of a posting in the text, on their own line or leading one ("Duties: …"). */
function postingSectionCount(description: string): number {
  let count = 0;
  for (const line of description.slice(0, 20_000).split('\n')) {
    const lead = line.includes(':') ? line.slice(0, line.indexOf(':') + 1) : line;
    if (lead.length <= 60 && POSTING_SECTION.test(lead.trim())) count++;
  }
  return count;
}

/** An address whose path names a job ("/jobs/2999", "/job/lagermedarbejder-55120", "?jobId="). */
function addressNamesJob(url: string): boolean {
  return /\/(?:jobs?|careers?|positions?|roles?|openings?|apply|vacanc\w*|stellen\w*|offres?|offers?|vacatures?|stilling\w*|ofertas?|opportunit\w*|postings?)(?:\/|$)|\/(?:now-|we-are-|were-)?hiring(?:[-/]|$)|\/(?:join-(?:us|our-team)|work-with-us|lavora-con-noi|trabaja-con-nosotros|trabalhe-conosco|rejoignez-nous|werken-bij|arbeiten-bei-uns|karriere|carrieres?|carreras?|carriere|bandi(?:-di-concorso)?|concorsi)(?:[-/]|$)|[?&](?:job_?id|jk|gh_jid)=/i.test(url);
}

/** How much of the page's visible text, from the top, the checks read. */
const TOP_TEXT = 2500;

type CoreField = 'title' | 'company' | 'location' | 'description';

function missing(c: Candidate): Set<CoreField> {
  return new Set((['title', 'company', 'location', 'description'] as const).filter((k) => !c[k] || c[k].confidence < SURE));
}

function extract(doc: Document, url: string, options: ExtractOptions, fallback: DescriptionFallback): ExtractionResult {
  if (isBrowserPage(url)) return notAPosting(url, 'browser-page');
  if (!isHtmlDocument(doc)) return notAPosting(url, 'not-html');
  const pageTitle = documentTitle(doc);
  const parsedUrl = parseUrl(url);
  const adapter = parsedUrl ? adapterFor(parsedUrl, doc) : null;
  const early = parsedUrl && adapter?.classify?.(doc, parsedUrl);
  if (early) return notAPosting(url, early, pageTitle);

  const read = adapter && parsedUrl ? adapter.read(doc, parsedUrl) : { fields: {} };
  const reading = read.root || !parsedUrl ? read : { ...read, root: sectionAddressed(doc, parsedUrl) };
  const usePageData = !reading.ignorePageData;
  const structured = usePageData ? readStructuredPostings(doc) : [];
  if (isInterstitial(doc) && structured.length === 0) return notAPosting(url, 'error-page', pageTitle);
  // The visible text at the top of the page, read once: its length says whether the page has
  // content at all (an app shell's <noscript> notice is not content), and its lines are where
  // a page says it is closed, an error or a sign-in wall.
  const topText = elementText(doc.body, { max: TOP_TEXT });
  const visible = topText.length;
  if (visible < 20 && structured.length === 0) {
    const frame = embeddedBoardFrame(doc, url);
    return frame ? { ...notAPosting(url, 'embedded', pageTitle), frameUrl: frame } : notAPosting(url, 'empty', pageTitle);
  }

  const chosen = chooseStructured(doc, structured);
  if (chosen === 'list' && !reading.fields.title) return notAPosting(url, 'list', pageTitle);
  const siteCandidate = reading.fields;
  const structuredCandidate: Candidate = chosen && chosen !== 'list' ? postingFromSchema(chosen, doc, !siteCandidate.description) : {};
  const known = mergeCandidates([siteCandidate, structuredCandidate]);
  // The generic rules fill what is still missing; the description is also read when it came
  // from structured data, which may hold only part of what the page shows.
  const need = missing(known);
  // A fuller visible description can only exist if the page has more text than the structured one.
  const structuredText = structuredCandidate.description?.value.length ?? 0;
  if (structuredText > 0 && !siteCandidate.description && (doc.body?.textContent?.length ?? 0) > structuredText * 1.15) need.add('description');
  // A page with less visible text than a short description has no description to find.
  if (visible < 200) need.delete('description');
  // Structured data that names the site itself as the employer (a board that puts its own
  // name in hiringOrganization) is outvoted by the employer the page shows or labels.
  const site = siteName(doc, url);
  const structuredNamesSite = Boolean(structuredCandidate.company && !siteCandidate.company && (isSiteName(structuredCandidate.company.value, site) || withheldName(structuredCandidate.company.value, site)));
  if (structuredNamesSite) need.add('company');
  // Structured data in another script than the page (an English title on a Hebrew page) is
  // read against what the page shows: the page's own words are what the user reads.
  const foreign = SHOWN_FIELDS.filter((f) => !siteCandidate[f] && structuredCandidate[f] && inOtherScript(structuredCandidate[f].value, topText));
  for (const f of foreign) need.add(f);
  // Structured data may name a role or an employer the page never writes: the board's own
  // record ("Purchasing Staff" on a page headed "Chuyên Viên Thu Mua…"), a group's name where
  // the page shows the firm's. What the page shows is asked for too, and wins if it reads right.
  // The page's visible text, read once and only if the top of the page does not settle it.
  let visibleKey: string | undefined;
  const pageText = () => (visibleKey ??= nameKey(elementText(doc.body, { max: 30_000 })));
  const unwritten = UNWRITTEN_FIELDS.filter((f) => !siteCandidate[f] && structuredCandidate[f] && !foreign.includes(f) && !writtenOnPage(f, structuredCandidate[f].value, topText, pageText));
  for (const f of unwritten) need.add(f);
  // Structured data that names only a country ("United States (Remote)") leaves the town to the page.
  if (!siteCandidate.location && structuredCandidate.location && isWideArea(withoutRemote(structuredCandidate.location.value))) need.add('location');
  // Markup that tags the advertiser's registered name as the job's title ("TECK HIN HARDWARE &
  // ENGINEERING PTE LTD") names the employer: the role is left to the page.
  if (!siteCandidate.title && structuredCandidate.title && isRegisteredName(structuredCandidate.title.value)) {
    structuredCandidate.company ??= field(structuredCandidate.title.value, structuredCandidate.title.source, TRUST.headingEmployer);
    delete structuredCandidate.title;
    need.add('title');
  }
  const generic = genericCandidate(doc, url, {
    root: reading.root ?? null,
    need,
    ignorePageData: !usePageData,
    shownLocation: siteCandidate.location?.source !== 'site',
    site,
  });
  let merged = mergeCandidates([siteCandidate, structuredCandidate, generic]);
  const shownEmployer = generic.company && (generic.company.source === 'label' || generic.company.source === 'page-text') ? generic.company : null;
  if (structuredNamesSite && shownEmployer && !isSiteName(shownEmployer.value, site)) merged.company = shownEmployer;
  for (const f of foreign) {
    const shown = generic[f];
    const fits = shown && !inOtherScript(shown.value, topText) && (f !== 'title' || looksLikeJobTitle(shown.value));
    if (fits && merged[f]?.source === structuredCandidate[f]!.source) merged[f] = { ...shown, confidence: merged[f].confidence };
  }
  for (const f of unwritten) {
    const shown = generic[f];
    if (shown && merged[f]?.source === structuredCandidate[f]!.source && readsAsShown(f, shown, site)) merged[f] = { ...shown, confidence: merged[f].confidence };
  }
  // A page that labels its employer ("Organisation/Entity: Regional Freight and Roads NSW")
  // where structured data names another (the government, the group, a legal entity the page
  // never shows as the employer) shows the user the one it labels.
  const labelledEmployer = generic.company?.source === 'label' && !siteCandidate.company ? generic.company : null;
  if (labelledEmployer && merged.company && STRUCTURED_SOURCES.has(merged.company.source) && !sameEmployer(labelledEmployer.value, merged.company.value) && !isSiteName(labelledEmployer.value, site) && !withheldName(labelledEmployer.value, site)) {
    merged.company = { ...labelledEmployer, confidence: merged.company.confidence };
  }
  // Structured data may name the group ("Serambi Rasa Group", "Kurpfalz Energie AG") where the
  // page says the employer belongs to it ("Part of Serambi Rasa Group", "Als Tochter der
  // Kurpfalz Energie AG"): the employer is the firm the page shows, or the one the text signs
  // with its legal form, not its parent.
  if (merged.company && STRUCTURED_SOURCES.has(merged.company.source) && !siteCandidate.company && !labelledEmployer) {
    const parent = merged.company.value;
    const words = `${merged.description?.value ?? ''}\n${(doc.body?.textContent ?? '').slice(0, 100_000)}`;
    if (namedAsParent(parent, words)) {
      // (The firm may own the site: its copyright line names it.)
      const fits = (name: string | null): name is string => name !== null && isEmployerName(name) && !sameEmployer(name, parent) && (!isSiteName(name, site) || nameKey(name) === nameKey(site.copyright ?? '')) && !isCarrierName(name);
      // (The structured description may leave out the paragraph that names the firm: the page's text is read too.)
      const child = [visibleCompany(doc, site), employerWithLegalForm(merged.description?.value ?? ''), employerWithLegalForm(generic.description?.value ?? words.slice(0, 20_000))].find(fits);
      if (child) merged.company = field(child, 'page-text', merged.company.confidence);
    }
  }
  if (merged.company && merged.company.source !== 'user' && (withheldName(merged.company.value, site) || (WITHHELD_GUESSES.has(merged.company.source) && employerWithheld(doc)))) {
    merged.company = null;
  }
  // A job board's, a newspaper's or a forum's own name is not the employer of a posting it
  // carries: the employer the text names takes its place, and on a board no name is better
  // than the board's. (A paper that advertises its own job names itself in the text too.)
  // The name may be a board's in a shorter form than the one it gives itself ("Praca" on Praca.pl).
  const companyKey = merged.company ? nameKey(merged.company.value) : '';
  const boardsOwnName = companyKey !== '' && site.names.some((name) => isBoardName(name) && nameKey(name) === companyKey);
  if (merged.company && !siteCandidate.company && merged.company.source !== 'user' && (isCarrierName(merged.company.value) || boardsOwnName)) {
    const text = merged.description?.value ?? '';
    const board = isBoardName(merged.company.value) || boardsOwnName;
    // A board's posting signs with the employer's registered name; a paper names its own publisher.
    const named = employerInText(text) ?? (board ? employerWithLegalForm(text) : null);
    if (named && !isCarrierName(named) && !isSiteName(named, site) && isEmployerName(named)) merged.company = field(named, 'page-text', TRUST.companyInText);
    else if (board) merged.company = null;
  }
  // A <title>'s part that is the posting's own place ("Role - София | Board") is not the
  // employer: the one the text names, or signs with its legal form, is.
  // So is a part that is the workplace the text names ("PTA – Belgrade | Cedar Hollow PT" over
  // "our Belgrade clinic"), whatever the location field says.
  // Each place of a list counts ("London / Edinburgh" of "London, England / Edinburgh, Scotland").
  const towns = (place: string) => place.split(/\s*(?:[/;|&]|\band\b)\s*/).map((part) => nameKey(part.split(/[,(]/)[0]!)).filter(Boolean);
  // (Read only for a name from the <title> or meta tags.)
  let places: string[] | undefined;
  const placesNamed = () => (places ??= [merged.location?.value, generic.location?.value, workplaceInText(merged.description?.value ?? ''), basedInText(merged.description?.value ?? '')].filter((p): p is string => Boolean(p)));
  // ("Launceston & North East Jobs" is the board's section of that place.)
  const titlePlace = (part: string, name = part.replace(/\s+(?:jobs|careers|vacancies)$/i, '')) =>
    placesNamed().some((place) => nameKey(name) === nameKey(place.split(/[,(]/)[0]!) || nameKey(name) === nameKey(place)) ||
    (towns(name).length >= 2 && towns(name).every((town) => placesNamed().some((place) => towns(place).includes(town))));
  if (merged.company && (merged.company.source === 'title' || merged.company.source === 'meta') && titlePlace(merged.company.value)) {
    const text = merged.description?.value ?? '';
    const named = employerInText(text) ?? employerWithLegalForm(text) ?? eeoEmployer(text) ?? visibleCompany(doc, site) ?? merged.postedBy?.value ?? null;
    // Else, on an employer's own site (its address spells the site's name, which is no board's), the site's owner.
    const owner = ownersName(site, url);
    merged.company = named && isEmployerName(named) && !isSiteName(named, site)
      ? field(named, 'page-text', TRUST.companyInText)
      : owner && !isBoardName(owner) && !isCarrierName(owner) ? field(owner, 'meta', TRUST.meta) : null;
  }
  // A name guessed from the site (its address, its own name in the <title>) gives way to the
  // employer the posting's text says is hiring ("Groupe Pelletier-Marceau recherche…",
  // "Hurtownia Tarnica S.A. poszukuje…"): a board or an ATS carries others' postings.
  // On an employer's own site the text names the same employer, often shorter ("Birchwood" of
  // "Birchwood Veterinary Clinic", "NWA"): only a name unrelated to the site's takes its place.
  if (merged.company && !siteCandidate.company && (merged.company.source === 'domain' || isSiteName(merged.company.value, site))) {
    // Where only the address names anyone, a name with its legal form opening the text
    // ("Clydeair Engineering Ltd, the Part 145 maintenance organisation …, requires …"), or the
    // addressee of the postal address the ad closes with, or the page's logo, on a page that
    // never writes the address's name, is the employer.
    const text = merged.description?.value ?? '';
    const current = merged.company.value;
    const fits = (name: string | null): name is string => name !== null && !isSiteName(name, site) && !isCarrierName(name) && isEmployerName(name) && !namesRelated(name, current);
    const inText = employerInText(text);
    // (A community's or a list's name, the site's, is no employer's either: "Wir, die Auenwerk GmbH, …" on a list's archive.)
    const named = fits(inText) ? inText : merged.company.source === 'domain' ? [employerWithLegalForm(text.slice(0, 400)), employerInAddress(text), pageLogoName(doc, site, current)].find(fits) : [employerWithLegalForm(text.slice(0, 400))].find(fits);
    if (named) merged.company = field(named, 'page-text', TRUST.companyInText);
  }
  // "HCM HOLDINGS LLC DBA BRAZOS VALLEY HOME CARE": the name it trades under is the one people know.
  if (merged.company) merged.company = shownSpelling({ ...merged.company, value: merged.company.value.replace(TRADING_AS, '') }, doc, merged.description?.value);
  // Structured data's registered or group name, which the posting never writes, gives way to the name it trades under in the text.
  // (The structured description may be a summary: the page's own text is read too.)
  // (Or the page as shown: its header by the logo and its text may each name it once.)
  const trading = merged.company?.source === 'json-ld' ? (tradingNameInText(merged.company.value, `${merged.description?.value ?? ''}\n${generic.description?.value ?? ''}`) ?? tradingNameInText(merged.company.value, topText)) : null;
  // (On the employer's own careers site the name is the site's too: only a board's name is not it.)
  if (trading && merged.company && isEmployerName(trading) && !isBoardName(trading) && !looksLikeJobTitle(trading)) merged.company = { ...merged.company, value: trading };
  // An employer named by its initials ("ECOA") or an address's letters ("Iods") is named in
  // full where the text spells it out: "the European Coastal Observation Agency (ECOA)".
  const nameText = (merged.description?.value ?? topText).slice(0, 5000);
  const fullName = merged.company
    ? (fullNameOfInitials(merged.company.value, nameText) ?? fullNameWithInitials(merged.company.value, nameText) ?? nameWithTheseInitials(merged.company.value, nameText))
    : null;
  if (fullName && merged.company) merged.company = { ...merged.company, value: fullName };
  // (The structured description may be a summary: the page's own text is read too.)
  merged.location = preferShownLocation(merged.location, generic.location, `${merged.description?.value ?? ''}\n${generic.description?.value ?? ''}`);
  // Structured data may give the employer's seat ("Nantes", where it was founded; "Headquarters:
  // Boulder") where the text puts the job at a workplace elsewhere ("dans nos locaux de
  // Saint-Herblain", "our Denver office"): when the page calls that town the seat, the workplace.
  if (merged.location?.source === 'json-ld' && !siteCandidate.location && merged.description) {
    // (The structured description may be its first paragraph only, and the employer's box beside
    // the text may be where the page says where it was founded: the page's text is read too.)
    const pageWords = `${merged.description.value}\n${(doc.body?.textContent ?? '').slice(0, 20_000)}`;
    const workplace = workplaceInText(pageWords);
    const value = foldAccents(merged.location.value);
    const seat = foldAccents(merged.location.value.split(/[,(]/)[0]!.trim());
    // (Also "Huvudkontor, fabrik och showroom ligger i Vetlanda", "hoofdkantoor in", "siedziba w".)
    const seatAsSeat = new RegExp(`(?:found|fond|head|siege|seat|hq|headquarter|sitz|sede|gegrund|huvudkontor|hovedkontor|hoofdkantoor|siedzib)[^.\\n]{0,60}${escapeRegExp(seat)}`, 'iu');
    const text = foldAccents(pageWords);
    if (workplace && seat.length >= 2 && !value.includes(foldAccents(workplace)) && seatAsSeat.test(text)) merged.location = field(workplace, 'page-text', merged.location.confidence);
  }
  // An employer's own site (its name guessed from the address) that describes its business in
  // structured data names itself and its town there.
  if (!structuredCandidate.title && (!merged.location || merged.company?.source === 'domain')) {
    const owner = merged.company?.source === 'domain' || !merged.company ? siteOwner(doc) : null;
    if (owner && !merged.location) merged.location = field(owner.place, 'json-ld', TRUST.siteLoose);
    if (owner?.name && merged.company?.source === 'domain' && isEmployerName(owner.name)) merged.company = field(owner.name, 'json-ld', TRUST.headingEmployer);
  }
  // A social network's post is titled by who posted it ("Padaria Trigo Dourado no X: “…”").
  const poster = !merged.company && pageTitle ? SOCIAL_POSTER.exec(pageTitle)?.[1] : undefined;
  if (poster && isEmployerName(poster)) merged.company = field(poster, 'title', TRUST.headingEmployer);
  // A labelled place may be the board's region ("Location: Wide Bay Burnett", "Lieu : Centre",
  // "Lewiston/Auburn Area"): the town of the workplace the text names ("the Urangan depot in
  // Hervey Bay", "nos bureaux de Strassen") is where the job is, when the label is a region's,
  // or holds that town, or names a place the text never does.
  // A place named by its kind of area ("Co. Tyrone", "North Queensland", "Boston - Inner
  // Suburbs", "West") is a region too, labelled so or not; and for it the text's own place (a
  // labelled line, "based at …", a postal address) says where in it the job is.
  // (A place the page's text shows in a facts line is looked into only when it names an area.)
  const shownPlace = merged.location?.source === 'label' || merged.location?.source === 'microdata';
  // The employer's own words label the workplace inside the text ("Place of work: Debre Markos"),
  // beside a board's summary box that says otherwise: the text is the employer's.
  // (A street address or a site's name on that line says where in town, not which town.)
  const inTextLabel = merged.location && merged.location.source !== 'json-ld' && merged.description ? labelledPlaceInText(merged.description.value, merged.company?.value, true) : null;
  const textLabelled = inTextLabel && !/\d/.test(inTextLabel) && !namesASite(inTextLabel) ? inTextLabel : null;
  // A town read off an address on the page (a footer's office, of several) is a guess the
  // text's own workplace ("our Shrewsbury office") outweighs.
  const addressed = merged.location?.source === 'page-text' && merged.location.confidence === TRUST.addressPlace;
  const looked = merged.location && (shownPlace || textLabelled || addressed || (merged.location.source === 'page-text' && (namesAnArea(merged.location.value) || BUILDING_NOT_PLACE.test(merged.location.value))));
  if (merged.location && looked && merged.description) {
    const labelled = merged.location.value;
    const text = foldAccents(merged.description.value);
    const area = namesAnArea(labelled, merged.description.value);
    const regionLabelled = merged.location.confidence === TRUST.regionLabel || area;
    // "The position is based at the Operations Centre in KwaDukuza": the text says so in words.
    const based = basedInText(merged.description.value);
    const stated = based ?? textLabelled;
    const town =
      stated ??
      workplaceInText(merged.description.value) ??
      (area || regionLabelled ? (placeInText(merged.description.value, merged.company?.value, true) ?? (doc.body ? addressTown(doc.body) : null)) : null);
    const key = town ? foldAccents(town) : '';
    const holdsTown = key !== '' && new RegExp(`(?<![\\p{L}])${escapeRegExp(key)}(?![\\p{L}])`, 'u').test(foldAccents(labelled));
    // A bare name the text never uses ("Wide Bay Burnett", "Centre"); "Leeds, West Yorkshire" is a town already.
    // (A hyphen inside a name, "Manawatu-Wanganui", joins its parts; one between spaces sets a part apart.)
    const unnamed = !/[,(]|\s[–-]\s|–/.test(labelled) && !text.includes(foldAccents(labelled.split('/')[0]!.trim()));
    // A label that starts with the town says the same, and more ("Kalgoorlie, WA" of "our Kalgoorlie workshop").
    // (And a town the text gives with its street after it, "اصفهان، خیابان …", is the label's town.)
    const labelTown = foldAccents(labelled.split(/\s*[,،(]/)[0]!.trim());
    // (Or one's words are all the other's: "충북 음성군" of "충북 > 음성군", "Leiria" of "Vale de Murta, Leiria".)
    const placeWords = (place: string): string[] => place.toLowerCase().match(/\p{L}+/gu) ?? [];
    const within = (a: string, b: string) => placeWords(a).length > 0 && placeWords(a).every((word) => placeWords(b).includes(word));
    // (Only for the text's own label: a workplace's town inside a labelled address is that address's cleaner name.)
    const fromTextLabel = based === null && town === textLabelled;
    const sameTown = key !== '' && (foldAccents(labelled).startsWith(key) || (fromTextLabel && (within(key, foldAccents(labelled)) || (labelTown.length >= 2 && new RegExp(`(?<![\\p{L}])${escapeRegExp(labelTown)}(?![\\p{L}])`, 'u').test(key)))));
    // A building or a unit of the employer ("City Hall - Planning Division", "Head Office") is where in town, not the town.
    const building = BUILDING_NOT_PLACE.test(labelled);
    // A remote job's place ("remote, anywhere in Europe; our office is in Tartu") is where one may work from, not the office.
    const remote = workModeIn(labelled) === 'remote';
    // (A postal address's town without its postcode: "San Antonio, TX", not "… TX 78205".)
    if (town && !sameTown && !remote && (stated !== null || regionLabelled || holdsTown || unnamed || building || addressed)) merged.location = field(withoutPostcodes(town), 'page-text', TRUST.factsLine);
    // (For an area the same search ran above and found nothing.)
    else if (building && !town && !area) {
      const addressed = placeInText(merged.description.value, merged.company?.value) ?? (doc.body ? addressTown(doc.body) : null);
      if (addressed) merged.location = field(withoutPostcodes(addressed), 'page-text', TRUST.factsLine);
    }
  }
  // A place the posting's own text labels or addresses, when no element of the page names one.
  const placeInDescription = !merged.location && merged.description ? placeInText(merged.description.value, merged.company?.value) : null;
  if (placeInDescription) merged.location = field(placeInDescription, 'page-text', TRUST.factsLine);
  // Else the town a subject line names after the role, where the text says the job is there.
  const titleTown = !merged.location && merged.title && merged.description ? placeAfterRole(withoutCompanyOrPlaceSuffix(merged.title.value, merged.company?.value, null), merged.description.value) : null;
  if (titleTown && !(merged.company && nameKey(titleTown) === nameKey(merged.company.value))) merged.location = field(titleTown, 'page-text', TRUST.factsLine);
  merged.title = preferShownTitle(merged.title, doc, [merged.company?.value, merged.location?.value]);
  merged.description = preferFullerDescription(merged.description, generic.description);
  // Readability is the last resort, and only worth running on a page with text enough for a
  // description (on a near-empty page it costs more than it could find), and a title to
  // describe (a page with none is no posting, whatever text it has).
  // (A page headed like a list, "Currently open", has no one posting's text for it to find.)
  if (!merged.description && merged.title && visible >= 500 && !LIST_HEADING.test(merged.title.value)) merged = mergeCandidates([merged, fallback(doc)]);
  // A location that says only "Remote" gains the areas the text says its people must live in
  // ("Remote (Oregon, Washington or Idaho)"): a remote job open to some places only.
  if (merged.location && /^(?:fully[ -])?remote$/i.test(merged.location.value.trim()) && merged.description) {
    const areas = remoteAreaInText(merged.description.value);
    if (areas) merged.location = field(`Remote (${areas})`, merged.location.source, merged.location.confidence);
  }

  const selection = options.selection ? bound(tidyLines(options.selection), MAX_DESCRIPTION) : '';
  if (selection) merged.description = field(selection, 'selection', 1);

  // Only the generic rules found something: it is a posting only if it reads like one.
  const description = merged.description?.value ?? '';
  // A heading that names no role (a person's name, a greeting, "Join our team!") leaves the
  // role to the page's own announcement of it ("Now hiring: …", "We're hiring a … at …").
  const namesNoRole = !merged.title || !looksLikeJobTitle(merged.title.value);
  // A labelled role the page also announces ("Role: Product Analyst (permanent, full-time)"
  // and "We're hiring a Product Analyst at Corvane Freight") is the announcement's: the two
  // agree on the role, and the announcement names the employer.
  const labelledRole = merged.title?.source === 'label' ? merged.title.value : null;
  if (!siteCandidate.title && !structuredCandidate.title && !selection && (namesNoRole || labelledRole)) {
    const announced = hiringAnnouncement(`${pageTitle ?? ''}\n${topText}\n${description.slice(0, 3000)}`);
    const agrees = announced && labelledRole && sameRoleWithContract(labelledRole, announced.title);
    if (announced && (namesNoRole || agrees)) {
      // The role announced in one of several headed items (a newsletter's "Help wanted"): that item is the text.
      const item = namesNoRole && merged.description?.source === 'page-text' ? itemAnnouncing(doc.body, announced.title) : null;
      if (item && item.length * 1.4 <= description.length) merged.description = field(item, 'page-text', merged.description!.confidence);
      const facts = factsLineNaming(topText, announced.title);
      merged.title = field(facts?.role ?? announced.title, 'page-text', TRUST.announcement);
      if (facts?.place && !merged.location) merged.location = field(facts.place, 'page-text', TRUST.factsLine);
      // An announcement without "at Acme" may be followed by "Acme is looking for…".
      const employer = announced.company ?? employerInText(merged.description?.value ?? '');
      // The text often shortens the name the page gives ("Orchid Retail" for "Orchid Retail Sdn Bhd"): the same employer.
      const shortened = employer && merged.company && (isFullerName(merged.company.value, employer) || namesRelated(merged.company.value, employer));
      if (employer && !shortened && (!merged.company || merged.company.confidence <= TRUST.announcement)) merged.company = field(employer, 'page-text', TRUST.companyInText);
    }
  }
  // A heading that names a role lets a shorter text with fewer job words count, and fewer
  // still when the address names a job too.
  // The page's main heading is part of what it says ("Werde Teil unseres Teams!" over the text).
  const firstHeading = doc.querySelector('h1')?.textContent ?? '';
  const pageTitleParts = pageTitle ? titleSegments(pageTitle) : [];
  const jobWords = jobWordCount(firstHeading.length <= 200 ? `${firstHeading}\n${description}` : description);
  // Labelled facts ("Location: …", "Empresa: …") are a posting's; they count like a heading
  // that names a role, for titles in words no list knows ("Bryggare", "Rececionista").
  const labelled = [generic.title, generic.company, generic.location].some((f) => f?.source === 'label');
  // They do not outweigh a list's many job links: a results page labels each card's place.
  const roleTitle = Boolean(merged.title) && looksLikeJobTitle(merged.title!.value) && !LIST_HEADING.test(merged.title!.value);
  // Without a role in the heading or labelled facts, job words alone are not enough: an
  // "About us" page mentions hiring, benefits and the team too. It also needs the address to
  // name a job, or the sections a posting has (responsibilities, requirements…).
  // A page whose heading or <title> announces a vacancy ("Bench joiner wanted", "ВАКАНСИЯ:
  // нужен пекарь") is offering a job, as one with labelled job facts is.
  const announced = [firstHeading, pageTitleParts[0] ?? ''].some((text) => text.length <= 200 && announcesHiring(text));
  const readsLikeJob =
    Boolean(merged.title) &&
    description.length >= 200 &&
    ((roleTitle || labelled || announced)
      ? jobWords >= 3 || (jobWords >= 2 && addressNamesJob(url))
      : jobWords >= 5 && (addressNamesJob(url) || postingSectionCount(description) >= 2));
  // A page headed like an article about work ("How I got my job: Lock keeper") may state a
  // role, an employer and pay, but offers no job: only a labelled title would say otherwise.
  const articleHeading = merged.title?.source === 'heading' && ARTICLE_OPENING.test(merged.title.value);
  const hasPostingSignal =
    Boolean(siteCandidate.title) || Boolean(structuredCandidate.title) || Boolean(selection) || (readsLikeJob && !articleHeading);
  const headlineReason = classifyByHeadlines(doc, hasPostingSignal, topText, description.length);
  if (headlineReason) return notAPosting(url, headlineReason, pageTitle);
  // Many links to jobs make a list, unless the page is headed by one role and reads like its
  // posting (a single posting followed by "more jobs like this"). A heading that counts or
  // gathers jobs ("1,204 jobs in Berlin"), or a page headed by no role that links to several
  // jobs (a careers index), is a list with fewer.
  const fromPageOnly = !siteCandidate.title && !structuredCandidate.title && !selection;
  // Counted once, and only where a decision needs it.
  let links: number | undefined;
  const jobLinkCount = () => (links ??= countJobLinks(doc));
  const jobLinks = fromPageOnly ? jobLinkCount() : 0;
  // The <title> without the site's own name, which may end in "Jobs" ("Trade Me Jobs", "NHS
  // Jobs"), or a part that only says what kind of page it is ("Jobs", "Careers").
  const titleParts = pageTitleParts.filter((part) => !isSiteName(part, site) && !isGenericSegment(part));
  // Of the <title>, the part that says what the page is about: the first. A later part that
  // gathers jobs is the board's name or section ("… - Halvorsen Dentistry - Phoenix Jobs").
  // A part anywhere that counts jobs ("214 ofertas de empleo administrativo en Valencia") says
  // the page is a search's results.
  // A board may open a posting's <title> with the search it belongs to ("Jobs in Chennai -
  // Assistant Manager - Credit Underwriting - …"): a <title> that also names the role the page
  // reads is that posting's.
  const titleNamesRole = roleTitle && nameKey(pageTitle ?? '').includes(nameKey(merged.title!.value));
  // The page's own main heading counts too when the title was found elsewhere: "Job Openings"
  // over rows of jobs is a list, whichever line of a row's snippet the text reading picked.
  const listHeading =
    Boolean(merged.title && LIST_HEADING.test(merged.title.value)) ||
    (merged.title?.source === 'page-text' && LIST_HEADING.test(collapseSpace(firstHeading))) ||
    Boolean(titleParts[0] && LIST_HEADING.test(titleParts[0]) && !titleNamesRole) ||
    titleParts.some((part) => COUNTED_JOBS.test(part));
  const isList =
    fromPageOnly &&
    ((!(roleTitle && readsLikeJob) && jobLinks > 25) ||
      // A <title> that reads like a search ("Minor League Baseball Jobs", "Sales Executive Jobs
      // in Ludhiana") over a page headed by a role, with the posting's labelled facts and text:
      // the board names its section, and the links are the jobs beside the one shown.
      (listHeading && !(roleTitle && readsLikeJob && labelled) && (jobLinks >= 5 || roleHeadingLinks(doc) >= 5)) ||
      // A heading in words no list knows ("Mühasib vakansiyası", "【急徵】門市儲備幹部") that
      // announces one vacancy is a role, whatever links follow.
      (!roleTitle && !labelled && !(announced && readsLikeJob) && jobLinks >= 4) ||
      (merged.title?.source === 'heading' && (otherRoleHeadings(reading.root ?? doc, merged.title.value) > 0 || teaserHeadings(doc, merged.title.value, url) >= 2)));
  if (!hasPostingSignal || isList) {
    const frame = embeddedBoardFrame(doc, url);
    if (frame) return { ...notAPosting(url, 'embedded', pageTitle), frameUrl: frame };
    return notAPosting(url, isList || jobLinkCount() >= 8 ? 'list' : 'no-posting', pageTitle);
  }
  if (!merged.title) return notAPosting(url, 'no-posting', pageTitle);

  const language = detectLanguage(merged.description?.value ?? '') ?? doc.documentElement.getAttribute('lang')?.slice(0, 2).toLowerCase() ?? null;
  if (language && !merged.language) merged.language = field(language, 'page-text', TRUST.derived);
  addDerivedFields(merged, doc, url, reading.root ?? null);
  const posting = toPosting(url, adapter?.id ?? null, merged);
  return posting;
}

/** A labelled "location" that names a building or a unit of the employer rather than a place. */
const BUILDING_NOT_PLACE = /^(?:(?:city|town|village|county) hall|head ?office|headquarters|main office|corporate office|main campus|central office)(?![\p{L}])|(?<![\p{L}])(?:division|department|dept\.?|building|annex|hub|depot|warehouse|distribution cent(?:er|re))\s*$/iu;

/**
 * The extractor, with `fallback` for a description nothing else found (see DescriptionFallback).
 * Never throws: a page that breaks the extractor is reported as unreadable, not as a crash.
 */
export function readPosting(doc: Document, url: string, options: ExtractOptions, fallback: DescriptionFallback): ExtractionResult {
  forgetSiteName(doc);
  try {
    return extract(doc, url, options, fallback);
  } catch (error) {
    const result = notAPosting(url, 'unreadable', null);
    return { ...result, detail: error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200) };
  }
}
