/**
 * The one grammar of dates in this project: how CVs write a month, a year, a point in time and a
 * range ("October 2019 – Present", "(May 2018 – August 2018)", "Aug. '19 –", "Oct. '14 – Jan. '15",
 * "2015-2017", "01/2019 - 03/2020", "Sept 2017 to date"). Chunking asks whether a line is a date
 * line, facts read ranges, and the index and retrieval read the years a text names: all three build
 * on the same words and the same year range (1950–2099 and two-digit years), so a date one of them
 * reads is a date to the others. The words are data (dateWords.json).
 *
 * Years are kept as written where the meaning depends on the day a question is asked ("'29" is
 * 1929 until 2029, "Present" is this year): `datesIn` stores them like this and `latestOf` resolves
 * them when asked, so dates stored once at build time still date every line exactly as reading its
 * text again would.
 */
import words from './dateWords.json' with { type: 'json' };

export interface YearMonth {
  readonly year: number;
  /** 1..12; undefined when only the year is given. */
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

const alternation = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).join('|');

/** A four-digit year CVs write: 1950–2099. */
const FULL_YEAR = String.raw`(?:19[5-9]\d|20\d{2})`;
/** "'19", "’19": a year by its last two digits. */
const SHORT_YEAR = String.raw`['’]\d{2}`;
const YEAR = `(?:${FULL_YEAR}|${SHORT_YEAR})`;
/** "Jan", "Jan.", "January", "Sept". */
const MONTH = String.raw`\b(?:${alternation(words.months.flat())})\.?`;
/** "03/2019", "3.2019", "05/11": month and year as numbers (two-digit years only after a slash: "3.88" is a grade). */
const NUMERIC = String.raw`(?:0?[1-9]|1[0-2])\s*(?:[/.]\s*${FULL_YEAR}|/\s*\d{2}(?!\d))`;
/** One point in time: a month and a year, a numeric month/year, or a year. */
const POINT = String.raw`(?:${MONTH}\s*,?\s*${YEAR}|${NUMERIC}|${YEAR})`;
/** What ends a range that is still going: "– Present", "to date". */
const OPEN_END = `(?:${alternation(words.openEnd)})`;
const DASH = '[–—−~-]{1,2}';
/** What joins the two ends of a range: a dash, or "to" / "until" / "till". */
const JOIN = String.raw`(?:${DASH}|(?<!\p{L})(?:${alternation(words.rangeWords)})(?!\p{L}))`;

/** Month number (1..12) by each name it is written with. */
const MONTH_NUMBER = new Map(words.months.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));

/** A two-digit year as the latest year it can mean as of `currentYear`: '19 is 2019 in 2025, '29 is 1929. */
export function fullYear(twoDigits: number, currentYear: number): number {
  return twoDigits + (2000 + twoDigits <= currentYear ? 2000 : 1900);
}

// --- Ranges, as facts read them ---------------------------------------------------------------

