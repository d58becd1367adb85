/**
 * The words that make a text a job description, in every language the extractor reads: the
 * eleven of words.ts and, so that postings in them are recognised as postings, Welsh, Irish, Czech, Slovak,
 * Finnish, Ukrainian, Russian, Kazakh, Mongolian, Bulgarian, Hungarian, Greek, Romanian, Turkish, Croatian,
 * Serbian, Slovenian, Macedonian, Albanian, Azerbaijani, the Baltic languages, Georgian, Vietnamese,
 * Indonesian and Malay, Swahili, Basque, and
 * (matched inside words, below) Hebrew, Arabic, Persian, Armenian, Amharic, Thai, Chinese, Japanese and Korean. The words
 * of a job title are in role-words.ts.
 */
import { greek } from './role-words';


/** Words of a job description, as stems ("ansøg" is "ansøgning" too); a page without several of them is not a posting. */
export const JOB_WORDS = new RegExp(
  `(?<!\\p{L})(?:${[
    'responsibilit(?:y|ies)', 'requirements?', 'qualifications?', 'experience', 'skills?', 'apply', 'applicants?', 'candidates?', 'salary', 'benefits',
    'full[- ]time', 'part[- ]time', 'remote', 'hybrid', 'on-?site', 'role', 'position', 'team', 'hiring', "we(?:['’]re| are) (?:looking for|seeking)", 'you will', 'vacanc(?:y|ies)', 'closing date',
    "you(?:['’]ll)", 'interview', 'permanent', 'degree', 'report(?:ing)? to', 'join (?:us|our)', 'shift', 'portfolio', 'licen[cs]e',
    'aufgaben', 'anforderungen', 'bewerbung', 'erfahrung', 'profil', 'kenntnisse', 'wir bieten', 'ihre aufgaben',
    'poste', 'candidat(?:ure)?', 'exigences', 'tâches', 'responsabilités', 'curriculum vitae', 'expérience', 'compétences', 'missions?', 'contrat', 'postuler', 'vous', 'profil recherché', 'rémunération',
    'requisitos', 'experiencia', 'puesto', 'funciones', 'ofrecemos', 'candidatura',
    'requisiti', 'esperienza', 'competenze', 'offriamo', 'candidati', 'candidarsi', 'bando', 'selezione', 'assunzione', 'titolo di studio',
    "domanda di (?:partecipazione|ammissione)", 'orario di servizio',
    'functie', 'ervaring', 'vacature', 'sollicit', 'wij bieden', 'wat bieden wij', 'wat wij bieden', 'vaardigheden', 'werkzaamheden', 'wat ga je doen',
    'wie ben jij', 'wie zoeken wij', 'je taken', 'jouw taken', 'salaris', 'uur per week', 'collega',
    'requisitos', 'experiência', 'vaga', 'oferecemos', 'candidate-se',
    'erfaring', 'kvalifikationer', 'ansøg', 'opgaver', 'vi tilbyder', 'kvalifikasjoner', 'søk', 'arbeidsoppgaver', 'vi tilbyr', 'erfarenhet', 'ansök',
    'arbetsuppgifter', 'vi erbjuder', 'kvalifikationer',
    'doświadczeni', 'wymaga(?:nia|ne|ń)', 'obowiąz(?:ki|ków)', 'oferujemy', 'aplikuj', 'wykształceni', 'list motywacyjny', 'nabór',
    // Pay, hours and "what we look for", which even a short posting states; a classified ad's "wanted".
    'wanted', 'hrs?/w(?:ee)?k', 'per hour', 'hourly', 'hours per week',
    // How European employers head an English posting ("Your tasks", "What you bring", "What we offer"), and the leave it gives.
    'tasks', 'what you bring', 'we offer', 'holidays?', 'annual leave', 'paid time off',
    'rôle', 'salaire', 'temps (?:plein|partiel)', 'nous recherchons', 'avantages', 'horaire', 'un atout', 'quart de (?:jour|soir|nuit)',
    'salario', 'sueldo', 'jornada', 'turno', 'beneficios', 'buscamos', 'responsabilidades',
    'stipendio', 'retribuzione', 'cerchiamo', 'mansioni', 'orario di lavoro',
    'salário', 'benefícios', 'procuramos', 'atividades', 'jornada de trabalho',
    'gehalt', 'vergütung', 'arbeitszeit', 'wir suchen', 'schicht', 'vollzeit', 'teilzeit', 'bringst du mit', 'bewirb',
    'werktijden', 'wij zoeken', 'arbeidsvoorwaarden',
    'løn', 'lønn', 'lön', 'arbejdstid', 'arbeidstid', 'arbetstid', 'vi søger', 'vi søker', 'vi söker',
    'wynagrodzenie', 'szukamy', 'godziny pracy',
    // Welsh and Irish.
    'swydd', 'swyddi', 'cyflog', 'profiad', 'cymwysterau', 'dyletswyddau', 'cyfrifoldebau', 'ymgeisio', 'ymgeiswyr', 'dyddiad cau', 'llawn amser', 'rhan amser',
    'sgiliau', 'ffurflen gais', 'gofynion', 'oriau gwaith',
    'tuarastal', 'taithí', 'cáilíochtaí', 'dualgais', 'iarratas', 'iarrthóir', 'spriocdháta', 'lánaimseartha', 'páirtaimseartha', 'scileanna',
    'fostóir', 'fostaíocht', 'ag lorg', 'uaireanta oibre', 'conradh',
    // Basque.
    'lanpostu', 'eskaintza', 'eskakizun', 'esperientzia', 'soldata', 'lanaldi', 'zeregin', 'kontratu', 'hautagai', 'curriculum',
    // Afrikaans.
    'vereistes', 'verantwoordelikhede', 'pligte', 'ondervinding', 'aansoek', 'kwalifikasies', 'werksure', 'ons bied',
    // Czech and Slovak.
    'požadujeme', 'nabízíme', 'ponúkame', 'náplň práce', 'pracovní', 'pracovn[ýá]', 'zkušenost', 'skúsenost', 'mzda', 'mzdové', 'benefity',
    'životopis', 'uchazeč', 'uchádzač', 'hledáme', 'hľadáme', 'nástup', 'směnn', 'zmenn', 'požadavky', 'požiadavky',
    // Finnish.
    'työtehtävä', 'tehtäväsi', 'kokemus', 'kokemusta', 'hakemus', 'hae ', 'haku', 'palkka', 'palkkaus', 'tarjoamme', 'odotamme', 'osaamista',
    'työsuhde', 'vakituinen', 'kokoaikainen', 'vuorotyö', 'hakija', 'työaika',
    // Ukrainian and Russian.
    'обов.язки', 'обязанности', 'вимоги', 'требования', 'досвід', 'опыт', 'пропонуємо', 'предлагаем', 'заробітн', 'зарплат', 'заработн',
    'графік роботи', 'график работы', 'ваканс', 'резюме', 'кандидат', 'шукаємо', 'ищем', 'умови роботи', 'условия работы', 'відгукнутися',
    'откликнуться',
    // Kazakh and Mongolian, in Cyrillic.
    'талаптар', 'жалақы', 'тәжірибе', 'міндеттер', 'шаардлага', 'цалин', 'туршлага', 'ажлын байр', 'үүрэг',
    // Bulgarian.
    'изисквания', 'отговорности', 'задължения', 'предлагаме', 'заплата', 'възнаграждение', 'работно време', 'опит', 'търсим', 'кандидатств',
    'автобиография', 'пълен работен ден', 'непълен работен ден', 'трудов договор',
    // Hungarian.
    'feladat', 'elvárás', 'követelmény', 'kínálunk', 'tapasztalat', 'jelentkez', 'önéletrajz', 'munkavégzés helye', 'bérezés', 'fizetés',
    'munkaidő', 'előny', 'végzettség', 'juttatás', 'munkakör', 'pályáz',
    // Greek.
    ...['απαιτήσεις', 'απαιτούμενα', 'προσόντα', 'αρμοδιότητ', 'καθήκοντα', 'εμπειρία', 'προσφέρουμε', 'παρέχουμε', 'βιογραφικ', 'αποδοχ',
      'μισθ', 'πλήρης απασχόληση', 'υποψήφι', 'παροχ', 'ζητείται', 'ζητούνται', 'αναζητ', 'πτυχίο', 'θέση εργασίας'].map(greek),
    // Romanian, with and without its diacritics, which pages often leave out.
    'responsabilit[ăa][țţt]i', 'cerin[țţt]e', 'experien[țţt][ăa]', 'oferim', 'salariu', 'salarial', 'program de lucru', 'norm[ăa] [îi]ntreag[ăa]',
    'beneficii', 'aplic[ăa]', 'locul de munc[ăa]', 'cuno[șşs]tin[țţt]e', 'atribu[țţt]ii', 'candida[țţt]i',
    // Turkish.
    'nitelikler', 'iş tanımı', 'deneyim', 'tecrübe', 'sorumluluk', 'maaş', 'başvur', 'özgeçmiş', 'tam zamanlı', 'yan haklar', 'görev tanımı',
    // Croatian, Serbian, Bosnian and Slovenian.
    'iskustv', 'izkušnj', 'uvjeti', 'uslovi', 'pogoji', 'zahtjev', 'zahtev', 'nudimo', 'plaća', 'plata', 'plača', 'prijav', 'radno mjesto',
    'radno mesto', 'delovno mesto', 'radno vrijeme', 'opis posla', 'odgovornost',
    // Latvian, Lithuanian and Estonian.
    'prasības', 'pieredz', 'piedāvājam', 'pienākumi', 'darba vieta', 'atalgojum', 'reikalavimai', 'patirt', 'atlyginim', 'siūlome', 'pareigos',
    'darbo vieta', 'nõuded', 'kogemus', 'töötasu', 'pakume', 'tööülesanded', 'kandideeri', 'ootame',
    // Georgian, which has no capitals.
    'მოთხოვნ', 'მოვალეობ', 'გამოცდილ', 'ხელფას', 'ვაკანსი', 'კანდიდატ', 'რეზიუმე', 'სამუშაო', 'პასუხისმგებლ', 'ანაზღაურ', 'განაცხად',
    // Vietnamese.
    'mô tả công việc', 'yêu cầu', 'kinh nghiệm', 'quyền lợi', 'mức lương', 'ứng tuyển', 'phúc lợi', 'ứng viên', 'hồ sơ',
    // Indonesian and Malay.
    'kualifikasi', 'persyaratan', 'pengalaman', 'tanggung jawab', 'gaji', 'lowongan', 'tunjangan', 'melamar', 'deskripsi pekerjaan', 'keahlian',
    'penempatan', 'kelayakan',
    // Swahili.
    'majukumu', 'sifa za mwombaji', 'mshahara', 'maombi', 'uzoefu', 'nafasi ya kazi', 'nafasi za kazi', 'waombaji', 'mwombaji', 'ujuzi', 'elimu',
    // Azerbaijani, Albanian, and Macedonian and Serbian in Cyrillic.
    'tələblər', 'vəzifələr', 'təcrübə', 'əmək haqqı', 'namizəd', 'vakansiya', 'iş qrafiki', 'iş yeri',
    'kërkesat', 'përvoj', 'paga', 'detyrat', 'ofrojmë', 'aplik', 'kandidat', 'orari i punës', 'vendi i punës',
    'искуство', 'услови', 'барања', 'плата', 'работно место', 'радно место', 'нудиме', 'нудимо', 'одговорности', 'пријав', 'аплицира',
  ].join('|')})`,
  'giu',
);

