/**
 * "Your story": the posting's top requirements, each waiting for one of the user's own
 * examples. The slots are saved with the company so the examples are there next time.
 */
import type { Signals } from '../analyze/signals';
import type { StorySlot } from './plan';
import { hashText } from '../posting-id';
import { phraseOf } from './questions';

export function buildStory(s: Signals): StorySlot[] {
  const pool = s.requirements.length > 0 ? s.requirements : s.responsibilities;
  return pool
    .filter((r) => r.text.length >= 15)
    .slice(0, 6)
    .map((requirement) => ({
      // Named by its words, so an example stays with its requirement when the plan is rebuilt.
      id: `story-${hashText(requirement.text)}`,
      requirement: phraseOf(requirement.text, 140),
      prompt: 'An example from your own work that shows this: the situation, what you did, and the result.',
      quote: requirement.text,
    }));
}
