/** Files the build (scripts/build.ts) writes into the extension package for code to fetch by name. */
export const LEXICON_FILE = 'skills.json';
