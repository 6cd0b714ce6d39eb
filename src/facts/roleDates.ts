/**
 * Every person's roles as a years question counts them, as numbers: start and end month, the
 * first line and the last line each role holds. Made once per index from the stored facts, because
 * "who has 10+ years of experience?" reads everyone's roles: kept as objects they would be millions
 * for the garbage collector to walk at every pause, and read from the stored facts again at each
 * question.
 */
import type { DatedRole } from './experienceYears.js';
import type { Counts } from './roleHeadTerms.js';

/** Stands for "no month" and "no end" in the columns (a month is 1..12, a year is positive). */
const NONE = 0;

/** Numbers a build stores per role (index/store/manifest/roleSpans.ts). */
export const SPAN_FIELDS = 6;

/**
 * Every person's roles as a build stores them (in the order of the people a table is made for):
 * rows `roleStarts[p]..roleStarts[p + 1]`, SPAN_FIELDS values each in `values` (start year, 0 when
 * undated; start month, end year, end month, NONE when absent; first line; last line held). The
 * first `storedRoles[p]` rows are the headings the role reader found, the rest the profile's work
 * entries no heading covers; `missing[p]` is 1 when none are stored for the person.
 */
export interface StoredRoleSpans {
  readonly roleStarts: Uint32Array;
  readonly storedRoles: Counts;
  readonly missing: Uint8Array;
  readonly values: Counts;
}

export class RoleDates {
  private readonly personOf = new Map<string, number>();
  /** Per person, where their roles start in the role columns (people + 1). */
  private readonly roleStarts: Uint32Array;
  /** Per role: 1 when dated; start year and month, end year and month (NONE: open or none); first line and last line held. */
  private readonly dated: Uint8Array;
  private readonly columns: {
    startYear: Float64Array;
    startMonth: Float64Array;
    endYear: Float64Array;
    endMonth: Float64Array;
    firstLine: Float64Array;
    through: Float64Array;
  };

  /**
   * @param people person ids
   * @param rolesOf a person's roles, latest first
   */
  constructor(people: readonly string[], rolesOf: (personId: string) => readonly DatedRole[]) {
    this.roleStarts = new Uint32Array(people.length + 1);
    const all: DatedRole[][] = [];
    let count = 0;
    people.forEach((personId, person) => {
      this.personOf.set(personId, person);
      this.roleStarts[person] = count;
      const roles = [...rolesOf(personId)];
      all.push(roles);
      count += roles.length;
    });
    this.roleStarts[people.length] = count;
    this.dated = new Uint8Array(count);
    this.columns = {
      startYear: new Float64Array(count),
      startMonth: new Float64Array(count),
      endYear: new Float64Array(count),
      endMonth: new Float64Array(count),
      firstLine: new Float64Array(count),
      through: new Float64Array(count),
    };
    let at = 0;
    for (const roles of all) {
      for (const role of roles) {
        const { startYear, startMonth, endYear, endMonth, firstLine, through } = this.columns;
        firstLine[at] = role.first.line;
        through[at] = role.through;
        if (role.range) {
          this.dated[at] = 1;
          startYear[at] = role.range.start.year;
          startMonth[at] = role.range.start.month ?? NONE;
          endYear[at] = role.range.end?.year ?? NONE;
          endMonth[at] = role.range.end?.month ?? NONE;
        }
        at++;
      }
    }
  }

  /** A person's roles, latest first, made afresh from the columns (none for an unknown person). */
  rolesOf(personId: string): DatedRole[] {
    const person = this.personOf.get(personId);
    if (person === undefined) return [];
    const { startYear, startMonth, endYear, endMonth, firstLine, through } = this.columns;
    const month = (value: number) => (value === NONE ? undefined : value);
    const roles: DatedRole[] = [];
    for (let r = this.roleStarts[person]!; r < this.roleStarts[person + 1]!; r++) {
      const range = this.dated[r]
        ? {
            start: { year: startYear[r]!, month: month(startMonth[r]!) },
            end: endYear[r] === NONE ? undefined : { year: endYear[r]!, month: month(endMonth[r]!) },
          }
        : undefined;
      roles.push({ range, through: through[r]!, first: { line: firstLine[r]! } });
    }
    return roles;
  }
}

/**
 * A person's roles from a stored table, as RoleDates takes them: all their rows (`withProfile`) or
 * only the role reader's headings; undefined when none are stored for them.
 */
export function storedRolesOf(
  spans: StoredRoleSpans,
  person: number,
  withProfile: boolean,
): readonly DatedRole[] | undefined {
  if (spans.missing[person]) return undefined;
  const first = spans.roleStarts[person]!;
  const end = withProfile ? spans.roleStarts[person + 1]! : first + spans.storedRoles[person]!;
  const roles: DatedRole[] = [];
  const month = (value: number) => (value === NONE ? undefined : value);
  for (let r = first; r < end; r++) {
    const [startYear, startMonth, endYear, endMonth, firstLine, through] = spans.values.subarray(
      r * SPAN_FIELDS,
      (r + 1) * SPAN_FIELDS,
    );
    const range =
      startYear === NONE
        ? undefined
        : {
            start: { year: startYear!, month: month(startMonth!) },
            end: endYear === NONE ? undefined : { year: endYear!, month: month(endMonth!) },
          };
    roles.push({ range, through: through!, first: { line: firstLine! } });
  }
  return roles;
}
