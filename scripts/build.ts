/**
 * Builds the extension: the pages with vite.config.ts, then the background and the injected
 * extractor as self-contained classic scripts, then one manifest per browser from the source
 * manifest.json.
 *
 *   dist/chrome, dist/firefox           what users load; only activeTab, scripting, storage, unlimitedStorage, alarms
 *                                        (notifications optional)
 *   dist/e2e/chrome, dist/e2e/firefox   test builds: adds host permission for http://127.0.0.1/*
 *                                       and tabs (automation cannot grant activeTab), clipboardRead
 *                                       (to check what Copy wrote) and a test hook
 *   dist/cli                            the command-line tool over the same core
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, createLogger, type InlineConfig } from 'vite';
import viteConfig, { BROWSER_TARGETS, JSX } from '../vite.config';
import { noInnerHtml } from './lib/vite-no-inner-html';
import { LEXICON_FILE } from '../src/platform/package-files';

const ROOT = resolve(import.meta.dirname, '..');
// Always the production build, whoever runs this: Vite keeps a NODE_ENV it inherits, and under
// vitest (the packaging test) that is "test", which keeps Preact's development code.
process.env.NODE_ENV = 'production';
const DIST = resolve(ROOT, 'dist');
const quiet = process.argv.includes('--quiet');
const logLevel = quiet ? 'warn' : 'info';

/** One classic script (IIFE): what executeScript and a background page can load. */
async function classicScript(entry: string, outDir: string, fileName: string, options: { e2e: boolean; footer?: string; name?: string }) {
  const config: InlineConfig = {
    configFile: false,
    logLevel,
    oxc: { jsx: JSX },
    plugins: [noInnerHtml()],
    define: { __E2E__: JSON.stringify(options.e2e) },
    build: {
      outDir,
      emptyOutDir: false,
      target: BROWSER_TARGETS,
      minify: true,
      sourcemap: false,
      lib: { entry: resolve(ROOT, entry), formats: ['iife'], name: options.name ?? 'interviewLens', fileName: () => fileName },
      rollupOptions: { output: { footer: options.footer, exports: options.name ? 'default' : 'none' } },
    },
  };
  await build(config);
}

type Browser = 'chrome' | 'firefox';

/**
 * Vite's logger, without its warning that popup.html's first script is not a module: that
 * script is built apart on purpose (early-read.js, a classic script that runs at once).
 */
function pagesLogger() {
  const logger = createLogger(logLevel);
  const warn = logger.warn.bind(logger);
  logger.warn = (message, options) => {
    if (!message.includes('early-read.js')) warn(message, options);
  };
  return logger;
}

function manifestFor(browser: Browser, e2e: boolean): Record<string, unknown> {
  const source = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
  const manifest: Record<string, unknown> = { ...source, version: pkg.version };
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
  } else {
    // Firefox runs MV3 backgrounds as event pages from background.scripts and ignores
    // service_worker (web-ext lint warns about it), so this build names only the script.
    manifest.background = { scripts: ['background.js'] };
    delete manifest.minimum_chrome_version;
  }
  if (e2e) {
    manifest.name = `${source.name as string} (test build)`;
    manifest.host_permissions = ['http://127.0.0.1/*'];
    // clipboardRead lets the tests read back what Copy wrote. tabs reveals a tab's address the
    // way the user's click does through activeTab (openPopup() from automation grants nothing),
    // so a browser page is recognised before anything is injected, as it is for users.
    // notifications is granted at install here: automation cannot answer the browser's prompt
    // for an optional permission, and the reminder tests need the real notifications API.
    manifest.permissions = [...(source.permissions as string[]), 'clipboardRead', 'tabs', 'notifications'];
    delete manifest.optional_permissions;
  }
  return manifest;
}

async function buildExtension(e2e: boolean) {
  const base = e2e ? resolve(DIST, 'e2e') : DIST;
  const chrome = resolve(base, 'chrome');
  await build({
    ...viteConfig,
    configFile: false,
    logLevel,
    customLogger: pagesLogger(),
    define: { ...viteConfig.define, __E2E__: JSON.stringify(e2e) },
    build: { ...viteConfig.build, outDir: chrome, emptyOutDir: true },
  });
  await classicScript('src/background/main.ts', chrome, 'background.js', { e2e });
  // The popup's first script (popup.html loads it before the popup's module).
  await classicScript('src/popup/early-read.ts', chrome, 'early-read.js', { e2e });
  // executeScript returns the value of the file's last statement: the footer calls the
  // extractor so that value is the extraction result (a `var x = …` last would give null).
  await classicScript('src/content/extract.ts', chrome, 'extract.js', { e2e, name: 'interviewLensExtract', footer: 'interviewLensExtract();' });
  await classicScript('src/content/extract-full.ts', chrome, 'extract-full.js', { e2e, name: 'interviewLensExtract', footer: 'interviewLensExtract();' });
  // The skills lexicon, which the pages fetch (src/platform/lexicon.ts), without its indentation.
  const lexicon = JSON.parse(readFileSync(resolve(ROOT, 'src/core/analyze/data/skills.json'), 'utf8')) as unknown;
  writeFileSync(resolve(chrome, LEXICON_FILE), JSON.stringify(lexicon));
  const firefox = resolve(base, 'firefox');
  rmSync(firefox, { recursive: true, force: true });
  cpSync(chrome, firefox, { recursive: true });
  writeFileSync(resolve(chrome, 'manifest.json'), JSON.stringify(manifestFor('chrome', e2e), null, 2));
  if (e2e) {
    // The baseline of `npm run bench:popup`: a popup that only shows a word.
    writeFileSync(resolve(chrome, 'blank.html'), '<!doctype html><meta charset="utf-8"><title>blank</title><p id="ready">ready</p>\n');
  }
  writeFileSync(resolve(firefox, 'manifest.json'), JSON.stringify(manifestFor('firefox', e2e), null, 2));
}

async function buildCli() {
  const outDir = resolve(DIST, 'cli');
  await build({
    configFile: false,
    logLevel,
    build: {
      outDir,
      emptyOutDir: true,
      ssr: resolve(ROOT, 'src/cli/main.ts'),
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'interview-lens.js' } },
    },
  });
}

mkdirSync(DIST, { recursive: true });
await buildExtension(false);
await buildExtension(true);
await buildCli();
if (!quiet) console.log('Built dist/chrome, dist/firefox, dist/e2e/{chrome,firefox} and dist/cli.');
