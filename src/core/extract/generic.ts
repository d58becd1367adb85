/**
 * Rules for any page, used where no site adapter or structured data gives a field:
 * og:/twitter: meta tags, <title> patterns, the main heading, labelled fields ("Company: …"),
 * the description's container, and @mozilla/readability as the last resort for the body.
 */
import { field } from '../posting';
import { cleanValue, collapseSpace, elementText, escapeRegExp, MAX_SHORT_TEXT, shownText } from '../text';
import type { Candidate } from './candidate';
import { looksLikeJobTitle } from './role-words';
import { documentTitle, hostnameOf, isHidden, metaContent, pathSegments, skipNonPosting } from './page';
import { domainLabel, hostedOwnerSlug, isSiteName, nameKey, ownersName, type SiteName, siteName } from './site-name';
import { isGenericSegment, isJobsPageName, looksLikePay, parseTitle, titleSegments } from './title-patterns';
import { isNavigationHeading } from './navigation-heading';
import { isEmployerName, namesSitePurpose } from './employer-name';
import { nameSpelledBy, nameWithTheseInitials } from './spelled-name';
import { unshouted } from './announcement';
import { announcesHiring, EMPLOYMENT_TYPE, isLabelledFact, LABEL_PATTERNS, labelCount, labelledValue, labelledValues, stripLabels, WIDGET_TEXT, withoutPageType } from './words';
import { TRUST } from '../trust';
import { isRegion } from '../analyze/regions';

const LABELLED_FIELDS = ['title', 'company', 'location', 'postedBy'] as const;
type LabelledField = (typeof LABELLED_FIELDS)[number];

/**
 * The text that follows a label element: for a term or a cell (<dt>/<dd>, <th>/<td>) or a
 * block, the next element; for an inline label (<strong>Location:</strong> Berlin), the rest
 * of its line.
 */
function valueAfter(label: Element): string {
  if (/^(?:DT|TH|TD|LABEL|DIV|H\d)$/.test(label.tagName.toUpperCase())) {
    let next = label.nextElementSibling;
    // A row of header cells names a table's columns ("Poste | Lieu | Contrat", over a list of
    // other jobs): the cell beside a header is the next column's name, not a value.
    if (label.tagName.toUpperCase() === 'TH' && next?.tagName.toUpperCase() === 'TH') return '';
    // The colon in a cell of its own between label and value ("Job Location | : | Sindhupalchok").
    if (next && /^[\s\u00a0]*[:：][\s\u00a0]*$/u.test(next.textContent ?? '')) next = next.nextElementSibling;
    if (next || !/^H\d$/i.test(label.tagName)) return next ? collapseSpace(linesJoined(next).slice(0, 300)) : '';
  }
  // A heading that is the only thing in its block labels the next block ("<div><h2>Location</h2></div><div>Cardiff, Wales</div>"): the wrapper rule below.
  let text = '';
  let siblings = 0;
  for (let node = label.nextSibling; node && siblings < 4 && text.length < 200 && !(isLineBreak(node) && text.trim()); node = node.nextSibling, siblings++) {
    text += ` ${node.textContent ?? ''}`;
  }
  text = collapseSpace(text);
  if (text) return text;
  // The label wrapped on its own ("<td><p><b>Standplaats</b></p></td>", as word processors
  // write tables): its value follows the outermost wrapper that holds nothing but the label.
  const own = collapseSpace(label.textContent ?? '');
  let wrapper = label;
  for (let i = 0; i < 3 && !wrapper.nextElementSibling && wrapper.parentElement && collapseSpace(wrapper.parentElement.textContent ?? '') === own; i++) wrapper = wrapper.parentElement;
  const next = wrapper.nextElementSibling ?? label.parentElement?.nextElementSibling ?? null;
  return next ? collapseSpace((next.textContent ?? '').slice(0, 300)) : '';
}

/**
 * An element's text with its lines kept apart: an address written as one paragraph or <br>
 * per line ("Harrowby Lane Community Hospital", "Grantham", "NG31 8DG") reads as
 * "Harrowby Lane Community Hospital, Grantham, NG31 8DG", not as one run-on word.
 */
function linesJoined(el: Element): string {
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType !== 1) continue;
    else if ((child as Element).tagName.toUpperCase() === 'BR') text += ', ';
    else if (/^(?:P|DIV|LI)$/.test((child as Element).tagName.toUpperCase())) text += `${text.trim() ? ', ' : ''}${child.textContent ?? ''}`;
    else text += child.textContent ?? '';
  }
  return text;
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, which not every DOM exposes as a global

/** The text after a node within its own parent element ("Company: " then "<a>Acme</a>"). */
function restOfElement(node: Node): string {
  let text = '';
  for (let next = node.nextSibling; next && text.length < 200 && !(isLineBreak(next) && text.trim()); next = next.nextSibling) text += ` ${next.textContent ?? ''}`;
  return text;
}

/**
 * A value ends at a line break after it: "Location: Marlow, KS<br>Posting ID: 44" is two
 * facts. A break straight after the label ("<b>Location</b><br>Leeds") comes before the value.
 */
function isLineBreak(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'BR';
}

const FORM_CONTROL = /^(?:INPUT|SELECT|TEXTAREA)$/;

/** A footer column headed "Company" lists links (About, Careers): a menu, not a fact. */
function inMenu(el: Element): boolean {
  return el.closest('footer, nav, [role="navigation"], [role="contentinfo"]') !== null;
}

/** "Posted 14 March 2011 by", "Advertised by", "Listed 3 days ago by": the poster's name follows. */
const POSTED_BY_LINE = /^(?:posted|listed|advertised|published)\b[^.:]{0,40}\bby$/i;

/** The first element after a node among its siblings, line breaks passed over. */
function nextElementAfter(node: Node): Element | null {
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType !== 1) continue;
    if ((next as Element).tagName !== 'BR') return next as Element;
  }
  return null;
}

/**
 * A term with its definition beside it: <dt>, <th>, or the first of a table row's two cells
 * (<td>Job Title</td><td>…</td>, how boards laid out their facts before CSS).
 */
function termCell(el: Element): boolean {
  const cell = el.closest('dt, th, td');
  if (!cell || (cell !== el && collapseSpace(cell.textContent ?? '') !== collapseSpace(el.textContent ?? ''))) return false;
  if (cell.tagName !== 'TD') return true;
  const row = cell.parentElement;
  return row?.tagName === 'TR' && row.children.length === 2 && row.firstElementChild === cell;
}

/**
 * A search form's label ("City, State or Zip:" before its box, "Region:" before its menu):
 * what follows is for the visitor to fill in, not a fact of the job.
 */
function labelsAControl(node: Node, el: Element): boolean {
  const next = nextElementAfter(node) ?? nextElementAfter(el);
  return Boolean(next && (FORM_CONTROL.test(next.tagName) || next.querySelector('input:not([type="hidden"]), select, textarea')));
}

/** A value shown only as an image (a staffing firm's logo after "Staffing Firm:"): its alternative text. */
function imageName(el: Element | null): string {
  const img = el?.tagName === 'IMG' ? el : el?.querySelector('img[alt]');
  return collapseSpace(img?.getAttribute('alt') ?? '').replace(/\s+logo$/i, '');
}

/** Labels of a region rather than a town: "Region:", "Région", "Regio", "Area", "County", "Kanton". */
const REGION_LABEL = /^(?:region|région|región|regione|região|regio|area|county|province|provincia|kanton|bundesland|departamento|département|comarca|landsdel|län|fylke|oblast|perifereia|περιοχή|регион|область|облыс|аймақ|аймаг|استان|marz|governorate)\s*[:：]?/iu;

/**
 * "Company: Acme", <dt>Location</dt><dd>Berlin</dd>, <th>Employer</th><td>…</td>. Walks the
 * text nodes once: asking every element for its textContent would read a large page many
 * times over.
 */
/** A board's link after an employer's name: "Acme Co. More jobs from this company", "Acme Ltd, View profile". */
const MORE_FROM_THEM = /(?:[\s,;|·]+|(?<=\.))\(?(?:more|other|view|see|show|all)\b[^()]{0,30}\b(?:jobs?|vacancies|positions|openings|profile|company|employer)\b[^()]{0,30}\)?$/i;

/** True when one of the elements holds an email link whose text is the name. */
function writtenToByEmail(name: string, elements: (Element | null | undefined)[]): boolean {
  return elements.some((el) => el && Array.from(el.querySelectorAll('a[href^="mailto:"]')).some((a) => collapseSpace(a.textContent ?? '') === name));
}

/** The name of a public body: "Department of …", "Office of …", "… Agency", "… Authority", "DEPT OF …". */
const PUBLIC_BODY =
  /^(?:the )?(?:department|dept\.?|office|ministry|bureau|division|board) (?:of|for)\b|\b(?:agency|authority|council|commission|ministry|directorate|government|registry)$/i;

/** A label naming the department or agency: the employer only where its value is a public body's name. */
const DEPARTMENT_LABEL = /^(?:hiring )?(?:department|agency)\b/i;

/** "Department: Engineering" names a team; "Department: Office of Groundwater Stewardship" a public body, the employer. */
function namesATeam(label: string, value: string | null): boolean {
  return DEPARTMENT_LABEL.test(label) && !PUBLIC_BODY.test(value ?? '');
}

