import { useEffect, useRef, useState } from 'preact/hooks';
import { toBackup, toCsv, toIcs, toMarkdown } from '../storage/backup';
import { settings } from '../ui/settings';
import { manualPosting } from '../core/manual-posting';
import { PostingForm } from './PostingForm';
import { EMPTY_FORM, editsFrom } from './posting-form-values';
import { applyEdits, webLink } from '../core/posting-edits';
import { ResumePanel } from './ResumePanel';
import { STATUS_LABELS, STATUSES, type SavedPosting, type Status } from '../storage/schema';
import { formatDate } from '../ui/format';
import { Board } from './Board';
import { ComingUp } from './ComingUp';
import { SearchGlance } from './SearchGlance';
import { PostingDetail } from './PostingDetail';
import { type SortKey, usePrepList, type View } from './store';

const VIEWS: { view: View; label: string }[] = [
  { view: 'list', label: 'List' },
  { view: 'board', label: 'Board' },
];

/** List or board: two toggle buttons (aria-pressed), so each says which view is on. */
function ViewSwitch() {
  const store = usePrepList();
  return (
    <div class="view-switch" role="group" aria-label="View">
      {VIEWS.map(({ view, label }) => (
        <button key={view} type="button" class="button small" aria-pressed={store.view.value === view} onClick={() => (store.view.value = view)}>
          {label}
        </button>
      ))}
    </div>
  );
}

/** Save text as a file: an object URL and a download link, all inside this page. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function ExportImport() {
  const store = usePrepList();
  const records = store.visible.value;
  const day = new Date().toISOString().slice(0, 10);
  const now = () => new Date().toISOString();
  const none = records.length === 0;
  return (
    <div class="export" role="group" aria-label="Export and import">
      <span class="meta">Export {store.records.value.length === records.length ? 'all' : `the ${records.length} shown`}:</span>
      {/* The Markdown file holds each plan, which needs the skills lexicon loaded. */}
      <button type="button" class="button small" disabled={none || store.lexicon.value.kind !== 'ready'} onClick={() => download(`interview-prep-${day}.md`, 'text/markdown', toMarkdown(records, settings.value.searchEngine))}>
        Markdown
      </button>
      <button type="button" class="button small" disabled={none} onClick={() => download(`interview-prep-${day}.csv`, 'text/csv', toCsv(records))}>
        CSV
      </button>
      <button type="button" class="button small" disabled={none} onClick={() => download(`interviews-${day}.ics`, 'text/calendar', toIcs(records, now()))}>
        Calendar
      </button>
      <button type="button" class="button small" disabled={none} onClick={() => download(`interview-lens-backup-${day}.json`, 'application/json', toBackup(records, now(), store.profile.value))}>
        Backup
      </button>
      <label class="button small import">
        Import a backup…
        <input
          type="file"
          accept="application/json,.json"
          class="sr-only"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void file.text().then((text) => store.importBackup(text));
          }}
        />
      </label>
    </div>
  );
}

function StatusOptions() {
  return (
    <>
      {STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_LABELS[s]}
        </option>
      ))}
    </>
  );
}

/** The same job saved before from another address: say so, and offer to merge the two saves. */
function TwinNotice({ record }: { record: SavedPosting }) {
  const store = usePrepList();
  const twin = store.twins.value.get(record.id);
  if (!twin) return null;
  const name = [twin.posting.title?.value, twin.posting.company?.value].filter(Boolean).join(' at ');
  return (
    <p class="notice twin">
      This looks like the same job as “{name}”, saved {formatDate(twin.savedAt)} from another address.{' '}
      <button type="button" class="link-button" onClick={() => void store.merge(twin.id, record.id)}>
        Merge into that one
      </button>{' '}
      (both addresses, ticks, examples, rounds, notes and history are kept)
    </p>
  );
}

function PostingRow({ record, highlighted }: { record: SavedPosting; highlighted: boolean }) {
  const store = usePrepList();
  const p = record.posting;
  const [notes, setNotes] = useState(record.notes);
  const [open, setOpen] = useState(highlighted);
  const heading = useRef<HTMLHeadingElement>(null);
  // Asked for from "Coming up": open the plan and bring the posting into view, focus on its title.
  useEffect(() => {
    if (!highlighted) return;
    setOpen(true);
    heading.current?.scrollIntoView?.({ block: 'center' });
    heading.current?.focus();
  }, [highlighted]);
  const title = p.title?.value ?? 'Untitled posting';
  const done = Object.values(record.checklist).filter(Boolean).length;
  return (
    <li class={highlighted ? 'record highlighted' : 'record'} id={`posting-${record.id}`} data-id={record.id}>
      <div class="record-head">
        <h2 ref={heading} tabIndex={-1}>
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
            <StatusOptions />
          </select>
        </label>
      </div>
      <TwinNotice record={record} />
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
      <div class="record-actions">
        <button type="button" class="button small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Close plan' : 'Open plan'}
        </button>
        <button type="button" class="button small" aria-label={`Remove ${title}`} onClick={() => void store.remove(record.id)}>
          Remove
        </button>
      </div>
      {open && <PostingDetail record={record} />}
    </li>
  );
}

