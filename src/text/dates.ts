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
 *
 * Profiles read the same points and ranges to ISO-8601 partial dates (`findDates`), single dates
 * and "since 2019" / "seit 2019" / "depuis" / "desde" open ranges as well.
 */
import { remembered } from '../caches.js';
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

/** Lower case without accents: "Março" and "MARCO" are one month. */
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
/** Each word as written and without its accents, longest first, safe inside a pattern. */
const alternation = (list: readonly string[]): string =>
  [...new Set(list.flatMap((word) => [word, fold(word)]))]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

/** A four-digit year CVs write: 1950–2099. */
const FULL_YEAR = String.raw`(?:19[5-9]\d|20\d{2})`;
/** "'19", "’19": a year by its last two digits. */
const SHORT_YEAR = String.raw`['’]\d{2}`;
const YEAR = `(?:${FULL_YEAR}|${SHORT_YEAR})`;
/** "Jan", "Jan.", "January", "Sept". */
const MONTH = String.raw`\b(?:${alternation(words.months.flat())})\.?`;
const NUM_MONTH = '(?:0?[1-9]|1[0-2])';
/** "03/2019", "3.2019", "05/11": month and year as numbers (two-digit years only after a slash: "3.88" is a grade). */
// "1. 2012 – date": a number, a full stop and a space number a list's item; a month's full stop has no space.
const NUMERIC = String.raw`${NUM_MONTH}\s*(?:(?:/\s*|\.(?!\s))${FULL_YEAR}|/\s*\d{2}(?!\d))`;
/** "15 March 2019", "marzo de 2020", "Jan. 2019", "jan/2019": a month name and a year, a day before it allowed. */
const NAMED = String.raw`(?:\d{1,2}\.?\s+)?${MONTH}\s*[,/]?\s*(?:de\s+|of\s+)?${YEAR}`;
/** "15.03.2019", "2019-03", "2019-03-15": a whole date by numbers, a year and month the other way round. */
const DAY_MONTH_YEAR = String.raw`\d{1,2}[./]${NUM_MONTH}[./]${FULL_YEAR}`;
const YEAR_MONTH = String.raw`${FULL_YEAR}[-/.]${NUM_MONTH}(?:[-/.]\d{1,2})?(?!\d)`;
/** "Q3 2018", "Q1/2021": a quarter names its year (read as the year alone), no part of the entry it dates. */
const QUARTER = String.raw`\bQ[1-4][\s/]*${YEAR}`;
/** "Summer 2019", "Sommer 2019", "Été 2019", "Verano de 2019": a season names its year (read as the year alone). */
const SEASON = String.raw`(?<!\p{L})(?:${alternation(words.seasons)})\s+(?:de\s+|of\s+)?${YEAR}`;
/** One point in time: a month and a year, a date or month by numbers, a quarter's or season's year, or a year. */
const POINT = `(?:${NAMED}|${DAY_MONTH_YEAR}|${NUMERIC}|${YEAR_MONTH}|${QUARTER}|${SEASON}|${YEAR})`;
/** What ends a range that is still going: "– Present", "to date". */
const OPEN_END = `(?:${alternation(words.openEnd)})`;
const DASH = '[–—−~-]{1,2}';
/** "2015/16", "2015/2016": an academic year, a slash between a year and the next (checked where it is read). */
const YEAR_SLASH = String.raw`(?<=\b${FULL_YEAR})/(?=\d{2}(?!\d)|${FULL_YEAR}(?!\d))`;
/**
 * What joins the two ends of a range: a dash, or "to" / "bis" / "à" / "hasta" / "até"; an end still
 * to come may say so after it ("2022 – expected 2026", "2021 – voraussichtlich 2025").
 */
const JOIN =
  String.raw`(?:${DASH}|${YEAR_SLASH}|(?<!\p{L})(?:${alternation(words.rangeWords)})(?!\p{L}))` +
  String.raw`(?:\s*(?<!\p{L})(?:${alternation(words.expected)})(?!\p{L}))?`;
/** "2019–21": a range's end as the last two digits of its year, right after a bare year and a dash. */
const TWO_DIGIT_END = String.raw`(?<=(?<![\d./-])${FULL_YEAR}\s*(?:[–—−~-]{1,2}|/)\s*)(\d{2})(?![\d/.%\p{L}]|:\d)`;

