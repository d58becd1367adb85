/**
 * npm run bench [-- --only size,popup]
 * Runs every benchmark, one after the other, and prints one table of their headline figures
 * with the targets the issues set. Each benchmark's whole output goes to
 * .artifacts/bench/<name>.log; the table quotes lines from it, so a figure here is exactly what
 * that benchmark printed. Extraction and plan figures use ../shared/corpus when it is beside
 * the checkout, otherwise the project's last held-out set.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './lib/browsers';

const CORPUS = existsSync(resolve(ROOT, '../shared/corpus/manifest.jsonl')) ? '../shared/corpus' : 'tests/bench-pages/heldout6';

interface Figure {
  label: string;
  /** The first capture group is the figure. */
  pattern: RegExp;
  target: string;
}

interface Bench {
  name: string;
  args: string[];
  figures: Figure[];
}

const BENCHES: Bench[] = [
  {
    name: 'size',
    args: [],
    figures: [
      { label: 'popup JavaScript (gzip)', pattern: /^popup JavaScript alone .*?([\d.]+ KB) gzip/m, target: '≤ 60 KB' },
      { label: 'injected script (gzip)', pattern: /^injected extract\.js .*?([\d.]+ KB) gzip/m, target: '≤ 40 KB' },
      { label: 'prep list page (gzip)', pattern: /^prep list page .*?([\d.]+ KB) gzip/m, target: '≤ 120 KB' },
    ],
  },
  {
    name: 'popup',
    args: [],
    figures: [
      { label: 'plan on screen (median)', pattern: /prep plan on screen: ([\d.]+ ms)/, target: '' },
      { label: 'plan / blank popup', pattern: /ratio: ([\d.]+x)/, target: '≤ 1.5x' },
    ],
  },
  {
    name: 'extract',
    args: [CORPUS, '--runs', '3'],
    figures: [
      { label: `extraction marks (${CORPUS})`, pattern: /^Totals: .*= (\d+%)/m, target: '' },
      { label: 'extraction / Readability (median)', pattern: /median ([\d.]+x), worst/, target: '' },
    ],
  },
  {
    name: 'prep',
    args: [CORPUS],
    figures: [
      { label: `honest quotes per plan (${CORPUS})`, pattern: /per posting: (median [\d.]+, min \d+)/, target: '≥ 10' },
      { label: 'quotes not honest', pattern: /quotes not honest: (\d+)/, target: '0' },
      { label: 'plan build / extraction', pattern: /plan build time: .*ratio ([\d.]+x)/, target: '' },
    ],
  },
  {
    name: 'hostile',
    args: [],
    figures: [{ label: 'slowest hostile page', pattern: /Slowest extraction: ([\d.]+ ms)/, target: '< 200 ms' }],
  },
  {
    name: 'storage',
    args: [],
    figures: [
      { label: 'postings in the default 10 MB', pattern: /(\d+) saved postings fitted/, target: '' },
      { label: 'update with 2,000 saved', pattern: /2000 saved postings stored .*one update: ([\d.]+ ms)/, target: '' },
    ],
  },
  {
    name: 'list',
    args: [],
    figures: [
      { label: 'prep list first render (2,000)', pattern: /\| page: first render\s+\|\s+([\d.]+ m?s)/, target: '≤ 200 ms' },
      { label: 'search keystroke (2,000)', pattern: /\| search keystroke\s+\|\s+([\d.]+ m?s)/, target: '≤ 16 ms' },
    ],
  },
];

const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1]!.split(',')) : null;
const logDir = resolve(ROOT, '.artifacts/bench');
mkdirSync(logDir, { recursive: true });

const rows: [string, string, string][] = [];
for (const bench of BENCHES.filter((b) => !only || only.has(b.name))) {
  process.stderr.write(`bench:${bench.name}…\n`);
  const run = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, `scripts/bench-${bench.name}.ts`), ...bench.args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  writeFileSync(resolve(logDir, `${bench.name}.log`), output);
  for (const figure of bench.figures) {
    const value = figure.pattern.exec(output)?.[1] ?? (run.status === 0 ? 'not printed' : `failed (exit ${run.status})`);
    rows.push([figure.label, value, figure.target]);
  }
}

const width = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length)), 8];
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(width[i]!)).join(' | ')} |`;
console.log(line(['benchmark', 'figure', 'target']));
console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
console.log(`\nEach benchmark's full output: .artifacts/bench/<name>.log`);
