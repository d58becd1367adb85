// Ground truth for the b-* pages of heldout8.
// Usage: node gt-b.mjs   (run from anywhere; writes manifest-b.jsonl next to this file)
// The description numbers are computed from the HTML with jsdom, never typed by hand.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { JSDOM } = require('/work/main/node_modules/jsdom');

const HERE = dirname(fileURLToPath(import.meta.url));

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function collect(node, out) {
  if (node.nodeType === 3) { out.push(node.nodeValue); return; }
  if (node.nodeType !== 1) return;
  const tag = node.tagName.toUpperCase();
  if (SKIP.has(tag)) return;
  if (tag === 'BR') { out.push(' '); return; }
  const block = BLOCK.has(tag);
  if (block) out.push(' ');
  for (const child of node.childNodes) collect(child, out);
  if (block) out.push(' ');
}

function descText(doc, selector) {
  const els = [...doc.querySelectorAll(selector)];
  if (!els.length) throw new Error(`selector matched nothing: ${selector}`);
  const out = [];
  for (const el of els) { out.push(' '); collect(el, out); out.push(' '); }
  return out.join('').replace(/\s+/g, ' ').trim();
}

const PAGES = [
  {
    file: 'b-hhru/vacancy-112904377.html',
    url: 'https://ekaterinburg.hh.ru/vacancy/112904377',
    kind: 'single',
    gt_title: 'Инженер-технолог литейного производства',
    gt_company: 'ООО УралПрофЛит',
    gt_location: 'Екатеринбург',
    gt_desc_selector: '[data-qa="vacancy-description"]',
    notes: 'Russian; JSON-LD JobPosting present but its description is a truncated subset of the page text and its address is a street address while the header shows only the city; company name split across two spans; key skills, address block with metro station and "related vacancies" sidebar sit right after the description; title in <title> is wrapped in "Вакансия … в Екатеринбурге, работа в компании …".',
  },
  {
    file: 'b-saramin/search-quality-control.html',
    url: 'https://www.saramin.co.kr/zf_user/search/recruit?searchType=search&searchword=%ED%92%88%EC%A7%88%EA%B4%80%EB%A6%AC',
    kind: 'list',
    gt_title: null, gt_company: null, gt_location: null, gt_desc_selector: null,
    notes: 'Korean search results page (8 job cards, each with title, company, location, career/education/type chips); no JSON-LD; must not be taken for a single posting even though every card has full title/company/location.',
  },
  {
    file: 'b-104/job-8q3wz.html',
    url: 'https://www.104.com.tw/job/8q3wz',
    kind: 'single',
    gt_title: '資深韌體工程師（BMS 電池管理）',
    gt_company: '鼎峰電子股份有限公司',
    gt_location: '新竹市東區力行路6號3樓',
    gt_desc_selector: '.job-description__content',
    notes: 'Traditional Chinese; description is one <p> with white-space:pre-line (line structure only from newlines, no tags); h1 also contains an "更新日期" date span; many label/value rows (職務類別, 工作待遇, 上班地點...) right after it that are site facts, not description; JSON-LD address is street + district without the floor, and its description covers only the first three duties.',
  },
  {
    file: 'b-wantedly/project-2281406.html',
    url: 'https://www.wantedly.com/projects/2281406',
    kind: 'single',
    gt_title: '九州の物流現場を、Railsとデータで軽くしたいWebエンジニア募集',
    gt_company: '株式会社ハカタロジテック',
    gt_location: '福岡県福岡市中央区',
    gt_desc_selector: '#project-description',
    notes: 'Japanese; the visible title is a catchy project headline while JSON-LD title is just the occupation "Webエンジニア"; body is four fixed-heading sections (なにをやっているのか / なぜやるのか / どうやっているのか / こんなことやります) with images between; remote allowed (JSON-LD TELECOMMUTE) but office in Fukuoka; company info, other projects and similar projects follow inside the same <main>.',
  },
  {
    file: 'b-vietnamworks/senior-data-engineer-1894417-jv.html',
    url: 'https://www.vietnamworks.com/senior-data-engineer-hybrid-1894417-jv',
    kind: 'single',
    gt_title: 'Senior Data Engineer (Hybrid)',
    gt_company: 'Công Ty TNHH Công Nghệ Tài Chính Lúa Vàng',
    gt_location: 'Hồ Chí Minh, Hà Nội',
    gt_desc_selector: '.sc-1671001a-6',
    notes: 'Vietnamese page chrome with English job text; hybrid posting in two cities (two jobLocation entries in JSON-LD); description split over two blocks (Mô tả công việc + Yêu cầu công việc) with obfuscated styled-components class names; a benefits block precedes them and a "Thông tin việc làm" facts grid follows; JSON-LD title lacks the "(Hybrid)" suffix.',
  },
  {
    file: 'b-kalibrr/accounts-payable-specialist-night-shift.html',
    url: 'https://www.kalibrr.com/c/northbridge-staffing-solutions-inc/jobs/248913/accounts-payable-specialist-night-shift-healthcare-account',
    kind: 'single',
    gt_title: 'Accounts Payable Specialist (Night Shift | Healthcare Account)',
    gt_company: 'Northbridge Staffing Solutions Inc.',
    gt_location: 'Pasig City, Metro Manila',
    gt_desc_selector: 'section.job-description-section',
    notes: 'Recruitment agency posting for an unnamed client (the text talks about "our client"); title contains a pipe which looks like a <title> separator; JSON-LD org name differs in punctuation ("Northbridge Staffing Solutions, Inc.") and locality is "Pasig"; description is two sections (Job Description + Minimum Qualifications) followed by a "Job Details" facts list.',
  },
  {
    file: 'b-ejobs/specialist-suport-clienti-germana-1907715.html',
    url: 'https://www.ejobs.ro/user/locuri-de-munca/specialist-suport-clienti-cu-limba-germana-hibrid/1907715',
    kind: 'single',
    gt_title: 'Specialist Suport Clienți cu Limba Germană (Hibrid)',
    gt_company: 'Vistara Business Services',
    gt_location: 'București, Cluj-Napoca, Iași',
    gt_desc_selector: '.JMDContent',
    notes: 'Romanian with diacritics; hybrid job in three cities (JSON-LD has three jobLocation places); JSON-LD company carries the legal suffix "SRL" while the page does not; a facts summary (Oraș, Tip job, Salariu, Limbi străine...) sits above the description and benefit tags below it.',
  },
  {
    file: 'b-jobsbg/job-8104623.html',
    url: 'https://www.jobs.bg/job/8104623',
    kind: 'single',
    gt_title: 'Ръководител склад',
    gt_company: 'Тракия Лоджистик Хъб ЕООД',
    gt_location: 'Пловдив',
    gt_desc_selector: '#job_text',
    notes: 'Bulgarian; <title> leads with the board name ("Jobs.bg - …") then title, company, city separated by commas; no JSON-LD; the job title is repeated in capitals inside the description; salary in EUR; location shown as "гр. Пловдив"; reference number line sits just after the description, inside the same card.',
  },
  {
    file: 'b-mojposao/posao-418822-istekao.html',
    url: 'https://www.moj-posao.net/Posao/418822/Voditeljica-smjene-u-pekari/',
    kind: 'not-a-posting',
    gt_title: null, gt_company: null, gt_location: null, gt_desc_selector: null,
    notes: 'Croatian "this ad has expired" page at the original posting URL; still names the old job title and employer in the notice and in <title>, followed by six similar active jobs with title/company/location; no description, no JSON-LD.',
  },
  {
    file: 'b-cvee/vacancy-1492210-objektijuht.html',
    url: 'https://www.cv.ee/et/vacancy/1492210/emajoe-ehitus-ou/objektijuht-eluhooned',
    kind: 'single',
    gt_title: 'Objektijuht (eluhooned)',
    gt_company: 'Emajõe Ehitus OÜ',
    gt_location: 'Tartu',
    gt_desc_selector: '.vacancy-details__text',
    notes: 'Estonian; styled-jsx class names (jsx-NNNN) on everything; header shows "Tartu, Tartumaa" while JSON-LD has "Tartu linn" / "Tartu maakond" plus a street address; a languages block and a small facts <dl> share the same wrapper as the description; similar vacancies and an ad follow.',
  },
  {
    file: 'b-jobbank/jobposting-47318852.html',
    url: 'https://www.jobbank.gc.ca/jobsearch/jobposting/47318852',
    kind: 'single',
    gt_title: 'industrial electrician',
    gt_company: 'Lakehead Mill Services Ltd.',
    gt_location: 'Thunder Bay (ON)',
    gt_desc_selector: 'div.job-posting-detail-requirements',
    notes: 'Government of Canada (WET/GCWeb) template; schema.org data is RDFa (vocab/typeof/property), not JSON-LD; lowercase NOC-style title with a "Job posting" small label in the same h1; no free-text description — the body is the structured requirements block (Overview, Work setting, Responsibilities, Credentials, Benefits...) made of h3/h4 and short lists; long government footer.',
  },
  {
    file: 'b-prospects/graduate-environmental-consultant-4417392.html',
    url: 'https://www.prospects.ac.uk/graduate-jobs/graduate-environmental-consultant-4417392',
    kind: 'single',
    gt_title: 'Graduate Environmental Consultant',
    gt_company: 'Hartwell Brook Environmental',
    gt_location: 'Leeds, Bristol',
    gt_desc_selector: '.job-description-text',
    notes: 'UK graduate scheme; JSON-LD title carries a reference-code suffix ("- REF HBE/GRAD/27") and the org name adds "Ltd"; two cities, hybrid; a job summary <dl> (salary, closing date, start) precedes the description and a "How to apply" section follows it.',
  },
];

