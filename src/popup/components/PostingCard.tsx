import { useRef, useState } from 'preact/hooks';
import { postingFacts, webAddress } from '../../ui/posting-facts';
import { type CoreFieldName, type Field, confidenceLabel, sourceLabel } from '../../core/posting';
import { useStore } from '../store';

const LABELS: Record<CoreFieldName, string> = { title: 'Role', company: 'Company', location: 'Location', description: 'Description' };

function FieldRow({ name, value }: { name: 'title' | 'company' | 'location'; value: Field | null }) {
  const store = useStore();
  const [editing, setEditing] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const commit = () => {
    store.editField(name, input.current?.value ?? '');
    setEditing(false);
  };
  const id = `field-${name}`;
  return (
    <div class={`field field-${name}`} data-field={name}>
      <span class="field-label" id={`${id}-label`}>
        {LABELS[name]}
      </span>
      {editing ? (
        <form
          class="field-edit"
          onSubmit={(e) => {
            e.preventDefault();
            commit();
          }}
        >
          <input
            ref={input}
            aria-labelledby={`${id}-label`}
            defaultValue={value?.value ?? ''}
            required={name === 'title'}
            autoFocus
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                setEditing(false);
              }
            }}
          />
          <button type="submit" class="button small">
            Done
          </button>
        </form>
      ) : (
        <div class="field-value">
          <span class={value ? 'value' : 'value missing'}>{value?.value ?? 'Not found'}</span>
          <button type="button" class="link-button" aria-label={`Edit ${LABELS[name].toLowerCase()}`} onClick={() => setEditing(true)}>
            {value ? 'Edit' : 'Add'}
          </button>
        </div>
      )}
      {value && !editing && <Provenance field={value} />}
    </div>
  );
}

export function Provenance({ field }: { field: Field<unknown> }) {
  const level = confidenceLabel(field.confidence);
  return (
    <span class={`provenance ${level}`} title={`Found in: ${sourceLabel(field.source)}. Confidence: ${level}.`}>
      {sourceLabel(field.source)} · {level === 'high' ? 'sure' : level === 'medium' ? 'fairly sure' : 'a guess'}
    </span>
  );
}

/** Where a fact came from and how sure it is, for its tooltip (the main fields show it inline). */
function provenanceText(f: Field<unknown>): string {
  return `Found in: ${sourceLabel(f.source)}. Confidence: ${confidenceLabel(f.confidence)}.`;
}

export function PostingCard() {
  const store = useStore();
  const posting = store.posting.value!;
  const description = posting.description;
  const facts = postingFacts(posting);
  const applyPage = webAddress(posting.applyUrl?.value);
  return (
    <section class="posting-card" aria-label="What Interview Lens found">
      <FieldRow name="title" value={posting.title} />
      <FieldRow name="company" value={posting.company} />
      <FieldRow name="location" value={posting.location} />
      {posting.postedBy && (
        <div class="field field-posted-by">
          <span class="field-label">Posted by</span>
          <div class="field-value">
            <span class="value">{posting.postedBy.value} (recruiting agency)</span>
          </div>
        </div>
      )}
      {(facts.length > 0 || applyPage) && (
        <p class="facts">
          {facts.map((fact, i) => (
            <span key={fact.text} title={provenanceText(fact.field)}>
              {i > 0 && ' · '}
              {fact.text}
            </span>
          ))}
          {applyPage && (
            <>
              {facts.length > 0 && ' · '}
              <a href={applyPage} target="_blank" rel="noopener noreferrer">
                Apply page
              </a>
            </>
          )}
        </p>
      )}
      <div class="field field-description" data-field="description">
        <span class="field-label">Description</span>
        <div class="field-value">
          <span class={description ? 'value' : 'value missing'}>
            {description ? `${description.value.split(/\s+/).length.toLocaleString()} words` : 'Not found: the plan uses the title and company only'}
          </span>
          {store.selection.value && description?.source !== 'selection' && (
            <button type="button" class="link-button" onClick={() => store.useSelection()}>
              Use selected text instead
            </button>
          )}
        </div>
        {description && <Provenance field={description} />}
      </div>
    </section>
  );
}
