/**
 * `role-terms.tables.bin`: the role-terms table (roleTermsFile.ts) as a first employer question
 * uses it, made by the build from the lines it has just written: each person's roles' term ids,
 * who holds each term (term → people), and each person's roles' spans, as arrays of numbers. A
 * first employer question reads them as they are (one read, one CRC-32) instead of parsing every
 * line's text and counting every term's holders. Made again whole by every build (an edit too):
 * it is derived from role-terms.jsonl, which stays what an edit copies block by block.
 *
 * Layout: a little-endian u32 count of arrays, then per array a u32 kind (1 Uint32, 2 Int32, 3 Uint8)
 * and a u32 length, then the arrays' bytes in that order, each padded to 4 bytes, in ARRAYS' order.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { holdersOf, type StoredRoleHeadTerms } from '../../../facts/roleHeadTerms.js';
import { SPAN_FIELDS, type StoredRoleSpans } from '../../../facts/roleDates.js';
import { checkRecorded, corrupt, readInSync } from '../files.js';
import { FILES } from './manifest.js';

/** Its record in the role terms' record: size, checksum, and how many people it is for. */
export interface RoleTablesWritten {
  readonly bytes: number;
  readonly crc32: number;
  readonly people: number;
}

/** The arrays a table of a StoredRoleHeadTerms holds, with who holds each term. */
const TABLE_ARRAYS = ['roleStarts', 'roleTermStarts', 'roleTerms', 'holderStarts', 'holders'] as const;
const SPAN_ARRAYS = ['roleStarts', 'storedRoles', 'missing', 'values'] as const;

type NumberArray = Uint32Array | Int32Array | Uint8Array;

const KIND = { Uint32Array: 1, Int32Array: 2, Uint8Array: 3 } as const;

/** What the tables file holds: the heading table and the work entries' (each with holders), and the spans. */
export interface RoleTables {
  readonly table: Required<StoredRoleHeadTerms>;
  readonly work: Required<StoredRoleHeadTerms>;
  readonly spans: StoredRoleSpans;
}

/** `table` with who holds each term, worked out as RoleHeadTerms would (the same function). */
export function withHolders(people: number, table: StoredRoleHeadTerms): Required<StoredRoleHeadTerms> {
  if (table.holderStarts && table.holders) return table as Required<StoredRoleHeadTerms>;
  const [holderStarts, holders] = holdersOf(people, table.terms.length, table);
  return { ...table, holderStarts, holders };
}

function arraysOf(tables: RoleTables): NumberArray[] {
  return [
    ...TABLE_ARRAYS.map((name) => tables.table[name]),
    ...TABLE_ARRAYS.map((name) => tables.work[name]),
    ...SPAN_ARRAYS.map((name) => tables.spans[name]),
  ];
}

const padded = (bytes: number) => (bytes + 3) & ~3;

/** The file's bytes (see the layout above). */
export function encodeRoleTables(tables: RoleTables): Buffer {
  const arrays = arraysOf(tables);
  let size = 4 + arrays.length * 8;
  for (const array of arrays) size += padded(array.byteLength);
  const bytes = Buffer.alloc(size);
  bytes.writeUInt32LE(arrays.length, 0);
  let at = 4 + arrays.length * 8;
  arrays.forEach((array, i) => {
    bytes.writeUInt32LE(KIND[array.constructor.name as keyof typeof KIND], 4 + i * 8);
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

/** Whether `rising` rises (never falls) from 0 to `last`. */
function risesTo(rising: Uint32Array, last: number): boolean {
  if (rising.length === 0 || rising[0] !== 0 || rising[rising.length - 1] !== last) return false;
  for (let i = 1; i < rising.length; i++) if (rising[i]! < rising[i - 1]!) return false;
  return true;
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
  const expected = TABLE_ARRAYS.length * 2 + SPAN_ARRAYS.length;
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== expected) throw damaged('does not hold its arrays');
  // Views of the bytes read (every array starts at a multiple of 4 in the file), copied only when
  // the buffer itself does not start at one (a small file's may share Node's pool).
  const aligned = bytes.byteOffset % 4 === 0;
  const arrays: NumberArray[] = [];
  let at = 4 + expected * 8;
  for (let i = 0; i < expected; i++) {
    if (bytes.length < 12 + i * 8) throw damaged('is cut short');
    const kind = bytes.readUInt32LE(4 + i * 8);
    const length = bytes.readUInt32LE(8 + i * 8);
    const Type = kind === 1 ? Uint32Array : kind === 2 ? Int32Array : kind === 3 ? Uint8Array : undefined;
    if (!Type) throw damaged('holds an array of no known kind');
    const byteLength = length * Type.BYTES_PER_ELEMENT;
    if (at + byteLength > bytes.length) throw damaged('is cut short');
    let array: NumberArray;
    if (aligned) array = new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset + at, length);
    else {
      array = new Type(length);
      new Uint8Array(array.buffer).set(bytes.subarray(at, at + byteLength));
    }
    arrays.push(array);
    at += padded(byteLength);
  }
  if (at !== bytes.length) throw damaged('holds more than its arrays');
  const tableOf = (first: number): Required<StoredRoleHeadTerms> => {
    const [roleStarts, roleTermStarts, roleTerms, holderStarts, holders] = arrays.slice(first, first + 5);
    const table = { terms, roleStarts, roleTermStarts, roleTerms, holderStarts, holders };
    const fits =
      roleStarts instanceof Uint32Array &&
      roleTermStarts instanceof Uint32Array &&
      roleTerms instanceof Int32Array &&
      holderStarts instanceof Uint32Array &&
      holders instanceof Int32Array &&
      roleStarts.length === people + 1 &&
      risesTo(roleStarts, roleTermStarts.length - 1) &&
      risesTo(roleTermStarts, roleTerms.length) &&
      holderStarts.length === terms.length + 1 &&
      risesTo(holderStarts, holders.length);
    if (!fits) throw damaged('does not hold a table of roles’ terms');
    return table as Required<StoredRoleHeadTerms>;
  };
  const table = tableOf(0);
  const work = tableOf(TABLE_ARRAYS.length);
  const [roleStarts, storedRoles, missing, values] = arrays.slice(TABLE_ARRAYS.length * 2);
  const spansFit =
    roleStarts instanceof Uint32Array &&
    storedRoles instanceof Uint32Array &&
    missing instanceof Uint8Array &&
    values instanceof Int32Array &&
    roleStarts.length === people + 1 &&
    storedRoles.length === people &&
    missing.length === people &&
    values.length % SPAN_FIELDS === 0 &&
    risesTo(roleStarts, values.length / SPAN_FIELDS);
  if (!spansFit) throw damaged('does not hold the roles’ spans');
  return { table, work, spans: { roleStarts, storedRoles, missing, values } };
}
