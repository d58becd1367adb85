/**
 * A résumé's text from what a file holds, pure (the reading of the file is the caller's): the
 * same rules for the command line and, later, the prep list page.
 */

/** The largest résumé file read: a longer one is not a résumé, or is mostly pictures. */
export const MAX_RESUME_BYTES = 5 * 1024 * 1024;

/** Markdown without its marks: headings, emphasis, links (their words kept), code fences. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^```.*$/gm, '')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])\*(?!\s)([^*\n]+?)\*(?!\w)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*>\s?/gm, '')
    .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/gm, '');
}

/** A run of text on a PDF page as pdf.js gives it: its string, and whether a line ends after it. */
export interface PdfTextItem {
  str: string;
  hasEOL?: boolean;
}

/** A PDF's pages of text items joined into lines. */
export function pdfText(pages: PdfTextItem[][]): string {
  return pages
    .map((items) => items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''))
    .join('\n')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

/** Why a résumé's text cannot be used, or null when it can. */
export function unusableResume(text: string): string | null {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return 'it has no text to read (a scanned PDF holds only pictures of its pages; export it with text, or paste the text instead)';
  if (letters < 40) return 'it holds too little text to be a résumé';
  return null;
}
