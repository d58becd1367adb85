/**
 * npm run bench:prep -- <corpus dir> [--runs N] [--sample <file>] [--shared] [--dishonest]
 *
 * Builds the prep plan for every posting of a corpus (../shared/corpus format), in Node, and
 * prints per posting and in total: items per section; the share of items whose quote really
 * occurs in the posting (its description, title or company); honest grounding (items whose
 * quote is a sentence of the description that supports them, quotes that do not, and items
 * marked general, by isHonestQuote in src/core/prep/quality.ts); frame reuse (a template used
 * twice in one plan), entity-type errors (a place or a technology in a product or team slot)
 * and grammar findings (seams, unfilled slots, sentence shapes); the other quality issues of
 * src/core/prep/quality.ts; whether the plan says it is too thin; the mean share of identical questions
 * between two different postings; and the time to build a plan (median of N runs), beside the
 * time to extract the posting from its page in the same run as a baseline.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { build } from 'vite';
import { ROOT } from './lib/browsers';
import type { ManifestRow } from './lib/score';
import { fmt, median } from './lib/stats';
import type * as Entry from './bench/prep-entry';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((a, i) => !a.startsWith('--') && !['--runs', '--sample'].includes(args[i - 1] ?? ''));
const corpus = resolve(positional[0] ?? resolve(ROOT, '../shared/corpus'));
const RUNS = Number(option('--runs') ?? 21);
const sample = option('--sample') ?? null;

const outDir = resolve(ROOT, '.artifacts/bench-prep');
mkdirSync(outDir, { recursive: true });
await build({
  configFile: false,
  logLevel: 'silent',
  build: { outDir, emptyOutDir: true, ssr: resolve(ROOT, 'scripts/bench/prep-entry.ts'), target: 'node20', rollupOptions: { output: { format: 'es', entryFileNames: 'prep.js' } } },
});
const core = (await import(pathToFileURL(resolve(outDir, 'prep.js')).href)) as typeof Entry;

const rows = readFileSync(resolve(corpus, 'manifest.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as ManifestRow);

interface Result {
  file: string;
  counts: [number, number, number, number];
  quotes: { found: number; total: number };
  grounding: { honest: number; dishonest: number; general: number };
  frameReuse: number;
  entityErrors: number;
  grammar: number;
  /** The plan says the posting is too thin to ground ten items. */
  thin: boolean;
  issues: { kind: string; item: string; detail: string }[];
  questions: Set<string>;
  /** Title and company: the corpus holds one schema.org example in four markups, the same posting. */
  identity: string;
  planMs: number;
  extractMs: number;
}

