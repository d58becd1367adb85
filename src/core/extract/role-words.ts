/**
 * The words that make a heading a job title, in the languages of job-words.ts. A module of
 * their own: the popup needs them (to question a title) and should carry neither the words of
 * a description nor the field labels of words.ts.
 */

/**
 * Greek drops its accents in capitals ("ΑΠΑΙΤΗΣΕΙΣ" is "απαιτήσεις"): each vowel of a Greek
 * word matches with or without its accent.
 */
export function greek(word: string): string {
  const vowels: Record<string, string> = { α: 'αά', ε: 'εέ', η: 'ηή', ι: 'ιίϊΐ', ο: 'οό', υ: 'υύϋΰ', ω: 'ωώ' };
  return [...word.normalize('NFD').replace(/\p{M}/gu, '')].map((c) => (vowels[c] ? `[${vowels[c]}]` : c)).join('');
}

/**
 * Role words that languages which write compounds put at the end of one word
 * ("Lagermedarbejder", "Softwareentwickler", "Projektmanager"): matched inside words.
 */
const COMPOUND_ROLE = [
  'manager', 'engineer', 'developer', 'designer', 'mitarbeiter', 'arbeiter', 'leiter', 'ingenieur', 'entwickler', 'berater', 'kraft', 'referent',
  'sachbearbeiter', 'inspektor', 'medarbejder', 'arbejder', 'medarbeider', 'arbeider', 'medarbetare', 'arbetare', 'udvikler', 'utvikler', 'utvecklare',
  'ingeniør', 'ingenjör', 'konsulent', 'sælger', 'selger', 'säljare', 'leder', 'chef', 'medewerker', 'ontwikkelaar', 'adviseur', 'beheerder',
  'monteur', 'assistent', 'tekniker', 'techniker', 'pfleger', 'erzieher', 'lærer', 'lärare', 'chauffør', 'sjåfør',
  'sköterska', 'skötare', 'biträde', 'handläggare', 'förare', 'pedagog', 'fahrer', 'kaufmann', 'kauffrau', 'fachkraft',
  // Finnish writes compounds too ("huoltoteknikko", "myyntipäällikkö").
  'teknikko', 'asentaja', 'hoitaja', 'myyjä', 'päällikkö', 'johtaja', 'kehittäjä', 'suunnittelija', 'asiantuntija', 'insinööri', 'kuljettaja',
  // So does Hungarian ("raktárvezető", "gépészmérnök", "értékesítési munkatárs").
  'vezető', 'munkatárs', 'mérnök', 'fejlesztő', 'szerelő', 'kezelő', 'ügyintéző', 'tanácsadó', 'elemző', 'koordinátor', 'asszisztens',
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
  // The law's and the clinic's own titles.
  'solicitor', 'barrister', 'attorney', 'notary', 'conveyancer', 'legal executive', 'dietitian', 'dietician', 'chiropractor', 'podiatrist',
  'optometrist', 'audiologist', 'orthoptist', 'chemist',
  // Licensed roles by their letters: "Travel RN", "LPN - Nights", "CDL-A Driver".
  'rn', 'lpn', 'lvn', 'cna', 'emt', 'crna', 'np',
];

/**
 * Endings that make a word a person's profession in English, whatever the profession: a
 * geologist, a statistician, a cartographer, a pediatrician, a locksmith, a wheelwright.
 */
const AGENT_SUFFIX =
  String.raw`(?<!\p{L})\p{L}{2,}(?:ologist|ician|ographer|iatrist|ometrist|apist|smith|wright)s?(?!\p{L})` +
  // Dutch and German name a trade in one compound, the role last: "interieurbouwer", "Werkzeugmacher", "Lagerarbeiter".
  String.raw`|(?<!\p{L})\p{L}{3,}(?:bouwer|maker|werker|monteur|medewerker|kundige|lasser|schilder|planner|verkoper|bediende|bauer|macher|arbeiter|techniker|kaufmann|kauffrau|fachkraft|leiter|helfer|pfleger|fahrer)(?:in|innen|s)?(?!\p{L})`;

/** Words that make a heading a job title, in the languages above, as word stems. */
/**
 * Role words in scripts whose words are not set apart by spaces (Chinese, Japanese, Korean,
 * Thai) or take joined prefixes (Hebrew, Arabic; see job-words.ts): matched anywhere.
 */
