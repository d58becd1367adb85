/**
 * What a page's <title> (or og:title) says about the job. Sites write it in a handful of
 * shapes: "Role - Company | Careers", "Company hiring Role in City | LinkedIn",
 * "Job Application for Role at Company", "Role at Company", "Role | Company".
 */
import { collapseSpace, escapeRegExp } from '../text';
import { isNavigationHeading } from './navigation-heading';
import { looksLikeJobTitle } from './role-words';

export interface TitleParts {
  title: string | null;
  company: string | null;
  location: string | null;
}

/** Segments that name the site or the page type, never the job or the employer. */
const GENERIC_SEGMENT =
  /^(?:(?:aperçu|détails?) de l['’]offre(?: d['’]emploi)?|careers?(?: (?:page|site|portal))?|jobs?(?: ads?| board| openings?| opportunit(?:y|ies)| search| postings?| listings?| vacancies)?|(?:job|vacancy|posting)(?: (?:posting|vacancy|opening|ad|offer))? details?|(?:job |vacancy |recruitment )?bulletin|betrekkings|vakatures|poste|werksgeleenthede|dettalji tal-vakanza|oglas za (?:prijem u radni odnos|posao|zapošljavanje)|javni oglas|(?:javni )?konkurs|αγγελίες(?: εργασίας)?|θέσεις εργασίας|(?:employment|career) (?:opportunities|openings)|stellenanzeige|stellenangebot|offre d'emploi|open (?:positions?|roles?)|(?:offene|freie) stellen|offres d'emploi|ofertas de (?:empleo|trabajo)|vagas(?: abertas)?|vacatures|lediga (?:jobb|tjänster)|ledige stillinger|ledige job|avoimet työpaikat|volná (?:pracovní )?místa|detail (?:voľného |volného )?(?:pracovného miesta|pracovního místa|pracovní nabídky|ponuky|nabídky)|voľné pracovné miesta|דרושים|משרות|volné pozice|wolne stanowiska|oferty pracy|állásajánlatok|posizioni aperte|lavora con noi|trabaja con nosotros|werken bij|swyddi(?: gwag)?|(?:\S+\s+){0,2}[iİ]ş [iİ]lanları|việc làm(?:\s+\S+){0,3}|deiseanna fostaíochta|fostaíocht|folúntais|apply(?: now)?|home|linkedin|indeed(?:\.com)?|glassdoor|greenhouse|lever|workable|ashby|smartrecruiters|workday|built ?in(?: \w+)?|wellfound|otta|dice|ziprecruiter|monster(?:\.\w+)?|stepstone(?:\.\w+)?|xing|seek|reed(?:\.co\.uk)?|totaljobs|jobindex(?:\.dk)?|teamtailor|personio|recruitee|bamboohr|jobvite|icims|welcome to the jungle|notion|google sites|medium|substack|wordpress(?:\.com)?|wix|squarespace|webflow|ghost|carrd|github|tumblr|blogger)$/i;

/** Separators of a <title>'s parts; a CJK site joins them with "_" and no spaces ("国际物流主管_上海某公司"). */
const SEPARATORS = /\s+(?:[|–—·•:]|::)\s+|\s+-\s+|\s*[|｜]\s*|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])_(?=\S)/u;

/** "【Role_Company_Place】-Site": the brackets that set the job apart from the site's name are a separator. */
function unbracketed(text: string): string {
  return collapseSpace(text).replace(/^【([^【】]+)】\s*[-_|]?\s*/u, '$1 - ');
}

/** A board's own name by what it is: "SCLP Career Center", "Midlands Job Board", "Acme Jobs Network". */
const BOARD_SEGMENT = /\b(?:career (?:center|centre)s?|job ?boards?|jobs? (?:bank|network|site|centre|center|portal)|careers? portal)$/i;

/**
 * Parts that name a page's section or a site's department, not an employer: "job employment",
 * "Human Resources", "People & Culture".
 */
const SECTION_SEGMENT =
  /^(?:(?:jobs?|employment|careers?|vacanc(?:y|ies)|openings?|opportunities|hiring|work|classifieds?|klassifikasie|help wanted)(?:\s+|$))+$|^(?:human resources|hr|people(?: (?:&|and) culture)?|people ops|talent(?: acquisition)?|recruit(?:ing|ment)|recrutement|reclutamiento|recrutamento|reclutamento|werving|rekrytering|rekruttering|rekrutacja|nábor|personal(?:abteilung)?|ressources humaines|recursos humanos|risorse umane)$|^(?:early|graduate|student|campus|emerging|future)\s+(?:careers?|talent|recruit(?:ing|ment)|programmes?|programs?|opportunities)$|^(?:graduates|students|apprenticeships|internships)$/iu;