const RANGE = new RegExp(
  String.raw`(?<![\w/])(${POINT})\s*${JOIN}\s*(?:(${POINT})|(${OPEN_END})\b|(?=\s*(?:$|[)\]|•·,;])))`,
  'giu',
);
/** Every range has a year (`2019`, `'19`) and a join: far cheaper to look for than RANGE, and most lines have not both. */
const MAYBE_RANGE_YEAR = /19\d\d|20\d\d|['’]\d\d|\d\/\d\d/;
const MAYBE_RANGE_JOIN = new RegExp(`[–—−~-]|${alternation(words.rangeWords)}`, 'i');
const NUMERIC_POINT = /^(\d{1,2})\s*[/.]\s*(\d{4}|\d{2})$/;
const FULL_YEAR_IN = new RegExp(`(${FULL_YEAR})`);
const SHORT_YEAR_IN = /['’](\d{2})/;

function parsePoint(text: string, currentYear: number): YearMonth | undefined {
  const lower = text.toLowerCase();
  const numeric = NUMERIC_POINT.exec(lower);
  if (numeric) {
    const written = Number(numeric[2]);
    return { year: written >= 100 ? written : fullYear(written, currentYear), month: Number(numeric[1]) };
  }
  const month = MONTH_NUMBER.get(/^\p{L}+/u.exec(lower)?.[0] ?? '');
  const full = FULL_YEAR_IN.exec(lower);
  const short = SHORT_YEAR_IN.exec(lower);
  const year = full ? Number(full[1]) : short ? fullYear(Number(short[1]), currentYear) : undefined;
  if (year === undefined) return undefined;
  return { year, month };
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

// --- Years as written, as the index and retrieval date lines ----------------------------------

/** "– Present", "2017 to date", or a range left open at the end of the text ("Aug. '19 –"). */
const OPEN_RANGE = new RegExp(
  String.raw`(?:${DASH}|${POINT}\s*${JOIN})\s*${OPEN_END}\b|${SHORT_YEAR}\s*${DASH}\s*$`,
  'imu',
);
const YEARS = new RegExp(String.raw`\b(${FULL_YEAR})\b`, 'g');
const SHORT_YEARS = /['’](\d{2})\b/g;
/** A text this fails names no date: every pattern above needs a digit or an open-end word. */
const MAY_DATE = new RegExp(String.raw`\d|${alternation(words.openEnd)}`, 'i');

/**
 * How an open range ("Aug. '19 –", "– Present", meaning now) is stored among the years. Full years
 * are 1950–2099 and two-digit years 0–99, so the three never collide.
 */
export const OPEN_RANGE_DATE = 0xffff_ffff;

/** The dates written in `texts`: full years as they are, two-digit years as their two digits, open ranges as OPEN_RANGE_DATE. */
export function datesIn(texts: readonly string[]): number[] {
  const dates: number[] = [];
  for (const text of texts) {
    // Most lines of a profile hold no date: one test (who-knows dates every line naming a skill).
    if (!MAY_DATE.test(text)) continue;
    if (OPEN_RANGE.test(text)) dates.push(OPEN_RANGE_DATE);
    for (const match of text.matchAll(YEARS)) dates.push(Number(match[1]));
    for (const match of text.matchAll(SHORT_YEARS)) dates.push(Number(match[1]));
  }
  return dates;
}

/** The latest year entries from..to of `dates` refer to, as of `currentYear`; years after it are not counted. */
export function latestOf(
  dates: ArrayLike<number>,
  currentYear: number,
  from = 0,
  to = dates.length,
): number | undefined {
  let latest: number | undefined;
  for (let i = from; i < to; i++) {
    const date = dates[i]!;
    const year = date === OPEN_RANGE_DATE ? currentYear : date >= 100 ? date : fullYear(date, currentYear);
    if (year <= currentYear && (latest === undefined || year > latest)) latest = year;
  }
  return latest;
}

// --- Date lines, as chunking finds a role's header --------------------------------------------

const LINE_RANGE = new RegExp(`(?:${POINT}|${OPEN_END})(?:\\s*${JOIN}\\s*(?:${POINT}|${OPEN_END})?)?`, 'giu');
const HAS_JOIN = new RegExp(String.raw`\d.*${JOIN}`, 'iu');

/**
 * "March 2020 – Present", "Oct 2017 - Jan 2018", "(2019 – 2021)", "09/2016 - Now": a line that is a
 * date or a date range, with at most a few other words (a place, "Contract").
 */
export function isDateLine(text: string): boolean {
  const clean = text.replace(/[*_`]/g, '').trim();
  if (clean === '' || clean.length > 60) return false;
  let sawYear = false;
  // A range, a month or "present" makes a date unmistakable; a bare year only when it stands alone.
  let unmistakable = false;
  const rest = clean.replace(LINE_RANGE, (match) => {
    if (/\d/.test(match)) sawYear = true;
    if (HAS_JOIN.test(match) || /\p{L}{3}/u.test(match)) unmistakable = true;
    return ' ';
  });
  if (!sawYear) return false;
  const others = rest
    .split(/[\s()[\],:|·•–—-]+/)
    .filter((word) => word !== '' && !/^(?:since|from|to|and|in)$/i.test(word));
  if (!unmistakable) return others.length === 0;
  // Beside a date range, a few words are fine, or a place written out: "| Bristol, UK & Cork, IE".
  return others.length <= 3 || (others.length <= 6 && others.every((word) => /^(?:\p{Lu}|&)/u.test(word)));
}
