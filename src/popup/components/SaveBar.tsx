import { formatDate } from '../../ui/format';
import { useStore } from '../store';

export function SaveBar() {
  const store = useStore();
  const state = store.saveState.value;
  const saved = store.saved.value;
  const label =
    state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? 'Saved ✓' : saved ? 'Update in prep list' : 'Save to prep list';
  return (
    <div class="save-bar">
      <button
        type="button"
        class="button primary"
        disabled={state.kind === 'saving'}
        aria-busy={state.kind === 'saving'}
        onClick={() => void store.save()}
      >
        {label}
      </button>
      {saved && state.kind !== 'saving' && (
        <span class="saved-note">
          {state.kind === 'saved' && !state.created ? 'Updated' : `Saved ${formatDate(saved.savedAt)}`}
          {' · '}
          <button type="button" class="link-button" onClick={() => void store.openPrepList(saved.id)}>
            view in prep list
          </button>
        </span>
      )}
      {state.kind === 'error' && (
        <p class="error" role="alert">
          Not saved: {state.message}
        </p>
      )}
    </div>
  );
}
