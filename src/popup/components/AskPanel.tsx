import { type InterviewStage, type Question, QUESTION_GROUPS, type QuestionGroup, STAGES } from '../../core/prep/plan';
import { CopyButton } from '../../ui/CopyButton';
import { Why } from '../../ui/Why';
import { useStore } from '../store';

const STAGE_OPTIONS: [InterviewStage | 'all', string][] = [['all', 'All stages'], ...(Object.entries(STAGES) as [InterviewStage, string][])];

export function visibleQuestions(questions: Question[], stage: InterviewStage | 'all'): Question[] {
  return stage === 'all' ? questions : questions.filter((q) => q.stages.includes(stage));
}

export function questionsAsText(questions: Question[]): string {
  const groups = Object.keys(QUESTION_GROUPS) as QuestionGroup[];
  return groups
    .map((group) => {
      const list = questions.filter((q) => q.group === group);
      return list.length > 0 ? `${QUESTION_GROUPS[group]}\n${list.map((q) => `- ${q.text}`).join('\n')}` : '';
    })
    .filter(Boolean)
    .join('\n\n');
}

export function AskPanel() {
  const store = useStore();
  const stage = store.stage.value;
  const questions = visibleQuestions(store.plan.value?.questions ?? [], stage);
  const groups = (Object.keys(QUESTION_GROUPS) as QuestionGroup[]).filter((g) => questions.some((q) => q.group === g));
  return (
    <div class="ask">
      <div class="panel-bar">
        <label class="stage-select">
          Interview stage{' '}
          <select value={stage} onChange={(e) => (store.stage.value = e.currentTarget.value as InterviewStage | 'all')}>
            {STAGE_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <CopyButton
          label="Copy all"
          describe={`${questions.length} questions`}
          onCopy={() => store.copy(questionsAsText(questions), `${questions.length} questions`)}
        />
      </div>
      {groups.map((group) => (
        <section key={group} class="group" aria-label={QUESTION_GROUPS[group]}>
          <h2>{QUESTION_GROUPS[group]}</h2>
          <ul class="items">
            {questions
              .filter((q) => q.group === group)
              .map((q) => (
                <li key={q.id} class="item question" data-id={q.id}>
                  <p class="question-text">{q.text}</p>
                  <div class="item-actions">
                    <CopyButton describe={q.text} onCopy={() => store.copy(q.text, 'Question')} />
                    <Why why={q.why} quote={q.quote} />
                  </div>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
