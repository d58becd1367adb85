/**
 * Rules for any page, used where no site adapter or structured data gives a field:
 * og:/twitter: meta tags, <title> patterns, the main heading, labelled fields ("Company: …"),
 * the description's container, and @mozilla/readability as the last resort for the body.
 */
import { Readability } from '@mozilla/readability';
import { field } from '../posting';
import { cleanValue, collapseSpace, elementText, MAX_SHORT_TEXT } from '../text';
import type { Candidate } from './candidate';
import { documentTitle, hostnameOf, isHidden, metaContent, pathSegments, skipNonPosting } from './page';
import { isGenericSegment, parseTitle } from './title-patterns';

const LABELS: { field: 'company' | 'location' | 'postedBy'; pattern: RegExp }[] = [
  {
    field: 'company',
    pattern: /^(?:company|employer|hiring (?:company|organi[sz]ation)|organi[sz]ation|unternehmen|arbeitgeber|firma|entreprise|soci[ée]t[ée]|employeur|empresa|empleador)$/i,
  },
  {
    field: 'location',
    pattern: /^(?:(?:job |work )?location|office|standort|arbeitsort|einsatzort|ort|lieu(?: de travail)?|localisation|ubicaci[óo]n|lugar(?: de trabajo)?)$/i,
  },
  { field: 'postedBy', pattern: /^(?:recruiter|recruiting agency|agency|posted by|personalvermittlung|cabinet|agencia)$/i },
];

/** "Company: Acme", <dt>Location</dt><dd>Berlin</dd>, <th>Employer</th><td>…</td>. */
export function labelledFields(doc: Document): Candidate {
  const found: Candidate = {};
  const elements = Array.from(doc.querySelectorAll('dt, th, strong, b, label, li, p, span, div')).slice(0, 4000);
  for (const el of elements) {
    if (el.children.length > 3) continue;
    const own = collapseSpace(el.textContent ?? '');
    if (!own || own.length > 120) continue;
    const match = /^([^:]{2,40}?)\s*:\s*(.*)$/.exec(own) ?? [own, own, ''];
    const label = match[1].trim();
    const rule = LABELS.find((l) => l.pattern.test(label));
    if (!rule || found[rule.field] || isHidden(el)) continue;
    let value = match[2].trim();
    if (!value) {
      const next = el.nextElementSibling;
      value = next ? collapseSpace(next.textContent ?? '') : '';
    }
    const clean = cleanValue(value, doc);
    if (clean && clean.length <= 100) found[rule.field] = field(clean, 'label', 0.6);
  }
  return found;
}

/** The main heading: the first visible h1 (else h2) that is not the site's own name. */
export function mainHeading(doc: Document): string | null {
  const siteName = metaContent(doc, 'og:site_name');
  for (const selector of ['main h1, article h1, [role="main"] h1', 'h1', 'main h2, article h2', 'h2']) {
    for (const el of Array.from(doc.querySelectorAll(selector)).slice(0, 10)) {
      if (isHidden(el) || el.closest('header nav, nav, footer, [role="dialog"], form')) continue;
      const text = cleanValue(el.textContent, doc);
      if (text && text.length >= 3 && text.length <= 150 && text !== siteName && !isGenericSegment(text)) return text;
    }
  }
  return null;
}

/**
 * The location as the page shows it next to the title: an element whose class, test id or
 * itemprop says "location". Short text only; a paragraph that mentions a place is not it.
 */
export function visibleLocation(doc: Document): string | null {
  const selector = '[class*="location" i]:not(input):not(select), [data-testid*="location" i], [data-automation*="location" i], [itemprop="jobLocation"]';
  for (const el of Array.from(doc.querySelectorAll(selector)).slice(0, 30)) {
    if (isHidden(el) || el.closest('nav, footer, form, [role="dialog"]') || skipNonPostingAncestor(el)) continue;
    const text = cleanValue(el.textContent, doc, 150);
    if (text && text.length >= 2 && text.length <= 100 && !/^locations?:?$/i.test(text)) return text.replace(/^locations?:\s*/i, '');
  }
  return null;
}

