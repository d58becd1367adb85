import { useState } from 'preact/hooks';
import { useStore } from '../store';

/**
 * Before a plan is built on a guess: when the role or the employer was not read with
 * confidence, or the role reads like a site's heading or slogan, the user checks both first.
 * A plan that calls a site's slogan "the role" would be worse than no plan.
 */
export function ConfirmPosting() {
  const store = useStore();
  const posting = store.posting.value!;
  const [title, setTitle] = useState(posting.title?.value ?? '');
  const [company, setCompany] = useState(posting.company?.value ?? '');
  return (
    <form
      class="confirm"
      aria-labelledby="confirm-title"
      onSubmit={(e) => {
        e.preventDefault();
        store.confirmPosting({ title, company });
      }}
    >
      <h2 id="confirm-title">Check the role and the employer</h2>
      <ul class="confirm-reasons">
        {store.warnings.value.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
      <label>
        Role <span class="required">(required)</span>
        <input name="title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} required autoFocus />
      </label>
      <label>
        Employer
        <input name="company" value={company} onInput={(e) => setCompany(e.currentTarget.value)} />
      </label>
      <div class="actions">
        <button type="submit" class="button primary">
          Show my prep plan
        </button>
      </div>
    </form>
  );
}