/**
 * Rows rendered at first, and added by each "Show more": rendering all of a long search's
 * postings at once took over a second with 2,000 of them (`npm run bench:list`), and no one
 * reads that far down without searching.
 */
export const LIST_PAGE = 100;

/** "Add a posting": one typed in by hand, for a job heard of by word of mouth or read on paper. */
function AddPosting() {
  const store = usePrepList();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // Back to the button that opened the form, for keyboard users.
    setTimeout(() => opener.current?.focus(), 0);
  };
  if (!open) {
    return (
      <button type="button" class="button" ref={opener} onClick={() => setOpen(true)}>
        Add a posting
      </button>
    );
  }
  return (
    <PostingForm
      label="Add a posting"
      initial={EMPTY_FORM}
      submitLabel="Add to prep list"
      withLink
      onCancel={close}
      onSubmit={async (values) => {
        const typed = manualPosting(values, webLink(values.link));
        // The details beyond role, company, place and text, applied the way an edit applies them.
        const posting = typed && applyEdits(typed, editsFrom(EMPTY_FORM, values));
        const stored = posting !== null && (await store.add(posting));
        if (stored) close();
        return stored;
      }}
    />
  );
}

export function App({ highlight: opened, now = Date.now() }: { highlight: string | null; now?: number }) {
  const store = usePrepList();
  const highlight = store.focused.value ?? opened;
  const state = store.state.value;
  const all = store.records.value;
  const visible = store.visible.value;
  const [limit, setLimit] = useState(LIST_PAGE);
  const rows = visible.slice(0, limit);
  // The posting the popup opened this page for is shown even when it is further down.
  const wanted = highlight && !rows.some((r) => r.id === highlight) ? visible.find((r) => r.id === highlight) : undefined;
  if (wanted) rows.push(wanted);
  return (
    <main class="prep-list">
      <header>
        <h1>Prep list</h1>
        <p class="meta">
          {all.length} saved {all.length === 1 ? 'posting' : 'postings'} · stored only in this browser · <a href="options.html">Settings</a>
        </p>
        {state.kind === 'ready' && <AddPosting />}
      </header>
      {store.newerVersion.value && (
        <p class="notice">This data was saved by a newer version of Interview Lens. You can read it here; update the extension to change it.</p>
      )}
      {store.unreadable.value > 0 && (
        <p class="notice">
          {store.unreadable.value} saved {store.unreadable.value === 1 ? 'record' : 'records'} could not be read and {store.unreadable.value === 1 ? 'is' : 'are'} left untouched.
        </p>
      )}
      {state.kind === 'ready' && <ComingUp now={now} />}
      {state.kind === 'ready' && <SearchGlance />}
      {state.kind === 'ready' && <ResumePanel />}
      <div class="toolbar" role="search">
        <label>
          <span class="sr-only">Search the prep list</span>
          <input type="search" placeholder="Search title, company, notes…" value={store.query.value} onInput={(e) => (store.query.value = e.currentTarget.value)} />
        </label>
        <label>
          Status{' '}
          <select value={store.status.value} onChange={(e) => (store.status.value = e.currentTarget.value as Status | 'all')}>
            <option value="all">All</option>
            <StatusOptions />
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
      <ExportImport />
      <ViewSwitch />
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
      {store.view.value === 'list' ? (
        <>
          <ul class="records" aria-label="Saved postings">
            {rows.map((record) => (
              <PostingRow key={record.id} record={record} highlighted={record.id === highlight} />
            ))}
          </ul>
          {visible.length > limit && (
            <button type="button" class="button more" onClick={() => setLimit(limit + LIST_PAGE)}>
              Show {Math.min(LIST_PAGE, visible.length - limit)} more ({visible.length - limit} not shown)
            </button>
          )}
        </>
      ) : (
        state.kind === 'ready' && all.length > 0 && <Board />
      )}
    </main>
  );
}
