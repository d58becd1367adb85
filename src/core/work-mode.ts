/** Remote, hybrid or on-site, from a location line or a sentence of the posting. */
import type { WorkMode } from './posting';

const RULES: [WorkMode, RegExp][] = [
  ['remote', /\b(?:fully |100% )?remote(?:[- ]first| role| position| work|ly)?\b(?! (?:teams?|colleagues))|\bwork from (?:home|anywhere)\b|\btelecommute\b/i],
  ['hybrid', /\bhybrid\b|\b\d (?:days?|times) (?:a|per) week (?:in|at) (?:the|our) office/i],
  ['on-site', /\bon-?site\b|\bin[- ]office\b|\bin the office\b|\bin-person\b|\bvor ort\b/i],
];

/** The first mode a text names, in the order hybrid before remote ("remote-friendly hybrid"). */
export function workModeIn(text: string): WorkMode | null {
  if (RULES[1]![1].test(text)) return 'hybrid';
  for (const [mode, pattern] of RULES) if (pattern.test(text)) return mode;
  return null;
}

export const WORK_MODE_RULES = RULES;
