/**
 * A single line longer than the model's input (a paragraph exported as one line, a base64 blob) is
 * cut at spaces into parts of about the target size; each part is a passage citing that line.
 */
import type { TokenMeasure } from './tokenMeasure.js';

/** A part of one line: `text` is exactly `line.slice(from, to)`. */
export interface LinePart {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/**
 * Longest part of an over-long line quoted as one passage, in characters. Token budgets bound prose
 * already (about 150 real tokens is 600–800 characters); this bounds what tokenizers count cheaply,
 * such as one giant "word" (a base64 blob is a single [UNK] to BERT).
 */
export const MAX_LINE_PART_CHARS = 1000;

/**
 * Cuts an over-long line into consecutive parts of at most `budget` tokens and `MAX_LINE_PART_CHARS`
 * characters, at spaces; a word too long for either is cut between characters. Linear in the line's
 * length: each distinct word is counted once, never a growing prefix.
 */
export function lineParts(line: string, budget: number, measure: TokenMeasure): LinePart[] {
  const parts: LinePart[] = [];
  let from = -1;
  let to = -1;
  let used = 0;
  const flush = (): void => {
    if (from >= 0) parts.push({ from, to, text: line.slice(from, to) });
    from = -1;
    used = 0;
  };
  /** Adds line[start, end) to the current part; `joined`: it continues the previous piece without a space. */
  const add = (start: number, end: number, tokens: number, joined: boolean): void => {
    const cost = from >= 0 && !joined ? tokens + measure.space : tokens;
    if (from >= 0 && (used + cost > budget || end - from > MAX_LINE_PART_CHARS)) flush();
    if (from < 0) {
      from = start;
      used = tokens;
    } else used += cost;
    to = end;
  };
  // Pieces small enough that each fits whatever a character costs, and the character limit.
  const step = Math.max(1, Math.min(MAX_LINE_PART_CHARS, Math.floor(budget / MAX_TOKENS_PER_CHARACTER)));
  for (const match of line.matchAll(/\S+/g)) {
    const start = match.index;
    const word = match[0];
    if (word.length <= MAX_LINE_PART_CHARS) {
      const tokens = measure.word(word);
      if (tokens <= budget) {
        add(start, start + word.length, tokens, false);
        continue;
      }
    }
    for (let at = 0; at < word.length; ) {
      let end = Math.min(word.length, at + step);
      // Never split a surrogate pair.
      if (end < word.length && /[\uD800-\uDBFF]/.test(word[end - 1]!)) end++;
      add(start + at, start + end, measure.word(word.slice(at, end)), at > 0);
      at = end;
    }
  }
  flush();
  return parts;
}

/** A UTF-8 character is at most 4 bytes, and byte-level tokenizers spend at most one token per byte. */
const MAX_TOKENS_PER_CHARACTER = 4;
