/**
 * Reading a tab: inject extract.js, and extract-full.js only when the first asks for
 * Readability. Shared by the popup, its first script and the end-to-end hook, so all read
 * pages alike. The scripting API is passed in: the popup's first script uses the browser's
 * own (see popup/early-read.ts), the rest the polyfilled one.
 */
import { EXTRACT_FULL_SCRIPT, EXTRACT_SCRIPT, type InjectedResult, isInjectedResult } from './extract-result';

/** The one call of the scripting API this needs, as Chrome's, Firefox's and the polyfill's have it in MV3. */
export interface ScriptingApi {
  executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<{ result?: unknown }[]>;
}

export async function injectExtractor(scripting: ScriptingApi, tabId: number): Promise<InjectedResult> {
  const run = async (file: string) => {
    const [first] = await scripting.executeScript({ target: { tabId }, files: [file] });
    if (!isInjectedResult(first?.result)) throw new Error('The page did not return a result.');
    return first.result;
  };
  const lean = await run(EXTRACT_SCRIPT);
  if (!lean.needsReadability) return lean;
  const full = await run(EXTRACT_FULL_SCRIPT);
  return { ...full, ms: Math.round((lean.ms + full.ms) * 10) / 10 };
}
