/**
 * Where a phrase typed in a question (any case, accents or not) stands in a line, as the line
 * writes it: an answer says "Morgan Stanley" or "Müller Systems" as the CV does, not as typed.
 */
import { unaccent } from './questionLanguage.js';
import { escapeRegExp } from './regExp.js';

/** Lower case without accents; a composed Latin letter stays one character, so offsets hold. */
const foldCase = (text: string) => unaccent(text).toLowerCase();

export interface Occurrence {
  readonly start: number;
  readonly end: number;
  /** The phrase as the line writes it. */
  readonly written: string;
}

/**
 * Every whole-word occurrence of `phrase` in `line`, with its offsets in the folded line (the same as
 * the written line's unless folding changed its length: a ligature, a dotted capital I; then the
 * phrase is given as typed).
 */
export function occurrencesOf(line: string, phrase: string): { folded: string; found: Occurrence[] } {
  const written = line.normalize('NFC');
  const folded = foldCase(written);
  const words = foldCase(phrase).trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
  if (words.length === 0) return { folded, found: [] };
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
  const aligned = folded.length === written.length;
  const found = [...folded.matchAll(pattern)].map((match) => {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    return { start, end, written: aligned ? written.slice(start, end) : phrase };
  });
  return { folded, found };
}

/** `phrase` as `line` writes it, or as given when the line does not hold it. */
export function asWritten(line: string, phrase: string): string {
  return occurrencesOf(line, phrase).found[0]?.written ?? phrase;
}
