/**
 * Arithmetic on the date ranges CVs write (read by the one date grammar, src/text/dates.ts):
 * durations, ordering and how a duration is said.
 */
import type { YearMonth } from '../text/dates.js';

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
  const parts = [
    years > 0 ? `${years} year${years === 1 ? '' : 's'}` : '',
    rest > 0 ? `${rest} month${rest === 1 ? '' : 's'}` : '',
  ];
  return parts.filter(Boolean).join(' ') || 'less than a month';
}
