/**
 * Roles that CVs write as plain lines rather than headings: a date line with the title, employer
 * and place lines right above it ("Engineer" / "Acme – Leeds" / "2019 – Present").
 */
import { isDateLine } from '../text/dates.js';
import { bare, isBlank } from './lineShapes.js';
import { isPlainSectionTitle, isTitleLike } from './plainStructure.js';

/**
 * Role headers written as plain lines, by their first line index (0-based) → last line index: a
 * date line, with up to three title-like lines right above it (title, employer, place) that are
 * not part of anything else. `isFree(i)` says whether line i may belong to one (not a heading,
 * bullet, table, fence or front matter).
 */
export function findRoleHeaders(
  lines: readonly string[],
  isFree: (index: number) => boolean,
  opensSection: (index: number) => boolean,
): Map<number, number> {
  const headers = new Map<number, number>();
  let claimedUntil = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!isFree(i) || !isDateLine(lines[i]!)) continue;
    const taken: number[] = [];
    for (let k = i - 1; k > claimedUntil && taken.length < 3; k--) {
      if (isBlank(lines[k])) continue;
      if (!isFree(k) || isDateLine(lines[k]!) || !isTitleLike(lines[k]!) || isPlainSectionTitle(bare(lines[k]!))) break;
      taken.unshift(k);
    }
    // A header starts a paragraph: a title line right after other text is the wrapped end of it.
    const startsParagraph = (k: number): boolean => k === 0 || isBlank(lines[k - 1]) || opensSection(k - 1);
    while (taken.length > 0 && !startsParagraph(taken[0]!)) taken.shift();
    if (taken.length === 0 && !startsParagraph(i) && !isBlank(lines[i - 1])) continue;
    const start = taken[0] ?? i;
    // Dates alone after a paragraph close that entry ("… Lyon, France (June 2029 – July 2029)"); they
    // open a role only at the top of a section, right under its heading.
    if (taken.length === 0) {
      let above = i - 1;
      while (above >= 0 && isBlank(lines[above])) above--;
      if (above >= 0 && !opensSection(above)) continue;
    }
    headers.set(start, i);
    claimedUntil = i;
  }
  return headers;
}