function skipNonPostingAncestor(el: Element): boolean {
  for (let node = el.parentElement, depth = 0; node && depth < 12; node = node.parentElement, depth++) {
    if (skipNonPosting(node)) return true;
  }
  return false;
}

/** Company names hidden in the address of an applicant-tracking system's board. */
const ATS_PATH_COMPANY: [RegExp, number][] = [
  [/(^|\.)greenhouse\.io$/, 0],
  [/^jobs\.lever\.co$/, 0],
  [/^jobs\.ashbyhq\.com$/, 0],
  [/^apply\.workable\.com$/, 0],
  [/^jobs\.smartrecruiters\.com$/, 0],
  [/^jobs\.jobvite\.com$/, 0],
];
const ATS_SUBDOMAIN_COMPANY = /^([a-z0-9-]+)\.(?:bamboohr\.com|recruitee\.com|teamtailor\.com|jobs\.personio\.(?:de|com)|wd\d+\.myworkdayjobs\.com|breezy\.hr|workable\.com)$/;
const JOB_BOARDS = /(^|\.)(linkedin|indeed|glassdoor|ziprecruiter|monster|dice|seek|reed|totaljobs|stepstone|xing|jobindex|builtin\w*|wellfound|otta|welcometothejungle|simplyhired|careerbuilder)\.[a-z.]+$/;

function titleCaseSlug(slug: string): string {
  return slug
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** The employer from the site's name or address, a guess the popup marks as such. */
export function companyFromDomain(doc: Document, url: string): string | null {
  const host = hostnameOf(url);
  if (!host || JOB_BOARDS.test(host)) return null;
  for (const [pattern, index] of ATS_PATH_COMPANY) {
    if (pattern.test(host)) {
      const slug = pathSegments(url)[index];
      return slug && !/^(jobs?|embed|careers?)$/i.test(slug) ? titleCaseSlug(slug) : null;
    }
  }
  const sub = ATS_SUBDOMAIN_COMPANY.exec(host);
  if (sub) return titleCaseSlug(sub[1]!);
  const siteName = metaContent(doc, 'og:site_name', 'application-name');
  if (siteName && !isGenericSegment(siteName)) return siteName;
  const parts = host.replace(/^(www|jobs|careers|career|apply|boards|work|join)\./, '').split('.');
  // "acme.co.uk" -> acme, "careers.acme.com" -> acme
  const name = parts.length >= 3 && parts[parts.length - 2]!.length <= 3 ? parts[parts.length - 3] : parts[parts.length - 2];
  return name && name.length > 1 ? titleCaseSlug(name) : null;
}

/** Words that mark the sections of a job description. */
const SECTION_WORDS =
  /\b(responsibilit|requirement|qualification|what you(?:'|’)ll do|what you will do|about (?:you|the role|the job|the team|us)|who you are|benefits|perks|nice to have|skills|experience|aufgaben|anforderungen|profil|wir bieten|missions?|profil recherch|requisitos|responsabilidades)/gi;

/** Where sites put the description, with how much a match says about it. */
const DESCRIPTION_SELECTORS: [string, number][] = [
  ['[data-testid*="description" i], [data-automation*="description" i], [data-ui*="description" i], [itemprop="description"]', 1.5],
  ['[id*="description" i], [class*="description" i]', 1.5],
  ['[class*="job-details" i], [class*="jobdetails" i], [class*="posting" i], [class*="vacancy" i]', 1.2],
  ['article, main, [role="main"], #content', 1],
];

/**
 * The element holding the description: of the containers that sites use for it, the one with
 * the most description-like text (section words, paragraphs and lists, few links).
 */
export function descriptionContainer(doc: Document): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  const seen = new Set<Element>();
  const heading = doc.querySelector('h1');
  for (const [selector, weight] of DESCRIPTION_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(selector)).slice(0, 30)) {
      if (seen.has(el) || isHidden(el) || skipNonPosting(el) || ['META', 'SCRIPT', 'INPUT'].includes(el.tagName)) continue;
      seen.add(el);
      const text = el.textContent ?? '';
      if (text.length < 200) continue;
      const linkText = Array.from(el.querySelectorAll('a'))
        .slice(0, 500)
        .reduce((n, a) => n + (a.textContent?.length ?? 0), 0);
      const linkDensity = linkText / text.length;
      const sections = Math.min((text.match(SECTION_WORDS) ?? []).length, 12);
      const blocks = Math.min(el.querySelectorAll('p, li').length, 80);
      // Longer is better up to a typical posting's length; beyond that the container is
      // likely the whole page with its lists of other jobs.
      const lengthScore = Math.min(text.length, 8000) / 1000 - Math.max(0, text.length - 20000) / 5000;
      // The description sits below the title; a container holding the title is the page.
      const holdsTitle = heading !== null && el.contains(heading) ? 0.75 : 1;
      const score = (lengthScore + sections * 2 + blocks / 8) * (1 - Math.min(linkDensity, 0.9)) * weight * holdsTitle;
      if (score > bestScore) {
        best = el;
        bestScore = score;
      }
    }
  }
  return best;
}

