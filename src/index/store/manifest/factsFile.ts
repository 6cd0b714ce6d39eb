/**
 * `facts.jsonl`: one line per document, in document order, its stored facts (roles, schools,
 * skills lists, contact lines) or empty. Its writer and its reader; the header records its size
 * and the version of the reader that wrote it.
 */
import { open } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { StoredFacts } from '../../../facts/storedFacts.js';
import { corrupt, readIn } from '../files.js';
import { FILES, type IndexedDocument, type IndexHeader } from './manifest.js';
import { factsProblem } from './validateIndex.js';

/** `facts.jsonl` to write: one line per document (JSON text, or an unchanged line's bytes; empty for none). */
export interface FactsLines {
  readonly version: number;
  readonly lines: readonly (string | Uint8Array)[];
}

/** What the header records of `facts.jsonl`: a file of another size or checksum was damaged or replaced. */
export interface FactsWritten {
  readonly bytes: number;
  readonly crc32: number;
}

/** Writes each line and a newline, a megabyte at a time (a large index's facts are hundreds of MB). */
export async function writeFactsFile(file: string, lines: readonly (string | Uint8Array)[]): Promise<FactsWritten> {
  const handle = await open(file, 'w');
  let bytes = 0;
  let checksum = 0;
  try {
    let batch: Uint8Array[] = [];
    let size = 0;
    const flush = async () => {
      const piece = Buffer.concat(batch);
      // writeFile, unlike write, writes all of it or fails (a full disk).
      await handle.writeFile(piece);
      bytes += piece.length;
      checksum = crc32(piece, checksum);
      batch = [];
      size = 0;
    };
    // Unchanged lines are slices of the previous file in the same order: a run of them, with the
    // newlines between, is one slice, so copying thousands of them is a few copies, not two per line.
    let run: Uint8Array | undefined;
    let runIsSlice = false;
    const endRun = async () => {
      if (!run) return;
      batch.push(run, NEWLINE);
      size += run.length + 1;
      run = undefined;
      if (size >= 1 << 20) await flush();
    };
    for (const line of lines) {
      if (
        typeof line !== 'string' &&
        run &&
        runIsSlice &&
        line.buffer === run.buffer &&
        line.byteOffset === run.byteOffset + run.length + 1
      ) {
        run = new Uint8Array(run.buffer, run.byteOffset, run.length + 1 + line.length);
        continue;
      }
      await endRun();
      runIsSlice = typeof line !== 'string';
      run = typeof line === 'string' ? Buffer.from(line) : line;
    }
    await endRun();
    await flush();
  } finally {
    await handle.close();
  }
  return { bytes, crc32: checksum };
}

const NEWLINE = Buffer.from('\n');

/** Each document's line of `facts.jsonl` (without its newline), unparsed; none for an index without the file. */
export async function readFactsLines(
  generation: string,
  header: IndexHeader,
  shownAs: string,
): Promise<Buffer[] | undefined> {
  if (!header.facts) return undefined;
  const bytes = await readIn(generation, FILES.facts, shownAs);
  if (bytes.length !== header.facts.bytes)
    throw corrupt(
      shownAs,
      `${FILES.facts} is ${bytes.length} bytes, not ${header.facts.bytes} (cut short or replaced)`,
    );
  // Absent in indexes written before it was recorded: their lines are still checked when parsed.
  if (header.facts.crc32 !== undefined && crc32(bytes) !== header.facts.crc32) {
    throw corrupt(shownAs, `${FILES.facts} is damaged (checksum mismatch)`);
  }
  const lines: Buffer[] = [];
  let start = 0;
  for (let end = bytes.indexOf(10, start); end !== -1; end = bytes.indexOf(10, start)) {
    lines.push(bytes.subarray(start, end));
    start = end + 1;
  }
  if (start !== bytes.length || lines.length !== header.documents.length)
    throw corrupt(shownAs, `${FILES.facts} holds ${lines.length} lines for ${header.documents.length} documents`);
  return lines;
}

/**
 * Parses and checks every line: what `npm run embed` does to the facts of an index it keeps.
 * INDEX_CORRUPT at the first bad one.
 */
export async function verifyFacts(generation: string, header: IndexHeader, shownAs: string): Promise<void> {
  const lines = await readFactsLines(generation, header, shownAs);
  lines?.forEach((line, d) => {
    if (line.length > 0) parseFactsLine(line, d, shownAs);
  });
}

/**
 * The header's documents, each with its facts from `facts.jsonl` when it has some. The file's size,
 * checksum and line count are checked here; a line is parsed and checked each time that document's facts
 * are read (parsing all of them would be a large share of loading, and only some answers need
 * any), and a damaged one is refused then, as INDEX_CORRUPT naming the line.
 */
export async function documentsWithFacts(
  generation: string,
  header: IndexHeader,
  shownAs: string,
): Promise<readonly IndexedDocument[]> {
  const lines = await readFactsLines(generation, header, shownAs);
  if (!lines) return header.documents;
  const version = header.facts!.version;
  return header.documents.map((doc, d) =>
    lines[d]!.length === 0 ? doc : new DocumentWithStoredFacts(doc, version, lines[d]!, d, shownAs),
  );
}

/**
 * A loaded document whose facts stay its line of `facts.jsonl` until read, and are parsed at each
 * read, not kept: what answers keep of facts is bounded where they are restored (PeopleFacts).
 * One class, so that every document has the same shape: a getter defined on each document gives
 * each its own shape, which makes them slower to read and garbage collection slower.
 */
class DocumentWithStoredFacts implements IndexedDocument {
  declare readonly source: string;
  declare readonly contentHash: string;
  declare readonly fingerprint: string;
  declare readonly person: IndexedDocument['person'];
  declare readonly passageCount: number;
  readonly #line: Buffer;
  readonly #position: number;
  readonly #shownAs: string;

  constructor(
    doc: IndexedDocument,
    readonly factsVersion: number,
    line: Buffer,
    position: number,
    shownAs: string,
  ) {
    // Facts a header wrote itself are superseded by the file's.
    const { facts: _superseded, ...fields } = doc;
    Object.assign(this, fields);
    this.#line = line;
    this.#position = position;
    this.#shownAs = shownAs;
  }

  get facts(): StoredFacts {
    return parseFactsLine(this.#line, this.#position, this.#shownAs);
  }
}

function parseFactsLine(line: Buffer, d: number, shownAs: string): StoredFacts {
  let facts: unknown;
  try {
    facts = JSON.parse(line.toString('utf8'));
  } catch {
    throw corrupt(shownAs, `${FILES.facts} line ${d + 1} is not valid JSON`);
  }
  const problem = factsProblem(facts);
  if (problem) throw corrupt(shownAs, `${FILES.facts} line ${d + 1}: ${problem}`);
  return facts as StoredFacts;
}
