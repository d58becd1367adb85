/**
 * npm run bench:extract -- <corpus dir> [--runs N] [--out predictions.jsonl]
 *
 * Runs the extractor on every page of a corpus in the format of ../shared/corpus (manifest.jsonl
 * and the pages), in real Chromium, and prints per page and in total: title, company, location
 * and description right or wrong (the corpus README's rules, as score.py applies them), list
 * and error pages refused, and the extraction time (median of N runs) beside
 * `new Readability(document.cloneNode(true)).parse()` on the same page in the same run.
 * Pages are loaded with JavaScript off: the saved DOM is what a content script would see.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { BROWSER_TARGETS } from '../vite.config';
import { chromePath, ROOT } from './lib/browsers';
import { type Marks, type ManifestRow, type Prediction, score } from './lib/score';
import { serveDirectory } from './lib/serve';
import { fmt, median } from './lib/stats';
import type { ExtractionResult } from '../src/core/posting';

const args = process.argv.slice(2);
const positional = args.filter((a, i) => !a.startsWith('--') && !['--runs', '--out'].includes(args[i - 1] ?? ''));
const corpus = resolve(positional[0] ?? resolve(ROOT, '../shared/corpus'));
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
const outAt = args.indexOf('--out');
const OUT = outAt >= 0 ? resolve(args[outAt + 1]!) : resolve(ROOT, '.artifacts/predictions.jsonl');

const rows = readFileSync(resolve(corpus, 'manifest.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as ManifestRow);

// The bench bundle: the extractor and Readability as one classic script.
const benchDir = resolve(ROOT, '.artifacts/bench-extract');
mkdirSync(benchDir, { recursive: true });
await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    outDir: benchDir,
    emptyOutDir: true,
    target: BROWSER_TARGETS,
    minify: true,
    lib: { entry: resolve(ROOT, 'scripts/bench/extract-entry.ts'), formats: ['iife'], name: '__interviewLensBench', fileName: () => 'bench.js' },
  },
});
const benchScript = readFileSync(resolve(benchDir, 'bench.js'), 'utf8');

const server = await serveDirectory(corpus);
const browser = await puppeteer.launch({
  executablePath: chromePath(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

interface Row {
  row: ManifestRow;
  marks: Marks;
  prediction: Prediction;
  extract: number;
  readability: number;
  note: string;
}
const results: Row[] = [];
try {
  for (const row of rows) {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    // Saved pages point at their sites' assets; nothing leaves this machine.
    await page.setRequestInterception(true);
    // A page that moves on by itself (a meta refresh) is measured where it was saved.
    let navigations = 0;
    page.on('request', (req) => {
      // An aborted navigation would show an error page; "204 No Content" leaves the page as it is.
      if (req.isNavigationRequest() && req.frame() === page.mainFrame() && navigations++ > 0) return void req.respond({ status: 204 });
      void (req.url().startsWith(server.origin) ? req.continue() : req.abort());
    });
    await page.goto(`${server.origin}/${row.file}`, { waitUntil: 'domcontentloaded' });
    await page.evaluate(benchScript);
    const out = (await page.evaluate(`__interviewLensBench(${JSON.stringify(row.url)}, ${RUNS})`)) as {
      result: ExtractionResult;
      extractMs: number[];
      readabilityMs: number[];
    };
    await page.close();
    const r = out.result;
    const prediction: Prediction =
      r.kind === 'posting'
        ? { file: row.file, kind: 'posting', title: r.title?.value ?? null, company: r.company?.value ?? null, location: r.location?.value ?? null, description: r.description?.value ?? null }
        : { file: row.file, kind: r.reason, title: null, company: null, location: null, description: null };
    results.push({
      row,
      marks: score(row, prediction),
      prediction,
      extract: median(out.extractMs),
      readability: median(out.readabilityMs),
      note: r.kind === 'posting' ? `${r.title?.source}/${r.company?.source}/${r.location?.source}/${r.description?.source}` : r.reason,
    });
  }
} finally {
  await browser.close();
  await server.close();
}

mkdirSync(resolve(OUT, '..'), { recursive: true });
writeFileSync(OUT, results.map((r) => JSON.stringify(r.prediction)).join('\n') + '\n');

const KEYS = ['title', 'company', 'location', 'desc', 'refused'] as const;
const tally = Object.fromEntries(KEYS.map((k) => [k, [0, 0]])) as Record<(typeof KEYS)[number], [number, number]>;
console.log(`Corpus: ${corpus} (${rows.length} pages), median of ${RUNS} runs per page, real Chromium\n`);
console.log(`${'marks'.padEnd(20)} ${'extract'.padStart(9)} ${'Readab.'.padStart(9)} ${'ratio'.padStart(6)}  page (sources)`);
for (const r of results) {
  const marks = KEYS.filter((k) => r.marks[k] !== undefined).map((k) => `${r.marks[k] ? '+' : '-'}${k === 'refused' ? 'refused' : k[0]}`);
  for (const k of KEYS) {
    if (r.marks[k] === undefined) continue;
    tally[k][1]++;
    if (r.marks[k]) tally[k][0]++;
  }
  const label = marks.length > 0 ? marks.join(' ') : `(${r.row.kind})`;
  console.log(`${label.padEnd(20)} ${fmt(r.extract).padStart(9)} ${fmt(r.readability).padStart(9)} ${(r.extract / r.readability).toFixed(2).padStart(6)}  ${r.row.file} (${r.note})`);
}
const scored = KEYS.filter((k) => tally[k][1] > 0);
const right = scored.reduce((n, k) => n + tally[k][0], 0);
const total = scored.reduce((n, k) => n + tally[k][1], 0);
const ratios = results.map((r) => r.extract / r.readability);
console.log(`\nTotals: ${scored.map((k) => `${k} ${tally[k][0]}/${tally[k][1]}`).join('  ')}  all ${right}/${total} = ${((100 * right) / Math.max(total, 1)).toFixed(0)}%`);
console.log(`Extraction time / Readability time: median ${median(ratios).toFixed(2)}x, worst ${Math.max(...ratios).toFixed(2)}x (${results[ratios.indexOf(Math.max(...ratios))]!.row.file})`);
const whole = results.filter((r) => !r.row.kind.startsWith('schema-example'));
if (whole.length > 0 && whole.length < results.length) {
  const wholeRatios = whole.map((r) => r.extract / r.readability);
  console.log(`  on the ${whole.length} saved job-site pages alone (not the schema.org snippets): median ${median(wholeRatios).toFixed(2)}x, worst ${Math.max(...wholeRatios).toFixed(2)}x`);
}
console.log(`Predictions written to ${OUT} (python3 ${corpus}/score.py ${corpus}/manifest.jsonl ${OUT} gives the same marks)`);
