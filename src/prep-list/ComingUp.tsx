/**
 * The top of the prep list: the next interview rounds, and the thank-yous and follow-ups that
 * are due, each with the one action it asks for. Worked out by `comingUp` from the records.
 */
import { useMemo, useState } from 'preact/hooks';
import { INTERVIEW_KIND_LABELS, type SavedPosting } from '../storage/schema';
import { type ComingUpItem, comingUp } from '../tracker/coming-up';
import { localTime, personLabel } from '../tracker/interviews';
import { formatDate, formatDateTime } from '../ui/format';
import { settings } from '../ui/settings';
import { usePrepList } from './store';

const DAY = 86_400_000;
/** At most this many rounds are listed; the rest are on their postings. */
const MAX_ROUNDS = 5;
/**
 * Things to do shown before "Show all": a long search can have hundreds of quiet applications,
 * and listing them all would bury the list (and re-rendering them cost 70 ms a keystroke with
 * 2,000 postings, `npm run bench:list`).
 */
const MAX_DUE = 8;

/** "2026-12-15": a day as the date input stores it, in local time. */
function dayString(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function describe(item: ComingUpItem): string {
  switch (item.kind) {
    case 'interview': {
      const kind = item.round.kind === 'other' ? 'Interview' : `${INTERVIEW_KIND_LABELS[item.round.kind]} interview`;
      const who = item.round.interviewers.length > 0 ? ` with ${item.round.interviewers.map(personLabel).join(', ')}` : '';
      return `${formatDateTime(localTime(item.at))}: ${kind} for ${item.posting}${who}`;
    }
    case 'thank-you':
      return `Send a thank-you note for the ${formatDate(new Date(localTime(item.at)).toISOString())} interview for ${item.posting}`;
    case 'follow-up':
      return item.reason === 'date-given'
        ? `Follow up on ${item.posting}: they said you would hear back by ${formatDate(new Date(localTime(item.at)).toISOString())}`
        : `Follow up on ${item.posting}: no news since ${formatDate(item.at)}`;
  }
}

/** Unique within the list: a round is one item, a posting has at most one follow-up. */
function itemKey(item: ComingUpItem): string {
  return item.kind === 'follow-up' ? `${item.recordId}-follow-up` : `${item.recordId}-${item.kind}-${item.round.id}`;
}

function Item({ item, record, quietDays }: { item: ComingUpItem; record: SavedPosting; quietDays: number }) {
  const store = usePrepList();
  return (
    <li>
      <span>{describe(item)}</span>{' '}
      <button type="button" class="link-button" onClick={() => store.show(item.recordId)}>
        Show posting
      </button>
      {item.kind === 'thank-you' && (
        <>
          {' · '}
          <button
            type="button"
            class="link-button"
            onClick={() => void store.update(record.id, { rounds: { [item.round.id]: { thankYouSent: true } } })}
          >
            Mark as sent
          </button>
        </>
      )}
      {item.kind === 'follow-up' && (
        <>
          {' · '}
          <button type="button" class="link-button" onClick={() => void store.update(record.id, { followUpOn: dayString(Date.now() + quietDays * DAY) })}>
            I followed up: remind me in {quietDays} {quietDays === 1 ? 'day' : 'days'}
          </button>
        </>
      )}
    </li>
  );
}

export function ComingUp({ now }: { now: number }) {
  const store = usePrepList();
  const records = store.records.value;
  // Worked out again when the records change or a minute passes, not on every keystroke of a
  // search (the page re-renders for each one).
  const minute = Math.floor(now / 60_000);
  // The user's quiet period (settings page); the reminders use the same one.
  const { quietDays } = settings.value;
  const { interviews, due } = useMemo(() => comingUp(records, now, quietDays), [records, minute, quietDays]);
  const byId = useMemo(() => new Map(records.map((r) => [r.id, r])), [records]);
  const [allDue, setAllDue] = useState(false);
  if (records.length === 0) return null;
  const shownDue = allDue ? due : due.slice(0, MAX_DUE);
  return (
    <section class="coming-up" aria-labelledby="coming-up-heading">
      <h2 id="coming-up-heading">Coming up</h2>
      {interviews.length === 0 && due.length === 0 && <p class="meta">Nothing coming up. Add interview rounds to a posting and they will show here.</p>}
      {interviews.length > 0 && (
        <>
          <h3>Next interviews</h3>
          <ul>
            {interviews.slice(0, MAX_ROUNDS).map((item) => (
              <Item key={itemKey(item)} item={item} record={byId.get(item.recordId)!} quietDays={quietDays} />
            ))}
          </ul>
        </>
      )}
      {due.length > 0 && (
        <>
          <h3>To do</h3>
          <ul>
            {shownDue.map((item) => (
              <Item key={itemKey(item)} item={item} record={byId.get(item.recordId)!} quietDays={quietDays} />
            ))}
          </ul>
          {due.length > shownDue.length && (
            <button type="button" class="link-button" onClick={() => setAllDue(true)}>
              Show all {due.length} things to do
            </button>
          )}
        </>
      )}
    </section>
  );
}
