/** The popup's link to the real browser: tabs, scripting, storage, clipboard. */
import { notAPosting } from '../core/posting';
import { injectExtractor } from '../content/read-tab';
import { takeEarlyRead } from './early-read-handoff';
import { sendMessage } from '../messages';
import browser from '../platform/browser';
import { loadPackagedLexicon } from '../platform/lexicon';
import { extensionArea } from '../storage/extension-area';
import { readSaved, savedId } from '../storage/prep-list';
import type { ActiveTab, PopupApi, TabReading } from './api';

/** Errors Chrome and Firefox give when a page may not be scripted at all. */
const CANNOT_SCRIPT = /cannot access|cannot be scripted|missing host permission|extensions gallery|chrome:\/\/|about:|not allowed|no permission|Invalid url|PDF/i;

export async function copyWithFallback(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Some browsers refuse the async clipboard in an extension popup without focus; the
    // legacy copy command on a hidden field still works there.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('The browser did not allow copying. Select the text and copy it by hand.');
  }
}

export function extensionApi(): PopupApi {
  const area = extensionArea();
  // The tab and the reading the popup's first script started (early-read.ts), used once.
  let early = takeEarlyRead();
  return {
    async activeTab(): Promise<ActiveTab> {
      if (early) return early.tab;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return { id: tab?.id ?? null, url: tab?.url, title: tab?.title };
    },

    loadLexicon: loadPackagedLexicon,

    async readTab(tab): Promise<TabReading> {
      // Browser pages and PDFs were answered from the address before this is called (store.start).
      const url = tab.url ?? '';
      if (tab.id === null) return { result: notAPosting(url, 'browser-page'), selection: '', ms: 0 };
      try {
        const started = early;
        early = null;
        const reading = started && (await started.tab).id === tab.id ? await started.reading : null;
        return reading ?? (await injectExtractor(browser.scripting, tab.id));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (CANNOT_SCRIPT.test(message)) return { result: notAPosting(url, 'browser-page'), selection: '', ms: 0 };
        throw new Error(`Interview Lens could not read this page: ${message}`);
      }
    },

    findSaved: (posting) => readSaved(area, savedId(posting)),
    save: (posting, progress) => sendMessage('prep-list/save', { posting, progress }),
    update: (id, patch) => sendMessage('prep-list/update', { id, patch }),
    copyText: copyWithFallback,

    async openPrepList(id) {
      await browser.tabs.create({ url: browser.runtime.getURL(`prep-list.html${id ? `#${encodeURIComponent(id)}` : ''}`) });
      window.close();
    },
  };
}
