/**
 * Words of having been somewhere and of being staff there, in five languages: "was", "war", "foi";
 * "employees", "Mitarbeiter", "salariés", "empleados", "funcionários" (the cue files' staff concept).
 */
import type { CueReading } from './cues.js';

/** A past form of being, in any of the five languages (accents dropped). */
export const BEEN = new RegExp(
  String.raw`(?<!\p{L})(?:was|were|war|waren|gewesen|etait|etaient|estuvo|estuvieron|estaba|fue|fueron` +
    String.raw`|esteve|estiveram|estava|foi|foram)(?!\p{L})`,
  'iu',
);
/** A work or staff cue naming the people who worked somewhere: "anciens de", "ex empleados", "ex-employés". */
export const FORMER_STAFF =
  /^(?:anciens?|anciennes?|ex[\s-]?emplo|ex[\s-]?emplead|exemplead|ex[\s-]?funcion|ehemalige)/i;
/** The work cues that say the staff after them were staff once: "ex employees", "former staff". */
const FORMER = /^(?:ex|former|ehemalige|anciens?|anciennes?)$/i;

/**
 * Where a staff word ("employees", "Mitarbeiter", "salariés") says who worked somewhere: with the
 * organisation after it and no other words asking what they did ("who were employees at Acme",
 * "which of us were employees of Acme"), or after a word of having been or of former staff ("any
 * former Acme employees"). Alone it is about people managed or trained: "who managed employees?",
 * "who trained new employees?" ask about the managing.
 */
export function staffNamesEmployer(cues: CueReading): boolean {
  const staff = cues.hits.find((hit) => hit.concept === 'staff');
  if (!staff) return false;
  const previous = cues.hits.filter((hit) => hit.end <= staff.start).at(-1);
  if (FORMER_STAFF.test(staff.text) || (previous?.concept === 'work' && FORMER.test(previous.text))) return true;
  const after = cues.segments.some((segment) => segment.start >= staff.end);
  const before = cues.segments.some((segment) => segment.start < staff.start);
  return after && (!before || BEEN.test(cues.text.slice(0, staff.start)));
}
