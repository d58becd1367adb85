/** "You and this posting" as a Markdown section, for the command line's --format md. */
import type { FitReport } from './match';

export function fitToMarkdown(fit: FitReport): string {
  const lines = ['## You and this posting', ''];
  if (fit.matched.length > 0) {
    lines.push('What your résumé shows:', '');
    for (const { skill, evidence } of fit.matched) lines.push(`- **${skill}**: “${evidence}”`);
    lines.push('');
  }
  if (fit.missing.length > 0) {
    lines.push('What it does not show yet:', '');
    for (const { skill, suggestion } of fit.missing) lines.push(`- **${skill}**: ${suggestion}`);
    lines.push('');
  }
  if (fit.matched.length === 0 && fit.missing.length === 0) lines.push('The posting names no skills to set your résumé against.', '');
  if (fit.years) {
    const yours = fit.years.yours === null ? 'your résumé does not say how many years you have' : `your résumé shows about ${fit.years.yours}`;
    lines.push(`Experience: the posting asks for ${fit.years.asked}+ years (“${fit.years.quote}”); ${yours}.`, '');
  }
  if (fit.stories.length > 0) {
    lines.push('Lines of your résumé worth turning into a story (situation, task, action, result) for this posting:', '');
    for (const story of fit.stories) lines.push(`- ${story}`);
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}