/**
 * Words of a job description in scripts whose words are not set apart by spaces: Chinese,
 * Japanese and Thai write none between words, and Hebrew and Arabic join "the", "and" and
 * "in" to the word that follows ("והניסיון", "والخبرة"). They are found anywhere in the text,
 * not only after a non-letter.
 */
export const JOB_WORDS_INSIDE = new RegExp(
  `(?:${[
    '岗位职责', '职位描述', '工作职责', '任职要求', '任职资格', '工作经验', '薪资', '薪水', '福利', '招聘', '学历',
    // Chinese as Taiwan and Hong Kong write it.
    '工作內容', '職務', '職缺', '薪資', '待遇', '應徵', '學歷', '經驗', '工作地點', '上班時段', '徵才',
    '仕事内容', '応募資格', '必須', '歓迎', '給与', '勤務地', '勤務時間', '待遇', '福利厚生', '募集', '経験', '休日',
    '담당업무', '자격요건', '우대사항', '근무지', '근무조건', '급여', '경력', '채용', '복리후생',
    // Thai.
    'คุณสมบัติ', 'หน้าที่', 'รายละเอียดงาน', 'เงินเดือน', 'สวัสดิการ', 'ประสบการณ์', 'สมัครงาน', 'ตำแหน่ง', 'วุฒิการศึกษา', 'สถานที่ปฏิบัติงาน',
    'ลักษณะงาน', 'ความรับผิดชอบ',
    // Hebrew.
    'דרישות', 'ניסיון', 'תיאור המשרה', 'משרה', 'קורות חיים', 'מועמד', 'תפקיד', 'אחריות', 'יתרון', 'תנאים',
    // Arabic.
    'متطلبات', 'مسؤوليات', 'خبرة', 'راتب', 'مؤهلات', 'وظيف', 'السيرة الذاتية', 'دوام كامل', 'مهام', 'مزايا', 'التقديم',
    // Persian, in the same script.
    'استخدام', 'شرح شغل', 'شرایط احراز', 'مهارت', 'سابقه کار', 'حقوق', 'نوع همکاری', 'تمام وقت', 'پاره وقت', 'رزومه', 'مزایا', 'وظایف', 'تحصیلات',
    // Armenian and Amharic.
    'պահանջներ', 'պարտականություններ', 'աշխատավարձ', 'փորձ', 'հայտ', 'ռեզյումե', 'ልምድ', 'ደመወዝ', 'ማመልከቻ',
  ].join('|')})`,
  'gu',
);
