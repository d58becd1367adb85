/**
 * After the interview: a thank-you note that cites this role's specifics (the user fills in
 * the interviewer's name and a topic from the conversation), when to send it and when to
 * follow up, and a short reflection to write while the interview is fresh.
 */
import type { Signals } from '../analyze/signals';
import { workSkillsOf } from '../analyze/skills';
import { coreTitle } from './grammar';
import { phraseOf } from './questions';
import type { FollowUp, NoteSegment } from './plan';

/** The longest duty the thank-you note quotes. */
const DUTY_MAX = 90;

export function buildFollowUp(s: Signals): FollowUp {
  const who = s.company ?? 'your company';
  // The title's core: its own commas would read as the sentence's ("the Account Executive, Europe role").
  const role = coreTitle(s.title);
  // A note to a person quotes a duty whole or not at all: "…" mid-quote reads as a template.
  const whole = (text: string) => phraseOf(text, Infinity, { quoted: true });
  const duty = s.responsibilities.find((d) => d.text.length >= 25 && whole(d.text).length <= DUTY_MAX) ?? null;
  const specific = s.teams[0]
    ? `what the ${s.teams[0].value} is building`
    : duty
      ? `the role, especially “${whole(duty.text)}”`
      : `the work ahead for the ${role}`;
  const skill = workSkillsOf(s.skills)[0];
  const body: NoteSegment[] = [
    { text: 'Dear ' },
    { slot: 'interviewer', label: 'interviewer’s name' },
    { text: `,\n\nThank you for your time today and for telling me more about the ${role} role at ${who}. I especially enjoyed our conversation about ` },
    { slot: 'topic', label: 'a topic from your conversation' },
    { text: `.\n\nIt made me even more excited about ${specific}. ` },
    {
      text: skill
        ? `I am confident my experience with ${skill.name} would help the team from the start.`
        : 'I am confident I could contribute from the start.',
    },
    { text: '\n\nPlease let me know if I can share anything else. I look forward to hearing about the next steps.\n\nBest regards,\n' },
    { slot: 'your-name', label: 'your name' },
  ];
  return {
    thankYou: { subject: `Thank you: ${role} interview`, body },
    timing: [
      { when: 'Within 24 hours', what: 'Send a separate, personal thank-you note to each interviewer, mentioning something specific each of you discussed.' },
      { when: 'When the date they gave passes', what: 'Wait two working days, then send a short, polite note: restate your interest and ask whether there is an update on the timeline.' },
      { when: 'A week after that', what: 'If there is still no answer, send one last brief check-in, then put your energy into other applications.' },
    ],
    reflection: [
      'Which questions did they ask, and which of your answers landed best?',
      'What would you answer differently next time?',
      'What did you learn about the team, the role and how they work?',
      'What did you promise to send or follow up on?',
      'How do you feel about the role now: what excites you, what worries you?',
    ],
    // The duty the note cites; the title is no quote.
    quote: duty?.text ?? null,
  };
}
