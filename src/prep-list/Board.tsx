/**
 * The board: the same saved postings as the list (search and filter apply), in a column per
 * status. A card moves by drag and drop, or from the keyboard with its "Move…" button; either
 * way the move goes through store.move, so it is saved, recorded in the history and announced
 * in the page's live region.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { STATUS_LABELS, STATUSES, type SavedPosting, type Status } from '../storage/schema';
import { formatDate } from '../ui/format';
import { usePrepList } from './store';

function Card(props: { record: SavedPosting; focus: boolean; onFocused(): void; onMove(id: string, to: Status): void; onDrag(id: string | null): void }) {
  const { record } = props;
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // A moved card is a new element in its new column: focus follows it, so a keyboard user
  // stays on the card they moved.
  useEffect(() => {
    if (!props.focus) return;
    button.current?.focus();
    props.onFocused();
  }, [props.focus]);
  const title = record.posting.title?.value ?? 'Untitled posting';
  const since = record.history.at(-1)?.at ?? record.updatedAt;
  return (
    <li
      class="card"
      id={`card-${record.id}`}
      data-id={record.id}
      draggable
      onDragStart={(e) => {
        // Firefox starts a drag only when it carries data.
        e.dataTransfer?.setData('text/plain', record.id);
        if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
        props.onDrag(record.id);
      }}
      onDragEnd={() => props.onDrag(null)}
    >
      <h3>{title}</h3>
      <p class="meta">{record.posting.company?.value ?? 'Company not known'}</p>
      <p class="meta">
        {STATUS_LABELS[record.status]} since {formatDate(since)}
      </p>
      {/* The name says which card ("Move Product Designer to…") and starts with the word shown,
          so a user who speaks the visible label ("click Move") reaches it. */}
      <button
        ref={button}
        type="button"
        class="button small"
        aria-label={`Move ${title} to…`}
        aria-expanded={open}
        aria-controls={`move-${record.id}`}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      >
        Move…
      </button>
      {open && (
        <ul class="move-options" id={`move-${record.id}`} aria-label={`Move ${title} to`} onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          setOpen(false);
          button.current?.focus();
        }}>
          {STATUSES.filter((s) => s !== record.status).map((s) => (
            <li key={s}>
              <button
                type="button"
                class="link-button"
                onClick={() => {
                  setOpen(false);
                  props.onMove(record.id, s);
                }}
              >
                {STATUS_LABELS[s]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Cards rendered per column at first and per "Show more" (see LIST_PAGE in App.tsx). */
export const COLUMN_PAGE = 50;

export function Board() {
  const store = usePrepList();
  const records = store.visible.value;
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<Status | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  // The last card moved, kept in view in its new column however it sorts there.
  const [lastMoved, setLastMoved] = useState<string | null>(null);
  const [limits, setLimits] = useState<Partial<Record<Status, number>>>({});
  const move = (id: string, to: Status) =>
    void store.move(id, to).then((moved) => {
      if (!moved) return;
      setLastMoved(id);
      setFocus(id);
    });
  // One pass over the records, not one filter per column: the board may hold thousands.
  const columns = new Map<Status, SavedPosting[]>(STATUSES.map((s) => [s, []]));
  for (const record of records) columns.get(record.status)!.push(record);
  return (
    <div class="board" role="group" aria-label="Board">
      {STATUSES.map((status) => {
        const cards = columns.get(status)!;
        const limit = limits[status] ?? COLUMN_PAGE;
        const shown = cards.slice(0, limit);
        // A card just moved here stays in view (and keeps the focus) even past the limit.
        const moved = lastMoved && !shown.some((r) => r.id === lastMoved) ? cards.find((r) => r.id === lastMoved) : undefined;
        if (moved) shown.unshift(moved);
        return (
          <section
            key={status}
            class={over === status ? 'column drop-target' : 'column'}
            aria-labelledby={`column-${status}`}
            data-status={status}
            onDragOver={(e) => {
              if (!dragged) return;
              e.preventDefault(); // allows the drop here
              if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
              setOver(status);
            }}
            onDragLeave={(e) => {
              // Leaving for a child of this column is not leaving the column.
              if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(null);
            }}
            onDrop={(e) => {
              e.preventDefault();
              const id = dragged ?? e.dataTransfer?.getData('text/plain');
              setOver(null);
              setDragged(null);
              if (id) move(id, status);
            }}
          >
            <h2 id={`column-${status}`}>
              {STATUS_LABELS[status]} <span class="count">{cards.length}</span>
              <span class="sr-only"> {cards.length === 1 ? 'posting' : 'postings'}</span>
            </h2>
            <ul class="cards">
              {shown.map((record) => (
                <Card key={record.id} record={record} focus={focus === record.id} onFocused={() => setFocus(null)} onMove={move} onDrag={setDragged} />
              ))}
            </ul>
            {cards.length > limit && (
              <button
                type="button"
                class="link-button more"
                aria-label={`Show ${Math.min(COLUMN_PAGE, cards.length - limit)} more in ${STATUS_LABELS[status]}`}
                onClick={() => setLimits({ ...limits, [status]: limit + COLUMN_PAGE })}
              >
                Show {Math.min(COLUMN_PAGE, cards.length - limit)} more
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
