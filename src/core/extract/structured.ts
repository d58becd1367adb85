/**
 * schema.org JobPosting, wherever a page puts it: JSON-LD (several scripts, @graph, arrays,
 * nested types, @id references), microdata and RDFa. All three become the same plain object
 * shape, and one mapper turns that into posting fields, so the three can never drift apart.
 * Every value is untrusted: only strings and numbers are read, markup is turned into text, and
 * the walk is bounded in depth and size.
 */
import { type Field, type FieldSource, type Salary, type WorkMode, field } from '../posting';
import { cleanLongText, cleanValue, collapseSpace, elementText } from '../text';
import { parseLenientJson } from './lenient-json';
import type { Candidate } from './candidate';
import { TRUST } from '../trust';
import { countryByCode } from '../analyze/regions';

type SchemaNode = Record<string, unknown>;

const MAX_DEPTH = 24;
const MAX_NODES = 20_000;
const MAX_SCRIPTS = 50;

export interface StructuredPosting {
  source: Extract<FieldSource, 'json-ld' | 'microdata' | 'rdfa'>;
  node: SchemaNode;
  resolve: (value: unknown) => unknown;
}

function typesOf(node: SchemaNode): string[] {
  const raw = node['@type'] ?? node['type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/#:]/, '').toLowerCase());
}

export function isJobPostingNode(value: unknown): value is SchemaNode {
  return isObject(value) && typesOf(value).includes('jobposting');
}

function isObject(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Walk parsed JSON-LD breadth-first, collecting JobPosting nodes and @id targets. */
function collectJsonLd(roots: unknown[]): { postings: SchemaNode[]; ids: Map<string, SchemaNode> } {
  const postings: SchemaNode[] = [];
  const ids = new Map<string, SchemaNode>();
  const queue: [unknown, number][] = roots.map((r) => [r, 0]);
  let visited = 0;
  while (queue.length > 0 && visited < MAX_NODES) {
    const [value, depth] = queue.shift()!;
    visited++;
    if (depth > MAX_DEPTH) continue;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 1000)) queue.push([item, depth + 1]);
      continue;
    }
    if (!isObject(value)) continue;
    const id = value['@id'];
    if (typeof id === 'string' && Object.keys(value).length > 1 && !ids.has(id)) ids.set(id, value);
    if (isJobPostingNode(value)) postings.push(value);
    for (const key of Object.keys(value).slice(0, 200)) {
      const child = value[key];
      if (typeof child === 'object' && child !== null) queue.push([child, depth + 1]);
    }
  }
  return { postings, ids };
}

export function readJsonLd(doc: Document): StructuredPosting[] {
  // doc.scripts is a live collection the browser keeps: no scan of the whole tree.
  const scripts = Array.from(doc.scripts).filter((s) =>
    /^\s*application\/ld\+json\s*$/i.test(s.getAttribute('type') ?? ''),
  );
  const roots = scripts.slice(0, MAX_SCRIPTS).map((s) => parseLenientJson(s.textContent ?? ''));
  const { postings, ids } = collectJsonLd(roots.filter((r) => r !== null));
  // A reference such as {"@id": "#org"} is replaced by the node it names, one level deep,
  // which is all a posting needs and cannot loop however the references are wired.
  const resolve = (value: unknown): unknown => {
    if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
      return ids.get(value['@id']) ?? value;
    }
    return value;
  };
  return postings.map((node) => ({ source: 'json-ld' as const, node, resolve }));
}

interface ItemSyntax {
  source: 'microdata' | 'rdfa';
  scope: (el: Element) => boolean;
  type: (el: Element) => string | null;
  props: (el: Element) => string[];
}

const MICRODATA: ItemSyntax = {
  source: 'microdata',
  scope: (el) => el.hasAttribute('itemscope'),
  type: (el) => el.getAttribute('itemtype'),
  props: (el) => (el.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean),
};