export function labelledFields(scope: ParentNode): Candidate {
  const found: Candidate = {};
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  const walker = doc.createTreeWalker(scope, SHOW_TEXT);
  let visited = 0;
  const take = (name: LabelledField, value: string, el: Element, node: Node) => {
    // A label with nothing after it on its line: the value follows the label's text in the
    // same element ("<li>Company: <a>Acme</a></li>"), else in the next cell or element.
    if (!value.trim() && labelsAControl(node, el)) return;
    const raw = value.trim() ? value : collapseSpace(restOfElement(node)) || valueAfter(el) || imageName(nextElementAfter(node) ?? nextElementAfter(el));
    // The colon may sit in an element of its own between label and value ("<span>:</span>").
    const clean = cleanValue(stripLabels(raw.replace(/^[\s\u00a0]*[:：][\s\u00a0]*/u, '')), doc)?.replace(MORE_FROM_THEM, '') ?? null;
    // A title names a role in words ("Personal a cargo: 0" is a count, not a title).
    if (name === 'title' && !/\p{L}{2}/u.test(clean ?? '')) return;
    // "Organization: Mercy Lakeshore Campus" names a site of the employer, not the employer.
    if (name === 'company' && /\b(?:campus|building|site|plant|warehouse|depot|yard|branch|facility|terminal)$/i.test(clean ?? '')) return;
    if (name === 'company' && namesATeam(collapseSpace(node.nodeValue ?? ''), clean)) return;
    // "Recruiter: <a href="mailto:…">Dana Vasquez</a>": a name written to by email is a person's, not the agency's.
    if (name === 'postedBy' && clean && writtenToByEmail(clean, [el, nextElementAfter(node), nextElementAfter(el)])) return;
    // "Winchester, NH (4), Swanzey, NH (5)": a search's filter counts its results; it is no fact of a posting.
    if ((clean?.match(/\(\d+\)/g) ?? []).length >= 2) return;
    if (clean && clean.length <= (name === 'title' ? 150 : 100) && !LABEL_PATTERNS[name].test(clean)) {
      // A place labelled as a region is wider than the job's town (see read-posting's workplaceInText).
      const region = name === 'location' && REGION_LABEL.test(collapseSpace(node.nodeValue ?? ''));
      found[name] = field(clean, 'label', region ? TRUST.regionLabel : TRUST.label);
    }
  };
  // A field is read once; a region ("Регион: Павлодарская область") gives way to a later label
  // that names the workplace ("Адрес места работы: …, Иртышск").
  const open = (name: LabelledField, label: string) => !found[name] || (name === 'location' && found.location!.confidence === TRUST.regionLabel && !REGION_LABEL.test(label));
  for (let node = walker.nextNode(); node && visited < 20_000; node = walker.nextNode(), visited++) {
    const raw = node.nodeValue ?? '';
    if (raw.length > 160 && raw.includes('\n') && raw.includes(':')) {
      // A post written as plain text keeps its facts as lines of one long text ("→ Where: Lyon").
      const el = node.parentElement;
      if (!el || ['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'TITLE'].includes(el.tagName) || isHidden(el) || inMenu(el)) continue;
      for (const line of raw.split('\n')) {
        if (line.length > 160) continue;
        for (const { name, value } of labelledValues(collapseSpace(line))) if (!found[name] && value.trim()) take(name, value, el, node);
      }
      continue;
    }
    if (raw.length > 160 || raw.trim().length < 2) continue;
    const el = node.parentElement;
    if (!el || ['SCRIPT', 'STYLE', 'OPTION', 'TITLE', 'A', 'BUTTON'].includes(el.tagName)) continue;
    const text = collapseSpace(raw);
    // Every "Label: value" in the text, wherever it sits ("Acme Corp Location: Leeds"). The
    // visibility check walks the ancestors, so it comes after the cheap text tests.
    const labelled = labelledValues(text).filter(({ name }) => open(name, text));
    if (labelled.length > 0) {
      if (!isHidden(el) && !inMenu(el)) for (const { name, value } of labelled) take(name, value, el, node);
      continue;
    }
    // "Posted 14 March 2011 by <a>Acme Care</a>": the name after "by" is who posted it.
    if (POSTED_BY_LINE.test(text) && !found.postedBy && !isHidden(el)) {
      take('postedBy', '', el, node);
      continue;
    }
    // A label on its own, its value in the next cell or element. "Role", "Job" or "Position"
    // alone are menu words as often as labels: a title label needs a term-and-definition layout.
    // A pin on its own is the place's label: "<span>📍</span>Zwolle".
    // The pin is often hidden from screen readers (aria-hidden): its line is what must be shown.
    const pin = /^📍\uFE0F?$/u.test(text);
    // A label in two languages ("Position / មុខតំណែង", "Location / Lieu") is read by either.
    const labelText = text.replace(/\s*[:：]$/u, '');
    const labelParts = labelText.includes(' / ') ? [labelText, ...labelText.split(/\s+\/\s+/)] : [labelText];
    const name = pin ? 'location' : LABELLED_FIELDS.find((f) => labelParts.some((part) => LABEL_PATTERNS[f].test(part)));
    if (!name || !open(name, text) || (name === 'title' && !termCell(el)) || isHidden(pin ? (el.parentElement ?? el) : el) || inMenu(el)) continue;
    // "<b>3</b> Locations", "<b>7</b> Open Jobs": a count on a company card, not a label.
    if (!/^\d/.test(text) && /^\d[\d,.]*\s+\S/u.test(collapseSpace((el.textContent ?? '').slice(0, 200)))) continue;
    // A word with no colon among a run of words on lines of their own ("Office<br>Light
    // Industrial<br>Accounting<br>…", an old site's side menu) is an item of that list, not a label.
    if (!pin && !/[:：]$/u.test(text) && el.querySelectorAll(':scope > br').length >= 3) continue;
    take(name, '', el, node);
  }
  // A label that is not shown as text but named in the element's title or aria-label
  // (<div title="Location">Austin, TX</div>, an icon beside the value).
  if (!found.location || !found.company) {
    for (const el of Array.from(scope.querySelectorAll('[title]:not(a):not(abbr):not(img), [aria-label]:not(a):not(button):not(input)')).slice(0, 300)) {
      const label = (el.getAttribute('title') ?? el.getAttribute('aria-label') ?? '').replace(/\s*:$/, '').trim();
      const name = (['location', 'company'] as const).find((f) => LABEL_PATTERNS[f].test(label));
      if (!name || found[name] || isHidden(el)) continue;
      const value = cleanValue(stripLabels(shownText(el)), doc);
      if (name === 'company' && namesATeam(label, value)) continue;
      if (value && value.length <= 100 && !LABEL_PATTERNS[name].test(value)) found[name] = field(value, 'label', TRUST.label);
    }
  }
  return found;
}

/** A heading that names a site's jobs pages, not a job: "Acme Careers", "Jobs at Acme", "Karriere bei Acme". */
const SITE_JOBS_HEADING = /(?:^|\s)(?:careers|jobs|karriere|jobbörse|emplois|empleos|vacatures|jobb|stellenangebote)$|^(?:careers?|jobs|life|working|work|karriere|arbeiten|travailler) (?:at|with|bei|chez|hos|på)\s|^(?:werken|werk) bij\s|^(?:jobba|jobb|job|arbejde) (?:hos|på)\s|^(?:trabaja|trabalhe|lavora) (?:con|en|na|conosco)\b/iu;

/** Elements whose class or id says they hold the job's title: one cheap selector, then the words. */
const TITLE_HINT_SELECTOR = '[class*="itle"], [id*="itle"], [itemprop="title"]';
// ("lblTitle", "lblTitleHead": an ASP.NET page's label control that shows the title.)
const TITLE_HINT = /(?:job|jd|position|posting|poster|vacancy|req(?:uisition)?|opening|opportunity)[-_]?title|(?:^|\s)title(?:\s|$)|(?:^|\s)lbl(?:job|position)?title(?:head)?(?:\s|$)/i;

function isMarkedTitle(el: Element): boolean {
  return el.getAttribute('itemprop') === 'title' || TITLE_HINT.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
}

const looseKey = (text: string) => collapseSpace(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Whether the page shows a text as the whole of one element: a heading, bold or large type, an
 * element named as a title. Worked out once per document, on first use.
 */
const shownTexts = new WeakMap<Document, Set<string>>();
export function shownAsOne(doc: Document): (text: string) => boolean {
  return (text) => {
    let texts = shownTexts.get(doc);
    if (!texts) {
      texts = new Set();
      for (const el of Array.from(doc.querySelectorAll('h1, h2, h3, b, strong, font, [class*="itle"], span[style]')).slice(0, 400)) {
        const own = el.textContent ?? '';
        if (own.length <= 200) texts.add(looseKey(own));
      }
      shownTexts.set(doc, texts);
    }
    return texts.has(looseKey(text));
  };
}

/** A text's words, lower case: what two titles are compared by. */
export function wordsOf(text: string): string[] {
  return collapseSpace(text).toLowerCase().split(/[^\p{L}\p{N}+#]+/u).filter(Boolean);
}

/** How much of the heading's words the other text has (0..1). */
function agreement(heading: string, pool: ReadonlySet<string>): number {
  const words = wordsOf(heading);
  return words.length === 0 ? 0 : words.filter((w) => pool.has(w)).length / words.length;
}

/**
 * The job's title as the page heads it. Every visible h1 and h2, and elements marked as a
 * job title, are candidates. The site's own name, navigation and section words ("Find Jobs",
 * "Job Overview") are never the title; of the rest, the one the document title agrees with,
 * that reads like a role, and that sits highest in the content wins.
 */
/**
 * Whether any element mainHeading weighs holds all these words and more: a cheap test that
 * spares structured-data pages the whole heading search when no heading could say more than
 * their title.
 */
export function someHeadingHolds(doc: Document, words: string[]): boolean {
  const elements = [...Array.from(doc.querySelectorAll('h1, h2')).slice(0, 30), ...Array.from(doc.querySelectorAll('h3')).slice(0, 20), ...Array.from(doc.querySelectorAll(TITLE_HINT_SELECTOR)).slice(0, 10)];
  return elements.some((el) => {
    const own = new Set(wordsOf(el.textContent ?? ''));
    return own.size > new Set(words).size && words.every((w) => own.has(w));
  });
}

/**
 * Inside a form on the page (a search box, an application form), whose headings and labels are
 * not the posting's. ASP.NET WebForms wraps the whole page in one form (with its __VIEWSTATE),
 * and other pages do the same without it: a form that holds most of the page's text is the
 * page, not a form on it.
 */
function inForm(el: Element): boolean {
  const form = el.closest('form');
  return form !== null && !wrapsPage(form);
}

const pageForms = new WeakMap<Element, boolean>();

function wrapsPage(form: Element): boolean {
  let wraps = pageForms.get(form);
  if (wraps === undefined) {
    const body = form.ownerDocument.body;
    wraps = form.querySelector('input[name="__VIEWSTATE"]') !== null || (body !== null && (form.textContent?.length ?? 0) > 0.5 * (body.textContent?.length ?? 0));
    pageForms.set(form, wraps);
  }
  return wraps;
}

export function mainHeading(scope: ParentNode, doc: Document, site: SiteName = siteName(doc, doc.URL)): string | null {
  const pageTitle = documentTitle(doc);
  const ogTitle = metaContent(doc, 'og:title', 'twitter:title');
  const seen = new Set<string>();
  let best: string | null = null;
  let bestScore = -Infinity;
  let bestIsTeaser = false;
  let own: string | null = null;
  let ownScore = -Infinity;
  // The employer's name as the <title> gives it ("Role - Acme") heads many careers pages; it
  // is not the role.
  const employer = parseTitle(pageTitle, (t) => isSiteName(t, site), shownAsOne(doc)).company;
  const isEmployer = (text: string) => Boolean(employer && nameKey(text) === nameKey(employer));
  // h3s after h1s and h2s, queried apart: a site's menus can hold dozens of h3s before the content.
  const headings = [...Array.from(scope.querySelectorAll('h1, h2')).slice(0, 30), ...Array.from(scope.querySelectorAll('h3')).slice(0, 20)];
  // The words each heading is compared with, worked out once.
  const titleWords = new Set(wordsOf(pageTitle ?? ''));
  const ogWords = new Set(wordsOf(ogTitle ?? ''));
  // Elements marked as the title are looked for only when no h1 could be it.
  const usableH1 = headings.some((h) => {
    const text = collapseSpace(h.textContent ?? '');
    return h.tagName === 'H1' && !isHidden(h) && !isNavigationHeading(text) && !isSiteName(text, site) && !isEmployer(text) && !isGenericSegment(text);
  });
  // The innermost of nested marked elements ("table.title > … > span.title"): the outer one also holds the job's number.
  // A marked title that is a link to another page is a list's teaser of a posting that lives there.
  const marked = usableH1
    ? []
    : Array.from(scope.querySelectorAll(TITLE_HINT_SELECTOR))
        .filter((el) => isMarkedTitle(el) && !Array.from(el.querySelectorAll(TITLE_HINT_SELECTOR)).some(isMarkedTitle) && !headingLinkTarget(el, doc.URL))
        .slice(0, 10);
  const elements = [...marked, ...headings];
  elements.forEach((el, index) => {
    if (isHidden(el) || el.closest('nav, footer, [role="dialog"], [role="navigation"]') || inForm(el)) return;
    // "Job Title: Senior Accountant" as a heading: the label is not part of the role.
    const text = cleanValue(withoutWikiParents(withoutPageType(stripLabels(shownText(el))), doc.URL), doc);
    if (!text || text.length < 3 || text.length > 150 || seen.has(text)) return;
    seen.add(text);
    // A registered name ("TECK HIN HARDWARE & ENGINEERING PTE LTD") heads the advertiser's ad, not the role.
    if (isSiteName(text, site) || isEmployer(text) || isNavigationHeading(text) || isGenericSegment(text) || isRegisteredName(text)) return;
    let score = Math.max(agreement(text, titleWords), agreement(text, ogWords)) * 3;
    // An h3 is a section's heading more often than the role's: it wins only when it reads like a role.
    if (el.tagName === 'H3' && !looksLikeJobTitle(text)) return;
    if (looksLikeJobTitle(text)) score += 1.5;
    if (el.tagName === 'H1') score += 2;
    else if (isMarkedTitle(el)) score += 1.5;
    if (el.closest('main, article, [role="main"]')) score += 0.5;
    // The site's own header: a heading that links home, or sits in the page's <header> outside
    // the content, or names the site's careers pages ("Acme Careers", "Jobs at Acme").
    if (el.querySelector('a[href="/"]') || (el.closest('header') && !el.closest('main, article, [role="main"]'))) score -= 2;
    if (SITE_JOBS_HEADING.test(text)) {
      if (!looksLikeJobTitle(text)) return;
      score -= 2;
    }
    // A long heading is a section's lead sentence, not a title.
    if (text.length > 90) score -= 1;
    score -= index * 0.05;
    if (score > bestScore) {
      best = text;
      bestScore = score;
      bestIsTeaser = Boolean(headingLinkTarget(el, doc.URL));
    }
    if (score > ownScore && looksLikeJobTitle(text) && Math.max(agreement(text, titleWords), agreement(text, ogWords)) >= 0.5 && !headingLinkTarget(el, doc.URL)) {
      own = text;
      ownScore = score;
    }
  });
  // A heading that is a link to another page is a teaser of a posting that lives there ("Similar
  // jobs"), even when it repeats the <title>'s shortened role word for word: a heading of the
  // page's own that reads like a role and shares half its words with the <title> is its title.
  // (With none, a list's teaser stays the best, and the page is found to be a list.)
  return bestIsTeaser && own ? own : best;
}

/**
 * A wiki titles a page with its parents ("Praca/Koordynator pracowni", the address's path
 * /wiki/Praca/Koordynator_pracowni): the page is the last part.
 */
export function withoutWikiParents(heading: string, url: string): string {
  if (!/^[^\s/]+(?:\/[^/]+)+$/u.test(heading.replace(/ /g, '_'))) return heading;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return heading;
  }
  const last = heading.slice(heading.lastIndexOf('/') + 1).trim();
  return path.replace(/_/g, ' ').endsWith(heading) && last.length >= 3 ? last : heading;
}

/** An opening of its own says something about the job: a heading over a line that points elsewhere is a teaser. */
const OPENING_BODY = 200;

/**
 * The length of the text under a heading, up to the next heading of its level or higher,
 * counted up to `max` characters. Site builders wrap each heading and paragraph in modules of
 * their own, so the text is walked in document order rather than among the heading's siblings.
 */
function textUnderHeading(heading: Element, max: number): number {
  const doc = heading.ownerDocument;
  const level = Number(heading.tagName.slice(1));
  // 1 | 4: elements and text (NodeFilter's constants, which a Node DOM does not put on globalThis).
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 | 4);
  walker.currentNode = heading;
  let length = 0;
  for (let node = walker.nextNode(); node && length < max; node = walker.nextNode()) {
    if (heading.contains(node)) continue;
    if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if (/^H[1-6]$/.test(tag) && Number(tag.slice(1)) <= level) break;
    } else if (!/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(node.parentElement?.tagName ?? '')) {
      length += (node.nodeValue ?? '').trim().length;
    }
  }
  return length;
}

/**
 * Inside the site's banner: a <header> that is the page's own (a child of the body, or one that
 * holds the navigation). Content management systems also head each item of the content with a
 * <header> ("<header class="frame-header"><h2>Role</h2>…"), which is content.
 */
function inSiteBanner(el: Element): boolean {
  const header = el.closest('header, [role="banner"]');
  return header !== null && (header.getAttribute('role') === 'banner' || header.parentElement === el.ownerDocument.body || header.querySelector('nav') !== null);
}

/**
 * Headings of the same level as the one that gives the title, in the page's content, that name
 * other roles with text of their own: a page with two equal openings ("Taproom Bartender",
 * "Cellar Technician") under a heading that names none lists jobs rather than posting one. A
 * role heading over one line that points elsewhere ("Apprenticeship 2025: see our training
 * page") follows a posting without making the page a list.
 */
/** A heading that gathers roles: its last word is a plural of "role" or "job". */
const ROLES_GROUP = /(?<![\p{L}])(?:roles|positions|jobs|vacancies|openings|opportunities|posts|placements|stellen|postes|puestos|vacatures)$/iu;

export function otherRoleHeadings(scope: ParentNode, title: string): number {
  const key = looseKey(title);
  const shown = Array.from(scope.querySelectorAll('h1, h2, h3')).find((h) => looseKey(withoutPageType(shownText(h))) === key);
  if (!shown || shown.tagName === 'H1') return 0;
  return Array.from(scope.querySelectorAll(shown.tagName.toLowerCase())).filter((h) => {
    if (h === shown || h.closest('nav, aside, footer, [role="navigation"]') || inForm(h) || inSiteBanner(h)) return false;
    const text = withoutPageType(collapseSpace(shownText(h)));
    // ("Volunteer Roles", "Student Placements": a heading over a group of roles names none of them.)
    return looseKey(text) !== key && text.length <= 80 && looksLikeJobTitle(text) && !ROLES_GROUP.test(text) && !isNavigationHeading(text) && textUnderHeading(h, OPENING_BODY) >= OPENING_BODY;
  }).length;
}

/** Where a heading's link leads, when the heading is one (<h2><a href>…</a></h2>) and leads off this page. */
function headingLinkTarget(h: Element, here: string): string | null {
  const links = h.getElementsByTagName('a');
  const a = links.length === 1 ? links[0]! : h.parentElement?.tagName === 'A' ? h.parentElement : null;
  if (!a || collapseSpace(a.textContent ?? '').length < collapseSpace(h.textContent ?? '').length * 0.8) return null;
  return linkTarget(a, here);
}

/** The page a link leads to, without its fragment, when it leads off this page; else null. */
function linkTarget(a: Element, here: string): string | null {
  const href = a.getAttribute('href') ?? '';
  if (!href || href.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(href)) return null;
  try {
    const target = new URL(href, here).href.split('#')[0]!;
    return target === here.split('#')[0] ? null : target;
  } catch {
    return null;
  }
}

/**
 * A heading whose text is a link to another page is a teaser of a posting that lives there: a
 * posting's own title does not send the reader away. With the title shown so, the other
 * headings of its level that link to other pages are the list's other teasers.
 */
export function teaserHeadings(doc: Document, title: string, here: string): number {
  const key = looseKey(title);
  const shown = Array.from(doc.querySelectorAll('h2, h3, h4')).find((h) => looseKey(withoutPageType(shownText(h))) === key);
  if (!shown || !headingLinkTarget(shown, here)) return 0;
  const targets = new Set<string>();
  for (const h of Array.from(doc.getElementsByTagName(shown.tagName)).slice(0, 100)) {
    if (h === shown || h.closest('nav, aside, footer, [role="navigation"]')) continue;
    const target = headingLinkTarget(h, here);
    if (target) targets.add(target);
  }
  return targets.size;
}

/**
 * The location as the page shows it next to the title: an element whose class, test id or
 * itemprop says "location". Short text only; a paragraph that mentions a place is not it.
 */
export function visibleLocation(scope: ParentNode): string | null {
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  // Stems, not case-insensitive selectors (see DESCRIPTION_HINTS); the word is checked after.
  const selector =
    '[class*="ocation"]:not(input):not(select), [data-testid*="ocation"], [data-automation*="ocation"], [data-tag*="ocation"], [data-qa*="ocation"], [data-test*="ocation"], [itemprop="jobLocation"], img[src*="ocation"], img[src*="ocali"], i[class*="icon"], span[class*="icon"], i[class*="fa-map"], i[class*="bi-geo"]';
  const named = (el: Element) =>
    el.getAttribute('itemprop') === 'jobLocation' ||
    (el.tagName === 'IMG' ? /locali[sz]ation|location/i.test(el.getAttribute('src') ?? '') : isPlaceIcon(el) || /location/i.test(hintOf(el)));
  for (const found of Array.from(scope.querySelectorAll(selector)).filter(named).slice(0, 30)) {
    // An icon (an image, an element with no text, or an icon font's ligature such as
    // "location_on") marks the text beside it: its parent's, without the ligature.
    const icon = found.tagName === 'IMG' || !found.textContent?.trim() || isPlaceIcon(found);
    const el = icon && found.parentElement ? found.parentElement : found;
    if (isPlaceIcon(found)) {
      if (isHidden(el) || el.closest('nav, footer, [role="dialog"]') || inForm(el) || skipNonPostingAncestor(el)) continue;
      const text = cleanPlace((el.textContent ?? '').replace(found.textContent ?? '', ' ').replace(/\s+/g, ' ').trim());
      if (text.length >= 2 && text.length <= 100) return text;
      continue;
    }
    if (isHidden(el) || el.closest('nav, footer, [role="dialog"]') || inForm(el) || skipNonPostingAncestor(el) || inListOfTeasers(el, doc.URL)) continue;
    const listed = placesListed(el, doc);
    if (listed) return listed;
    // A block that holds the posting ("<article class="… job-location-schwaz">") names a place in its class, but its text is the posting's.
    if ((el.textContent?.length ?? 0) > 400) continue;
    const text = cleanPlace(cleanValue(shownText(el), doc, 150) ?? '');
    if (text && text.length >= 2 && text.length <= 100 && !LABEL_PATTERNS.location.test(text)) return text;
  }
  return null;
}

/**
 * Whether an element sits in one item of a list of teasers (other jobs, upcoming events): the
 * item, and at least one other item of its list, each link to a page of their own, as a
 * posting's facts list does not.
 */
function inListOfTeasers(el: Element, here: string): boolean {
  const item = el.parentElement?.closest('li, [class*="job-box"], [class*="card"]');
  // (The card that holds the page's heading is the posting's own.)
  if (!item || !item.parentElement || item.querySelector('h1')) return false;
  const linksAway = (node: Element) => Array.from(node.querySelectorAll('a[href]')).slice(0, 5).some((a) => linkTarget(a, here) !== null);
  if (!linksAway(item)) return false;
  const siblings = Array.from(item.parentElement.children).filter((other) => other !== item && other.tagName === item.tagName).slice(0, 10);
  return siblings.some(linksAway);
}

/** An icon font's ligature for a place ("location_on", "place", "pin_drop" in Material Icons) or an icon class naming one. */
function isPlaceIcon(el: Element): boolean {
  if (el.tagName === 'IMG') return false;
  const cls = el.getAttribute('class') ?? '';
  // Icon fonts name their icons "icon-…", Font Awesome "fa fa-map-marker", Bootstrap Icons "bi bi-geo-alt".
  if (!/icon|(?:^|\s)(?:fa[srlbd]?|bi)(?:\s|$)/i.test(cls)) return false;
  return /^(?:location_on|location_pin|place|pin_drop|room|location)$/.test(el.textContent?.trim() ?? '') || /(?:^|[\s_-])(?:map-marker|map-pin|location-dot|location-pin|location|geo-alt)(?:$|[\s_-])/.test(cls);
}

/** "Bozeman, MT 59715, USA" → "Bozeman, MT, USA": a postcode says no more than the town. */
const POSTCODE_PART = /\s+\d{4,5}(?:-\d{4})?(?=,|$)|(?<=(?:^|,)\s*)\d{4,5}\s+(?=\p{L})/gu;

/** A place without its postcodes: "Stuttgart" of "70173 Stuttgart", "Bozeman, MT, USA" of "Bozeman, MT 59715, USA". */
export function withoutPostcodes(place: string): string {
  return place.replace(POSTCODE_PART, '').trim() || place;
}

/**
 * A location element that lists several places, one an item ("Bozeman, MT 59715, USA" with
 * the store's street beside it, then the next): each item's place, without its street, site
 * or postcode, joined with "; ". Where an item marks its place (an element named city, place
 * or location), that is the place; the rest of the item is detail.
 */
function placesListed(el: Element, doc: Document): string | null {
  const items = Array.from(el.querySelectorAll(':scope > li, :scope > ul > li, :scope > ol > li'));
  if (items.length < 2) return null;
  const places = items.slice(0, 8).map((item) => {
    const marked = Array.from(item.querySelectorAll('[class], [data-automation], [data-testid]')).find((child) => /city|place|location|town|ort|lieu/i.test(hintOf(child)));
    const text = cleanValue(shownText(marked ?? item), doc, 150) ?? '';
    return withoutPostcodes(cleanPlace(text));
  });
  const kept = [...new Set(places.filter((p) => p.length >= 2 && p.length <= 80))];
  return kept.length >= 2 ? kept.join('; ') : null;
}

/**
 * A place as a page shows it, without what pages glue to it: a label ("Arbeitsort: Köln"),
 * a map widget's words ("Berlin Loading Map..."), and places run together with no separator
 * ("GermanyUnited Kingdom", where each place was its own element).
 */
/** "based in our Lyon office", "at the Leeds studio", "our West Asheville shop": a place written as a phrase names its town. */
const PLACE_PHRASE = /^(?:(?:(?:[Bb]ased|[Ww]orking) )?(?:in|at|from|out of) )?(?:[Oo]ur|[Tt]he) (\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}) (?:office|offices|HQ|headquarters|studio|site|hub|store|shop|workshop|branch|campus|team|location|depot|warehouse|kitchen|restaurant|clinic)\b/u;

export function cleanPlace(text: string): string {
  let place = (labelledValue(text, 'location') ?? '').replace(WIDGET_TEXT, '');
  // "Home > Jobs > Production > Job details": a trail of links (pages class it "location",
  // as in "you are here") is not where the job is.
  if ((place.match(/\s[>›»]\s/g) ?? []).length >= 2) return '';
  // "Gauteng > Johannesburg North": a place as a path from the region down, written as places
  // are, the town first.
  // (In the scripts whose addresses run from the town up; Korean, Japanese and Chinese run down.)
  const path = /^([\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\s.'’-]{2,40})\s[>›»]\s([\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\s.'’-]{2,40})$/u.exec(place.trim());
  if (path) place = `${path[2]}, ${path[1]}`;
  place = PLACE_PHRASE.exec(place)?.[1] ?? place;
  // "Mestský úrad Dolná Kamenica, pracovisko Hlavná 12", "City Hall of Riverton": a town's own
  // office, named after the town, is in that town (and the office's street says no more).
  const townOffice = TOWN_OFFICE.exec(place.trim());
  if (townOffice) place = townOffice[1]!;
  // "Chambéry (Savoie), au centre social et sur le quartier.": after a comma, a phrase in
  // words of lower case is a note on where in town, not a place's name ("Lyon, la Part-Dieu" and
  // "Remote, anywhere in Europe" stay: a capital names a place).
  place = place.replace(/,\s+\p{Ll}{2,}\s+\p{Ll}{2,}\s[^,\p{Lu}]*$/u, '').replace(/\.$/, '');
  // "Nampula, com deslocações frequentes aos distritos de Memba", "Leeds, with travel to York":
  // a "with" clause after the place, whatever towns it names, says how the job moves about.
  place = place.replace(/,\s+(?:with|com|con|avec|mit|met|med)\s+\p{Ll}.*$/u, '');
  // "Leipzig, 2 days on site", "Leeds, 3 days a week in the office": how often one is there.
  place = place.replace(/,\s+\d+(?:[-–]\d+)?\s+\p{Ll}{2,}(?:\s[^,\p{Lu}]*)?$/u, '');
  // "Lisbon, Start: September": a labelled fact run on after the place, with a comma.
  place = place.replace(/[,;]\s*\p{Lu}[\p{L}\p{M} ]{1,24}[:：]\s.*$/u, '');
  // "US-MI-Muskegon", as applicant-tracking systems code a place: "Muskegon, MI, US".
  place = place.replace(PLACE_CODE, (_, country: string, region: string, town: string) => `${town}, ${region}, ${country}`);
  // "Hamburg | Vollzeit | unbefristet": the kinds of job beside the place are not the place.
  const parts = place.split(/\s*[|·•]\s*/);
  // Nor are the terms that follow the place ("Umeå · Tillsvidare med sex månaders
  // provanställning · Start i augusti"): a phrase with a lower-case word longer than the
  // small words inside places' names ("am", "upon", "de la", "an der").
  // Nor is a labelled fact run on after it ("Opole | Nr ref.: LOG/OP/04/08").
  if (parts.length > 1) place = parts.filter((p, i) => !EMPLOYMENT_TYPE.test(p.trim()) && (i === 0 || (!/(?<![\p{L}-])\p{Ll}{5,}(?![\p{L}-])/u.test(p) && !/^[\p{L}][\p{L} .]{0,24}:/u.test(p.trim())))).join(' | ');
  // A lower-case letter straight before a capital, after a capitalised word of four or more
  // letters: two places whose elements had no space between them ("McAllen" is left alone).
  place = place.replace(/(?<=(?<!\p{L})\p{Lu}\p{Ll}{3,})(?=\p{Lu}\p{Ll})/gu, ', ');
  // A Japanese address runs from the prefecture to the building ("東京都渋谷区道玄坂1-12-3 …ビル7F
  // ※週2日出社"): the town is the prefecture and the municipality, with a city's ward.
  // Chinese addresses run the same way, a city's district written 區 where Taiwan writes it ("台中市西屯區文心路三段241號").
  const japanese = /^((?:\p{Script=Han}{2,3}[都道府県])?\p{Script=Han}{1,5}?[市区區町村](?:\p{Script=Han}{1,4}?[区區])?)(.*)$/u.exec(place.trim());
  if (japanese && /\d|[※ビ]/u.test(japanese[2]!)) place = japanese[1]!;
  // "гр. Пловдив", "г. Москва": "town" or "city" written before the town's name.
  place = place.replace(/(?<![\p{L}])(?:гр|г|град|м|с)\.\s*(?=\p{Lu})/gu, '');
  // Or after it, where an address runs from the region down ("Иртышск с.", "Щучинск г.").
  place = place.replace(/(?<=\p{Lu}[\p{L}-]+)\s+(?:г|с|пгт)\.(?=\s*(?:,|$))/gu, '');
  // "Акмолинская область, Бурабайский район, Щучинск": a region and a district around the town
  // are said by their kind, and the town is what is left.
  const steps = place.split(/\s*[,،]\s*/);
  const areas = steps.filter((step) => CYRILLIC_AREA.test(step));
  if (areas.length > 0 && areas.length < steps.length) place = steps.filter((step) => !areas.includes(step)).join(', ');
  // "تهران ، تهران", "Lima, Lima": a province and its capital of one name, said once.
  const named = place.split(/\s*[,،]\s*/);
  if (named.length > 1 && named.every((step) => step.toLowerCase() === named[0]!.toLowerCase())) place = named[0]!;
  // "Cardiff, Wales, CF10 4QX : Newport, Wales, NP20 2HL": places set apart by a spaced colon
  // are a list, and a British or Canadian postcode after a town says no more than the town.
  place = place
    .split(/\s+:\s+(?=\p{Lu})/u)
    .map((one) => one.replace(/,\s*(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d)$/, ''))
    .join('; ');
  return withoutPlaceDetails(place).replace(/^[\s,;|·•–-]+|[\s,;|·•–-]+$/gu, '').trim();
}

/** A town's office before the town's name, in the languages of municipal notices; what follows a comma is where in it. */
const TOWN_OFFICE =
  /^(?:(?:mestský|obecný|miestny) úrad|(?:městský|obecní|místní) úřad|urząd (?:miasta|gminy|miasta i gminy)|town hall(?: of)?|city hall(?: of)?|mairie (?:de |d['’])|ayuntamiento de|câmara municipal de|comune di|rathaus|gemeentehuis)\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|nad|pod|pri|na|am|an|der|de|del|di|sur))*)(?:\s*,.*)?$/iu;

/** A region or a district by its kind, in Russian and Kazakh ("Павлодарская область", "Иртышский район", "Бурабай ауданы"). */
const CYRILLIC_AREA = /(?<![\p{L}])(?:область|обл\.|район|р-н|край|облысы|ауданы)(?![\p{L}])/iu;

/** A country, a region and a town in an ATS's code ("US-OH-Toledo"), each place of a list. */
const PLACE_CODE = /(?<![\p{L}\p{N}-])([A-Z]{2})-([A-Z]{2,3})-(\p{Lu}[\p{L} .'’]+?)(?=\s*(?:[|;,]|$))/gu;

/** Words of a street, a site or a building: what an address says before its town. */
const STREET_WORD =
  /\b(?:street|st|road|rd|avenue|ave|lane|drive|way|boulevard|blvd|campus|building|floor|suite|unit)\b|(?:straße|strasse|str\.|weg|gasse|platz|allee|gate|gata|gaten|vej|vei|vägen|laan|straat|plein)(?![\p{L}\p{N}])|^(?:\d+\s?(?:bis|ter|[a-z])?,?\s+)?(?:rue|avenue|av\.|boulevard|bd|chemin|place|allée|impasse|route|calle|c\/|avda\.?|avenida|paseo|plaza|carrer|via|viale|corso|piazza|ulica|ul\.|al\.|aleja|pl\.|plac|os\.|osiedle|rua|travessa|ул\.|улица|просп\.|проспект|пер\.|переулок|вул\.|вулиця|бул\.|бульвар)(?![\p{L}\p{N}])/iu;

/** A part that ends in a street's word: "Harrowby Lane", "Church Street". */
const STREET_END = /\b(?:street|st|road|rd|avenue|ave|lane|drive|boulevard|blvd|close|crescent)\.?$/i;

/** A street and its number ("1700 Peck St", "Nøstegaten 24", "Via Roma 12"); "St. Louis" and "75001 Paris" are not. */
function isStreet(part: string): boolean {
  return /\d/.test(part) && STREET_WORD.test(part);
}

/**
 * A place without what a page adds around the town: a street address before it ("Avenue de
 * Rumine 18, 1005 Lausanne" → "1005 Lausanne"), a site ("Main Campus – 1700 Peck St, Muskegon,
 * MI"), a note in brackets or after a dash in ordinary words ("Valencia (oficinas en la zona del
 * Puerto)", "Clermont-Ferrand (63) – zone industrielle du Brézet"). Codes in brackets stay:
 * "(63)", "(Remote)", "(IN)".
 */
function withoutPlaceDetails(place: string): string {
  // Scripts without capitals write a note as words apart ("(주 2회 재택 근무)", "（駅から 徒歩5分）").
  // A note opens with a word in lower case or runs long ("(apoteke u ul. Maršala Tita i u
  // naselju Crkvice)"); "(Newfoundland and Labrador)" is a province, whose "and" is no note.
  const note = (inner: string) => /(?<![\p{L}])\p{Ll}{2,}\s+\p{Ll}{2,}(?![\p{L}])/u.test(inner) || /^\p{Ll}{4,}\s/u.test(inner.trim()) || inner.length > 40 || (/\d/.test(inner) && STREET_WORD.test(inner)) || /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]\S*\s+\S/u.test(inner);
  const text = place.replace(/\s*[(（]([^()（）]*)[)）]/gu, (whole, inner: string) => (note(inner) ? '' : whole));
  const dashed = text.split(/\s+[–—-]\s+/).map(withoutStreet);
  if (dashed.length > 1) {
    // Keep the parts that name places: not a note in ordinary words, a street or a site.
    const kept = dashed.filter((p) => !/(?:^|\s)\p{Ll}{3,}\s+\p{Ll}{2,}/u.test(p) && !isStreet(p) && !SITE_WORD.test(p));
    if (kept.length > 0) return kept.join(' - ');
  }
  return dashed.join(' - ');
}

/** A part of a place that names a site, not a town: "Main Campus", "Head Office", and in the languages that write compounds, "Strandvegen omsorgssenter" (a town named "Centre" is still a town). */
const SITE_WORD =
  /\b(?:campus|building|(?:head |branch )?office|headquarters|hq|site|plant|warehouse|store|garage|depot|yard|branch|facility|factory|terminal|distribution cent(?:er|re)|clinic|hospital|library|school|museum)\b|(?<=\p{L}|\p{L}[\s-])(?:senter|sentret|center|centre|zentrum|centrum|sykehus|sjukhus|krankenhaus|klinikk|klinikum|sykehjem|pflegeheim)(?!\p{L})/iu;

/**
 * "Avenue de Rumine 18, 1005 Lausanne" → "1005 Lausanne": an address's street and number,
 * and what comes before them (a site's name: "Sede del museo, calle del Hospital 7, 46001
 * València"), are not the town; what follows the street is.
 */
function withoutStreet(place: string): string {
  const parts = place.split(/\s*,\s*/);
  // The last part that is a street ("12 Court St", or "Harrowby Lane" before the town), or a
  // site before the town ("Main Campus, Marietta, Ohio").
  // A house number may follow its street as a part of its own ("ул. Фрунзе, 88").
  const houseNumber = (part: string | undefined) => part !== undefined && /^\d{1,4}\p{L}?$/u.test(part);
  const street = parts.findLastIndex((part, i) => isStreet(part) || (STREET_WORD.test(part) && (houseNumber(parts[i + 1]) || houseNumber(parts[i - 1]))) || (i < parts.length - 1 && (STREET_END.test(part) || (SITE_WORD.test(part) && !/\d/.test(part)))));
  const kept = parts.slice(street + 1);
  if (street >= 0 && kept.every(houseNumber)) kept.length = 0;
  // A British or Canadian postcode after the town says no more than the town ("Grantham, NG31 8DG").
  if (street >= 0 && kept.length >= 2 && (UK_POSTCODE_LINE.test(kept[kept.length - 1]!) || /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/.test(kept[kept.length - 1]!))) kept.pop();
  // So does a US ZIP code after the state of a street address ("… St, San Antonio, TX 78205").
  if (street >= 0 && kept.length >= 2) kept[kept.length - 1] = kept[kept.length - 1]!.replace(/^([A-Z]{2})\s+\d{5}(?:-\d{4})?$/, '$1');
  const rest = kept.join(', ');
  // Many countries write the town first ("Wrocław, ul. Ruska 46c", "Kazan, ul. Baumana 12"):
  // with nothing after the street, the one part before it is the town.
  const before = parts.slice(0, street);
  if (street >= 0 && kept.length === 0 && before.length === 1 && /^\p{Lu}[\p{L} .'’-]{2,40}(?:\s\(\p{Lu}{1,3}\))?$/u.test(before[0]!)) return before[0]!;
  // What is left must read as a town, not the page's next lines run together.
  return street >= 0 && /\p{L}{3,}/u.test(rest) && rest.length <= 60 ? rest : place;
}

/** Departments and teams that a facts line lists beside the place ("Oslo · Full-time · Sales"). */
const DEPARTMENT =
  /^(?:engineering|technology|tech|it|product|design|data|research|sales|marketing|finance|accounting|operations|ops|legal|hr|people|human resources|customer (?:success|support|service)|support|business development|administration|logistics|manufacturing|production|vertrieb|technik|entwicklung|verwaltung|ventes|ventas|vendite|verkoop|salg|försäljning|sprzedaż)$/i;

/**
 * A facts line under the title that puts the kind of job beside the place: "Internship,
 * Copenhagen", "Full-time · Berlin", "Oslo | Permanent", "San Francisco, CA · Full-time ·
 * Engineering". `parts` are the line's own elements when it has several (spans with no
 * separator between them); otherwise the line is split at its separators, commas last.
 */
export function placeFromFactsLine(line: string, parts: string[] = splitFacts(line)): string | null {
  if (parts.length < 2 || parts.length > 6) return null;
  if (!parts.some((p) => EMPLOYMENT_TYPE.test(p))) return null;
  // The role itself often leads the line ("Founding Designer · Full-time · Remote within Europe").
  // A part in ordinary words ("офис на Право-Булачной, по пятницам можно из дома", "on the
  // second floor") is a note on the place, not another place.
  // Nor is a labelled fact ("Start: September").
  const rest = parts.filter((p) => !EMPLOYMENT_TYPE.test(p) && !DEPARTMENT.test(p) && !looksLikePay(p) && !looksLikeJobTitle(p) && !/^\p{Ll}/u.test(p) && !/[:：]/u.test(p));
  const places = rest.filter(looksLikePlaceName);
  // With several candidates, those shaped like "City, Region" or "Remote (US)" come first.
  const shaped = places.filter((p) => p.includes(',') || /\((?:remote|hybrid|on-?site|\p{Lu}{2,3})\)/iu.test(p));
  const chosen = places.length === rest.length ? places : shaped;
  return chosen.length >= 1 && chosen.length <= 3 ? chosen.join(', ') : null;
}

/** Words that join the parts of a place's name: "Frankfurt am Main", "Castellón de la Plana". */
const PLACE_JOINER = /^(?:am|an|der|de|del|della|di|da|do|dos|la|le|les|el|on|upon|the|of|sur|sous|en|im|ob|bei|y|i|og|och|und|et|and)$/i;

/**
 * A place as a facts line writes it: every word capitalised, an abbreviation or a joining
 * word ("San Francisco, CA", "IN / Remote (IN)", "Frankfurt am Main"). A phrase with other
 * lower-case words ("Any (new grads ok)", "visa not required") is not a place.
 */
function looksLikePlaceName(part: string): boolean {
  if (part.length > 60 || /\d/.test(part)) return false;
  // "Remote within Europe", "Hybrid in Leeds": the work mode and where it may be done.
  const words = part.replace(/^(?:remote|hybrid)\s+(?:within|in|from|across)\s+(?=\p{Lu})/iu, '').replace(/[(),/]/g, ' ').split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 6 && /^\p{Lu}/u.test(part) && words.every((w) => /^\p{Lu}/u.test(w) || PLACE_JOINER.test(w) || /^[-–.]$/.test(w));
}

function splitFacts(line: string): string[] {
  const strong = line.split(/\s*[·•|]\s*|\s+[–—-]\s+/).map((p) => p.trim()).filter(Boolean);
  return strong.length >= 2 ? strong : line.split(/\s*,\s*/).map((p) => p.trim()).filter(Boolean);
}

/**
 * A short line of facts that names a role found elsewhere (in a sentence, "we're hiring a
 * founding designer") gives the role as the page spells it and the place beside it:
 * "Founding Designer · Full-time · Remote within Europe".
 */
export function factsLineNaming(text: string, role: string): { role: string; place: string | null } | null {
  const key = collapseSpace(role).toLowerCase();
  for (const line of text.split('\n')) {
    const plain = collapseSpace(line);
    if (plain.length > 120 || !plain.toLowerCase().includes(key)) continue;
    const parts = splitFacts(plain);
    const named = parts.find((part) => part.toLowerCase() === key);
    if (named && parts.length >= 2) return { role: named, place: placeFromFactsLine(plain, parts) };
  }
  return null;
}

const ITEM_HEADING = /^H[2-4]$/;

/**
 * A page of several headed items (a newsletter, a blog's front page, a community notice
 * board) that announces a role in one of them: that item, from its heading to the next heading
 * of its rank, is the posting, and the news around it is not. Null when the role is not under
 * a heading of its own, or the page holds no other headed items.
 */
export function itemAnnouncing(scope: ParentNode, role: string): string | null {
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  const key = role.toLowerCase();
  const walker = doc.createTreeWalker(scope, SHOW_TEXT);
  let holder: Element | null = null;
  for (let node = walker.nextNode(), n = 0; node && n < 20_000; node = walker.nextNode(), n++) {
    if ((node.nodeValue ?? '').toLowerCase().includes(key)) {
      holder = node.parentElement?.closest('p, li, div, td') ?? null;
      if (holder && !isHidden(holder)) break;
      holder = null;
    }
  }
  if (!holder) return null;
  // The heading that opens the item: the nearest earlier heading beside the holder or beside one of its near ancestors.
  let heading: Element | null = null;
  for (let node: Element | null = holder, depth = 0; node && depth < 3 && !heading; node = node.parentElement, depth++) {
    for (let prev = node.previousElementSibling; prev && !heading; prev = prev.previousElementSibling) if (ITEM_HEADING.test(prev.tagName)) heading = prev;
  }
  if (!heading) return null;
  const rank = Number(heading.tagName[1]);
  const item: Element[] = [heading];
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
    if (/^H[1-6]$/.test(next.tagName) && Number(next.tagName[1]) <= rank) break;
    item.push(next);
  }
  const others = Array.from(doc.querySelectorAll('h2, h3, h4')).filter((h) => !item.includes(h) && !isHidden(h));
  if (others.length < 2) return null;
  const text = item.map((el) => elementText(el, { skip: skipNonPosting })).filter(Boolean).join('\n\n');
  return text.length >= 400 ? text : null;
}

/** Short lines just under the main heading (at most a few elements on), where a facts line sits. */
export function factsLinePlace(scope: ParentNode, heading: string | null): string | null {
  if (!heading) return null;
  // The heading as mainHeading read it: without a label or a "Now hiring:" before the role.
  const h = Array.from(scope.querySelectorAll('h1, h2')).find((el) => {
    const text = collapseSpace(el.textContent ?? '');
    return text === heading || withoutPageType(stripLabels(text)) === heading;
  });
  if (!h) return null;
  // The heading's next siblings, and its parent's, hold the lines shown under it.
  const lines: Element[] = [];
  for (let node = h as Element | null, depth = 0; node && depth < 3 && lines.length < 8; node = node.parentElement, depth++) {
    for (let next = node.nextElementSibling, n = 0; next && n < 4; next = next.nextElementSibling, n++) lines.push(next);
  }
  for (const [index, el] of lines.entries()) {
    if (isHidden(el)) continue;
    const text = collapseSpace(shownText(el));
    if (text.length < 2 || text.length > 120) continue;
    const children = Array.from(el.children).map((c) => collapseSpace(shownText(c))).filter(Boolean);
    const own = children.length >= 2 && children.join('').length >= text.replace(/\s/g, '').length * 0.9 ? children : undefined;
    const place = placeFromFactsLine(text, own) ?? (index < 2 ? placeLine(text) : null);
    if (place) return place;
  }
  return null;
}

/** "Marietta, OH 45750": a US town, its state and ZIP code, on a line of their own. */
const US_TOWN_LINE = /^(\p{Lu}[\p{L} .'-]{1,40}),\s*([A-Z]{2})\s+\d{5}(?:-\d{4})?$/u;
/** "73061 Ebersbach an der Fils", "D-80331 München", "1005 Lausanne": a postcode, then the town. */
const POSTCODE_TOWN_LINE = /^(?:[A-Z]{1,2}-)?\d{4,5}\s+(\p{Lu}[\p{L} .()'/-]{1,40})$/u;
/** "NG31 8DG": a UK postcode, on the line after the town. */
const UK_POSTCODE_LINE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/;
/**
 * "… Suite B | Traverse City, MI 49686 | Phone …", "Hollis Park Elementary, 3811 N 26th
 * Street, Tacoma, WA 98407": a US town, state and ZIP code as one part of a longer line, after
 * a comma or a separator, its town in capitalised words.
 */
const US_TOWN_IN_LINE = /(?:^|[,|·•]\s*)(\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,3}),\s*([A-Z]{2})\s+\d{5}(?:-\d{4})?(?=\s*(?:$|[|·•,]))/u;

/** A town's name in capitalised words ("Kendal", "Ponta Grossa", "Whakatāne", "Saint-Jean-de-Luz"). */
const TOWN = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|de|da|do|dos|das|la|le|sur|am|an|der|upon|on))*`;
/** A town's name alone, as a part between commas. */
const TOWN_ONLY = new RegExp(`^${TOWN}$`, 'u');
/** "Cumbria LA9 7QT", "London SW1A 1AA": a town or county, then a British postcode. */
const BEFORE_UK_POSTCODE = new RegExp(String.raw`^(${TOWN})\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$`, 'u');
/** "Whakatāne 3120", "Fitzroy VIC 3065": a town (and an Australian state), then a four-digit postcode. */
const BEFORE_FOUR_DIGITS = new RegExp(String.raw`^(${TOWN}(?:\s(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT))?)\s+\d{4}$`, 'u');
/** "8353 Elgg", "D-80331 München": a postcode, then the town. */
const AFTER_POSTCODE = new RegExp(String.raw`^(?:[A-Z]{1,2}-)?\d{4,5}\s+(${TOWN})$`, 'u');
/** "Ponta Grossa - PR": a Brazilian town and its state. */
const BRAZILIAN_TOWN = new RegExp(String.raw`^(${TOWN})\s*[-–/]\s*(AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)$`, 'u');

/**
 * The town of a postal address written on one line, street first: "14 Hollin Lane, Kendal,
 * Cumbria LA9 7QT" → "Kendal, Cumbria", "17 Tūī Street, Whakatāne 3120", "Bahnhofstrasse 87,
 * 8353 Elgg", "Av. das Araucárias, 1450, Bloco C, Ponta Grossa - PR · (42) 3025-7700". The
 * last part has a postcode's or a state's shape, and a street with a number comes before it:
 * without the street, "Building 1234" or "Version 2.0" would read as towns.
 */
export function townOfAddressLine(line: string): string | null {
  // A sentence may end on the address ("…, nave 12, 50016 Zaragoza.").
  for (const piece of line.replace(/\.\s*$/, '').split(/\s+[|·•]\s+/)) {
    const parts = piece.split(/\s*,\s*/).map((p) => p.trim()).filter(Boolean);
    if (parts.length < 2) continue;
    const before = parts.slice(0, -1);
    // A street, not a building or a floor: "Building 4" has a number and no road.
    const street = before.some((p) => p.split(/\s+[–—-]\s+/).some((q) => STREET_WORD.test(q.replace(/\b(?:building|floor|suite|unit|campus)\b/giu, '')))) && /\d/.test(before.join(' '));
    if (!street) continue;
    const last = parts[parts.length - 1]!;
    const previous = parts[parts.length - 2]!;
    const uk = BEFORE_UK_POSTCODE.exec(last)?.[1];
    // "Kendal, Cumbria LA9 7QT": the part before the county is the town, unless it is the street.
    if (uk) return parts.length >= 3 && TOWN_ONLY.test(previous) && !STREET_WORD.test(previous) ? `${previous}, ${uk}` : uk;
    const town = BEFORE_FOUR_DIGITS.exec(last)?.[1] ?? AFTER_POSTCODE.exec(last)?.[1];
    if (town && !STREET_WORD.test(town)) return town;
    const brazilian = BRAZILIAN_TOWN.exec(last);
    if (brazilian && !STREET_WORD.test(brazilian[1]!)) return `${brazilian[1]}, ${brazilian[2]}`;
  }
  return null;
}

/**
 * The town of a postal address shown on the page (a contact box, the employer's address under
 * the posting): a last resort for the place. An address in the content comes first; one in the
 * footer, where an employer's own site gives its address, only when there is none.
 */
export function addressTown(scope: ParentNode): string | null {
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  const walker = doc.createTreeWalker(scope, SHOW_TEXT);
  let previous = '';
  let visited = 0;
  let inFooter: string | null = null;
  for (let node = walker.nextNode(); node && visited < 20_000; node = walker.nextNode(), visited++) {
    const text = collapseSpace(node.nodeValue ?? '');
    if (!text || text.length > 200) continue;
    // "1400 College Avenue" has the shape of "1005 Lausanne": a street word tells them apart.
    const postcodeTown = STREET_WORD.test(text) ? null : POSTCODE_TOWN_LINE.exec(text)?.[1];
    const inLine = US_TOWN_IN_LINE.exec(text);
    const town = US_TOWN_LINE.exec(text)
      ? text.replace(/\s+\d{5}(?:-\d{4})?$/, '')
      : inLine
        ? `${inLine[1]}, ${inLine[2]}`
        : postcodeTown ?? (UK_POSTCODE_LINE.test(text) && /^\p{Lu}[\p{L} .'-]{1,30}$/u.test(previous) ? previous : null) ?? townOfAddressLine(text) ?? townAfterStreet(previous, text, () => nextTextAfter(doc, scope, node));
    previous = text;
    if (!town) continue;
    const el = node.parentElement;
    if (!el || el.closest('header, nav, script, style, [role="navigation"]') || inForm(el) || isHidden(el)) continue;
    // An address marked up in parts ("<span class=locality>Alder Hollow</span>, <span
    // class=region>Somerset</span> TA9 4QX") names its town in them, not in the line before the postcode.
    const marked = el.closest(MARKED_ADDRESS);
    const found = ((marked && townOfMarkedAddress(marked)) ?? town).trim();
    if (!el.closest('footer, [role="contentinfo"]')) return found;
    inFooter ??= found;
  }
  return inFooter ?? markedAddressTown(scope);
}

/**
 * An address written on lines of its own with no postcode ("Church Lane" / "Little Wendle" /
 * "Suffolk"): the capitalised name on the line after the street is the town.
 */
function townAfterStreet(previous: string, text: string, next: () => string): string | null {
  // (The street on a line of its own, "14 Molenrivier Road", not a sentence that ends in one.)
  if (!STREET_END.test(previous) || !/^(?:\d+[a-z]?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,4}$/u.test(previous) || /\d/.test(text)) return null;
  if (!/^\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2}$/u.test(text) || isNavigationHeading(text)) return null;
  // "Die Boord" / "Stellenbosch 7600": a suburb, then the town with its postcode after it.
  return /^(\p{Lu}[\p{L}'’ .-]{1,30}?)\s+\d{4}$/u.exec(next())?.[1] ?? text;
}

/** The next text of the page after a text node, blank ones passed over. */
function nextTextAfter(doc: Document, scope: ParentNode, node: Node): string {
  const walker = doc.createTreeWalker(scope, SHOW_TEXT);
  walker.currentNode = node;
  for (let next = walker.nextNode(), i = 0; next && i < 5; next = walker.nextNode(), i++) {
    const text = collapseSpace(next.nodeValue ?? '');
    if (text) return text;
  }
  return '';
}

/**
 * The town of an address the page marks up as one (an hCard's "adr" with its "locality" and
 * "region", schema.org's addressLocality, an <address> element) where its parts sit in
 * elements of their own: "Bellingham, WA" of a newsletter's footer.
 */
const MARKED_ADDRESS = '.adr, [itemprop="address"], address';

function markedAddressTown(scope: ParentNode): string | null {
  for (const el of Array.from(scope.querySelectorAll(MARKED_ADDRESS)).slice(0, 10)) {
    if (isHidden(el) || el.closest('header, nav') || inForm(el)) continue;
    const town = townOfMarkedAddress(el);
    if (town) return town;
  }
  return null;
}

/** The town of one marked address: its locality and region, or a US town, state and ZIP code in its text. */
function townOfMarkedAddress(el: Element): string | null {
  const part = (selector: string) => collapseSpace(el.querySelector(selector)?.textContent ?? '');
  const locality = part('.locality, [itemprop="addressLocality"]');
  if (locality.length >= 2 && locality.length <= 60) {
    const region = part('.region, [itemprop="addressRegion"]');
    return region && region.length <= 40 ? `${locality}, ${region}` : locality;
  }
  const inLine = US_TOWN_IN_LINE.exec(collapseSpace(el.textContent ?? ''));
  return inLine ? `${inLine[1]}, ${inLine[2]}` : null;
}

/** Legal forms that end a company's name, case as written: "CO" and "AB" are also US and Canadian states. */
const LEGAL_FORM = /\b(?:Inc|INC|LLC|Ltd|LTD|Limited|GmbH|AG|SA|SAS|SARL|BV|B\.V|NV|ASA|ApS|A\/S|Oy|plc|PLC|Corp|Co\.|Srl|SpA|Sp\. z o\.o|Teo|Teoranta|Cyf|Cyfyngedig|Bpk)\.?$/;

/**
 * A line right under the title that is only a place: "Copenhagen", "Springfield, IL",
 * "Lyon, France". A single word must be a known place (it could be the employer's name);
 * "City, Region" is a place unless it ends in a legal form ("Acme, Inc."). In "Acme Ltd -
 * Leeds, West Yorkshire" the part with the legal form is the employer and the other the place.
 */
function placeLine(text: string): string | null {
  const parts = text.split(/\s+[-–|·•]\s+/);
  if (parts.length === 2 && parts.some((p) => LEGAL_FORM.test(p))) {
    const other = parts.find((p) => !LEGAL_FORM.test(p));
    return other ? placeLine(other) : null;
  }
  if (text.length > 60 || !looksLikePlaceName(text) || LEGAL_FORM.test(text)) return null;
  const first = text.split(',')[0]!.trim();
  if (isRegion(text) || isRegion(first) || /^(?:remote|anywhere|worldwide)\b/i.test(text)) return text;
  return text.includes(',') ? text : null;
}

/** A link's words, not a name: "View more about Acme", "See all jobs", "Follow". */
const CALL_TO_ACTION = /^(?:view|see|show|more|read|learn|visit|follow|about|go to|all|report|flag|share|save|à propos|a propos|über uns|acerca de|sobre nós|om oss|om os|over ons|for (?:employers|companies|recruiters)|pour les (?:employeurs|entreprises|recruteurs)|für (?:arbeitgeber|unternehmen)|para (?:empresas|empleadores)|mehr|voir|zobacz)\b/i;

/**
 * The employer as the page shows it beside the title: an element whose class, test id or
 * itemprop names the company or employer. Never the site's own name, a label or a menu word.
 */
/**
 * A company block's heading that names a section, not an employer: it opens with "about" or a
 * possessive ("About our client", "Sobre Nosso Cliente", "La nostra ricerca", "Über uns").
 */
const SECTION_NAME =
  /^(?:about|sobre|über|uber|à propos|a propos|acerca|om|over|chi siamo|our|your|their|notre|votre|nos|nuestr[oa]s?|nuestro|noss[oa]s?|la nostra|il nostro|le nostre|i nostri|unser\w*|ihr\w*|onze|vores|vår|vårt|nasz\w*)(?![\p{L}])/iu;

/** A utility class that styles text, a background or a border in the company's theme. */
const THEME_CLASS = /(?:^|\s)(?:font|text|bg|border|color|fill|ring|hover:[a-z]+)-(?:company|employer)[\w-]*/gi;

/** A class that styles an element as a button ("btn btn-employer"). */
const BUTTON_CLASS = /(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])/i;

export function visibleCompany(scope: ParentNode, site: SiteName): string | null {
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  // "company", "company-name", "employer", "empresaOferta": the word itself, or a camel-case
  // name it opens, not "companyLogo" or "for-companies".
  const named = (el: Element) => {
    // (A theme's colour and type classes, "font-company-header", "text-company-secondary", style
    // text in the company's brand; they do not mark its name.)
    const hint = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('data-testid') ?? ''}`.replace(THEME_CLASS, ' ');
    return (
      el.getAttribute('itemprop') === 'name' ||
      /(?:^|[\s_-])(?:company(?:[-_]?name)?|employer(?:[-_]?name)?|hiring[-_]company|arbeitgeber|entreprise|empresa|werkgever)(?:$|[\s_-]|__)/i.test(hint) ||
      /(?:^|[\s_-])(?:company|employer|empresa|entreprise|arbeitgeber|werkgever)(?=[A-Z])(?!Logo|Link|Url|Icon|Image|Img|Size|Type|Jobs|Profile|Info|Description|Details)/.test(hint) ||
      // "posterOrg", "jobOrganization", "hiring-organisation": the organisation that hires.
      /(?:^|[\s_-])(?:hiring[-_])?organi[sz]ation(?:[-_]?name)?(?:$|[\s_-])|[a-z](?:Org|Organi[sz]ation)(?:Name)?(?:$|\s)/.test(hint)
    );
  };
  // The English words first; the other languages' only when those name nothing (each
  // substring selector scans the whole page).
  for (const selector of COMPANY_SELECTORS) {
    for (const el of Array.from(scope.querySelectorAll(selector)).filter(named).slice(0, 20)) {
      // A button ("For employers") speaks to the reader, and names no employer.
      if (isHidden(el) || el.closest('nav, footer, [role="dialog"], [role="navigation"]') || BUTTON_CLASS.test(el.getAttribute('class') ?? '') || inForm(el) || skipNonPostingAncestor(el)) continue;
      const text = cleanValue(labelledValue(nameIn(el), 'company') ?? '', doc, 120);
      if (!text || text.length < 2 || text.length > 80 || isSiteName(text, site) || LABEL_PATTERNS.company.test(text) || isNavigationHeading(text) || CALL_TO_ACTION.test(text) || SECTION_NAME.test(text) || !isEmployerName(text)) continue;
      return text;
    }
  }
  return null;
}

/** The path of an employer's profile on a board: "/company/4412", "/employers/acme", "/firma/…". */
const EMPLOYER_PROFILE_PATH = /\/(?:company|companies|employer|employers|firma|firmy|empresa|empresas|unternehmen|entreprise|entreprises|werkgever|arbeitgeber|kompani|yritys)\/[^/?#]+|\/(?:company|employer|establishment|organi[sz]ation)[-_]?profile[/?][^#]+/i;

/** A link's text that is a phrase, not a name: three words in lower case ("Toutes les offres de cette entreprise (3)"), or a count. */
const LINK_PHRASE = /(?:^|\s)\p{Ll}\S*\s+\p{Ll}\S*\s+\p{Ll}|\(\d+\)$/u;

/**
 * A link beside the heading to the employer's profile on the board ("Дунав Агро ООД" linking
 * to /company/4412), where no element is named for the company: its text is the employer's
 * name. Only the block that holds the heading is searched: a footer's "For companies" is not.
 */
export function employerLinkNearHeading(doc: Document, site: SiteName, title?: string): string | null {
  // (A page with no <h1> shows the title in an element of its own.)
  let block: Element | null = doc.querySelector('h1') ?? (title ? titleElement(doc, title) : null);
  for (let depth = 0; block?.parentElement && !/^(?:BODY|HTML|MAIN)$/.test(block.parentElement.tagName) && depth < 2; depth++) block = block.parentElement;
  if (!block || block.tagName === 'H1') return null;
  for (const link of Array.from(block.getElementsByTagName('a')).slice(0, 30)) {
    if (!EMPLOYER_PROFILE_PATH.test(link.getAttribute('href') ?? '')) continue;
    // A box of several employers' links ("Featured Employers") is the board's directory.
    const box = link.parentElement?.closest('div, ul, td, section, aside');
    if (box && new Set(Array.from(box.getElementsByTagName('a')).slice(0, 50).map((a) => a.getAttribute('href') ?? '').filter((href) => EMPLOYER_PROFILE_PATH.test(href))).size >= 2) continue;
    const text = collapseSpace(link.textContent ?? '');
    if (text.length >= 2 && text.length <= 80 && !isSiteName(text, site) && !isNavigationHeading(text) && !CALL_TO_ACTION.test(text) && isEmployerName(text) && !/\b(?:profile|jobs|view|see|all|more|about)\b/i.test(text) && !LINK_PHRASE.test(text)) return text;
  }
  return null;
}

/**
 * Where pages name the employer. Stems, not case-insensitive selectors (see
 * DESCRIPTION_HINTS); the words are checked after. Then the word in the page's language:
 * "jobdetails-arbeitgeber", "offer-empresa", "nom-entreprise".
 */
const COMPANY_SELECTORS = [
  '[class*="ompany"], [class*="mployer"], [id*="ompany"], [id*="mployer"], [data-testid*="ompany"], [itemprop="hiringOrganization"] [itemprop="name"]',
  '[class*="Org"], [class*="rganization"], [class*="rganisation"], [id*="rbeitgeber"], [class*="rbeitgeber"], [id*="ntreprise"], [class*="ntreprise"], [id*="mpresa"], [class*="mpresa"], [class*="erkgever"], [id*="erkgever"]',
];

/**
 * The name in a company block: the block's text when it is only a name; otherwise the part
 * that holds it (an element named "name", a strong or heading, not a "Website" link), or the
 * logo's alternative text. A block with a logo, a link and a tagline is not one name.
 */
function nameIn(block: Element): string {
  if (block.children.length === 0) return block.textContent ?? '';
  if (block.querySelector('style, script')) return shownText(block);
  const parts = Array.from(block.querySelectorAll('[class*="ame"], strong, b, h2, h3, h4, h5'))
    .filter((el) => !el.hasAttribute('class') || /name/i.test(el.getAttribute('class')!) || /^(?:STRONG|B|H\d)$/.test(el.tagName))
    .slice(0, 8);
  for (const part of parts) {
    const own = part.querySelector('strong, b') ?? part;
    const text = collapseSpace(own.textContent ?? '');
    if (text && !CALL_TO_ACTION.test(text) && !/^(?:website|homepage|web|site web|webseite)$/i.test(text)) return text;
  }
  const logo = block.querySelector('img[alt]')?.getAttribute('alt');
  if (logo) return logo.replace(/\s*logo$/i, '');
  // Inline children only (a link around the name): the text is the name, up to a separator
  // after the link ("Acme S.L. - Publicada el 22/09/2008": the date is the board's).
  if (!Array.from(block.children).every((c) => ['A', 'SPAN', 'STRONG', 'B', 'EM'].includes(c.tagName))) return '';
  const link = block.firstElementChild;
  const after = link?.tagName === 'A' ? collapseSpace((block.textContent ?? '').slice((block.textContent ?? '').indexOf(link.textContent ?? '') + (link.textContent ?? '').length)) : '';
  return /^[-–—|·•]\s/.test(after) ? (link!.textContent ?? '') : (block.textContent ?? '');
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
const JOB_BOARDS = /(^|\.)(linkedin|indeed|glassdoor|ziprecruiter|monster|dice|seek|reed|totaljobs|stepstone|xing|jobindex|builtin\w*|wellfound|otta|welcometothejungle|simplyhired|careerbuilder|arbeitsagentur|finn|pracuj|infojobs|naukri|cv-library|jobserve|nationalevacaturebank|arbetsformedlingen|net-empregos|usajobs|governmentjobs|idealist|craigslist|remoteok|weworkremotely|jobsite|workopolis|jobteaser|hellowork|jobup|stellenanzeigen|adzuna|jooble)\.[a-z.]+$|^(?:www\.)?jobs\.ch$/;
/** Hiring platforms' own hosts: their names are the platform's, never the employer's. */
const HIRING_PLATFORMS = /(^|\.)(adp\.com|taleo\.net|successfactors\.(?:com|eu)|oraclecloud\.com|icims\.com|jobvite\.com|applytojob\.com|ultipro\.com|paylocity\.com|paycomonline\.net|dayforcehcm\.com|pinpointhq\.com|rippling(?:-ats)?\.com|join\.com|softgarden\.(?:io|de)|dvinci-easy\.com|smartrecruiters\.com|jazzhr\.com|hirehive\.com|comeet\.com|recruiterbox\.com|workforcenow\.\w+)$/;

/** Whether the page is on an applicant-tracking system's host, which shows an employer's board. */
function onHiringPlatform(url: string): boolean {
  const host = hostnameOf(url);
  return HIRING_PLATFORMS.test(host) || ATS_SUBDOMAIN_COMPANY.test(host) || ATS_PATH_COMPANY.some(([pattern]) => pattern.test(host));
}

function titleCaseSlug(slug: string): string {
  return slug
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** The employer from the site's name or address, a guess the popup marks as such. */
/** Social networks' own hosts: a post there is the poster's, never the network's. */
const SOCIAL_HOSTS = /(^|\.)(?:x\.com|twitter\.com|facebook\.com|instagram\.com|threads\.net|vk\.com|ok\.ru|reddit\.com|t\.me|telegram\.org|weibo\.com|bsky\.app)$/;

export function companyFromDomain(doc: Document, url: string, site: SiteName = siteName(doc, url)): string | null {
  const host = hostnameOf(url);
  if (!host || JOB_BOARDS.test(host) || SOCIAL_HOSTS.test(host)) return null;
  // The name as the site writes it, when the address spells it, beats the address's letters.
  const owner = ownersName(site, url);
  if (owner) return owner;
  // A site builder's or a blog host's page: the owner signs the copyright line, or is the
  // account the address names; the host's own name is never the employer.
  const hosted = hostedOwnerSlug(url);
  if (hosted !== undefined) return (site.copyright && isEmployerName(site.copyright) ? site.copyright : null) ?? (hosted ? (spelledOnPage(doc, hosted) ?? titleCaseSlug(hosted)) : null);
  for (const [pattern, index] of ATS_PATH_COMPANY) {
    if (pattern.test(host)) {
      const slug = pathSegments(url)[index];
      return slug && !/^(jobs?|embed|careers?)$/i.test(slug) ? titleCaseSlug(slug) : null;
    }
  }
  const sub = ATS_SUBDOMAIN_COMPANY.exec(host);
  if (sub) return titleCaseSlug(sub[1]!);
  const siteName = metaContent(doc, 'og:site_name', 'application-name');
  if (siteName && !isGenericSegment(siteName) && isEmployerName(siteName)) return siteName;
  if (HIRING_PLATFORMS.test(host)) return null;
  const parts = host.replace(/^(www|jobs|careers|career|apply|boards|work|join)\./, '').split('.');
  // "acme.co.uk" -> acme, "careers.acme.com" -> acme
  const name = parts.length >= 3 && parts[parts.length - 2]!.length <= 3 ? parts[parts.length - 3] : parts[parts.length - 2];
  const guess = name && name.length > 1 ? (spelledOnPage(doc, name) ?? titleCaseSlug(name)) : null;
  // ("Recruitmentplatform", a hiring platform's address, names what the site is for.)
  return guess && !namesSitePurpose(guess) ? guess : null;
}

/** The name the page writes that the address's letters spell ("Gull & Lantern" for gullandlantern). */
function spelledOnPage(doc: Document, label: string): string | null {
  return nameSpelledBy(label.replace(/-/g, ''), (doc.body?.textContent ?? '').slice(0, 200_000));
}

/** Words that mark the sections of a job description. */
const SECTION_WORDS =
  /\b(responsibilit|requirement|qualification|what you(?:'|’)ll do|what you will do|about (?:you|the role|the job|the team|us)|who you are|benefits|perks|nice to have|skills|experience|aufgaben|anforderungen|profil|wir bieten|missions?|profil recherch|requisitos|responsabilidades)/gi;

/**
 * Where sites put the description, with how much a match says about it. Case-insensitive
 * attribute selectors ([class*="x" i]) cost ten times as much as plain ones in Chromium, so
 * the selectors look for a word's stem without its first letter ("escription" finds
 * "description" and "jobDescription") and the attributes' words are then checked here.
 */
const DESCRIPTION_HINTS: { selector: string; words: RegExp; weight: number }[] = [
  {
    selector: '[data-testid*="escription"], [data-automation*="escription"], [data-ui*="escription"], [itemprop="description"], [id*="escription"], [class*="escription"]',
    words: /description/i,
    weight: 1.5,
  },
  // The same word in the languages the rules read: "descripcion", "descrizione", "descricao",
  // "beschreibung", "omschrijving", "beskrivning", "beskrivelse", "opis".
  {
    selector: '[id*="escripci"], [class*="escripci"], [id*="escrizione"], [class*="escrizione"], [id*="escricao"], [class*="escricao"], [id*="eschreibung"], [class*="eschreibung"], [id*="mschrijving"], [class*="mschrijving"], [id*="eskriv"], [class*="eskriv"]',
    words: /descripci[oó]n|descrizione|descricao|beschreibung|omschrijving|beskrivning|beskrivelse/i,
    weight: 1.5,
  },
  // Older boards: "jobdesc", "job_desc", "detailDesc", "postingbody".
  { selector: '[id*="esc"], [class*="esc"], [id*="ostingbody"], [id*="obbody"], [class*="obbody"]', words: /desc|postingbody|jobbody/i, weight: 1.3 },
  { selector: '[class*="ob-details"], [class*="obdetails"], [class*="obDetails"], [class*="osting"], [class*="acancy"]', words: /job-?details|posting|vacancy/i, weight: 1.2 },
  // Drupal, which many small boards and charities build on, names the posting's text its "body" field.
  { selector: '[class*="field-name-body"], [class*="field--name-body"]', words: /field--?name-body/, weight: 1.3 },
  { selector: 'article, main, [role="main"], #content', words: /^/, weight: 1 },
];

/** An element's naming attributes, for the word checks that follow a stem selector. */
export function hintOf(el: Element): string {
  const data = ['data-testid', 'data-automation', 'data-ui', 'data-tag', 'data-qa', 'data-test'].map((name) => el.getAttribute(name) ?? '').join(' ');
  return `${el.getAttribute('class') ?? ''} ${el.id} ${data} ${el.getAttribute('itemprop') ?? ''}`;
}

/**
 * Containers where paragraph and list text gathers, found without cloning or changing the
 * page: every block's text counts for its parent, half for its grandparent (the idea at the
 * heart of Readability, at a fraction of its cost). The best few are returned.
 */
/**
 * Tags that lay out a page's parts: a cell holding one is part of the page's layout. (A cell
 * holding paragraphs and lists is a block of text, as an ad's body cell is.)
 */
const LAYOUT_CHILDREN = new Set(['TABLE', 'DIV', 'FORM', 'SECTION', 'ARTICLE', 'NAV', 'ASIDE', 'HEADER', 'FOOTER', 'MAIN']);

/**
 * The text a block holds as one block: all of it, unless it lays out parts of the page (a
 * table cell holding the page's column of tables and boxes), when only its own lines count;
 * the blocks inside are counted for themselves. Otherwise a table-laid page's outer cell,
 * holding the whole page, outweighs the posting's text in it.
 */
function blockTextLength(block: Element): number {
  let nested = false;
  let own = 0;
  for (const node of Array.from(block.childNodes)) {
    if (node.nodeType !== 1) own += node.nodeValue?.length ?? 0;
    else if (LAYOUT_CHILDREN.has((node as Element).tagName)) nested = true;
    else own += readableLength(node as Element);
  }
  return nested ? own : readableLength(block);
}

/** An element's text without its links' text: a cell of menu links is no block of a posting. */
function readableLength(el: Element): number {
  const length = el.textContent?.length ?? 0;
  if (el.tagName === 'A') return 0;
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a')).slice(0, 100)) links += a.textContent?.length ?? 0;
  return length - links;
}

function denseContainers(scope: ParentNode, count = 3): Element[] {
  const scores = new Map<Element, number>();
  const add = (el: Element | null, score: number) => {
    if (el && el !== (scope as Node).ownerDocument?.documentElement) scores.set(el, (scores.get(el) ?? 0) + score);
  };
  for (const block of Array.from(scope.querySelectorAll('p, li, pre, blockquote, dd, td')).slice(0, 3000)) {
    const length = Math.min(blockTextLength(block), 2000);
    if (length < 25) continue;
    // A list item's own container is the list; the text's container is the list's parent.
    const parent = block.tagName === 'LI' ? (block.parentElement?.parentElement ?? null) : block.parentElement;
    add(parent, length);
    add(parent?.parentElement ?? null, length / 2);
  }
  // Text laid out with <br> instead of paragraphs (older pages): the element holding the lines
  // is the container, credited with its own text.
  const seen = new Set<Element>();
  for (const br of Array.from(scope.querySelectorAll('br')).slice(0, 2000)) {
    const holder = br.parentElement;
    if (!holder || seen.has(holder)) continue;
    seen.add(holder);
    const own = ownTextLength(holder);
    if (own < 100) continue;
    add(holder, Math.min(own, 4000));
    add(holder.parentElement, Math.min(own, 4000) / 2);
  }
  // Text kept as it was typed, its lines in one run of text (a mail in an archive, a <pre> or an
  // element styled to keep line breaks): the element holding it is the container.
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  const walker = doc.createTreeWalker(scope, SHOW_TEXT);
  for (let node = walker.nextNode(), visited = 0; node && visited < 20_000; node = walker.nextNode(), visited++) {
    const text = node.nodeValue ?? '';
    if (text.length < 300 || !text.includes('\n')) continue;
    const holder = node.parentElement;
    if (!holder || seen.has(holder) || /^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT|TEXTAREA|TITLE)$/.test(holder.tagName.toUpperCase())) continue;
    seen.add(holder);
    const own = ownTextLength(holder);
    if (own < 300) continue;
    add(holder, Math.min(own, 4000));
    add(holder.parentElement, Math.min(own, 4000) / 2);
  }
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([el]) => el);
}

/**
 * A thread of posts (a forum topic, a post with replies under it): sibling <article>s of one
 * kind. The first is what the thread is about, the posting; the others answer it. Null when
 * the container is not a thread, or its first post is too short to be a posting.
 */
function firstPostOfThread(container: Element): Element | null {
  // (The container may be the post itself: its author and date are around the text.)
  const first = isThreadPost(container) ? container : (container.getElementsByTagName('article')[0] ?? Array.from(container.querySelectorAll(POST_SELECTOR)).slice(0, 200).find(isThreadPost));
  return first && isThreadPost(first) && (first.textContent?.length ?? 0) >= 200 ? first : null;
}

/** Whether an element is, or sits in, one post of a thread (a few levels up at most). */
function inThreadPost(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) if (isThreadPost(node)) return true;
  return false;
}

/** Whether an element's own text is one run kept as typed, its lines in it (see denseContainers). */
function holdsTypedText(el: Element): boolean {
  return ownTextLength(el) >= 300 && Array.from(el.childNodes).some((child) => child.nodeType === 3 && (child.nodeValue ?? '').trim().includes('\n'));
}

/** The length of an element's own text, not its children's (trimmed, run by run). */
function ownTextLength(el: Element): number {
  let own = 0;
  for (const child of Array.from(el.childNodes)) if (child.nodeType === 3) own += (child.nodeValue ?? '').trim().length;
  return own;
}

/** Elements a forum, a mail archive or a social site marks as one post of a thread. */
const POST_SELECTOR = '[itemtype*="DiscussionForumPosting"], [itemtype*="Comment"], [itemtype*="SocialMediaPosting"], [role="article"], [role="listitem"], [class*="ost"], [class*="essage"], [class*="omment"], [class*="eply"]';
/** A class or id that names a post ("crawler-post", "PostStream-item", "message"), not a posting ("job-posting"). */
const POST_HINT = /(?:^|[\s_-])(?:[Pp]ost|[Mm]essage|[Mm]sg|[Cc]omment|[Rr]eply)(?=$|[\s_\-A-Z])/;

/** One post of a thread: an <article>, or an element marked as a post, beside another of the same kind. */
function isThreadPost(el: Element): boolean {
  if (!el.parentElement) return false;
  const marked = el.tagName === 'ARTICLE' || POST_HINT.test(`${el.getAttribute('class') ?? ''} ${el.id}`) || /Comment|Posting/.test(el.getAttribute('itemtype') ?? '') || ['article', 'listitem'].includes(el.getAttribute('role') ?? '');
  return marked && Array.from(el.parentElement.children).some((other) => other !== el && other.tagName === el.tagName && other.className === el.className);
}

/**
 * The element holding the description: of the containers that sites use for it and the ones
 * where paragraph text gathers, the one with the most description-like text (section words,
 * paragraphs and lists, few links).
 */
export function descriptionContainer(scope: ParentNode, scopeItself = true, inPost = false, title?: string): Element | null {
  // A careers page headed "Werken bij Oosterdiep" that holds one posting (a job widget) under a
  // lesser heading naming the role: the posting is the block that heading heads, the nearest
  // one around it with a posting's worth of text and all the posting's section headings, not
  // the page's culture text around it.
  const pageHeading = title ? scope.querySelector('h1') : null;
  if (pageHeading && title && SITE_JOBS_HEADING.test(collapseSpace(pageHeading.textContent ?? '')) && looseKey(pageHeading.textContent ?? '') !== looseKey(title)) {
    const role = titleElement(scope, title);
    let block = role && /^H[2-4]$/.test(role.tagName) ? role.parentElement : null;
    while (block && (block.textContent?.length ?? 0) < 600 && !block.contains(pageHeading)) block = block.parentElement;
    // (Only when the block holds the posting's sections, and no section of a posting lies outside it.)
    const sections = Array.from(scope.querySelectorAll('h2, h3, h4, h5')).filter((h) => namesPostingSection(collapseSpace(h.textContent ?? '')));
    const inside = block ? sections.filter((h) => block.contains(h)).length : 0;
    const found = block && !block.contains(pageHeading) && inside >= 2 && inside === sections.length ? descriptionContainer(block, true, inPost) : null;
    // (Text gathers in the blocks around paragraphs too: the container found must be in the block.)
    if (found && block!.contains(found) && sections.every((h) => found.contains(h))) return found;
  }
  let best: Element | null = null;
  let bestScore = 0;
  // The best of those below the title, for when the best holds it (see the end).
  let inner: Element | null = null;
  let innerScore = 0;
  const scored: { el: Element; score: number }[] = [];
  const seen = new Set<Element>();
  // The title as the page shows it: the h1, or an element named as the job's title.
  const namedTitle = scope.querySelector('h1') ?? Array.from(scope.querySelectorAll(TITLE_HINT_SELECTOR)).slice(0, 20).find(isMarkedTitle) ?? null;
  // Else, on a page that sets the title in bold or large type (in a table, with no heading),
  // the element that shows it. (A title in a lesser heading, h2 or h3, is left as before: such
  // pages open their text with banners and lead paragraphs around it.)
  const shown = namedTitle || !title ? null : titleElement(scope, title);
  const heading = namedTitle ?? (shown && !shown.closest('h1, h2, h3, h4, h5, h6') ? shown : null);
  // One scan of the tree for all the named containers; each then gets its group's weight.
  const named = Array.from(scope.querySelectorAll(DESCRIPTION_HINTS.map((h) => h.selector).join(', '))).slice(0, 200);
  // The scope itself (an adapter's posting container) is a candidate too.
  if (scopeItself && (scope as Node).nodeType === 1) named.push(scope as Element);
  const weightOf = (el: Element) => {
    const hint = hintOf(el);
    return DESCRIPTION_HINTS.find((h) => (h.weight === 1 ? el.matches(h.selector) : h.words.test(hint)))?.weight ?? 0;
  };
  const groups: [Element[], number | null][] = [
    [named, null],
    [denseContainers(scope), 1.1],
  ];
  // The page's sidebars, measured once (see the scoring below).
  const asides = Array.from(scope.querySelectorAll('aside, [role="complementary"]')).slice(0, 10).map((el) => ({
    el,
    length: el.textContent?.length ?? 0,
    blocks: el.getElementsByTagName('p').length + el.getElementsByTagName('li').length,
  }));
  for (const [elements, groupWeight] of groups) {
    for (const el of elements) {
      const weight = groupWeight ?? weightOf(el);
      if (weight === 0) continue;
      if (seen.has(el) || (!scopeItself && el === scope) || isHidden(el) || skipNonPosting(el) || ['META', 'SCRIPT', 'INPUT'].includes(el.tagName)) continue;
      seen.add(el);
      const whole = el.textContent ?? '';
      if (whole.length < 200) continue;
      // A sidebar inside the container (an apply box, other vacancies) is beside the text: its
      // length and items do not count for the container (the text scored is cut by its length,
      // an estimate: sidebars mostly close a column). Nor does it count against one inside it.
      let asideLength = 0;
      let asideBlocks = 0;
      for (const aside of asides) {
        if (aside.length === 0 || !el.contains(aside.el) || aside.el === el) continue;
        asideLength += aside.length;
        asideBlocks += aside.blocks;
      }
      const text = asideLength > 0 ? whole.slice(0, Math.max(0, whole.length - asideLength)) : whole;
      if (text.length < 200) continue;
      // Scoring needs a posting's worth of text, not a 5 MB wall of it.
      const sample = text.length > 40_000 ? text.slice(0, 40_000) : text;
      // Tag-name collections, not selectors: the browser caches them, and candidates nest, so
      // the same links and paragraphs are counted for each container around them.
      const links = el.getElementsByTagName('a');
      let linkText = 0;
      for (let i = 0; i < Math.min(links.length, 500); i++) linkText += links[i]!.textContent?.length ?? 0;
      const linkDensity = linkText / text.length;
      const sections = Math.min((sample.match(SECTION_WORDS) ?? []).length, 12);
      const blocks = Math.min(el.getElementsByTagName('p').length + el.getElementsByTagName('li').length - asideBlocks, 80);
      // Longer is better up to a typical posting's length; beyond that the container is
      // likely the whole page with its lists of other jobs.
      const lengthScore = Math.min(text.length, 8000) / 1000 - Math.min(4, Math.max(0, text.length - 20000) / 5000);
      // The description sits below the title; a container holding the title is the page.
      const holdsTitle = heading !== null && el.contains(heading) ? 0.75 : 1;
      const score = (lengthScore + sections * 2 + blocks / 8) * (1 - Math.min(linkDensity, 0.9)) * weight * holdsTitle;
      scored.push({ el, score });
      if (score > bestScore) {
        best = el;
        bestScore = score;
      }
      if (holdsTitle === 1 && score > innerScore) {
        inner = el;
        innerScore = score;
      }
    }
  }
  // A container that holds the title is the page's column, with the facts, the employer's box
  // and other jobs around the text: when a block inside it, below the title, holds (with the
  // sections that follow it) two thirds of the column's prose, starting with the first prose
  // after the title, and the column goes on after it (details, the employer, other jobs),
  // that block is the description. (A column that ends with the text is the employer's own
  // page, whose facts under the title are theirs to show.)
  // (Once: a post may hold articles of its own, and reading them as a thread again never ends.)
  // In a post, or around text kept as typed (a mail in an archive), of a container and one inside
  // it that scores nearly as well, the inner one: what the outer adds is the frame around the
  // text (the post's author and date, the mail's header).
  const within = best ? scored.filter((c) => c.el !== best && best!.contains(c.el) && c.score >= 0.9 * bestScore && (inPost || holdsTypedText(c.el))).sort((a, b) => b.score - a.score)[0] : undefined;
  if (within) best = within.el;
  const opening = !inPost && best && firstPostOfThread(best);
  // Its message, without the poster's card and signature around it.
  if (opening) return descriptionContainer(opening, false, true) ?? opening;
  if (best && inner && heading && best.contains(heading) && best.contains(inner)) {
    inner = firstOfItsKind(inner);
    const parts = withFollowingSections(inner);
    const prose = proseLengths(best, heading, (block) => parts.some((part) => part.contains(block)));
    // (A column that opens with the board's facts list, terms and values, above the text is a
    // board's page even when it ends with the text: the facts are the board's summary.)
    if (prose.inside >= 2 * prose.outside && prose.firstInside && (textAfter(parts[parts.length - 1]!, best) >= 100 || factsListBefore(inner, best))) return inner;
  }
  return best;
}


/**
 * A lead paragraph between the title and the description ("Do you want work that makes a
 * difference? We are looking for two…"): a paragraph of two lines or more that follows the
 * h1 directly and that the description container follows directly. It opens the posting.
 */
function leadParagraph(container: Element): Element | null {
  const lead = container.previousElementSibling;
  if (lead && lead.tagName === 'P' && lead.previousElementSibling?.tagName === 'H1') return (lead.textContent?.trim().length ?? 0) >= 120 && !isHidden(lead) ? lead : null;
  return markedLead(container);
}

/** Classes a page gives the lead it sets under its title: Plone's "documentDescription", a "lead", a "standfirst". */
const LEAD_CLASS = /(?:^|\s)(?:documentDescription|description|lead|standfirst|intro)(?:\s|$)/;

/**
 * A lead the page marks as one, between the title and the text, in the same article ("<h1>…</h1>
 * <div class="documentDescription">Cerchiamo un/una educatore…</div>" above the body): it opens
 * the posting.
 */
function markedLead(container: Element): Element | null {
  const article = container.closest('article');
  const h1 = article?.querySelector('h1');
  if (!article || !h1) return null;
  for (const el of Array.from(article.querySelectorAll('div, p')).slice(0, 40)) {
    if (!LEAD_CLASS.test(el.getAttribute('class') ?? '') || el.contains(container) || container.contains(el)) continue;
    const after = h1.compareDocumentPosition(el) & FOLLOWING;
    const before = el.compareDocumentPosition(container) & FOLLOWING;
    const length = el.textContent?.trim().length ?? 0;
    if (after && before && length >= 80 && length <= 800 && !isHidden(el) && el.querySelectorAll('a').length <= 2) return el;
  }
  return null;
}

/**
 * The first of the blocks of one kind that an element ends a run of ("Your profile" after "The
 * role", both boxes of one class): the description begins there, and withFollowingSections
 * reads on from it.
 */
function firstOfItsKind(el: Element): Element {
  const sameKind = sameKindAs(el);
  if (!sameKind) return el;
  let first = el;
  for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
    // A box of facts between two blocks of the text (the intro, the facts, the role) is passed
    // over, and so is a block's own label set apart ("Requirements" above the second box).
    if (!sameKind(prev)) {
      if ((isFactsBlock(prev) || isSectionLabel(prev)) && prev.previousElementSibling && sameKind(prev.previousElementSibling)) continue;
      break;
    }
    if (isHidden(prev) || skipNonPosting(prev) || !hasProse(prev)) break;
    first = prev;
  }
  return first;
}

/** A paragraph of 100 characters or more that ends a sentence: a block of the text, not a list of facts or places. */
function hasProse(el: Element): boolean {
  for (const p of el.getElementsByTagName('p')) {
    const text = p.textContent?.trim() ?? '';
    if (text.length >= 100 && /[.!?]["”’)]?$/.test(text)) return true;
  }
  return false;
}

/**
 * A box of labelled facts ("Location: Perth", "Work type: Full Time", "Salary: …"): short, with
 * two labels or more and no paragraph of prose. Pages put one between the lines that open a
 * posting and the rest of its text.
 */
function isFactsBlock(el: Element): boolean {
  // Cells apart, as the page shows them: a minified table's text runs "Employeur :AcmeLieu :Lyon" together.
  const cells = Array.from(el.querySelectorAll('td, th, dt, dd, li'));
  const text = cells.length > 0 ? cells.map((cell) => cell.textContent ?? '').join('\n') : (el.textContent ?? '');
  if (text.length > 600 || labelCount(text) < 2) return false;
  for (const p of el.getElementsByTagName('p')) if ((p.textContent?.length ?? 0) > 100) return false;
  return true;
}

/** A list of short term-and-value items ("<li><h4>Location</h4><div>Tehran</div></li>"), three or more. */
function isFactsList(el: Element): boolean {
  const items = Array.from(el.children).filter((child) => ['LI', 'DT', 'DD', 'TR'].includes(child.tagName));
  return /^(?:UL|OL|DL|TABLE|TBODY)$/.test(el.tagName) && items.length >= 3 && items.every((item) => (item.textContent?.trim().length ?? 0) <= 80 && (item.tagName !== 'LI' || item.children.length >= 2));
}

/** True when a facts list stands before the element, inside the container. */
function factsListBefore(el: Element, container: Element): boolean {
  for (let node: Element | null = el; node && node !== container; node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) if (isFactsList(prev)) return true;
  }
  return false;
}

/** Characters of text after an element, up to the end of an ancestor of it. */
function textAfter(el: Element, ancestor: Element): number {
  let length = 0;
  for (let node: Element | null = el; node && node !== ancestor; node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) length += next.textContent?.trim().length ?? 0;
  }
  return length;
}

/** Node.DOCUMENT_POSITION_FOLLOWING, which Node.js has no global for. */
const FOLLOWING = 4;

/**
 * Letters of prose in a container (paragraphs, list items, cells of 25 characters or more that
 * are not mostly link text), split by whether `inside` holds them, and whether the first
 * paragraph (120 characters or more) after the heading is inside.
 */
function proseLengths(container: Element, heading: Element, inside: (block: Element) => boolean): { inside: number; outside: number; firstInside: boolean } {
  const lengths = { inside: 0, outside: 0, firstInside: false };
  let first = true;
  // Divisions too: older pages write a posting's text straight into a div, lines apart by <br>.
  for (const block of Array.from(container.querySelectorAll('p, li, dd, td, pre, div')).slice(0, 3000)) {
    const length = block.textContent?.length ?? 0;
    // Only innermost blocks, so nested lists and boxes are not counted twice.
    if (length < 25 || block.querySelector('p, li, dd, td, div')) continue;
    // A division counts when it holds prose; boxes of facts, addresses and buttons do not.
    if (block.tagName === 'DIV' && !SENTENCE.test(block.textContent ?? '')) continue;
    let linkText = 0;
    for (const link of Array.from(block.getElementsByTagName('a'))) linkText += link.textContent?.length ?? 0;
    if (linkText > length / 2) continue;
    const isInside = inside(block);
    lengths[isInside ? 'inside' : 'outside'] += length;
    // The first paragraph of prose: a facts line under the title ("Posted 24/11 - Ref: 123") or a
    // one-line notice ("This job is offered by an agency") is shorter.
    if (first && length >= 120 && heading.compareDocumentPosition(block) & FOLLOWING) {
      lengths.firstInside = isInside;
      first = false;
    }
  }
  return lengths;
}

/**
 * A page builder (Elementor, Divi, WPBakery) puts each paragraph or list of a posting in a widget
 * of its own, so the best container can be one widget of several. A small one grows to the
 * nearest ancestor that gathers more of the text, up to a posting's length, and stops before
 * an ancestor that holds the site's header, menus or footer.
 */
function gatheredWidgets(container: Element): Element {
  const own = (container.textContent ?? '').length;
  if (own >= GATHER_BELOW) return container;
  let best = container;
  const holdsH1 = container.querySelector('h1') !== null;
  let el = container.parentElement;
  for (let depth = 0; el && depth < 6; depth++, el = el.parentElement) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') break;
    // A thread's post holds the poster's card and signature around the message.
    if (isThreadPost(el)) break;
    if (el.querySelector('header, nav, footer, [role="navigation"], [role="banner"], [role="contentinfo"], form')) break;
    // The description sits below the title: an ancestor that also holds the h1 is the page.
    if (holdsH1 === false && el.querySelector('h1')) break;
    const length = (el.textContent ?? '').length;
    if (length > GATHER_MAX) break;
    const links = el.getElementsByTagName('a');
    let linkText = 0;
    for (let i = 0; i < Math.min(links.length, 200); i++) linkText += links[i]!.textContent?.length ?? 0;
    if (linkText > length * 0.25) break;
    if (length >= own * 2) best = el;
  }
  return best;
}

/** A description container shorter than this may be one widget of several. */
const GATHER_BELOW = 1000;
/** Gathering stops before an ancestor longer than a long posting. */
const GATHER_MAX = 9000;

/** A line that is only a button's words: "Apply now", "Share this job", "Back to all jobs", or blank. */
function isTrailingAction(line: string): boolean {
  const plain = collapseSpace(line.replace(/^- /, ''));
  // A copyright line ends a page, not a posting; "Apply by email", "Apply online" are buttons too.
  return !plain || APPLY_TEXT.test(plain) || /^(?:©|\(c\)\s*\d{4}|copyright\b).{0,120}$/i.test(plain) || /^apply (?:by email|online|via \w+|here|today)$/i.test(plain) || /^(?:share(?: this (?:job|position|role|posting))?|back to (?:all )?(?:jobs|positions|openings|search results)|save(?: this)? job|report (?:this )?job|print|see all jobs|view all jobs|alle jobs|retour aux offres)$/i.test(plain) ||
    // A bar of buttons run together on one line: "Apply Now Save Job".
    /^(?:(?:apply(?: now)?|save(?: this)? job|share(?: this job)?|print|email (?:this )?job)\s*){2,}$/i.test(plain);
}

/**
 * A container that holds the heading and the facts under it starts with them: the role's
 * title and the employer's name (`names`), "Location: Lyon", "Full-time · Berlin",
 * "Pracodawca: …". They are shown as facts, not as the description, which begins at the first
 * line of prose.
 */
/** The heading a posting's own text opens with, in the languages read. */
const TEXT_OPENING =
  /^(?:job description|description|the role|about the role|your role|job summary|responsibilities|description du poste|descriptif du poste|description de l['’]offre|vos missions|missions?|stellenbeschreibung|ihre aufgaben|aufgaben|descripción del puesto|descripción de la oferta|descripción|descrição da vaga|descrição|descrizione(?: del lavoro| dell['’]offerta)?|functieomschrijving|omschrijving|opis stanowiska|opis oferty|iş tanımı|İş Tanımı|İŞ TANIMI|genel nitelikler ve iş tanımı|tehtävänkuvaus|arbetsuppgifter|arbeidsoppgaver|arbejdsopgaver|náplň práce|popis pozice|описание вакансии|обязанности)\s*:?$/iu;

/** A line that only dates a post: "April 9 ·", "10 июн 2024 в 12:07", "12/05/2008", "Posted 3 days ago". */
const TIME_STAMP =
  /^(?:(?:posted|published|publié|publiée|veröffentlicht|publicado|pubblicato)\s+(?:on\s+|le\s+|am\s+|el\s+|il\s+)?)?(?:\d{1,2}\.?\s+\p{L}{3,9}\.?(?:\s+\d{4})?|\p{L}{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago)(?:,?\s+(?:at|в|à|um|a las|alle)\s+\d{1,2}[:.]\d{2})?\s*[·•|–-]?$/iu;

/** A post's byline: who wrote it and when ("by tynedale_dave » Tue Apr 08, 2025 7:42 pm", "von Anna am 3. März 2024"). */
const BYLINE = /^(?:(?:posted |written )?by|von|par|por|door|av|af|di|от|автор:?)\s+\S.{0,40}?\s(?:»|·|\||on|am|le|el|il|op|den|в)\s.*(?:\d{1,2}[:.]\d{2}|\d{4})/iu;

export function withoutLeadingFacts(text: string, ...names: (string | null | undefined)[]): string {
  const known = new Set(names.filter((n): n is string => Boolean(n)).map((n) => collapseSpace(n).toLowerCase()));
  const lines = text.split('\n');
  const norm = (line: string) => collapseSpace(line.replace(/^- /, '')).toLowerCase();
  const isFact = (line: string) => {
    const plain = collapseSpace(line.replace(/^- /, ''));
    if (!plain) return true;
    if (known.has(norm(line))) return true;
    // A topic's subject: the role with the forum's tag before it ("[Offre] Ouvrier arboricole - CDI - Vernassac (24)").
    if (/^\[[^\]]{2,20}\]/.test(plain) && known.has(collapseSpace(withoutPageType(plain)).toLowerCase())) return true;
    // The page's buttons above the text ("Back to All Jobs", "Print", "Apply") are not the description.
    if (isTrailingAction(line)) return true;
    if (plain.length > 120) return false;
    // A known label and its value ("Ort: Östersund", "Type de contrat: CDI"), a facts line, a
    // kind of job, or a post's time stamp ("April 9 ·", "10 июн 2024 в 12:07") or byline.
    return isLabelledFact(plain) || placeFromFactsLine(plain) !== null || EMPLOYMENT_TYPE.test(plain) || TIME_STAMP.test(plain) || BYLINE.test(plain);
  };
  let start = 0;
  while (start < lines.length && start < 40 && isFact(lines[start]!)) start++;
  // A page's header above the text (the role, the employer, "3 gün önce", "45 başvuru", an
  // Apply button) in lines no rule knows: when only short lines come before the text's own
  // first heading ("İş Tanımı", "Descrição da vaga", "Job description"), the text starts there.
  const heading = lines.findIndex((line, i) => i >= start && i < 20 && TEXT_OPENING.test(collapseSpace(line)));
  if (heading > start && lines.slice(start, heading).every((line) => line.trim().length <= 80 && !SENTENCE.test(line))) start = heading;
  // The buttons after the text ("Apply now", "Share this job", "Back to all jobs") are not the description either.
  let end = lines.length;
  while (end > start && end > lines.length - 8 && isTrailingAction(lines[end - 1]!)) end--;
  if (end < lines.length && lines.slice(start, end).join('\n').trim().length >= 200) lines.splice(end);
  const rest = lines.slice(start).join('\n').trim();
  // Only when prose follows: a description that is nothing but facts is kept as it is.
  return start > 0 && rest.length >= 200 ? rest : text;
}

/** A block whose first element is a heading (h2 to h4), as a section of a description is. */
function opensWithHeading(el: Element): boolean {
  const first = el.firstElementChild;
  return /^(?:DIV|SECTION|ARTICLE)$/.test(el.tagName) && first !== null && /^H[2-4]$/.test(first.tagName);
}

/** Class and tag of an element: what "the same kind of block" means to a page's layout. */
function shapeOf(el: Element): string {
  return `${el.tagName}.${(el.getAttribute('class') ?? '').trim().replace(/\s+/g, '.')}`;
}

/**
 * Whether another block is of the element's kind. Blocks of one kind are named by a shared
 * class, or, without one, are sections that each open with a heading (<section
 * id="qualifications"><h2>…</h2>…</section>) or follow a label; null for an element that is none of these.
 */
/**
 * A short heading that names a posting's section, in the languages the rules read: "Job
 * Requirements", "Functieomschrijving", "Descrição da Função", "Ihr Profil". (The plan's own
 * section rules, src/core/analyze/sections.ts, read more, but are too large for the injected script.)
 */
const POSTING_SECTION_HEADING =
  /responsibilit|requirement|qualification|description|duties|tasks|profile|benefits|what you(?:'|’)?ll|what you will|what we offer|about you|skills|experience|aufgaben|anforderungen|profil|wir bieten|missions?\b|poste|requisit|responsabilidad|funciones|descripci[oó]n|ofrecemos|descrição|função|funções|oferecemos|mansioni|offriamo|functieomschrijving|functie-eisen|wat (?:bieden wij|wij bieden|vragen wij)|taken|arbetsuppgifter|kvalifikationer|vi erbjuder|arbejdsopgaver|vi tilbyder|arbeidsoppgaver|vi tilbyr|obowiązki|wymagania|oferujemy/i;

export function namesPostingSection(text: string): boolean {
  return text.length >= 3 && text.length <= 60 && POSTING_SECTION_HEADING.test(text);
}

/** Class names of a posting's parts: its description, requirements, offer, tasks, profile… */
const POSTING_PART_NAME = /descr|requir|qualif|profil|offer|benefit|perk|task|respons|dut(?:y|ies)|skill|mission|condition|aufgab|anforder|angebot|requisit|funcion|funç|oferec|oferta|beneficio|taken|eisen|aanbod/i;

function sameKindAs(el: Element): ((other: Element) => boolean) | null {
  const shape = shapeOf(el);
  const classless = !el.getAttribute('class');
  // Or blocks that each follow a label naming a posting's section ("<tr><td>Job Requirements</td></tr>"
  // above a row of text). (A newsletter's articles follow their titles too.)
  const labelled = (block: Element) => {
    const label = block.previousElementSibling;
    return label !== null && isSectionLabel(label) && namesPostingSection(collapseSpace(label.textContent ?? ''));
  };
  if (classless && !opensWithHeading(el)) return labelled(el) ? (other) => shapeOf(other) === shape && labelled(other) : null;
  // A class list of a base and a name of a posting's part ("job-section job-description", then
  // "job-section job-requirements", "job-section job-offer") names blocks of one kind by the base.
  // (Not "section section--contact" after them: a part no posting has.)
  const [base, ...named] = classTokens(el);
  const sameBase = (other: Element) => {
    const tokens = classTokens(other);
    return named.length === 1 && POSTING_PART_NAME.test(named[0]!) && other.tagName === el.tagName && tokens.length === 2 && tokens[0] === base && POSTING_PART_NAME.test(tokens[1]!);
  };
  return (other) => (shapeOf(other) === shape && (!classless || opensWithHeading(other))) || sameBase(other);
}

/**
 * After a section's label, a block of the description's kind less a class: the first block
 * may carry one class more that names it as the description ("o-box__text s-jobDesc", then the
 * label "Required skills" and "o-box__text").
 */
function labelledKindOf(el: Element): (other: Element) => boolean {
  const own = classTokens(el);
  return (other) => other.tagName === el.tagName && classTokens(other).length > 0 && classTokens(other).every((token) => own.includes(token));
}

/**
 * Descriptions split into sections that the page lays out as blocks of one kind ("About the
 * role", "Technology", "Interview process", each its own box): the text goes on into the
 * following blocks of the container's shape, or of its parent's, until a block of another
 * shape (the apply button, the list of other jobs).
 */
/** A short line set apart as a block, naming the section after it ("Exigences", "Your profile"). */
function isSectionLabel(el: Element): boolean {
  const text = collapseSpace(el.textContent ?? '');
  return text.length >= 3 && text.length <= 40 && el.children.length <= 1 && !/[.!?]$/.test(text) && !el.querySelector('a, button, input, img');
}

export function withFollowingSections(container: Element): Element[] {
  // (A table's cell and row around the text alone are no level of their own: each row of a
  // table layout may be one section.)
  const wrapsAlone = (el: Element) => el.parentElement !== null && el.parentElement.childElementCount === 1 && /^(?:TD|TR)$/.test(el.parentElement.tagName);
  for (let el: Element | null = container, depth = 0; el && depth < 2; depth += wrapsAlone(el) ? 0 : 1, el = el.parentElement) {
    const sameKind = sameKindAs(el);
    if (!sameKind) continue;
    const run: Element[] = [];
    for (let next = el.nextElementSibling; next && run.length < 10; next = next.nextElementSibling) {
      // A sidebar (an apply box, other vacancies) is beside the text, never more of it.
      if (next.tagName === 'ASIDE' || next.getAttribute('role') === 'complementary') break;
      // A box of facts between two blocks of the text is passed over, not read as text; so is
      // the next block's own label when the page writes it apart ("Exigences" above its text),
      // which is read with it.
      if (!sameKind(next)) {
        const label = isSectionLabel(next) ? next : null;
        const after = (label ?? next).nextElementSibling;
        if (isFactsBlock(next) && after && (sameKind(after) || (isSectionLabel(after) && after.nextElementSibling && sameKind(after.nextElementSibling)))) continue;
        if (label && after && (sameKind(after) || labelledKindOf(el)(after))) {
          run.push(label);
          // (A block of the looser kind is taken here, with its label: the loop's test is the strict one.)
          if (!sameKind(after)) {
            run.push(after);
            next = after;
          }
          continue;
        }
        break;
      }
      if (isHidden(next) || skipNonPosting(next) || (next.textContent ?? '').trim().length < 20) break;
      run.push(next);
    }
    // The following blocks are read whole: their headings name their sections.
    if (run.length > 0) return [container, ...run];
  }
  return stackedSections(container) ?? [container];
}

/** A sentence of some length: prose, not a line of facts. */
const SENTENCE = /[^.!?\n]{60,}[.!?]/;
/** Shorter than this, a text in a page built of stacked sections may be one section of several. */
const STACKED_SHORT = 1000;
/** A stack is a page of sections: five or more of one kind (a page's few bands of colour are not). */
const STACK_MIN = 5;
/** How far up from the text a page's section may be (builders nest containers, columns, cells). */
const STACK_DEPTH = 6;

function classTokens(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

/** A section that ends the text: a form, the site's navigation or footer, a list of links, or next to no text. */
function endsTheText(el: Element): boolean {
  if (el.matches('form, nav, footer, header') || el.querySelector('form, input, textarea, nav, footer, header, h1')) return true;
  // A section of the text says something: a line of facts or a button ("Salary: Competitive",
  // "I'm interested") between sections is the page's, not the posting's prose.
  const text = (el.textContent ?? '').trim();
  if (text.length < 100 || isFactsBlock(el) || isHidden(el) || skipNonPosting(el)) return true;
  let linkText = 0;
  for (const a of Array.from(el.getElementsByTagName('a')).slice(0, 100)) linkText += a.textContent?.trim().length ?? 0;
  return linkText > text.length / 2;
}

/**
 * Site builders stack a page as sections of one kind (each a full-width record with its own
 * layout: a text, a title with a list, a grid of features), and a posting's text is spread over
 * several: an intro, the duties, the profile, the offer. When the text found is short and sits
 * in such a stack (STACK_MIN sections or more sharing a class), it is read across the sections
 * around it that hold text: back to the section with the page's heading, on to the first that
 * holds a form, navigation, or mostly links. Null when the text is not in such a stack.
 */
function stackedSections(container: Element): Element[] | null {
  if ((container.textContent ?? '').length >= STACKED_SHORT) return null;
  for (let el: Element | null = container, depth = 0; el?.parentElement && depth < STACK_DEPTH; el = el.parentElement, depth++) {
    const tokens = classTokens(el);
    if (tokens.length === 0) continue;
    const sameKind = (other: Element) => other.tagName === el.tagName && classTokens(other).some((t) => tokens.includes(t));
    if (Array.from(el.parentElement.children).filter(sameKind).length < STACK_MIN) continue;
    const before: Element[] = [];
    // Before the text, only sections of prose alone: a band with buttons, facts or pictures is
    // the page's header around the posting ("I'm interested", "Salary: Competitive").
    const proseOnly = (section: Element) => SENTENCE.test(section.textContent ?? '') && !section.querySelector('a, button, img, svg, dl, table');
    for (let prev = el.previousElementSibling; prev && sameKind(prev) && !endsTheText(prev) && proseOnly(prev) && before.length < 10; prev = prev.previousElementSibling) before.unshift(prev);
    const after: Element[] = [];
    for (let next = el.nextElementSibling; next && sameKind(next) && !endsTheText(next) && after.length < 10; next = next.nextElementSibling) after.push(next);
    if (before.length + after.length === 0) return null;
    return [...before, el, ...after];
  }
  return null;
}

export interface GenericOptions {
  /** Look only inside this element (a site adapter's open posting). */
  root?: Element | null;
  /** The fields still wanted; the rules for the others are skipped. */
  need?: ReadonlySet<'title' | 'company' | 'location' | 'description'>;
  /** The page's meta tags and <title> describe another posting: do not use them. */
  ignorePageData?: boolean;
  /** Read the location the page shows even when another source has one (default true). */
  shownLocation?: boolean;
  /** The site's own name, when the caller has found it already. */
  site?: SiteName;
}

const ALL_FIELDS = new Set(['title', 'company', 'location', 'description'] as const);

/**
 * "Maplestead Home Care | Careers": a <title> whose other parts only say what kind of page it
 * is names the site's owner in the part left, unless that part reads like a role ("Bookkeeper |
 * Careers"). With no heading to confirm it, that name is not the job's title.
 */
function namesTheSite(whole: string | null, part: string): boolean {
  const parts = whole ? titleSegments(whole) : [];
  return parts.length >= 2 && parts.every((p) => p === part || isGenericSegment(p)) && !looksLikeJobTitle(part);
}

export function genericCandidate(doc: Document, url: string, options: GenericOptions = {}): Candidate {
  const need = options.need ?? ALL_FIELDS;
  const scope = options.root ?? doc;
  const usePageData = !options.ignorePageData;
  const pageTitle = usePageData ? documentTitle(doc) : null;
  const ogTitle = usePageData ? metaContent(doc, 'og:title', 'twitter:title') : null;
  const site = options.site ?? siteName(doc, url);
  const isSite = (text: string) => isSiteName(text, site);
  const isShown = shownAsOne(doc);
  const fromTitle = parseTitle(pageTitle, isSite, isShown);
  const fromOg = parseTitle(ogTitle, isSite, isShown);
  const candidate: Candidate = {};

  const wantsShownPlace = options.shownLocation !== false || need.has('location');
  const labels = need.has('title') || need.has('company') || wantsShownPlace ? labelledFields(scope) : {};
  // A labelled employer is read even where structured data names one: read-posting weighs the two.
  if (labels.company && (need.has('company') || isEmployerName(labels.company.value))) candidate.company = labels.company;
  if (need.has('location') && labels.location) candidate.location = { ...labels.location, value: cleanPlace(labels.location.value) };
  if (labels.postedBy) candidate.postedBy = labels.postedBy;

  const shownHeading = need.has('title') || need.has('location') || need.has('company') ? mainHeading(scope, doc, site) : null;
  // "School of Art History – Lecturer in Museum Studies" where the <title> and og:title name
  // only the lecturer and never the school: what comes before the role is a department or a
  // place. (What comes after it, "Developer – Critical business apps", qualifies the role.)
  const said = looseKey(`${pageTitle ?? ''} ${ogTitle ?? ''}`);
  const parts = shownHeading ? titleSegments(shownHeading) : [];
  const role = parts.length > 1 ? parts[parts.length - 1]! : null;
  const prefixOnly = role && role.length >= 3 && (role === fromTitle.title || role === fromOg.title) && parts.slice(0, -1).every((part) => !said.includes(looseKey(part)));
  const heading = prefixOnly ? role : shownHeading;
  if (need.has('title')) {
    // A heading that the <title> agrees with is the surest generic title; a labelled title
    // ("Job title: …") is as sure when the heading does not read like a role.
    // Case aside: the heading's role may have taken a capital its <title> does not have ("Cercasi barista").
    const key = heading?.toLowerCase();
    const titleAgrees = key && (fromTitle.title?.toLowerCase() === key || fromOg.title?.toLowerCase() === key || pageTitle?.toLowerCase().includes(key));
    const labelled = labels.title && !isSiteName(labels.title.value, site) ? labels.title : null;
    // A labelled role beats a heading that names no role (an employer's or a page's name).
    // A heading that names no role and shares no word with the <title> or og:title (a board's
    // slogan, "Der Stellenmarkt für Fach- und Führungskräfte") gives way to the role they name.
    // The role must be shown on the page as well, as a line of its own (not a word of a sentence:
    // "Your application for <strong>Warehouse Supervisor</strong> has been received").
    // (A role at the end of an eyebrow line of the page's place, "Careers — Open role — 3D
    // Generalist", is named as a role by where it stands, in words no list may know.)
    const named = [fromOg.title, fromTitle.title].find((t) => t && !isSiteName(t, site) && ((looksLikeJobTitle(t) && shownAsLine(scope, t)) || (heading !== null && !looksLikeJobTitle(heading) && endsShortLine(scope, t)))) ?? null;
    const unrelated = heading && named && !looksLikeJobTitle(heading) && !wordsOf(heading).some((w) => wordsOf(`${pageTitle ?? ''} ${ogTitle ?? ''}`).includes(w));
    if (labelled && (!heading || (!looksLikeJobTitle(heading) && (looksLikeJobTitle(labelled.value) || !titleAgrees)))) candidate.title = labelled;
    else if (unrelated && named) candidate.title = field(named, named === fromOg.title ? 'meta' : 'title', TRUST.titlePattern);
    else if (heading) candidate.title = field(heading, 'heading', titleAgrees ? TRUST.headingAgreed : TRUST.heading);
    else if (fromOg.title && !isSiteName(fromOg.title, site) && !namesTheSite(ogTitle, fromOg.title)) candidate.title = field(fromOg.title, 'meta', TRUST.meta);
    else if (fromTitle.title && !isSiteName(fromTitle.title, site) && !namesTheSite(pageTitle, fromTitle.title)) candidate.title = field(fromTitle.title, 'title', TRUST.titlePattern);
    else {
      const line = roleLine(scope, site);
      if (line) candidate.title = field(line, 'page-text', TRUST.heading);
    }
    // A <title> that abbreviates the role ("Job Detail: CFO - …") over a page that spells it out
    // ("Chief Financial Officer"): the role as the page writes it.
    const abbreviated = candidate.title && (candidate.title.source === 'title' || candidate.title.source === 'meta') ? withoutPageType(candidate.title.value) : '';
    const spelled = /^\p{Lu}{3,6}$/u.test(abbreviated) ? nameWithTheseInitials(abbreviated, collapseSpace(((scope as Document).body ?? (scope as Element)).textContent?.slice(0, 20_000) ?? '')) : null;
    if (spelled && looksLikeJobTitle(spelled)) candidate.title = { ...candidate.title!, value: spelled };
  }

  let nameOfPageOnly = false;
  if (need.has('company')) {
    // A label's value or a name the adapter could not confirm may still be no name at all.
    if (candidate.company && !isEmployerName(candidate.company.value)) delete candidate.company;
    const shown = candidate.company ? null : (visibleCompany(scope, site) ?? employerLinkNearHeading(doc, site, candidate.title?.value));
    const shownCompany = shown && isEmployerName(shown) ? shown : null;
    if (shownCompany) candidate.company = field(shownCompany, 'page-text', TRUST.shownCompany);
    // A <title> part that starts the place the page labels ("Role - Leeds - £40k" beside
    // "Location: Leeds, West Yorkshire") is the place, not the employer.
    const place = labels.location ? looseKey(labels.location.value) : '';
    // Or a step of it ("Johannesburg North" of "Gauteng > Johannesburg North").
    const placeSteps = labels.location ? labels.location.value.split(/\s*[>›»,/|]\s*/).map(looseKey).filter((step) => step.length >= 3) : [];
    // Nor a part of the role the heading splits the same way ("VDAB - Vacature 41235678 -
    // Magazijnier - heftruckchauffeur (m/v)" under the heading "Magazijnier - heftruckchauffeur").
    // The same for a labelled role ("Job Title: Assistant Manager - Credit Underwriting").
    const roleParts = new Set([heading, candidate.title?.value].flatMap((role) => (role ? titleSegments(role).map(looseKey) : [])));
    const notPlace = (name: string | null) =>
      name && !(place && (place === looseKey(name) || place.startsWith(`${looseKey(name)} `) || placeSteps.includes(looseKey(name)))) && !(roleParts.has(looseKey(withoutPageType(name))) && looksLikeJobTitle(name)) ? name : null;
    const company = notPlace(fromOg.company) ?? notPlace(fromTitle.company);
    // A <title> part that is the site's own name is the employer on the employer's own site;
    // on a job board the employer shown beside the title or labelled (0.6) outvotes it.
    // A part that is nothing once cleaned (markup written into the <title>) names no one.
    // A pictograph ends a name: "Rosie's Diner - 🍳 NOW HIRING" is a post's title run on.
    const cleaned = company ? cleanValue(stripLabels(company.split(/\s*[-–—|·]?\s*\p{Extended_Pictographic}/u)[0]!), doc, MAX_SHORT_TEXT) : null;
    // Words all in lower case are a phrase ("turno da manhã"), not a name ("bol.com" is one
    // word), in the scripts that have capitals (Georgian's everyday letters count as lower case).
    const phrase = (text: string) => /^\p{Ll}+(?:\s+\p{Ll}+)+$/u.test(text) && /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\s]+$/u.test(text);
    const cleanCompany = cleaned && isEmployerName(cleaned) && !phrase(cleaned) ? cleaned : null;
    if (cleanCompany && (!candidate.company || candidate.company.confidence < TRUST.meta)) {
      candidate.company = field(cleanCompany, fromOg.company ? 'meta' : 'title', TRUST.meta);
    }
    // When the title came from elsewhere (a "Position:" label), a heading that names no role
    // and that the <title> repeats is the employer's name ("City of Riverton").
    // So is one the page names again ("Acadia Lumber Ltd." over "Acadia Lumber is…"), and an h1
    // over a role shown in a lesser heading ("<h1>Saugeen University</h1> … <h2>Assistant
    // Professor</h2>"); not a headline ("Vi söker en vaktmästare!"). It outvotes the board's own name.
    const names = (text: string | null | undefined): text is string =>
      Boolean(text) && text!.length <= 80 && !/[!?]/.test(text!) && !announcesHiring(text!) && !isJobsPageName(text!) && !looksLikeJobTitle(text!) && isEmployerName(text!) && !isSiteName(text!, site) && !isNavigationHeading(text!) && !isGenericSegment(text!);
    const h1 = scope.querySelector('h1');
    const topHeading = h1 && !isHidden(h1) ? cleanValue(shownText(h1), doc) : null;
    const boardsName = candidate.company && isSiteName(candidate.company.value, site) && !ownersName(site, url);
    const employerHeading = [heading, topHeading].find((text) => names(text) && candidate.title && candidate.title.value !== text && (pageTitle?.includes(text) || namedAgain(scope, text)));
    if ((!candidate.company || boardsName) && employerHeading) candidate.company = field(employerHeading, 'heading', TRUST.headingEmployer);
    // "Pinecrest Unified School District - Job Postings": a <title> that is one name, no role,
    // on a page whose role is shown elsewhere, is the employer's name.
    // Only beside parts that just say what kind of page it is: "The Fernside Forager | March 2025" is a newsletter's name.
    const titleParts = pageTitle ? titleSegments(pageTitle) : [];
    const titleName = fromTitle.title && titleParts.length >= 2 && titleParts.every((part) => part === fromTitle.title || isGenericSegment(part)) && !isNavigationHeading(fromTitle.title) ? fromTitle.title : null;
    if (!candidate.company && titleName && candidate.title && looseKey(candidate.title.value) !== looseKey(titleName) && !looksLikeJobTitle(titleName) && isEmployerName(titleName) && !isSite(titleName)) {
      candidate.company = field(titleName, 'title', TRUST.headingEmployer);
      // A guess like the address's: an employer the text names outvotes it (below).
      nameOfPageOnly = true;
    }
    if (!candidate.company && usePageData) {
      const guess = companyFromDomain(doc, url, site);
      if (guess) candidate.company = field(guess, 'domain', TRUST.domain);
    }
  }

  // The location the page shows is also read when structured data has one: it often says
  // more ("Berlin, Germany (Hybrid)"), see preferShownLocation.
  // A labelled place ("Arbeitsort: Sursee") is what the page says most plainly.
  const shown = wantsShownPlace ? visibleLocation(scope) : null;
  if (!candidate.location && !need.has('location') && labels.location) candidate.location = { ...labels.location, value: cleanPlace(labels.location.value) };
  else if (shown && (!candidate.location || candidate.location.confidence < TRUST.shownLocation)) candidate.location = field(shown, 'page-text', TRUST.shownLocation);
  else if (need.has('location') && !candidate.location) {
    const facts = factsLinePlace(scope, heading);
    const place = fromOg.location ?? fromTitle.location;
    if (facts) candidate.location = field(facts, 'page-text', TRUST.factsLine);
    else if (place) candidate.location = field(place, fromOg.location ? 'meta' : 'title', TRUST.titlePlace);
    else {
      const town = addressTown(scope);
      if (town) candidate.location = field(town, 'page-text', TRUST.addressPlace);
    }
  }

  if (need.has('description')) {
    const found = descriptionContainer(scope, true, false, candidate.title?.value);
    const container = found ? gatheredWidgets(found) : null;
    // A thread's first post is the whole posting: what follows it are the replies.
    const parts = !container ? [] : inThreadPost(container) ? [container] : [leadParagraph(container), ...withFollowingSections(firstOfItsKind(container))];
    const whole = container ? parts.filter((el): el is Element => el !== null).map((el) => elementText(el, { skip: skipNonPosting })).join('\n\n') : null;
    // The page's own name (its <title>, og:title) opening the text is a banner, not the description.
    const text = whole ? withoutLeadingFacts(whole, candidate.title?.value ?? heading, heading, scope.querySelector('h1')?.textContent, candidate.company?.value, pageTitle, ogTitle) : null;
    if (text && text.length >= 200) candidate.description = field(text, 'page-text', TRUST.pageText);
  }
  // No employer but the site's own name (the domain, or a <title> part that is the site's
  // name): the description may say who is hiring, and a job board's page names someone else.
  // On a hiring platform's host the site shows the employer's brand, so its name there is
  // the employer's (unless it is the platform's own, the address's name).
  const platformBrand = (name: string) => onHiringPlatform(url) && nameKey(name) !== nameKey(domainLabel(url) ?? '');
  const onlySiteName =
    !candidate.company ||
    nameOfPageOnly ||
    candidate.company.source === 'domain' ||
    (['title', 'meta'].includes(candidate.company.source) && isSiteName(candidate.company.value, site) && !platformBrand(candidate.company.value));
  // An agency's posting names the agency in a "Posted by" or "Recruiter" line: with no employer
  // named, the agency is who the candidate deals with. On a blog host, where the copyright
  // line names the blog's owner, "Posted by" names the person who wrote the post.
  const ownersSite = candidate.company?.source === 'domain' && hostedOwnerSlug(url) !== undefined && site.copyright !== undefined;
  if (need.has('company') && onlySiteName && !ownersSite && labels.postedBy && !isSiteName(labels.postedBy.value, site)) {
    candidate.company = field(labels.postedBy.value, 'label', TRUST.companyInText);
  } else if (need.has('company') && onlySiteName) {
    const description = candidate.description?.value ?? null;
    // The site's own name counts only on the employer's own site (the address spells it). An
    // equal-opportunity statement names the employer even when a platform shows that name as
    // its logo; only the address's own name (the board's, the platform's) is not it.
    const owner = ownersName(site, url);
    const domain = domainLabel(url);
    const inText = description ? employerInText(description) : null;
    const eeo = eeoEmployerOnPage(scope, description);
    const found =
      (inText && (!isSiteName(inText, site) || (owner && nameKey(inText) === nameKey(owner))) ? inText : null) ??
      (eeo && nameKey(eeo) !== nameKey(domain ?? '') ? eeo : null);
    // The text often shortens the name ("Orchid Retail" for "Orchid Retail Sdn Bhd"): then the full name it confirms.
    const named = found && candidate.company && isFullerName(candidate.company.value, found) ? candidate.company.value : found;
    const beside = named || !candidate.title ? null : employerBesideTitle(scope, site, candidate.title.value);
    const logo = named || beside || !candidate.title ? null : logoName(scope, site, candidate.title.value);
    // (The fuller name stays where it was found.)
    if (named && named === found) candidate.company = field(named, 'page-text', TRUST.companyInText);
    else if (beside) candidate.company = field(beside, 'page-text', TRUST.companyInText);
    else if (logo) candidate.company = field(logo, 'page-text', TRUST.companyInText);
  }
  return candidate;
}

/** Alternative texts that name no one: "Logo", "Company logo", "Banner". */
const NOT_A_LOGO_NAME = /^(?:(?:company |employer )?logo|banner|image|photo|icon|header|advert(?:isement)?|home|apply|share)$/i;

/** The element that shows the title: a heading, bold or large type, an element named as a title. */
function titleElement(scope: ParentNode, title: string): Element | null {
  const key = looseKey(title);
  return (
    Array.from(scope.querySelectorAll('h1, h2, h3, b, strong, font, [class*="itle"], span')).slice(0, 400).find((el) => {
      const text = el.textContent ?? '';
      return text.length <= 200 && (looseKey(text) === key || looseKey(withoutPageType(stripLabels(collapseSpace(text)))) === key);
    }) ?? null
  );
}

const INLINE = /^(?:B|STRONG|FONT|SPAN|EM|I|A|U|SMALL|BIG)$/;

/**
 * A role set apart in bold or large type as a line of its own, on a page with no heading and
 * no <title> that names it: an ad pasted into a board's table ("<p align=center><font
 * size=3><b>PROGRAM COORDINATOR, ADULT LITERACY</b></font>"). The first such line that reads
 * like a role, in the case people write it.
 */
function roleLine(scope: ParentNode, site: SiteName): string | null {
  for (const el of Array.from(scope.querySelectorAll('b, strong, font[size], big')).slice(0, 200)) {
    // Not a link, nor a menu of links set in bold.
    if (el.closest('nav, header, footer, a, li, th, label, [role="navigation"]') || el.querySelector('a') || inForm(el) || isHidden(el)) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (text.length < 4 || text.length > 100 || !looksLikeJobTitle(text)) continue;
    if (isNavigationHeading(text) || isGenericSegment(text) || isSiteName(text, site) || !shownAsLine(scope, text)) continue;
    // "Now hiring: Veterinary Technician": the role without its announcement.
    return unshouted(withoutPageType(text));
  }
  return null;
}

/** Whether the page shows the text as a line of its own: nothing but a line break or a block beside it. */
/**
 * The role as the last part of a short line whose other parts only say where the page sits
 * ("Careers — Open role — Motion Designer (Mid/Senior)", an eyebrow over a slogan heading).
 */
function endsShortLine(scope: ParentNode, text: string): boolean {
  const key = looseKey(text);
  return Array.from(scope.querySelectorAll('p, div, span, li')).some((el) => {
    const line = collapseSpace(el.textContent ?? '');
    if (line.length > 150 || !looseKey(line).endsWith(key)) return false;
    const parts = titleSegments(line);
    return parts.length >= 2 && looseKey(parts[parts.length - 1]!) === key && parts.slice(0, -1).every((part) => isGenericSegment(part)) && !isHidden(el);
  });
}

function shownAsLine(scope: ParentNode, text: string): boolean {
  let el: Element | null = titleElement(scope, text);
  // The outermost inline element that holds only the text ("<font><b>Role</b></font>").
  while (el?.parentElement && INLINE.test(el.parentElement.tagName) && looseKey(el.parentElement.textContent ?? '') === looseKey(el.textContent ?? '')) el = el.parentElement;
  if (!el) return false;
  if (!INLINE.test(el.tagName)) return true;
  const apart = (node: ChildNode | null) => !node || (node.nodeType === 3 ? !(node.textContent ?? '').trim() : !INLINE.test((node as Element).tagName));
  return apart(el.previousSibling) && apart(el.nextSibling);
}

/**
 * The employer on the line right under or over the title, as older boards and pasted ads set
 * it ("<b>Wastewater Operator II</b><br>Harlan Creek Utility District"): a line that reads as a
 * name, not a role, a place, a date or a label, and that is a company's by its legal form or
 * because the page names it again (in the text, a logo, the address to apply to).
 */
export function employerBesideTitle(scope: ParentNode, site: SiteName, title: string): string | null {
  let el: Element | null = titleElement(scope, title);
  while (el?.parentElement && INLINE.test(el.parentElement.tagName) && looseKey(el.parentElement.textContent ?? '') === looseKey(el.textContent ?? '')) el = el.parentElement;
  if (!el) return null;
  const lineAt = (start: ChildNode | null, step: (node: ChildNode) => ChildNode | null): string => {
    let node = start;
    // Past blank text, line breaks, hidden elements and comments.
    while (node && (node.nodeType === 3 ? !(node.textContent ?? '').trim() : node.nodeType !== 1 || (node as Element).tagName === 'BR' || isHidden(node as Element))) node = step(node);
    if (!node || (node.nodeType === 1 && /^(?:TABLE|UL|OL|FORM|SCRIPT|STYLE)$/.test((node as Element).tagName))) return '';
    return collapseSpace(node.textContent ?? '');
  };
  // A heading's neighbours are the page's own lines (a badge, a facts line): only a name with its legal form counts there.
  const inHeading = el.closest('h1, h2, h3, h4, h5, h6') !== null;
  for (const line of [lineAt(el.nextSibling, (n) => n.nextSibling), lineAt(el.previousSibling, (n) => n.previousSibling)]) {
    const words = line.split(' ').length;
    if (line.length < 3 || line.length > 80 || words > 8 || /\d|[:：@|·•]/.test(line) || !/^\p{Lu}/u.test(line)) continue;
    // (Or a public body's name the page names again: "<h1>Records Analyst</h1><p>Northern Land Registry Office</p>".)
    if ((inHeading || words < 2) && !LEGAL_FORM.test(line) && !(words >= 3 && (PUBLIC_BODY.test(line) || /\boffice$/i.test(line)) && namedAgain(scope, line))) continue;
    if (!isEmployerName(line) || looksLikeJobTitle(line) || placeLine(line) || isRegion(line) || isSiteName(line, site) || isNavigationHeading(line) || NOT_A_NAME.test(line)) continue;
    if (LEGAL_FORM.test(line) || namedAgain(scope, line)) return line;
  }
  return null;
}

/** Whether the page names the name more than once (without its legal form: "Acadia Lumber" of "Acadia Lumber Ltd."). */
function namedAgain(scope: ParentNode, name: string): boolean {
  const bare = name.replace(/,?\s+\S+$/, (end) => (LEGAL_FORM.test(end.trim()) ? '' : end));
  // Read afresh each time (at most four per page): a cache would go stale on a page that changes.
  const text = collapseSpace((((scope as Document).body ?? scope) as Element).textContent?.slice(0, 60_000) ?? '');
  return bare.length >= 3 && text.split(bare).length > 2;
}

/**
 * The employer as its logo names it: an image marked as a logo (in its address, class or id,
 * or its holder's class) in the block that shows the title, whose alternative text is not the
 * site's own name. Boards show the employer's logo by the title; a brand's logo elsewhere on
 * the page, or the site's own, says nothing of who is hiring.
 */
/** An image marked as a logo (in its address, class or id, or its holder's class). */
function isLogoImage(img: Element): boolean {
  return /logo/i.test(`${img.getAttribute('src') ?? ''} ${img.getAttribute('class') ?? ''} ${img.id} ${img.parentElement?.getAttribute('class') ?? ''}`);
}

/** A logo's alternative text without the word "logo" ("Acme logo", "Logo of Acme"). */
function logoAltName(img: Element): string {
  return collapseSpace(img.getAttribute('alt') ?? '').replace(/\s+logo$/i, '').replace(/^logo\s+(?:of\s+)?/i, '');
}

/** A logo in a row of logos ("Featured recruiters"): the board's advertisers, not one employer. */
function inRowOfLogos(img: Element): boolean {
  const item = img.closest('li');
  return Boolean(item?.parentElement && item.parentElement.querySelectorAll('img').length >= 2);
}

export function logoName(scope: ParentNode, site: SiteName, title: string): string | null {
  const shown = titleElement(scope, title);
  // The title's block: a few levels up from the element that shows it.
  let block: Element | null = shown;
  for (let depth = 0; block?.parentElement && depth < 4; depth++) block = block.parentElement;
  if (!block || block.tagName === 'BODY' || block.tagName === 'HTML') return null;
  for (const img of Array.from(block.querySelectorAll('img[alt]')).slice(0, 60)) {
    if (!isLogoImage(img)) continue;
    const name = logoAltName(img);
    if (img.closest('nav, footer, header, [role="navigation"], [role="contentinfo"]') || isHidden(img) || isSiteName(name, site) || inRowOfLogos(img)) continue;
    // The posting's own logo comes first: one that names no one ("company logo") ends the search.
    if (name.length < 2 || name.length > 80 || NOT_A_LOGO_NAME.test(name) || !isEmployerName(name)) return null;
    return name;
  }
  return null;
}

/**
 * For a page whose employer is only guessed from its address: the name of the page's first
 * logo (an image marked so, not one of a row of logos), when the page's text writes that name
 * too ("Bergli Lebensmitteltechnik AG · Kirchbergstrasse 212 · Burgdorf" in a print view's
 * footer), when the page never writes the name guessed from the address (a platform's host,
 * "recruitingapp-5317.umantis.com"): the page's own brand, not the address's, says who it
 * belongs to. (On the employer's own site the page writes the address's name.)
 */
export function pageLogoName(doc: Document, site: SiteName, guessed: string): string | null {
  const text = collapseSpace(doc.body?.textContent?.slice(0, 100_000) ?? '');
  // (Addresses, and a platform's credit, "Powered by Abacus Umantis", are not the page naming it.)
  const words = text.replace(/\b(?:https?:\/\/|www\.)\S+|\b(?:powered by|software by|technology by|propulsé par|desarrollado por|betrieben von|realisiert mit)\s+\S+(?:\s+\S+)?/gi, ' ');
  if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(guessed)}(?![\\p{L}\\p{N}])`, 'iu').test(words)) return null;
  for (const img of Array.from(doc.querySelectorAll('img[alt]')).slice(0, 30)) {
    if (!isLogoImage(img) || isHidden(img) || inRowOfLogos(img)) continue;
    const name = logoAltName(img);
    if (name.length < 3 || name.length > 80 || NOT_A_LOGO_NAME.test(name) || !isEmployerName(name) || isSiteName(name, site)) return null;
    const bare = name.replace(/,?\s+\S+$/, (end) => (LEGAL_FORM.test(end.trim()) ? '' : end));
    return text.includes(bare) ? name : null;
  }
  return null;
}

const ABOUT_HEADING = /^(?:about|über|uber|à propos de|a propos de|acerca de|sobre|om|over|chi è|o firmie)\s+(.{2,50}?)\s*:?$/iu;
// A pronoun, or a phrase that opens with an article or a possessive ("the unit", "our clinic"):
// a name is not written that way.
const NOT_A_NAME =
  /^(?:us|uns|nous|nosotros|nós|oss|ons|noi|nas|you|dich|vous|dig|je|the|(?:the|this|that|our|your|my|a|an|notre|nos|nuestr[oa]s?|noss[oa]s?|nostr[oa]|il nostro|la nostra|unser\w*|onze|vores|vår|vårt|nasz\w*)\s.+|(?:the )?(?:client|cliente|kunde|klant|klient\w*))$/iu;
/**
 * "Acme is looking for …", and its kin in the other languages read ("La Pizzeria Da Ciro cerca",
 * "Bäckerei Lange sucht", "Atelier Brun recrute", "Grupo Norte busca"…): the name opens a
 * sentence, in capitals but for the small words names carry ("da", "al", "von", "&"), perhaps
 * with a phrase between commas that says what it is ("La Boutique Lanzetti, negozio di…, cerca"). A
 * pronoun after the verb means the first word was not the subject: "Nå søker vi" ("now we seek").
 */
const IS_HIRING = new RegExp(
  `(?:^|[.!?:]\\s+|\\n)[\\p{Extended_Pictographic}\\uFE0F ]*(\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?: (?:[«"„“]?\\p{Lu}[\\p{L}\\p{N}&.'’»"”-]*|&|of|and|de|da|do|del|della|di|al|du|des|la|von|van|der|und|et|y|e)){0,5})(?: \\(\\p{Lu}[\\p{Lu}\\p{N}&.-]{1,11}\\))?(?:, [^,.;:!?\\n]{3,90},)? (?:${[
    '(?:is|are) (?:looking for|hiring|seeking|searching for|recruiting|now hiring|adding|accepting applications)', 'needs', 'requires', 'seeks', 'invites applications', 'has (?:an? )?(?:immediate )?openings? for',
    'está (?:contratando|buscando|procurando|reclutando|selecionando|seleccionando|à procura)', 'sta (?:cercando|assumendo|selezionando)',
    'sucht', 'recherche', 'recrute', 'busca', 'precisa', 'procura', 'contrata', 'cerca', 'ricerca', 'seleziona', 'assume', 'zoekt',
    'søger', 'søker', 'söker', 'rekrutterer', 'rekryterar', 'poszukuje', 'zatrudni', 'hledá', 'přijme', 'hľadá', 'etsii', 'ищет', 'шукає', 'приглашает', 'запрошує',
  ].join('|')})(?!\\p{L})(?! (?:vi|wir|we|nous|wij|my|noi|nosotros|nós|me|ich|je|jeg|jag|io|yo|de|dere|dei|dom|sie|ils|elles|they|ellos|zij|ze|oni)(?!\\p{L}))`,
  'u',
);
/**
 * Languages that put the verb first say it the other way round: Irish "Tá Acme Teo. ag lorg …"
 * ("Acme Ltd is looking for"), Welsh "Mae Acme yn chwilio am …".
 */
const VERB_FIRST_HIRING =
  /(?:^|[.!?]\s+|\n)(?:Tá|Mae)\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?: (?:\p{Lu}[\p{L}\p{N}&.'’-]*|&|agus|a|na|an|o|y|yr|ac)){0,6}) (?:ag lorg|ag earcú|yn chwilio am|yn recriwtio|yn dymuno penodi)(?!\p{L})/u;

/** A name and what kind of business it is, in a sentence of its own. */
const IS_A_BUSINESS = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)(\p{Lu}[\p{L}\p{N}&'’-]*(?: (?:\p{Lu}[\p{L}\p{N}&.'’-]*|&|of|and|de|du|des|la|le|del|di|da|do|für|und|et|y|e)){0,5}),? ` +
    String.raw`(?:(?:is|has been) (?:a|an|the)|est (?:une?|la|le)|es una?|ist (?:ein|eine|einer)|è una?|é uma?|is een|is ['’]n|er (?:en|et)|är (?:en|ett)) (?:[\p{L}\p{N}'’-]+ ){0,8}?` +
    // English, French, Spanish, German (the end of a compound: "Familienunternehmen"), Italian, Portuguese, Dutch, the Nordic languages, Afrikaans.
    String.raw`(?:company|firm|business|facility|practice|clinic|hospital|restaurant|hotel|caf[ée]|bakery|shop|store|agency|charity|organi[sz]ation|manufacturer|distributor|supplier|provider|group|studio|cooperative|co-op|school|centre|center|home|dealer|dealership|retailer|wholesaler|consultancy|farm|winery|brewery|garage|` +
    String.raw`entreprise|société|agence|firme|pme|cabinet|association|coopérative|groupe|clinique|empresa|compañía|agencia|cooperativa|organización|asociación|fundación|clínica|` +
    String.raw`\p{L}*(?:unternehmen|firma|betrieb|agentur|verein|genossenschaft|klinik|praxis|gruppe|hersteller)|azienda|società|impresa|agenzia|associazione|fondazione|` +
    String.raw`companhia|agência|organização|associação|fundação|bedrijf|organisatie|onderneming|bureau|stichting|virksomhed|virksomhet|företag|selskab|selskap|\p{L}*maatskappy|besigheid)(?![\p{L}])`,
  'u',
);

/** An article before a name that opens a sentence ("La Pizzeria …", "Die Bäckerei …"), not part of it. */
const LEADING_ARTICLE = /^(?:L[ae]s?|Il|Lo|L['’]|Die|Der|Das|El|Los|Las|O|A|Os|As|Het|De)\s+(?=\p{Lu})/u;

/**
 * The employer as the description names it: a section headed "About Acme" ("Über Acme", "Om
 * Acme"…), or a first paragraph that says "Acme is looking for …".
 */
/**
 * "Acme Co. is an Equal Opportunity Employer": the statement US postings end with names the
 * employer (an agency's names the agency, who is also the one to deal with).
 */
const EEO_EMPLOYER =
  /(?:^|[.!?]\s+|\n)(\p{Lu}[\p{L}\p{N}&.'’-]*(?: (?:\p{Lu}[\p{L}\p{N}&.'’-]*|of|and|&|de|du|la|le|für|und)){0,5}),? (?:is|are) (?:(?:a|an|proud(?:ly)? to be an?|committed to being an?|an? proud)\s+)?(?:[Ee]qual[- ](?:[Ee]mployment[- ])?[Oo]pportunit(?:y|ies)|EEO?\b|[Aa]ffirmative [Aa]ction)/u;

export function eeoEmployer(text: string): string | null {
  const found = EEO_EMPLOYER.exec(text);
  if (!found) return null;
  const name = LEGAL_FORM.test(found[1]!) ? found[1]! : found[1]!.replace(/[,.]$/, '');
  return /^(?:we|the|our|this|it|they|you|i|all)\b/i.test(name) || NOT_A_NAME.test(name) ? null : name;
}

/** Where an employer states it: the description first, then the page's small print. */
function eeoEmployerOnPage(scope: ParentNode, description: string | null): string | null {
  const inDescription = description ? eeoEmployer(description) : null;
  if (inDescription) return inDescription;
  for (const el of Array.from(scope.querySelectorAll('p, small, div, span, li, td')).slice(-400)) {
    const text = el.textContent ?? '';
    if (text.length > 1500 || el.children.length > 3 || !/opportunity|affirmative|EEO/i.test(text)) continue;
    const name = eeoEmployer(collapseSpace(text));
    if (name) return name;
  }
  return null;
}

/**
 * "Bring a resume to Larkin Hardware & Garden, 12 Court Square": the business a short ad tells
 * you to apply at, or send your CV to, is the one hiring.
 */
const APPLY_AT =
  /\b(?:[Aa]pply(?: in person)?|[Bb]ring|[Ss]end|[Mm]ail|[Dd]rop off|[Ss]ubmit|[Dd]eliver)\b[^.!?\n]{0,40}?\b(?:to|at)\s+(\p{Lu}[\p{L}\p{N}'’.-]*(?: (?:&|and|of|\p{Lu}[\p{L}\p{N}'’.-]*)){0,5})(?=,|\s+(?:at|on|in)\b|\.)/u;

/** The business after a person written to ("… to Simon Lockett at Corvid Technical, quoting …"). */
const AT_BUSINESS = /^\s+at\s+(\p{Lu}[\p{L}\p{N}'’.-]*(?: (?:&|and|of|\p{Lu}[\p{L}\p{N}'’.-]*)){0,5})(?=[,.;]|\s+(?:on|in|by|or|quoting)\b)/u;

