/**
 * When the plan stands on a guess. A plan is only as good as the title and employer it was
 * built for: when either is a guess (low confidence), or the title reads like a site's
 * heading, navigation or slogan rather than a role, the user is told so before relying on it.
 */
import { looksLikeJobTitle } from '../extract/role-words';
import { isNavigationHeading } from '../extract/navigation-heading';
import { type JobPosting, sourceLabel } from '../posting';
import { GUESS } from '../trust';

export function postingWarnings(posting: JobPosting): string[] {
  const warnings: string[] = [];
  const title = posting.title;
  if (title) {
    if (isNavigationHeading(title.value)) {
      warnings.push(`The title “${title.value}” reads like a heading of the site, not a job. Check the role before relying on the plan.`);
    } else if (title.confidence < GUESS) {
      warnings.push(`The title “${title.value}” is a guess (from the ${sourceLabel(title.source)}). Check the role before relying on the plan.`);
    } else if (!looksLikeJobTitle(title.value) && title.value.split(/\s+/).length > 6) {
      warnings.push(`The title “${title.value}” reads like a slogan, not a role. Check it before relying on the plan.`);
    }
  }
  const company = posting.company;
  if (!company) warnings.push('No employer was found on the page. Add it so the research steps name the right company.');
  else if (company.confidence < GUESS) {
    warnings.push(`The employer “${company.value}” is a guess (from the ${sourceLabel(company.source)}). Check it before researching.`);
  }
  return warnings;
}
