import type { ExpectKind } from '../../core/prep/plan';
import { Why } from '../../ui/Why';
import { useStore } from '../store';

const KIND_LABELS: Record<ExpectKind, string> = {
  standard: 'Opener',
  behavioural: 'Behavioural',
  technical: 'Technical',
  role: 'For this level',
};

export function ExpectPanel() {
  const store = useStore();
  const items = store.plan.value?.expect ?? [];
  return (
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
          <Why why="Prompted by this part of the posting:" quote={item.quote} summary="From the posting" />
        </li>
      ))}
    </ul>
  );
}
