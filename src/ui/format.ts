/**
 * Dates as the user's browser writes them. The formatters are made once: toLocaleDateString
 * builds a new one on every call, which showed in the prep list's first render (a row per
 * saved posting, each with its date).
 */
let dayFormat: Intl.DateTimeFormat | undefined;
let dayTimeFormat: Intl.DateTimeFormat | undefined;

/** "Dec 1, 2026": a day, in the user's locale; '' for a date that cannot be read. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  dayFormat ??= new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  return dayFormat.format(date);
}

/** "Tue, Dec 1, 2:30 PM": a round's day and time, in the user's locale. */
export function formatDateTime(time: number): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return '';
  dayTimeFormat ??= new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
  return dayTimeFormat.format(date);
}
