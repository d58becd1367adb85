/**
 * The conditions of a job that a candidate should ask about (on-call duty, shift work, travel,
 * support for learning, working from home), as postings name them in English and in the other
 * languages Interview Lens reads. A plan is written in English, so a posting in German only
 * grounds an item on on-call duty if something knows that "Rufbereitschaft" is on-call duty:
 * these lists are that knowledge. Each rule is a term with the same meaning in every posting,
 * not a word that only sometimes carries it ("formation" alone is also a degree asked for).
 *
 * Matched without \b where a language's letters are not ASCII: `(?<!\p{L})` and `(?!\p{L})`
 * mark the ends of a word in every script, and scripts written without spaces match as is.
 */
const W = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}])`;

function rule(...alternatives: string[]): RegExp {
  return new RegExp(alternatives.join('|'), 'iu');
}

/** On-call duty: being reachable outside working hours. */
export const ON_CALL = rule(
  String.raw`\bon-?call\b|\bpager ?duty\b|\bout[- ]of[- ]hours support\b`,
  `${W}(?:rufbereitschaft|bereitschaftsdienste?|astreintes?|reperibilità|guardias localizadas|turnos? de guardia|sobreaviso|bereikbaarheidsdienst(?:en)?|consignatiediensten?|dyżury?|dyżurów|beredskapsvakt|tilkaldevagt|vaktordning|дежурств[оаи])${E}`,
  '待機当番|オンコール|당직|值班',
);

/** Shift work: rotas, nights, two or three shifts a day. */
export const SHIFTS = rule(
  String.raw`\bshift work\b|\bshift pattern|\b(?:night|rotating|rotational|early|late|weekend|evening|12-hour|alternating|graveyard|swing|overnight) shifts?\b|\b(?:second|third|2nd|3rd|[23])[- ]shift\b`,
  `${W}(?:schichtdienst|schichtarbeit|schichtsystem|wechselschicht|nachtschicht(?:en)?|[23]-schicht(?:-system|betrieb)?|travail posté|horaires (?:postés|décalés)|[23] ?x ?8|trabajo (?:a|por) turnos|turnos? rotativos?|turnos? de noche|lavoro su turni|turni (?:notturni|a rotazione)|turnazione|ploegendienst(?:en)?|wisseldiensten|onregelmatige diensten|escala \\d+x\\d+|turnos alternados|praca zmianowa|system zmianowy|(?:dwu|trzy)zmianow\\p{L}*|skiftarbete|treskift|tvåskift|skifteholdsarbejde|holddrift|skiftarbeid|turnusarbeid|сменн(?:ый|ого) график\\p{L}*|посменн\\p{L}*|змінн(?:ий|ого) графік\\p{L}*)${E}`,
  'シフト制|交代制|夜勤|倒班|轮班|夜班|교대\\s?근무|야간\\s?근무',
);

/** Travel for work. */
export const TRAVEL = rule(
  String.raw`\btravel(?:l?ing)? (?:up to |approximately |about )?\d{1,2}\s?%|\d{1,2}\s?% (?:of the time )?travel|\btravel (?:is )?required|\bwilling(?:ness)? to travel|\bfrequent travel`,
  `${W}(?:reisetätigkeit(?:en)?|reisebereitschaft|dienstreisen|déplacements? (?:fréquents|réguliers|ponctuels|à prévoir|en france|nationaux|internationaux)|disponibilidad para viajar|viajes frecuentes|trasferte|disponibilità (?:a|alle) trasferte|reisbereidheid|disponibilidade para viajar|viagens frequentes|podróże służbowe|wyjazdy służbowe|delegacje|resor i tjänsten|rejseaktivitet|rejsedage|reisevirksomhet|командировк\\p{L}*|відрядженн\\p{L}*)${E}`,
  '出張|出差|출장',
);

/** Support the employer gives for learning: training, courses, a budget for them. */
export const LEARNING_SUPPORT = rule(
  String.raw`\blearning (?:culture|budget)\b|\bprofessional development\b|\btraining budget\b|\btuition (?:reimbursement|assistance)\b|\beducation(?:al)? assistance\b|\bpaid (?:training|certifications?)\b`,
  `${W}(?:weiterbildung(?:en|smöglichkeiten|sangebote?)?|fortbildung(?:en|smöglichkeiten)?|formations? (?:continues?|internes?|régulières|adaptées?|complètes?)|plan de formation|parcours de formation|formación (?:continua|constante|interna|a cargo)|plan de formación|formazione (?:continua|costante|interna)|percorsi? di formazione|opleidingsmogelijkheden|opleidingsbudget|formação (?:contínua|interna)|treinamentos? (?:contínuos?|internos?)|capacitação (?:contínua|constante)|szkolenia|szkoleń|rozwój zawodowy|kompetensutveckling|kompetenceudvikling|efteruddannelse|kompetanseutvikling|повышени[ея] квалификации|обучение за счёт компании|підвищення кваліфікації)${E}`,
  '研修制度|教育制度|培训机会|带薪培训|교육\\s?지원',
);

/** Working from home, part of the week or all of it. */
export const HOME_WORKING = rule(
  `${W}(?:home-?office|mobiles arbeiten|mobile arbeit|télétravail|teletrabajo|trabajo remoto|smart working|lavoro agile|lavoro da remoto|thuiswerken|hybride werken|teletrabalho|trabalho remoto|praca zdalna|pracy zdalnej|praca hybrydowa|distansarbete|hjemmearbejde|hjemmekontor|удал[её]нн(?:ая|ой) работ\\p{L}*|віддален\\p{L}* робот\\p{L}*)${E}`,
  'リモートワーク|在宅勤務|テレワーク|远程办公|居家办公|재택\\s?근무',
);

/** Words that make working from home the whole week rather than part of it. */
export const FULLY = /(?<![\p{L}\p{N}])(?:100\s?%|full|fully|vollständig|complet|entièrement|completamente|totalmente|całkowicie|helt)(?![\p{L}])/iu;
