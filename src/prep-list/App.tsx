import { useState } from 'preact/hooks';
import { STATUS_LABELS, STATUSES, type SavedPosting, type Status } from '../storage/schema';
import { formatDate } from '../ui/format';
import { type SortKey, usePrepList } from './store';

function PostingRow({ record, highlighted }: { record: SavedPosting; highlighted: boolean }) {
  const store = usePrepList();
  const p = record.posting;
  const [notes, setNotes] = useState(record.notes);
  const title = p.title?.value ?? 'Untitled posting';
  const done = Object.values(record.checklist).filter(Boolean).length;
  return (
    <li class={highlighted ? 'record highlighted' : 'record'} id={`posting-${record.id}`} data-id={record.id}>
      <div class="record-head">
        <h2>
          {p.url && /^https?:/i.test(p.url) ? (
            <a href={p.url} target="_blank" rel="noopener noreferrer">
              {title}
            </a>
          ) : (
            title
          )}
        </h2>
        <label class="status">
          <span class="sr-only">Status of {title}</span>
          <select value={record.status} onChange={(e) => void store.update(record.id, { status: e.currentTarget.value as Status })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="meta">
        {[p.company?.value, p.location?.value].filter(Boolean).join(' · ') || 'Company not known'}
        {' · '}saved {formatDate(record.savedAt)}
        {done > 0 && ` · ${done} research ${done === 1 ? 'item' : 'items'} done`}
      </p>
      <details>
        <summary>Notes</summary>
        <textarea
          aria-label={`Notes on ${title}`}
          rows={4}
          value={notes}
          onInput={(e) => setNotes(e.currentTarget.value)}
          onBlur={() => notes !== record.notes && void store.update(record.id, { notes })}
        />
      </details>
      <button type="button" class="button small" aria-label={`Remove ${title}`} onClick={() => void store.remove(record.id)}>
        Remove
      </button>
    </li>
  );
}

export function App({ highlight }: { highlight: string | null }) {
  const store = usePrepList();
  const state = store.state.value;
  const all = store.records.value;
  const visible = store.visible.value;
  return (
    <div class="prep-list">
      <header>
        <h1>Prep list</h1>
        <p class="meta">
          {all.length} saved {all.length === 1 ? 'posting' : 'postings'} · stored only in this browser
        </p>
      </header>
      {store.newerVersion.value && (
        <p class="notice">This data was saved by a newer version of Interview Lens. You can read it here; update the extension to change it.</p>
      )}
      {store.unreadable.value > 0 && (
        <p class="notice">
          {store.unreadable.value} saved {store.unreadable.value === 1 ? 'record' : 'records'} could not be read and {store.unreadable.value === 1 ? 'is' : 'are'} left untouched.
        </p>
      )}
      <div class="toolbar" role="search">
        <label>
          <span class="sr-only">Search the prep list</span>
          <input type="search" placeholder="Search title, company, notes…" value={store.query.value} onInput={(e) => (store.query.value = e.currentTarget.value)} />
        </label>
        <label>
          Status{' '}
          <select value={store.status.value} onChange={(e) => (store.status.value = e.currentTarget.value as Status | 'all')}>
            <option value="all">All</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort by{' '}
          <select value={store.sort.value} onChange={(e) => (store.sort.value = e.currentTarget.value as SortKey)}>
            <option value="updated">Last updated</option>
            <option value="saved">Date saved</option>
            <option value="company">Company</option>
            <option value="title">Role</option>
            <option value="status">Status</option>
          </select>
        </label>
      </div>
      <p class="toast" role="status" aria-live="polite">
        {store.message.value}
        {store.removed.value && (
          <>
            {' '}
            <button type="button" class="link-button" onClick={() => void store.undoRemove()}>
              Undo
            </button>
          </>
        )}
      </p>
      {state.kind === 'loading' && <p aria-busy="true">Loading your prep list…</p>}
      {state.kind === 'error' && (
        <p class="error" role="alert">
          Your prep list could not be read: {state.message}
        </p>
      )}
      {state.kind === 'ready' && all.length === 0 && (
        <section class="empty">
          <h2>Your prep list is empty</h2>
          <p>Open a job posting, click the Interview Lens button in the toolbar, and choose “Save to prep list”.</p>
        </section>
      )}
      {state.kind === 'ready' && all.length > 0 && visible.length === 0 && <p>No saved posting matches your search.</p>}
      <ul class="records">
        {visible.map((record) => (
          <PostingRow key={record.id} record={record} highlighted={record.id === highlight} />
        ))}
      </ul>
    </div>
  );
}
