/** The level a title names: the extractor reports it, the prep engine tunes questions to it. */

export type Seniority = 'intern' | 'junior' | 'mid' | 'senior' | 'staff' | 'principal' | 'lead' | 'manager' | 'director' | 'executive';

export const SENIORITY_LABELS: Record<Seniority, string> = {
  intern: 'Internship',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff',
  principal: 'Principal',
  lead: 'Lead',
  manager: 'Manager',
  director: 'Director',
  executive: 'Executive',
};

const RULES: [Seniority, RegExp][] = [
  ['intern', /\b(?:intern|internship|werkstudent|trainee|apprentice)\b/i],
  ['executive', /\b(?:chief|cto|ceo|cfo|coo|cmo|vp|vice president|president)\b/i],
  ['director', /\b(?:director|head of)\b/i],
  // A product, project or account manager manages work, not people.
  ['manager', /^(?!.*\b(?:product|program|programme|project|account|community|office|success|marketing|brand|content|case|property)\s+manager\b).*\bmanager\b/i],
  ['principal', /\b(?:principal|distinguished)\b/i],
  ['staff', /\bstaff\b/i],
  ['lead', /\b(?:lead|tech lead|team lead)\b/i],
  ['senior', /\b(?:senior|sr\.?|iii|experienced)\b/i],
  ['junior', /\b(?:junior|jr\.?|entry[- ]level|graduate|new grads?|associate)\b|\b(?:I|1)$/i],
];

/** The level of a title, or "mid" when it names none. */
export function seniorityFromTitle(title: string): Seniority {
  for (const [level, pattern] of RULES) if (pattern.test(title)) return level;
  return 'mid';
}
