/**
 * What kind of page this is, before and after reading it: a browser page, a file that is not
 * HTML, an error or sign-in page, an expired posting, a list of jobs, or something that is not
 * about a job at all. Only a single posting goes on to the prep plan.
 */
import type { NotAPostingReason } from '../posting';
import { collapseSpace } from '../text';
import { documentTitle, isHidden } from './page';
import { JOB_WORDS, JOB_WORDS_INSIDE } from './job-words';
import { looksLikeJobTitle } from './role-words';

export function isHtmlDocument(doc: Document): boolean {
  const type = (doc.contentType || 'text/html').toLowerCase();
  return type === 'text/html' || type === 'application/xhtml+xml';
}

const ERROR_PAGE =
  /^(?:(?:error\s*)?(?:4\d\d|5\d\d)\b|.*\b(?:page not found|not found|page (?:doesn['’]t|does not|cannot be found|no longer) exist|something went wrong|access denied|forbidden|too many requests|service unavailable|temporarily unavailable|seite nicht gefunden|seite (?:existiert nicht|wurde nicht gefunden)|page introuvable|page non trouvée|página no encontrada|siden (?:blev ikke fundet|finnes ikke|findes ikke)|sidan (?:hittades inte|finns inte)|pagina niet gevonden|pagina non trovata|nie znaleziono strony|strona nie istnieje|página não encontrada)(?![\p{L}]))/iu;
const SIGN_IN_PAGE =
  /^(?:.*\b(?:sign in|log ?in|sign up|join linkedin|create (?:an|your) account|authwall|security check|verify you are human|just a moment|anmelden|einloggen|se connecter|connexion|iniciar sesión|log ind|logg inn|logga in|inloggen|accedi|zaloguj się|entrar na sua conta)(?![\p{L}]))/iu;
/** A short line that asks to sign in to see the job: sign-in words, a seeing verb and the job, in any order. */
const GATED =
  /^(?=.{0,160}$)(?=.*\b(?:sign in|log ?in|register|sign up|create an account|anmelden|melde dich an|connectez-vous|inicia sesión|logg inn|logga in)\b)(?=.*\b(?:see|view|read|unlock|access|sehen|lesen|voir|lire|ver|leer|se|läsa)\b)(?=.*\b(?:job|description|details|posting|salary|stelle|stellenbeschreibung|offre|annonce|oferta|descripción|stillingen|annonsen|tjänsten))/iu;
/**
 * The same notice in Japanese, Korean and Chinese ("この求人の掲載は終了しました", "채용 마감"),
 * apart because \b does not mark the edge of a word in those scripts.
 */
// "パートタイマー（検査・梱包）の募集は終了しました": the recruiting of a role the notice names
// (X の募集) has ended, about another job than the page's; "募集は終了しました" alone, or "この求人の…", is the page's.
const EXPIRED_CJK = /(?:この|本)求人(?:情報)?(?:の掲載)?は(?:終了|締め切|締切)|掲載(?:期間)?(?:は|が)終了(?:しました|いたしました)|(?<!(?<!(?:この|本|当)(?:求人)?)の)募集(?:は|を)終了(?:しました|いたしました)|(?:채용|모집)(?:이|은|이\s*)?\s*마감(?:되었습니다|됐습니다)|마감된\s*(?:공고|채용)|(?:该|此)职位已(?:关闭|下线|过期|停止招聘)|招聘已(?:结束|截止)|(?:該|此)職缺已(?:關閉|下架|截止)/u;
const EXPIRED =
  /\b(?:no longer accepting applications|applications? (?:are|is) no longer (?:being )?accepted|(?:this|the) competition (?:is (?:now )?closed|has (?:now )?closed)|tá an (?:comórtas|post|folúntas) seo dúnta|níl iarratais á nglacadh|mae['’]r swydd (?:hon )?wedi cau|(?<!\b(?:until|till|unless|once|when|before|if|after)\s+)(?:this|the) (?:job(?: offer| ad| listing| advert| vacancy| posting| opening)?|position|posting|vacancy|role|opening|listing|advert) (?:has )?(?:expired|closed|been filled|is (?:no longer (?:available|open|active)|closed|filled))|(?:has )?stopped accepting applications|job (?:is )?no longer available|(?:job|position) (?:has been )?removed|applications? (?:are |is )?(?:now )?closed|the (?:application )?deadline (?:for this (?:job|position|role) )?has passed|diese stelle ist (?:leider )?(?:nicht mehr|bereits besetzt)|(?:die|diese) (?:stellenanzeige|ausschreibung) ist abgelaufen|cette offre (?:n['’]est plus|a expir|est (?:expirée|pourvue|clôturée))|esta oferta (?:ya no está|ha caducado|ha expirado)|(?:stillingen|annoncen|jobbet) er (?:besat|udløbet|ikke længere ledig)|(?:stillingen|annonsen) er (?:ikke lenger ledig|besatt|utløpt)|søknadsfristen er utløpt|(?:tjänsten|annonsen) (?:är tillsatt|har gått ut|är inte längre aktuell)|deze vacature is (?:niet meer (?:beschikbaar|actueel)|gesloten|vervuld|verlopen)|questa offerta (?:non è più disponibile|è scaduta)|l['’]annuncio è scaduto|(?:ta )?oferta (?:wygasła|jest już nieaktualna|została zakończona)|esta vaga (?:já não está disponível|foi encerrada|expirou)|(?:esta |essa )?vaga (?:está )?encerrada|o processo seletivo (?:de .{3,80} )?foi encerrado|el proceso de selección (?:ha )?(?:finalizado|terminado|cerrado)|(?:lowongan|pekerjaan) ini (?:sudah )?(?:tidak (?:lagi )?(?:menerima lamaran|tersedia)|ditutup|kedaluwarsa)|anun[țţt]ul (?:a expirat|nu mai este (?:activ|disponibil))|bu ilan(?:ın)? (?:süresi doldu|yayından kaldırıldı|artık yayında değil)|a hirdetés (?:lejárt|már nem elérhető)|η αγγελία (?:έχει λήξει|δεν είναι πλέον διαθέσιμη)|tin tuyển dụng (?:đã hết hạn|không còn)|oglas je (?:istekao|zatvoren)|(?:þessi )?auglýsing(?:in)? er útrunnin|umsóknarfrestur (?:fyrir þetta starf )?er (?:liðinn|útrunninn)|(?:tämä )?(?:ilmoitus|työpaikka) on (?:vanhentunut|päättynyt)|haku on päättynyt|inzerát (?:již )?(?:není aktivní|vypršel)|ponuka (?:už )?nie je aktívna|oglas (?:je )?potekel|hirdetés lejárt)/iu;

/** The outcome of a recruitment, as the notice's <title> ends: its results, merit list, answer key, admit card or cut-off marks. */
// ("Results" alone may end a role's name, "Head of Results": only with the exam's kind or the year.)
const RESULTS_NOTICE = /\b(?:(?:final|provisional|interview|written|exam(?:ination)?) results?|results? \d{4}|(?:merit list|selection list|select list|answer key|admit card|hall ticket|call letter|cut[- ]?off(?: marks)?)(?: \d{4})?)$/i;

/** Headline text: the title, the visible headings and alert banners near the top. */
function headlines(doc: Document, topText: string): string[] {
  const out: string[] = [];
  const title = documentTitle(doc);
  if (title) out.push(title);
  // Tag and role selectors only: substring matches on class names scan every element, and a
  // banner that says a job is closed sits in the first lines of the page anyway.
  for (const el of Array.from(doc.querySelectorAll('h1, h2, [role="alert"], [role="status"]')).slice(0, 40)) {
    if (isHidden(el)) continue;
    const text = collapseSpace(el.textContent ?? '');
    if (text && text.length < 300) out.push(text);
  }
  out.push(...topText.split('\n').filter((line) => line.length < 300));
  return out;
}

/**
 * A page that says what it is in its title or top headings: an error page, a sign-in wall,
 * or a posting that is closed. `hasPosting` tells whether a posting was read from the page;
 * a real posting whose header has a "Sign in" button must not be taken for a sign-in wall.
 * `topText` is the visible text at the top of the page (see TOP_TEXT in read-posting.ts).
 */
export function classifyByHeadlines(doc: Document, hasPosting: boolean, topText: string, descriptionLength = Infinity): NotAPostingReason | null {
  const lines = headlines(doc, topText);
  if (lines.some((l) => EXPIRED.test(l) || EXPIRED_CJK.test(l))) return 'expired';
  // A page whose <title> announces a recruitment's outcome ("… Junior Assistant Final Result
  // 2019", "… Merit List", "… Admit Card") repeats the notice's facts but offers no job.
  if (RESULTS_NOTICE.test((documentTitle(doc) ?? '').split(/\s+[-–|]\s+/)[0]!)) return 'no-posting';
  // "Sign in to see the full job description" over a few lines of text: the posting is behind
  // the wall, whatever was read around it. ("Sign in to apply" is a button on real postings.)
  if (descriptionLength < 600 && lines.slice(0, 12).some((l) => GATED.test(l))) return 'sign-in-wall';
  if (hasPosting) return null;
  const [title = ''] = lines;
  // Error and sign-in pages say so in their title or first headings, not further down.
  const rest = lines.slice(1, 6);
  if (ERROR_PAGE.test(title) || rest.slice(0, 3).some((l) => ERROR_PAGE.test(l))) return 'error-page';
  if (SIGN_IN_PAGE.test(title) || rest.slice(0, 2).some((l) => SIGN_IN_PAGE.test(l))) return 'sign-in-wall';
  return null;
}

/** Job boards that companies embed in their own careers pages as a frame. */
const FRAMED_BOARDS = /(?:^|\.)(?:greenhouse\.io|lever\.co|workable\.com|smartrecruiters\.com|jobvite\.com|icims\.com|myworkdayjobs\.com|bamboohr\.com|ashbyhq\.com|recruitee\.com|personio\.(?:de|com)|teamtailor\.com|breezy\.hr|applytojob\.com)$/i;

/**
 * The address of a job board's frame that holds the posting, when a page embeds one. The
 * extension may read only the page the user clicked on, not another site's frame, but it can
 * send the user to the frame's own page. Greenhouse's embed address is turned into its board
 * page, which reads best.
 */
export function embeddedBoardFrame(doc: Document, url: string): string | null {
  for (const frame of Array.from(doc.querySelectorAll('iframe[src]')).slice(0, 20)) {
    let src: URL;
    try {
      src = new URL(frame.getAttribute('src') ?? '', url);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(src.protocol) || !FRAMED_BOARDS.test(src.hostname) || src.hostname === new URL(url).hostname) continue;
    const board = src.searchParams.get('for');
    const token = src.searchParams.get('token');
    if (/greenhouse\.io$/.test(src.hostname) && src.pathname.startsWith('/embed/job_app') && board && token) {
      return `https://job-boards.greenhouse.io/${encodeURIComponent(board)}/jobs/${encodeURIComponent(token)}`;
    }
    return src.href;
  }
  return null;
}

/** A meta refresh away from the page, with next to no text: an interstitial, not content. */
export function isInterstitial(doc: Document): boolean {
  const refresh = doc.querySelector('meta[http-equiv="refresh" i]');
  return refresh !== null && collapseSpace(doc.body?.textContent ?? '').length < 500;
}

const JOB_LINK = /\/(?:jobs?|careers?|positions?|vacanc\w*|stellen\w*|viewjob|rc\/clk|jobannonce|job-?listings?|openings?|o)\/?[^/?#]*|[?&](?:jk|gh_jid|jobid|job_id|currentjobid)=/i;

/** Distinct links that look like links to single postings. */
export function countJobLinks(doc: ParentNode): number {
  const hrefs = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, 3000)) {
    const href = a.getAttribute('href') ?? '';
    if (JOB_LINK.test(href) && collapseSpace(a.textContent ?? '').length >= 4) hrefs.add(href.replace(/#.*$/, ''));
  }
  return hrefs.size;
}

/**
 * Links whose text names a role, in headings: a results page's cards ("<h2><a>Administrativo
 * contable</a></h2>"), whatever its addresses look like (a board's redirects carry no job word).
 */
export function roleHeadingLinks(doc: Document): number {
  const hrefs = new Set<string>();
  // (And in a table's cells: a list of openings as a table of roles, teams and places.)
  for (const a of Array.from(doc.querySelectorAll('h2 a[href], h3 a[href], h4 a[href], td a[href], [role="cell"] a[href], [role="gridcell"] a[href]')).slice(0, 300)) {
    const text = collapseSpace(a.textContent ?? '');
    if (text.length >= 4 && text.length <= 120 && looksLikeJobTitle(text)) hrefs.add(a.getAttribute('href')!.replace(/#.*$/, ''));
  }
  return hrefs.size;
}

export function jobWordCount(text: string): number {
  // A posting says what it is early on: the first 8,000 characters are enough, and cheaper.
  const start = text.slice(0, 8000);
  return new Set([...(start.match(JOB_WORDS) ?? []), ...(start.match(JOB_WORDS_INSIDE) ?? [])].map((w) => w.toLowerCase())).size;
}