/** "Send resume to:", "Please mail your application and salary requirements to": the address an ad closes with. */
const SEND_TO = /\b(?:send|mail|submit|forward|post|return|address)\b[^.!?\n]{0,60}?\bto\s*:?\s*/giu;
/** A person named with a title ("Dr. Helen Marchetti", "Mrs J. Rowe"): whom to write to, not the employer. */
const ADDRESSEE = /^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Attn|Attention)\b\.?/i;

/**
 * The employer in the postal address an ad closes with ("Send resume to: Dr. Helen Marchetti,
 * Oakridge Family Dentistry, 22 Main Street, Shrewsbury, MA", or the same on lines of their
 * own, "Office Manager / Fenwick Eye Associates / 1330 Beacon Street"): the addressee's
 * organisation is the part right above the street, after the person or the role written to.
 */
export function employerInAddress(text: string): string | null {
  const tail = text.slice(-2000);
  let found: RegExpExecArray | null = null;
  SEND_TO.lastIndex = 0;
  for (let m = SEND_TO.exec(tail); m; m = SEND_TO.exec(tail)) found = m;
  if (!found) return null;
  const parts = tail.slice(found.index + found[0].length, found.index + found[0].length + 300).split(/\n+|,\s*/).map((p) => p.trim()).filter(Boolean);
  const street = parts.findIndex((p) => /^\d{1,5}[A-Za-z]?\s+\p{Lu}/u.test(p) && STREET_WORD.test(p));
  if (street <= 0) return null;
  // The line right above the street. Alone above it, it may be a person ("Jane Smith, 14 Mill
  // Road"): then only a name of three words or with a legal form is taken.
  const name = parts[street - 1]!;
  if (ADDRESSEE.test(name) || /@/.test(name) || !/^\p{Lu}/u.test(name) || !isEmployerName(name)) return null;
  return street >= 2 || name.split(/\s+/).length >= 3 || NAME_WITH_LEGAL_FORM.test(name) ? name : null;
}

