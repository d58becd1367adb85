/**
 * "Your story": the posting's top requirements, each waiting for one of the user's own
 * examples. The slots are saved with the company so the examples are there next time.
 */
import type { Signals } from '../analyze/signals';
import type { StorySlot } from './plan';
import { hashText } from '../posting-id';
import { phraseOf } from './questions';

/** A different prompt for each slot: six times the same line is a form, not a coach. */
const PROMPTS = [
  'An example from your own work that shows this: the situation, what you did, and the result.',
  'When did you last do this for real? Note where it was, your part in it and what came of it.',
  'A time this mattered: what was at stake, what you did, and how it turned out.',
  'The clearest proof you have of this: a project, a number, or something a colleague said about your work.',
  'Something you did that a former manager would confirm: the work, your part, the outcome.',
  'A second, smaller example, in case they ask for another: what happened, what you did, the result.',
];

/** "you have…" -> "You have…"; a name written in lower case first ("iOS", "npm") is left as it is. */
function sentenceCase(text: string): string {
  return /^\p{Ll}+(?:[\s,;:]|$)/u.test(text) && !/^(?:npm|git|macOS|iOS|eBay|iPhone)\b/.test(text) ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text;
}

export function buildStory(s: Signals): StorySlot[] {
  const pool = s.requirements.length > 0 ? s.requirements : s.responsibilities;
  return pool
    .filter((r) => r.text.length >= 15)
    .slice(0, 6)
    .map((requirement, i) => ({
      // Named by its words, so an example stays with its requirement when the plan is rebuilt.
      id: `story-${hashText(requirement.text)}`,
      // A heading of its own, so it starts as a sentence does, whatever case the list used.
      requirement: sentenceCase(phraseOf(requirement.text, 140, { quoted: true })),
      prompt: PROMPTS[i % PROMPTS.length]!,
      quote: requirement.text,
    }));
}
