/**
 * The settings page: the search engine research links open, the theme, and "delete
 * everything". Each change is stored at once and said in a status line; deleting asks first.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SEARCH_ENGINE_NAMES, SEARCH_ENGINES } from '../core/prep/links';
import { type Settings, THEMES, type Theme } from '../storage/settings';
import { applyTheme } from '../ui/settings';
import type { OptionsApi } from './api';

const THEME_NAMES: Record<Theme, string> = { system: 'Same as the system', light: 'Light', dark: 'Dark' };

type Loaded = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; settings: Settings; postings: number };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function Options({ api }: { api: OptionsApi }) {
  const [state, setState] = useState<Loaded>({ kind: 'loading' });
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [confirming, setConfirming] = useState(false);
  // The question takes the focus, on its safe answer: Enter or Space right after cannot delete.
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  const load = () =>
    api.read().then(
      ({ settings, postings }) => {
        applyTheme(settings.theme);
        setState({ kind: 'ready', settings, postings });
      },
      (error: unknown) => setState({ kind: 'error', message: messageOf(error) }),
    );
  useEffect(() => void load(), []);

  if (state.kind === 'loading') {
    return (
      <main class="options">
        <h1>Settings</h1>
        <p role="status">Loading your settings…</p>
      </main>
    );
  }
  if (state.kind === 'error') {
    return (
      <main class="options">
        <h1>Settings</h1>
        <p role="alert" class="error">Your settings could not be read: {state.message}</p>
        <button type="button" class="button" onClick={() => void load()}>Try again</button>
      </main>
    );
  }

  const change = async (patch: Partial<Settings>, said: string) => {
    setFailure('');
    try {
      const settings = await api.update(patch);
      applyTheme(settings.theme);
      setState({ ...state, settings });
      setStatus(said);
    } catch (error) {
      setFailure(`Not saved: ${messageOf(error)}`);
    }
  };

  const deleteAll = async () => {
    setFailure('');
    try {
      const { postings } = await api.deleteEverything();
      setConfirming(false);
      applyTheme('system');
      await load();
      setStatus(`Deleted ${postings === 1 ? '1 saved posting' : `${postings} saved postings`}, your résumé and your settings.`);
    } catch (error) {
      setFailure(`Nothing was deleted: ${messageOf(error)}`);
    }
  };

  const { settings, postings } = state;
  return (
    <main class="options">
      <h1>Interview Lens settings</h1>
      <p class="hint">
        Stored on this device only. <a href="prep-list.html">Open your prep list</a>
      </p>

      <fieldset>
        <legend>Research links open in</legend>
        {SEARCH_ENGINES.map((engine) => (
          <label key={engine} class="choice">
            <input
              type="radio"
              name="search-engine"
              value={engine}
              checked={settings.searchEngine === engine}
              onChange={() => void change({ searchEngine: engine }, `Research links now open in ${SEARCH_ENGINE_NAMES[engine]}.`)}
            />
            {SEARCH_ENGINE_NAMES[engine]}
          </label>
        ))}
        <p class="hint">Links are built on your device and opened only when you click one.</p>
      </fieldset>

      <fieldset>
        <legend>Theme</legend>
        {THEMES.map((theme) => (
          <label key={theme} class="choice">
            <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => void change({ theme }, `Theme: ${THEME_NAMES[theme].toLowerCase()}.`)} />
            {THEME_NAMES[theme]}
          </label>
        ))}
      </fieldset>

      <fieldset class="danger">
        <legend>Your data</legend>
        {!confirming ? (
          <>
            <p>
              {postings === 1 ? '1 saved posting' : `${postings} saved postings`}, with their notes, checklists and interview rounds; your résumé, if you added one; and these settings.
            </p>
            <button type="button" class="button" onClick={() => setConfirming(true)}>
              Delete everything…
            </button>
          </>
        ) : (
          <div role="group" aria-labelledby="confirm-delete">
            <p id="confirm-delete">
              <strong>Delete {postings === 1 ? 'your 1 saved posting' : `all ${postings} saved postings`}, your résumé and your settings?</strong> This cannot be undone. To keep a copy, export a backup
              from the prep list first.
            </p>
            <button type="button" class="button danger-button" onClick={() => void deleteAll()}>
              Yes, delete everything
            </button>{' '}
            <button type="button" class="button" ref={cancel} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        )}
      </fieldset>

      <p role="status" class="status">{status}</p>
      {failure && (
        <p role="alert" class="error">
          {failure}
        </p>
      )}
    </main>
  );
}
