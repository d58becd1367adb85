/**
 * The site's own name, found once per page from every place a site states it: og:site_name
 * and application-name, the part of <title> that repeats on every page (after the last
 * separator), the logo's alternative text, the copyright line, and the domain. A site's name
 * is never the job's title, and a job board's name is not the employer.
 */
import { collapseSpace } from '../text';
import { hostnameOf, metaContent, pathSegments } from './page';
import { REPLY_MARK } from './words';

/** Lower case, letters and digits only, a trailing top-level domain dropped: "JobsNow.com" -> "jobsnow". */
export function nameKey(text: string): string {
  // Without accents: an address spells "Práce" as "prace".
  return collapseSpace(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\.[a-z]{2,7}(?:\.[a-z]{2})?$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const TITLE_SEPARATOR = /\s+[|–—·•]\s+|\s+-\s+|\s*｜\s*/;
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([\p{L}\p{N}][\p{L}\p{N}&.,' -]{1,60}?)(?:[.,]?\s*(?:all rights|alle rechte|tous droits|todos los derechos|[\p{L} ]{0,20}\btheme\b|powered by|made with|(?:web ?)?site by|web design by|designed by|\||$))/iu;

/** The domain's own label: "jobs.acme.co.uk" -> "acme". */
export function domainLabel(url: string): string | null {
  const host = hostnameOf(url).replace(/^(?:www\d*|jobs?|careers?|karriere|apply|boards?|m)\./, '');
  const parts = host.split('.');
  if (parts.length < 2) return null;
  const label = parts.length >= 3 && parts[parts.length - 2]!.length <= 3 ? parts[parts.length - 3] : parts[parts.length - 2];
  return label && label.length > 1 ? label : null;
}

export interface SiteName {
  /** The names as the site writes them, most explicit first. */
  names: string[];
  /** Who the copyright line names, if the footer has one. */
  copyright?: string;
  /** Keys (see nameKey) of every name, the domain's label included. */
  keys: Set<string>;
  /** The key of the domain's label ("tricountyjobs"). */
  domainKey?: string;
}

/** A legal form written in dotted letters ("a.s.", "s.r.o.", "S.A."), whose last full stop the copyright line's own would take. */
const DOTTED_FORM = /(?<![\p{L}])\p{L}\.\p{L}$/iu;

/** Who the copyright line names: "© 2024 Nemocnice Krkonošské podhůří a.s." */
function copyrightOwner(footerText: string): string | null {
  const found = COPYRIGHT.exec(footerText);
  if (!found) return null;
  const name = found[1]!;
  const end = found.index + found[0].indexOf(name) + name.length;
  return name.trim() + (DOTTED_FORM.test(name.trim()) && footerText[end] === '.' ? '.' : '');
}

/**
 * The site's name is worked out once per reading of a page: several rules ask for it. A new
 * reading (the page may have changed since) starts afresh (see forgetSiteName).
 */
const known = new WeakMap<Document, { url: string; site: SiteName }>();

export function forgetSiteName(doc: Document): void {
  known.delete(doc);
}

export function siteName(doc: Document, url: string): SiteName {
  const cached = known.get(doc);
  if (cached?.url === url) return cached.site;
  const site = readSiteName(doc, url);
  known.set(doc, { url, site });
  return site;
}

function readSiteName(doc: Document, url: string): SiteName {
  const names: string[] = [];
  const add = (text: string | null | undefined) => {
    const clean = text ? collapseSpace(text) : '';
    if (clean && clean.length <= 80 && !names.includes(clean)) names.push(clean);
  };
  add(metaContent(doc, 'og:site_name'));
  add(metaContent(doc, 'application-name', 'apple-mobile-web-app-title'));
  // The last of three or more <title> parts is the site on nearly every site ("Role - Company - Board").
  // Unless the first part is the address's name ("BongThom.com - Job Detail - Sales Supervisor"):
  // a site that puts its name first puts the role last.
  const segments = collapseSpace(doc.title ?? '').split(TITLE_SEPARATOR);
  const addressName = domainLabel(url);
  // (A paper's name may open with its article: "The Overberg Herald - Classifieds - Role" on overbergherald.)
  const nameFirst =
    segments.length >= 3 &&
    addressName !== null &&
    addressName !== undefined &&
    [segments[0]!, segments[0]!.replace(/^(?:the|die|de|het|der|das|la|le|les|el|il|o|a)\s+/i, '')].some((first) => nameKey(first).startsWith(nameKey(addressName)));
  // (Where the site states its name, a last part that is another name is the title's own: "[VAGA]
  // Dev Python - Recife - Tarrafa" on a site named "Google Groups" ends with the employer.)
  const stated = names.map(nameKey);
  const titleName = segments.length >= 3 ? (nameFirst ? segments[0]! : segments[segments.length - 1]!) : null;
  const sameAsStated = (name: string) => stated.some((key) => key.length >= 2 && (nameKey(name).includes(key) || key.includes(nameKey(name)))) || (addressName !== null && nameKey(name).includes(nameKey(addressName)));
  if (titleName && (stated.length === 0 || sameAsStated(titleName))) add(titleName);
  // A mailing list's archive opens every subject with the list's name in brackets ("[Python-de] …",
  // "[pdx-jobs] …"); a board's "[Acme] Role" names the employer so, one word as names are written.
  const listTag = LIST_TAG.exec(doc.title ?? '')?.[1];
  if (listTag) add(listTag);
  // The logo: one of the first images, in the header, linking home or named a logo. A loop
  // over the first images costs less than substring selectors over the whole page.
  // The block that shows the page's heading: a logo there is the employer's, beside its job.
  let headingBlock: Element | null = doc.querySelector('h1');
  for (let depth = 0; headingBlock?.parentElement && depth < 3; depth++) headingBlock = headingBlock.parentElement;
  if (headingBlock && /^(?:BODY|HTML|MAIN)$/.test(headingBlock.tagName)) headingBlock = null;
  for (const img of Array.from(doc.images).slice(0, 30)) {
    const alt = img.getAttribute('alt');
    if (!alt) continue;
    if (headingBlock?.contains(img) && !img.closest('header, nav')) continue;
    // A logo inside the posting is the employer's, not the site's.
    if (img.closest('main, article, [role="main"], [class*="job"], [class*="Job"], [class*="posting"], [class*="vacancy"], [class*="employer"], [class*="company"]') && !img.closest('header')) continue;
    const hints = `${img.className} ${img.id} ${img.parentElement?.className ?? ''} ${alt}`;
    if (/logo/i.test(hints) || img.closest('header, a[href="/"]')) add(alt.replace(/\s*(?:logo|home(?:page)?)$/i, ''));
    if (names.length >= 5) break;
  }
  // The site's name written as the header's link home ("<header>… <a href="/">Civil Service
  // Jobs</a>"): words, not a logo, not a menu's "Home".
  const banner = doc.querySelector('header, [role="banner"], #header');
  for (const link of banner ? Array.from(banner.querySelectorAll('a[href]')).slice(0, 20) : []) {
    const text = collapseSpace(link.textContent ?? '');
    if (link.querySelector('img, svg') || !/^\p{Lu}/u.test(text) || text.split(' ').length < 2 || text.split(' ').length > 5) continue;
    if (linksHome(link.getAttribute('href')!, url)) add(text);
  }
  // The copyright line is in the footer; the page's whole text is not read for it.
  // Tag, id and class look-ups are indexed; a selector list with an attribute test is a scan.
  // A page with no footer element (a newsletter's tables, a hand-written site) ends with it.
  const footer = doc.getElementsByTagName('footer')[0] ?? doc.getElementById('footer') ?? doc.getElementsByClassName('footer')[0] ?? doc.body;
  const owner = footer ? copyrightOwner(collapseSpace((footer.textContent ?? '').slice(-3000))) : null;
  if (owner) add(owner);
  const keys = new Set(names.map(nameKey).filter((k) => k.length >= 2));
  const domain = domainLabel(url);
  if (domain) keys.add(nameKey(domain));
  // A regional edition's name joins the subdomain's word to the site's ("Bakeca Torino" on
  // torino.bakeca.it, "Craigslist Boston").
  const sub = /^([a-z]{3,})\./.exec(hostnameOf(url))?.[1];
  if (domain && sub && sub !== domain && !/^(?:www\d*|jobs?|careers?|karriere|apply|boards?|m)$/.test(sub)) {
    keys.add(nameKey(domain + sub));
    keys.add(nameKey(sub + domain));
  }
  return { names, keys, ...(domain ? { domainKey: nameKey(domain) } : {}), ...(owner ? { copyright: owner } : {}) };
}

/** A list's tag opening a mail's subject, after any reply or forward marks: "Fwd: [pdx-jobs] …". */
const LIST_TAG = new RegExp(String.raw`^\s*(?:${REPLY_MARK})*\[([\p{L}\p{N}]+[-_.][\p{L}\p{N}_.-]+|\p{Ll}[\p{Ll}\p{N}]+)\]`, 'u');

/** A link to the site's front page: "/", "/index.cgi", "/csr/index.html", or the site's address itself. */
function linksHome(href: string, url: string): boolean {
  let target: URL;
  try {
    target = new URL(href, url);
  } catch {
    return false;
  }
  return target.hostname === hostnameOf(url) && !target.search && !target.hash && /^\/(?:(?:[\w-]+\/)?index\.\w{2,5})?$/.test(target.pathname);
}

// ---- Hosts of many owners' sites
//
// On a site builder's, a blog host's or a code host's address the host's name is the
// platform's ("Google", "GitHub", "Campaign Archive"), never the employer's: the owner is in
// the subdomain (tinderwell.carrd.co, kestrelandfinch.blogspot.com) or the path
// (sites.google.com/view/hollisparkpta, github.com/tessellate-db), or nowhere in the address
// (a newsletter archive).

const HOSTED_SUBDOMAIN =
  /^([a-z0-9-]+)\.(?:carrd\.co|weebly\.com|wixsite\.com|blogspot\.[a-z.]+|wordpress\.com|github\.io|gitlab\.io|squarespace\.com|webflow\.io|tumblr\.com|substack\.com|notion\.site|mystrikingly\.com|jimdosite\.com|godaddysites\.com|ghost\.io|framer\.(?:website|ai)|super\.site|myshopify\.com|netlify\.app|vercel\.app|pages\.dev|wix\.com)$/;
/** Hosts whose first path segment (after "view" on Google Sites, "@" on Medium) is the owner. */
const HOSTED_PATH = /^(?:sites\.google\.com|github\.com|gitlab\.com|bitbucket\.org|medium\.com|codeberg\.org)$/;
/** Hosts whose addresses name no owner at all. */
const HOSTED_ANONYMOUS = /(^|\.)(?:campaign-archive\.com|mailchi\.mp|docs\.google\.com|forms\.gle|typeform\.com|facebook\.com|reddit\.com|eepurl\.com|telegra\.ph|teletype\.in)$/;

/**
 * The owner's part of a hosted site's address ("tinderwell", "hollisparkpta", "tessellate-db"),
 * null on a host that names no owner, and undefined when the address is not on such a host.
 */
export function hostedOwnerSlug(url: string): string | null | undefined {
  const host = hostnameOf(url);
  const sub = HOSTED_SUBDOMAIN.exec(host);
  if (sub) return sub[1] === 'www' ? null : sub[1]!;
  if (HOSTED_PATH.test(host)) {
    const segments = pathSegments(url);
    const slug = segments[0] === 'view' || segments[0] === 'site' ? segments[1] : segments[0];
    return slug ? slug.replace(/^@/, '') : null;
  }
  return HOSTED_ANONYMOUS.test(host) ? null : undefined;
}

/**
 * The site's name when the address spells it: "First Prairie Bank" on
 * firstprairiebank.csod.com, "Acme Foods" on acmefoods.com. Such a site is the employer's own
 * (its domain, or its board on a hiring platform), so its name is the employer's.
 */
export function ownersName(site: SiteName, url: string): string | null {
  const hosted = hostedOwnerSlug(url);
  if (hosted === null) return null;
  const labels = new Set((hosted !== undefined ? [hosted] : hostnameOf(url).split('.').slice(0, -1)).map((label) => label.replace(/-/g, '').toLowerCase()));
  // "hvcjobs", "careersacme": the name with a jobs word before or after it.
  for (const label of [...labels]) {
    const bare = label.replace(/^(?:jobs|careers|career|work|joinus)(?=.{3})|(?<=.{3})(?:jobs|careers|career|hiring|recruiting|hr)$/, '');
    if (bare !== label) labels.add(bare);
  }
  return (
    site.names.find((name) => spellings(name).some((spelled) => spelled.length >= 3 && labels.has(spelled))) ??
    // "Lakeside Family Dentistry" on lakesidefamilydental.net, "Birchwood Veterinary Clinic"
    // on birchwoodvet.com: the address spells the first word whole and goes on with the next,
    // shortened or worded its own way, for most of its length.
    site.names.find((name) => {
      const words = nameKeyWords(name);
      if (words.length < 2) return false;
      const whole = words.join('');
      return [...labels].some((label) => {
        let shared = 0;
        while (shared < label.length && label[shared] === whole[shared]) shared++;
        return shared >= words[0]!.length + 3 && shared >= 8 && shared >= label.length * 0.6;
      });
    }) ??
    // "Nemocnice Krkonošské podhůří a.s." on nemkp.cz: the address shortens each word of the
    // name, in order, to its first letters.
    site.names.find((name) => nameKeyWords(name).length <= 8 && [...labels].some((label) => label.length >= 3 && shortens(label, nameKeyWords(name), 0))) ??
    null
  );
}

/** The pieces of a legal form as nameKeyWords splits them ("a.s." is "a", "s"). */
const LEGAL_FORM_PIECE = /^(?:a|s|as|ag|sa|se|ab|oy|spa|srl|sro|r|o|gmbh|ltd|inc|llc|plc|bv|nv|co|kg|kft|zrt|doo|d|oo|sp|z)$/;

/**
 * Whether the label is each of the words (from `from` on) cut to its first letters, in
 * order, every word giving at least one; what is left over may only be a legal form.
 */
function shortens(label: string, words: string[], from: number): boolean {
  if (label.length === 0) return from >= 2 && words.slice(from).every((w) => LEGAL_FORM_PIECE.test(w));
  const word = words[from];
  if (!word) return false;
  for (let k = Math.min(word.length, label.length); k >= 1; k--) {
    if (label.startsWith(word.slice(0, k)) && shortens(label.slice(k), words, from + 1)) return true;
  }
  return false;
}

function nameKeyWords(name: string): string[] {
  return collapseSpace(name).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * How an address may spell a name: whole ("tallpinescreditunion"), or its first words whole
 * and the rest by their initials ("tallpinescu", "tpcu").
 */
function spellings(name: string): string[] {
  const spell = (text: string) => {
    const words = collapseSpace(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return [...words, ''].map((_, k) => words.slice(0, words.length - k).join('') + words.slice(words.length - k).map((w) => w[0]).join(''));
  };
  // "Kestrel & Finch" is spelt "kestrelandfinch" as often as "kestrelfinch".
  return /[&+]/.test(name) ? [...spell(name), ...spell(name.replace(/\s*[&+]\s*/g, ' and '))] : spell(name);
}

/** Words for jobs that boards build their names from. */
const JOBS_WORD = /^(?:jobs?|careers?|karriere|stellen|emplois?|empleos?|trabajos?|vagas|rabota|robota|praca|prace|naukri|kariyer|lowongan|nafasi|kazi)$/;

/**
 * A jobs word grown into a brand ("JobScout24", "Jobline", "JobsAhead", "CareerBuilder",
 * "rabota.ua", "Jobs.co.za"): a board's name. Set apart as a word of its own ("Acme Careers",
 * "Jobs at Acme") it names an employer's own careers pages instead.
 */
function isBoardBrand(token: string): boolean {
  const bare = token.toLowerCase().replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
  // A path or a phrase run together ("tessellate-db/jobs") is no brand.
  if (!/^[\p{L}\d.]+$/u.test(bare)) return false;
  const word = bare.split('.')[0]!;
  if (JOBS_WORD.test(word)) return token.includes('.');
  for (let cut = 3; cut < word.length; cut++) {
    if ((JOBS_WORD.test(word.slice(0, cut)) && word.length - cut >= 2) || (JOBS_WORD.test(word.slice(cut)) && cut >= 2)) return true;
  }
  return false;
}

/** A newspaper's, a forum's or a classifieds site's name: it carries others' notices. */
const PUBLISHER = /(?<![\p{L}])(?:times|news|daily|ledger|gazette|herald|tribune|journal|chronicle|courier|examiner|observer|zeitung|anzeiger|gazeta|diario|jornal|classifieds?|annonces|anuncios|kleinanzeigen)(?![\p{L}])/iu;
/** A forum's name: its members post, the forum hires no one. */
const FORUM = /(?<![\p{L}])(?:forums?|форум)(?![\p{L}])/iu;

/** A job board's name ("JobScout24.ch", "rabota.ua") or a forum's. */
export function isBoardName(name: string): boolean {
  return name.split(/\s+/).some(isBoardBrand) || FORUM.test(name);
}

/** A job board's, a newspaper's, a forum's or a classifieds site's name. */
export function isCarrierName(name: string): boolean {
  return isBoardName(name) || PUBLISHER.test(name);
}

/** Whether the text is the site's name ("JobsNow", "JobsNow.com", "JOBSNOW"). */
export function isSiteName(text: string, site: SiteName): boolean {
  const key = nameKey(text);
  if (key.length >= 2 && site.keys.has(key)) return true;
  // The name with its jobs section's word ("Isarta Emplois" on isarta.com, "Jobs Golwg360").
  // ("Munster Herald Jobs": the name may have several words.)
  const words = text.trim().split(/\s+/);
  if (words.length >= 2) {
    const other = JOBS_WORD.test(words.at(-1)!.toLowerCase()) ? words.slice(0, -1).join(' ') : JOBS_WORD.test(words[0]!.toLowerCase()) ? words.slice(1).join(' ') : null;
    if (other && site.keys.has(nameKey(other))) return true;
  }
  // The name without the jobs word it goes by, when the address spells it with it ("Tri-County"
  // of "Tri-County Jobs" on tricountyjobs.com). ("Mercyvale Health System" of "Mercyvale Health
  // System Careers" on a hiring platform is the employer.)
  const k = site.domainKey;
  if (key.length >= 3 && k && k.length > key.length && site.names.some((name) => nameKey(name) === k)) {
    if ((k.startsWith(key) && JOBS_WORD.test(k.slice(key.length))) || (k.endsWith(key) && JOBS_WORD.test(k.slice(0, -key.length)))) return true;
  }
  // The name in two languages ("University Affairs / Affaires universitaires").
  const languages = text.split(/\s+\/\s+/);
  if (languages.length === 2 && languages.some((part) => site.keys.has(nameKey(part)))) return true;
  // The name with its slogan after it ("Bakeca.it - annunci gratuiti").
  const first = text.split(TITLE_SEPARATOR)[0]!;
  return first !== text && isSiteName(first, site);
}
