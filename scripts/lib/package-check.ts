/**
 * What a store upload must be, checked on the files of the zip (npm run package, and the test
 * that runs it): the shipped build, not a test build; every file the manifest and the pages
 * name present; the permissions of manifest.json and no more; the icon sizes the stores ask for.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTRACT_FULL_SCRIPT, EXTRACT_SCRIPT } from '../../src/content/extract-result';
import { LEXICON_FILE } from '../../src/platform/package-files';
import { ROOT } from './browsers';

/** Chrome's store needs 128 (and the toolbar 16, 32, 48); addons.mozilla.org asks for 48 and 96. */
export const STORE_ICON_SIZES = [16, 32, 48, 96, 128];

/** Files code loads by name rather than through the manifest or a page. */
const NAMED_IN_CODE = [EXTRACT_SCRIPT, EXTRACT_FULL_SCRIPT, LEXICON_FILE, 'early-read.js'];

interface Manifest {
  name?: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  action?: { default_popup?: string; default_icon?: Record<string, string> };
  background?: { service_worker?: string; scripts?: string[] };
  icons?: Record<string, string>;
  browser_specific_settings?: { gecko?: { id?: string } };
}

export function checkPackage(browser: 'chrome' | 'firefox', files: Record<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const text = (name: string) => new TextDecoder().decode(files[name]);
  if (!files['manifest.json']) return ['manifest.json is not at the top of the zip'];
  const manifest = JSON.parse(text('manifest.json')) as Manifest;
  const source = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as Manifest;

  if (manifest.name !== source.name) problems.push(`the name is "${manifest.name}": a test build?`);
  if (JSON.stringify(manifest.permissions) !== JSON.stringify(source.permissions)) problems.push(`permissions ${JSON.stringify(manifest.permissions)}, not those of manifest.json`);
  if (JSON.stringify(manifest.optional_permissions) !== JSON.stringify(source.optional_permissions)) problems.push(`optional permissions ${JSON.stringify(manifest.optional_permissions)}, not those of manifest.json`);
  if (manifest.host_permissions) problems.push('host permissions: the shipped build has none');
  if (Object.entries(files).some(([name, data]) => name.endsWith('.js') && new TextDecoder().decode(data).includes('interview-lens-e2e'))) problems.push('the test hook is in the build');

  const named = [
    manifest.action?.default_popup,
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    ...Object.values(manifest.icons ?? {}),
    ...Object.values(manifest.action?.default_icon ?? {}),
    ...NAMED_IN_CODE,
  ].filter((name): name is string => Boolean(name));
  for (const page of Object.keys(files).filter((name) => name.endsWith('.html'))) {
    for (const m of text(page).matchAll(/(?:src|href)="\.\/([^"]+)"/g)) named.push(m[1]!);
  }
  for (const name of new Set(named)) if (!files[name]) problems.push(`${name} is named but not in the zip`);

  for (const size of STORE_ICON_SIZES) if (!manifest.icons?.[String(size)]) problems.push(`no ${size}px icon in the manifest`);

  if (browser === 'chrome') {
    if (manifest.browser_specific_settings) problems.push('browser_specific_settings in the Chrome upload');
    if (!manifest.background?.service_worker) problems.push('no service worker');
  } else {
    if (!manifest.browser_specific_settings?.gecko?.id) problems.push('no add-on id (browser_specific_settings.gecko.id)');
    if (!manifest.background?.scripts) problems.push('no background scripts (Firefox runs MV3 backgrounds as event pages)');
  }
  return problems;
}
