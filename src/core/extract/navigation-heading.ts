/**
 * Navigation and section words, in a module of their own because the popup needs them too
 * (to question a title that is one) and should not carry the rest of words.ts.
 */

/**
 * Headings that name a page, a section or a navigation target rather than a job: "Find Jobs",
 * "Job Overview", "Stellenangebot", "Offre d'emploi", "Ledige stillinger".
 */
const NAVIGATION_HEADING = new RegExp(
  `^(?:${[
    '(?:find|search|browse|latest|featured|similar|related|recommended|other|more|recent|new|top|all) (?:jobs?|vacancies|positions|roles|openings|opportunities)(?: \\S+)?',
    'jobs?(?: (?:overview|details?|description|information|summary|search|results|listings?|alerts?|board|seekers?|vacancies))?',
    '(?:job|position|role|vacancy|opportunity|posting) (?:overview|details?|description|information|summary|posting)',
    'about (?:the )?(?:job|role|position|company|us)', 'overview', 'description', 'summary', 'details', 'apply(?: now| online| here)?', 'share(?: this job)?',
    'careers?(?: at \\S+)?', '(?:\\S+ ){0,3}(?:employment|job|career|current) (?:opportunities|openings|vacancies)', 'current (?:jobs|positions)', 'work with us', 'join (?:us|the (?:\\p{L}+)|our (?:\\p{L}+)(?: \\p{L}+)?)', "we(?:['’]re| are) hiring", 'now hiring', 'help wanted', 'open (?:positions|roles|vacancies)', 'home', 'menu', 'navigation', 'search', 'sign in', 'log in', 'register',
    'welcome', 'main content', 'skip to (?:main )?content', 'cookies?(?: settings| policy)?', 'employers?', 'job seekers?', 'candidates?', 'recruiters?',
    'stellenangebote?', 'stellenanzeige', 'stelleninserat', 'inserat', 'stellenbeschreibung', 'jobs? suchen', 'jobsuche', 'karriere', 'offene stellen', 'ihre aufgaben', 'ihr profil', 'wir bieten',
    "offres? d['’]emploi", "l['’]offre", 'description du poste', 'rechercher', 'carrières?', 'nous rejoindre', 'votre mission', 'votre profil',
    'ofertas? de empleo', 'empleos?', 'descripción del puesto', 'buscar empleo', 'offerte di lavoro', 'lavora con noi', 'descrizione',
    'vacatures?', 'vacature(?:omschrijving|details)', 'werken bij', 'functieomschrijving', 'vagas?', 'descrição da vaga', 'trabalhe conosco',
    'ledige stillinger', 'ledig stilling', 'stillingsannonce', 'job(?:annonce|opslag)', 'lediga jobb', 'lediga tjänster', 'jobbannons', 'stillingsannonse',
    'oferty pracy', 'oferta pracy', 'praca', 'kariera', 'opis stanowiska',
    // "Work with us" in the other languages: a careers section's name, not a job.
    'trabaja con nosotros', 'únete(?: a nosotros| al equipo| a (?:nuestro|nuestra) \\p{L}+)?', 'rejoignez[- ]nous', "rejoignez (?:notre|nos|la|le|l['’]) ?\\p{L}+", 'werde teil (?:unseres|unserer) \\p{L}+', 'unisciti (?:a noi|al nostro \\p{L}+)', 'travaillez avec nous', 'arbeiten bei uns', 'jobs bei uns',
    'werk(?:en)? bij ons', 'kom werken bij ons', 'arbejd hos os', 'jobb(?:a)? hos oss', 'dołącz do nas', 'pracuj z nami', 'lavora con noi',
    // A jobs section's own name in other scripts: "Recruitment information", "Vacancies".
    '採用情報', '求人情報', '採用(?:のご)?案内', 'リクルート', '채용(?:정보|공고|안내)?', '招聘(?:信息|职位)?', '人才招聘', '徵才(?:資訊)?', 'вакансии', 'вакансії', 'наши вакансии', 'наші вакансії', 'работа у нас', 'робота у нас',
    // "Similar jobs" in the other languages: the box of other postings beside this one.
    '(?:similar|related|other) (?:offers|ads|listings|adverts)', 'offres (?:similaires|proches)', "autres offres(?: d['’]emploi)?", 'ähnliche (?:jobs|stellen(?:angebote)?|angebote)(?: \\p{L}+){0,4}', 'weitere (?:jobs|stellen(?:angebote)?)(?: \\p{L}+){0,4}',
    'ofertas (?:similares|relacionadas)', 'otras ofertas', 'offerte (?:simili|correlate)', 'altre offerte', 'vagas (?:semelhantes|similares)', 'vergelijkbare vacatures', 'andere vacatures',
    'lignende (?:jobs|stillinger|job)', 'liknande (?:jobb|tjänster)', '(?:podobne|inne) oferty(?: pracy)?', 'podobné (?:nabídky|pozice|pracovn[éí] (?:miesta|místa|ponuky|nabídky))(?: v okolí)?', '(?:ďalšie|další|iné|jiné) (?:voľné |volné )?(?:pracovné miesta|pracovní místa|pozice|ponuky|nabídky)(?: \\p{L}+){0,3}',
    'מודעות (?:נוספות|דומות)(?: \\p{L}+){0,5}', 'משרות (?:נוספות|דומות)', 'похожие вакансии', 'другие вакансии', 'схожі вакансії', 'інші вакансії',
  ].join('|')})$`,
  'iu',
);

export function isNavigationHeading(text: string): boolean {
  return NAVIGATION_HEADING.test(text.replace(/[\s:!.]+$/u, '').replace(/\s+/g, ' ').trim());
}
