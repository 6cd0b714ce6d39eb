/**
 * Years of experience from role dates: "who has 10+ years of Python?" is answered by adding up the
 * roles whose lines name Python, each counted once where roles overlap (two jobs at once are not
 * twice the experience). A month-precise range counts both its first and last month ("May 2018 –
 * August 2018" is 4 months); a year alone counts from its middle; an open range runs to this month.
 */
import type { DateRange, YearMonth } from '../text/dates.js';
import type { Role } from './profileFacts.js';

/** Months since year 0; a year given alone is taken at its middle. */
const monthIndex = (point: YearMonth) => point.year * 12 + (point.month ?? 6) - 1;

/** The months a range covers, as [from, to): to is one past its last month. */
export function monthSpan(range: Pick<DateRange, 'start' | 'end'>, now: Date): readonly [number, number] {
  const end = range.end ?? { year: now.getFullYear(), month: now.getMonth() + 1 };
  return [monthIndex(range.start), monthIndex(end) + 1];
}

/** Months covered by the spans together, overlaps counted once. */
export function mergedMonths(spans: readonly (readonly [number, number])[]): number {
  const sorted = [...spans].filter(([from, to]) => to > from).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let current: [number, number] | undefined;
  for (const [from, to] of sorted) {
    if (current && from <= current[1]) current[1] = Math.max(current[1], to);
    else {
      if (current) total += current[1] - current[0];
      current = [from, to];
    }
  }
  return total + (current ? current[1] - current[0] : 0);
}

/** What counting needs of a role, restored or as stored: its dates and the lines it spans. */
export type DatedRole = Pick<Role, 'through'> & {
  readonly range: Pick<DateRange, 'start' | 'end'> | undefined;
  readonly first: { readonly line: number };
};

export interface Experience<R extends DatedRole = Role> {
  readonly months: number;
  /** Months from the first counted role's start to the last one's end, gaps between roles included. */
  readonly spanMonths: number;
  /** The dated roles counted, latest first. */
  readonly roles: readonly R[];
}

/** Which roles a line belongs to: the role whose lines (heading to `through`) hold it. */
export function rolesHolding<R extends DatedRole>(roles: readonly R[], line: number): R[] {
  return roles.filter((role) => role.first.line <= line && line <= role.through);
}

/** The merged months of the dated roles `counts` keeps (all of them when it is absent). */
export function experienceOf<R extends DatedRole>(
  roles: readonly R[],
  now: Date,
  counts: (role: R) => boolean = () => true,
): Experience<R> {
  const counted = roles.filter((role) => role.range && counts(role));
  const spans = counted.map((role) => monthSpan(role.range!, now));
  const spanMonths =
    spans.length === 0 ? 0 : Math.max(...spans.map(([, to]) => to)) - Math.min(...spans.map(([from]) => from));
  return { months: mergedMonths(spans), spanMonths, roles: counted };
}