/**
 * Whether `full` is `short` with more words of a name after it ("Orchid Retail Sdn Bhd",
 * "Birchwood Veterinary Clinic" for "Birchwood"), not a place after a comma ("Carrow County, Nebraska").
 */
export function isFullerName(full: string, short: string): boolean {
  // An article before the name is the name's too: "Il Melograno Cooperativa Sociale" for "Melograno".
  const name = full.replace(LEADING_ARTICLE, '');
  if (!name.toLowerCase().startsWith(short.toLowerCase())) return false;
  return /^(?:\s+[\p{Lu}&][\p{L}\p{N}.&'’-]*){1,3}$/u.test(name.slice(short.length));
}

/** A name that ends in a company's legal form ("Kälin Präzisionsteile AG", "Vätterbygdens Rörgrossist AB"). */
const NAME_WITH_LEGAL_FORM =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|&|and|und|et|og|och|de|di|y)){0,4},?[ \t]+(?:Α\.Ε\.Β\.Ε\.|Α\.Ε\.|Ε\.Π\.Ε\.|Ι\.Κ\.Ε\.|Ο\.Ε\.|S\.A\.C\.?|S\.A\.S\.?|S\.R\.L\.|SRL|Lda\.?|A\.Ş\.|MMC|OÜ|AG|GmbH|S\.L\.U?\.?|SLU?|AB|A\/S|ApS|ASA|AS|Oy|Oyj|Pte\.? Ltd\.?|PTE\.? LTD\.?|Sdn\.? Bhd\.?|SDN\.? BHD\.?|Ltd\.?|LTD\.?|Limited|LIMITED|Inc\.?|INC\.?|LLC|S\.A\.?|SA|SAS|SARL|S\.à r\.l\.|S\.r\.l\.|Srl|S\.p\.A\.|SpA|B\.V\.|BV|N\.V\.|Sp\. z o\.o\.|s\.r\.o\.|d\.o\.o\.|\(?Pty\)? Ltd\.?|Bpk\.?|plc|PLC|Kft\.?|Zrt\.?|Teo\.?|Teoranta|Cyf\.?|Cyfyngedig|ЕООД|ООД|ЕАД|АД|ООО|ТОВ|ПАО|АО))(?![\p{L}\p{N}])/u;