const ROLE_INSIDE = [
  '经理', '主管', '工程师', '专员', '助理', '会计', '出纳', '销售', '设计师', '总监', '主任', '文员', '技术员', '操作员', '客服', '顾问', '教师',
  'エンジニア', 'マネージャー', '担当', '営業', '事務', 'スタッフ', 'デザイナー', '社内SE', 'プログラマー', '看護師', '講師', '職人', '見習い',
  '매니저', '엔지니어', '개발자', '담당자', '디자이너', '사원', '팀장', '간호사',
  'พนักงาน', 'ผู้จัดการ', 'วิศวกร', 'เจ้าหน้าที่', 'นักบัญชี', 'โปรแกรมเมอร์', 'หัวหน้า', 'ผู้ช่วย', 'นักพัฒนา', 'นักวิเคราะห์', 'ที่ปรึกษา', 'พยาบาล', 'ผู้ประสานงาน',
  'מפתח', 'מהנדס', 'מנהל', 'אנליסט', 'נציג', 'מזכיר', 'בודק', 'עובד', 'טכנאי', 'יועץ', 'אחראי',
  // Persian, which shares the Arabic script and some of its words (مهندس, مدیر…).
  'کارشناس', 'کارمند', 'حسابدار', 'برنامه‌نویس', 'برنامه نویس', 'تکنسین', 'منشی', 'راننده', 'کارآموز', 'سرپرست', 'مشاور', 'طراح', 'توسعه‌دهنده', 'مدیر', 'پشتیبان',
  // Armenian.
  'մասնագետ', 'համակարգող', 'մենեջեր', 'ինժեներ', 'հաշվապահ', 'վարորդ', 'ղեկավար', 'օգնական', 'վաճառող', 'ծրագրավորող',
  'مهندس', 'مدير', 'محاسب', 'مطور', 'أخصائي', 'اخصائي', 'مسؤول(?!ي)', 'مندوب', 'سائق', 'موظف', 'مساعد', 'مشرف', 'منسق', 'محلل', 'ممرض', 'معلم', 'مصمم', 'مستشار',
];

