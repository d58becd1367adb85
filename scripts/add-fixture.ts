/**
 * npm run fixture:add -- <page.html> --url <page url> --slug <site-or-kind>-<name> [--force]
 * npm run fixture:add -- --update [slug…]
 *
 * --update rewrites the snapshots (posting.json: every field the extractor returns) of all
 * fixture pages, or of the ones named, from what the extractor reads now. Run it after an
 * intended change and read the diff: every field that moved is there.
 *
 * Makes a new extractor fixture, tests/fixtures/pages/<slug>/, from a saved page: copies the
 * page and writes expected.json from what the extractor reads now, for review. Every
 * extraction bug becomes a fixture this way: add it, correct expected.json to what a person
 * reads on the page, and the loop test fails until the extractor is fixed.
 *
 * Fixtures are the project's own pages. Pages from ../shared/corpus are refused: write a
 * small page modelled on their markup instead.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractPosting } from '../src/core/extract';
import { PAGES, readFixture, readSnapshot, writeSnapshot } from '../tests/fixtures/snapshot';
import { ROOT } from './lib/browsers';

const args = process.argv.slice(2);

if (args[0] === '--update') {
  const named = args.slice(1);
  const slugs = named.length > 0 ? named : readdirSync(PAGES).filter((slug) => existsSync(resolve(PAGES, slug, 'expected.json')));
  let changed = 0;
  for (const slug of slugs.sort()) {
    const result = readFixture(slug);
    if (JSON.stringify(readSnapshot(slug)) === JSON.stringify(result)) continue;
    writeSnapshot(slug, result);
    changed++;
    console.log(`updated ${slug}/posting.json`);
  }
  console.log(`${changed} of ${slugs.length} snapshots changed; review them with git diff tests/fixtures/pages.`);
  process.exit(0);
}

const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const file = args.find((a, i) => !a.startsWith('--') && !['--url', '--slug'].includes(args[i - 1] ?? ''));
const url = option('--url');
const slug = option('--slug');

function fail(message: string): never {
  console.error(`fixture:add: ${message}`);
  process.exit(2);
}

if (!file || !url || !slug) fail('usage: npm run fixture:add -- <page.html> --url <page url> --slug <site>-<name>');
if (!/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(slug)) fail('--slug is lower case words joined by hyphens, starting with the site id (e.g. lever-posting)');
if (!existsSync(file)) fail(`${file}: no such file`);
const html = readFileSync(file, 'utf8');

const manifest = resolve(ROOT, '../shared/corpus/manifest.jsonl');
if (existsSync(manifest)) {
  const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
  if (readFileSync(manifest, 'utf8').includes(sha)) fail(`${file} is a page of ../shared/corpus; those are for measuring. Write a fixture modelled on it instead.`);
}
const dir = resolve(ROOT, 'tests/fixtures/pages', slug);
if (existsSync(dir) && !args.includes('--force')) fail(`${dir} exists; pass --force to replace it`);

// src/core runs in Node as it is: no bundle needed.
const result = extractPosting(new JSDOM(html, { url }).window.document, url);

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const expected: Record<string, unknown> = {
  url,
  note: `REVIEW: written by fixture:add from ${file.split('/').pop()} on ${new Date().toISOString().slice(0, 10)}; check every value against the page, then say how the page was made.`,
  kind: result.kind,
};
if (result.kind === 'not-a-posting') {
  expected.reason = result.reason;
} else {
  expected.site = result.site ?? null;
  expected.title = result.title?.value ?? null;
  expected.company = result.company?.value ?? null;
  expected.location = result.location?.value ?? null;
  const description = squash(result.description?.value ?? '');
  expected.description = description
    ? {
        startsWith: description.slice(0, 60),
        endsWith: description.slice(-60),
        minLength: Math.floor(description.length * 0.9),
        maxLength: Math.ceil(description.length * 1.1),
      }
    : null;
  expected.sources = Object.fromEntries(
    (['title', 'company', 'location', 'description'] as const).filter((k) => result[k]).map((k) => [k, result[k]!.source]),
  );
}
mkdirSync(dir, { recursive: true });
writeFileSync(resolve(dir, 'page.html'), html);
writeFileSync(resolve(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
writeSnapshot(slug);
console.log(`Wrote ${dir}/page.html and expected.json. Review expected.json:\n`);
console.log(JSON.stringify(expected, null, 2));
