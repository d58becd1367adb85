/**
 * The architecture rules are lint rules; this proves they fire. A file in src/core that
 * imports a browser shell, the polyfill or a browser global is an error, as is turning text
 * into HTML anywhere in src.
 */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
// The project's own config, with type information switched off for the probe files, which
// exist only in memory (the rules under test do not need types).
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [{ files: ['**/probe.ts'], ...tseslint.configs.disableTypeChecked, languageOptions: { parserOptions: { projectService: false, project: null } } }],
});

async function rulesFiring(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('lint rules that carry the architecture', () => {
  it('src/core may not import the browser shells', async () => {
    const rules = await rulesFiring("import browser from '../platform/browser';\nexport const b = browser;\n", 'src/core/probe.ts');
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('src/core may not import the polyfill or use browser globals', async () => {
    expect(await rulesFiring("import b from 'webextension-polyfill';\nexport const x = b;\n", 'src/core/probe.ts')).toContain('no-restricted-imports');
    expect(await rulesFiring('export const title = document.title;\n', 'src/core/probe.ts')).toContain('no-restricted-globals');
  });

  it('only src/platform/browser.ts imports the polyfill', async () => {
    expect(await rulesFiring("import b from 'webextension-polyfill';\nexport const x = b;\n", 'src/popup/probe.ts')).toContain('no-restricted-imports');
  });

  it('page text never becomes HTML', async () => {
    expect(await rulesFiring('export function f(el: Element, t: string) { el.innerHTML = t; }\n', 'src/popup/probe.ts')).toContain('no-restricted-syntax');
  });

  it('clean core code passes', async () => {
    expect(await rulesFiring('export const twice = (n: number): number => n * 2;\n', 'src/core/probe.ts')).toEqual([]);
  });
});
