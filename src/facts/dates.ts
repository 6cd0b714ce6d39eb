/**
 * Date ranges as CVs write them: "October 2019 – Present", "(May 2018 – August 2018)",
 * "Aug. '19 –", "Oct. '14 – Jan. '15", "2015-2017", "01/2019 - 03/2020", "since 2011".
 * A month is a number 1..12 (undefined when only the year is given); an open end means "now".
 */

export interface YearMonth {
  readonly year: number;
  readonly month: number | undefined;
}

export interface DateRange {
  readonly start: YearMonth;
  /** undefined: still going ("– Present", "Aug. '19 –"). */
  readonly end: YearMonth | undefined;
  /** Where the range sits in the text it was found in. */
  readonly index: number;
  readonly length: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const YEAR = String.raw`(?:19[5-9]\d|20\d{2}|['’]\d{2})`;
const POINT = String.raw`(?:${MONTH}\s*,?\s*${YEAR}|(?:0?[1-9]|1[0-2])\s*/\s*(?:19|20)\d{2}|${YEAR})`;
const OPEN_WORD = String.raw`(?:present|current|now|today|ongoing|date)`;
const RANGE = new RegExp(
  String.raw`(?<![\w/])(${POINT})\s*(?:[–—−-]{1,2}|\bto\b|\buntil\b)\s*(?:(${POINT})|(${OPEN_WORD})\b|(?=\s*(?:$|[)\]|•·,;])))`,
  'giu',
);

/** Every range has a year (`2019`, `'19`) and a dash, "to" or "until": far cheaper to look for than RANGE, and most lines have not both. */
const MAYBE_RANGE_YEAR = /19\d\d|20\d\d|['’]\d\d/;
const MAYBE_RANGE_JOIN = /[–—−-]|to|until/i;

function parsePoint(text: string, currentYear: number): YearMonth | undefined {
  const lower = text.toLowerCase();
  const numeric = /^(\d{1,2})\s*\/\s*(\d{4})$/.exec(lower);
  if (numeric) return { year: Number(numeric[2]), month: Number(numeric[1]) };
  const monthIndex = MONTHS.findIndex((month) => lower.startsWith(month));
  const full = /(19[5-9]\d|20\d{2})/.exec(lower);
  const short = /['’](\d{2})/.exec(lower);
  let year: number | undefined;
  if (full) year = Number(full[1]);
  else if (short) {
    const value = Number(short[1]);
    year = value + (2000 + value <= currentYear ? 2000 : 1900);
  }
  if (year === undefined) return undefined;
  return { year, month: monthIndex >= 0 ? monthIndex + 1 : undefined };
}

/** Every date range in the text, in order. */
export function dateRanges(text: string, currentYear?: number): DateRange[] {
  const found: DateRange[] = [];
  if (!MAYBE_RANGE_YEAR.test(text) || !MAYBE_RANGE_JOIN.test(text)) return found;
  const year = currentYear ?? new Date().getFullYear();
  // exec on the one pattern rather than matchAll, which copies it per call (this runs on every line of every profile).
  RANGE.lastIndex = 0;
  for (let match = RANGE.exec(text); match !== null; match = RANGE.exec(text)) {
    const start = parsePoint(match[1]!, year);
    if (!start) continue;
    const end = match[2] ? parsePoint(match[2], year) : undefined;
    if (end && end.year < start.year) continue;
    found.push({ start, end, index: match.index, length: match[0].length });
  }
  return found;
}

/** Months between two points, counting a year-only point as its middle. */
export function monthsBetween(start: YearMonth, end: YearMonth | undefined, now: Date = new Date()): number {
  const to = end ?? { year: now.getFullYear(), month: now.getMonth() + 1 };
  return Math.max(0, (to.year - start.year) * 12 + ((to.month ?? 6) - (start.month ?? 6)));
}

/** A sortable number for a point; open ends sort last. */
export function ordinal(point: YearMonth | undefined): number {
  return point === undefined ? Number.POSITIVE_INFINITY : point.year * 12 + (point.month ?? 6);
}

/** "3 years 2 months", "8 months". */
export function describeMonths(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [years > 0 ? `${years} year${years === 1 ? '' : 's'}` : '', rest > 0 ? `${rest} month${rest === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' ') || 'less than a month';
}
