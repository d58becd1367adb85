/**
 * JSON-LD as pages really write it. Job boards ship JSON that JSON.parse refuses: trailing
 * commas, raw newlines inside strings (common in hand-templated descriptions), the whole
 * block HTML-escaped (&quot;…&quot;), or wrapped in <!-- --> / CDATA for old browsers.
 * Repair those, then parse; give up (null) rather than guess on anything else.
 */

/** Larger blocks are not job data; skipping them bounds the work a hostile page can cause. */
export const MAX_JSON_LD_CHARS = 12_000_000;

export function parseLenientJson(source: string): unknown {
  if (source.length > MAX_JSON_LD_CHARS) return null;
  const text = unwrap(source);
  if (!text) return null;
  const escaped = /^\s*[[{]\s*&quot;/.test(text) || /&quot;@(?:context|type)&quot;/.test(text);
  const base = escaped ? decodeBasicEntities(text) : text;
  // Each repair runs only when the attempt before it failed. The careful repair keeps every
  // character but walks the text in JavaScript; past a megabyte the quick one is used instead,
  // and a broken block of several megabytes is not worth repairing at all (no posting needs
  // one, and the time belongs to the user).
  const attempts: (() => string)[] = [() => base];
  if (base.length <= REPAIR_UP_TO) attempts.push(() => (base.length > QUICK_REPAIR_FROM ? quickRepair(base) : repair(base)));
  for (const attempt of attempts) {
    try {
      return JSON.parse(attempt()) as unknown;
    } catch {
      // try the next repair
    }
  }
  return null;
}

const QUICK_REPAIR_FROM = 1_000_000;
const REPAIR_UP_TO = 2_500_000;

/**
 * The usual breakage fixed with two global replacements: a raw line break or tab is never
 * valid JSON inside a string and is plain white space outside one, so it becomes a space; a
 * comma right before a closing bracket is dropped (even, rarely, inside a string). Lossy but
 * fast on megabytes.
 */
function quickRepair(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/,(\s*[}\]])/g, '$1');
}

function unwrap(source: string): string {
  return source
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>$/g, '')
    .replace(/^<!--|-->$/g, '')
    .trim()
    .replace(/;+$/, '');
}

function decodeBasicEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#0*34;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * One pass over the text that knows when it is inside a string: escapes raw control
 * characters there, drops invalid escapes such as \' and removes commas that come right
 * before a closing bracket outside strings.
 */
function repair(text: string): string {
  // Unchanged stretches are copied as slices, so a 10 MB block costs one pass and few strings.
  const out: string[] = [];
  let copiedUpTo = 0;
  const replace = (from: number, to: number, by: string) => {
    out.push(text.slice(copiedUpTo, from), by);
    copiedUpTo = to;
  };
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92 /* \ */) {
        const next = text[i + 1];
        if (next !== undefined && !'"\\/bfnrtu'.includes(next)) replace(i, i + 2, next === '\n' ? '\\n' : next);
        i++;
      } else if (code === 34 /* " */) inString = false;
      else if (code < 32) replace(i, i + 1, code === 10 ? '\\n' : code === 13 ? '\\r' : code === 9 ? '\\t' : ' ');
    } else if (code === 34) inString = true;
    else if (code === 44 /* , */) {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      if (text[j] === '}' || text[j] === ']') replace(i, i + 1, '');
    }
  }
  out.push(text.slice(copiedUpTo));
  return out.join('');
}
