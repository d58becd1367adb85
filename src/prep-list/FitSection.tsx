/** "You and this posting": the saved posting set beside the user's résumé (core/fit). */
import type { Signals } from '../core/analyze/signals';
import { fitReport } from '../core/fit/match';
import type { Resume } from '../storage/profile';
import type { SavedPosting } from '../storage/schema';
import { partOf } from './part-name';

export function FitSection({ record, signals, resume }: { record: SavedPosting; signals: Signals; resume: Resume }) {
  const fit = fitReport(signals, resume.text);
  return (
    <section aria-label={partOf('You and this posting', record)} class="fit">
      <h3>You and this posting</h3>
      {fit.matched.length === 0 && fit.missing.length === 0 && <p>The posting names no skills to set your résumé against.</p>}
      {fit.matched.length > 0 && (
        <>
          <h4>What your résumé shows</h4>
          <ul>
            {fit.matched.map(({ skill, evidence }) => (
              <li key={skill}>
                <strong>{skill}</strong>: <q>{evidence}</q>
              </li>
            ))}
          </ul>
        </>
      )}
      {fit.missing.length > 0 && (
        <>
          <h4>What it does not show yet</h4>
          <ul>
            {fit.missing.map(({ skill, suggestion }) => (
              <li key={skill}>
                <strong>{skill}</strong>: {suggestion}
              </li>
            ))}
          </ul>
        </>
      )}
      {fit.years && (
        <p>
          Experience: the posting asks for {fit.years.asked}+ years; {fit.years.yours === null ? 'your résumé does not say how many you have' : `your résumé shows about ${fit.years.yours}`}.
        </p>
      )}
      {fit.stories.length > 0 && (
        <>
          <h4>Worth turning into a story for this posting</h4>
          <ul>
            {fit.stories.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
