/**
 * The one-word headings of a canonical section in the five languages (the shared map in
 * text/sectionHeadings.json), for the answers that search a person's passages by heading words
 * when their profile has no section the map recognises.
 */
import { headingsOf, type CanonicalSection } from '../text/sectionHeadings.js';

export type { CanonicalSection } from '../text/sectionHeadings.js';

/** The single-word headings of a canonical section, joined as a search text. */
export function sectionWords(section: CanonicalSection): string {
  return [...new Set(headingsOf(section).filter((heading) => !/[\s-]/.test(heading)))].join(' ');
}
