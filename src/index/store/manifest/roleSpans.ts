/**
 * The role-terms table's third part (roleTermsFile.ts, layout 3): each document's role headings as
 * a years question counts them (profile/roleHeads.ts: the stored headings, then the profile's work
 * entries no heading covers), six numbers a role: start year (0: undated), start month (0: none),
 * end year (0: open), end month, first line, last line held. "!" for a document whose roles are not
 * stored so (facts of another version, or a value that is not a whole number): a question reads
 * that person's facts, as without the table. With it, "who has 5+ years of X?" reads no one's facts.
 */
import { FACTS_VERSION, type RoleHead, type StoredFacts } from '../../../facts/storedFacts.js';
import { SPAN_FIELDS, type StoredRoleSpans } from '../../../facts/roleDates.js';
import { headsWithProfile } from '../../../profile/roleHeads.js';

export { SPAN_FIELDS, type StoredRoleSpans } from '../../../facts/roleDates.js';

const NOT_STORED = '!';

/** A stored role's heading as a years question reads it (as PeopleFacts restores it). */
export function storedHeads(facts: StoredFacts): RoleHead[] {
  return facts.roles.map((role) => ({
    head: role.head,
    range: role.range,
    through: role.through,
    first: { line: role.first[1] },
  }));
}

/** The spans part of a document's line. */
export function spansText(facts: StoredFacts): string {
  if (facts.version !== FACTS_VERSION) return NOT_STORED;
  const values: number[] = [];
  for (const role of headsWithProfile(storedHeads(facts), facts.profile)) {
    const { range } = role;
    if (range && !(range.start.year > 0 && (range.end === undefined || range.end.year > 0))) return NOT_STORED;
    values.push(
      range?.start.year ?? 0,
      range?.start.month ?? 0,
      range?.end?.year ?? 0,
      range?.end?.month ?? 0,
      role.first.line,
      role.through,
    );
  }
  return values.every((value) => Number.isSafeInteger(value) && value >= 0) ? values.join(',') : NOT_STORED;
}

/** Appended numbers in a typed array that doubles as it fills. */
export class Numbers {
  private array: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.array = new Int32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.array.length) {
      const grown = new Int32Array(this.array.length * 2);
      grown.set(this.array);
      this.array = grown;
    }
    this.array[this.length++] = value;
  }

  view(): Int32Array {
    return this.array.subarray(0, this.length);
  }
}

const COMMA = 0x2c;
const ZERO = 0x30;
const NINE = 0x39;
const BANG = 0x21;
const INT32_DIGITS = 9;

/**
 * Reads a spans part onto `values`, six a role: the number of roles, -1 for "not stored", or
 * undefined when it is malformed (hand-read: a first years question reads a line per person).
 */
export function readSpans(part: Uint8Array, values: Numbers): number | undefined {
  if (part.length === 0) return 0;
  if (part.length === 1 && part[0] === BANG) return -1;
  const before = values.length;
  let i = 0;
  for (;;) {
    let value = 0;
    const start = i;
    while (i < part.length && part[i]! >= ZERO && part[i]! <= NINE) value = value * 10 + part[i++]! - ZERO;
    if (i === start || i - start > INT32_DIGITS) return undefined;
    values.push(value);
    if (i === part.length) break;
    if (part[i++] !== COMMA) return undefined;
  }
  const count = values.length - before;
  return count % SPAN_FIELDS === 0 ? count / SPAN_FIELDS : undefined;
}

/**
 * The per-person table from every document's rows (`firstRow`: each document's first row, documents
 * + 1; `headings`: how many of a document's rows are its stored headings; `missingDocument`: 1 for a
 * document with none stored).
 */
export function spansOf(
  documents: readonly number[],
  firstRow: Uint32Array,
  values: Int32Array,
  headings: (d: number) => number,
  missingDocument: Uint8Array,
): StoredRoleSpans {
  const roleStarts = new Uint32Array(documents.length + 1);
  const storedRoles = new Uint32Array(documents.length);
  const missing = new Uint8Array(documents.length);
  let rows = 0;
  documents.forEach((d, p) => {
    rows += firstRow[d + 1]! - firstRow[d]!;
    roleStarts[p + 1] = rows;
    storedRoles[p] = Math.min(headings(d), firstRow[d + 1]! - firstRow[d]!);
    missing[p] = missingDocument[d]!;
  });
  const table = new Int32Array(rows * SPAN_FIELDS);
  documents.forEach((d, p) =>
    table.set(
      values.subarray(firstRow[d]! * SPAN_FIELDS, firstRow[d + 1]! * SPAN_FIELDS),
      roleStarts[p]! * SPAN_FIELDS,
    ),
  );
  return { roleStarts, storedRoles, missing, values: table };
}