/** Month number (1..12) by each name it is written with, as written and without accents. */
const MONTH_NUMBER = new Map(
  words.months.flatMap((names, index) =>
    names.flatMap((name) => [[name, index + 1] as const, [fold(name), index + 1] as const]),
  ),
);

/** A two-digit year as the latest year it can mean as of `currentYear`: '19 is 2019 in 2025, '29 is 1929. */
export function fullYear(twoDigits: number, currentYear: number): number {
  return twoDigits + (2000 + twoDigits <= currentYear ? 2000 : 1900);
}

// --- Ranges, as facts read them ---------------------------------------------------------------

const RANGE = new RegExp(
  String.raw`(?<![\w/])(${POINT})\s*${JOIN}\s*(?:(${POINT})|(${OPEN_END})(?!\p{L})|${TWO_DIGIT_END}|(?=\s*(?:$|[)\]|•·,;])))`,
  'giu',
);
/** Every range has a year (`2019`, `'19`) and a join: far cheaper to look for than RANGE, and most lines have not both. */
const MAYBE_RANGE_YEAR = /19\d\d|20\d\d|['’]\d\d|\d\/\d\d/;
const MAYBE_RANGE_JOIN = new RegExp(`[–—−~-]|(?<!\\p{L})(?:${alternation(words.rangeWords)})(?!\\p{L})`, 'iu');
const NUMERIC_POINT = /^(\d{1,2})\s*[/.]\s*(\d{4}|\d{2})$/;
const DAY_MONTH_YEAR_POINT = /^\d{1,2}[./](\d{1,2})[./](\d{4})$/;
const YEAR_MONTH_POINT = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?$/;
const FULL_YEAR_IN = new RegExp(`(${FULL_YEAR})`);
const SHORT_YEAR_IN = /['’](\d{2})/;

function parsePoint(text: string, currentYear: number): YearMonth | undefined {
  const lower = text.toLowerCase().trim();
  const numeric = NUMERIC_POINT.exec(lower);
  if (numeric) {
    const written = Number(numeric[2]);
    return { year: written >= 100 ? written : fullYear(written, currentYear), month: Number(numeric[1]) };
  }
  const dayMonthYear = DAY_MONTH_YEAR_POINT.exec(lower);
  if (dayMonthYear) return { year: Number(dayMonthYear[2]), month: Number(dayMonthYear[1]) };
  const yearMonth = YEAR_MONTH_POINT.exec(lower);
  if (yearMonth) return { year: Number(yearMonth[1]), month: Number(yearMonth[2]) };
  const word = /^\p{L}+/u.exec(lower.replace(/^\d{1,2}\.?\s+/, ''))?.[0] ?? '';
  const month = MONTH_NUMBER.get(word) ?? MONTH_NUMBER.get(fold(word));
  const full = FULL_YEAR_IN.exec(lower);
  const short = SHORT_YEAR_IN.exec(lower);
  const year = full ? Number(full[1]) : short ? fullYear(Number(short[1]), currentYear) : undefined;
  if (year === undefined) return undefined;
  return { year, month };
}

/** "2019–21", "WS 2015/16": the end's year in the start's century, after a four-digit year with no month. */
function twoDigitEnd(start: YearMonth, startText: string, digits: string): YearMonth | undefined {
  if (start.month !== undefined || !/(?:^|\s)\d{4}$/.test(startText.trim())) return undefined;
  const year = start.year - (start.year % 100) + Number(digits);
  return year > start.year ? { year, month: undefined } : undefined;
}

/** Every date range in the text, in order. */
export function dateRanges(text: string, currentYear?: number): DateRange[] {
  const found: DateRange[] = [];
  if (!MAYBE_RANGE_YEAR.test(text)) return found;
  const year = currentYear ?? new Date().getFullYear();
  const since = sinceAtStart(text, year);
  if (!MAYBE_RANGE_JOIN.test(text)) return since ? [since] : found;
  // exec on the one pattern rather than matchAll, which copies it per call (this runs on every line of every profile).
  RANGE.lastIndex = 0;
  for (let match = RANGE.exec(text); match !== null; match = RANGE.exec(text)) {
    const start = parsePoint(match[1]!, year);
    if (!start) continue;
    const end = match[2] ? parsePoint(match[2], year) : match[4] ? twoDigitEnd(start, match[1]!, match[4]) : undefined;
    if (match[4] && !end) continue;
    if (end && end.year < start.year) continue;
    found.push({ start, end, index: match.index, length: match[0].length });
  }
  if (since && !found.some((range) => range.index < since.index + since.length)) found.unshift(since);
  return found;
}

/**
 * "Depuis 2020 : Infirmière …", "Seit 04/2016 | Acme", "Since 2019, Acme": a line that opens with a
 * "since" word and a date, then a separator, gives a range still going, as "2020 – present" does.
 * "since" inside a sentence ("working with AWS since 2011") is no range.
 */
function sinceAtStart(text: string, currentYear: number): DateRange | undefined {
  const match = LEADING_SINCE.exec(text);
  if (!match) return undefined;
  const start = parsePoint(match[2]!, currentYear);
  if (!start) return undefined;
  return { start, end: undefined, index: match[0].length - match[1]!.length, length: match[1]!.length };
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

// --- Dates as ISO-8601 partial dates, as profiles read them -----------------------------------

export interface FoundDates {
  readonly start?: string;
  /** undefined with `open` false: a single date; with `open` true: still going. */
  readonly end?: string;
  readonly open: boolean;
  /** Where the dates sit in the text, to cut them out. */
  readonly index: number;
  readonly length: number;
}

const SINCE = String.raw`(?<!\p{L})(?:${alternation(words.since)})\s+`;
/** A "since" word and a date opening a line (after a bullet), a separator after them: see sinceAtStart. */
const LEADING_SINCE = new RegExp(
  String.raw`^[\s*•·▪–-]*((?:${alternation(words.since)})\s+(${POINT}))(?=\s*(?:[:|,]|[–—-]\s*(?![\d'’])))`,
  'iu',
);
/** "2019 onwards", "2019 and ongoing": a start the words after it leave open. */
const ONWARDS = String.raw`\s+(?:onwards?|and ongoing)(?!\p{L})`;
const OPENED_AFTER = new RegExp(`(?:[–—−~-]\\s*|${ONWARDS})$`, 'iu');
/** A point, a range from it, "since" before it, or a dash after it that leaves it open ("2019 –"). */
const DATES = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.])(?:(${SINCE})?(${POINT})(?:\s*${JOIN}\s*(?:(${POINT})|(${OPEN_END})(?!\p{L})|` +
    String.raw`${TWO_DIGIT_END})|\s*${DASH}\s*(?=$|[)\],;|])|${ONWARDS})?)(?![\p{L}\p{N}])`,
  'giu',
);
const OPEN_END_ALONE = new RegExp(`^${OPEN_END}$`, 'iu');
/** "05/11": a two-digit year after a slash is a date only as one end of a range. */
const SHORT_NUMERIC = /^\d{1,2}\s*\/\s*\d{2}$/;

const isoOf = (point: YearMonth) =>
  point.month === undefined ? String(point.year) : `${point.year}-${String(point.month).padStart(2, '0')}`;

/** "present", "heute", "aujourd'hui"…: the word a range still going ends with. */
export function isOpenEnd(text: string): boolean {
  return OPEN_END_ALONE.test(text.trim());
}

/** One date as written → "2019" or "2019-03"; undefined when it is none. */
export function isoPoint(text: string, currentYear = new Date().getFullYear()): string | undefined {
  const point = parsePoint(text, currentYear);
  return point ? isoOf(point) : undefined;
}

/** "2019 and 2020", "2018 und 2019": the two years an entry spans, written as a pair. */
const YEAR_PAIR = new RegExp(`(?<![\\d/.])(${FULL_YEAR})\\s+(?:and|und|et|y|e)\\s+(${FULL_YEAR})(?![\\d/.])`, 'u');

/** Texts whose dates `findDates` keeps at once: a profile's readers ask it of the same line many times. */
const FOUND_KEPT = 4096;
let foundYear = Number.NaN;
let foundIn: (text: string) => readonly FoundDates[] = () => [];

/**
 * Every date or date range in `text`, in order, single dates included. Remembered per text for the
 * current year (the result is frozen: callers share it).
 */
export function findDates(text: string, currentYear = new Date().getFullYear()): readonly FoundDates[] {
  if (currentYear !== foundYear) {
    foundYear = currentYear;
    foundIn = remembered(FOUND_KEPT, (line) =>
      Object.freeze(readDates(line, currentYear).map((dates) => Object.freeze(dates))),
    );
  }
  return foundIn(text);
}

function readDates(text: string, currentYear: number): FoundDates[] {
  const found: FoundDates[] = [];
  if (!/\d/.test(text)) return found;
  DATES.lastIndex = 0;
  for (let match = DATES.exec(text); match !== null; match = DATES.exec(text)) {
    const [all, since, startText, endText, openWord, twoDigits] = match;
    const start = parsePoint(startText!, currentYear);
    if (!start) continue;
    const ranged = Boolean(endText || openWord || twoDigits);
    if (!ranged && SHORT_NUMERIC.test(startText!.trim())) continue;
    const end = endText
      ? parsePoint(endText, currentYear)
      : twoDigits
        ? twoDigitEnd(start, startText!, twoDigits)
        : undefined;
    if ((twoDigits && !end) || (end && end.year < start.year)) continue;
    // "from June 2015 to February 2019": a "since" word before a range that ends leaves nothing open.
    const open = Boolean(openWord) || (Boolean(since) && !end) || (!ranged && OPENED_AFTER.test(all));
    found.push({
      start: isoOf(start),
      ...(end ? { end: isoOf(end) } : {}),
      open,
      index: match.index,
      length: all.length,
    });
  }
  return withYearPair(text, academicYears(text, found));
}

/** "2016/17 – 2019/20", "WS 2013/14 – SS 2016": two ranges joined by a dash, academic years, are one range. */
function academicYears(text: string, found: FoundDates[]): FoundDates[] {
  if (found.length < 2) return found;
  const out: FoundDates[] = [];
  for (const dates of found) {
    const last = out.at(-1);
    const between = last ? text.slice(last.index + last.length, dates.index) : '';
    const academic = last?.end && /\/\s*\d{2}\s*$/.test(text.slice(last.index, last.index + last.length));
    if (!academic || !/^\s*[–—−-]{1,2}\s*$/.test(between)) {
      out.push(dates);
      continue;
    }
    // The second's end, or its start when it is one point ("SS 2016"); none when it is left open.
    const end = dates.end ?? (dates.open ? undefined : dates.start);
    const length = dates.index + dates.length - last.index;
    out[out.length - 1] = { start: last.start, ...(end ? { end } : {}), open: dates.open, index: last.index, length };
  }
  return out;
}

/** Two single years read as a pair ("2019 and 2020") become the range they span. */
function withYearPair(text: string, found: FoundDates[]): FoundDates[] {
  const pair = YEAR_PAIR.exec(text);
  if (!pair || Number(pair[2]) <= Number(pair[1])) return found;
  const end = pair.index + pair[0].length;
  // "Summer 2016 and 2017": the first year's season comes before the pair and goes with it.
  const inside = found.filter((d) => d.index + d.length > pair.index && d.index + d.length <= end);
  if (inside.length !== 2 || inside.some((d) => d.end || d.open)) return found;
  const index = Math.min(pair.index, inside[0]!.index);
  const range = { start: pair[1]!, end: pair[2]!, open: false, index, length: end - index };
  return [...found.filter((d) => !inside.includes(d)), range].sort((a, b) => a.index - b.index);
}

/** The first range (or, failing one, the first single date) of a text. */
export function firstDates(text: string): FoundDates | undefined {
  const all = findDates(text);
  return all.find((d) => d.end || d.open) ?? all[0];
}

/** `text` with the dates `findDates` finds in it cut out, each replaced by a space. */
export function withoutDates(text: string): string {
  let out = text;
  const all = findDates(text);
  for (let i = all.length - 1; i >= 0; i--) {
    const found = all[i]!;
    out = `${out.slice(0, found.index)} ${out.slice(found.index + found.length)}`;
  }
  return out;
}
