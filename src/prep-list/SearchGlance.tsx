/**
 * "Your search at a glance": the count in each status, and the funnel from saved to offer as
 * a small SVG bar chart. The numbers are also written out as text beside it, so the chart is
 * never the only way to read them.
 */
import { useMemo } from 'preact/hooks';
import { STATUS_LABELS, STATUSES } from '../storage/schema';
import { FUNNEL_LABELS, searchSummary } from '../tracker/funnel';
import { usePrepList } from './store';

const ROW = 26;
const WIDTH = 320;
const LABEL = 96;

function percent(count: number, of: number): string {
  return of > 0 ? `${Math.round((count / of) * 100)}%` : '0%';
}

export function SearchGlance() {
  const store = usePrepList();
  const records = store.records.value;
  // Not on every keystroke of a search: only when the records change.
  const { byStatus, funnel } = useMemo(() => searchSummary(records), [records]);
  if (records.length === 0) return null;
  const saved = funnel[0]!.count;
  const described = funnel.map(({ stage, count }, i) => `${FUNNEL_LABELS[stage]} ${count}${i > 0 ? ` (${percent(count, saved)})` : ''}`).join(', ');
  return (
    <section class="glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading">Your search at a glance</h2>
      <p class="meta">{STATUSES.map((s) => `${STATUS_LABELS[s]} ${byStatus[s]}`).join(' · ')}</p>
      <div class="funnel">
        <svg viewBox={`0 0 ${WIDTH} ${funnel.length * ROW}`} width={WIDTH} height={funnel.length * ROW} role="img" aria-labelledby="funnel-title">
          <title id="funnel-title">{`From saved to offer: ${described}`}</title>
          {funnel.map(({ stage, count }, i) => {
            const bar = saved > 0 ? Math.max(count > 0 ? 2 : 0, ((WIDTH - LABEL - 48) * count) / saved) : 0;
            return (
              <g key={stage} transform={`translate(0 ${i * ROW})`}>
                <text x={0} y={ROW / 2 + 4} class="funnel-label">
                  {FUNNEL_LABELS[stage]}
                </text>
                <rect x={LABEL} y={4} width={bar} height={ROW - 8} rx={3} class="funnel-bar" />
                <text x={LABEL + bar + 6} y={ROW / 2 + 4} class="funnel-count">
                  {count}
                </text>
              </g>
            );
          })}
        </svg>
        <ol class="funnel-numbers">
          {funnel.map(({ stage, count }, i) => (
            <li key={stage}>
              {FUNNEL_LABELS[stage]}: {count}
              {i > 0 && ` (${percent(count, saved)} of saved)`}
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
