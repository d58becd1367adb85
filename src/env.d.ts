/// <reference types="vite/client" />

/** Replaced at build time: true only in the test builds under dist/e2e. */
declare const __E2E__: boolean;
