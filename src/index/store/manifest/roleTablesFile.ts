/**
 * `role-terms.tables.bin`: the role-terms table (roleTermsFile.ts) as a first employer question
 * uses it, made by the build: each person's roles' term ids, who holds each term (term → people,
 * HolderLists), and each person's roles' spans, as arrays of numbers. A first employer question
 * reads them as they are (one read, one CRC-32) instead of parsing every line's text and counting
 * every term's holders. An edit makes it from the previous generation's file and the lines it
 * changed (roleTermsFile.ts); role-terms.jsonl stays what an edit copies block by block.
 *
 * Layout: a little-endian u32 count of arrays, then per array a u32 kind and a u32 length, then the
 * arrays' bytes in that order, each padded to 4 bytes, in the order arraysOf lists them. Kinds:
 * 1 Uint32, 3 Uint8, 4 Uint16 (an array of numbers is stored in the narrowest its largest fits, and
 * read as a view of the bytes); RISING added to one of them: a rising array (where each row
 * starts) stored as its steps, read back by adding them up.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { holderLists, type Counts, type HolderLists, type StoredRoleHeadTerms } from '../../../facts/roleHeadTerms.js';
import { SPAN_FIELDS, type StoredRoleSpans } from '../../../facts/roleDates.js';
import { checkRecorded, corrupt, readInSync } from '../files.js';
import { FILES } from './manifest.js';

/** Its record in the role terms' record: size, checksum, and how many people it is for. */
export interface RoleTablesWritten {
  readonly bytes: number;
  readonly crc32: number;
  readonly people: number;
}

/** A table with who holds each term, as the file holds it. */
export type HeldRoleHeadTerms = StoredRoleHeadTerms & { readonly holders: HolderLists };

/** What the tables file holds: the heading table and the work entries' (each with holders), and the spans. */
export interface RoleTables {
  readonly table: HeldRoleHeadTerms;
  readonly work: HeldRoleHeadTerms;
  readonly spans: StoredRoleSpans;
}

/** `table` with who holds each term, worked out as RoleHeadTerms would (the same function). */
export function withHolders(people: number, table: StoredRoleHeadTerms): HeldRoleHeadTerms {
  if (table.holders) return table as HeldRoleHeadTerms;
  return { ...table, holders: holderLists(people, table.terms.length, table) };
}

const UINT32 = 1;
const UINT8 = 3;
const UINT16 = 4;
const RISING = 0x100;

/** An array to write: its numbers, and whether it rises (stored as its steps). */
interface Column {
  readonly values: Counts;
  readonly rising: boolean;
}

/** Whether each array rises, in the file's order (the shape a reader checks). */
const TABLE_RISING = [true, true, false, true, false];
const SPANS_RISING = [true, false, false, false];
const RISING_AT = [...TABLE_RISING, ...TABLE_RISING, ...SPANS_RISING];

function arraysOf(tables: RoleTables): Column[] {
  const table = (t: HeldRoleHeadTerms) => [
    t.roleStarts,
    t.roleTermStarts,
    t.roleTerms,
    t.holders.starts,
    t.holders.bytes,
  ];
  const { roleStarts, storedRoles, missing, values } = tables.spans;
  return [...table(tables.table), ...table(tables.work), roleStarts, storedRoles, missing, values].map((values, i) => ({
    values,
    rising: RISING_AT[i]!,
  }));
}

/** `values` (non-negative whole numbers) in the narrowest array their largest fits, with its kind. */
function narrowest(values: Counts): [number, Uint8Array | Uint16Array | Uint32Array] {
  if (values instanceof Uint8Array) return [UINT8, values];
  let largest = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > largest) largest = values[i]!;
  const Type = largest < 0x100 ? Uint8Array : largest < 0x10000 ? Uint16Array : Uint32Array;
  const narrowed = new Type(values.length);
  narrowed.set(values);
  return [Type === Uint8Array ? UINT8 : Type === Uint16Array ? UINT16 : UINT32, narrowed];
}

/** A rising array's steps (its first value, then each value less the one before). */
function stepsOf(rising: Counts): Uint32Array {
  const steps = new Uint32Array(rising.length);
  for (let i = rising.length - 1; i > 0; i--) steps[i] = rising[i]! - rising[i - 1]!;
  if (rising.length > 0) steps[0] = rising[0]!;
  return steps;
}

const padded = (bytes: number) => (bytes + 3) & ~3;

/** The file's bytes (see the layout above). */
export function encodeRoleTables(tables: RoleTables): Buffer {
  const arrays = arraysOf(tables).map(({ values, rising }) => {
    const [kind, array] = narrowest(rising ? stepsOf(values) : values);
    return { kind: rising ? kind + RISING : kind, array };
  });
  let size = 4 + arrays.length * 8;
  for (const { array } of arrays) size += padded(array.byteLength);
  const bytes = Buffer.alloc(size);
  bytes.writeUInt32LE(arrays.length, 0);
  let at = 4 + arrays.length * 8;
  arrays.forEach(({ kind, array }, i) => {
    bytes.writeUInt32LE(kind, 4 + i * 8);
    bytes.writeUInt32LE(array.length, 8 + i * 8);
    const own = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    // Typed arrays are in the machine's byte order, and are read back as views in it: an index is
    // read where it is built (little-endian on the platforms Node is built for here).
    bytes.set(own, at);
    at += padded(array.byteLength);
  });
  return bytes;
}

