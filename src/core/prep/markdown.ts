/** The prep plan as a readable Markdown brief (the CLI's --format md, and exports). */
import { type SearchEngine, withSearchEngine } from './links';
import { nestQuotes } from './grammar';
import { noteText, type PrepPlan, QUESTION_GROUPS, type QuestionGroup, STAGES } from './plan';

function quoteLine(text: string): string {
  return `> ${text.replace(/\s*\n\s*/g, ' ')}`;
}

/** `engine`: the search engine the research links open (the user's setting). */
export function planToMarkdown(plan: PrepPlan, engine: SearchEngine = 'duckduckgo'): string {
  const { posting } = plan;
  const lines: string[] = [];
  lines.push(`# Interview prep: ${posting.title}${posting.company ? ` at ${posting.company}` : ''}`, '');
  if (posting.location) lines.push(`Location: ${posting.location}  `);
  if (posting.url) lines.push(`Posting: ${posting.url}`);
  lines.push('');
  if (plan.notice) lines.push(`**Note:** ${plan.notice}`, '');

  lines.push('## Research', '');
  for (const item of plan.research) {
    lines.push(`- [ ] ${item.text}`, `  - Why: ${item.why}`);
    // A general item has no sentence of the posting behind it, and says nothing it cannot back.
    if (item.quote) lines.push(`  - From the posting: “${nestQuotes(item.quote.replace(/\s*\n\s*/g, ' '))}”`);
    for (const link of item.links) lines.push(`  - [${link.label}](${withSearchEngine(link.url, engine)})`);
  }
  lines.push('', '## Ask them', '');
  for (const group of Object.keys(QUESTION_GROUPS) as QuestionGroup[]) {
    const questions = plan.questions.filter((q) => q.group === group);
    if (questions.length === 0) continue;
    lines.push(`### ${QUESTION_GROUPS[group]}`, '');
    for (const q of questions) {
      lines.push(`- ${q.text} _(${q.stages.map((s) => STAGES[s]).join(', ')})_`);
      if (q.quote) lines.push(`  ${quoteLine(q.quote)}`);
    }
    lines.push('');
  }
  lines.push('## Expect', '');
  for (const item of plan.expect) {
    lines.push(`- **${item.text}** (${item.kind})`, `  - ${item.hint}`);
    if (item.star) {
      const s = item.star;
      lines.push(`  - Situation: ${s.situation}`, `  - Task: ${s.task}`, `  - Action: ${s.action}`, `  - Result: ${s.result}`, `  - Show: ${s.show}`);
    }
  }
  lines.push('', '## Follow up', '', `Subject: ${plan.followUp.thankYou.subject}`, '', '```', noteText(plan.followUp.thankYou.body), '```', '');
  for (const t of plan.followUp.timing) lines.push(`- **${t.when}:** ${t.what}`);
  lines.push('', 'After each interview:', '');
  for (const r of plan.followUp.reflection) lines.push(`- ${r}`);
  if (plan.story.length > 0) {
    lines.push('', '## Your story', '', 'One example of your own for each of the top requirements:', '');
    for (const slot of plan.story) lines.push(`- ${slot.requirement}: …`);
  }
  return lines.join('\n');
}
