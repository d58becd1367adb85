/**
 * Firefox's add-on linter (web-ext lint) warns about every assignment to innerHTML in the
 * shipped code, and our rule is that the extension never turns text into HTML. Two bundled
 * libraries contain such assignments on paths we never use as HTML sinks:
 *
 * - @mozilla/readability caches its working copy as an HTML string and re-assigns it between
 *   retries, and re-parses <noscript> image markup. It runs on our clone of the page, never on
 *   the page, but the build swaps the cache for a cloned node and skips the <noscript> image
 *   step (images play no part in the text we take).
 * - preact implements dangerouslySetInnerHTML, which our lint rules forbid us to use; the build
 *   makes that branch throw instead.
 *
 * Each replacement must match exactly once, so a library update that moves the code fails the
 * build instead of silently shipping the assignment again.
 */
import type { Plugin } from 'vite';

interface Patch {
  file: RegExp;
  replacements: [string, string][];
}

const PATCHES: Patch[] = [
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    replacements: [
      ['var pageCacheHtml = page.innerHTML;', 'var pageCacheHtml = page.cloneNode(true);'],
      ['page.innerHTML = pageCacheHtml;', 'page.replaceChildren(...pageCacheHtml.cloneNode(true).childNodes);'],
      ['tmp.innerHTML = noscript.innerHTML;', 'return;'],
    ],
  },
  {
    file: /preact[\\/]dist[\\/]preact\.mjs$/,
    replacements: [['(t.innerHTML=h.__html)', '(()=>{throw Error("dangerouslySetInnerHTML is not used by Interview Lens")})()']],
  },
];

export function noInnerHtml(): Plugin {
  return {
    name: 'interview-lens:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      const patch = PATCHES.find((p) => p.file.test(id.split('?')[0]!));
      if (!patch) return null;
      let result = code;
      for (const [from, to] of patch.replacements) {
        const count = result.split(from).length - 1;
        if (count !== 1) this.error(`no-inner-html: expected "${from}" once in ${id}, found it ${count} times. Update scripts/lib/vite-no-inner-html.ts.`);
        result = result.replace(from, to);
      }
      return { code: result, map: null };
    },
  };
}
