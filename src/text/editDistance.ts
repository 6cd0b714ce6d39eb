/**
 * The one edit distance of the project, for spellings close to one another ("terrafrom" →
 * terraform, "Phill" → Phil). Plain Levenshtein: an insertion, a deletion or a substitution costs
 * one, so a swap of two neighbours ("terrafrom") costs two; the limits callers use allow for that.
 */
import { distance } from 'fastest-levenshtein';

/** Edits (insertions, deletions, substitutions of UTF-16 code units) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  return distance(a, b);
}

/** Whether `a` and `b` are at most `limit` edits apart; lengths further apart than that answer at once. */
export function withinEditDistance(a: string, b: string, limit: number): boolean {
  return Math.abs(a.length - b.length) <= limit && distance(a, b) <= limit;
}

/** Whether `a` is `b` with two neighbouring letters swapped ("emial", "univeristy"). */
export function neighboursSwapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return (
    differ.length === 2 &&
    differ[1] === differ[0]! + 1 &&
    a[differ[0]!] === b[differ[1]!] &&
    a[differ[1]!] === b[differ[0]!]
  );
}

/** One typo apart: a letter added, dropped or changed, or two neighbours swapped. */
export function oneTypoApart(a: string, b: string): boolean {
  return withinEditDistance(a, b, 1) || neighboursSwapped(a, b);
}
