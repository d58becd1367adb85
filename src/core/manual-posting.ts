/**
 * A posting the user typed in (the popup's "enter it by hand", the prep list's "Add a
 * posting"): every field is theirs, and a posting needs at least a role. One definition for
 * both pages, so a posting typed in either is saved the same way.
 */
import { field, type JobPosting } from './posting';
import { tidyLines } from './text';

export interface ManualFields {
  title: string;
  company: string;
  location: string;
  description: string;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The posting these fields describe, at `url` (the page it was typed on, or a link the user gave); null without a title. */
export function manualPosting(fields: ManualFields, url: string): JobPosting | null {
  const title = oneLine(fields.title);
  if (!title) return null;
  const company = oneLine(fields.company);
  const location = oneLine(fields.location);
  const description = tidyLines(fields.description);
  return {
    kind: 'posting',
    url: url.trim(),
    title: field(title, 'user', 1),
    company: company ? field(company, 'user', 1) : null,
    location: location ? field(location, 'user', 1) : null,
    description: description ? field(description, 'user', 1) : null,
    manual: true,
  };
}
