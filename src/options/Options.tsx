/**
 * The settings page: the search engine research links open, the theme, reminders (with the
 * optional notifications permission, asked for when they are turned on), and "delete
 * everything". Each change is stored at once and said in a status line; deleting asks first.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SEARCH_ENGINE_NAMES, SEARCH_ENGINES } from '../core/prep/links';
import { MAX_QUIET_DAYS, MIN_QUIET_DAYS, type Settings, THEMES, type Theme } from '../storage/settings';
import { applyTheme } from '../ui/settings';
import type { OptionsApi } from './api';

const THEME_NAMES: Record<Theme, string> = { system: 'Same as the system', light: 'Light', dark: 'Dark' };

type Loaded = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; settings: Settings; postings: number; canNotify: boolean };

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
      ({ settings, postings, canNotify }) => {
        applyTheme(settings.theme);
        setState({ kind: 'ready', settings, postings, canNotify });
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

  const change = async (patch: Partial<Settings>, said: string, canNotify = state.canNotify) => {
    setFailure('');
    try {
      const settings = await api.update(patch);
      applyTheme(settings.theme);
      setState({ ...state, settings, canNotify });
      setStatus(said);
    } catch (error) {
      setFailure(`Not saved: ${messageOf(error)}`);
    }
  };

  const turnRemindersOn = () => {
    setFailure('');
    // Asked before anything else: the browser shows its prompt only during the user's click.
    api.requestNotifications().then(
      (granted) => {
        if (granted) void change({ reminders: true }, 'Reminders are on.', true);
        else setFailure('Reminders stay off: the browser was not allowed to show notifications.');
      },
      (error: unknown) => setFailure(`Reminders stay off: ${messageOf(error)}`),
    );
  };

  const turnRemindersOff = async () => {
    await change({ reminders: false }, 'Reminders are off.', false);
    // The permission is given back too; turning reminders on again asks for it again.
    await api.dropNotifications().catch(() => undefined);
  };

  const changeQuietDays = (input: HTMLInputElement) => {
    const days = Number(input.value);
    if (!Number.isInteger(days) || days < MIN_QUIET_DAYS || days > MAX_QUIET_DAYS) {
      setFailure(`Not saved: enter a whole number of days from ${MIN_QUIET_DAYS} to ${MAX_QUIET_DAYS}.`);
      return;
    }
    if (days !== state.settings.quietDays) void change({ quietDays: days }, `Follow-ups are suggested after ${days} ${days === 1 ? 'day' : 'days'} without news.`);
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

  const { settings, postings, canNotify } = state;
  const remindersOn = settings.reminders && canNotify;
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

      <fieldset>
        <legend>Reminders</legend>
        <label class="choice">
          <input type="checkbox" checked={remindersOn} onChange={(event) => (event.currentTarget.checked ? turnRemindersOn() : void turnRemindersOff())} />
          Remind me of interviews, thank-you notes and follow-ups
        </label>
        <p class="hint">
          A notification on the morning of an interview (at 8:00, or an hour before it), a thank-you reminder that evening, and a follow-up reminder when the date the company gave has
          passed or an application has had no news for the days below. Turning this on asks the browser to let Interview Lens show notifications; nothing else is asked for.
        </p>
        {settings.reminders && !canNotify && (
          <p class="hint" role="note">
            Reminders were turned on, but the browser no longer allows Interview Lens to show notifications. Turn them on again to allow it.
          </p>
        )}
        <label class="field">
          Suggest a follow-up after{' '}
          <input
            type="number"
            min={MIN_QUIET_DAYS}
            max={MAX_QUIET_DAYS}
            step={1}
            value={settings.quietDays}
            onChange={(event) => changeQuietDays(event.currentTarget)}
          />{' '}
          days without news
        </label>
        <p class="hint">Used by "Coming up" on the prep list too.</p>
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
