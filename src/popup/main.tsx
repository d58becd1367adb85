/**
 * Mounts the popup. It waits for the tab lookup (a few milliseconds) before the first render,
 * so a browser page is answered in the first paint instead of after a loading flash.
 */
import { render } from 'preact';
import { App } from './App';
import { extensionApi } from './extension-api';
import { createPopupStore, StoreContext } from './store';

const store = createPopupStore(extensionApi());
void store.start().then(() => {
  render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
    document.getElementById('app')!,
  );
  // What the first paint showed: the real-browser tests check that a browser page is
  // answered at once, without a loading state first.
  document.body.dataset.firstState = store.page.value.kind;
  performance.mark('interview-lens:first-render');
  void store.read();
});