/** A pay band or grade: "Band 6", "Grade 7", "Level II", "GS-12", "P-3". */
const GRADE_SEGMENT = /^(?:(?:pay )?band|grade|level|scale|step|gs|p)[- ]?(?:\d{1,2}[a-z]?|[IVX]{1,4})$/i;

/** A reference number on its own ("3719204", "Ref: AB-1234", "#4521"): the page's, not a name. */
const REFERENCE_SEGMENT = /^(?:(?:ref(?:erence)?|job ?id|id|req(?:uisition)?|vacancy|no\.?|#)\s*[:.#]?\s*)?[A-Z]{0,4}[-#]?\d[\d-]{3,}$/i;

/** A code of letters and digits in turn ("3AB41d", "VC4DE11"): a vacancy's reference, not a name ("23andMe" and "99designs" are names). */
export const CODE = /^(?=[\p{L}\d-]*(?:\d\p{L}+\d|\p{L}\d+\p{L}+\d))[\p{L}\d-]{4,14}$/u;

/** A category path, all in lower case ("food/beverage/hospitality"); case-sensitive on purpose. */
const CATEGORY_PATH = /^[\p{Ll}\s&-]+(?:\/[\p{Ll}\s&-]+)+$/u;

/** A board's category of jobs as a <title> part ("CDL Drivers - Transportation - Board"): a section, not an employer. */
const JOB_CATEGORY = /^(?:transportation|transport|logistics|healthcare|health ?care|nursing|sales|retail|manufacturing|production|hospitality|education|finance|accounting|banking|administrative|administration|office|clerical|customer service|engineering|construction|government|information technology|it|technology|marketing|legal|skilled trades|trades|utilities|warehouse|security|science|media|human resources)(?:\s*(?:&|and|\/)\s*(?:transportation|logistics|warehouse|distribution|finance|accounting|production|manufacturing|hospitality|tourism|marketing|sales|retail|customer service|engineering|technology))?(?: jobs)?$/i;

/** A file's name as a page's <title>: "Microsoft Word - Notice.docx", "vacancy_2019.pdf". */
const FILE_NAME_TITLE = /^Microsoft (?:Word|Excel|PowerPoint)\b|\.(?:docx?|pdf|odt|rtf|pptx?|xlsx?)$/i;

/** A <title> cut at its separators: "Role - Acme | Board" -> ["Role", "Acme", "Board"]. */
export function titleSegments(raw: string): string[] {
  const text = unbracketed(raw);
  // "Boston.com / BostonWorks / Job Search / Job Detail": a path of parts; one " / " is a
  // role's own ("Delivery Driver / Repartidor").
  const parts = (text.match(/\s\/\s/g) ?? []).length >= 2 ? text.split(/\s\/\s/) : [text];
  return parts.flatMap((part) => part.split(SEPARATORS)).map((s) => s.trim());
}

/**
 * A site's section named by the kinds of job it gathers, in the plural: "Entry-Level Jobs &
 * Internships", "Find Graduate Jobs, Schemes and Internships". Not one role. Two kinds at
 * least: "Ridgeway Auto Group Careers" is an employer's careers site.
 */
const JOB_KINDS = '(?:jobs|internships|vacancies|openings|careers|opportunities|positions|schemes|apprenticeships|traineeships)';
const JOB_KINDS_SEGMENT = new RegExp(`^(?:[\\p{L}-]+\\s+){0,3}${JOB_KINDS}(?:\\s*(?:,|&|\\+|and)\\s*(?:[\\p{L}-]+\\s+){0,2}${JOB_KINDS})+$`, 'iu');

/** A site's news section, where a hiring post may be filed ("Nyheter", "Aktuelles", "Actualités"). */
const NEWS_SEGMENT = /^(?:news|latest news|nyheter|nyheder|nytt|nachrichten|aktuelles|neuigkeiten|actualités|actualites|noticias|notícias|novidades|notizie|nieuws|aktualności|novinky|uutiset|blog)$/iu;

/** A part that only dates the page, with its year ("14 Марта 2013", "March 14, 2013", "14.03.2013"): when, not who. */
const DATE_SEGMENT = /^(?:\d{1,2}\.?\s+\p{L}{3,10}\.?,?\s+\d{4}|\p{L}{3,10}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})$/u;

export function isGenericSegment(text: string): boolean {
  const clean = collapseSpace(text);
  return GENERIC_SEGMENT.test(clean) || DATE_SEGMENT.test(clean) || JOB_KINDS_SEGMENT.test(clean) || NEWS_SEGMENT.test(clean) || BOARD_SEGMENT.test(clean) || SECTION_SEGMENT.test(clean) || CATEGORY_PATH.test(clean) || JOB_CATEGORY.test(clean) || REFERENCE_SEGMENT.test(clean) || CODE.test(clean);
}

/**
 * The parts of a page's <title>. `isSiteName` names the site's own parts: one in front of the
 * role ("Dice - Role - Company") is dropped.
 */
const JOBS_AT = /^(?:jobs?|careers?|life|working|work|karriere|jobs und karriere|emplois|empleo|carrières|ledige stillinger|lediga jobb|werken|arbeiten|travailler|trabajar|trabaja|lavorare|lavora|jobbe|jobba|arbejde) (?:at|with|bei|chez|hos|på|en|bij|con|da)\s+(?!(?:us|uns|nous|nosotros|os|oss|ons|noi)$)(.{2,60})$/iu;

/** "Jobs at Acme", "Karriere bei Acme": the name of an employer's jobs pages. */
export function isJobsPageName(text: string): boolean {
  return JOBS_AT.test(collapseSpace(text));
}

/**
 * "Java Developer Job in Boston 02110", "Payroll Specialist - Work From Home Job": boards that
 * put the word "Job" after the role mark where the role ends, and what follows "in" is the place.
 */
const JOB_MARK = /^(.*?)\s*\bjob(?:\s+(?:in|near)\s+(.+)|\s+at\s+(.+))?$/i;

/**
 * `shownAsOne` tells whether the page shows a text as one element of its own (a heading, a
 * line in large type): "Role - Night Shift" shown whole is one title, not a role and an employer.
 */
export function parseTitle(raw: string | null, isSiteName: (text: string) => boolean = () => false, shownAsOne: (text: string) => boolean = () => false): TitleParts {
  const none: TitleParts = { title: null, company: null, location: null };
  // A document converted to a page keeps its file's name as the <title> ("Microsoft Word -
  // Avviso selezione 2019.docx"): it names neither the role nor the employer.
  if (!raw || FILE_NAME_TITLE.test(raw.trim())) return none;
  const text = unbracketed(raw);

  // LinkedIn: "Google hiring Power Engineer in Austin, Texas, United States | LinkedIn"
  // ("We're hiring a designer" is an announcement, not an employer called "We're".)
  const hiring = /^(.+?) hiring (.+?)(?: in (.+?))?(?:\s*[|–-]\s*LinkedIn.*)?$/i.exec(text);
  if (hiring && !/^(?:we(?:['’]re| are)|i(?:['’]m| am)|now|is|are|(?:we|i)['’]ll be|still)$/i.test(hiring[1]!)) return { company: hiring[1]!, title: hiring[2]!, location: hiring[3] ?? null };

  // "Stellenangebot Leiter Qualitätssicherung (m/w) in Tuttlingen - Jobware": a board's page-type
  // word before the role, and the place after "in".
  const offer = /^(?:stellenangebot|stellenanzeige|jobangebot|offre d['’]emploi|oferta de (?:empleo|trabajo)|vacature|job offer|vacancy)\s+([^:|–—-].*?)\s+(?:in|à|en|bei)\s+(\p{Lu}[\p{L}.' -]{1,40}?)(?=\s+[|–—-]\s+|$)/iu.exec(text);
  if (offer) {
    const rest = text.slice(offer[0].length).split(SEPARATORS).map((s) => s.trim());
    const company = rest.find((s) => s && !isGenericSegment(s) && !isSiteName(s)) ?? null;
    return { title: offer[1]!, company, location: offer[2]! };
  }
  // "Job: Senior Accountant - Leeds": a page-type word and its colon before the role.
  const parts = titleSegments(
    text.replace(/^(?:job|jobs|position|vacancy|vacature|stellenangebot|stellenanzeige|offre d['’]emploi|offre|oferta(?: de empleo)?|stilling|ledig stilling|jobbannons|praca|now hiring|we(?:['’]re| are) hiring|hiring|job opening|open position)\s*:\s*/iu, ''),
  );
  // "Jobs at Acme", "Careers at Acme", "Karriere bei Acme": a part that names the employer's jobs pages.
  const employer = parts.map((p) => JOBS_AT.exec(p)?.[1]?.trim()).find(Boolean) ?? null;
  const segments = parts.filter((s) => s && !JOBS_AT.test(s) && !isGenericSegment(s) && !isNavigationHeading(s));
  // The site's name in front ("Dice - Role - Company") is not the role; later on it may be the
  // employer (a careers page's "Role | Acme"), which other sources outvote on a job board.
  while (segments.length > 1 && isSiteName(segments[0]!)) segments.shift();
  // "CareerBeacon: Acme Ltd. - Role": the site's name and a colon before the first part.
  const labelled = /^([^:]{2,40}):\s+(.+)$/.exec(segments[0] ?? '');
  if (labelled && isSiteName(labelled[1]!.trim())) segments[0] = labelled[2]!;
  if (segments.length === 0) return { ...none, company: employer };
  // A <title> written as a path ("Paper.com / PaperWorks / Job Search / Job Detail") is the
  // site's sections: a part is the role only if it reads as one, and none is the employer.
  if ((text.match(/\s\/\s/g) ?? []).length >= 2) {
    const role = segments.find((s) => looksLikeJobTitle(s)) ?? null;
    return { title: role, company: employer, location: null };
  }
  // The word "Job" after a segment ends the role: the segments before it are all the role's.
  const marked = segments.findIndex((s) => JOB_MARK.test(s));
  if (marked >= 0) {
    // "Role - Remote Job at Quillstack": after "at", the employer; after "in", the place.
    const [, last, where, at] = JOB_MARK.exec(segments[marked]!)!;
    // ("Remote Job", "Part-time Job": the kind of job, not a part of the role.)
    const kind = /^(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|temporary|temp|freelance|permanent)$/i.test(last!.trim());
    const title = [...segments.slice(0, marked), kind ? '' : last!].filter(Boolean).join(' - ');
    if (title) {
      const rest = segments.slice(marked + 1);
      const place = where?.trim() || rest.find(looksLikePlace) || null;
      return { title, company: at?.trim() || (rest.find((s) => s !== place && !looksLikePay(s) && !looksLikePlace(s)) ?? employer), location: place };
    }
  }
  // "Theatre Practitioner - Band 6 | Trust": a pay band or grade after the role is part of it.
  if (segments.length >= 2 && GRADE_SEGMENT.test(segments[1]!)) segments.splice(0, 2, `${segments[0]} - ${segments[1]}`);
  // "Role - Qualifier - Company": a role and its qualifier that the page shows as one line.
  for (let k = Math.min(segments.length, 3); k >= 2; k--) {
    const joined = segments.slice(0, k).join(' - ');
    if (shownAsOne(joined)) {
      segments.splice(0, k, joined);
      break;
    }
  }

  // Greenhouse: "Job Application for Role at Company"
  const application = /^(?:job application for|apply for|application for)\s+(.+)\s+at\s+(.+)$/i.exec(segments[0]!);
  if (application) return { title: application[1]!, company: application[2]!, location: null };

  // "Role job with Company": academic and public-sector boards name the employer so.
  const jobWith = /^(.+?)\s+(?:job|position|vacancy|role) with\s+(.+)$/i.exec(segments[0]!);
  if (jobWith) return { title: jobWith[1]!, company: jobWith[2]!, location: segments.slice(1).find(looksLikePlace) ?? null };

  // "Role at Company" / "Role @ Company", optionally followed by the site's name
  // A forum's or a newsletter's "Role at Company (remote, part-time)": the brackets hold facts, one may be the place.
  const at = /^(.+?)\s+(?:at|@)\s+([^,()]+?)(?:\s*\(([^()]{2,40})\))?$/i.exec(segments[0]!);
  if (at && !/\b(?:work|jobs?|careers?|life)$/i.test(at[1]!)) {
    const facts = at[3]?.split(/\s*[,;/]\s*/) ?? [];
    const inBrackets = facts.find((fact) => looksLikePlace(fact));
    const place = segments.length > 1 && looksLikePlace(segments[1]!) ? segments[1]! : inBrackets ? inBrackets.charAt(0).toUpperCase() + inBrackets.slice(1) : null;
    return { title: at[1]!, company: at[2]!, location: place };
  }

  if (segments.length === 1) return { title: segments[0]!, company: employer, location: null };
  // "Role - Company" or "Role | Company"; a middle segment that looks like a place is the location.
  const rest = segments.slice(1);
  const place = rest.find(looksLikePlace) ?? null;
  // Pay ("$15/hr") or a place in brackets is never the employer.
  const company = rest.find((s) => s !== place && !looksLikePay(s)) ?? employer;
  // "Role - Qualifier @ Company": what comes before the "@" (or "at") qualifies the role.
  const qualified = company === segments[1] ? /^(.+?)\s+(?:@|at)\s+(.+)$/i.exec(company) : null;
  if (qualified) return { title: `${segments[0]} - ${qualified[1]}`, company: qualified[2]!, location: place };
  // "Harlow State University - Academic Advisor II": the employer first when only the second part reads like a role.
  if (segments.length === 2 && company === segments[1] && looksLikeJobTitle(company) && !looksLikeJobTitle(segments[0]!)) return { title: company, company: segments[0]!, location: null };
  return { title: segments[0]!, company, location: place };
}

/** "$15/hr", "€45,000", "40k - 50k a year": an amount of pay. */
export function looksLikePay(text: string): boolean {
  return /[$€£¥]\s?\d|\d\s?(?:k\b|\/\s?(?:hr|hour|h|yr|year|month)|per (?:hour|year|month|annum))/i.test(text);
}

/** "Austin, TX", "Berlin, Germany", "Remote", "London" (only with a comma or a place word). */
export function looksLikePlace(text: string): boolean {
  return /^[\p{L} .'-]+,\s*[\p{L} .'-]+(?:,\s*[\p{L} .'-]+)?$/u.test(text) || /^(?:remote|hybrid|anywhere|worldwide)\b/i.test(text);
}

/**
 * A heading that names the employer after the role ("Backend Engineer at Acme (W21)",
 * "Data Analyst - Acme", "Ingénieur chez Acme") is the role alone once the employer is known.
 */
export function withoutCompanySuffix(title: string, company: string | null | undefined): string {
  const name = company ? collapseSpace(company) : '';
  if (name.length < 2) return title;
  const escaped = escapeRegExp(name);
  const suffix = new RegExp(`\\s*(?:\\s(?:at|@|chez|bei|hos|på|em|en|presso|bij|w)\\s|\\s[-–|·]\\s|\\s*@\\s*)${escaped}(?:\\s*\\([^)]{0,20}\\))?\\s*$`, 'iu');
  const role = title.replace(suffix, '').trim();
  return role.length >= 3 && role !== title ? role : title;
}

/**
 * "Rust Backend Engineer | Kestrel Tide | Remote (EU time zones)", "GIS developer, Bristol UK",
 * "IT Service Desk Analyst - Halifax": a subject line or a board's heading that adds the
 * employer and the place after the role, each set apart, is the role once both are known.
 * (The place is the one found elsewhere, whole or its first part: "Bristol" of "Bristol, UK".)
 */
export function withoutCompanyOrPlaceSuffix(title: string, company: string | null | undefined, place: string | null | undefined): string {
  const places = place ? [...new Set([place, place.split(/\s*[,(;]\s*/)[0]!].map((p) => collapseSpace(p)).filter((p) => p.length >= 2))] : [];
  let role = title;
  for (let round = 0; round < 3; round++) {
    const before = role;
    role = withoutCompanySuffix(role, company);
    for (const one of places) {
      // The place's part may run on with its region or country ("Bristol UK") or a note in brackets.
      const suffix = new RegExp(`(?:,\\s*|\\s[-–|·]\\s)${escapeRegExp(one)}(?:[\\s,/]+\\p{Lu}[\\p{L}.]{0,20}){0,2}(?:\\s*\\([^)]{0,30}\\))?\\s*$`, 'iu');
      const cut = role.replace(suffix, '').trim();
      if (cut.length >= 3 && cut !== role) {
        role = cut;
        break;
      }
    }
    if (role === before) break;
  }
  return role;
}