/** Writes the file into the generation `folder`; its record. */
export async function writeRoleTablesFile(
  folder: string,
  tables: RoleTables,
  people: number,
): Promise<RoleTablesWritten> {
  const bytes = encodeRoleTables(tables);
  await writeFile(path.join(folder, FILES.roleTables), bytes);
  return { bytes: bytes.length, crc32: crc32(bytes), people };
}

/**
 * The tables of `people` people over `terms` (the words file's), checked against the record (its
 * CRC-32 catches damage) and for shape (where each row starts, which catches a writer's mistake
 * before it reads past an array): INDEX_CORRUPT when damaged or not for these people. The ids
 * themselves are not walked: they are the lines' ids, checked when the build read the lines.
 */
export function readRoleTablesFile(
  generation: string,
  record: RoleTablesWritten,
  terms: readonly string[],
  people: number,
  link: string,
): RoleTables {
  const bytes = readInSync(generation, FILES.roleTables, link);
  checkRecorded(bytes, record, FILES.roleTables, link);
  const damaged = (why: string) => corrupt(link, `${FILES.roleTables} ${why}`);
  if (record.people !== people) throw damaged(`is for ${record.people} people, not ${people}`);
  return decodeRoleTables(bytes, terms, people, damaged);
}

/** The tables in `bytes` (see readRoleTablesFile); `damaged` makes the error for what does not fit. */
export function decodeRoleTables(
  bytes: Buffer,
  terms: readonly string[],
  people: number,
  damaged: (why: string) => Error,
): RoleTables {
  const expected = RISING_AT.length;
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== expected) throw damaged('does not hold its arrays');
  // Views of the bytes read (every array starts at a multiple of 4 in the file), copied only when
  // the buffer itself does not start at one (a small file's may share Node's pool).
  const aligned = bytes.byteOffset % 4 === 0;
  const arrays: (Uint8Array | Uint16Array | Uint32Array)[] = [];
  let at = 4 + expected * 8;
  for (let i = 0; i < expected; i++) {
    if (bytes.length < 12 + i * 8) throw damaged('is cut short');
    const kind = bytes.readUInt32LE(4 + i * 8);
    const length = bytes.readUInt32LE(8 + i * 8);
    const rising = (kind & RISING) !== 0;
    const width = kind & ~RISING;
    const Type =
      width === UINT32 ? Uint32Array : width === UINT16 ? Uint16Array : width === UINT8 ? Uint8Array : undefined;
    if (!Type || rising !== RISING_AT[i]) throw damaged('holds an array of no known kind');
    const byteLength = length * Type.BYTES_PER_ELEMENT;
    if (at + byteLength > bytes.length) throw damaged('is cut short');
    let array: Uint8Array | Uint16Array | Uint32Array;
    if (aligned || Type === Uint8Array) array = new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset + at, length);
    else {
      array = new Type(length);
      new Uint8Array(array.buffer).set(bytes.subarray(at, at + byteLength));
    }
    arrays.push(rising ? sums(array) : array);
    at += padded(byteLength);
  }
  if (at !== bytes.length) throw damaged('holds more than its arrays');
  // A rising array read back is a Uint32Array that starts at 0 (its steps are never negative).
  const startsFrom0To = (array: Counts | undefined, last: number) =>
    array instanceof Uint32Array && array.length > 0 && array[0] === 0 && array[array.length - 1] === last;
  const tableOf = (first: number): HeldRoleHeadTerms => {
    const [roleStarts, roleTermStarts, roleTerms, holderStarts, holders] = arrays.slice(first, first + 5);
    const fits =
      roleStarts!.length === people + 1 &&
      startsFrom0To(roleStarts, roleTermStarts!.length - 1) &&
      roleTerms instanceof Uint8Array &&
      startsFrom0To(roleTermStarts, roleTerms.length) &&
      holderStarts!.length === terms.length + 1 &&
      holders instanceof Uint8Array &&
      startsFrom0To(holderStarts, holders.length);
    if (!fits) throw damaged('does not hold a table of roles’ terms');
    return {
      terms,
      roleStarts: roleStarts as Uint32Array,
      roleTermStarts: roleTermStarts as Uint32Array,
      roleTerms: roleTerms as Uint8Array,
      holders: { starts: holderStarts as Uint32Array, bytes: holders },
    };
  };
  const table = tableOf(0);
  const work = tableOf(TABLE_RISING.length);
  const [roleStarts, storedRoles, missing, values] = arrays.slice(TABLE_RISING.length * 2);
  const spansFit =
    roleStarts!.length === people + 1 &&
    storedRoles!.length === people &&
    missing instanceof Uint8Array &&
    missing.length === people &&
    values!.length % SPAN_FIELDS === 0 &&
    startsFrom0To(roleStarts, values!.length / SPAN_FIELDS);
  if (!spansFit) throw damaged('does not hold the roles’ spans');
  return {
    table,
    work,
    spans: {
      roleStarts: roleStarts as Uint32Array,
      storedRoles: storedRoles!,
      missing: missing as Uint8Array,
      values: values!,
    },
  };
}

/** A rising array from its steps. */
function sums(steps: Counts): Uint32Array {
  const values = new Uint32Array(steps.length);
  let sum = 0;
  for (let i = 0; i < steps.length; i++) {
    sum += steps[i]!;
    values[i] = sum;
  }
  return values;
}
