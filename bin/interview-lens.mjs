#!/usr/bin/env node
// The command-line tool is built with the extension (npm run build) into dist/cli.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli/interview-lens.js', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write('interview-lens: not built yet. Run `npm run build` first.\n');
  process.exit(2);
}
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
