import { render } from 'preact';
import { extensionPrepListApi } from './api';
import { App } from './App';
import { createPrepListStore, PrepListContext } from './store';
import { followSettings } from '../ui/follow-settings';

const store = createPrepListStore(extensionPrepListApi());
void followSettings();
const highlight = decodeURIComponent(location.hash.slice(1)) || null;
render(
  <PrepListContext.Provider value={store}>
    <App highlight={highlight} />
  </PrepListContext.Provider>,
  document.getElementById('app')!,
);
void store.load().then(() => {
  if (highlight) document.getElementById(`posting-${highlight}`)?.scrollIntoView({ block: 'center' });
});
// Another window saved or edited something: show it here too.
store.api.onChange((changes) => void store.applyChanges(changes));