/** Readability over a clone (it mutates what it is given), bounded for huge pages. */
export function readabilityText(doc: Document): string | null {
  const clone = doc.cloneNode(true) as Document;
  const article = new Readability<Node>(clone, { maxElemsToParse: 60_000, serializer: (node) => node }).parse();
  const content = article?.content;
  if (!content || content.nodeType !== 1) return null;
  return elementText(content as Element, { skip: skipNonPosting }) || null;
}

export function genericCandidate(doc: Document, url: string): Candidate {
  const pageTitle = documentTitle(doc);
  const ogTitle = metaContent(doc, 'og:title', 'twitter:title');
  const fromTitle = parseTitle(pageTitle);
  const fromOg = parseTitle(ogTitle);
  const heading = mainHeading(doc);
  const labels = labelledFields(doc);

  const candidate: Candidate = { ...labels };
  // A heading that the <title> agrees with is the surest generic title.
  const titleAgrees = heading && (fromTitle.title === heading || fromOg.title === heading || pageTitle?.includes(heading));
  if (heading) candidate.title = field(heading, 'heading', titleAgrees ? 0.75 : 0.6);
  else if (fromOg.title) candidate.title = field(fromOg.title, 'meta', 0.55);
  else if (fromTitle.title) candidate.title = field(fromTitle.title, 'title', 0.5);

  const company = fromOg.company ?? fromTitle.company;
  if (company && (!candidate.company || candidate.company.confidence < 0.55)) {
    candidate.company = field(cleanValue(company, doc, MAX_SHORT_TEXT)!, fromOg.company ? 'meta' : 'title', 0.55);
  }
  if (!candidate.company) {
    const guess = companyFromDomain(doc, url);
    if (guess) candidate.company = field(guess, 'domain', 0.3);
  }
  const shown = visibleLocation(doc);
  const place = fromOg.location ?? fromTitle.location;
  if (shown && (!candidate.location || candidate.location.confidence < 0.65)) candidate.location = field(shown, 'page-text', 0.65);
  else if (place && !candidate.location) candidate.location = field(place, fromOg.location ? 'meta' : 'title', 0.45);

  const container = descriptionContainer(doc);
  const text = container ? elementText(container, { skip: skipNonPosting }) : null;
  if (text && text.length >= 200) candidate.description = field(text, 'page-text', 0.6);
  return candidate;
}

/** Readability's description, used only when no other source found a body. */
export function readabilityCandidate(doc: Document): Candidate {
  const text = readabilityText(doc);
  return text && text.length >= 200 ? { description: field(text, 'page-text', 0.5) } : {};
}
