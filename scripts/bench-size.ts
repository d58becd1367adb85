/**
 * npm run bench:size
 * Sizes of what the extension ships (after `npm run build`), raw and gzip, with baselines
 * built in the same run: @mozilla/readability alone (what extract-full.js adds to the injected
 * script, for the pages that need it) and a Preact page that renders one element with the
 * polyfill (the floor for the popup). Targets (issue 10): popup JavaScript 60 KB gzip, the
 * injected script 40 KB, the prep list page 120 KB.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { BROWSER_TARGETS } from '../vite.config';
import { LEXICON_FILE } from '../src/platform/package-files';
import { ROOT } from './lib/browsers';

const DIST = resolve(ROOT, 'dist/chrome');

function sizes(files: string[]): { raw: number; gzip: number } {
  const content = Buffer.concat(files.map((f) => readFileSync(f)));
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
}

/** The JS and CSS an HTML page loads (its own chunks and the shared ones it imports). */
function pageAssets(html: string): string[] {
  const text = readFileSync(resolve(DIST, html), 'utf8');
  const direct = [...text.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].map((m) => resolve(DIST, m[1]!));
  const all = new Set(direct);
  for (const file of direct.filter((f) => f.endsWith('.js'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/from"\.\/([^"]+\.js)"|import"\.\/([^"]+\.js)"/g)) all.add(resolve(DIST, 'assets', m[1] ?? m[2]!));
  }
  return [...all];
}

async function baseline(name: string, source: string, iife: boolean): Promise<{ raw: number; gzip: number }> {
  // Inside the project (git-ignored), so the entry resolves the project's node_modules.
  mkdirSync(resolve(ROOT, '.artifacts'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.artifacts', `size-${name}-`));
  writeFileSync(join(dir, 'entry.tsx'), source);
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: join(dir, 'out'),
      target: BROWSER_TARGETS,
      minify: true,
      lib: { entry: join(dir, 'entry.tsx'), formats: [iife ? 'iife' : 'es'], name: 'baseline', fileName: () => 'out.js' },
    },
  });
  const result = sizes([join(dir, 'out', 'out.js')]);
  rmSync(dir, { recursive: true, force: true });
  return result;
}

try {
  statSync(resolve(DIST, 'manifest.json'));
} catch {
  console.error('dist/chrome is missing: run `npm run build` first.');
  process.exit(2);
}

const popup = pageAssets('popup.html');
const rows: [string, { raw: number; gzip: number }][] = [
  ['popup (HTML page: JS + CSS)', sizes(popup)],
  ['popup JavaScript alone', sizes(popup.filter((f) => f.endsWith('.js')))],
  ['skills lexicon (pages fetch it)', sizes([resolve(DIST, LEXICON_FILE)])],
  ['injected extract.js', sizes([resolve(DIST, 'extract.js')])],
  ['extract-full.js (when needed)', sizes([resolve(DIST, 'extract-full.js')])],
  ['background.js', sizes([resolve(DIST, 'background.js')])],
  ['prep list page (JS + CSS)', sizes(pageAssets('prep-list.html'))],
];
const readability = await baseline('readability', "import { Readability } from '@mozilla/readability';\nexport default function run(d: Document) { return new Readability(d).parse(); }\n", true);
const preact = await baseline(
  'preact',
  "import { render } from 'preact';\nimport browser from 'webextension-polyfill';\nrender(<p>{browser.runtime.id}</p>, document.body);\n",
  false,
);
const total = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);

for (const [name, s] of rows) console.log(`${name.padEnd(30)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip`);
console.log(`${'baseline: Readability alone'.padEnd(30)} ${kb(readability.raw).padStart(9)} raw ${kb(readability.gzip).padStart(9)} gzip`);
console.log(`${'baseline: Preact + polyfill'.padEnd(30)} ${kb(preact.raw).padStart(9)} raw ${kb(preact.gzip).padStart(9)} gzip`);
console.log(`injected script / Readability alone: ${(rows[3]![1].gzip / readability.gzip).toFixed(2)}x (gzip)`);
console.log(`popup / Preact + polyfill: ${(rows[0]![1].gzip / preact.gzip).toFixed(2)}x (gzip)`);
console.log(`whole dist/chrome folder: ${kb(total)}`);
