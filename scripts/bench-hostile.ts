/**
 * npm run bench:hostile [-- --runs N]
 * Hostile and degenerate pages, generated here, read by the extractor in real Chromium: how
 * long it takes (median of N runs; target: under 200 ms on every page) beside Readability on
 * the same page in the same run, and what it answered.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { BROWSER_TARGETS } from '../vite.config';
import type { ExtractionResult } from '../src/core/posting';
import { chromePath, ROOT } from './lib/browsers';
import { serveDirectory } from './lib/serve';
import { fmt, median } from './lib/stats';

const RUNS = process.argv.includes('--runs') ? Number(process.argv[process.argv.indexOf('--runs') + 1]) : 5;
const dir = resolve(ROOT, '.artifacts/hostile');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value).replace(/<\//g, '<\\/')}</script>`;
const pages: Record<string, string> = {
  '50k-elements': `<title>Big</title><main>${Array.from({ length: 12_500 }, (_, i) => `<div class="row"><span>Cell ${i}</span><a href="/x/${i}">link</a><b></b></div>`).join('')}</main>`,
  'nested-20k-deep': `<title>Deep</title>${'<div>'.repeat(20_000)}We are hiring an engineer. ${'</div>'.repeat(20_000)}`,
  '10mb-json-ld-string': `<title>Huge</title>${jsonLd({ '@type': 'JobPosting', title: 'Engineer', description: 'x'.repeat(10_000_000) })}<h1>Engineer</h1>`,
  'json-ld-nested-10k': `<title>Nested</title><script type="application/ld+json">${'['.repeat(10_000)}${']'.repeat(10_000)}</script><h1>Engineer</h1>`,
  'cyclic-graph-1000': `<title>Cycle</title>${jsonLd({ '@graph': [...Array.from({ length: 1000 }, (_, i) => ({ '@type': 'Organization', '@id': `#o${i}`, name: `Org ${i}`, parent: { '@id': `#o${(i + 1) % 1000}` } })), { '@type': 'JobPosting', title: 'Engineer', hiringOrganization: { '@id': '#o0' } }] })}<h1>Engineer</h1>`,
  '1000-json-ld-scripts': `<title>Many</title>${Array.from({ length: 1000 }, (_, i) => jsonLd({ '@type': 'Thing', name: `t${i}` })).join('')}${jsonLd({ '@type': 'JobPosting', title: 'Engineer' })}<h1>Engineer</h1>`,
  'broken-json-ld-5mb': `<title>Broken</title><script type="application/ld+json">{"@type": "JobPosting", "title": "Engineer", "description": "${'line\n'.repeat(1_000_000)}",}</script><h1>Engineer</h1>`,
  '2000-postings-list': `<title>Jobs</title>${jsonLd({ '@graph': Array.from({ length: 2000 }, (_, i) => ({ '@type': 'JobPosting', title: `Job ${i}`, hiringOrganization: { name: 'Acme' } })) })}<h1>All jobs</h1>`,
  '5mb-paragraph': `<title>Wall</title><main><h1>Engineer</h1><p>${'responsibilities requirements experience skills '.repeat(100_000)}</p></main>`,
  'markup-in-values': `<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>${jsonLd({ '@type': 'JobPosting', title: '<img src=x onerror=alert(1)>Engineer', hiringOrganization: { name: '</script><script>alert(2)</script>Acme' }, description: '<p onclick="alert(3)">Hi</p><script>alert(4)</script>' })}<h1>Engineer</h1>`,
  empty: '',
  frameset: '<frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset>',
  'iframe-only': '<body><iframe src="about:blank" width="100%" height="900"></iframe></body>',
};
for (const [name, html] of Object.entries(pages)) writeFileSync(resolve(dir, `${name}.html`), html);

await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    outDir: resolve(dir, 'bundle'),
    target: BROWSER_TARGETS,
    minify: true,
    lib: { entry: resolve(ROOT, 'scripts/bench/extract-entry.ts'), formats: ['iife'], name: '__interviewLensBench', fileName: () => 'bench.js' },
  },
});
const script = readFileSync(resolve(dir, 'bundle/bench.js'), 'utf8');
const server = await serveDirectory(dir);
const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
let worst = 0;
try {
  console.log(`Hostile pages in real Chromium, median of ${RUNS} runs\n`);
  console.log(`${'page'.padEnd(22)} ${'extract'.padStart(10)} ${'Readab.'.padStart(10)}  answer`);
  for (const name of Object.keys(pages)) {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.origin}/${name}.html`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.evaluate(script);
    const out = (await page.evaluate(`__interviewLensBench("https://example.com/jobs/1", ${RUNS})`)) as { result: ExtractionResult; extractMs: number[]; readabilityMs: number[] };
    await page.close();
    const e = median(out.extractMs);
    worst = Math.max(worst, e);
    const r = out.result;
    const answer = r.kind === 'posting' ? `posting: ${JSON.stringify(r.title?.value ?? null).slice(0, 40)}` : `not a posting (${r.reason})`;
    console.log(`${name.padEnd(22)} ${fmt(e).padStart(10)} ${fmt(median(out.readabilityMs)).padStart(10)}  ${answer}`);
  }
  console.log(`\nSlowest extraction: ${fmt(worst)} (target: under 200 ms)`);
} finally {
  await browser.close();
  await server.close();
}
