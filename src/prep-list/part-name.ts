import type { SavedPosting } from '../storage/schema';

/**
 * The name of one part of a saved posting's opened plan ("Interviews, Product Designer"): with
 * several plans open at once, each part's landmark (a named section or form) says which
 * posting it belongs to, so no two landmarks on the page share a name.
 */
export function partOf(part: string, record: SavedPosting): string {
  return `${part}, ${record.posting.title?.value ?? 'Untitled posting'}`;
}
