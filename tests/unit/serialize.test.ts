import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/background/serialize';

describe('serialize', () => {
  it('runs tasks one at a time, in order, and a failure does not block the next', async () => {
    const run = serialize();
    const log: string[] = [];
    const task = (name: string, ms: number, fail = false) => () =>
      new Promise<string>((resolve, reject) => {
        log.push(`start ${name}`);
        setTimeout(() => {
          log.push(`end ${name}`);
          if (fail) reject(new Error(name));
          else resolve(name);
        }, ms);
      });
    const results = await Promise.allSettled([run(task('a', 20)), run(task('b', 5, true)), run(task('c', 1))]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