function timeIt(fn: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

const results: Result[] = [];
for (const row of rows) {
  const html = readFileSync(resolve(corpus, row.file), 'utf8');
  const doc = new JSDOM(html, { url: row.url }).window.document;
  const posting = core.extractPosting(doc, row.url);
  if (posting.kind !== 'posting') continue;
  const plan = core.buildPrepPlan(posting);
  const report = core.checkPlan(plan, posting);
  results.push({
    file: row.file,
    counts: [plan.research.length, plan.questions.length, plan.expect.length, plan.story.length],
    quotes: report.quotes,
    grounding: report.grounding,
    frameReuse: report.frameReuse,
    entityErrors: report.entityErrors,
    grammar: report.grammar,
    thin: plan.notice !== null && core.THIN_NOTICE.test(plan.notice),
    issues: report.issues,
    questions: new Set(plan.questions.map((q) => q.text)),
    identity: `${posting.title?.value ?? ''}|${posting.company?.value ?? ''}`.toLowerCase(),
    planMs: median(timeIt(() => core.buildPrepPlan(posting))),
    extractMs: median(timeIt(() => core.extractPosting(doc, row.url))),
  });
  if (sample && row.file.includes(sample)) console.log(`${core.planToMarkdown(plan)}\n`);
}

console.log(`Corpus: ${corpus}, ${results.length} postings, plan build time: median of ${RUNS} runs in Node\n`);
// honest: items whose quote supports them; not honest: quotes that do not (target 0); general:
// items with nothing specific to quote, which say so and carry no quote.
// frames: texts whose frame another text of the plan used; entity: places or technologies in a
// product or team slot; grammar: seams, unfilled slots and sentence shapes (targets 0).
console.log(`${'research ask expect story'.padEnd(26)} ${'quotes'.padStart(8)} ${'honest'.padStart(6)} ${'not'.padStart(4)} ${'general'.padStart(7)} ${'frames'.padStart(6)} ${'entity'.padStart(6)} ${'grammar'.padStart(7)} ${'issues'.padStart(6)} ${'plan'.padStart(8)} ${'extract'.padStart(9)}  posting`);
for (const r of results) {
  const g = r.grounding;
  console.log(
    `${r.counts.map((n) => String(n).padStart(5)).join('')}${' '.repeat(6)} ${`${r.quotes.found}/${r.quotes.total}`.padStart(8)} ${String(g.honest).padStart(6)} ${String(g.dishonest).padStart(4)} ${String(g.general).padStart(7)} ${String(r.frameReuse).padStart(6)} ${String(r.entityErrors).padStart(6)} ${String(r.grammar).padStart(7)} ${String(r.issues.length).padStart(6)} ${fmt(r.planMs).padStart(8)} ${fmt(r.extractMs).padStart(9)}  ${r.file}${r.thin ? ' (says it is too thin)' : ''}`,
  );
  // Quotes that are not honest are counted in their column; --dishonest lists them.
  const shown = r.issues.filter((i) => i.kind !== 'dishonest' || args.includes('--dishonest'));
  for (const issue of shown.slice(0, 8)) console.log(`      ${issue.kind}: ${issue.item}: ${issue.detail}`);
}

// The share of a posting's questions that another posting also gets, word for word, over
// pairs of different postings (not the same title at the same company).
const shares: number[] = [];
for (const a of results) {
  for (const b of results) {
    if (a === b || a.identity === b.identity || a.questions.size === 0) continue;
    let same = 0;
    for (const q of a.questions) if (b.questions.has(q)) same++;
    shares.push(same / a.questions.size);
  }
}
if (args.includes('--shared')) {
  const counts = new Map<string, number>();
  for (const r of results) for (const q of r.questions) counts.set(q, (counts.get(q) ?? 0) + 1);
  console.log('\nQuestions that more than one posting gets, word for word:');
  for (const [q, n] of [...counts.entries()].filter(([, n]) => n > 1).sort((a, b) => b[1] - a[1])) console.log(`  ${n}x ${q}`);
}
const found = results.reduce((n, r) => n + r.quotes.found, 0);
const total = results.reduce((n, r) => n + r.quotes.total, 0);
const byKind = new Map<string, number>();
for (const r of results) for (const i of r.issues) byKind.set(i.kind, (byKind.get(i.kind) ?? 0) + 1);
const sum = (k: number) => results.reduce((n, r) => n + r.counts[k]!, 0);
console.log(`\nTotals over ${results.length} postings:`);
console.log(`  items: research ${sum(0)}, ask ${sum(1)}, expect ${sum(2)}, story ${sum(3)} (mean ${(sum(0) / results.length).toFixed(1)} / ${(sum(1) / results.length).toFixed(1)} / ${(sum(2) / results.length).toFixed(1)} / ${(sum(3) / results.length).toFixed(1)})`);
console.log(`  quotes found in the posting: ${found}/${total} = ${((100 * found) / Math.max(total, 1)).toFixed(1)}%`);
const grounding = (k: keyof Result['grounding']) => results.map((r) => r.grounding[k]);
const honest = grounding('honest');
console.log(
  `  honest grounding: ${honest.reduce((a, b) => a + b, 0)} honestly grounded items (per posting: median ${median(honest)}, min ${Math.min(...honest)}, ` +
    `${honest.filter((n) => n < 10).length} postings under 10); quotes not honest: ${grounding('dishonest').reduce((a, b) => a + b, 0)}; general items: ${grounding('general').reduce((a, b) => a + b, 0)}`,
);
if (args.includes('--dishonest')) {
  // Which items quote badly, over the corpus: where to look first.
  const byItem = new Map<string, number>();
  for (const r of results) for (const i of r.issues) if (i.kind === 'dishonest') byItem.set(i.item, (byItem.get(i.item) ?? 0) + 1);
  console.log('\nQuotes not honest, by item:');
  for (const [item, n] of [...byItem.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${n}x ${item}`);
}
const sumOf = (k: 'frameReuse' | 'entityErrors' | 'grammar') => results.reduce((n, r) => n + r[k], 0);
console.log(`  frame reuse: ${sumOf('frameReuse')}; entity-type errors: ${sumOf('entityErrors')}; grammar findings: ${sumOf('grammar')}; plans that say the posting is too thin: ${results.filter((r) => r.thin).length}`);
console.log(`  unfilled slots: ${byKind.get('unfilled') ?? 0}, duplicates: ${(byKind.get('duplicate') ?? 0) + (byKind.get('near-duplicate') ?? 0)}, other issues: ${[...byKind.entries()].filter(([k]) => !['unfilled', 'duplicate', 'near-duplicate', 'dishonest'].includes(k)).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
console.log(`  identical questions between two different postings: mean ${(100 * (shares.reduce((a, b) => a + b, 0) / Math.max(shares.length, 1))).toFixed(1)}% of a posting's questions (max ${(100 * Math.max(0, ...shares)).toFixed(1)}%)`);
const planMedian = median(results.map((r) => r.planMs));
const extractMedian = median(results.map((r) => r.extractMs));
console.log(`  plan build time: median ${fmt(planMedian)} (max ${fmt(Math.max(...results.map((r) => r.planMs)))}); baseline, extraction from the page in jsdom: median ${fmt(extractMedian)}; ratio ${(planMedian / extractMedian).toFixed(2)}x`);
