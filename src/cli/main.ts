/**
 * interview-lens: the extension's core on the command line, for saved pages and for
 * debugging the extractor.
 *
 *   interview-lens extract <file.html> [--url <page url>] [--json]
 *   interview-lens prep <file.html> [--url <page url>] [--format md|json] [--resume <cv.txt|md|docx|pdf>]
 *
 * Exit codes: 0 done (also when the page is not a posting: that is an answer), 2 bad input.
 */
import { extractPosting } from '../core/extract';
import { buildPlanFromSignals } from '../core/prep';
import { installBundledLexicon } from '../core/analyze/bundled-lexicon';
import { InputError, loadPage } from './load-page';
import { planToMarkdown } from '../core/prep/markdown';
import { postingWarnings } from '../core/prep/warnings';
import { analyzePosting } from '../core/analyze/signals';
import { fitReport } from '../core/fit/match';
import { fitToMarkdown } from '../core/fit/markdown';
import { readResume } from './read-resume';

// The command-line tool carries the skills lexicon in its bundle; the extension fetches it.
installBundledLexicon();

const USAGE = `Usage:
  interview-lens extract <file.html> [--url <page url>] [--json]
  interview-lens prep <file.html> [--url <page url>] [--format md|json] [--resume <cv.txt|md|docx|pdf>]`;

interface Args {
  command: string;
  file: string;
  url: string | null;
  json: boolean;
  format: 'md' | 'json';
  resume: string | null;
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command !== 'extract' && command !== 'prep') throw new InputError(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  let file: string | null = null;
  let url: string | null = null;
  let json = false;
  let format: 'md' | 'json' = 'md';
  let resume: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--url') {
      url = rest[++i] ?? null;
      if (!url || !/^[a-z][a-z0-9+.-]*:/i.test(url)) throw new InputError('--url needs an address such as https://example.com/jobs/1');
    } else if (arg === '--json') json = true;
    else if (arg === '--format') {
      const value = rest[++i];
      if (value !== 'md' && value !== 'json') throw new InputError('--format takes md or json');
      format = value;
    } else if (arg === '--resume') {
      resume = rest[++i] ?? null;
      if (!resume) throw new InputError('--resume needs a file: a .txt, .md, .docx or .pdf résumé');
    } else if (arg.startsWith('--')) throw new InputError(`unknown option ${arg}\n${USAGE}`);
    else if (file === null) file = arg;
    else throw new InputError(`one file at a time (got "${file}" and "${arg}")`);
  }
  if (!file) throw new InputError(`missing <file.html>\n${USAGE}`);
  if (resume && command !== 'prep') throw new InputError('--resume goes with prep');
  return { command, file, url, json, format, resume };
}

function describeField(name: string, f: { value: string; source: string; confidence: number } | null): string {
  if (!f) return `${name}: (not found)`;
  const value = f.value.length > 120 ? `${f.value.slice(0, 117)}…` : f.value;
  return `${name}: ${value}   [${f.source}, ${f.confidence}]`;
}

export async function run(argv: string[], out: (text: string) => void, warn: (text: string) => void = () => {}): Promise<number> {
  const args = parseArgs(argv);
  const page = loadPage(args.file, args.url);
  // Read the résumé first: an unreadable one is bad input whatever the page holds.
  const resume = args.resume ? await readResume(args.resume) : null;
  const result = extractPosting(page.document, page.url);
  if (args.command === 'extract') {
    if (args.json) out(JSON.stringify(result, null, 2));
    else if (result.kind === 'posting') {
      out(
        [
          describeField('Title', result.title),
          describeField('Company', result.company),
          describeField('Location', result.location),
          describeField('Description', result.description ? { ...result.description, value: `${result.description.value.length} characters` } : null),
        ].join('\n'),
      );
    } else out(`Not a posting (${result.reason}): ${result.message}`);
    return 0;
  }
  if (result.kind !== 'posting') {
    out(args.format === 'json' ? JSON.stringify({ posting: result }, null, 2) : `Not a posting (${result.reason}): ${result.message}`);
    return 0;
  }
  // One analysis of the posting serves the plan and the résumé's fit.
  const signals = analyzePosting(result);
  const plan = buildPlanFromSignals(result, signals);
  // A plan built on a guessed title or employer says so, on stderr and in the JSON.
  const warnings = postingWarnings(result);
  for (const warning of warnings) warn(`interview-lens: warning: ${warning}`);
  const fit = resume === null ? null : fitReport(signals, resume);
  if (args.format === 'json') out(JSON.stringify({ ...plan, posting: result, warnings, ...(fit ? { fit } : {}) }, null, 2));
  else out(fit ? `${planToMarkdown(plan)}\n\n${fitToMarkdown(fit)}` : planToMarkdown(plan));
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    return await run(
      argv,
      (text) => process.stdout.write(`${text}\n`),
      (text) => process.stderr.write(`${text}\n`),
    );
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`interview-lens: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