export const ROLE_WORD = new RegExp(
  `(?:${COMPOUND_ROLE.join('|')})|(?:${ROLE_INSIDE.join('|')})|(?<!\\p{L})(?:${[
    'manager', 'engineer', 'developer', 'designer', 'analyst', 'specialist', 'assistant', 'associate', 'coordinator', 'director', 'lead', 'officer',
    'consultant', 'technician', 'nurse', 'driver', 'operative', 'operator', 'teacher', 'accountant', 'administrator', 'representative', 'executive',
    'scientist', 'architect', 'intern', 'clerk', 'cashier', 'chef', 'cook', 'barista', 'mechanic', 'electrician', 'planner', 'recruiter', 'writer',
    'editor', 'agent', 'adviser', 'advisor', 'supervisor', 'head of', 'controller', 'auditor', 'lawyer', 'counsel', 'paralegal', 'therapist',
    'pharmacist', 'physician', 'doctor', 'surgeon', 'dentist', 'caregiver', 'carer', 'cleaner', 'porter', 'receptionist', 'secretary', 'programmer',
    'tester', 'marketer', 'strategist', 'owner', 'partner', 'fellow', 'apprentice', 'trainee', 'researcher', 'economist', 'buyer', 'sales',
    'teller', 'bartender', 'waiter', 'waitress', 'server', 'host', 'hostess', 'stocker', 'picker', 'packer', 'loader', 'courier', 'guard',
    'labou?rer', 'handyman', 'housekeeper', 'nanny', 'tutor', 'instructor', 'coach', 'trainer', 'dispatcher', 'estimator', 'surveyor',
    'inspector', 'fore(?:man|woman|men)', 'welder', 'plumber', 'carpenter', 'painter', 'machinist', 'fitter', 'baker', 'butcher', 'gardener', 'landscaper', 'attendant',
    'worker', 'helper', 'aide', 'steward', 'concierge', 'valet', 'janitor', 'custodian', 'librarian', 'paramedic', 'midwife', 'veterinar',
    'psycholog', 'social worker', 'counsel+or', 'translator', 'interpreter', 'photographer', 'videographer', 'animator', 'illustrator',
    'copywriter', 'journalist', 'reporter', 'producer', 'artist', 'musician', 'actor', 'model', 'stylist', 'hairdresser', 'barber',
    'beautician', 'therap', 'optician', 'technologist', 'graduate', 'volunteer', 'ambassador', 'advocate', 'navigator', 'broker', 'underwriter',
    'actuary', 'banker', 'trader', 'cashier', 'merchandiser', 'storekeeper', 'warehouse', 'forklift', 'electrical', 'mechanical',
    'werkstudent', 'mitarbeiter', 'leiter', 'ingenieur', 'entwickler', 'berater', 'kraft', 'fachkraft', 'sachbearbeiter', 'referent', 'kaufm',
    'développeur', 'developpeur', 'ingénieur', 'chef de', 'responsable', 'directeur', 'directrice', 'technicien', 'commercial', 'chargé', 'stagiaire',
    'alternant', 'comptable', 'préposée?', 'adjointe?', 'gestionnaire', 'conseiller', 'vendeur', 'infirmier', 'contr[ôo]leu(?:r|se)', 'auditeu(?:r|se)', 'acheteu(?:r|se)',
    'juriste', 'gérant', 'animat(?:eur|rice)',
    'desarrollador', 'ingeniero', 'jefe', 'técnico', 'gerente', 'analista', 'administrativo', 'vendedor', 'enfermero',
    'sviluppatore', 'ingegnere', 'responsabile', 'tecnico', 'impiegat', 'addett', 'commerciale',
    'medewerker', 'ontwikkelaar', 'adviseur', 'beheerder', 'monteur', 'verkoper', 'verpleegkundige',
    'desenvolvedor', 'engenheiro', 'assistente', 'estagiári[oa]', 'estágio', 'coordenador',
    // Welsh ("Swyddog Datblygu", "Rheolwr Prosiect"), Irish ("Oifigeach Cléireachais", "Riarthóir Oifige") and Māori ("Kaiako", "Kaiwhakahaere").
    'swyddog', 'rheolwr', 'cydlynydd', 'cynorthwy-?ydd', 'gweinyddwr', 'gweinyddydd', 'athro', 'athrawes', 'darlithydd', 'ymchwilydd', 'cyfieithydd', 'gohebydd', 'prif weithredwr',
    'oifigeach', 'riarthóir', 'bainisteoir', 'comhordaitheoir', 'cúntóir', 'stiúrthóir', 'múinteoir', 'léachtóir', 'aistritheoir', 'feidhmeannach', 'taighdeoir', 'iriseoir',
    'kaiako', 'kaiwhakahaere', 'kaiāwhina', 'kaiawhina', 'kaiārahi', 'kaimahi', 'tumuaki',
    // Afrikaans.
    'boekhouer', 'bestuurder', 'klerk', 'onderwyser', 'verpleegster', 'tegnikus', 'verkoopsverteenwoordiger',
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
    'promotor', 'contador', 'abogad[oa]', 'docente', 'profesor', 'médico', 'enfermera', 'soldador', 'mozo', 'peón', 'reponedor', 'limpiador', 'carretillero',
    'atendente', 'motorista', 'operador', 'consultor', 'cozinheir[oa]', 'garçom', 'recepcionista', 'balconista', 'repositor', 'enfermeir[oa]',
    'operaio', 'magazziniere', 'autista', 'camerier[ea]', 'cuoco', 'commess[oa]', 'infermier[ea]', 'educat(?:ore|rice)', 'insegnante', 'saldatore',
    'verkäufer', 'koch', 'köchin', 'lagerist', 'elektriker', 'meister', 'assistenz', 'disponent', 'lehrer', 'kassierer', 'helfer', 'betreuer',
    'kok', 'magazijn', 'schoonmaker', 'begeleider', 'docent', 'leerkracht', 'verzorgende', 'bezorger', 'vakkracht', 'timmerman',
    'lagerarbejder', 'lagerarbetare', 'lagerarbeider', 'butiksmedarbejder', 'kassemedarbejder', 'kock', 'snickare', 'tømrer', 'elektrik[eé]r',
    'magazynier', 'kierowca', 'sprzedawca', 'kasjer', 'pielęgniarka', 'operator', 'pracownik', 'kucharz', 'elektryk', 'spawacz',
    // Czech and Slovak.
    'operátor', 'technik', 'vedoucí', 'manaž[eé]r', 'účetní', 'účtovník', 'prodavač', 'predavač', 'řidič', 'vodič', 'skladník', 'vývojář',
    'programátor', 'inženýr', 'inžinier', 'referent', 'obchodní', 'obchodný', 'mechanik', 'elektrikář', 'zdravotní sestra', 'kuchař', 'kuchár',
    'sestra', 'ošetřovatel', 'pečovatel', 'lékař', 'lekár', 'uklízeč', 'recepční', 'zámečník', 'svářeč', 'zedník', 'truhlář', 'učitel',
    // Ukrainian and Russian.
    'менеджер', 'інженер', 'инженер', 'розробник', 'разработчик', 'бухгалтер', 'водій', 'водитель', 'продавець', 'продавец', 'оператор',
    'аналітик', 'аналитик', 'фахівець', 'спеціаліст', 'специалист', 'керівник', 'руководитель', 'директор', 'адміністратор', 'администратор',
    'кухар', 'повар', 'комірник', 'кладовщик', 'консультант', 'дизайнер', 'програміст', 'программист', 'юрист', 'логіст', 'логист',
    'технолог', 'механик', 'механік', 'электрик', 'електрик', 'слесарь', 'слюсар', 'сварщик', 'зварник', 'токарь', 'токар', 'грузчик', 'вантажник',
    'охранник', 'охоронець', 'кассир', 'касир', 'врач', 'лікар', 'медсестра', 'учитель', 'вчитель', 'воспитатель', 'вихователь', 'экономист',
    'економіст', 'маркетолог', 'мастер', 'майстер', 'начальник', 'заместитель', 'заступник', 'рабочий', 'робітник', 'уборщи', 'прибиральни',
    'монтажник', 'официант', 'офіціант', 'швея', 'швачка', 'тракторист', 'агроном', 'ветеринар', 'фармацевт', 'провизор', 'провізор',
    // Kazakh and Mongolian, in Cyrillic.
    'маман', 'жүргізуші', 'есепші', 'нярав', 'жолооч', 'тогооч', 'нягтлан', 'ажилтан', 'мэргэжилтэн', 'худалдагч', 'зөвлөх',
    // Bulgarian.
    'ръководител', 'мениджър', 'специалист', 'служител', 'счетоводител', 'шофьор', 'програмист', 'разработчик', 'техник', 'сътрудник',
    'продавач', 'готвач', 'складов работник', 'асистент', 'администратор', 'стажант', 'медицинска сестра', 'монтажник', 'заварчик',
    // Doctoral and postdoctoral posts, which academic pages name without any other role word.
    'phd (?:position|student|candidate|studentship|fellowship|scholarship)', 'postdoc', 'post-doc', 'postdoctoral', 'doctoral', 'doktorand', 'doctorant',
    'doctorand', 'dottorand',
    // Coaches and trainers of sport, in the languages above.
    'treinador', 'entrenador', 'allenatore', 'entraîneur', 'entraineur',
    // Hungarian (its compounds are above).
    'könyvelő', 'eladó', 'sofőr', 'szakács', 'pincér', 'ápoló', 'tanár', 'technikus', 'raktáros', 'hegesztő', 'karbantartó',
    // Greek, with or without accents (capitals drop them).
    ...['υπεύθυν', 'διευθυντ', 'μηχανικ', 'λογιστ', 'πωλητ', 'υπάλληλ', 'τεχνικ', 'προγραμματιστ', 'οδηγ(?:ός|οί|ού)', 'βοηθ', 'σύμβουλ', 'στέλεχ',
      'νοσηλευτ', 'μάγειρ', 'σερβιτόρ', 'αναλυτ', 'συντονιστ', 'εκπαιδευτ', 'γραμματ', 'ταμί'].map(greek),
    // Romanian.
    'inginer', 'dezvoltator', 'programator', 'contabil', '[șşs]ofer', 'asistent', 'consilier', 'tehnician', 'muncitor', 'v[âa]nz[ăa]tor',
    'buc[ăa]tar', 'osp[ăa]tar', 'coordonator', 'lucr[ăa]tor',
    // Turkish.
    'mühendis', 'müdür', 'uzman', 'sorumlu', 'temsilci', 'geliştirici', 'muhasebe', 'şoför', 'operatör', 'teknisyen', 'asistan', 'elemanı',
    'garson', 'aşçı', 'hemşire', 'öğretmen', 'danışman', 'yönetici', 'stajyer',
    // Croatian, Serbian, Bosnian and Slovenian.
    'inženjer', 'inženir', 'programer', 'računovođa', 'računovodja', 'knjigovođa', 'vozač', 'voznik', 'kuhar', 'konobar', 'savjetnik', 'svetovalec',
    'voditelj', 'menadžer', 'direktor', 'tehničar', 'skladištar', 'stručnjak', 'strokovnjak', 'radnik', 'delavec', 'serviser',
    'komercialist', 'komercijalist', 'prodajalec', 'prodavač', 'monter', 'električar', 'elektrikar', 'blagajnik', 'skladiščnik', 'čistač', 'čistilka', 'medicinska sestra',
    // Latvian, Lithuanian and Estonian.
    'vadītāj', 'speciālist', 'inženier', 'vadov', 'specialist', 'inžinier', 'juhataja', 'spetsialist', 'insener', 'arendaja', 'teenindaja',
    // Georgian.
    'ბუღალტ', 'მენეჯერ', 'ინჟინერ', 'დეველოპერ', 'სპეციალისტ', 'ოპერატორ', 'მძღოლ', 'გამყიდველ', 'კონსულტანტ', 'ასისტენტ', 'ადმინისტრატორ',
    'ანალიტიკოს', 'დირექტორ', 'ხელმძღვანელ', 'მზარეულ', 'მიმტან', 'პროგრამისტ', 'ექთან', 'მასწავლებელ',
    // Vietnamese.
    'nhân viên', 'kỹ sư', 'trưởng phòng', 'quản lý', 'chuyên viên', 'kế toán', 'lập trình viên', 'giám đốc', 'trợ lý', 'thực tập sinh',
    // Indonesian and Malay.
    'kepala', 'pengembang', 'insinyur', 'akuntan', 'perawat', 'pengemudi', 'sopir', 'supir', 'pelayan', 'juru masak', 'pegawai',
    'karyawan', 'konsultan', 'asisten',
    // Swahili.
    'afisa', 'meneja', 'mhasibu', 'dereva', 'mwalimu', 'muuguzi', 'fundi', 'msaidizi', 'karani', 'mlinzi', 'mpishi', 'mhudumu', 'mkurugenzi', 'mtaalamu',
  ].join('|')})|(?<!\\p{L})(?:${TRADES.join('|')})s?(?!\\p{L})|${AGENT_SUFFIX}|(?:\\(|\\s)(?:m\\/w\\/d|f\\/m\\/d|w\\/m\\/d|m\\/f\\/d|m\\/w|w\\/m|h\\/f|f\\/h|m\\/v|m\\/k|k\\/m)(?:\\)|$)`
    // German writes a role for women and men in one word: "Hauswart/in", "Bewirtschafter:in",
    // "Pfleger*in", "Lernende/r".
    + `|\\p{Ll}{2}(?:\\/-?in(?:nen)?|\\*in|:in|_in|\\(in\\)|e\\/r)(?!\\p{L})`
    // So do Spanish, Italian and Portuguese: "panadero/a", "cocinero(a)", "vendedor/a", "educatore/trice".
    + `|\\p{Ll}{2}(?:o\\/a|o\\(a\\)|or\\/a|or\\(a\\)|ore\\/(?:trice|rice)|e\\/essa)(?!\\p{L})`,
  'iu',
);

