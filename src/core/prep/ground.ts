/**
 * Picking the sentence that prompted an item. A quote must be honest (isHonestQuote in
 * quality.ts): a sentence of the description that supports the item, not the job title or the
 * company's name dressed up as a reason. An item gets, in order: the first of its own
 * candidates (the evidence its signal found) that is honest; else the sentence that matches its
 * cue and shares the most words with it; else the first honest of its late candidates (weaker
 * evidence, such as the sentence naming the team the item asks about); else nothing, and it is
 * marked general. A general
 * item is still useful advice; it just does not pretend this posting asked for it.
 *
 * One sentence grounds at most MAX_USES items of a part of the plan, and MAX_PLAN_USES of the
 * whole plan: a plan that quotes the same line under many items reads as a template, so later
 * items take their next honest sentence, or none.
 */
import type { Sentence } from '../analyze/sections';
import type { Signals } from '../analyze/signals';
import { contentStems, groundingText, isHonestQuote, MAX_PLAN_USES, MAX_USES, nameStems, type QuoteContext } from './quality';

export interface Grounding {
  quote: string | null;
  general: boolean;
}

export const GENERAL: Grounding = { quote: null, general: true };


type Candidate = string | null | undefined;

/** An item before it is grounded: its text, and its why (questions, research) or hint (expect). */
type Draft = { text: string } & ({ why: string } | { hint: string });

export type Ground = <T extends Draft>(item: T, candidates: readonly Candidate[], cue?: RegExp, late?: readonly Candidate[]) => T & Grounding;


interface Words {
  ctx: QuoteContext;
  names: Set<string>;
  stemsOf: (text: string) => Set<string>;
  reasons: Sentence[];
}

/** Each analysed posting's words, worked out once however many plans are built from it. */
const wordsByPosting = new WeakMap<Signals, Words>();

function wordsOf(s: Signals): Words {
  let words = wordsByPosting.get(s);
  if (words) return words;
  const ctx: QuoteContext = { title: s.title, company: s.company, description: s.description };
  const names = nameStems(ctx);
  // Each sentence's content words, worked out when first needed: a plan weighs a few hundred
  // (sentence, item) pairs, and tokenizing each pair afresh is what costs.
  const cache = new Map<string, Set<string>>();
  const stemsOf = (text: string) => {
    let stems = cache.get(text);
    if (!stems) cache.set(text, (stems = contentStems(text, names)));
    return stems;
  };
  // The analysis has already left out calls to apply and links (isCallOrLink).
  const reasons = s.sentences.filter((x) => x.text.length >= 20);
  wordsByPosting.set(s, (words = { ctx, names, stemsOf, reasons }));
  return words;
}

/** How many items of one plan quote each sentence so far: one per plan, shared by its parts. */
export type QuoteUses = Map<string, number>;

/**
 * A grounder for one part of one plan (research, questions or expect): it counts the items
 * quoting each sentence in this part, and adds them to `planUses`, the plan's count.
 */
export function makeGround(s: Signals, planUses: QuoteUses = new Map()): Ground {
  const { ctx, names, stemsOf, reasons } = wordsOf(s);
  const uses = new Map<string, number>();
  const fresh = (quote: string) => (uses.get(quote) ?? 0) < MAX_USES && (planUses.get(quote) ?? 0) < MAX_PLAN_USES;
  const grounded = <T extends Draft>(item: T, quote: string): T & Grounding => {
    uses.set(quote, (uses.get(quote) ?? 0) + 1);
    planUses.set(quote, (planUses.get(quote) ?? 0) + 1);
    return { ...item, quote, general: false };
  };

  return (item, candidates, cue, late = []) => {
    const reason = 'why' in item ? item.why : item.hint;
    const text = groundingText(item.text, reason);
    const main = contentStems(item.text, names);
    const why = contentStems(reason, names);
    const shares = (quote: string) => [...stemsOf(quote)].some((w) => main.has(w) || why.has(w));
    // The cheap test first; isHonestQuote, the rule the bench measures, has the last word.
    const honest = (quote: Candidate): quote is string =>
      Boolean(quote) && fresh(quote!) && shares(quote!) && isHonestQuote(quote!, text, ctx);
    const own = candidates.find(honest);
    if (own) return grounded(item, own);
    if (cue) {
      // Words of the item's own text count twice those of its why: they are what it is about.
      let best: Sentence | null = null;
      let bestScore = 0;
      for (const x of reasons) {
        if (!cue.test(x.text) || !fresh(x.text)) continue;
        let score = 0;
        for (const w of stemsOf(x.text)) score += main.has(w) ? 2 : why.has(w) ? 1 : 0;
        if (score > bestScore) [best, bestScore] = [x, score];
      }
      if (best && honest(best.text)) return grounded(item, best.text);
    }
    const weaker = late.find(honest);
    if (weaker) return grounded(item, weaker);
    return { ...item, ...GENERAL };
  };
}
