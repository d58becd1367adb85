import { useState } from 'preact/hooks';
import { noteText } from '../../core/prep/plan';
import { CopyButton } from '../../ui/CopyButton';
import { useStore } from '../store';

export function FollowUpPanel() {
  const store = useStore();
  const followUp = store.plan.value?.followUp;
  const [fills, setFills] = useState({ interviewer: '', topic: '', 'your-name': '' });
  if (!followUp) return <p>No plan.</p>;
  const note = noteText(followUp.thankYou.body, fills);
  const input = (slot: keyof typeof fills, label: string) => (
    <label class="note-input">
      {label}
      <input value={fills[slot]} onInput={(e) => setFills({ ...fills, [slot]: e.currentTarget.value })} />
    </label>
  );
  return (
    <div class="follow-up">
      <h2>Thank-you note</h2>
      <p class="panel-intro">Send one to each interviewer. Fill in the blanks and copy.</p>
      <div class="note-inputs">
        {input('interviewer', 'Interviewer’s name')}
        {input('topic', 'A topic you discussed')}
        {input('your-name', 'Your name')}
      </div>
      <p class="note-subject">
        <strong>Subject:</strong> {followUp.thankYou.subject}
      </p>
      <pre class="note">{note}</pre>
      <CopyButton label="Copy note" onCopy={() => store.copy(`Subject: ${followUp.thankYou.subject}\n\n${note}`, 'Thank-you note')} />
      <h2>When to follow up</h2>
      <dl class="timing">
        {followUp.timing.map((t) => (
          <div key={t.when}>
            <dt>{t.when}</dt>
            <dd>{t.what}</dd>
          </div>
        ))}
      </dl>
      <h2>After each interview, reflect</h2>
      <ul class="reflection">
        {followUp.reflection.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <CopyButton
        label="Copy reflection template"
        onCopy={() => store.copy(followUp.reflection.map((r) => `${r}\n\n`).join(''), 'Reflection template')}
      />
    </div>
  );
}
