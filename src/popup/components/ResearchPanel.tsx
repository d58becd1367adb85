import type { ResearchItem } from '../../core/prep/plan';
import { CopyButton } from '../../ui/CopyButton';
import { researchUrl } from '../../ui/settings';
import { Why } from '../../ui/Why';
import { useStore } from '../store';

/** The checklist as text, for a notes app: ticked items ticked, links written out. */
export function researchAsText(items: ResearchItem[], done: Record<string, boolean>): string {
  return items
    .map((item) => [`- [${done[item.id] ? 'x' : ' '}] ${item.text}`, ...item.links.map((l) => `  ${l.label}: ${researchUrl(l.url)}`)].join('\n'))
    .join('\n');
}

export function ResearchPanel() {
  const store = useStore();
  const items = store.plan.value?.research ?? [];
  const done = items.filter((item) => store.checklist.value[item.id]).length;
  return (
    <div class="research">
      <div class="panel-bar">
        <p class="panel-intro">
          {done} of {items.length} done{store.saved.value ? '' : ' · ticks are kept when you save'}
        </p>
        <CopyButton label="Copy all" describe={`${items.length} research items`} onCopy={() => store.copy(researchAsText(items, store.checklist.value), 'Research checklist')} />
      </div>
      <ul class="items">
        {items.map((item) => (
          <li key={item.id} class="item research-item" data-id={item.id}>
            <label class="check">
              <input
                type="checkbox"
                checked={Boolean(store.checklist.value[item.id])}
                onChange={(e) => void store.toggleChecklist(item.id, e.currentTarget.checked)}
              />
              <span>{item.text}</span>
            </label>
            {item.links.length > 0 && (
              <p class="links">
                {item.links.map((link) => (
                  <a key={link.url} href={researchUrl(link.url)} target="_blank" rel="noopener noreferrer">
                    {link.label}
                  </a>
                ))}
              </p>
            )}
            {item.id === 'research-interviewers' && (
              <label class="interviewers">
                Interviewers’ names <span class="hint">(separated by commas)</span>
                <input
                  defaultValue={store.interviewers.value.join(', ')}
                  onChange={(e) => void store.setInterviewers(e.currentTarget.value)}
                />
              </label>
            )}
            <Why why={item.why} quote={item.quote} />
          </li>
        ))}
      </ul>
    </div>
  );
}
