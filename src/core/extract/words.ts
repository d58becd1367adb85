/**
 * The words the generic rules recognise, in one place and in the languages postings are read
 * in here: English, German, French, Spanish, Italian, Dutch, Portuguese, Danish, Swedish,
 * Norwegian and Polish. Each list is a rule that can be said without naming a site: "a label
 * that names the place of work", "a heading that names a page section, not a job".
 *
 * Patterns that end in a letter class use lookarounds on \p{L} rather than \b, because \b
 * knows only ASCII letters ("Développeur", "Arbeitsstätte").
 */

import { looksLikeJobTitle } from './role-words';

/** Labels of the fields the generic rules read, as the label text alone ("Location", "Lieu de travail"). */
export const FIELD_LABELS = {
  title: [
    'job title', 'title', 'position title', 'business title', 'working title', 'posting title', 'title of (?:the )?position', 'position', 'vacancy', 'role', 'job', 'job name', 'post', 'designation',
    'stellenbezeichnung', 'stellentitel', 'position', 'jobtitel',
    'intitulé du poste', 'titre du poste', 'poste', 'intitulé', "appellation d['’]emploi", "titre de l['’]emploi", "intitulé de l['’]offre",
    'puesto', 'título del puesto', 'cargo', 'vacante',
    'posizione', 'titolo', 'ruolo',
    'functie', 'functietitel', 'vacaturetitel',
    'função', 'título da vaga', 'vaga',
    'stilling', 'stillingsbetegnelse', 'stillingstittel', 'stillingstitel', 'jobtitel', 'tjänst', 'befattning', 'titel', 'tittel',
    'stanowisko', 'nazwa stanowiska',
    // Chinese, Japanese, Korean.
    '职位名称', '招聘职位', '職種', '募集職種', '직무', '모집직무', '모집부문', '직종',
    // Thai, Arabic and Hebrew.
    'ตำแหน่ง', 'ตำแหน่งงาน', 'المسمى الوظيفي', 'الوظيفة', 'תפקיד', 'שם המשרה',
    // Hungarian, Greek, Romanian, Turkish, Croatian and Serbian.
    // Czech and Slovak.
    'pracovní pozice', 'pracovná pozícia', 'pozice', 'pozícia', 'název pozice', 'názov pozície',
    'pozíció', 'munkakör', 'θέση', 'post', 'poziție', 'pozitie', 'pozisyon', 'radno mjesto', 'radno mesto', 'pozicija',
    // Basque, Catalan, Galician; Slovenian, Finnish, Estonian, Latvian, Lithuanian.
    'lanpostua', 'càrrec', 'posto de traballo', 'delovno mesto', 'tehtävä', 'tehtävänimike', 'ametikoht', 'amets', 'amats', 'pareigos',
  ],
  company: [
    'company', 'company name', 'employer', 'employer name', 'hiring company', 'hiring organi[sz]ation', 'organi[sz]ation', 'business name', 'client', 'institution', 'institute',
    // Public bodies label the hiring body ("Organisation/Entity", "Department: Office of …";
    // generic.ts keeps a department only when it names a body, not a team).
    'organi[sz]ation/entity', 'entity', 'hiring (?:agency|department)', 'department', 'agency', 'ministry',
    '(?:school )?district', 'school',
    'unternehmen', 'arbeitgeber', 'firma', 'firmenname',
    'entreprise', 'société', 'societe', 'employeur', 'organisme', "nom de l['’]employeur", "nom de l['’]entreprise", 'raison sociale',
    'empresa', 'empleador', 'compañía', 'nombre de la empresa', 'nome da empresa',
    'azienda', 'società', 'datore di lavoro',
    'bedrijf', 'werkgever', 'organisatie', 'bedrijfsnaam',
    'empregador', 'companhia',
    'virksomhed', 'arbejdsgiver', 'virksomhed/organisation', 'bedrift', 'arbeidsgiver', 'selskap', 'företag', 'arbetsgivare',
    'pracodawca', 'nazwa firmy',
    '公司名称', '企业名称', '会社名', '企業名', '회사명', '기업명',
    'společnost', 'zaměstnavatel', 'spoločnosť', 'zamestnávateľ', 'työnantaja', 'yritys',
    'cég', 'cégnév', 'munkáltató', 'εταιρεία', 'εργοδότης', 'companie', 'compania', 'angajator', 'şirket', 'şirket adı', 'işveren', 'poslodavac', 'tvrtka',
    'kompanija', 'delodajalec', 'ชื่อบริษัท', 'اسم الشركة', 'שם החברה',
    // Welsh and Irish.
    'cyflogwr', 'fostóir',
    // Russian, Ukrainian and Bulgarian; Lithuanian, Latvian, Estonian; Vietnamese and Turkish's other words.
    'работодател', 'работодатель', 'роботодавець', 'компания', 'компанія', 'фирма', 'организация', 'darbdavys', 'įmonė', 'darba devējs', 'uzņēmums',
    'tööandja', 'ettevõte', 'công ty', 'tên công ty', 'nhà tuyển dụng', 'firma adı',
    // Basque; Afrikaans.
    'enpresa', 'enplegatzailea', 'maatskappy', 'werkgewer', 'firma naam',
  ],
  location: [
    '(?:job |work |office |primary |main |other |additional )?locations?', 'county', 'province', 'place of work', 'place of employment', 'place of assignment', 'work place', 'posting location', 'job posting location', 'workplace', 'city', 'town', 'based in', 'office', 'region', 'where',
    'duty station', 'work ?site', 'job site', 'campus', 'lleoliad', 'láthair', 'ionad oibre',
    'standort', 'arbeitsort', 'einsatzort', 'dienstort', 'ort', 'arbeitsplatz',
    'lieu', 'lieu de travail', 'localisation', 'ville', 'région', 'región', 'regione', 'região', 'lieu de la mission', "lieu d['’]affectation", 'affectation',
    'ubicación', 'ubicacion', 'lugar', 'lugar de trabajo', 'localidad', 'ciudad', 'centro de trabajo', 'lugar de prestación', 'población', 'poblacion', 'municipio', 'comune',
    'zona', 'sede', 'sede di lavoro', 'luogo di lavoro', 'località', 'città',
    'locatie', 'standplaats', 'werklocatie', 'plaats', 'werkplek', 'vestiging',
    'localização', 'local', 'local de trabalho', 'cidade',
    'arbejdssted', 'lokation', 'sted', 'arbeidssted', 'lokasjon', 'arbetsort', 'placering', 'plats', 'ort',
    'lokalizacja', 'miejsce pracy', 'miejsce', 'miejsce wykonywania pracy', 'miasto',
    '工作地点', '工作地點', '上班地點', '工作地區', '上班地点', '勤務地', '勤務地域', '근무지', '근무지역',
    'místo pracoviště', 'pracoviště', 'místo výkonu práce', 'miesto výkonu práce', 'lokalita', 'sijainti', 'työpaikan sijainti', 'paikkakunta', 'työskentelypaikka',
    'munkavégzés helye', 'helyszín', 'település', 'τοποθεσία', 'περιοχή', 'τόπος εργασίας', 'oraș', 'oras', 'localitate', 'locație', 'locatie', 'locul de muncă',
    'konum', 'şehir', 'şəhər', 'iş yeri', 'İl', '[iİ]lçe', 'tỉnh', 'thành phố', 'địa điểm làm việc', 'nơi làm việc', 'lokasyon', 'çalışma yeri', 'mjesto rada', 'mesto rada', 'lokacija', 'grad', 'kraj dela',
    'место работы', 'где', 'город', 'град', 'населено място', 'darbo vieta', 'miestas', 'darba vieta', 'töökoht', 'asukoht', 'місце роботи', 'де', 'місто', 'სამუშაო ადგილი', 'მდებარეობა', 'מיקום', 'מקום עבודה',
    'الموقع', 'مكان العمل', 'địa điểm', 'nơi làm việc', 'lokasi', 'penempatan',
    // Russian and Kazakh regions and addresses, Mongolian, Persian, Armenian and Maltese.
    'регион', 'адрес места работы', 'населенный пункт', 'облыс', 'аймақ', 'байршил', 'аймаг', 'موقعیت مکانی', 'محل کار', 'شهر', 'استان', 'վայր', 'lokalità',
    'สถานที่ปฏิบัติงาน', 'สถานที่ทำงาน', 'المدينة', 'עיר', 'אזור',
    // Basque, Catalan and Galician.
    'lantokia', 'herria', 'udalerria', 'població', 'municipi', 'localitat', 'ubicació', 'localidade', 'concello',
    // Afrikaans.
    'dorp', 'stad', 'ligging', 'plek', 'werkplek', 'provinsie', 'streek',
  ],
  postedBy: ['recruiter', 'recruiting agency', 'recruitment agency', 'recruitment consultancy', 'agency', 'employment business', 'employment agency', 'staffing firm', 'staffing agency', 'advertiser', 'advertised by', 'listed by', 'posted by', 'personalvermittlung', 'cabinet', 'agencia', 'agenzia', 'bureau', 'rekrutteringsbureau'],
} as const;

