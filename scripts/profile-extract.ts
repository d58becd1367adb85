/**
 * npm run profile:extract -- <page.html> --url <page url> [--runs N]
 * Where the extractor spends its time on one saved page, in real Chromium: runs it N times
 * under the V8 sampling profiler and prints the functions with the most self time.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { BROWSER_TARGETS } from '../vite.config';
import { chromePath, ROOT } from './lib/browsers';
import { serveDirectory } from './lib/serve';

const args = process.argv.slice(2);
const file = resolve(args[0] ?? '');
const url = args[args.indexOf('--url') + 1] ?? 'https://example.com/';
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 50;

const outDir = resolve(ROOT, '.artifacts/profile-extract');
mkdirSync(outDir, { recursive: true });
await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    outDir,
    emptyOutDir: true,
    target: BROWSER_TARGETS,
    minify: false,
    lib: { entry: resolve(ROOT, 'scripts/bench/extract-entry.ts'), formats: ['iife'], name: '__interviewLensBench', fileName: () => 'bench.js' },
  },
});
const server = await serveDirectory(dirname(file));
const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (req) => (req.url().startsWith(server.origin) ? void req.continue() : void req.abort()));
  await page.goto(`${server.origin}/${basename(file)}`, { waitUntil: 'domcontentloaded' });
  await page.evaluate(readFileSync(resolve(outDir, 'bench.js'), 'utf8'));
  await page.evaluate(`__interviewLensBench(${JSON.stringify(url)}, 3)`);
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const out = (await page.evaluate(`__interviewLensBench(${JSON.stringify(url)}, ${runs})`)) as { extractMs: number[]; readabilityMs: number[] };
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const dt = (profile.endTime - profile.startTime) / profile.samples!.length / 1000;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const id of profile.samples!) {
    const node = byId.get(id)!;
    const key = `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  }
  const extractTotal = out.extractMs.reduce((a, b) => a + b, 0);
  console.log(`extract: ${(extractTotal / runs).toFixed(2)} ms/run; readability: ${(out.readabilityMs.reduce((a, b) => a + b, 0) / runs).toFixed(2)} ms/run`);
  for (const [name, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(ms / runs).toFixed(3).padStart(8)} ms/run  ${name}`);
} finally {
  await browser.close();
  await server.close();
}
