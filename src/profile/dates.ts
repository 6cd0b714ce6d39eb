/**
 * Dates as CVs write them in five languages, read to ISO-8601 partial dates: "March 2019",
 * "mars 2019", "März 2019", "marzo de 2019", "03/2019", "2019-03", "'19", "2019"; ranges joined by
 * a dash, "to", "bis", "à", "hasta", "até", ending in a date or a "present" word (heute,
 * aujourd'hui, actualidad, atual…); "since 2019" / "seit 2019" / "depuis" / "desde" open ranges.
 * Month names and "present" words are data (words/*.json).
 */
import { MONTHS, PRESENT_WORDS, fold } from './wordLists.js';
import { escapeRegExp } from '../text/regExp.js';

export interface FoundDates {
  readonly start?: string;
  /** undefined with `open` false: a single date; "open": still going. */
  readonly end?: string;
  readonly open: boolean;
  /** Where the dates sit in the folded text, to cut them out. */
  readonly index: number;
  readonly length: number;
}

const MONTH_ALT = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const PRESENT_ALT = PRESENT_WORDS.map(escapeRegExp).join('|');
const YEAR = String.raw`(?:19[4-9]\d|20\d\d|['’]\d\d)`;
const NUM_MONTH = String.raw`(?:0?[1-9]|1[0-2])`;
const POINT = String.raw`(?:(?:\d{1,2}\.?\s+)?(?:${MONTH_ALT})\.?,?\s*(?:de\s+|of\s+)?${YEAR}|\d{1,2}[./]${NUM_MONTH}[./](?:19|20)\d\d|${NUM_MONTH}\s*[./]\s*(?:19|20)\d\d|(?:19|20)\d\d[-/.]${NUM_MONTH}(?![\d])|${YEAR})`;
const JOIN = String.raw`\s*(?:[-–—−]+|\bto\b|\buntil\b|\btill\b|\bbis\b|\bà\b|\ba\b|\bau\b|\bal\b|\bhasta\b|\bate\b|\baté\b)\s*`;
const SINCE = String.raw`(?:since|seit|depuis|desde|dal|from)\s+`;
const BOUND_START = String.raw`(?<![\p{L}\p{N}/.])`;
const BOUND_END = String.raw`(?![\p{L}\p{N}])`;
const RANGE = new RegExp(
  String.raw`${BOUND_START}(?:(${SINCE})?(${POINT})(?:${JOIN}(?:(${POINT})|(${PRESENT_ALT}))|\s*[-–—]\s*(?=$|[)\],;|]))?)${BOUND_END}`,
  'gu',
);

/** "06/15 - 03/17", "05/11 – now": month and two-digit year, only as a range, where nothing else reads so. */
const SHORT_RANGE = new RegExp(
  String.raw`${BOUND_START}(${NUM_MONTH})/(\d\d)\s*(?:[-–—]+|\bto\b|\bbis\b)\s*(?:(${NUM_MONTH})/(\d\d)|(${PRESENT_ALT}))(?![\p{L}\p{N}/])`,
  'gu',
);

function twoDigit(value: number): number {
  const now = new Date().getFullYear() % 100;
  return value + (value <= now + 1 ? 2000 : 1900);
}

/** One date as written (already folded) → "2019" or "2019-03"; undefined when it is none. */
export function isoPoint(folded: string): string | undefined {
  const text = folded.trim();
  let match = /^(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)$/.exec(text);
  if (match) return `${match[3]}-${match[2]!.padStart(2, '0')}`;
  match = /^(\d{1,2})\s*[./]\s*((?:19|20)\d\d)$/.exec(text);
  if (match) return `${match[2]}-${match[1]!.padStart(2, '0')}`;
  match = /^((?:19|20)\d\d)[-/.](\d{1,2})$/.exec(text);
  if (match) return `${match[1]}-${match[2]!.padStart(2, '0')}`;
  const full = /(?:19|20)\d\d/.exec(text);
  const short = /['’](\d\d)/.exec(text);
  const year = full ? full[0] : short ? String(twoDigit(Number(short[1]))) : undefined;
  if (!year) return undefined;
  const word = /\p{L}+/u.exec(text.replace(/^\d{1,2}\.?\s+/, ''));
  const month = word ? MONTHS.get(word[0]) : undefined;
  return month ? `${year}-${String(month).padStart(2, '0')}` : year;
}

/** Every date or date range in `text`, in order. */
export function findDates(text: string): FoundDates[] {
  const folded = fold(text);
  const found: FoundDates[] = [];
  if (!/\d/.test(folded)) return found;
  RANGE.lastIndex = 0;
  for (let match = RANGE.exec(folded); match !== null; match = RANGE.exec(folded)) {
    const start = isoPoint(match[2]!);
    if (!start) continue;
    const end = match[3] ? isoPoint(match[3]) : undefined;
    const open = Boolean(match[4]) || Boolean(match[1]) || (!match[3] && /[-–—]\s*$/.test(match[0]));
    if (end && end.slice(0, 4) < start.slice(0, 4)) continue;
    found.push({ start, ...(end ? { end } : {}), open, index: match.index, length: match[0].length });
  }
  if (found.length === 0) shortRanges(folded, found);
  return found;
}

function shortRanges(folded: string, found: FoundDates[]): void {
  SHORT_RANGE.lastIndex = 0;
  for (let match = SHORT_RANGE.exec(folded); match !== null; match = SHORT_RANGE.exec(folded)) {
    const start = `${twoDigit(Number(match[2]))}-${match[1]!.padStart(2, '0')}`;
    const end = match[4] ? `${twoDigit(Number(match[4]))}-${match[3]!.padStart(2, '0')}` : undefined;
    if (end && end < start) continue;
    found.push({ start, ...(end ? { end } : {}), open: !end, index: match.index, length: match[0].length });
  }
}

/** The first range (or, failing one, the first single date) of a text. */
export function firstDates(text: string): FoundDates | undefined {
  const all = findDates(text);
  return all.find((d) => d.end || d.open) ?? all[0];
}

/** `text` with the dates `findDates` found in it cut out (same length mapping: folding keeps length for Latin text). */
export function withoutDates(text: string): string {
  const folded = fold(text);
  if (folded.length !== text.length) return text.replace(new RegExp(RANGE.source, 'giu'), ' ');
  let out = text;
  for (const found of findDates(text).reverse())
    out = `${out.slice(0, found.index)} ${out.slice(found.index + found.length)}`;
  return out;
}
