import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPackage } from '../../scripts/lib/package-check';

const source = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8')) as Record<string, unknown>;
const bytes = (text: string) => new TextEncoder().encode(text);

/** The files of a Chrome upload as the build writes them, with this manifest. */
function chromeFiles(manifest: Record<string, unknown>): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {
    'manifest.json': bytes(JSON.stringify(manifest)),
    'popup.html': bytes('<script src="./early-read.js"></script><script type="module" src="./assets/popup-1.js"></script>'),
    'assets/popup-1.js': bytes('render()'),
    'background.js': bytes(''),
    'extract.js': bytes(''),
    'extract-full.js': bytes(''),
    'early-read.js': bytes(''),
    'skills.json': bytes('{}'),
  };
  for (const size of [16, 32, 48, 96, 128]) files[`icons/icon-${size}.png`] = bytes('png');
  return files;
}

const chromeManifest = () => {
  const manifest = { ...source };
  delete manifest.browser_specific_settings;
  return manifest;
};

describe('checking a store upload', () => {
  it('passes the shipped build', () => {
    expect(checkPackage('chrome', chromeFiles(chromeManifest()))).toEqual([]);
  });

  it('refuses a test build: its name, its permissions, its hook', () => {
    const files = chromeFiles({ ...chromeManifest(), name: 'Interview Lens (test build)', permissions: [...(source.permissions as string[]), 'tabs'], host_permissions: ['http://127.0.0.1/*'] });
    files['background.js'] = bytes('if (location.hash.endsWith("#interview-lens-e2e")) {}');
    expect(checkPackage('chrome', files)).toEqual([
      'the name is "Interview Lens (test build)": a test build?',
      'permissions ["activeTab","scripting","storage","unlimitedStorage","alarms","tabs"], not those of manifest.json',
      'host permissions: the shipped build has none',
      'the test hook is in the build',
    ]);
  });

  it('refuses an upload that asks for the optional permission at install, or for none', () => {
    const withoutOptional: Record<string, unknown> = { ...chromeManifest() };
    delete withoutOptional.optional_permissions;
    expect(checkPackage('chrome', chromeFiles({ ...withoutOptional, permissions: [...(source.permissions as string[]), 'notifications'] }))).toEqual([
      'permissions ["activeTab","scripting","storage","unlimitedStorage","alarms","notifications"], not those of manifest.json',
      'optional permissions undefined, not those of manifest.json',
    ]);
  });

  it('finds a file a page or the code names that is missing, and a missing store icon', () => {
    const files = chromeFiles(chromeManifest());
    delete files['skills.json'];
    delete files['assets/popup-1.js'];
    delete files['icons/icon-96.png'];
    expect(checkPackage('chrome', files)).toEqual(['icons/icon-96.png is named but not in the zip', 'skills.json is named but not in the zip', 'assets/popup-1.js is named but not in the zip']);
  });

  it('asks the Firefox upload for its add-on id and background scripts', () => {
    expect(checkPackage('firefox', chromeFiles(chromeManifest()))).toEqual([
      'no add-on id (browser_specific_settings.gecko.id)',
      'no background scripts (Firefox runs MV3 backgrounds as event pages)',
    ]);
  });
});
