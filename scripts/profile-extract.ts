/**
 * npm run profile:extract -- <page.html> --url <page url> [--runs N]
 * Where the extractor spends its time on one saved page, in real Chromium: runs it N times
 * under the V8 sampling profiler (Readability is timed apart, outside the profile) and prints
 * the functions with the most self time, then those with the most total time (self and callees).
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
  const baseline = (await page.evaluate(`__interviewLensBench(${JSON.stringify(url)}, ${runs})`)) as { readabilityMs: number[] };
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const out = (await page.evaluate(`__interviewLensBench(${JSON.stringify(url)}, ${runs}, true)`)) as { extractMs: number[] };
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const dt = (profile.endTime - profile.startTime) / profile.samples!.length / 1000;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (id: number) => {
    const frame = byId.get(id)!.callFrame;
    return `${frame.functionName || '(anonymous)'}:${frame.lineNumber + 1}`;
  };
  // The browser's own calls (querySelectorAll, getAttribute...) are charged to their caller too.
  const native = new Map<string, number>();
  for (const id of profile.samples!) {
    self.set(keyOf(id), (self.get(keyOf(id)) ?? 0) + dt);
    const frame = byId.get(id)!.callFrame;
    const up = parent.get(id);
    if (frame.lineNumber < 0 && frame.functionName && up !== undefined) {
      const key = `${frame.functionName} from ${keyOf(up)}`;
      native.set(key, (native.get(key) ?? 0) + dt);
    }
    // A recursive function is counted once per sample.
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) onStack.add(keyOf(at));
    for (const key of onStack) total.set(key, (total.get(key) ?? 0) + dt);
  }
  const extractTotal = out.extractMs.reduce((a, b) => a + b, 0);
  console.log(`extract: ${(extractTotal / runs).toFixed(2)} ms/run; readability: ${(baseline.readabilityMs.reduce((a, b) => a + b, 0) / runs).toFixed(2)} ms/run`);
  console.log('self time');
  for (const [name, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(ms / runs).toFixed(3).padStart(8)} ms/run  ${name}`);
  console.log('browser calls by caller');
  for (const [name, ms] of [...native.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${(ms / runs).toFixed(3).padStart(8)} ms/run  ${name}`);
  console.log('total time');
  for (const [name, ms] of [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(ms / runs).toFixed(3).padStart(8)} ms/run  ${name}`);
} finally {
  await browser.close();
  await server.close();
}
