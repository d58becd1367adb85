/**
 * The interview rounds of one saved posting: when, what kind, who (with their role and a
 * people search for each name), notes, and whether the thank-you went out. Each change is
 * saved as it is made; a round or a person is removed only by its own button.
 */
import { useState } from 'preact/hooks';
import { linkedInPeople } from '../core/prep/links';
import { INTERVIEW_KIND_LABELS, INTERVIEW_KINDS, type Interview, type InterviewKind, type Interviewer, type SavedPosting } from '../storage/schema';
import { newInterview, type RoundChanges } from '../tracker/interviews';
import { partOf } from './part-name';
import { usePrepList } from './store';

function AddPerson({ onAdd, label }: { onAdd: (person: Interviewer) => void; label: string }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  return (
    <form
      class="add-person"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        onAdd({ name: name.trim(), role: role.trim() });
        setName('');
        setRole('');
      }}
    >
      <label>
        Name <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        Role <input value={role} placeholder="e.g. Engineering manager" onInput={(e) => setRole(e.currentTarget.value)} />
      </label>
      <button type="submit" class="button small" disabled={!name.trim()}>
        Add person
      </button>
    </form>
  );
}

function Round({ round, index, company, posting, onChange, onRemove }: {
  round: Interview;
  index: number;
  company: string;
  /** The posting's record, whose title makes this round's form name unique on the page. */
  posting: SavedPosting;
  onChange: (patch: Partial<Interview>) => void;
  onRemove: () => void;
}) {
  const name = `Round ${index + 1}`;
  const setPerson = (i: number, patch: Partial<Interviewer>) => {
    const next = round.interviewers.map((person, j) => (j === i ? { ...person, ...patch } : person));
    // A name cleared is a person removed: a person is kept only with a name.
    onChange({ interviewers: next.filter((person) => person.name.trim()) });
  };
  return (
    <li class="round">
      <fieldset>
        <legend>{name}</legend>
        <div class="round-fields">
          <label>
            Kind
            <select value={round.kind} onChange={(e) => onChange({ kind: e.currentTarget.value as InterviewKind })}>
              {INTERVIEW_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {INTERVIEW_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </label>
          <label>
            When
            <input type="datetime-local" value={round.date.slice(0, 16)} onChange={(e) => onChange({ date: e.currentTarget.value })} />
          </label>
          <label class="thank-you">
            <input type="checkbox" checked={round.thankYouSent} onChange={(e) => onChange({ thankYouSent: e.currentTarget.checked })} />
            Thank-you note sent
          </label>
        </div>
        <h4>Interviewers</h4>
        {round.interviewers.length === 0 && <p class="meta">No one named yet.</p>}
        <ul class="people">
          {round.interviewers.map((person, i) => {
            const search = linkedInPeople(`Find ${person.name} on LinkedIn`, [person.name, company].filter(Boolean).join(' '));
            return (
              <li key={`${i}-${person.name}`} class="person">
                <label>
                  <span class="sr-only">Name of person {i + 1} in {name}</span>
                  <input value={person.name} onChange={(e) => setPerson(i, { name: e.currentTarget.value.trim() })} />
                </label>
                <label>
                  <span class="sr-only">Role of {person.name}</span>
                  <input value={person.role} placeholder="Role" onChange={(e) => setPerson(i, { role: e.currentTarget.value.trim() })} />
                </label>
                <a href={search.url} target="_blank" rel="noopener noreferrer">
                  {search.label}
                </a>
                <button type="button" class="button small" aria-label={`Remove ${person.name} from ${name}`} onClick={() => onChange({ interviewers: round.interviewers.filter((_, j) => j !== i) })}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
        <AddPerson label={partOf(`Add a person to ${name}`, posting)} onAdd={(person) => onChange({ interviewers: [...round.interviewers, person] })} />
        <label class="round-notes">
          Notes on {name.toLowerCase()}
          <textarea rows={3} defaultValue={round.notes} onBlur={(e) => e.currentTarget.value !== round.notes && onChange({ notes: e.currentTarget.value })} />
        </label>
        <button type="button" class="button small" onClick={onRemove}>
          Remove {name.toLowerCase()}
        </button>
      </fieldset>
    </li>
  );
}

export function InterviewRounds({ record }: { record: SavedPosting }) {
  const store = usePrepList();
  const change = (rounds: RoundChanges) => void store.update(record.id, { rounds });
  const company = record.posting.company?.value ?? '';
  return (
    <section class="interviews" aria-label={partOf('Interviews', record)}>
      <h3>Interviews</h3>
      {record.interviews.length === 0 && <p class="meta">No interviews yet. Add a round when one is booked.</p>}
      <ol class="rounds">
        {record.interviews.map((round, i) => (
          <Round
            key={round.id}
            round={round}
            index={i}
            company={company}
            posting={record}
            onChange={(patch) => change({ [round.id]: patch })}
            onRemove={() => change({ [round.id]: null })}
          />
        ))}
      </ol>
      <button type="button" class="button small" onClick={() => change({ [newInterview(Date.now(), record.interviews).id]: {} })}>
        Add a round
      </button>
      <label class="follow-up">
        They said you would hear back by{' '}
        <input type="date" value={record.followUpOn.slice(0, 10)} onChange={(e) => void store.update(record.id, { followUpOn: e.currentTarget.value })} />
      </label>
    </section>
  );
}
