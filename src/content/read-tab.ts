/**
 * Reading a tab: inject extract.js, and extract-full.js only when the first asks for
 * Readability. Shared by the popup and the end-to-end hook, so both read pages alike.
 */
import browser from '../platform/browser';
import { EXTRACT_FULL_SCRIPT, EXTRACT_SCRIPT, type InjectedResult, isInjectedResult } from './extract-result';

export async function injectExtractor(tabId: number): Promise<InjectedResult> {
  const run = async (file: string) => {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
    if (!isInjectedResult(first?.result)) throw new Error('The page did not return a result.');
    return first.result;
  };
  const lean = await run(EXTRACT_SCRIPT);
  if (!lean.needsReadability) return lean;
  const full = await run(EXTRACT_FULL_SCRIPT);
  return { ...full, ms: Math.round((lean.ms + full.ms) * 10) / 10 };
}