const RDFA: ItemSyntax = {
  source: 'rdfa',
  scope: (el) => el.hasAttribute('typeof'),
  type: (el) => el.getAttribute('typeof'),
  props: (el) =>
    (el.getAttribute('property') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((p) => p.replace(/^.*[/#:]/, '')),
};

/** Properties whose value is running text, read with its paragraphs; the rest are short. */
const LONG_PROPS = new Set(['description', 'responsibilities', 'qualifications', 'skills', 'experienceRequirements', 'educationRequirements', 'jobBenefits', 'incentiveCompensation']);

/** Properties that are a name in words: a link marked with one (`<a itemprop="name" href="/employer/…">`) names it in its text, not its address. */
const NAME_PROPS = new Set(['name', 'legalName', 'alternateName', 'title']);

function propertyValue(el: Element, syntax: ItemSyntax, long: boolean, named = false): string | null {
  const tag = el.tagName.toUpperCase();
  const content = el.getAttribute('content');
  if (content !== null) return content;
  if (named && tag === 'A') return (el.textContent ?? '').slice(0, 2000);
  if (syntax.source === 'rdfa') {
    const resource = el.getAttribute('resource') ?? el.getAttribute('href') ?? el.getAttribute('src');
    if (resource !== null && tag !== 'SPAN' && tag !== 'DIV') return resource;
  }
  if (tag === 'META') return el.getAttribute('content');
  if (tag === 'A' || tag === 'LINK' || tag === 'AREA') return el.getAttribute('href');
  if (['IMG', 'AUDIO', 'VIDEO', 'SOURCE', 'IFRAME', 'EMBED'].includes(tag)) return el.getAttribute('src');
  if (tag === 'OBJECT') return el.getAttribute('data');
  if (tag === 'TIME' && el.hasAttribute('datetime')) return el.getAttribute('datetime');
  if ((tag === 'DATA' || tag === 'METER') && el.hasAttribute('value')) return el.getAttribute('value');
  return long ? elementText(el) : (el.textContent ?? '').slice(0, 2000);
}

/** One item (itemscope or typeof element) as a plain object, nested items as nested objects. */
function readItem(root: Element, syntax: ItemSyntax, depth: number): SchemaNode {
  const node: SchemaNode = { '@type': syntax.type(root) ?? '' };
  const stack: Element[] = Array.from(root.children).reverse();
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_NODES) {
    const el = stack.pop()!;
    const props = syntax.props(el);
    const isItem = syntax.scope(el);
    if (props.length > 0) {
      const value = isItem ? (depth < 6 ? readItem(el, syntax, depth + 1) : null) : propertyValue(el, syntax, props.some((p) => LONG_PROPS.has(p)), props.some((p) => NAME_PROPS.has(p)));
      for (const prop of props) {
        const existing = node[prop];
        if (existing === undefined) node[prop] = value;
        else if (Array.isArray(existing)) existing.push(value);
        else node[prop] = [existing, value];
      }
    }
    // A nested item's properties belong to it, not to this item.
    if (isItem) continue;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return node;
}

function readItems(doc: Document, syntax: ItemSyntax, scopes: Element[]): StructuredPosting[] {
  const roots = scopes.filter((el) => {
    const type = syntax.type(el) ?? '';
    return /(^|[/#:\s])JobPosting(\s|$)/i.test(type);
  });
  // An item inside another JobPosting item is a property of it, not a posting of its own.
  const outer = roots.filter((el) => !roots.some((other) => other !== el && other.contains(el)));
  return outer.slice(0, 100).map((el) => ({
    source: syntax.source,
    node: readItem(el, syntax, 0),
    resolve: (v: unknown) => v,
  }));
}

export function readMicrodata(doc: Document, items = Array.from(doc.querySelectorAll('[itemtype]'))): StructuredPosting[] {
  return readItems(doc, MICRODATA, items.filter((el) => el.hasAttribute('itemscope')));
}

export function readRdfa(doc: Document, items = Array.from(doc.querySelectorAll('[typeof]'))): StructuredPosting[] {
  return readItems(doc, RDFA, items.filter((el) => el.hasAttribute('typeof')));
}

/** Every schema.org JobPosting on the page, JSON-LD first. */
export function readStructuredPostings(doc: Document): StructuredPosting[] {
  // One scan of the tree finds both microdata and RDFa items.
  const items = Array.from(doc.querySelectorAll('[itemtype], [typeof]'));
  return [...readJsonLd(doc), ...readMicrodata(doc, items), ...readRdfa(doc, items)];
}

// ---- mapping a JobPosting node to posting fields ----

const CONFIDENCE = { title: TRUST.structured, company: TRUST.structured, location: TRUST.structuredLocation, description: TRUST.structuredDetail, other: TRUST.structuredDetail };

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function list(value: unknown): unknown[] {
  return (Array.isArray(value) ? value : [value]).filter((v) => v !== undefined && v !== null).slice(0, 50);
}

function nameOf(value: unknown, doc: Document | null, resolve: (v: unknown) => unknown): string | null {
  const v = resolve(first(value));
  if (isObject(v)) return cleanValue(v['name'] ?? v['legalName'], doc);
  return cleanValue(v, doc);
}

export const US_STATES = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' '));

/** "DE" -> "Germany": people read names, schema.org allows either. */
let regionNames: Intl.DisplayNames | null = null;

function countryName(code: string | null): string | null {
  if (!code || !/^[A-Z]{2}$/.test(code)) return code;
  const known = countryByCode(code);
  if (known) return known;
  try {
    // Built once, and only for rarer codes: constructing Intl.DisplayNames loads locale data.
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function placeText(value: unknown, doc: Document | null, resolve: (v: unknown) => unknown): string | null {
  const place = resolve(value);
  if (!isObject(place)) return cleanValue(place, doc);
  const address = resolve(first(place['address'] ?? place));
  if (!isObject(address)) return cleanValue(address, doc) ?? cleanValue(place['name'], doc);
  const locality = cleanValue(address['addressLocality'], doc);
  const region = cleanValue(address['addressRegion'], doc);
  const country = countryName(nameOf(address['addressCountry'], doc, resolve));
  const parts = [locality, region].filter((p): p is string => Boolean(p));
  // "Austin, TX" is how people write a US place; elsewhere the country says more than a region.
  const usRegion = region !== null && US_STATES.has(region.toUpperCase());
  if (country && (parts.length < 2 || !usRegion) && !parts.includes(country)) parts.push(country);
  const unique = parts.filter((p, i) => parts.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i);
  return unique.length > 0 ? unique.join(', ') : cleanValue(place['name'], doc);
}

/** Kinds of thing whose address is not the site owner's: a posting's workplace, a person's, an event's venue. */
const NOT_THE_OWNER = new Set(['jobposting', 'person', 'event', 'offer', 'product', 'review', 'breadcrumblist', 'webpage', 'website']);

/**
 * The business a site's own structured data describes (a clinic's "VeterinaryCare", a shop's
 * "LocalBusiness", an "Organization"), with the town of its address: on an employer's own site
 * with no posting data, that is who hires and where. The first one with an address.
 */
export function siteOwner(doc: Document): { name: string | null; place: string } | null {
  const scripts = Array.from(doc.scripts).filter((s) => /^\s*application\/ld\+json\s*$/i.test(s.getAttribute('type') ?? '')).slice(0, MAX_SCRIPTS);
  const queue: unknown[] = scripts.map((s) => parseLenientJson(s.textContent ?? '')).filter((r) => r !== null);
  for (let visited = 0; queue.length > 0 && visited < 500; visited++) {
    const value = queue.shift();
    if (Array.isArray(value)) {
      queue.push(...(value as unknown[]).slice(0, 100));
      continue;
    }
    if (!isObject(value)) continue;
    const address = first(value['address']);
    if (isObject(address) && typeof address['addressLocality'] === 'string' && !typesOf(value).some((t) => NOT_THE_OWNER.has(t))) {
      const place = placeText(value, doc, (v) => v);
      if (place) return { name: cleanValue(value['name'], doc), place };
    }
    for (const key of Object.keys(value).slice(0, 50)) if (key !== 'address' && typeof value[key] === 'object') queue.push(value[key]);
  }
  return null;
}

const EMPLOYMENT_TYPES: Record<string, string> = {
  full_time: 'Full-time',
  part_time: 'Part-time',
  contractor: 'Contract',
  temporary: 'Temporary',
  intern: 'Internship',
  volunteer: 'Volunteer',
  per_diem: 'Per diem',
  other: 'Other',
};

function employmentType(value: unknown, doc: Document | null): string | null {
  const names = list(value)
    .map((v) => cleanValue(v, doc, 40))
    .filter((v): v is string => v !== null)
    .map((v) => EMPLOYMENT_TYPES[v.toLowerCase().replace(/[\s-]+/g, '_')] ?? v);
  return names.length > 0 ? Array.from(new Set(names)).join(', ') : null;
}

function toNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.length < 40) {
    const n = Number(value.replace(/[,\s]/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

const PERIODS: Record<string, string> = { hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year', annual: 'year' };

/** An amount of pay: ATS templates fill in 0 where the employer gave none, and 0 is no pay figure. */
function toAmount(value: unknown): number | null {
  const n = toNumber(value);
  return n !== null && n > 0 ? n : null;
}

function salaryOf(value: unknown, doc: Document | null, resolve: (v: unknown) => unknown): Salary | null {
  const amount = resolve(first(value));
  if (!isObject(amount)) {
    const n = toAmount(amount);
    return n === null ? null : { currency: null, min: n, max: n, period: null };
  }
  const inner = resolve(amount['value']);
  const quantity = isObject(inner) ? inner : { value: inner };
  const exact = toAmount(quantity['value']);
  const min = toAmount(quantity['minValue']) ?? exact;
  const max = toAmount(quantity['maxValue']) ?? exact;
  if (min === null && max === null) return null;
  const currency = cleanValue(amount['currency'], doc, 8);
  const unit = (cleanValue(quantity['unitText'] ?? amount['unitText'], doc, 20) ?? '').toLowerCase();
  return {
    currency: currency && /^[A-Za-z]{3}$/.test(currency) ? currency.toUpperCase() : null,
    min,
    max,
    period: PERIODS[unit] ?? null,
  };
}

function dateOf(value: unknown, doc: Document | null): string | null {
  const text = cleanValue(first(value), doc, 40);
  return text && /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : null;
}

function urlOf(value: unknown, doc: Document | null): string | null {
  const text = cleanValue(first(value), doc, 2000);
  return text && /^https?:\/\//i.test(text) ? text : null;
}

/** Where companies keep profiles, as opposed to their own site. */
const PROFILE_HOSTS = /^https?:\/\/(?:[\w-]+\.)?(?:linkedin\.com|twitter\.com|x\.com|facebook\.com|instagram\.com|github\.com|glassdoor\.[a-z.]+|crunchbase\.com|youtube\.com|wikipedia\.org|xing\.com)\//i;

function f<T>(value: T | null, source: FieldSource, confidence: number): Field<T> | null {
  return value === null ? null : field(value, source, confidence);
}

function isRemote(node: SchemaNode, doc: Document | null): boolean {
  return list(node['jobLocationType']).some((t) => /telecommute|remote/i.test(cleanValue(t, doc, 40) ?? ''));
}

/**
 * The posting fields a schema.org JobPosting node carries. The description is HTML to parse,
 * the costliest field: `withDescription: false` skips it when another source has one.
 */
export function postingFromSchema(posting: StructuredPosting, doc: Document | null, withDescription = true): Candidate {
  const { node, resolve, source } = posting;
  const places = list(node['jobLocation'])
    .map((p) => placeText(p, doc, resolve))
    .filter((p): p is string => Boolean(p));
  const uniquePlaces = Array.from(new Set(places)).slice(0, 12);
  const remote = isRemote(node, doc);
  const requirements = list(node['applicantLocationRequirements'])
    .map((r) => nameOf(r, doc, resolve))
    .filter((r): r is string => Boolean(r));
  let location = uniquePlaces.join('; ') || null;
  if (remote) location = `${location ?? (requirements.join('; ') || 'Anywhere')} (Remote)`;

  const organization = resolve(first(node['hiringOrganization']));
  const org = isObject(organization) ? organization : null;
  const links = org ? list(org['sameAs']).map((v) => urlOf(v, doc)).filter((u): u is string => u !== null) : [];
  // sameAs holds the company's own site and its profiles elsewhere; url is its site.
  const profiles = links.filter((u) => PROFILE_HOSTS.test(u));
  const orgUrl = org ? (urlOf(org['url'], doc) ?? links.find((u) => !PROFILE_HOSTS.test(u)) ?? null) : null;
  const logoValue = org ? resolve(first(org['logo'])) : null;
  const logo = urlOf(isObject(logoValue) ? logoValue['url'] ?? logoValue['contentUrl'] : logoValue, doc);
  const description = withDescription ? cleanLongText(first(node['description']), doc) : null;
  const workMode: WorkMode | null = remote ? 'remote' : null;

  return {
    title: f(cleanValue(first(node['title'] ?? node['name']), doc), source, CONFIDENCE.title),
    company: f(nameOf(node['hiringOrganization'], doc, resolve), source, CONFIDENCE.company),
    location: f(location ? collapseSpace(location) : null, source, CONFIDENCE.location),
    description: f(description, source, CONFIDENCE.description),
    workMode: f(workMode, source, CONFIDENCE.other),
    employmentType: f(employmentType(node['employmentType'], doc), source, CONFIDENCE.other),
    datePosted: f(dateOf(node['datePosted'], doc), source, CONFIDENCE.other),
    validThrough: f(dateOf(node['validThrough'], doc), source, CONFIDENCE.other),
    salary: f(salaryOf(node['baseSalary'] ?? node['estimatedSalary'], doc, resolve), source, CONFIDENCE.other),
    companyUrl: f(orgUrl, source, CONFIDENCE.other),
    companyLogo: f(logo, source, CONFIDENCE.other),
    ...(profiles.length > 0 ? { companyProfiles: profiles.slice(0, 8) } : {}),
  };
}
