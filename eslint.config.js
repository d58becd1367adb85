// Lint rules that carry the architecture: src/core is pure (no browser API, no imports from the
// browser shells), the polyfill is imported in exactly one file, and page text never becomes
// HTML or code. The zones follow Dark Reader's import/no-restricted-paths setup.
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const SHELLS = ['./src/platform', './src/background', './src/content', './src/popup', './src/prep-list', './src/ui', './src/storage', './src/messages.ts', './src/cli'];

export default tseslint.config(
  // tests/bench-pages: saved pages with the small script that worked out each set's answers.
  { ignores: ['dist/**', 'node_modules/**', '.artifacts/**', 'tests/bench-pages/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    // Resolve TypeScript sources, or no-restricted-paths cannot see where an import points.
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Page text must never become HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Page text must never become HTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text must never become HTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Import browser from src/platform/browser.ts.' }] }],
    },
  },
  {
    files: ['src/platform/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/core/**'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [{ target: './src/core', from: SHELLS, message: 'src/core is pure: it may not import browser shells.' }] }],
      'no-restricted-imports': ['error', { paths: ['webextension-polyfill', 'jsdom', 'puppeteer-core'], patterns: ['node:*'] }],
      'no-restricted-globals': [
        'error',
        ...['chrome', 'browser', 'window', 'document', 'location', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest'].map((name) => ({
          name,
          message: 'src/core is pure: take what you need as an argument.',
        })),
      ],
    },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['eslint.config.js', 'bin/**'], ...tseslint.configs.disableTypeChecked },
);