/**
 * Labels of other facts a posting lists next to those ("Contract type: CDI", "Salary: …").
 * Not read, but they end a value: "Acme Corp Location: New York" is the company "Acme Corp".
 */
const OTHER_LABELS = [
  'salary', 'monthly salary', 'annual salary', 'salary range', 'pay', 'pay range', 'pay rate', 'hourly rate', 'compensation', 'job type', 'employment type', 'contract type', 'contract', 'type', 'category', 'job category', 'industry',
  'department', 'date posted', 'posted', 'posted on', 'closing date', 'deadline', 'start date', 'reference', 'ref', 'job id', 'hours', 'schedule',
  'experience', 'education', 'remote', 'work mode', 'travel', 'apply by', 'published', 'published on', 'level', 'seniority',
  'gehalt', 'vertragsart', 'anstellungsart', 'beschäftigungsart', 'arbeitszeit', 'branche', 'abteilung', 'eintrittsdatum', 'kategorie',
  'salaire', 'type de contrat', 'contrat', 'catégorie', 'date de publication', 'télétravail', 'rémunération', 'expérience', 'secteur',
  'salario', 'tipo de contrato', 'jornada', 'categoría', 'fecha de publicación', 'retribuzione', 'tipo di contratto', 'stipendio',
  'salaris', 'dienstverband', 'uren', 'contracttype', 'salário', 'tipo de contrato', 'regime',
  'løn', 'ansættelsesform', 'ansøgningsfrist', 'lønn', 'ansettelsesform', 'søknadsfrist', 'lön', 'anställningsform', 'sista ansökningsdag',
  'wynagrodzenie', 'rodzaj umowy', 'wymiar etatu',
];

