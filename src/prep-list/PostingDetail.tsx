/**
 * One saved posting opened up: its prep plan rebuilt from the saved text, with the user's
 * ticks, examples, interview rounds and notes, each saved as it changes.
 */
import { useState } from 'preact/hooks';
import { analyzePosting } from '../core/analyze/signals';
import { buildPlanFromSignals } from '../core/prep';
import { QUESTION_GROUPS, type QuestionGroup } from '../core/prep/plan';
import { type SavedPosting, STATUS_LABELS } from '../storage/schema';
import { interviewerNames } from '../tracker/interviews';
import { formatDate } from '../ui/format';
import { InterviewRounds } from './InterviewRounds';
import { partOf } from './part-name';
import { FitSection } from './FitSection';
import { PostingForm } from './PostingForm';
import { postingFacts, webAddress } from '../ui/posting-facts';
import { editsFrom, formValues, hasEdits } from './posting-form-values';
import { usePrepList } from './store';

/** Every status the posting was put in, oldest first, each with its date. */
function StatusHistory({ record }: { record: SavedPosting }) {
  return (
    <section aria-label={partOf('Status history', record)}>
      <h3>Status history</h3>
      <ol class="history">
        {record.history.map((change, i) => (
          <li key={i}>
            {STATUS_LABELS[change.status]} · <time dateTime={change.at}>{formatDate(change.at)}</time>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The plan needs the skills lexicon, which the page loads beside the list. */
function PlanOrWait({ record }: { record: SavedPosting }) {
  const lexicon = usePrepList().lexicon.value;
  if (lexicon.kind === 'ready') return <SavedPlan record={record} />;
  if (lexicon.kind === 'error') return <p role="alert">The prep plan cannot be shown: {lexicon.message}</p>;
  return <p aria-busy="true">Preparing the plan…</p>;
}

/** The posting's plan with the user's ticks and examples. */
function SavedPlan({ record }: { record: SavedPosting }) {
  const store = usePrepList();
  // One analysis of the posting serves the plan and "You and this posting".
  const signals = analyzePosting(record.posting);
  const plan = buildPlanFromSignals(record.posting, signals, { interviewers: interviewerNames(record) });
  const groups = Object.keys(QUESTION_GROUPS) as QuestionGroup[];
  const resume = store.profile.value.resume;
  return (
    <>
      {resume && <FitSection record={record} signals={signals} resume={resume} />}
      <section aria-label={partOf('Research', record)}>
      <h3>Research</h3>
      <ul class="checklist">
        {plan.research.map((item) => (
          <li key={item.id}>
            <label>
              <input
                type="checkbox"
                checked={Boolean(record.checklist[item.id])}
                onChange={(e) => void store.update(record.id, { checklist: { [item.id]: e.currentTarget.checked } })}
              />
              {item.text}
            </label>
          </li>
        ))}
      </ul>
    </section>
    {plan.story.length > 0 && (
      <section aria-label={partOf('Your story', record)}>
        <h3>Your story</h3>
        {plan.story.map((slot) => (
          <label key={slot.id} class="story-slot">
            <span class="requirement">{slot.requirement}</span>
            <textarea
              rows={2}
              placeholder={slot.prompt}
              defaultValue={record.story[slot.id] ?? ''}
              onBlur={(e) => e.currentTarget.value !== (record.story[slot.id] ?? '') && void store.update(record.id, { story: { [slot.id]: e.currentTarget.value } })}
            />
          </label>
        ))}
      </section>
    )}
    <section aria-label={partOf('Questions to ask', record)}>
      <h3>Questions to ask</h3>
      {groups
        .filter((g) => plan.questions.some((q) => q.group === g))
        .map((g) => (
          <div key={g}>
            <h4>{QUESTION_GROUPS[g]}</h4>
            <ul>
              {plan.questions
                .filter((q) => q.group === g)
                .map((q) => (
                  <li key={q.id}>{q.text}</li>
                ))}
            </ul>
          </div>
        ))}
    </section>
    </>
  );
}

/** "Edit posting": every field of the saved posting, corrected by the user (and marked as theirs). */
function EditPosting({ record }: { record: SavedPosting }) {
  const store = usePrepList();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" class="button small" onClick={() => setOpen(true)}>
        Edit posting
      </button>
    );
  }
  const initial = formValues(record.posting);
  return (
    <PostingForm
      label={partOf('Edit this posting', record)}
      initial={initial}
      submitLabel="Save changes"
      onCancel={() => setOpen(false)}
      onSubmit={async (values) => {
        // Only what changed is sent: an unchanged field keeps where it came from.
        const edits = editsFrom(initial, values);
        const stored = !hasEdits(edits) || (await store.update(record.id, edits));
        if (stored) {
          setOpen(false);
          if (hasEdits(edits)) store.message.value = `Saved your changes to “${values.title.trim()}”.`;
        }
        return stored;
      }}
    />
  );
}

/** What the posting states beyond role, company and place: facts and links, on one line. */
function PostingFactsLine({ record }: { record: SavedPosting }) {
  const p = record.posting;
  const facts = postingFacts(p).map((fact) => fact.text);
  const links = [
    { name: 'Apply page', url: webAddress(p.applyUrl?.value) },
    { name: 'Company website', url: webAddress(p.companyUrl?.value) },
  ].filter((link): link is { name: string; url: string } => link.url !== null);
  if (facts.length === 0 && links.length === 0) return null;
  return (
    <p class="facts">
      {facts.join(' · ')}
      {links.map((link, i) => (
        <span key={link.name}>
          {(facts.length > 0 || i > 0) && ' · '}
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {link.name}
          </a>
        </span>
      ))}
    </p>
  );
}

export function PostingDetail({ record }: { record: SavedPosting }) {
  const [showText, setShowText] = useState(false);
  return (
    <div class="detail">
      <PostingFactsLine record={record} />
      <EditPosting record={record} />
      <StatusHistory record={record} />
      {record.alsoAt.length > 0 && (
        <section aria-label={partOf('Also posted at', record)}>
          <h3>Also posted at</h3>
          <ul>
            {record.alsoAt.map((url) => (
              <li key={url}>{/^https?:/i.test(url) ? <a href={url} target="_blank" rel="noopener noreferrer">{url}</a> : url}</li>
            ))}
          </ul>
        </section>
      )}
      <InterviewRounds record={record} />
      <PlanOrWait record={record} />
      {record.posting.description && (
        <section>
          <button type="button" class="link-button" aria-expanded={showText} onClick={() => setShowText(!showText)}>
            {showText ? 'Hide the posting as saved' : 'Show the posting as saved'}
          </button>
          {/* It scrolls: focusable, so the keyboard can scroll it too; a region named for its posting. */}
          {showText && (
            <pre class="posting-text" tabIndex={0} role="region" aria-label={partOf('The posting as saved', record)}>
              {record.posting.description.value}
            </pre>
          )}
        </section>
      )}
    </div>
  );
}
