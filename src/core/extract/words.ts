/**
 * The words the generic rules recognise, in one place and in the languages postings are read
 * in here: English, German, French, Spanish, Italian, Dutch, Portuguese, Danish, Swedish,
 * Norwegian and Polish. Each list is a rule that can be said without naming a site: "a label
 * that names the place of work", "a heading that names a page section, not a job".
 *
 * Patterns that end in a letter class use lookarounds on \p{L} rather than \b, because \b
 * knows only ASCII letters ("Développeur", "Arbeitsstätte").
 */

/** Labels of the fields the generic rules read, as the label text alone ("Location", "Lieu de travail"). */
export const FIELD_LABELS = {
  title: [
    'job title', 'position title', 'title of (?:the )?position', 'position', 'vacancy', 'role', 'job', 'job name', 'post',
    'stellenbezeichnung', 'stellentitel', 'position', 'jobtitel',
    'intitulé du poste', 'titre du poste', 'poste', 'intitulé',
    'puesto', 'título del puesto', 'cargo', 'vacante',
    'posizione', 'titolo', 'ruolo',
    'functie', 'functietitel', 'vacaturetitel',
    'função', 'título da vaga', 'vaga',
    'stilling', 'stillingsbetegnelse', 'stillingstittel', 'stillingstitel', 'jobtitel', 'tjänst', 'befattning', 'titel', 'tittel',
    'stanowisko', 'nazwa stanowiska',
  ],
  company: [
    'company', 'company name', 'employer', 'hiring company', 'hiring organi[sz]ation', 'organi[sz]ation', 'business name', 'client', 'institution', 'institute',
    '(?:school )?district', 'school',
    'unternehmen', 'arbeitgeber', 'firma', 'firmenname',
    'entreprise', 'société', 'societe', 'employeur', 'organisme',
    'empresa', 'empleador', 'compañía',
    'azienda', 'società', 'datore di lavoro',
    'bedrijf', 'werkgever', 'organisatie', 'bedrijfsnaam',
    'empregador', 'companhia',
    'virksomhed', 'arbejdsgiver', 'virksomhed/organisation', 'bedrift', 'arbeidsgiver', 'selskap', 'företag', 'arbetsgivare',
    'pracodawca', 'nazwa firmy',
  ],
  location: [
    '(?:job |work |office |primary |main |other |additional )?locations?', 'place of work', 'work place', 'workplace', 'city', 'town', 'based in', 'office', 'region',
    'duty station', 'work ?site', 'job site', 'campus',
    'standort', 'arbeitsort', 'einsatzort', 'dienstort', 'ort', 'arbeitsplatz',
    'lieu', 'lieu de travail', 'localisation', 'ville', 'lieu de la mission', "lieu d['’]affectation", 'affectation',
    'ubicación', 'ubicacion', 'lugar', 'lugar de trabajo', 'localidad', 'ciudad', 'centro de trabajo', 'lugar de prestación',
    'sede', 'sede di lavoro', 'luogo di lavoro', 'località', 'città',
    'locatie', 'standplaats', 'werklocatie', 'plaats', 'werkplek', 'vestiging',
    'localização', 'local', 'local de trabalho', 'cidade',
    'arbejdssted', 'lokation', 'sted', 'arbeidssted', 'lokasjon', 'arbetsort', 'placering', 'plats', 'ort',
    'lokalizacja', 'miejsce pracy', 'miasto',
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

/** Any known label with its colon, where a value runs on into the next field. */
const NEXT_LABEL = new RegExp(`(?:^|\\s|[|·•])(?:${ALL_LABELS.map(escapeLabel).join('|')})${QUALIFIER}\\s*:`, 'iu');
/** A known label with its colon at the start of a value ("Lieu de travail: Lyon"). */
const LEADING_LABEL = new RegExp(`^(?:${ALL_LABELS.map(escapeLabel).join('|')})${QUALIFIER}\\s*[:：]\\s*`, 'iu');

/** A line that is a known label and its value ("Type de contrat: CDI", "Salary: £30,000"). */
export function isLabelledFact(line: string): boolean {
  return line.length <= 120 && LEADING_LABEL.test(line) && !/[.!?]\s+\p{Lu}/u.test(line);
}

/**
 * A value as the page wrote it, without a label left at its start and cut where the next
 * label begins: "Lieu de travail: Lyon" is "Lyon"; "Acme Corp Location: New York" is "Acme Corp".
 */
/** "Now hiring: Barista", "Job opening – Finance Manager": the announcement before the role (see withoutPageType). */
const HIRING_PREFIX =
  /^(?:(?:now hiring|we(?:['’]re| are) hiring|hiring|job opening|job opportunity|open position|career opportunity|wir suchen|on recrute|se busca|vi søger|vi söker|vi søker)\s*[:–—-]\s*|\[(?:hiring|job|jobs|remote|contract|paid)\]\s*)/iu;

/** "Addetto contabilità - offerta di lavoro", "Comptable - offre d'emploi": the page type after the role. */
const PAGE_TYPE_SUFFIX = /\s+[–—-]\s+(?:job offer|job ad|job posting|offerta di lavoro|offre d['’]emploi|stellenangebot|stellenanzeige|oferta de (?:empleo|trabajo)|vacature|jobannonce|stillingsannonse|platsannons|oferta pracy)$/iu;

/** The role without the announcement before it or the page type after it. */
export function withoutPageType(title: string): string {
  const rest = title.replace(HIRING_PREFIX, '').replace(PAGE_TYPE_SUFFIX, '');
  return rest.length >= 3 ? rest : title;
}

export function stripLabels(value: string): string {
  let text = value.trim();
  for (let i = 0; i < 2 && LEADING_LABEL.test(text); i++) text = text.replace(LEADING_LABEL, '');
  const next = NEXT_LABEL.exec(text);
  if (next && next.index > 0) text = text.slice(0, next.index);
  return text.replace(/[\s,;|·•–-]+$/u, '').trim();
}

const ANY_LABEL = new RegExp(`(?:^|(?<=[\\s|·•]))(${ALL_LABELS.map(escapeLabel).join('|')})${QUALIFIER}\\s*[:：]\\s*`, 'giu');

/**
 * The value of one field in text that may hold several labelled facts ("Job Category: DevOps
 * Type de contrat: CDI Lieu de travail: Fribourg" has the place "Fribourg"). Null when the
 * text is labelled as another field only; the text without labels when it has none.
 */
export function labelledValue(text: string, name: keyof typeof LABEL_PATTERNS): string | null {
  const labels = [...text.matchAll(ANY_LABEL)];
  if (labels.length === 0) return stripLabels(text);
  const own = labels.find((m) => LABEL_PATTERNS[name].test(m[1]!.trim()));
  if (own) return stripLabels(text.slice(own.index));
  return labels[0]!.index === 0 ? null : stripLabels(text);
}

/** Every field label with its colon in the text, and the text after it up to the next label. */
const REFERENCE_BEFORE = /(?:^|\s)(?:r[ée]f(?:[ée]rence)?|n[°º]|no|id|code|num[ée]ro|number|nummer)\.?\s*$/iu;

export function labelledValues(text: string): { name: keyof typeof LABEL_PATTERNS; value: string }[] {
  if (!text.includes(':') && !text.includes('：')) return [];
  const out: { name: keyof typeof LABEL_PATTERNS; value: string }[] = [];
  for (const m of text.matchAll(ANY_LABEL)) {
    // "Ref. Société: CDG-2611", "Company ID:": the label names a reference, not the field.
    if (REFERENCE_BEFORE.test(text.slice(0, m.index))) continue;
    const label = m[1]!.trim();
    const name = (Object.keys(LABEL_PATTERNS) as (keyof typeof LABEL_PATTERNS)[]).find((n) => LABEL_PATTERNS[n].test(label));
    if (name && !out.some((o) => o.name === name)) out.push({ name, value: stripLabels(text.slice(m.index + m[0].length)) });
  }
  return out;
}

/**
 * Headings that name a page, a section or a navigation target rather than a job: "Find Jobs",
 * "Job Overview", "Stellenangebot", "Offre d'emploi", "Ledige stillinger".
 */
const NAVIGATION_HEADING = new RegExp(
  `^(?:${[
    '(?:find|search|browse|latest|featured|similar|related|recommended|other|more|recent|new|top|all) (?:jobs?|vacancies|positions|roles|openings|opportunities)(?: \\S+)?',
    'jobs?(?: (?:overview|details?|description|information|summary|search|results|listings?|alerts?|board|seekers?|vacancies))?',
    '(?:job|position|role|vacancy) (?:overview|details?|description|information|summary|posting)',
    'about (?:the )?(?:job|role|position|company|us)', 'overview', 'description', 'summary', 'details', 'apply(?: now| online| here)?', 'share(?: this job)?',
    'careers?(?: at \\S+)?', '(?:employment|job|career|current) (?:opportunities|openings|vacancies)', 'current (?:jobs|positions)', 'work with us', 'join (?:us|our team)', 'home', 'menu', 'navigation', 'search', 'sign in', 'log in', 'register',
    'welcome', 'main content', 'skip to (?:main )?content', 'cookies?(?: settings| policy)?', 'employers?', 'job seekers?', 'candidates?', 'recruiters?',
    'stellenangebote?', 'stellenanzeige', 'stellenbeschreibung', 'jobs? suchen', 'jobsuche', 'karriere', 'offene stellen', 'ihre aufgaben', 'ihr profil', 'wir bieten',
    "offres? d['’]emploi", "l['’]offre", 'description du poste', 'rechercher', 'carrières?', 'nous rejoindre', 'votre mission', 'votre profil',
    'ofertas? de empleo', 'empleos?', 'descripción del puesto', 'buscar empleo', 'offerte di lavoro', 'lavora con noi', 'descrizione',
    'vacatures?', 'vacature(?:omschrijving|details)', 'werken bij', 'functieomschrijving', 'vagas?', 'descrição da vaga', 'trabalhe conosco',
    'ledige stillinger', 'ledig stilling', 'stillingsannonce', 'job(?:annonce|opslag)', 'lediga jobb', 'lediga tjänster', 'jobbannons', 'stillingsannonse',
    'oferty pracy', 'oferta pracy', 'praca', 'kariera', 'opis stanowiska',
    // "Work with us" in the other languages: a careers section's name, not a job.
    'trabaja con nosotros', 'únete(?: a nosotros| al equipo)?', 'rejoignez[- ]nous', 'travaillez avec nous', 'arbeiten bei uns', 'jobs bei uns',
    'werk(?:en)? bij ons', 'kom werken bij ons', 'arbejd hos os', 'jobb(?:a)? hos oss', 'dołącz do nas', 'pracuj z nami', 'lavora con noi',
  ].join('|')})$`,
  'iu',
);

export function isNavigationHeading(text: string): boolean {
  return NAVIGATION_HEADING.test(text.replace(/[\s:!.]+$/u, '').replace(/\s+/g, ' ').trim());
}

/** Text of map and location widgets that pages glue onto the place ("… Loading Map...", "… Map job"). */
export const WIDGET_TEXT =
  /\s*(?:loading map\.*|(?:show|view|see|open)(?: (?:on|in))? (?:the )?map|map (?:job|view|it)|get directions|directions|karte (?:anzeigen|laden)|auf der karte|voir (?:sur )?la carte|ver (?:en el )?mapa|vis kort|visa karta|vis på kart|bekijk op kaart|pokaż na mapie)\s*\.*\s*$/iu;

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
  ].join('|')})$`,
  'iu',
);

/**
 * Role words that languages which write compounds put at the end of one word
 * ("Lagermedarbejder", "Softwareentwickler", "Projektmanager"): matched inside words.
 */
const COMPOUND_ROLE = [
  'manager', 'engineer', 'developer', 'designer', 'mitarbeiter', 'arbeiter', 'leiter', 'ingenieur', 'entwickler', 'berater', 'kraft', 'referent',
  'sachbearbeiter', 'medarbejder', 'arbejder', 'medarbeider', 'arbeider', 'medarbetare', 'arbetare', 'udvikler', 'utvikler', 'utvecklare',
  'ingeniør', 'ingenjör', 'konsulent', 'sælger', 'selger', 'säljare', 'leder', 'chef', 'medewerker', 'ontwikkelaar', 'adviseur', 'beheerder',
  'monteur', 'assistent', 'tekniker', 'techniker', 'pfleger', 'erzieher', 'lærer', 'lärare', 'chauffør', 'sjåfør',
  'sköterska', 'skötare', 'biträde', 'handläggare', 'förare', 'pedagog', 'fahrer', 'kaufmann', 'kauffrau', 'fachkraft',
];

/**
 * Trades and hands-on work, where small employers post on their own sites. Whole words, unlike
 * the stems below: "mason" is not "Masonry", nor "tailor" "Tailored for you".
 */
const TRADES = [
  'rigger', 'shipwright', 'roofer', 'mason', 'bricklayer', 'glazier', 'joiner', 'plasterer', 'tiler', 'scaffolder', 'installer', 'millwright',
  'boilermaker', 'deckhand', 'farmhand', 'groundskeeper', 'assembler', 'fabricator', 'upholsterer', 'tailor', 'seamstress', 'florist',
  'dishwasher', 'busser', 'lifeguard', 'phlebotomist', 'sonographer', 'radiographer', 'hygienist', 'roaster', 'crew member', 'team member',
  'staff member', 'crew lead', 'bookkeeper', 'book-keeper', 'practitioner', 'dev',
  // Licensed roles by their letters: "Travel RN", "LPN - Nights", "CDL-A Driver".
  'rn', 'lpn', 'lvn', 'cna', 'emt', 'crna', 'np',
];

/** Words that make a heading a job title, in the languages above, as word stems. */
export const ROLE_WORD = new RegExp(
  `(?:${COMPOUND_ROLE.join('|')})|(?<!\\p{L})(?:${[
    'manager', 'engineer', 'developer', 'designer', 'analyst', 'specialist', 'assistant', 'associate', 'coordinator', 'director', 'lead', 'officer',
    'consultant', 'technician', 'nurse', 'driver', 'operative', 'operator', 'teacher', 'accountant', 'administrator', 'representative', 'executive',
    'scientist', 'architect', 'intern', 'clerk', 'cashier', 'chef', 'cook', 'barista', 'mechanic', 'electrician', 'planner', 'recruiter', 'writer',
    'editor', 'agent', 'adviser', 'advisor', 'supervisor', 'head of', 'controller', 'auditor', 'lawyer', 'counsel', 'paralegal', 'therapist',
    'pharmacist', 'physician', 'doctor', 'surgeon', 'dentist', 'caregiver', 'carer', 'cleaner', 'porter', 'receptionist', 'secretary', 'programmer',
    'tester', 'marketer', 'strategist', 'owner', 'partner', 'fellow', 'apprentice', 'trainee', 'researcher', 'economist', 'buyer', 'sales',
    'teller', 'bartender', 'waiter', 'waitress', 'server', 'host', 'hostess', 'stocker', 'picker', 'packer', 'loader', 'courier', 'guard',
    'labou?rer', 'handyman', 'housekeeper', 'nanny', 'tutor', 'instructor', 'coach', 'trainer', 'dispatcher', 'estimator', 'surveyor',
    'inspector', 'welder', 'plumber', 'carpenter', 'painter', 'machinist', 'fitter', 'baker', 'butcher', 'gardener', 'landscaper', 'attendant',
    'worker', 'helper', 'aide', 'steward', 'concierge', 'valet', 'janitor', 'custodian', 'librarian', 'paramedic', 'midwife', 'veterinar',
    'psycholog', 'social worker', 'counsel+or', 'translator', 'interpreter', 'photographer', 'videographer', 'animator', 'illustrator',
    'copywriter', 'journalist', 'reporter', 'producer', 'artist', 'musician', 'actor', 'model', 'stylist', 'hairdresser', 'barber',
    'beautician', 'therap', 'optician', 'technologist', 'graduate', 'volunteer', 'ambassador', 'advocate', 'navigator', 'broker', 'underwriter',
    'actuary', 'banker', 'trader', 'cashier', 'merchandiser', 'storekeeper', 'warehouse', 'forklift', 'electrical', 'mechanical',
    'werkstudent', 'mitarbeiter', 'leiter', 'ingenieur', 'entwickler', 'berater', 'kraft', 'fachkraft', 'sachbearbeiter', 'referent', 'kaufm',
    'développeur', 'developpeur', 'ingénieur', 'chef de', 'responsable', 'directeur', 'directrice', 'technicien', 'commercial', 'chargé', 'stagiaire',
    'alternant', 'comptable', 'gestionnaire', 'conseiller', 'vendeur', 'infirmier', 'contr[ôo]leu(?:r|se)', 'auditeu(?:r|se)', 'acheteu(?:r|se)',
    'juriste', 'gérant', 'animat(?:eur|rice)',
    'desarrollador', 'ingeniero', 'jefe', 'técnico', 'gerente', 'analista', 'administrativo', 'vendedor', 'enfermero',
    'sviluppatore', 'ingegnere', 'responsabile', 'tecnico', 'impiegat', 'addett', 'commerciale',
    'medewerker', 'ontwikkelaar', 'adviseur', 'beheerder', 'monteur', 'verkoper', 'verpleegkundige',
    'desenvolvedor', 'engenheiro', 'assistente', 'estagiário', 'coordenador',
    'udvikler', 'utvikler', 'utvecklare', 'ingeniør', 'ingenjör', 'konsulent', 'konsult', 'medarbejder', 'medarbeider', 'medarbetare', 'leder',
    'sælger', 'selger', 'säljare', 'sygeplejerske', 'sykepleier', 'sjuksköterska', 'chef', 'ansvarlig', 'rådgiver', 'rådgivare',
    'programista', 'inżynier', 'specjalista', 'kierownik', 'analityk', 'konsultant', 'asystent', 'księgow', 'handlowiec',
    // Early-career programmes, a role of their own: "Training Contract 2027".
    'training contract', 'vacation scheme', 'clerkship', 'residency', 'placement year',
    // Hourly and trade roles, where postings are short and name the job in one word.
    // Whole words where a stem would catch others: "commis" is not "commission".
    'commis(?!\\p{L})', 'préposé', 'cariste', 'chauffeur', 'caissi[eè]re?', 'serveu(?:r|se)', 'cuisini[eè]re?', 'opérat(?:eur|rice)', 'employé', 'ouvri[eè]re?',
    'magasinier', 'manutentionnaire', 'livreur', 'éducat(?:eur|rice)', 'enseignant', 'soudeur', 'mécanicien', 'électricien', 'plombier',
    'auxiliar', 'ayudante', 'camarer[oa]', 'cociner[oa]', 'conductor', 'repartidor', 'dependient[ea]', 'cajer[oa]', 'operari[oa]', 'asesor',
    'promotor', 'contador', 'abogad[oa]', 'docente', 'profesor', 'médico', 'enfermera', 'soldador',
    'atendente', 'motorista', 'operador', 'consultor', 'cozinheir[oa]', 'garçom', 'recepcionista', 'balconista', 'repositor', 'enfermeir[oa]',
    'operaio', 'magazziniere', 'autista', 'camerier[ea]', 'cuoco', 'commess[oa]', 'infermier[ea]', 'educat(?:ore|rice)', 'insegnante', 'saldatore',
    'verkäufer', 'koch', 'köchin', 'lagerist', 'elektriker', 'meister', 'assistenz', 'disponent', 'lehrer', 'kassierer', 'helfer', 'betreuer',
    'kok', 'magazijn', 'schoonmaker', 'begeleider', 'docent', 'leerkracht', 'verzorgende', 'bezorger', 'vakkracht', 'timmerman',
    'lagerarbejder', 'lagerarbetare', 'lagerarbeider', 'butiksmedarbejder', 'kassemedarbejder', 'kock', 'snickare', 'tømrer', 'elektrik[eé]r',
    'magazynier', 'kierowca', 'sprzedawca', 'kasjer', 'pielęgniarka', 'operator', 'pracownik', 'kucharz', 'elektryk', 'spawacz',
  ].join('|')})|(?<!\\p{L})(?:${TRADES.join('|')})s?(?!\\p{L})|(?:\\(|\\s)(?:m\\/w\\/d|f\\/m\\/d|w\\/m\\/d|m\\/f\\/d|h\\/f|f\\/h|m\\/v|m\\/k|k\\/m)(?:\\)|$)`,
  'iu',
);

/** Words of a job description, as stems ("ansøg" is "ansøgning" too); a page without several of them is not a posting. */
export const JOB_WORDS = new RegExp(
  `(?<!\\p{L})(?:${[
    'responsibilit(?:y|ies)', 'requirements?', 'qualifications?', 'experience', 'skills?', 'apply', 'applicants?', 'candidates?', 'salary', 'benefits',
    'full[- ]time', 'part[- ]time', 'remote', 'hybrid', 'on-?site', 'role', 'position', 'team', 'hiring', "we(?:['’]re| are) looking for", 'you will',
    "you(?:['’]ll)", 'interview', 'permanent', 'degree', 'report(?:ing)? to', 'join (?:us|our)', 'shift', 'portfolio', 'licen[cs]e',
    'aufgaben', 'anforderungen', 'bewerbung', 'erfahrung', 'profil', 'kenntnisse', 'wir bieten', 'ihre aufgaben',
    'poste', 'candidat(?:ure)?', 'expérience', 'compétences', 'missions?', 'contrat', 'postuler', 'vous', 'profil recherché', 'rémunération',
    'requisitos', 'experiencia', 'puesto', 'funciones', 'ofrecemos', 'candidatura',
    'requisiti', 'esperienza', 'competenze', 'offriamo', 'candidati', 'candidarsi', 'bando', 'selezione', 'assunzione', 'titolo di studio',
    "domanda di (?:partecipazione|ammissione)", 'orario di servizio',
    'functie', 'ervaring', 'vacature', 'sollicit', 'wij bieden', 'wat bieden wij', 'wat wij bieden', 'vaardigheden', 'werkzaamheden', 'wat ga je doen',
    'wie ben jij', 'wie zoeken wij', 'je taken', 'jouw taken', 'salaris', 'uur per week', 'collega',
    'requisitos', 'experiência', 'vaga', 'oferecemos', 'candidate-se',
    'erfaring', 'kvalifikationer', 'ansøg', 'opgaver', 'vi tilbyder', 'kvalifikasjoner', 'søk', 'arbeidsoppgaver', 'vi tilbyr', 'erfarenhet', 'ansök',
    'arbetsuppgifter', 'vi erbjuder', 'kvalifikationer',
    'doświadczenie', 'wymagania', 'obowiązki', 'oferujemy', 'aplikuj',
    // Pay, hours and "what we look for", which even a short posting states; a classified ad's "wanted".
    'wanted', 'hrs?/w(?:ee)?k', 'per hour', 'hourly', 'hours per week',
    'rôle', 'salaire', 'temps (?:plein|partiel)', 'nous recherchons', 'avantages', 'horaire', 'un atout', 'quart de (?:jour|soir|nuit)',
    'salario', 'sueldo', 'jornada', 'turno', 'beneficios', 'buscamos', 'responsabilidades',
    'stipendio', 'retribuzione', 'cerchiamo', 'mansioni', 'orario di lavoro',
    'salário', 'benefícios', 'procuramos', 'atividades', 'jornada de trabalho',
    'gehalt', 'vergütung', 'arbeitszeit', 'wir suchen', 'schicht',
    'werktijden', 'wij zoeken', 'arbeidsvoorwaarden',
    'løn', 'lønn', 'lön', 'arbejdstid', 'arbeidstid', 'arbetstid', 'vi søger', 'vi søker', 'vi söker',
    'wynagrodzenie', 'szukamy', 'godziny pracy',
  ].join('|')})`,
  'giu',
);
