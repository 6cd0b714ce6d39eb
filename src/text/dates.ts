/**
 * The dates a piece of a profile writes, kept as written: "2019", "'19", "– Present". Which year
 * they mean depends on the day a question is asked ("'29" is 1929 until 2029, "Present" is this
 * year), so an index stores them like this and `latestOf` resolves them when asked: stored once at
 * build time, they still date every line exactly as reading its text again would.
 */
const OPEN_RANGE = /[–—-]\s*(present|current|now|today)\b|['’]\d{2}\s*[–—-]\s*$/im;
const FULL_YEAR = /\b(19[5-9]\d|20\d{2})\b/g;
const SHORT_YEAR = /['’](\d{2})\b/g;

/** A text this fails names no date: every pattern above needs a digit or one of these words. */
const MAY_DATE = /\d|present|current|now|today/i;

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
    for (const match of text.matchAll(FULL_YEAR)) dates.push(Number(match[1]));
    for (const match of text.matchAll(SHORT_YEAR)) dates.push(Number(match[1]));
  }
  return dates;
}

/** The latest year entries from..to of `dates` refer to, as of `currentYear`; years after it are not counted. */
export function latestOf(dates: ArrayLike<number>, currentYear: number, from = 0, to = dates.length): number | undefined {
  let latest: number | undefined;
  for (let i = from; i < to; i++) {
    const date = dates[i]!;
    const year = date === OPEN_RANGE_DATE ? currentYear : date >= 100 ? date : date + (2000 + date <= currentYear ? 2000 : 1900);
    if (year <= currentYear && (latest === undefined || year > latest)) latest = year;
  }
  return latest;
}
