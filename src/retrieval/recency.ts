/**
 * The latest year a piece of a profile refers to: "October 2019 – Present", "Aug. '19 –",
 * "(May 2018 – August 2018)". An open range ("– Present", "Aug. '19 –") means now.
 */
import { datesIn, latestOf } from '../text/dates.js';

export function latestYear(texts: readonly string[], currentYear: number): number | undefined {
  return latestOf(datesIn(texts), currentYear);
}

/** 1 for this year, falling to 0 over `span` years; 0 when the profile gives no year. */
export function recencyWeight(year: number | undefined, currentYear: number, span = 15): number {
  if (year === undefined) return 0;
  return Math.max(0, Math.min(1, 1 - (currentYear - year) / span));
}
