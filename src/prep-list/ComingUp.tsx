/**
 * The top of the prep list: the next interview rounds, and the thank-yous and follow-ups that
 * are due, each with the one action it asks for. Worked out by `comingUp` from the records.
 */
import { INTERVIEW_KIND_LABELS, type SavedPosting } from '../storage/schema';
import { type ComingUpItem, comingUp, DEFAULT_QUIET_DAYS } from '../tracker/coming-up';
import { localTime, personLabel } from '../tracker/interviews';
import { formatDate, formatDateTime } from '../ui/format';
import { usePrepList } from './store';

const DAY = 86_400_000;
/** At most this many rounds are listed; the rest are on their postings. */
const MAX_ROUNDS = 5;

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

function Item({ item, record }: { item: ComingUpItem; record: SavedPosting }) {
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
          <button type="button" class="link-button" onClick={() => void store.update(record.id, { followUpOn: dayString(Date.now() + DEFAULT_QUIET_DAYS * DAY) })}>
            I followed up: remind me in {DEFAULT_QUIET_DAYS} days
          </button>
        </>
      )}
    </li>
  );
}

export function ComingUp({ now }: { now: number }) {
  const store = usePrepList();
  const records = store.records.value;
  const { interviews, due } = comingUp(records, now);
  if (records.length === 0) return null;
  const byId = new Map(records.map((r) => [r.id, r]));
  return (
    <section class="coming-up" aria-labelledby="coming-up-heading">
      <h2 id="coming-up-heading">Coming up</h2>
      {interviews.length === 0 && due.length === 0 && <p class="meta">Nothing coming up. Add interview rounds to a posting and they will show here.</p>}
      {interviews.length > 0 && (
        <>
          <h3>Next interviews</h3>
          <ul>
            {interviews.slice(0, MAX_ROUNDS).map((item) => (
              <Item key={itemKey(item)} item={item} record={byId.get(item.recordId)!} />
            ))}
          </ul>
        </>
      )}
      {due.length > 0 && (
        <>
          <h3>To do</h3>
          <ul>
            {due.map((item) => (
              <Item key={itemKey(item)} item={item} record={byId.get(item.recordId)!} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
