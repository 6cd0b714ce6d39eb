/**
 * The latest year a piece of a profile refers to: "October 2019 – Present", "Aug. '19 –",
 * "(May 2018 – August 2018)". An open range ("– Present", "Aug. '19 –") means now.
 */
const OPEN_RANGE = /[–—-]\s*(present|current|now|today)\b|['’]\d{2}\s*[–—-]\s*$/im;
const FULL_YEAR = /\b(19[5-9]\d|20\d{2})\b/g;
const SHORT_YEAR = /['’](\d{2})\b/g;

/** A text this fails names no year: every pattern above needs a digit or one of these words. */
const MAY_DATE = /\d|present|current|now|today/i;

export function latestYear(texts: readonly string[], currentYear: number): number | undefined {
  let latest: number | undefined;
  const consider = (year: number) => {
    if (year <= currentYear && (latest === undefined || year > latest)) latest = year;
  };
  for (const text of texts) {
    // Most lines of a profile hold no date: one test (who-knows dates every line naming a skill).
    if (!MAY_DATE.test(text)) continue;
    if (OPEN_RANGE.test(text)) consider(currentYear);
    for (const match of text.matchAll(FULL_YEAR)) consider(Number(match[1]));
    for (const match of text.matchAll(SHORT_YEAR)) {
      const short = Number(match[1]);
      consider(short + (2000 + short <= currentYear ? 2000 : 1900));
    }
  }
  return latest;
}

/** 1 for this year, falling to 0 over `span` years; 0 when the profile gives no year. */
export function recencyWeight(year: number | undefined, currentYear: number, span = 15): number {
  if (year === undefined) return 0;
  return Math.max(0, Math.min(1, 1 - (currentYear - year) / span));
}
