/**
 * Every test process reads the skills lexicon the way the command-line tool does, since the
 * analysis needs it and nothing in a test loads it as the extension pages do.
 */
import { installBundledLexicon } from '../../src/core/analyze/bundled-lexicon';

installBundledLexicon();