const escapeLabel = (label: string) => label.replace(/\s+/g, '\\s+');

/** Labels of one field, alone or several joined by slashes ("Organisation/Company", "City / Town"). */
function labelPattern(labels: readonly string[]): RegExp {
  const one = `(?:${labels.map(escapeLabel).join('|')})`;
  return new RegExp(`^${one}(?:\\s*/\\s*${one})*$`, 'iu');
}

export const LABEL_PATTERNS = {
  title: labelPattern(FIELD_LABELS.title),
  company: labelPattern(FIELD_LABELS.company),
  location: labelPattern(FIELD_LABELS.location),
  postedBy: labelPattern(FIELD_LABELS.postedBy),
};

const ALL_LABELS = [...new Set([...Object.values(FIELD_LABELS).flat(), ...OTHER_LABELS])].sort((a, b) => b.length - a.length);

/** A label may carry a qualifier before its colon: "Télétravail (2 days a week max):". */
const QUALIFIER = '(?:\\s*\\([^)]{1,40}\\))?';

/**
 * Any known label with its colon, where a value runs on into the next field. It must start
 * with a capital (in scripts that have them): a label run on from the next element is written
 * as labels are ("Acme Corp Location: New York"), where a lower-case word before a colon is
 * part of the value's own phrase ("PhD position: Biofilm ecology of rivers").
 */
const NEXT_LABEL = new RegExp(`(?:^|\\s|[|·•])(?:${ALL_LABELS.map(escapeLabel).join('|')})${QUALIFIER}\\s*:`, 'giu');
/** A known label with its colon at the start of a value ("Lieu de travail: Lyon"). */
const LEADING_LABEL = new RegExp(`^(?:${ALL_LABELS.map(escapeLabel).join('|')})${QUALIFIER}\\s*[:：]\\s*`, 'iu');

/**
 * Every label ends in a colon. Most texts have none, and testing for one first spares them the
 * label patterns, whose first run in a page (compiling them) costs milliseconds.
 */
function hasColon(text: string): boolean {
  return text.includes(':') || text.includes('：');
}

/** How many known labels with their colons a text holds ("Location: Perth Work type: Full Time" holds two). */
export function labelCount(text: string): number {
  if (!hasColon(text)) return 0;
  return [...text.matchAll(ANY_LABEL)].length;
}

/** A line that is a known label and its value ("Type de contrat: CDI", "Salary: £30,000"). */
export function isLabelledFact(line: string): boolean {
  return line.length <= 120 && hasColon(line) && LEADING_LABEL.test(line) && !/[.!?]\s+\p{Lu}/u.test(line);
}

/**
 * "Now hiring: Barista", "Job opening – Finance Manager", "Cercasi barista": the announcement
 * before the role (see withoutPageType).
 */
