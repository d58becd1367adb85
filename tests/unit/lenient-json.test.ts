import { describe, expect, it } from 'vitest';
import { parseLenientJson } from '../../src/core/extract/lenient-json';

describe('parseLenientJson', () => {
  it('parses valid JSON as JSON.parse does', () => {
    expect(parseLenientJson('{"a": [1, "b"]}')).toEqual({ a: [1, 'b'] });
  });

  it('repairs trailing commas outside strings only', () => {
    expect(parseLenientJson('{"a": [1, 2,], "b": "x, ]",}')).toEqual({ a: [1, 2], b: 'x, ]' });
  });

  it('repairs raw newlines and tabs inside strings', () => {
    expect(parseLenientJson('{"description": "line one\nline\ttwo"}')).toEqual({ description: 'line one\nline\ttwo' });
  });

  it('drops invalid escapes such as \\\'', () => {
    expect(parseLenientJson('{"t": "it\\\'s"}')).toEqual({ t: "it's" });
  });

  it('reads HTML-escaped JSON', () => {
    expect(parseLenientJson('{&quot;@type&quot;: &quot;JobPosting&quot;, &quot;title&quot;: &quot;A &amp; B&quot;}')).toEqual({
      '@type': 'JobPosting',
      title: 'A & B',
    });
  });

  it('unwraps comment and CDATA wrappers and a trailing semicolon', () => {
    expect(parseLenientJson('<!-- {"a": 1} -->')).toEqual({ a: 1 });
    expect(parseLenientJson('//<![CDATA[\n{"a": 1}\n//]]>')).toEqual({ a: 1 });
    expect(parseLenientJson('{"a": 1};')).toEqual({ a: 1 });
  });

  it('gives null for what it cannot repair', () => {
    expect(parseLenientJson('{"a": ')).toBeNull();
    expect(parseLenientJson('')).toBeNull();
    expect(parseLenientJson('not json at all')).toBeNull();
  });

  it('repairs a broken block of several megabytes quickly, at the cost of its line breaks', () => {
    const parsed = parseLenientJson(`{"title": "Big", "description": "${'line\n'.repeat(300_000)}",}`) as { description: string };
    expect(parsed.description).toBe('line '.repeat(300_000));
  });

  it('does not try to repair a broken block of many megabytes', () => {
    expect(parseLenientJson(`{"title": "Huge", "description": "${'line\n'.repeat(800_000)}"}`)).toBeNull();
  });

  it('reads a valid block with a 10 MB string', () => {
    const big = 'x'.repeat(10_000_000);
    const parsed = parseLenientJson(`{"description": "${big}"}`) as { description: string };
    expect(parsed.description.length).toBe(10_000_000);
  });
});
