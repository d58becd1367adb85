/**
 * Vite builds the extension pages (popup, prep list) and Vitest runs the tests. The build of
 * the whole extension, with its two classic scripts (background, injected extractor) and one
 * manifest per browser, is scripts/build.ts, which uses this file for the pages.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { noInnerHtml } from './scripts/lib/vite-no-inner-html.ts';

const root = resolve(import.meta.dirname, 'src');

/** Oldest browsers the build supports; the README and the manifest say the same. */
export const BROWSER_TARGETS = ['chrome111', 'firefox140'];

export const JSX = { runtime: 'automatic', importSource: 'preact' } as const;

export default defineConfig({
  root,
  base: './',
  publicDir: resolve(import.meta.dirname, 'public'),
  oxc: { jsx: JSX },
  plugins: [noInnerHtml()],
  define: { __E2E__: 'false' },
  // The skills lexicon is large: JSON.parse of a string loads faster than an object literal.
  json: { stringify: true },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/chrome'),
    emptyOutDir: true,
    target: BROWSER_TARGETS,
    // No source maps in the shipped extension; Vite's module preload polyfill is not needed
    // (extension pages load from the package, not the network).
    sourcemap: false,
    modulePreload: false,
    rollupOptions: {
      input: {
        popup: resolve(root, 'popup.html'),
        'prep-list': resolve(root, 'prep-list.html'),
        options: resolve(root, 'options.html'),
      },
    },
  },
  test: {
    root: import.meta.dirname,
    setupFiles: ['tests/setup/lexicon.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: import.meta.dirname,
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/fixtures/*.test.ts', 'tests/components/**/*.test.{ts,tsx}'],
          exclude: ['tests/unit/hostile.test.ts', 'tests/unit/saved-roundtrip.test.ts'],
          environment: 'node',
        },
      },
      {
        // Hostile pages and generated inputs: slower, so the unit project stays quick to run
        // often (`npm run test:unit`); `npm test` runs both.
        extends: true,
        test: {
          name: 'hostile',
          root: import.meta.dirname,
          include: ['tests/unit/hostile.test.ts', 'tests/unit/saved-roundtrip.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          root: import.meta.dirname,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
