/** Bundled for Node by `npm run bench:prep`: the extractor and the prep engine, as the popup runs them. */
import { installBundledLexicon } from '../../src/core/analyze/bundled-lexicon';

// The bundle carries the skills lexicon, as the command-line tool does.
installBundledLexicon();

export { extractPosting } from '../../src/core/extract';
export { buildPrepPlan, THIN_NOTICE } from '../../src/core/prep';
export { planToMarkdown } from '../../src/core/prep/markdown';
export { checkPlan } from '../../src/core/prep/quality';