/** A heading that opens like a sentence or a question ("What we learned hiring…", "How I…") is an article's. */
const SENTENCE_OPENING = /^(?:what|why|how|when|where|who|lessons|we|i|my|our|meet)\b(?!\s*[:–—-])/i;
/**
 * Of those, the openings no employer heads its own posting with: "We're hiring a barista" and
 * "Our new Head Chef" may head one, "How I got my job: …" and "What a lock keeper does" head
 * an article about the work.
 */
export const ARTICLE_OPENING = /^(?:what|why|how|when|where|who|lessons|i|my|meet)\b(?!\s*[:–—-])/i;
/** A greeting opens a letter or a newsletter ("Hello, member-owners!"), not a role. */
const GREETING = /^(?:hello|hi|hey|dear|welcome|greetings|good (?:morning|afternoon|evening)|hallo|bonjour|hola|hej)\b/i;

/**
 * A short name followed by a workload ("Kafferostare, 75 %", "Pflegefachperson 80–100%"):
 * Swiss, German and Nordic postings give the share of a full week in the title, in words no
 * list of roles could hold. An offer's "Save 20%" is not one.
 */
const WORKLOAD_TITLE = /^\p{Lu}[\p{L}\p{M}'’./ -]{2,50}?(?:,\s*|\s+|\s*\()(?:[1-9]\d\s*[-–]\s*)?(?:[1-9]\d|100)\s*%\)?$/u;
const NOT_WORKLOAD = /\b(?:off|save|sale|discount|up to|rabatt|rea|rabais|sconto|descuento|korting|alennus)\b/iu;

export function looksLikeJobTitle(title: string): boolean {
  const text = title.trim();
  if (WORKLOAD_TITLE.test(text) && !NOT_WORKLOAD.test(text) && text.split(/\s+/).length <= 6) return true;
  // A question ("Vil du bli en del av teamet?") is a headline that invites, not a role.
  return ROLE_WORD.test(title) && !SENTENCE_OPENING.test(title.trim()) && !GREETING.test(title.trim()) && !/\?\s*$/.test(title);
}
