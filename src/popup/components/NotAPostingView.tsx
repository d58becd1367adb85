import { useStore } from '../store';

export function NotAPostingView() {
  const store = useStore();
  const page = store.page.value;
  if (page.kind !== 'not-a-posting') return null;
  const { result } = page;
  const hasSelection = store.selection.value.trim().length > 0;
  return (
    <section class="state not-a-posting" data-reason={result.reason} aria-labelledby="state-title">
      <h2 id="state-title">{result.message}</h2>
      {result.pageTitle && result.reason !== 'browser-page' && <p class="page-title">{result.pageTitle}</p>}
      <p>What you can do here:</p>
      <div class="actions">
        {result.frameUrl && (
          <a class="button primary" href={result.frameUrl} target="_blank" rel="noopener noreferrer">
            Open the posting on its own page
          </a>
        )}
        {hasSelection && (
          <button type="button" class="button primary" onClick={() => store.useSelection()}>
            Use the selected text as the job description
          </button>
        )}
        <button type="button" class={hasSelection ? 'button' : 'button primary'} onClick={() => store.enterManually()}>
          Enter the posting by hand
        </button>
        <button type="button" class="button" onClick={() => void store.openPrepList()}>
          Open prep list
        </button>
      </div>
      {!hasSelection && result.reason !== 'browser-page' && result.reason !== 'not-html' && (
        <p class="tip">Tip: select the job description on the page, then click Interview Lens again to use it.</p>
      )}
    </section>
  );
}
