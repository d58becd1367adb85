/**
 * npm run package
 * The two store uploads, from a clean build: dist/packages/interview-lens-chrome-<version>.zip
 * (Chrome Web Store) and interview-lens-firefox-<version>.zip (addons.mozilla.org, made by
 * web-ext build). Each is checked before it is written off as done (scripts/lib/package-check.ts):
 * a test build, a missing file or an extra permission stops the script with exit code 1.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import webExt from 'web-ext';
import { ROOT } from './lib/browsers';
import { checkPackage } from './lib/package-check';

const OUT = resolve(ROOT, 'dist/packages');
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };

execFileSync(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'scripts/build.ts'), '--quiet'], { stdio: 'inherit', cwd: ROOT });
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

/** Every file under a folder, by its path inside it, in a stable order. */
function filesUnder(dir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const paths = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const path of paths) files[relative(dir, path).split('\\').join('/')] = readFileSync(path);
  return files;
}

const chromeZip = resolve(OUT, `interview-lens-chrome-${version}.zip`);
// A fixed date on every entry, so the same build gives the same zip.
writeFileSync(chromeZip, zipSync(filesUnder(resolve(ROOT, 'dist/chrome')), { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));

const firefoxName = `interview-lens-firefox-${version}.zip`;
await webExt.cmd.build({ sourceDir: resolve(ROOT, 'dist/firefox'), artifactsDir: OUT, filename: firefoxName, overwriteDest: true }, { shouldExitProgram: false });

let failed = false;
for (const [browser, file] of [['chrome', chromeZip], ['firefox', resolve(OUT, firefoxName)]] as const) {
  const problems = checkPackage(browser, unzipSync(readFileSync(file)));
  console.log(`${relative(ROOT, file)}  ${(statSync(file).size / 1024).toFixed(1)} KB${problems.length > 0 ? '' : '  checked'}`);
  for (const problem of problems) console.error(`  ${problem}`);
  failed ||= problems.length > 0;
}
process.exit(failed ? 1 : 0);