const HIRING_PREFIX =
  /^(?:(?:now hiring|we(?:['’]re| are) hiring|hiring|job opening|job opportunity|open position|career opportunity|wir suchen|on recrute|vi søger|vi söker|vi søker|vacancy notice|recruitment|stellenausschreibung|avis de recrutement|avis de vacance(?: de poste)?|nabór na (?:wolne )?stanowisko(?: urzędnicze| pracy)?|wanted|gesucht|gezocht|вакансия|вакансія)\s*[:–—-]\s*|\[(?:hiring|job|jobs|remote|contract|paid|offre|emploi|recrutement|oferta|empleo|vaga|stelle|angebot|vacature|annonce)\]\s*|[[【](?:채용|모집|구인|募集|急募|求人|採用|招聘)[\]】]\s*|(?:vaga|vagas|vacante|vacancy|offre d['’]emploi) (?:para|de|for|pour)\s+(?=\p{Lu})|(?:cercasi|se busca|se necesita|se solicita|precisa-se|procura-se|требуется|требуются|нужен|нужна|нужны|ищем|шукаємо|потрібен|потрібна|потрібні|zatrudnimy|poszukujemy)(?:\s*[:–—-]\s*|\s+(?=\p{L}))|(?:offre d['’]emploi|offre|job(?: details?| description| listing| posting)?|vacancy(?: details?)?|position|vacature|stellenangebot|stellenanzeige|oferta(?: de empleo)?|offerta(?: di lavoro)?|ledig stilling|stilling|jobbannons|oferta pracy)\s*:\s*)/iu;

/**
 * "Bench joiner wanted - Ludlow", "Koch gesucht!", "Kok gezocht in Zwolle": the announcement
 * after the role, with the place or the shop it may go on to name.
 */
const WANTED_SUFFIX = /\s+(?:wanted|needed|required|gesucht|gezocht)\b(?:\s+(?:asap|urgently|immediately|now|urgent|dringend|sofort))?[!.]*(?:\s*[-–—|,:]\s+.*|\s+(?:in|at|for|im|bei|bij|voor)\s+.*)?$/iu;
/** What is left of "Help wanted", "Staff needed": no role. */
const NO_ROLE = /^(?:help|staff|people|workers?|volunteers?|hilfe|personal|mensen)$/iu;

/** "Addetto contabilità - offerta di lavoro", "Comptable - offre d'emploi": the page type after the role. */
const PAGE_TYPE_SUFFIX = /\s+[–—-]\s+(?:job offer|job ad|job posting|offerta di lavoro|offre d['’]emploi|stellenangebot|stellenanzeige|oferta de (?:empleo|trabajo)|vacature|jobannonce|stillingsannonse|platsannons|oferta pracy)$/iu;

/**
 * "家具職人見習いを1名募集します（岐阜・高山）", "프론트엔드 개발자 모집": Japanese and Korean
 * headlines say "(we) recruit" after the role, and may add the place in brackets.
 */
const CJK_HIRING_SUFFIX = /(?:を(?:\s*\d+\s*名)?\s*(?:急募|募集)(?:します|しています|中)?|\s+(?:채용|모집)(?:합니다)?)\s*(?:[（(][^（）()]{1,30}[）)])?\s*[!！。]?$/u;

/**
 * "Landscape Crew Leader - $22-26/hr DOE", "Barista (£12.50 an hour)", "Data Analyst | €55k":
 * the pay after the role, which a board adds to the title, is not the role.
 */
const AMOUNT = String.raw`[$£€¥₹]\s?\d[\d.,]*\s*[kK]?`;
const PAY = String.raw`(?:(?:up to|from|ab|bis|jusqu['’]à|hasta)\s+)?${AMOUNT}(?:\s*[-–]\s*(?:${AMOUNT}|\d[\d.,]*\s*[kK]?))?(?:\s*(?:\/\s*|per\s+|an?\s+)(?:hr|hour|h|yr|year|annum|month|mo|wk|week|day|shift))?(?:\s+(?:DOE|DOQ|OTE|negotiable|pro rata|\+\s*benefits))?`;
// (Chinese boards put the monthly range in thousands after the role, and the months paid a year: "25-40k·14薪".)
const PAY_SUFFIX = new RegExp(String.raw`(?:\s+[-–—|·]\s+${PAY}|\s*\(\s*${PAY}\s*\)|\s+\d[\d.]*\s*[-–~]\s*\d[\d.]*\s*[kK千万](?:\s*[·・]\s*\d{2}薪)?)\s*$`, 'iu');
/**
 * "Skladník (i bez praxe)", "Koch (auch Quereinsteiger)", "Cashier (no experience needed)":
 * who may apply, after the role, is not part of its name.
 */
const WHO_MAY_APPLY = /\s*\((?:(?:i|též|také|aj|auch|also|même|incluso|anche|ook|też|ook voor)\s+)?(?:bez praxe|bez skúseností|bez doświadczenia|quereinsteiger(?:\/innen|innen)?|berufseinsteiger(?:\/innen|innen)?|sin experiencia|sem experiência|senza esperienza|zonder ervaring|no experience(?: needed| required| necessary)?|without experience|débutants?(?: acceptés?)?|graduates? welcome|absolvent(?:i|ky|s)?)\)\s*$/iu;

/**
 * "- 7/7 Roster", "- 2/1 rotation": a roster pattern after the role is a term of the job, not
 * its name. (A contract's length, "- 6 Month Contract", is how boards and people name the
 * role, as "- Part Time" is; see withoutPageType.)
 */
const TERM_SUFFIX = /\s+[-–—|]\s+\d+\s*\/\s*\d+\s+(?:roster|rotation|swing)\s*$/iu;

/** "- REF HBE/GRAD/27", "(Ref: 4471)", "Job ID: R-10482", "Req #5521": the board's reference after the role (a code with a digit: "Analyst, Reference Data" keeps its words). */
const REFERENCE_SUFFIX = /\s*(?:[–—|-]\s*|\(\s*|\[\s*)?\b(?:ref(?:erence)?|job ?(?:id|no\.?|number|code)|req(?:uisition)?(?: id)?|vacancy (?:id|no\.?)|posting (?:id|no\.?)|kennziffer|réf(?:érence)?)\b\.?\s*(?:[:#]|no\.?)?\s*(?=[A-Z/_.-]*\d)[A-Z0-9][A-Z0-9/_.-]*[)\]]?$/iu;

/** "社内SE（インフラ担当）◆年間休日125日／リモート可": a decorative mark after the role opens a catch line about the job. */
const CATCH_LINE = /(?<=\S{2})\s*[◆◇★☆■□●]\s*.*$/u;

/** "URGENT: …", "… ด่วน!", "… (急募)": a board's urgency badge before or after the role, not the role. */
const URGENT_WORD = '(?:urgent|dringend|urgente|pilne|срочно|терміново|ด่วน|急募|急聘|긴급|عاجل|דחוף)';
// (Anchored at a space before the badge, not "\s*" on both sides: a long run of spaces would make that cost a power of its length.)
/** "【急徵】門市儲備幹部": a Chinese board's badge before the role, "urgently hiring" or "hiring". */
const HIRING_BADGE = /^\s*[【\[［]\s*(?:急徵|急征|急聘|急募|誠徵|诚聘|徵才|招聘|熱招|热招)\s*[】\]］]\s*/u;
const URGENT_MARK = new RegExp(String.raw`^\s*${URGENT_WORD}\s*[!！:：–—-]+\s*|(?:^|(?<=\s))[-–—|(（]?\s?${URGENT_WORD}[!！]*[)）]?\s*$|${HIRING_BADGE.source}`, 'iu');
/** "門市儲備幹部－台中西屯店": a Chinese board's branch after the role, a store (店) or a branch office (分公司). */
const BRANCH_SUFFIX = /\s*[－—–-]\s*\p{Script=Han}{1,12}(?:店|分店|分公司|門市|门市)$/u;
/** "Mühasib vakansiyası", "Accountant vacancy": one role's vacancy named after it. */
const VACANCY_SUFFIX = /\s+(?:vacancy|vakansiyası|vakansiya|вакансия|вакансія|вакансија)$/iu;
const NOT_A_ROLE = /^(?:current|latest|new|open|job|jobs|this|our|the|a|an)$/iu;

/** "Field Sales Representatives (3 Vacancies)", "Cuisinier (2 postes)": how many are hired is not the role's name. */
const VACANCY_COUNT = /\s*[(\[]\s*\d{1,3}\s+(?:vacanc(?:y|ies)|positions?|posts?|openings?|places?|postes?|plazas?|vagas?|posti|stellen|plaatsen|miejsc[ae]?)\s*[)\]]\s*$/iu;

/** "join our lab team as a Research Technician": a news headline's invitation names the role at its end. */
const JOIN_AS = /^(?:come )?join (?:us|our|the)\b.{0,40}?\bas (?:an?|our|the) (?=\p{Lu})/iu;

/**
 * "Nous recrutons un·e animateur·rice périscolaire", "We're hiring a Bike Mechanic", "Le centre
 * social recrute un(e) animateur(trice) jeunesse": a headline
 * that is a sentence about hiring names the role after its article; only taken when what
 * follows reads as a role ("Wir suchen Verstärkung" keeps its words).
 */
const HIRING_HEADLINE =
  /^(?:we(?:['’]re| are) (?:hiring|looking for|recruiting)|\p{Lu}[\p{L}'’.&-]*(?:\s+[\p{L}'’.&-]+){0,6}?\s+(?:is (?:hiring|looking for|recruiting)|recrute|recherche|sucht|busca|cerca|zoekt|söker|søger|søker|poszukuje)|nous recrutons|nous recherchons|on recrute|wir suchen|wij zoeken|we zoeken|vi söker|vi søger|vi søker|buscamos|estamos contratando|cerchiamo|procuramos|szukamy|hledáme)\s+(?:(?:un·e|un\(e\)|une?|a|an|eine?n?|een|uno?|una|en|ett|our|unsere?n?)\s+)?(?:(?:new|first|next|experienced|neue[nr]?)\s+)?(?=\p{L})/iu;

/**
 * Whether a heading announces a vacancy ("Now hiring: Barista", "ВАКАНСИЯ: нужен пекарь",
 * "Bench joiner wanted", "We're hiring a Bike Mechanic", "…を募集します"): a page headed so is
 * offering a job, as a page with labelled job facts is.
 */
export function announcesHiring(heading: string): boolean {
  const text = heading.trim();
  const before = (suffix: RegExp) => text.replace(suffix, '').trim();
  return (
    HIRING_PREFIX.test(text) || NOTICE_PREFIX.test(text) || HIRING_HEADLINE.test(text) || CJK_HIRING_SUFFIX.test(text) || (HIRING_BADGE.test(text) && before(HIRING_BADGE).length >= 2) ||
    (WANTED_SUFFIX.test(text) && !NO_ROLE.test(before(WANTED_SUFFIX))) ||
    (VACANCY_SUFFIX.test(text) && before(VACANCY_SUFFIX).length >= 3 && !NOT_A_ROLE.test(before(VACANCY_SUFFIX)))
  );
}

/** The role without the announcement before it or the page type, reference or catch line after it. */
/**
 * "Urgent Requirement of Sales Executive for Agro Implements Company in Ludhiana": an Indian
 * board's headline, the role between "requirement of" and the employer or place it is for.
 */
const REQUIREMENT_HEADLINE = /^(?:urgent(?:ly)?\s+)?(?:requirement|opening|vacancy)\s+(?:of|for)\s+(?:an?\s+)?(.+?)(?:\s+(?:for|in|at)\s+\p{Lu}.*)?$/iu;

/**
 * "Nafasi za Kazi Mshikamano Microfinance: Afisa Mikopo", "Vacancy at Harbour Trust: Boat
 * Builder": a newspaper's headline names the vacancy and the employer before the role.
 */
const VACANCY_AT_HEADLINE = /^(?:nafasi (?:za|ya) kazi|job vacanc(?:y|ies)|vacanc(?:y|ies)|job opening|employment opportunit(?:y|ies))(?:\s+(?:at|in|with))?\s+[^:]{2,60}:\s+(?=\p{L})/iu;

/**
 * "Fwd: [OSGeo-Discuss] [Stellenangebot] …": a mail's subject as a list's archive shows it,
 * the forwarding and reply marks and the list's tags (a word in square brackets) before it.
 */
export const REPLY_MARK = String.raw`(?:re|fwd?|aw|wg|tr|rv|enc|vs|sv|antw)\s*:\s*`;
const SUBJECT_MARKS = new RegExp(String.raw`^\s*(?:${REPLY_MARK})*(?:\[[^\]\s]{1,30}\]\s*)+|^\s*(?:${REPLY_MARK})+`, 'iu');

/**
 * "Výberové konanie – referent/ka stavebného úradu", "מכרז פנימי/חיצוני מס' 12/2019 – מנהל/ת …",
 * "Competition No. 2024-117 - Clerk": a public body's notice of a selection, and its number,
 * before the role it is held for.
 */
const NOTICE_PREFIX =
  /^(?:výberové konanie|výběrové řízení|konkurs|concurso(?: público)?|convocatoria|natječaj|pályázat|concours|avviso di selezione|bando|ausschreibung|vacancy notice|job announcement|competition|מכרז(?: (?:פנימי|חיצוני)(?:\/(?:פנימי|חיצוני))?)?|مسابقة|إعلان)(?:\s*(?:no\.?|nr\.?|č\.|n[º°o]\.?|מס['׳]?|№|#)\s*[\w/.-]+)?\s+[–—-]\s+(?=\p{L})/iu;

export function withoutPageType(title: string): string {
  const unmarked = title.replace(SUBJECT_MARKS, '').replace(NOTICE_PREFIX, '');
  if (unmarked.trim().length >= 2) title = finish(unmarked, title);
  const vacancyAt = VACANCY_AT_HEADLINE.exec(title.trim());
  if (vacancyAt && looksLikeJobTitle(title.trim().slice(vacancyAt[0].length))) title = title.trim().slice(vacancyAt[0].length);
  const required = REQUIREMENT_HEADLINE.exec(title.trim())?.[1];
  if (required && looksLikeJobTitle(required)) title = required;
  const headline = HIRING_HEADLINE.exec(title);
  // The role ends where a clause about the person begins ("… designer die van puzzels houdt").
  // ("un educatore o un'educatrice": the article of the role's second form goes too.)
  const role = headline ? title.slice(headline[0].length).replace(/[!.]+$/, '').split(/\s+(?:who|that|which|die|dat|qui|que|che|som)\s+/u)[0]!.replace(/\s(o|ou|or|oder|y|e)\s+(?:un['’]|una\s+|uno\s+|un\s+|une\s+|an?\s+|eine?n?\s+)/iu, ' $1 ') : null;
  if (role && role.length >= 3 && looksLikeJobTitle(role)) title = role.charAt(0).toUpperCase() + role.slice(1);
  // Two announcements may come one after the other ("ВАКАНСИЯ: нужен пекарь").
  const unannounced = title.replace(HIRING_PREFIX, '').replace(HIRING_PREFIX, '');
  const wanted = unannounced.replace(WANTED_SUFFIX, '');
  const rest = (NO_ROLE.test(wanted.trim()) ? unannounced : wanted).replace(JOIN_AS, '').replace(PAGE_TYPE_SUFFIX, '').replace(CJK_HIRING_SUFFIX, '').replace(PAY_SUFFIX, '').replace(TERM_SUFFIX, '').replace(WHO_MAY_APPLY, '').replace(REFERENCE_SUFFIX, '').replace(CATCH_LINE, '').replace(URGENT_MARK, '').replace(VACANCY_COUNT, '').replace(VACANCY_SUFFIX, '').replace(BRANCH_SUFFIX, '').trim();
  if (rest.length < 2) return title;
  // "Ouvrier arboricole - CDI - Vernassac (24)": after the role, a part that is only the kind of
  // contract and the short facts after it (the place) are facts of the job, not its name. (A
  // kind of contract alone after the role, "Crew Member - Part Time", is how boards name it.)
  const separators = [...rest.matchAll(/\s+[-–—|]\s+/g)];
  const starts = [0, ...separators.map((m) => m.index + m[0].length)];
  const parts = starts.map((start, i) => rest.slice(start, separators[i]?.index ?? rest.length).trim());
  const contract = parts.findIndex((part, i) => i > 0 && i < parts.length - 1 && EMPLOYMENT_TYPE.test(part));
  if (contract > 0 && parts.slice(contract + 1).every((part) => part.split(/\s+/).length <= 4)) {
    const role = rest.slice(0, separators[contract - 1]!.index).trim();
    if (role.length >= 3) return finish(role, title);
  }
  return finish(rest, title);
}

function finish(rest: string, title: string): string {
  // "Cercasi barista": the role opened the heading's sentence, so it takes its capital.
  return rest !== title && /^\p{Lu}/u.test(title) && /^\p{Ll}/u.test(rest) ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
}

/**
 * A value as the page wrote it, without a label left at its start and cut where the next
 * label begins: "Lieu de travail: Lyon" is "Lyon"; "Acme Corp Location: New York" is "Acme Corp".
 */
export function stripLabels(value: string): string {
  let text = value.trim();
  if (hasColon(text)) {
    for (let i = 0; i < 2 && LEADING_LABEL.test(text); i++) text = text.replace(LEADING_LABEL, '');
    for (const next of text.matchAll(NEXT_LABEL)) {
      if (next.index === 0 || /^[\s|·•]*\p{Ll}/u.test(next[0])) continue;
      text = text.slice(0, next.index);
      break;
    }
  }
  return text.replace(/[\s,;|·•–-]+$/u, '').trim();
}

// After a slash too: the last of two labels joined as one ("Tỉnh/Thành phố:", "Province/City:").
const ANY_LABEL = new RegExp(`(?:^|(?<=[\\s|·•/]))(${ALL_LABELS.map(escapeLabel).join('|')})${QUALIFIER}\\s*[:：]\\s*`, 'giu');

/**
 * The value of one field in text that may hold several labelled facts ("Job Category: DevOps
 * Type de contrat: CDI Lieu de travail: Fribourg" has the place "Fribourg"). Null when the
 * text is labelled as another field only; the text without labels when it has none.
 */
export function labelledValue(text: string, name: keyof typeof LABEL_PATTERNS): string | null {
  const labels = hasColon(text) ? [...text.matchAll(ANY_LABEL)] : [];
  if (labels.length === 0) return stripLabels(text);
  const own = labels.find((m) => LABEL_PATTERNS[name].test(m[1]!.trim()));
  if (own) return stripLabels(text.slice(own.index));
  return labels[0]!.index === 0 ? null : stripLabels(text);
}

/** Every field label with its colon in the text, and the text after it up to the next label. */
const REFERENCE_BEFORE = /(?:^|\s)(?:r[ée]f(?:[ée]rence)?|n[°º]|no|id|code|num[ée]ro|number|nummer)\.?\s*$/iu;

const PHRASE_BEFORE = /(?:^|\s)(?:de|du|des|of|the|for|la|le|les|der|die|das|di|del|della|van|voor|af|til|för)\s*$/iu;

export function labelledValues(text: string): { name: keyof typeof LABEL_PATTERNS; value: string }[] {
  if (!hasColon(text)) return [];
  const out: { name: keyof typeof LABEL_PATTERNS; value: string }[] = [];
  for (const m of text.matchAll(ANY_LABEL)) {
    // "Ref. Société: CDG-2611", "Company ID:": the label names a reference, not the field.
    if (REFERENCE_BEFORE.test(text.slice(0, m.index))) continue;
    // "Prise de poste : janvier", "Date of position:": a label word ending a longer phrase is not the label.
    if (PHRASE_BEFORE.test(text.slice(0, m.index))) continue;
    const label = m[1]!.trim();
    const name = (Object.keys(LABEL_PATTERNS) as (keyof typeof LABEL_PATTERNS)[]).find((n) => LABEL_PATTERNS[n].test(label));
    if (name && !out.some((o) => o.name === name)) out.push({ name, value: stripLabels(text.slice(m.index + m[0].length)) });
  }
  return out;
}

/** Text of map and location widgets that pages glue onto the place ("… Loading Map...", "… Map job", "… (Map)", "… 지도보기"). */
export const WIDGET_TEXT =
  /\s*(?:loading map\.*|(?:show|view|see|open)(?: (?:on|in))? (?:the )?map|map (?:job|view|it)|get directions|directions|karte (?:anzeigen|laden)|auf der karte|voir (?:sur )?la carte|ver (?:en el )?mapa|vis kort|visa karta|vis på kart|bekijk op kaart|pokaż na mapie|ver no mapa|vedi (?:sulla )?mappa|(?:показать )?на карте|на мапі|عرض على الخريطة|ดูแผนที่|지도\s?보기|地図を見る|地図|查看地图|地图|[(\[](?:map|karte|carte|mapa|mappa|kaart|kort|karta|карта|мапа|지도|地図|地图)[)\]]|(?<=\s)map)\s*\.*\s*$/iu;

/** Kinds of employment, which a facts line puts beside the place ("Internship, Copenhagen"). */
export const EMPLOYMENT_TYPE = new RegExp(
  `^(?:${[
    'full[- ]?time', 'part[- ]?time', 'permanent', 'temporary', 'contract(?:or)?', 'freelance', 'internship', 'intern', 'apprenticeship', 'trainee(?:ship)?',
    'student(?: job| assistant)?', 'graduate', 'volunteer', 'seasonal', 'fixed[- ]term', 'casual', 'remote', 'hybrid', 'on[- ]?site', 'in[- ]office',
    'vollzeit', 'teilzeit', 'festanstellung', 'befristet', 'unbefristet', 'praktikum', 'werkstudent(?:in)?', 'ausbildung', 'minijob',
    'cdi', 'cdd', 'stage', 'alternance', 'intérim', 'temps plein', 'temps partiel', 'indépendant',
    'jornada completa', 'tiempo completo', 'media jornada', 'prácticas', 'indefinido', 'tempo pieno', 'tempo indeterminato', 'tirocinio',
    'voltijd', 'deeltijd', 'vast', 'stagiair(?:e)?', 'tijdelijk', 'tempo integral', 'meio período', 'estágio', 'efetivo',
    'fuldtid', 'deltid', 'praktik(?:plads)?', 'studiejob', 'fast(?: stilling| ansættelse)?', 'heltid', 'deltid', 'fast ansatt', 'sommerjobb', 'heltid', 'tillsvidare', 'visstid',
    'pełny etat', 'pełen etat', 'część etatu', 'umowa o pracę', 'staż', 'praktyki', 'b2b',
    'полный день', 'полная занятость', 'частичная занятость', 'удал[её]нно', 'удал[её]нная работа', 'гибкий график', 'сменный график', 'стажировка',
    'повна зайнятість', 'часткова зайнятість', 'віддалено', 'plný úvazek', 'zkrácený úvazek', 'hlavní pracovní poměr', 'teljes munkaidő', 'részmunkaidő',
    'norm[ăa] [îi]ntreag[ăa]', 'tam zamanlı', 'yarı zamanlı', 'πλήρης απασχόληση', 'μερική απασχόληση',
    // Where the work is done, in the languages above: a facts line's neighbour of the place.
    'h[íi]brido', 'remoto', 'presencial', 'hybride', 'télétravail', 'présentiel', 'ibrido', 'da remoto', 'in sede', 'hybridt', 'thuiswerken',
    'zdalnie', 'hybrydowo', 'stacjonarnie', 'gibrid', 'гибрид', 'офис',
    // Brazilian contracts and levels: "CLT", "PJ", "Pleno".
    'clt', 'pj', 'júnior', 'junior', 'pleno', 's[êe]nior',
  ].join('|')})$`,
  'iu',
);