const REGISTERED_NAME = new RegExp(`^${NAME_WITH_LEGAL_FORM.source}$`, 'u');

/** The whole text is a company's name with its legal form. */
export function isRegisteredName(text: string): boolean {
  return REGISTERED_NAME.test(text.trim());
}

/** The same pattern, to search on past a match (compiled once: it is long). */
const NAME_WITH_LEGAL_FORM_ALL = new RegExp(NAME_WITH_LEGAL_FORM.source, 'gu');

/** The first name the text gives with its legal form: the company writing it, in a signature or its opening lines. */
export function employerWithLegalForm(text: string): string | null {
  const head = text.slice(0, 8000);
  const pattern = NAME_WITH_LEGAL_FORM_ALL;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(head); match; match = pattern.exec(head)) {
    // In a sentence written in capitals a name's capitals say nothing, and "AS" and "SA" are
    // words ("… IS PREFERRED BUT NOT ESSENTIAL AS FULL INDUCTION …"): a name there must end
    // the sentence's run of capitals, not sit inside it. The search goes on after the run.
    const end = match.index + match[0].length;
    const shouted = /^\p{Lu}+(?:\s+\p{Lu}+)*$/u.test(match[1]!) && /^[\s,]*\p{Lu}{2,}/u.test(head.slice(end, end + 12));
    // ("Die Kurpfalz Netze GmbH betreibt …": the article opens the sentence, not the name.)
    if (!shouted) return match[1]!.replace(LEADING_ARTICLE, '');
    pattern.lastIndex = end + (/^[\p{Lu}\p{N}\s,.;:'’&()-]*/u.exec(head.slice(end))?.[0].length ?? 0);
  }
  return null;
}

/**
 * "En Cenzontle Prototipos estamos creciendo…", "At Harbour Lane Bakery, we're looking for…",
 * "Chez Atelier Morel, nous…": the employer as where "we" are, the verb in the first person.
 * (Names of two words or more, or with a legal form: "In Berlin, we…" is a place.)
 */
const AT_NAME_WE =
  /(?:^|[.!?]\s+|\n)[¡]?(?:At|En|Na|No|Em|In|Bei|Chez|Hos|Bij|Presso|W)\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?: (?:\p{Lu}[\p{L}\p{N}&.'’-]*|&|de|del|do|da|di|of|and|und|y|e)){1,5}),?\s+(?:we(?:['’]re| are| have)?|nosotros|estamos|buscamos|necesitamos|contratamos|queremos|procuramos|precisamos|cerchiamo|stiamo|siamo|suchen wir|sind wir|nous|wij|zoeken we|vi|szukamy)(?![\p{L}])/u;

