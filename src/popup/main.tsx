/**
 * Mounts the popup. The first render waits for the tab lookup and, up to FIRST_PAINT_WAIT_MS,
 * for the page to be read (usually well under that), so the first paint already says what the
 * page is: a posting, a list, a browser page. A slow page shows "Reading this page…" meanwhile.
 */
import { render } from 'preact';
import { App } from './App';
import { extensionApi } from './extension-api';
import { reportForTests } from './e2e-report';
import { createPopupStore, StoreContext } from './store';
import { followSettings } from '../ui/follow-settings';

const FIRST_PAINT_WAIT_MS = 250;

// Phase marks, read by `npm run bench:popup` to show where the time before the plan goes.
performance.mark('interview-lens:script-start');
const store = createPopupStore(extensionApi());
// The theme and search engine the user chose; read beside the page, never before it.
void followSettings();
void store.start().then(async () => {
  performance.mark('interview-lens:tab-known');
  const reading = store.read().then(() => performance.mark('interview-lens:page-read'));
  await Promise.race([Promise.all([reading, store.lexiconLoaded()]), new Promise((done) => setTimeout(done, FIRST_PAINT_WAIT_MS))]);
  render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
    document.getElementById('app')!,
  );
  // What the first paint showed: the real-browser tests check that a browser page is
  // answered at once, without a loading state first.
  document.body.dataset.firstState = store.page.value.kind;
  // Test builds report what they show only when a test asked for it by the page's address.
  if (__E2E__ && store.tab.value.url?.endsWith('#interview-lens-popup')) reportForTests(store, store.page.value.kind);
  performance.mark('interview-lens:first-render');
});
