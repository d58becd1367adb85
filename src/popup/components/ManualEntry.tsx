import { useState } from 'preact/hooks';
import { useStore } from '../store';

export function ManualEntry() {
  const store = useStore();
  const [fields, setFields] = useState({ title: '', company: '', location: '', description: '' });
  const set = (name: keyof typeof fields) => (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
    setFields({ ...fields, [name]: e.currentTarget.value });
  return (
    <form
      class="manual"
      aria-labelledby="manual-title"
      onSubmit={(e) => {
        e.preventDefault();
        store.submitManual(fields);
      }}
    >
      <h2 id="manual-title">Enter the posting</h2>
      <label>
        Role <span class="required">(required)</span>
        <input value={fields.title} onInput={set('title')} required autoFocus />
      </label>
      <label>
        Company
        <input value={fields.company} onInput={set('company')} />
      </label>
      <label>
        Location
        <input value={fields.location} onInput={set('location')} />
      </label>
      <label>
        Job description <span class="hint">(paste it here)</span>
        <textarea rows={6} value={fields.description} onInput={set('description')} />
      </label>
      <div class="actions">
        <button type="submit" class="button primary">
          Build my prep plan
        </button>
      </div>
    </form>
  );
}
