/**
 * BM25 with two fields: a passage's own text and its heading line (person and section path). A
 * heading match counts for less than a body match (a whole section sits under a heading, but the
 * heading says what the section is about), which lets "Dining Club" or "Skills › Languages" pull
 * the right passage. The one place the formula is written: every scoring path calls these, so
 * the scores of any two paths agree to the last bit.
 */

export interface Bm25Parameters {
  readonly k1: number;
  readonly b: number;
  /** How much a term in the heading line counts compared with one in the body. */
  readonly headWeight: number;
}

export const DEFAULT_BM25: Bm25Parameters = { k1: 1.2, b: 0.5, headWeight: 0.4 };

/** BM25's IDF (the +1 form, never negative) of a term in `df` of `n` passages: a term nowhere gets the highest. */
export function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** A term's weighted frequency in a passage, or a passage's weighted length: body + headWeight × heading count. */
export function weighted(body: number, head: number, headWeight: number): number {
  return body + headWeight * head;
}

/** One term's contribution to a passage's score, at weighted frequency `tf` in a passage of weighted `length`. */
export function termScore(idf: number, tf: number, length: number, average: number, k1: number, b: number): number {
  return (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / average));
}

/**
 * `maxContribution`'s bound from the largest contribution found: rounding differs by a weight's
 * multiplication, and a margin far above it keeps this a bound.
 */
export function asBound(largest: number): number {
  return largest * (1 + 1e-9);
}
