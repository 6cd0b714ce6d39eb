/**
 * A range of years asked ("who has 3-5 years of PHP?", "zwischen 2 und 3 Jahren", "entre 3 et 5 ans",
 * "de 3 a 5 años", "3 a 5 anos"): the lower number, read from the words right before the upper one.
 * The joining words are data, per language (`yearsRange` in `src/text/cues/<lang>.json`).
 */
import { foldQuestionWord, NUMBER_WORDS, QUESTION_WORDS_FILES } from '../text/questionLanguage.js';
import type { Threshold } from './intent.js';

const escaped = (words: readonly string[]) =>
  [...new Set(words.map(foldQuestionWord))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');

const ranges = QUESTION_WORDS_FILES.map((file) => file.yearsRange).filter((r) => r !== undefined);
const NUMBER = String.raw`\d{1,2}|[\p{L}]+`;
/** "[between] N to|- ", or "between N and ": the lower number and the words before the upper one. */
const RANGE_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(?<between>${escaped(ranges.flatMap((r) => r.between))})\s+)?` +
    String.raw`(?<![\p{L}\p{N}])(?<lower>${NUMBER})\s*(?:(?<to>${escaped(ranges.flatMap((r) => r.to))})|(?<and>${escaped(ranges.flatMap((r) => r.and))}))\s*$`,
  'u',
);

const NUMBERS = new Map(Object.entries(NUMBER_WORDS).map(([word, n]) => [foldQuestionWord(word), n]));
const numberValue = (word: string): number | undefined => (/^\d+$/.test(word) ? Number(word) : NUMBERS.get(word));

/** The lower bound of a range whose upper number `upper` follows `before` (the question's text up to it). */
export function rangeLowerBound(before: string, upper: number): number | undefined {
  const match = RANGE_BEFORE.exec(foldQuestionWord(before).replace(/\s+$/, ' '));
  if (!match?.groups) return undefined;
  const { between, lower, and } = match.groups;
  if (and && !between) return undefined;
  const value = numberValue(lower!);
  return value !== undefined && value < upper ? value : undefined;
}

/** The threshold read as a range when the words before its number make one ("3-5 years" → 3 up to 5). */
export function withRange(threshold: Threshold, before: string): Threshold {
  const lower = rangeLowerBound(before, threshold.years);
  return lower === undefined ? threshold : { years: lower, inclusive: true, upTo: threshold.years };
}
