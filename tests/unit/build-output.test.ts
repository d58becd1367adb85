/**
 * What users install: the shipped builds ask for activeTab, scripting, storage and
 * unlimitedStorage only, run nothing on pages by themselves, expose nothing to pages, and carry
 * none of the test build's extras. Reads dist/, so it runs after `npm run build` (npm test builds first).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = resolve(import.meta.dirname, '../../dist');

function manifest(target: string): Record<string, unknown> {
  const path = resolve(DIST, target, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

function allCode(target: string): string {
  const dir = resolve(DIST, target);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(?:js|html)$/.test(e.name))
    .map((e) => readFileSync(resolve(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

describe.each(['chrome', 'firefox'])('dist/%s', (target) => {
  it('asks for activeTab, scripting, storage, unlimitedStorage and alarms only, and for notifications when the user turns reminders on', () => {
    const m = manifest(target);
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'alarms']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_permissions).toEqual(['notifications']);
    expect(m.content_scripts).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.manifest_version).toBe(3);
  });

  it('carries no test hook and no innerHTML assignment', () => {
    const code = allCode(target);
    expect(code).not.toContain('interview-lens-e2e');
    expect(code).not.toContain('e2e:popup-report');
    expect(code).not.toMatch(/\.innerHTML\s*=[^=]/);
    expect(existsSync(resolve(DIST, target, 'blank.html'))).toBe(false);
  });

  it('injects a first script without Readability, and ships the one with it for the pages that need it', () => {
    const lean = readFileSync(resolve(DIST, target, 'extract.js'), 'utf8');
    const full = readFileSync(resolve(DIST, target, 'extract-full.js'), 'utf8');
    // Readability's own words for its options and its scoring.
    for (const mark of ['maxElemsToParse', 'nbTopCandidates']) {
      expect(lean).not.toContain(mark);
      expect(full).toContain(mark);
    }
  });
});

describe('the browser-specific parts', () => {
  it('Chrome runs a service worker; Firefox runs background scripts and declares its id and data use', () => {
    expect(manifest('chrome').background).toEqual({ service_worker: 'background.js' });
    expect(manifest('chrome').browser_specific_settings).toBeUndefined();
    const firefox = manifest('firefox');
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings).toMatchObject({ gecko: { id: 'interview-lens@interview-lens.app', data_collection_permissions: { required: ['none'] } } });
  });

  it('the test builds add only what automation needs', () => {
    const e2e = manifest('e2e/chrome');
    expect(e2e.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(e2e.permissions).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'alarms', 'clipboardRead', 'tabs', 'notifications']);
    expect(e2e.optional_permissions).toBeUndefined();
  });
});
