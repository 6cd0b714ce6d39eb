/**
 * A token count for when no tokenizer can be loaded. It must never count fewer tokens than a BERT
 * WordPiece tokenizer (all-MiniLM-L6-v2's) would, or chunks sized with it could be truncated later; counting
 * more only makes passages shorter.
 */

/** all-MiniLM-L6-v2's input limit (see `transformersEmbedder.ts`): the model most likely to read these chunks. */
export const ESTIMATE_MAX_TOKENS = 256;

/** [CLS] and [SEP]. */
const SPECIAL_TOKENS = 2;

/**
 * Over-counts on purpose, measured against the real tokenizer on technical profiles (about 2× on
 * average, never below it on the corpus lines tried):
 * - a word of n letters or digits counts ⌈n/2⌉: common words are one piece, but technical words split
 *   hard ("kubectl" → ku ##be ##ct ##l, "PostgreSQL" → post ##gre ##s ##q ##l), about 2 characters a piece;
 * - a word mixing letters and digits counts one per character, because hashes and ids split that finely
 *   ("3f9a8c" → 3 ##f ##9 ##a ##8 ##c);
 * - every other visible character counts one: BERT splits off each punctuation mark, CJK character and
 *   emoji, and an accented letter costs at most one piece (it is usually folded into its word).
 */
export function estimateTokens(text: string): number {
  let count = SPECIAL_TOKENS;
  // A piece is an ASCII word or one other visible character (one code point: ⌈length/2⌉ is 1 for it too).
  for (const [piece] of text.matchAll(/[A-Za-z0-9_]+|\S/gu)) {
    const mixesLettersAndDigits = /[0-9]/.test(piece) && /[A-Za-z]/.test(piece);
    count += mixesLettersAndDigits ? piece.length : Math.ceil(piece.length / 2);
  }
  return count;
}
