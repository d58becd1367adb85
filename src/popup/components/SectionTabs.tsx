import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { type SectionTab, useStore } from '../store';

const TABS: { id: SectionTab; label: string }[] = [
  { id: 'research', label: 'Research' },
  { id: 'ask', label: 'Ask them' },
  { id: 'expect', label: 'Expect' },
  { id: 'follow-up', label: 'Follow up' },
];

/** A tab list with the keyboard behaviour of the ARIA pattern: arrows, Home and End move and select. */
export function SectionTabs({ panels }: { panels: Record<SectionTab, () => JSX.Element> }) {
  const store = useStore();
  const current = store.section.value;
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (index: number) => {
    const tab = TABS[(index + TABS.length) % TABS.length]!;
    store.section.value = tab.id;
    refs.current[TABS.indexOf(tab)]?.focus();
  };
  const Panel = panels[current];
  return (
    <div class="sections">
      <div role="tablist" aria-label="Prep plan" class="tabs">
        {TABS.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={current === tab.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={current === tab.id ? 0 : -1}
            onClick={() => (store.section.value = tab.id)}
            onKeyDown={(e) => {
              const moves: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 };
              if (e.key in moves) {
                e.preventDefault();
                select(moves[e.key]!);
              }
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`} class="panel" tabIndex={0}>
        <Panel />
      </div>
    </div>
  );
}
