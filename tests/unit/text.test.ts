import { describe, expect, it } from 'vitest';
import { bound, cleanLongText, cleanValue, collapseSpace, elementText, htmlToText, shownText } from '../../src/core/text';
import { page, parseHtml } from '../helpers/dom';

const doc = parseHtml('<!doctype html><html><body></body></html>');

describe('cleanValue', () => {
  it('keeps strings and finite numbers, refuses other types', () => {
    expect(cleanValue('  Acme\n Corp ', doc)).toBe('Acme Corp');
    expect(cleanValue(42, doc)).toBe('42');
    expect(cleanValue(Number.NaN, doc)).toBeNull();
    expect(cleanValue({ name: 'x' }, doc)).toBeNull();
    expect(cleanValue(['x'], doc)).toBeNull();
    expect(cleanValue(null, doc)).toBeNull();
    expect(cleanValue('   ', doc)).toBeNull();
  });

  it('turns markup and entities into text, decoding entities exactly once', () => {
    expect(cleanValue('R&amp;D <b>Lead</b>', doc)).toBe('R&D Lead');
    expect(cleanValue('Tom &amp;amp; Jerry', doc)).toBe('Tom &amp; Jerry');
    expect(cleanValue('<script>alert(1)</script>Engineer', doc)).toBe('Engineer');
    expect(cleanValue('<img src=x onerror=alert(1)>Analyst', doc)).toBe('Analyst');
  });

  it('bounds length, cutting at a word', () => {
    const long = 'word '.repeat(200);
    const value = cleanValue(long, doc, 50)!;
    expect(value.length).toBeLessThanOrEqual(50);
    expect(value.endsWith('…')).toBe(true);
    expect(cleanValue('x'.repeat(10_000_000), doc)!.length).toBe(300);
  });
});

describe('elementText', () => {
  it('reads paragraphs, headings and list items as lines', () => {
    const d = page('<div id="d"><h3>About</h3><p>We build   things.</p><ul><li>Go</li><li><p>Rust</p></li></ul><p>Bye<br>now</p></div>');
    expect(elementText(d.getElementById('d'))).toBe('About\n\nWe build things.\n\n- Go\n- Rust\n\nBye\nnow');
  });

  it('leaves out scripts, styles, hidden elements and forms', () => {
    const d = page(
      '<div id="d"><p>Shown</p><p hidden>Hidden attr</p><p style="display: none">Hidden style</p><p aria-hidden="true">Aria</p><script>var x=1</script><style>p{}</style><button>Apply</button></div>',
    );
    expect(elementText(d.getElementById('d'))).toBe('Shown');
  });

  it('survives a hostile nesting depth without overflowing the stack', () => {
    const d = page('<div id="root"></div>');
    let node = d.getElementById('root')!;
    for (let i = 0; i < 5_000; i++) {
      const child = d.createElement('div');
      node.append(child);
      node = child;
    }
    node.append(d.createTextNode('deep text'));
    expect(elementText(d.getElementById('root'))).toBe('deep text');
  }, 30_000);
});

describe('htmlToText and cleanLongText', () => {
  it('parses HTML from structured data without running it', () => {
    expect(htmlToText('<p>One</p><p>Two &amp; three</p><script>window.hacked = true</script>', doc)).toBe('One\n\nTwo & three');
    expect((doc.defaultView as unknown as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('keeps plain text line structure', () => {
    expect(cleanLongText('Line one\n\n\n\n  Line   two ', doc)).toBe('Line one\n\nLine two');
    expect(cleanLongText(12, doc)).toBeNull();
  });
});

describe('small helpers', () => {
  it('collapses white space including no-break spaces', () => {
    expect(collapseSpace(' a\u00a0\u00a0b \n c ')).toBe('a b c');
  });
  it('bound leaves short text alone', () => {
    expect(bound('short', 10)).toBe('short');
  });
});

describe('shownText', () => {
  it('leaves out the CSS and scripts inside an element', () => {
    const doc = page('<div id="v"><style>.a{color:red}</style>Harbor <b>Bakery</b><script>x()</script></div>');
    expect(shownText(doc.getElementById('v')!)).toBe('Harbor Bakery');
  });
});
