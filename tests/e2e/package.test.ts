/**
 * `npm run package` for real: a clean build, then the two store zips, each checked
 * (scripts/lib/package-check.ts) and readable as a zip with the extension at its top.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkPackage } from '../../scripts/lib/package-check';

const ROOT = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('npm run package', () => {
  it('writes the Chrome and the Firefox upload from a clean build, both as the stores need them', () => {
    const output = execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, encoding: 'utf8' });
    expect(output).toContain(`dist/packages/interview-lens-chrome-${version}.zip`);
    for (const browser of ['chrome', 'firefox'] as const) {
      const files = unzipSync(readFileSync(resolve(ROOT, `dist/packages/interview-lens-${browser}-${version}.zip`)));
      expect(checkPackage(browser, files)).toEqual([]);
      const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { version: string; permissions: string[]; optional_permissions?: string[] };
      expect(manifest.version).toBe(version);
      expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'alarms']);
      expect(manifest.optional_permissions).toEqual(['notifications']);
      expect(Object.keys(files)).toContain('popup.html');
    }
  });
});
