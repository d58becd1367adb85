/**
 * A description as a reader sees it: lines grouped under their section headings
 * (about the company, the role, requirements, nice to have, benefits, legal), and each line
 * split into sentences. Every sentence is an exact substring of the description, so any item
 * built from it can quote it and the quote can be found again in the posting.
 */

import type { DescriptionSection, SectionKind } from '../posting';

export type { SectionKind } from '../posting';

export interface Sentence {
  text: string;
  section: SectionKind;
  /** The line was a list item ("- …"). */
  bullet: boolean;
  /** What its own shape says it is, whatever its heading: "You will…" a duty, "You have…" a requirement. */
  shape: 'duty' | 'requirement' | null;
  /** Order in the description, for stable sorting. */
  index: number;
}

export interface DescriptionParts {
  sentences: Sentence[];
  /** The section headings found, in order, with their kinds. */
  headings: { text: string; kind: SectionKind }[];
}

// Headings in English, French, German, Spanish, Danish, Norwegian, Swedish and Dutch. The
// plan is written in English, but it quotes the posting's own sentences, so it needs to know
// which of them are duties and which are requirements whatever the language.
const SECTION_RULES: [SectionKind, RegExp][] = [
  ['legal', /equal (?:opportunity|employment)|\beeo\b|accommodation|privacy (?:notice|policy)|disclaimer|e-verify|pay transparency|applicant privacy/i],
  ['nice', /nice[- ]to[- ]have|bonus (?:points|if)|preferred|(?:would|will) be a plus|\ba plus\b|desirable|not required|extra credit|wünschenswert|von vorteil|pluspunkte?|^(?:les )?(?:plus|atouts)$|un (?:plus|atout)|deseable|valorable|se valorar|meriterande|(?:en|et) fordel|^fordel|een pré|pluspunt/i],
  ['benefits', /benefits|perks|what we (?:can )?offer|(?:why|reasons to) (?:join|work)|compensation|salary|\bpay\b|we (?:can )?offer|wir bieten|was (?:wir|dich|sie) (?:bieten|erwartet bei uns)|unser angebot|deine vorteile|ihre vorteile|avantages|nous (?:vous )?offrons|ce que nous (?:vous )?(?:offrons|proposons)|pourquoi (?:nous )?rejoindre|beneficios|(?:qué )?ofrecemos|vi tilbyder|vi tilbyr|vi erbjuder|hvad (?:vi tilbyder|får du)|hva (?:vi tilbyr|får du)|vad (?:vi erbjuder|får du)|wij bieden|wat (?:bieden wij|wij bieden|krijg je)|arbeidsvoorwaarden|what(?:'|’)s in it for you/i],
  ['requirements', /requirement|qualification|what you(?:(?:'|’)ll| will)? (?:need|bring|have)|who you are|you (?:have|bring|are|might be|may be|should)|good fit|strong candidates?|skills|experience|about you|must[- ]haves?|(?:what|who) we(?:'|’)re looking for|we(?:'|’)re looking for|we are looking for|we(?:'|’)d love|your profile|ideal candidate|expectations (?:for|of) you|anforderungen|ihr profil|dein profil|(?:was|das) (?:du|sie) mitbring|(?:das|was) bringst du mit|qualifikation|profil recherch|^profil|votre profil|ton profil|vos compétences|compétences requises|qui (?:êtes-vous|es-tu)|ce que nous recherchons|requisitos|(?:tu|su) perfil|perfil (?:buscado|requerido)|qué buscamos|din profil|om dig\b|hvem er du|hvem du er|kvalifikasjoner|kvalifikationer|vi forventer|vem är du|vi söker dig som|jouw profiel|je profiel|wie ben (?:jij|je)|wat (?:vragen wij|wij vragen|breng je mee)|functie-?eisen/i],
  ['role', /(?:about|the) (?:the )?(?:role|job|position|opportunity|team)|job description|role description|overview|what you(?:'|’)?(?:ll| will) (?:do|work on)|responsibilit|your (?:role|mission|tasks|impact|day)|day[- ]to[- ]day|in this role|what (?:the job|you will) involve|aufgaben|missions?|rôle|le poste|description du poste|vos (?:tâches|responsabilités)|ce que (?:vous ferez|tu feras)|die (?:stelle|position)|responsabilidades|funciones|(?:tus|sus) tareas|qué harás|el puesto|dine (?:opgaver|oppgaver|arbetsuppgifter)|dina arbetsuppgifter|arbejdsopgaver|arbeidsoppgaver|arbetsuppgifter|om (?:stillingen|jobbet|rollen|tjänsten)|jobbet|stillingen|wat ga (?:je|jij) doen|(?:jouw|je) (?:taken|functie|rol)|de functie|functieomschrijving|over de (?:functie|rol)/i],
  ['about', /about (?:us|the company|our company|[\p{Lu}][\w&.'’ -]{0,40})$|who we are|our (?:mission|story|company|culture|values)|company (?:description|overview)|über uns|wer wir sind|das sind wir|qui sommes|à propos|sobre nosotros|quiénes somos|^om (?:os|oss|virksomheden|selskapet|företaget|oss)$|over ons|wie (?:zijn wij|wij zijn)/iu],
];

/**
 * The same headings in Italian, Portuguese, Polish, Czech, Slovak, Croatian, Serbian, Russian,
 * Ukrainian, Bulgarian, Greek, Turkish, Romanian, Hungarian, Finnish, the Baltic languages,
 * Indonesian, Vietnamese, Afrikaans, Welsh, Irish, Japanese, Korean, Chinese, Arabic and Hebrew. Matched after SECTION_RULES, as whole words where the script
 * has spaces.
 */
const MORE_SECTION_WORDS: Partial<Record<SectionKind, string[]>> = {
  legal: ['informativa (?:sulla )?privacy', 'rodo', 'klauzul[ai] (?:informacyjn|zgod)', 'zgod[ay] na przetwarzanie', 'ochrana osobních údajů', 'персональных данных', 'персональних даних', 'kvkk'],
  nice: [
    'costituisce titolo preferenziale', 'titolo preferenziale', 'è un plus', 'graditi?', 'gradita', 'desiderabil[ei]', 'diferencia(?:l|is)', 'desejáve(?:l|is)',
    'mile widziane', 'dodatkowym atutem', 'atutem będzie', 'výhodou', 'prednost', 'poželjno', 'будет плюсом', 'желательно', 'приветствуется', 'буде плюсом', 'бажано',
    'tercih (?:sebebi|edilir)', 'constituie un avantaj', 'előny', 'eduksi', 'nilai tambah', 'diutamakan', 'sal ŉ voordeel wees',
    '歓迎(?:スキル|条件)?', '尚可', '우대(?:사항)?', '加分项', '优先', '優先', 'ميزة إضافية', 'יתרון',
  ],
  benefits: [
    '(?:cosa )?offriamo', 'si offre', 'vantaggi', 'benefit', '(?:o que )?oferecemos', 'benefícios', 'oferujemy', '(?:co )?oferujemy', 'benefity', 'co zyskasz',
    '(?:co )?nabízíme', 'ponúkame', '(?:što|šta) nudimo', 'nudimo', 'pogodnosti', 'условия', '(?:мы |что мы )?предлагаем', 'умови', '(?:ми |що ми )?пропонуємо',
    'yan haklar', 'sunduklar[ıi]m[ıi]z', 'neler sunuyoruz', '(?:ce )?oferim', 'beneficii', 'amit kínálunk', 'kínálunk', 'juttatások', 'tarjoamme', 'fasilitas', 'ons bied',
    '待遇(?:・福利厚生)?', '福利厚生', '給与', '복리후생', '근무조건', '福利待遇', '薪资福利', '薪酬福利', 'المزايا', 'نقدم', 'אנו מציעים', 'תנאים',
    'oferece-se', 'oferecem-se', 'se ofrece', 'quyền lợi', 'chế độ đãi ngộ', '(?:įmonė )?siūlo(?:me)?', '(?:mēs )?piedāvājam', 'pakume', 'παρέχονται', 'προσφέρουμε',
    'предлагаме', 'buntáistí',
  ],
  requirements: [
    'requisiti', '(?:il )?profilo (?:ricercato|richiesto)', 'cosa cerchiamo', 'chi cerchiamo', 'competenze(?: richieste)?', '(?:o )?perfil(?: desejado)?', 'qualificações',
    'o que (?:procuramos|buscamos)', 'competências', 'wymagania', 'nasze wymagania', '(?:czego )?oczekujemy', 'oczekiwania', 'kwalifikacje', 'twój profil',
    'požadujeme', 'požadavky', 'požiadavky', 'co (?:od (?:tebe|vás) )?očekáváme', '(?:što|šta) očekujemo', 'očekujemo', 'uvjeti', 'uslovi', 'zahtjevi', 'potrebna znanja',
    'требования', '(?:мы |что мы )?ожидаем', 'ждём от (?:вас|тебя)', 'квалификация', 'вимоги', '(?:ми |що ми )?очікуємо', 'aranan nitelikler', 'genel nitelikler', 'nitelikler',
    'cerin[țţt]e', 'profilul candidatului', 'ce căutăm', 'elvárás(?:ok|aink)', 'amit elvárunk', 'követelmények', 'edellytämme', 'odotamme', 'vaatimukset',
    'persyaratan', 'kualifikasi', 'syarat', 'vereistes', 'kwalifikasies',
    '応募資格', '必須(?:スキル|条件)?', '求める(?:人材|人物像)', '必要な(?:スキル|経験)', '자격\s?요건', '지원\s?자격', '필수', '任职要求', '任职资格', '岗位要求', '职位要求',
    'المتطلبات', 'المؤهلات', 'דרישות(?: התפקיד)?',
    'yêu cầu(?: công việc| ứng viên)?', 'reikalavimai', 'prasības', 'nõuded', 'nõudmised', '(?:απαιτούμενα )?προσόντα', 'απαιτήσεις', 'изисквания',
    'gofynion', 'cymwysterau', 'riachtanais', 'cáilíochtaí',
  ],
  role: [
    'mansioni', 'responsabilità', 'attività', 'compiti', 'di cosa ti occuperai', 'cosa farai', 'il ruolo', 'descrizione(?: del ruolo| della posizione)?',
    'responsabilidades', 'atividades', 'atribuições', 'o que (?:você vai|vais) fazer', 'principais (?:atividades|responsabilidades)', 'descrição(?: da vaga| do cargo)?', 'a vaga',
    'obowiązki', 'zakres obowiązków', '(?:twoje )?zadania', 'czym będziesz się zajmować', 'opis stanowiska', 'náplň (?:práce|pozice)', 'pracovní náplň', 'co (?:tě|vás) čeká', 'popis pozice',
    'opis (?:posla|radnog mjesta)', 'zadaci', '(?:što|šta) ćeš raditi', 'odgovornosti', 'poslovi i zadaci', 'delovne naloge', 'обязанности', 'функционал', 'задачи', 'чем (?:предстоит|нужно|вы будете) заниматься',
    'обов[\'’ʼ]язки', 'завдання', 'що потрібно робити', 'чим (?:доведеться|потрібно|ви будете) займатися', 'görevler', '[iİ]ş tan[ıi]m[ıi]', 'sorumluluklar',
    'responsabilit[ăa][țţt]i', 'atribu[țţt]ii', 'sarcini', 'descrierea (?:jobului|postului)', 'feladat(?:ok|aid)', 'főbb feladatok', 'a munkakör', 'tehtävät', 'työtehtävät', 'tehtävän kuvaus',
    'tanggung jawab', 'deskripsi pekerjaan', 'tugas', 'verantwoordelikhede', 'pligte',
    '仕事内容', '業務内容', '職務内容', '担当業務', '담당\s?업무', '주요\s?업무', '업무\s?내용', '하는 일', '岗位职责', '工作职责', '职位描述', '工作内容', '岗位描述',
    'المهام', 'المسؤوليات', 'الوصف الوظيفي', 'תיאור (?:התפקיד|המשרה)', 'תחומי אחריות', 'หน้าที่ความรับผิดชอบ', 'ลักษณะงาน',
    'funções', 'função', 'tarefas', 'mô tả(?: công việc)?', 'darbo pobūdis', 'pareigos', 'atsakomybės', 'funkcijos', '(?:darba )?pienākumi', '(?:töö)?ülesanded',
    'αρμοδιότητες', 'καθήκοντα', 'περιγραφή (?:θέσης|εργασίας)', 'отговорности', 'задължения', 'dyletswyddau', 'cyfrifoldebau', 'dualgais', 'freagrachtaí',
  ],
  about: ['chi siamo', 'quem somos', 'sobre nós', 'o nas', 'kim jesteśmy', 'o firmie', 'o nás', 'kdo jsme', 'o nama', 'tko smo', 'о компании', 'о нас', 'про компанію', 'про нас', 'hakk[ıi]m[ıi]zda', 'şirket hakk[ıi]nda', '会社概要', '企業情報', '회사\s?소개', '기업\s?소개', '公司介绍', '公司简介'],
};

/** Latin, Cyrillic and Greek words end where letters end; Chinese, Japanese, Korean, Arabic, Hebrew and Thai headings are matched whole. */
const MORE_SECTION_RULES: [SectionKind, RegExp][] = (Object.entries(MORE_SECTION_WORDS) as [SectionKind, string[]][]).map(([kind, words]) => [
  kind,
  new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'iu'),
]);

/** A list item: "- ", or the dash, bullet or star a page wrote itself ("– 2+ years…", "• Build…"). */
const BULLET = /^[-–—•*·▪]\s+/;

// ---- Sentence shapes
//
// Many postings have no headings, or headings no rule knows ("What's on the menu?"): what a
// sentence says then shows whether it is a duty ("You will…", "Your role will be to…", a list
// item that starts with a verb) or a requirement ("You have…", "Experience with…", "3+ years
// of…"). The same shapes in French, German, Spanish, Danish, Norwegian, Swedish and Dutch.

/** What may come before a sentence's own subject: "As our new X, you will…", "In this role, you…". */
const LEAD = String.raw`(?:(?:in this role|in (?:this|the) position|day[- ]to[- ]day|every day|each day|au quotidien|dans ce (?:rôle|poste)|in dieser (?:rolle|position)|en este puesto|i denne (?:rolle|stilling)|i den här rollen|in deze (?:rol|functie)|as (?:(?:a|an|the|our)(?: new)? )?[^,]{2,60}?|en tant qu(?:e |['’])[^,]{2,60}?|als [^,]{2,60}?|como [^,]{2,60}?),?\s+)?`;

/** Perks and welcomes, not duties: "You'll get…", "You will join…". */
const NOT_A_DUTY = String.raw`(?! (?:get|have|need|enjoy|receive|benefit|join|be part|be joining|be expected to have|love|find|be offered|be rewarded))`;

/** A sentence or list item that says what the person will do. */
const DUTY_SHAPE = new RegExp(
  '^' + LEAD + '(?:' + [
    // English
    String.raw`you(?:'|’)ll${NOT_A_DUTY}|you will${NOT_A_DUTY}`,
    String.raw`you(?:'|’)re going to|you are going to|you would be|you(?:'|’)d be`,
    String.raw`you (?:are|(?:'|’)re|will be) (?:responsible|accountable|in charge)|you (?:are|(?:'|’)re) the (?:driving force|go-to|owner|point of contact)`,
    String.raw`you (?:own|lead|drive|build|design|develop|manage|run|shape|guide|support|coordinate|generate|plan|create|deliver|work closely|partner|collaborate|ensure|oversee|define|maintain|write|analy[sz]e|advise|sell|negotiate|handle|review)\b`,
    String.raw`(?:your|the) (?:role|job|mission|main tasks?|tasks|responsibilities|day|week|work) (?:will (?:be|include|involve)|is to|are to|includes?|involves?|consists? of|centres? on|centers? on)\b`,
    String.raw`responsibilities include|(?:our|the|this) [^,.]{2,50}? will (?:typically |primarily |mainly |also )?be responsible for`,
    // French: the future of "vous" ("vous concevrez"), "vous êtes en charge", "la mission consiste"
    String.raw`(?:vous|tu) (?!(?:rejoindr|évoluer|bénéficier|profiter|aur|pourr|ser(?:ez|as) (?:intégré|rattaché|accompagné)))\p{L}+(?:rez|ras)(?![\p{L}])`,
    String.raw`(?:vous|tu) (?:êtes|es) (?:responsable|en charge|chargée?)|(?:la|votre|ta) mission (?:consiste|sera|est)|vos missions (?:seront|sont)`,
    // German
    String.raw`(?:sie|du) (?:übernehmen|übernimmst|verantworten|verantwortest|entwickeln|entwickelst|betreuen|betreust|gestalten|gestaltest|unterstützen|unterstützt|koordinieren|koordinierst|konzipieren|konzipierst|leiten|leitest|steuern|steuerst|planen|planst|analysieren|analysierst|arbeiten|arbeitest|bist verantwortlich|sind verantwortlich|kümmern|kümmerst|wirst (?!teil)|werden (?!teil))`,
    String.raw`(?:ihre|deine) (?:aufgaben? (?:ist|sind|umfass|besteh)|rolle (?:ist|umfasst))`,
    // Spanish
    String.raw`te encargarás|serás (?:responsable|el|la)|tu (?:función|misión|rol) (?:será|es|consiste)|(?!tendrás|podrás|disfrutarás|formarás)\p{L}+arás(?![\p{L}])`,
    // Danish, Norwegian, Swedish: "Du vil…", "Du skal…", "Du kommer att…", "Som X vil du…"
    String.raw`du (?:vil (?!få|blive en del|bli en del)|skal |kommer (?:til at|til å|att) |bliver ansvarlig|blir ansvarlig|er ansvarlig|har ansvar(?:et)? for|ansvarar)`,
    String.raw`som [^,]{2,60}?,? (?:vil|skal|kommer) du(?![\p{L}])|(?:blir|får) du ansvar`,
    // Dutch
    String.raw`(?:je|jij|u) (?:gaat|zult|bent verantwoordelijk|zorgt|ontwikkelt|beheert|adviseert|bouwt|leidt|coördineert|ondersteunt)(?![\p{L}])|(?:ga|ben|zorg|werk) je(?![\p{L}])`,
  ].join('|') + ')',
  'iu',
);

/** A sentence or list item that says what the candidate has or is. */
const REQUIREMENT_SHAPE = new RegExp(
  '^(?:' + [
    // English
    String.raw`(?:you )?(?:have|has|possess|hold)\b(?! (?:the )?(?:chance|opportunity|possibility|access))`,
    String.raw`(?:you )?(?:are|bring)\b|you(?:'|’)(?:re|ve)\b(?! (?:going|responsible|in charge|joining))|you (?:also )?(?:know|speak|enjoy|thrive|love|like|can|communicate)\b`,
    String.raw`\d+\+?\s*(?:years?|yrs)|(?:minimum|at least|min\.?) \d+`,
    String.raw`(?:very )?(?:strong|solid|excellent|proven|deep|good|working|hands-on|demonstrated|prior|previous|relevant|fluent|native)\b`,
    String.raw`(?:(?:some|professional|prior) )?(?:experience|proficiency|familiarity|knowledge|fluency|expertise|background|understanding|track record) (?:with|in|of|as|from|working|managing|leading|using)\b`,
    String.raw`(?:a |an )?(?:bachelor|master|degree|phd|university degree)\b|(?:a |an )?(?:ba|bs|ms|b\.sc?|m\.sc?)\.?(?: degree| in)\b|(?:comfortable|familiar|fluent|proficient|experienced) (?:with|in)\b|ability to\b`,
    String.raw`(?:we(?:'|’)re|we are) (?:looking for|seeking) (?:someone|a person|people|candidates?|an? (?:[\w-]+ ){0,3}(?:person|individual|candidate|professional|colleague))\b|(?:the )?(?:ideal|successful|right) candidate`,
    String.raw`to (?:be successful|succeed|thrive) in this role`,
    // French
    String.raw`(?:vous|tu) (?:êtes|es|avez|as|disposez|disposes|maîtrisez|maîtrises|possédez|possèdes|justifiez|justifies|parlez|parles|connaissez|connais|savez|sais|pratiquez|pratiques)(?![\p{L}])`,
    String.raw`(?:une |un )?(?:(?:première|solide|bonne|excellente|très bonne|réelle) )?(?:expérience|formation|diplôme|maîtrise|connaissances?|compétences?)(?![\p{L}])|(?:bac|master|licence|brevet)(?![\p{L}])`,
    // German
    String.raw`(?:sie|du) (?:sind|bist|haben|hast|bringen|bringst|verfügen|verfügst|besitzen|besitzt|sprechen|sprichst|kennen|kennst)(?![\p{L}])`,
    String.raw`(?:ein |eine )?(?:erfolgreich )?(?:abgeschlossene[snr]?|mehrjährige|fundierte|sehr gute|gute|erste|einschlägige|ausgeprägte|sichere|fließende)(?![\p{L}])|(?:berufserfahrung|erfahrung|kenntnisse|studium|ausbildung)(?![\p{L}])|\p{L}*kenntnisse(?![\p{L}])`,
    // Spanish
    String.raw`(?:tienes|eres|cuentas con|posees|dominas)(?![\p{L}])|(?:experiencia|conocimientos?|titulación|grado|licenciatura|formación|dominio|capacidad)(?![\p{L}])`,
    // Danish, Norwegian, Swedish
    String.raw`du (?:har|er|är|kan|taler|snakker|talar|behersker|behärskar|besidder)(?![\p{L}])`,
    String.raw`(?:erfaring|erfarenhet|kendskab|kjennskap|kunnskap|kunskap(?:er)?|uddannelse|utdanning|utbildning)(?![\p{L}])`,
    // Dutch
    String.raw`(?:je|jij|u) (?:hebt|heeft|bent|beschikt|spreekt|beheerst)(?![\p{L}])|(?:ervaring|kennis|affiniteit|afgeronde|een afgeronde|minimaal|hbo|wo|mbo)(?![\p{L}])`,
  ].join('|') + ')',
  'iu',
);

/** Verbs a duty in a list starts with ("Build tools…", "Designing the API…"). */
const DUTY_VERBS = new Set(
  ('build design develop lead manage own drive work collaborate support create maintain run write ensure help partner deliver analyse analyze ' +
    'coordinate define implement improve identify monitor plan prepare present report research review test conduct execute establish handle ' +
    'oversee organise organize provide shape ship guide mentor recruit negotiate sell grow advise assist coach communicate contribute deploy ' +
    'document engage evaluate facilitate optimise optimize perform promote respond set track train troubleshoot translate act operate ' +
    'architect automate configure integrate investigate launch model prototype refine scale secure serve solve source spearhead streamline ' +
    'supervise teach collect gather produce edit draft answer resolve liaise represent mix record').split(' '),
);

/** The first word of a list item is one of DUTY_VERBS, or its -ing form ("Designing"). */
function startsWithDutyVerb(text: string): boolean {
  const first = /^\p{L}+/u.exec(text)?.[0].toLowerCase();
  if (!first) return false;
  if (DUTY_VERBS.has(first)) return true;
  const base = first.replace(/ing$/, '');
  return base !== first && (DUTY_VERBS.has(base) || DUTY_VERBS.has(`${base}e`) || DUTY_VERBS.has(base.replace(/(\w)\1$/, '$1')));
}

/** A French list item that starts with an infinitive ("Concevoir des pipelines…", "Gérer les…"). */
function startsWithFrenchInfinitive(text: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:er|ir|re)\s/u.test(text) && /\s(?:des?|du|les?|la|aux?|et|pour|avec|en)\s|\sl[’']/u.test(text) && !/\s(?:the|and|of|with|for|to)\s/i.test(text);
}

/** "duty", "requirement" or null: what a sentence's own shape says it is. */
export function shapeOf(text: string, bullet: boolean, taskList = true): 'duty' | 'requirement' | null {
  if (DUTY_SHAPE.test(text)) return 'duty';
  if (REQUIREMENT_SHAPE.test(text)) return 'requirement';
  if (bullet && taskList && startsWithVerb(text)) return 'duty';
  return null;
}

function startsWithVerb(text: string): boolean {
  return startsWithDutyVerb(text) || startsWithFrenchInfinitive(text);
}

/**
 * For each line, whether it is an item of a list most of whose items start with a verb: a list
 * of tasks. "Work with a kind team" among "A chance to…", "A culture…" is a perk, not a task.
 */
function taskListItems(lines: readonly string[]): boolean[] {
  const out = lines.map(() => false);
  for (let i = 0; i < lines.length; ) {
    if (!BULLET.test(lines[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && BULLET.test(lines[j]!)) j++;
    const verbs = lines.slice(i, j).filter((l) => startsWithVerb(l.replace(BULLET, ''))).length;
    if (verbs * 2 >= j - i) for (let k = i; k < j; k++) out[k] = true;
    i = j;
  }
  return out;
}

/** A line that introduces a list without being a heading: "We would like a person who can do:". */
function leadInKind(line: string): SectionKind | null {
  if (!/[:;]$/.test(line) || line.length > 160) return null;
  if (/\b(?:can do|will do|(?:you(?:'|’)ll|you will) (?:do|be doing|work on)|expect to|tasks?|duties|responsibilit\w*|day[- ]to[- ]day)\b|vos missions|aufgaben|opgaver|oppgaver|arbetsuppgifter|taken\b/i.test(line)) return 'role';
  if (/\b(?:offer|perks|benefits)\b|nous offrons|wir bieten|vi tilbyder|vi tilbyr|vi erbjuder|wij bieden|ofrecemos/i.test(line)) return 'benefits';
  if (/\b(?:need|needs|must|should|looking for|qualities|qualified candidates?|ideal candidate|you have|you bring|requirements?|expectations|profile)\b|profil|anforderungen|requisitos|forventer|förväntningar|verwachten/i.test(line)) return 'requirements';
  return null;
}

/** A label of a few words, a colon, then the paragraph it heads. */
const RUN_IN_HEADING = /^([^:.!?]{3,40}):\s+(\S.*)$/u;

/** A line that introduces a section: short, no sentence punctuation, or ending in a colon. */
function headingKind(line: string): SectionKind | null {
  // Marks around a heading ("【仕事内容】", "■ 우대사항", "[Требования]") are not its words.
  const text = line.replace(/^#+\s*/, '').replace(/^[【［\[■□◆◇●○★☆▶►▪・※<〈《「]+\s*|\s*[】］\]〉》」>]+\s*:?$/gu, '').trim();
  // Two characters are a word in the scripts without spaces ("待遇", "필수").
  const minLength = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text) ? 2 : 3;
  if (text.length > 70 || text.length < minLength || BULLET.test(text)) return null;
  const words = text.split(/\s+/).length;
  // A short question that opens with a question word can head a section too ("Why join us?",
  // "Wat ga je doen?", "Qui êtes-vous ?"); "Do you have experience with React?" is a sentence.
  const question = /\?$/.test(text) && QUESTION_WORD.test(text);
  const endsLikeHeading = /:$/.test(text) || !/[.!?,;]$/.test(text) || question;
  if (!endsLikeHeading || words > 10) return null;
  // French puts a space before the colon ("Votre profil :").
  const bare = text.replace(/\s*[:?]$/, '').trim();
  for (const [kind, pattern] of SECTION_RULES) if (pattern.test(bare)) return kind;
  for (const [kind, pattern] of MORE_SECTION_RULES) if (pattern.test(bare)) return kind;
  return null;
}

const QUESTION_WORD = /^(?:what|why|who|how|wat|wie|waarom|qui|que|quoi|pourquoi|was|wer|warum|qué|quién|quiénes|por qué|hvad|hvem|hvorfor|hva|vad|vem|varför)(?![\p{L}])/iu;

/** A short capitalised line of a few words, with no sentence punctuation, right over a list item. */
function isListLabel(line: string, next: string | undefined): boolean {
  if (next === undefined || !BULLET.test(next) || BULLET.test(line)) return false;
  const text = line.trim();
  return text.length <= 40 && text.split(/\s+/).length <= 5 && /^\p{Lu}/u.test(text) && !/[.!?,;:]$/.test(text);
}

/** A heading as shown: without its closing colon (and the space French puts before it). */
function headingText(line: string): string {
  return line.replace(/\s*:$/, '');
}

/** Split a line into sentences without losing or changing a character of any of them. */
export function splitSentences(line: string): string[] {
  const parts: string[] = [];
  // A sentence ends at . ! or ? followed by a space and a capital letter or a digit, but not
  // after common abbreviations ("e.g.", "i.e.", "etc.", "Inc.", "Sr.", "vs.", "approx.", "Co. Dublin").
  // Chinese and Japanese end a sentence with a full-width mark and no space after it.
  const pattern = /[.!?](?=\s+["“(]?[\p{Lu}\d])|[。！？](?=\S)/gu;
  let start = 0;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    const before = line.slice(Math.max(0, match.index - 6), match.index + 1);
    if (/(?:\be\.g|\bi\.e|\betc|\bInc|\bLtd|\bSr|\bJr|\bvs|\bapprox|\bNo|\bSt|\bDr|\bMr|\bMrs|\bMs|\bProf|\bCo|\bCorp|\bPty|\bU\.S)\.$/i.test(before)) continue;
    parts.push(line.slice(start, match.index + 1).trim());
    start = match.index + 1;
  }
  parts.push(line.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}

export function splitDescription(description: string): DescriptionParts {
  const sentences: Sentence[] = [];
  const headings: { text: string; kind: SectionKind }[] = [];
  let section: SectionKind = 'intro';
  // The kind a line such as "We would like a person who can do:" gives the list under it.
  let leadIn: SectionKind | null = null;
  let index = 0;
  const lines = description.split('\n').map((l) => l.trim()).filter(Boolean);
  const tasks = taskListItems(lines);
  for (const [i, whole] of lines.entries()) {
    const kind = headingKind(whole);
    if (kind) {
      section = kind;
      leadIn = null;
      headings.push({ text: headingText(whole), kind });
      continue;
    }
    // A heading run into its paragraph ("Benefits after hire: medical, dental, 401(k)…") opens
    // its section there, as on a line of its own.
    const runIn = BULLET.test(whole) ? null : RUN_IN_HEADING.exec(whole);
    const runInKind = runIn ? headingKind(`${runIn[1]}:`) : null;
    if (runIn && runInKind) {
      section = runInKind;
      leadIn = null;
      headings.push({ text: runIn[1]!, kind: runInKind });
    }
    const line = runIn && runInKind ? runIn[2]! : whole;
    // A label over the list that follows ("Formation & Diplômes", "Stack Technique") names
    // the list's subject within its section; it is no requirement or duty of its own.
    if (isListLabel(line, lines[i + 1])) {
      headings.push({ text: headingText(line), kind: section });
      leadIn = null;
      continue;
    }
    const marker = BULLET.exec(line);
    const bullet = marker !== null;
    const body = marker ? line.slice(marker[0].length) : line;
    // Legal boilerplate often has no heading; its wording gives it away.
    const legal = section !== 'legal' && LEGAL_LINE.test(body);
    const base: SectionKind = bullet && leadIn ? leadIn : section;
    for (const text of bullet ? [body] : splitSentences(body)) {
      const shape = shapeOf(text, bullet, tasks[i]);
      // Under a heading that says "the role", or none: a sentence that states what the candidate
      // has is a requirement. Before any heading, or in the prose after a short "nice to have"
      // list, one that states a duty is a duty.
      const own: SectionKind = legal
        ? 'legal'
        : (base === 'intro' || base === 'role') && shape === 'requirement'
          ? 'requirements'
          : (base === 'intro' || (base === 'nice' && !bullet)) && shape === 'duty'
            ? 'role'
            : base;
      sentences.push({ text, section: own, bullet, shape, index: index++ });
    }
    if (!bullet) leadIn = section === 'legal' ? null : leadInKind(line);
  }
  return { sentences, headings };
}

/**
 * A sentence that asks the reader to act rather than saying anything about the job: apply,
 * get in touch, click, learn more, send a CV; who is encouraged or allowed to apply; or a link.
 * It is no reason for a research step or a question ("If you are curious to know more about
 * us, get in touch" does not make curiosity a value of the posting), and not a duty, a
 * requirement or a skill. The same calls in the other languages the sections know.
 */
const CALL_OR_LINK = new RegExp(
  [
    String.raw`\b(?:encourag\w* (?:[\w’'-]+ ){0,8}?to apply|to apply (?:for|to) (?:this|the|our|a)\b|apply (?:now|today|here|online|early)\b|please apply|how to apply|interested (?:candidates|applicants)`,
    String.raw`get in touch|reach out to (?:us|me|our)\b|contact (?:us|me|our (?:team|recruit\w*|talent\w*|hr))\b|drop (?:us|me) a`,
    String.raw`send (?:us |me )?(?:your|a|an) (?:cv|resume|résumé|application|cover letter|portfolio|short note)|click (?:here|below|on|the)\b`,
    String.raw`(?:learn|know|hear|find out) more about (?:us|our|the company|what we)|visit (?:our|us)\b|look forward to (?:hearing|receiving|your|meeting)|hesitate to|hit (?:the )?apply|sounds like you)`,
    // "We thank all applicants; only those selected for an interview will be contacted": who hears back, no reason for anything.
    String.raw`\b(?:thank all (?:applicants|candidates)|only (?:those|candidates|applicants) (?:selected|shortlisted|short-listed|chosen)|only shortlisted (?:candidates|applicants))`,
    // German, French, Spanish, Danish, Norwegian, Swedish, Dutch
    String.raw`\bbewirb dich|bewerben sie sich|freuen uns auf (?:deine|ihre|eure) bewerbung|postulez|n['’]hésite[zr]? pas|envo(?:yez|ie) (?:votre|ton) cv|postúlate|envía (?:tu|su) (?:cv|currículum)|søg (?:stillingen|jobbet|nu)|send (?:os )?din ansøgning|sök (?:tjänsten|jobbet)|välkommen med din ansökan|solliciteer|stuur (?:je|jouw|uw) (?:cv|sollicitatie)`,
    String.raw`^to apply\b|https?:\/\/|\bwww\.`,
  ].join('|'),
  'i',
);

export function isCallOrLink(sentence: string): boolean {
  return CALL_OR_LINK.test(sentence);
}

const LEGAL_LINE = /\b(?:equal opportunity employer|without regard to|protected (?:veteran|characteristic)|reasonable accommodation)/i;

/**
 * The description as sections: each heading with the lines under it, and the text before the
 * first heading. Lines are kept whole (list items keep their "- "). A line that reads as legal
 * boilerplate without a heading of its own starts a legal section.
 */
export function sectionsOf(description: string): DescriptionSection[] {
  const sections: DescriptionSection[] = [];
  let current: DescriptionSection = { kind: 'intro', heading: null, text: '' };
  const push = () => {
    if (current.text.trim()) sections.push({ ...current, text: current.text.trim() });
  };
  for (const rawLine of description.split('\n')) {
    const line = rawLine.trim();
    if (!line) continue;
    const kind = headingKind(line);
    if (kind) {
      push();
      current = { kind, heading: headingText(line), text: '' };
      continue;
    }
    if (current.kind !== 'legal' && LEGAL_LINE.test(line)) {
      push();
      current = { kind: 'legal', heading: null, text: '' };
    }
    current.text += `${line}\n`;
  }
  push();
  return sections.slice(0, 40);
}
