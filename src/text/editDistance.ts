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
