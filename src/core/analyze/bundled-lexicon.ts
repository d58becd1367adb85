/**
 * The skills lexicon read together with the code, for Node (the command-line tool, the tests
 * and the benchmarks). The extension pages fetch the same file instead (platform/lexicon.ts).
 */
import data from './data/skills.json';
import { installLexicon } from './skills';

export function installBundledLexicon(): void {
  installLexicon(data);
}
