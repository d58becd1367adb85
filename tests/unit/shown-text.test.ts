/**
 * The text a page shows in an element: not its scripts and styles, and not the <title> an
 * icon's <svg> carries for screen readers ("hashtag", "link"), which no one sees beside the text.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { shownText } from '../../src/core/text';

const doc = new JSDOM(
  '<h2 id="a"><a href="#currently-open" aria-label="Direct link to heading"><svg class="icon"><title>hashtag</title></svg></a>Currently open</h2>' +
    '<p id="b">Apply <style>.x{}</style>by Friday</p>',
).window.document;

describe('shownText', () => {
  it("leaves out an icon's svg title", () => {
    expect(shownText(doc.getElementById('a')!)).toBe('Currently open');
  });
  it('leaves out a style sheet', () => {
    expect(shownText(doc.getElementById('b')!)).toBe('Apply by Friday');
  });
});
