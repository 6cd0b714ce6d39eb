/**
 * `names.tsv`: every name and name part of the index's people by its first word (the table
 * corpus/personNames.ts makes), stored by the build so a first question reads it instead of making
 * it from every profile. Owners are positions in the header's documents. Read when first asked for:
 * a line per first word (`first word` TAB `[[name, owners], …]`), phrases' lines then parts', after
 * a first line saying how many phrases' lines there are. A question looks up a few first words, so
 * only their lines are parsed.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { NAME_RULES_VERSION, nameTable, type NameTable, type NamesByFirstWord } from '../../../corpus/personNames.js';
import { checkRecorded, corrupt, readInSync } from '../files.js';
import { FILES, type IndexedDocument } from './manifest.js';

/** Names by first word as stored: a line each, in the table's order. */
function linesOf(index: NamesByFirstWord<number>): string[] {
  return [...index.keys()].map((first) => `${first}\t${JSON.stringify([...index.get(first)!])}`);
}

/** Its record in the header: the rules it was made by, and its size and CRC-32 (checked when it is read). */
export interface NamesWritten {
  readonly version: number;
  readonly bytes: number;
  readonly crc32: number;
}

/** Whether two lists of documents give the same names table: the same people's names, in the same order. */
export function sameNames(before: readonly IndexedDocument[], after: readonly IndexedDocument[]): boolean {
  const key = (doc: IndexedDocument) => JSON.stringify([doc.person.name, doc.person.aliases, doc.person.nameSource]);
  return before.length === after.length && before.every((doc, d) => key(doc) === key(after[d]!));
}

/** Whether the names file of `generation` is the one its header records (so a build may keep it). */
export function namesFileIntact(generation: string, record: NamesWritten): boolean {
  try {
    const bytes = readFileSync(path.join(generation, FILES.names));
    return bytes.length === record.bytes && crc32(bytes) === record.crc32;
  } catch {
    return false;
  }
}

/** Writes the names table of `documents` into the generation `folder`. */
export async function writeNamesFile(folder: string, documents: readonly IndexedDocument[]): Promise<NamesWritten> {
  const owners = documents.map((doc, position) => ({ ...doc.person, position }));
  const table = nameTable(owners);
  const positions = (index: NamesByFirstWord<{ position: number }>): NamesByFirstWord<number> =>
    new Map(
      [...index.keys()].map((first) => [
        first,
        new Map([...index.get(first)!].map(([name, found]) => [name, found.map((owner) => owner.position)])),
      ]),
    );
  const phrases = linesOf(positions(table.phrases));
  const parts = linesOf(positions(table.parts));
  const bytes = Buffer.from([JSON.stringify({ phrases: phrases.length }), ...phrases, ...parts].join('\n'));
  await writeFile(path.join(folder, FILES.names), bytes);
  return { version: NAME_RULES_VERSION, bytes: bytes.length, crc32: crc32(bytes) };
}

const noTab = (line: string, i: number) => i > 0 && !line.includes('\t');

const isEntry = (entry: unknown, owners: number) =>
  Array.isArray(entry) &&
  entry.length === 2 &&
  typeof entry[0] === 'string' &&
  Array.isArray(entry[1]) &&
  entry[1].every((at) => Number.isInteger(at) && at >= 0 && at < owners);

/** The stored names of one first word put back when a question first has that word: most are never looked up. */
class StoredNamesByFirstWord<T> implements NamesByFirstWord<T> {
  private readonly at = new Map<string, number>();
  private readonly made = new Map<string, Map<string, T[]>>();

  constructor(
    private readonly lines: readonly string[],
    private readonly owners: readonly T[],
    private readonly shownAs: string,
  ) {
    lines.forEach((line, i) => this.at.set(line.slice(0, line.indexOf('\t')), i));
  }

  keys(): Iterable<string> {
    return this.at.keys();
  }

  get(first: string): ReadonlyMap<string, T[]> | undefined {
    let names = this.made.get(first);
    const i = this.at.get(first);
    if (!names && i !== undefined) {
      const line = this.lines[i]!;
      let stored: unknown;
      try {
        stored = JSON.parse(line.slice(line.indexOf('\t') + 1));
      } catch {
        stored = undefined;
      }
      // Checksummed, so this fails only for a file written wrong: refuse it rather than name nobody.
      if (!Array.isArray(stored) || !stored.every((entry) => isEntry(entry, this.owners.length)))
        throw corrupt(this.shownAs, `${FILES.names} line ${i + 2} is not a list of names and owners`);
      names = new Map(
        (stored as [string, number[]][]).map(([name, found]) => [name, found.map((at) => this.owners[at]!)]),
      );
      this.made.set(first, names);
    }
    return names;
  }
}

/**
 * The stored table with `owners` (one per document, in the header's order) in place of positions;
 * undefined when the index has none or it was made by other rules. INDEX_CORRUPT when it is damaged.
 */
export function readNamesFile<T>(
  generation: string,
  record: NamesWritten | undefined,
  owners: readonly T[],
  link: string,
): NameTable<T> | undefined {
  if (!record || record.version !== NAME_RULES_VERSION) return undefined;
  const bytes = readInSync(generation, FILES.names, link);
  checkRecorded(bytes, record, FILES.names, link);
  const lines = bytes.toString('utf8').split('\n');
  let phrases: unknown;
  try {
    phrases = (JSON.parse(lines[0]!) as { phrases?: unknown }).phrases;
  } catch {
    phrases = undefined;
  }
  if (typeof phrases !== 'number' || !(phrases >= 0 && phrases < lines.length) || lines.some(noTab))
    throw corrupt(link, `${FILES.names} is not a names table`);
  return {
    phrases: new StoredNamesByFirstWord(lines.slice(1, 1 + phrases), owners, link),
    parts: new StoredNamesByFirstWord(lines.slice(1 + phrases), owners, link),
  };
}