export function employerInText(text: string): string | null {
  // South African firms write their legal form in brackets, "Karoo Diesel (Pty) Ltd": read it as a name's words.
  text = text.replace(/\s\((Pty|PTY)\)\s+(Ltd|LTD)\b/g, ' $1 $2');
  for (const line of text.split('\n').slice(0, 80)) {
    const about = ABOUT_HEADING.exec(collapseSpace(line));
    // A name is capitalised: "Om arbetsplatsen", "Om stillingen" ("about the workplace", "the
    // position", the article a suffix) are sections.
    if (about && /^[\p{Lu}\p{N}]/u.test(about[1]!) && !NOT_A_NAME.test(about[1]!)) return about[1]!;
  }
  const verbFirst = VERB_FIRST_HIRING.exec(text.slice(0, 600))?.[1];
  if (verbFirst && !NOT_A_NAME.test(verbFirst)) return verbFirst;
  const hiring = IS_HIRING.exec(text.slice(0, 600));
  // "We are looking for", "The team is hiring": a pronoun or a phrase, not a name.
  // ("The Coastal Plains Pelicans are seeking": "The" before a name in capitals is the name's.)
  const hiringPronoun = hiring !== null && (/^(?:we|our|this|it|they|he|she|you|i|wir|nous|on|nosotros|noi|wij|vi|my)\b/i.test(hiring[1]!) || (/^the\b/i.test(hiring[1]!) && !/^\S+\s+\p{Lu}[\p{L}'’-]*\s+\p{Lu}/u.test(hiring[1]!)));
  // "Maple Hollow Care Center is a 90-bed skilled nursing facility": the text introduces its business.
  const business = hiring && !hiringPronoun ? null : IS_A_BUSINESS.exec(text.slice(0, 600))?.[1];
  if (business && !NOT_A_NAME.test(business) && !/^(?:we|it|they|he|she|this|that|there|here)$/i.test(business)) return business.replace(LEADING_ARTICLE, '');
  const atName = hiring ? null : AT_NAME_WE.exec(text.slice(0, 600))?.[1]?.replace(/\s+(?:de|del|do|da|di|of|and|und|y|e|&)$/u, '');
  if (atName && isEmployerName(atName) && !NOT_A_NAME.test(atName) && !placeLine(atName) && !isRegion(atName) && !looksLikeJobTitle(atName)) return atName;
  if (!hiring) {
    const tail = text.slice(-1500);
    const apply = APPLY_AT.exec(tail);
    // "send your CV to Simon Lockett at Corvid Technical": the one written to at a business is
    // a person there; the business is the name after "at".
    const writtenTo = apply !== null && /\bto\s+$/.test(apply[0].slice(0, apply[0].lastIndexOf(apply[1]!)));
    const atBusiness = writtenTo ? AT_BUSINESS.exec(tail.slice(apply.index + apply[0].length))?.[1] : undefined;
    const applyAt = atBusiness ?? apply?.[1];
    // "send your CV to Hannah Gilmour, HR Manager": a name followed by a role is a person's.
    const person = apply ? looksLikeJobTitle(/^,\s*([^,.;\n]{2,40})/.exec(tail.slice(apply.index + apply[0].length))?.[1] ?? '') : false;
    return applyAt && !person && !ADDRESSEE.test(applyAt) && !/^(?:us|our|the|this|him|her|them|HR|Human Resources|PO Box)\b/i.test(applyAt) && !/^\p{Lu}[\p{Ll}]+$/u.test(applyAt) ? applyAt : null;
  }
  // Nor is one plural noun ("Governors are seeking"): a one-word name ending in s takes "is".
  if (hiringPronoun) return null;
  const name = hiring[1]!.replace(LEADING_ARTICLE, '');
  // ("The Coastal Plains Pelicans" is a name; "The Hiring Manager" a role.)
  // ("The Management Committee is looking for": a body of the employer's people, not its name.)
  if (NOT_A_NAME.test(name)) return /^The\s+\p{Lu}[\p{L}'’-]*\s+\p{Lu}/u.test(name) && !looksLikeJobTitle(name.slice(4)) && isEmployerName(name.slice(4)) ? name.slice(4) : null;
  return (/ are /.test(hiring[0]) && /^\p{L}+s$/u.test(name)) || !isEmployerName(name) ? null : name;
}


const APPLY_TEXT = /^\s*(?:apply(?: now| for this (?:job|position|role))?|easy apply|jetzt bewerben|bewerben|postuler|candidater|solicitar|aplicar|ansøg|sök)\s*$/i;

/** The page's own "Apply" link, when it leads somewhere (not "#apply" on the same page). */
export function applyLink(scope: ParentNode, url: string): string | null {
  for (const a of Array.from(scope.querySelectorAll('a[href]')).slice(0, 2000)) {
    if (!APPLY_TEXT.test(a.textContent ?? '') || isHidden(a)) continue;
    try {
      const target = new URL(a.getAttribute('href') ?? '', url);
      if (/^https?:$/.test(target.protocol) && target.href.split('#')[0] !== url.split('#')[0]) return target.href;
    } catch {
      // not a usable address
    }
  }
  return null;
}

