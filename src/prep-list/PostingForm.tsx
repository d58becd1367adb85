/**
 * The fields of a posting as a form: adding one by hand (with the link to it, optional) and
 * editing a saved one use the same form, so they ask for the same things in the same way.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ManualFields } from '../core/manual-posting';

export interface PostingFormValues extends ManualFields {
  link: string;
}

interface Props {
  /** The form's name for assistive technology ("Add a posting", "Edit this posting"). */
  label: string;
  initial: PostingFormValues;
  submitLabel: string;
  /** Show the link field (a saved posting keeps the address it was saved from). */
  withLink?: boolean;
  /** Resolves true once stored; the form stays open with what was typed when not. */
  onSubmit: (values: PostingFormValues) => Promise<boolean>;
  onCancel: () => void;
}

/** A link the user gave: kept only when it is a web address, so it can be opened safely. */
export function webLink(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
}

export function PostingForm({ label, initial, submitLabel, withLink = false, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState(initial);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // The form opens where the user asked for it: the first field takes the focus.
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const set = (name: keyof PostingFormValues) => (e: Event) => setValues({ ...values, [name]: (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!values.title.trim()) {
      setError('A posting needs the role’s title.');
      return;
    }
    if (withLink && values.link.trim() && !webLink(values.link)) {
      setError('The link must be a web address (https://…).');
      return;
    }
    setError('');
    setBusy(true);
    const stored = await onSubmit(values);
    setBusy(false);
    if (!stored) setError('Not saved; what you typed is still here.');
  };

  return (
    <form class="posting-form" aria-label={label} onSubmit={(e) => void submit(e)} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <label>
        Role <span class="hint">(required)</span>
        <input name="title" ref={first} value={values.title} onInput={set('title')} required aria-invalid={error.startsWith('A posting') ? true : undefined} />
      </label>
      <label>
        Company
        <input name="company" value={values.company} onInput={set('company')} />
      </label>
      <label>
        Location
        <input name="location" value={values.location} onInput={set('location')} />
      </label>
      {withLink && (
        <label>
          Link to the posting <span class="hint">(optional)</span>
          <input name="link" type="url" inputMode="url" value={values.link} onInput={set('link')} placeholder="https://…" />
        </label>
      )}
      <label>
        Description
        <textarea name="description" rows={6} value={values.description} onInput={set('description')} />
      </label>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <p class="form-actions">
        <button type="submit" class="button primary" disabled={busy}>
          {submitLabel}
        </button>{' '}
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
