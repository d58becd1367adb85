/**
 * Reading a résumé file on the command line: .txt, .md, .docx (mammoth) or .pdf (pdf.js),
 * on this machine only. Any file that cannot be read gives an InputError with a one-line
 * reason; nothing is guessed from a broken file.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { markdownToText, MAX_RESUME_BYTES, type PdfTextItem, pdfText, unusableResume } from '../core/fit/resume-text';
import { InputError } from './load-page';

async function docxText(bytes: Buffer): Promise<string> {
  const mammoth = await import('mammoth');
  // Raw text keeps a table's cells as lines of their own, as a person reads them.
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  return value;
}

async function pdfFileText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: PdfTextItem[][] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.flatMap((item): PdfTextItem[] => ('str' in item ? [{ str: item.str, hasEOL: item.hasEOL }] : [])));
  }
  await document.destroy();
  return pdfText(pages);
}

/** Why pdf.js or mammoth refused a file, in the user's words. */
function reasonOf(error: unknown, kind: string): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'the PDF is protected by a password; remove the password or paste the text instead';
  return `it is not a readable ${kind} file (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
}

export async function readResume(path: string): Promise<string> {
  const kind = extname(path).toLowerCase();
  if (!['.txt', '.md', '.markdown', '.docx', '.pdf'].includes(kind)) throw new InputError(`résumé ${path}: use a .txt, .md, .docx or .pdf file`);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new InputError(`résumé ${path}: no such file`);
  }
  if (size > MAX_RESUME_BYTES) throw new InputError(`résumé ${path}: the file is over 5 MB, too large to be a résumé`);
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = kind === '.docx' ? await docxText(bytes) : kind === '.pdf' ? await pdfFileText(bytes) : bytes.toString('utf8');
  } catch (error) {
    throw new InputError(`résumé ${path}: ${reasonOf(error, kind.slice(1).toUpperCase())}`);
  }
  if (kind === '.md' || kind === '.markdown') text = markdownToText(text);
  const unusable = unusableResume(text);
  if (unusable) throw new InputError(`résumé ${path}: ${unusable}`);
  return text;
}
