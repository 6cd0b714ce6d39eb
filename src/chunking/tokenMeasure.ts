/**
 * Sizes in tokens, counted so that chunking stays linear in the document: each line is counted
 * once (TokenMeasure), and the one exact count per passage cuts its embedding text to fit.
 */
import type { TokenCounter } from './passage.js';

/**
 * Token counts of a document's lines, each line counted once, so the size of any run of lines is a
 * sum (prefix sums: O(1) per question). With BERT's WordPiece, and the fallback estimate, a text's count is
 * exactly its special tokens plus each line's own pieces, as the tokenizers split at whitespace first;
 * `lineBreak` and `space` measure what a tokenizer adds at a line break or a space (0 for those).
 */
export class TokenMeasure {
  /** Tokens of empty input ([CLS] [SEP]). */
  readonly specials: number;
  /** Extra tokens a line break costs between two lines. */
  readonly lineBreak: number;
  /** Extra tokens a space costs between two words. */
  readonly space: number;
  /** prefix[i]: pieces of lines 1..i, without special tokens. */
  private readonly prefix: Float64Array;
  private readonly wordCache = new Map<string, number>();

  constructor(
    lines: readonly string[],
    private readonly countTokens: TokenCounter,
  ) {
    this.specials = countTokens('');
    this.lineBreak = Math.max(0, countTokens('x\nx') - 2 * this.bare('x') - this.specials);
    this.space = Math.max(0, countTokens('x x') - 2 * this.bare('x') - this.specials);
    this.prefix = new Float64Array(lines.length + 1);
    const lineCache = new Map<string, number>();
    lines.forEach((line, i) => {
      let count = lineCache.get(line);
      if (count === undefined) {
        count = this.bare(line);
        lineCache.set(line, count);
      }
      this.prefix[i + 1] = this.prefix[i]! + count;
    });
  }

  /** Tokens of `text` without the special tokens. */
  bare(text: string): number {
    return Math.max(0, this.countTokens(text) - this.specials);
  }

  /** Tokens of `heading` (already measured with `bare`) + a line break + lines start..end. */
  lines(start: number, end: number, headingTokens: number): number {
    return (
      this.specials + headingTokens + this.prefix[end]! - this.prefix[start - 1]! + this.lineBreak * (end - start + 1)
    );
  }

  /** Tokens of one word, special tokens excluded; words repeat, so each distinct one is counted once. */
  word(word: string): number {
    let count = this.wordCache.get(word);
    if (count === undefined) {
      count = this.bare(word);
      if (this.wordCache.size < WORD_CACHE_LIMIT) this.wordCache.set(word, count);
    }
    return count;
  }
}

/** Bounds the word cache on a huge line of distinct words (hashes, base64). */
const WORD_CACHE_LIMIT = 100_000;

/**
 * The longest prefix of `full` (cut at whitespace where possible) whose token count fits `maxTokens`.
 * Assumes longer text never has fewer tokens, which holds for the WordPiece/BPE tokenizers we use.
 */
export function fittingPrefix(full: string, countTokens: TokenCounter, maxTokens: number): string {
  if (countTokens(full) <= maxTokens) return full;
  const fits = (end: number): boolean => countTokens(full.slice(0, end).trimEnd()) <= maxTokens;
  const cuts: number[] = [];
  for (let i = 1; i < full.length; i++) if (/\s/.test(full[i]!) && !/\s/.test(full[i - 1]!)) cuts.push(i);
  const best = (candidates: readonly number[]): number | undefined => {
    let lo = 0;
    let hi = candidates.length - 1;
    let found: number | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (fits(candidates[mid]!)) {
        found = candidates[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const atWord = best(cuts);
  if (atWord !== undefined) return full.slice(0, atWord).trimEnd();
  const atChar = best(Array.from({ length: full.length }, (_, i) => i));
  if (atChar !== undefined) return full.slice(0, atChar).trimEnd();
  throw new RangeError(`maxTokens ${maxTokens} is smaller than an empty input (${countTokens('')} tokens); raise it.`);
}