const lines = [];
for (const p of PAGES) {
  const path = join(HERE, p.file);
  if (!existsSync(path)) throw new Error(`missing file ${p.file}`);
  const html = readFileSync(path, 'utf8');
  const doc = new JSDOM(html).window.document;
  let first = null, last = null, len = null;
  if (p.gt_desc_selector) {
    const text = descText(doc, p.gt_desc_selector);
    first = text.slice(0, 80);
    last = text.slice(-80);
    len = text.length;
  }
  lines.push(JSON.stringify({
    file: p.file,
    url: p.url,
    kind: p.kind,
    gt_title: p.gt_title,
    gt_company: p.gt_company,
    gt_location: p.gt_location,
    gt_desc_first80: first,
    gt_desc_last80: last,
    gt_desc_len_chars: len,
    gt_desc_selector: p.gt_desc_selector,
    notes: p.notes,
  }));
}
writeFileSync(join(HERE, 'manifest-b.jsonl'), lines.join('\n') + '\n');

// validate: every line parses, every file exists
for (const l of readFileSync(join(HERE, 'manifest-b.jsonl'), 'utf8').trim().split('\n')) {
  const o = JSON.parse(l);
  if (!existsSync(join(HERE, o.file))) throw new Error(`missing ${o.file}`);
  console.log(`${o.kind.padEnd(14)} ${String(o.gt_desc_len_chars).padStart(5)}  ${o.file}`);
}
