/**
 * The corpus scoring rules of ../shared/corpus/README.md (score.py), in TypeScript, so the
 * benchmark prints marks that agree with score.py on the same predictions.
 */
export interface ManifestRow {
  file: string;
  url: string;
  kind: string;
  gt_title?: string | null;
  gt_company?: string | null;
  gt_location?: string | null;
  gt_desc_first80?: string | null;
  gt_desc_last80?: string | null;
  gt_desc_len_chars?: number | null;
}

export interface Prediction {
  file: string;
  kind: string;
  title: string | null;
  company: string | null;
  location: string | null;
  description: string | null;
}

const SUFFIX = /\b(inc|llc|ltd|limited|gmbh|a\/s|corp|corporation|co|plc|s\.a|sa|ag|bv|oy|ab)\b\.?/g;

export function norm(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/[^\p{L}\p{N}_\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function tokens(text: string | null | undefined): string[] {
  return norm(text).split(' ').filter(Boolean);
}

export function f1(a: string | null | undefined, b: string | null | undefined): number {
  const ta = tokens(a);
  const pool = tokens(b);
  if (ta.length === 0 || pool.length === 0) return 0;
  const total = pool.length;
  let common = 0;
  for (const t of ta) {
    const i = pool.indexOf(t);
    if (i >= 0) {
      pool.splice(i, 1);
      common++;
    }
  }
  if (!common) return 0;
  const p = common / ta.length;
  const r = common / total;
  return (2 * p * r) / (p + r);
}

export function companyOk(pred: string | null, gt: string): boolean {
  const a = norm(pred).replace(SUFFIX, '').trim();
  const b = norm(gt).replace(SUFFIX, '').trim();
  if (!a || !b) return false;
  return a === b || (a.length >= 3 && b.includes(a)) || (b.length >= 3 && a.includes(b));
}

function squash(text: string | null | undefined): string {
  return norm(text).replace(/\s+/g, '');
}

export function descOk(pred: string | null, row: ManifestRow): boolean {
  if (!pred || !row.gt_desc_first80) return false;
  const p = squash(pred);
  if (!p.includes(squash(row.gt_desc_first80)) || !p.includes(squash(row.gt_desc_last80))) return false;
  const n = row.gt_desc_len_chars;
  return !n || (pred.length / n >= 0.7 && pred.length / n <= 1.5);
}

export interface Marks {
  title?: boolean;
  company?: boolean;
  location?: boolean;
  desc?: boolean;
  refused?: boolean;
}

export function score(row: ManifestRow, p: Prediction | undefined): Marks {
  const isPosting = p?.kind === 'posting';
  if (row.kind === 'single') {
    const marks: Marks = {};
    if (row.gt_title) marks.title = isPosting && f1(p.title, row.gt_title) >= 0.8;
    if (row.gt_company) marks.company = isPosting && companyOk(p.company, row.gt_company);
    if (row.gt_location) marks.location = isPosting && f1(p.location, row.gt_location) >= 0.5;
    if (row.gt_desc_first80) marks.desc = isPosting && descOk(p.description, row);
    return marks;
  }
  if (row.kind === 'list' || row.kind === 'not-a-posting') return { refused: Boolean(p) && !isPosting };
  return {};
}
