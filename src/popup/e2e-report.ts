/**
 * Test builds only (`__E2E__`): Firefox lets automation open the real popup
 * (action.openPopup() with extensions.openPopupWithoutUserGesture.enabled) but not look into
 * it, so the popup reports what it shows through extension storage, where the test build's
 * background picks it up for the test (see src/background/e2e-hook.ts).
 */
import browser from '../platform/browser';
import type { PopupStore } from './store';

export const POPUP_REPORT_KEY = 'e2e:popup-report';

function texts(selector: string, max = 50): string[] {
  return Array.from(document.querySelectorAll(selector))
    .slice(0, max)
    .map((el) => el.textContent?.trim() ?? '');
}

export function reportForTests(store: PopupStore, firstState: string): void {
  const started = Date.now();
  const timer = setInterval(() => {
    const kind = store.page.value.kind;
    const planShown = document.querySelector('.research-item') !== null;
    if ((kind === 'loading' || (kind === 'posting' && !planShown)) && Date.now() - started < 10_000) return;
    clearInterval(timer);
    // Closed once reported, as a user's click elsewhere would close it: one popup at a time.
    void browser.storage.local
      .set({
      [POPUP_REPORT_KEY]: {
        firstState,
        state: kind,
        fields: texts('.field .value'),
        heading: texts('.state h2')[0] ?? null,
        research: texts('.research-item .check span'),
        questions: store.plan.value?.questions.map((q) => q.text) ?? [],
        at: Date.now(),
      },
      })
      .then(() => window.close());
  }, 50);
}
