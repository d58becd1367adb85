/**
 * The fields of a posting as a form: adding one by hand (with the link to it, optional) and
 * editing a saved one use the same form, so they ask for the same things in the same way.
 * Beyond role, company, place and text, "More details" holds the rest a posting may state:
 * work mode, employment type, level, pay, dates and links.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { editProblem, PAY_PERIODS, webLink } from '../core/posting-edits';
import { WORK_MODES } from '../core/posting-schema';
import { EMPTY_FORM, editsFrom, type PostingFormValues } from './posting-form-values';

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

const MODE_NAMES = { 'on-site': 'On-site', hybrid: 'Hybrid', remote: 'Remote' } as const;
const PERIOD_NAMES = { hour: 'an hour', day: 'a day', week: 'a week', month: 'a month', year: 'a year' } as const;

export function PostingForm({ label, initial, submitLabel, withLink = false, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState(initial);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // The form opens where the user asked for it: the first field takes the focus.
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const set = (name: keyof PostingFormValues) => (e: Event) => setValues({ ...values, [name]: (e.currentTarget as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value });
  const input = (name: keyof PostingFormValues, label: string, extra: Record<string, string> = {}) => (
    <label>
      {label}
      <input name={name} value={values[name]} onInput={set(name)} {...extra} />
    </label>
  );

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
    // Everything filled in is checked, not only what changed: the form is stored as it shows.
    const problem = editProblem(editsFrom(EMPTY_FORM, values));
    if (problem) {
      setError(problem);
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
      <details class="more-details">
        <summary>More details: work mode, pay, dates and links</summary>
        <label>
          Work mode
          <select name="workMode" value={values.workMode} onChange={set('workMode')}>
            <option value="">Not stated</option>
            {WORK_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {MODE_NAMES[mode]}
              </option>
            ))}
          </select>
        </label>
        {input('employmentType', 'Employment type', { placeholder: 'Full-time, part-time, contract…' })}
        {input('seniority', 'Level', { placeholder: 'Junior, senior, lead…' })}
        <fieldset class="pay">
          <legend>Pay</legend>
          {input('payMin', 'From', { inputMode: 'decimal' })}
          {input('payMax', 'To', { inputMode: 'decimal' })}
          {input('payCurrency', 'Currency', { placeholder: 'EUR', maxLength: '10' })}
          <label>
            Per
            <select name="payPeriod" value={values.payPeriod} onChange={set('payPeriod')}>
              <option value="">Not stated</option>
              {PAY_PERIODS.map((period) => (
                <option key={period} value={period}>
                  {PERIOD_NAMES[period]}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        {input('datePosted', 'Posted on', { type: 'date' })}
        {input('validThrough', 'Apply by', { type: 'date' })}
        {input('applyUrl', 'Apply page', { type: 'url', inputMode: 'url', placeholder: 'https://…' })}
        {input('companyUrl', 'Company website', { type: 'url', inputMode: 'url', placeholder: 'https://…' })}
      </details>
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
