import type { ExpectedQuestion, ExpectKind } from '../../core/prep/plan';
import { CopyButton } from '../../ui/CopyButton';
import { Why } from '../../ui/Why';
import { useStore } from '../store';

const KIND_LABELS: Record<ExpectKind, string> = {
  standard: 'Opener',
  behavioural: 'Behavioural',
  technical: 'Technical',
  role: 'For this level',
};

function StorySlots() {
  const store = useStore();
  const slots = store.plan.value?.story ?? [];
  if (slots.length === 0) return null;
  return (
    <section class="story" aria-labelledby="story-title">
      <h2 id="story-title">Your story</h2>
      <p class="panel-intro">
        One example of your own for each of the posting’s top requirements. {store.saved.value ? 'Saved as you type.' : 'Kept when you save.'}
      </p>
      <ul class="items">
        {slots.map((slot) => (
          <li key={slot.id} class="item story-slot" data-id={slot.id}>
            <label>
              <span class="requirement">{slot.requirement}</span>
              <textarea
                rows={3}
                placeholder={slot.prompt}
                value={store.story.value[slot.id] ?? ''}
                onInput={(e) => (store.story.value = { ...store.story.value, [slot.id]: e.currentTarget.value })}
                onBlur={(e) => void store.setStory(slot.id, e.currentTarget.value)}
              />
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The questions to expect as text, with the hint and the STAR outline under each. */
export function expectAsText(items: ExpectedQuestion[]): string {
  return items
    .map((e) => {
      const star = e.star ? [`  Situation: ${e.star.situation}`, `  Task: ${e.star.task}`, `  Action: ${e.star.action}`, `  Result: ${e.star.result}`] : [];
      return [`- ${e.text}`, `  ${e.hint}`, ...star].join('\n');
    })
    .join('\n');
}

export function ExpectPanel() {
  const store = useStore();
  const items = store.plan.value?.expect ?? [];
  return (
    <>
    <div class="panel-bar">
      <p class="panel-intro">Likely questions, with how to answer them.</p>
      <CopyButton label="Copy all" describe={`${items.length} questions to expect`} onCopy={() => store.copy(expectAsText(items), 'Questions to expect')} />
    </div>
    <ul class="items expect">
      {items.map((item) => (
        <li key={item.id} class="item expected" data-id={item.id}>
          <span class={`kind kind-${item.kind}`}>{KIND_LABELS[item.kind]}</span>
          <p class="question-text">{item.text}</p>
          <p class="hint">{item.hint}</p>
          {item.star && (
            <details class="star">
              <summary>STAR outline</summary>
              <dl>
                <dt>Situation</dt>
                <dd>{item.star.situation}</dd>
                <dt>Task</dt>
                <dd>{item.star.task}</dd>
                <dt>Action</dt>
                <dd>{item.star.action}</dd>
                <dt>Result</dt>
                <dd>{item.star.result}</dd>
                <dt>Show</dt>
                <dd>{item.star.show}</dd>
              </dl>
            </details>
          )}
          {/* A general question was prompted by no part of the posting: nothing to show. */}
          {item.quote && <Why why="Prompted by this part of the posting:" quote={item.quote} summary="From the posting" />}
        </li>
      ))}
    </ul>
    <StorySlots />
    </>
  );
}
