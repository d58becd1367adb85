import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { InputError } from '../../src/cli/load-page';

const DEMO = resolve(import.meta.dirname, '../fixtures/pages/jsonld-demo-posting/page.html');
const LIST = resolve(import.meta.dirname, '../fixtures/pages/list-careers-index/page.html');

async function capture(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await run(argv, (text) => (out += text));
  return { code, out };
}

describe('interview-lens extract', () => {
  it('prints the posting as JSON in the documented shape', async () => {
    const { code, out } = await capture(['extract', DEMO, '--url', 'https://northwind-ledger.example/jobs/1', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.kind).toBe('posting');
    expect(json.title).toEqual({ value: 'Senior Backend Engineer, Payments Platform', source: 'json-ld', confidence: 0.9 });
    expect(json.company.value).toBe('Northwind Ledger');
    expect(json.location.value).toBe('Berlin, Germany (Hybrid)');
    expect(json.description.value).toMatch(/^About Northwind Ledger/);
  });

  it('says why a page is not a posting', async () => {
    const { out } = await capture(['extract', LIST, '--url', 'https://tidewater.example/careers', '--json']);
    expect(JSON.parse(out)).toMatchObject({ kind: 'not-a-posting', reason: 'list' });
  });
});

describe('interview-lens prep', () => {
  it('warns on stderr and in the JSON when the title or the employer is a guess', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'il-warn-'));
    const file = join(dir, 'page.html');
    const body = '<p>We are hiring people who love the outdoors. You will join a friendly team, build experience and skills, and apply what you learn. Benefits include remote days and a salary review each year, and candidates of every background are welcome to apply.</p>';
    writeFileSync(file, `<!doctype html><html><head><title>Find your next adventure with Trailhead Outfitters today</title></head><body><main>${body}</main></body></html>`);
    const warnings: string[] = [];
    let out = '';
    await run(['prep', file, '--url', 'https://trailhead.example/jobs/7', '--format', 'json'], (t) => (out += t), (t) => warnings.push(t));
    const json = JSON.parse(out);
    expect(json.posting.title.value).toBe('Find your next adventure with Trailhead Outfitters today');
    expect(json.warnings).toEqual([
      'The title “Find your next adventure with Trailhead Outfitters today” reads like a slogan, not a role. Check it before relying on the plan.',
      'The employer “Trailhead” is a guess (from the site name). Check it before researching.',
    ]);
    expect(warnings).toEqual(json.warnings.map((w: string) => `interview-lens: warning: ${w}`));
  });

  it('gives no warning for a posting whose title and employer are sure', async () => {
    const warnings: string[] = [];
    let out = '';
    await run(['prep', DEMO, '--format', 'json'], (t) => (out += t), (t) => warnings.push(t));
    expect(JSON.parse(out).warnings).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('prints the plan as JSON with quotes from the posting', async () => {
    const { out } = await capture(['prep', DEMO, '--format', 'json']);
    const plan = JSON.parse(out);
    expect(plan.posting.title.value).toBe('Senior Backend Engineer, Payments Platform');
    expect(plan.research.length).toBeGreaterThanOrEqual(8);
    expect(plan.questions.length).toBeGreaterThanOrEqual(10);
    for (const q of plan.questions) expect(Object.keys(q)).toEqual(expect.arrayContaining(['text', 'group', 'stages', 'quote']));
  });

  it('prints a Markdown brief by default', async () => {
    const { out } = await capture(['prep', DEMO]);
    expect(out.split('\n')[0]).toBe('# Interview prep: Senior Backend Engineer, Payments Platform at Northwind Ledger');
    expect(out).toContain('## Ask them');
  });
});

describe('bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'il-cli-'));
  const binary = join(dir, 'image.png');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  const text = join(dir, 'notes.txt');
  writeFileSync(text, 'Just some notes about a job, no markup at all.');

  it.each([
    [['extract', join(dir, 'missing.html')], /no such file/],
    [['extract', binary], /a binary file/],
    [['extract', text], /not an HTML page/],
    [['extract'], /missing <file.html>/],
    [['frobnicate', DEMO], /unknown command/],
    [['prep', DEMO, '--format', 'pdf'], /--format takes md or json/],
  ])('%j fails with a clear message', async (argv, message) => {
    await expect(capture(argv)).rejects.toThrow(InputError);
    await expect(capture(argv)).rejects.toThrow(message);
  });

  it('the built command prints one line and exits with 2', () => {
    const bin = resolve(import.meta.dirname, '../../bin/interview-lens.mjs');
    const result = spawnSync(process.execPath, [bin, 'extract', binary], { encoding: 'utf8' });
    if (result.stderr.includes('not built yet')) throw new Error('Run `npm run build` before this test (npm test does).');
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([`interview-lens: ${binary}: a binary file, not an HTML page`]);
    expect(execFileSync(process.execPath, [bin, 'extract', DEMO, '--json'], { encoding: 'utf8' })).toContain('"kind": "posting"');
  });
});
