/** Bundled for Node by `npm run bench:prep`: the extractor and the prep engine, as the popup runs them. */
export { extractPosting } from '../../src/core/extract';
export { buildPrepPlan, THIN_NOTICE } from '../../src/core/prep';
export { planToMarkdown } from '../../src/core/prep/markdown';
export { checkPlan } from '../../src/core/prep/quality';
