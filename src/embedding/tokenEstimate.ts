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
  // A piece is an ASCII word or one other visible character (one code point: ⌈length/2⌉ is 1 for
  // it too). Scanned by character code rather than with a regular expression: a lexical build
  // measures every line of every profile with this.
  let count = SPECIAL_TOKENS;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      const start = i;
      let letters = false;
      let digits = false;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (!isWordCode(d)) break;
        if (d >= 0x30 && d <= 0x39) digits = true;
        else if (d !== 0x5f) letters = true;
      }
      count += letters && digits ? i - start : Math.ceil((i - start) / 2);
    } else if (c < 0x80) {
      if (!(c === 0x20 || (c >= 0x09 && c <= 0x0d))) count++;
      i++;
    } else {
      const high =
        c >= 0xd800 && c <= 0xdbff && i + 1 < n && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
      // No whitespace lies outside the Basic Multilingual Plane.
      if (high || !WHITESPACE.test(text[i]!)) count++;
      i += high ? 2 : 1;
    }
  }
  return count;
}

const WHITESPACE = /\s/;

/** [A-Za-z0-9_] */
function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}
