/**
 * `facts.jsonl`: one line per document, in document order, its stored facts (roles, schools,
 * skills lists, contact lines) or empty. Its writer and its reader; the header records its size
 * and the version of the reader that wrote it.
 */
import { openSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { StoredFacts } from '../../../facts/storedFacts.js';
import { corrupt, readFault, readIn } from '../files.js';
import { PASSAGE_BLOCK, SegmentProblem } from '../segment/format.js';
import { PassageBytes, SegmentFile } from '../segment/passageFile.js';
import { FILES, type IndexedDocument, type IndexHeader } from './manifest.js';
import { factsProblem } from './validateIndex.js';

/** `facts.jsonl` to write: one line per document (JSON text, or an unchanged line's bytes; empty for none). */
export interface FactsLines {
  readonly version: number;
  readonly lines: readonly (string | Uint8Array)[];
}

/**
 * What the header records of `facts.jsonl`: a file of another size or checksum was damaged or
 * replaced. The file is its lines deflated FACTS_BLOCK bytes at a time (JSON compresses to about a
 * fifth); where each block starts, its CRC-32 and where each line ends let a question read (and
 * check) only the blocks holding the people it quotes.
 */
export interface FactsWritten {
  /** The file's size and CRC-32, as stored. */
  readonly bytes: number;
  readonly crc32: number;
  /** Each deflated block's CRC-32, and where each starts in the file (blocks + 1). */
  readonly blockCrcs: number[];
  readonly blockStarts: number[];
  /** The lines' bytes before deflating, and where the newline ending each document's line is in them. */
  readonly rawBytes: number;
  readonly lineEnds: number[];
}

/** Bytes of lines under one deflated block of `facts.jsonl`: read as passages are (PassageBytes). */
export const FACTS_BLOCK = PASSAGE_BLOCK;

/** Lines in, deflated blocks of FACTS_BLOCK bytes of them out. */
class BlockDeflater {
  readonly crcs: number[] = [];
  readonly starts: number[] = [0];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  add(piece: Uint8Array, out: Buffer[]): void {
    let at = 0;
    while (at < piece.length) {
      const take = Math.min(FACTS_BLOCK - this.pendingBytes, piece.length - at);
      this.pending.push(piece.subarray(at, at + take));
      this.pendingBytes += take;
      at += take;
      if (this.pendingBytes === FACTS_BLOCK) this.seal(out);
    }
  }

  seal(out: Buffer[]): void {
    if (this.pendingBytes === 0) return;
    const block = deflateRawSync(Buffer.concat(this.pending));
    out.push(block);
    this.crcs.push(crc32(block));
    this.starts.push(this.starts.at(-1)! + block.length);
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/** Writes each line and a newline, deflated, a megabyte at a time (a large index's facts are hundreds of MB). */
export async function writeFactsFile(file: string, lines: readonly (string | Uint8Array)[]): Promise<FactsWritten> {
  const handle = await open(file, 'w');
  let bytes = 0;
  let checksum = 0;
  const deflater = new BlockDeflater();
  const lineEnds: number[] = [];
  let end = -1;
  for (const line of lines) {
    end += (typeof line === 'string' ? Buffer.byteLength(line) : line.length) + 1;
    lineEnds.push(end);
  }
  try {
    let batch: Uint8Array[] = [];
    let size = 0;
    const flush = async (last = false) => {
      const out: Buffer[] = [];
      deflater.add(Buffer.concat(batch), out);
      if (last) deflater.seal(out);
      const piece = Buffer.concat(out);
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
    await flush(true);
  } finally {
    await handle.close();
  }
  return {
    bytes,
    crc32: checksum,
    blockCrcs: deflater.crcs,
    blockStarts: deflater.starts,
    rawBytes: end + 1,
    lineEnds,
  };
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
  const raw = inflated(bytes, header.facts, shownAs);
  const lines: Buffer[] = [];
  let start = 0;
  for (let end = raw.indexOf(10, start); end !== -1; end = raw.indexOf(10, start)) {
    lines.push(raw.subarray(start, end));
    start = end + 1;
  }
  if (start !== raw.length || lines.length !== header.documents.length)
    throw corrupt(shownAs, `${FILES.facts} holds ${lines.length} lines for ${header.documents.length} documents`);
  return lines;
}

/** The whole file's lines, each block inflated (checked as a whole by the caller). */
function inflated(bytes: Buffer, facts: NonNullable<IndexHeader['facts']>, shownAs: string): Buffer {
  const { blockStarts, rawBytes } = facts;
  const blocks: Buffer[] = [];
  try {
    for (let b = 0; b + 1 < blockStarts.length; b++)
      blocks.push(inflateRawSync(bytes.subarray(blockStarts[b]!, blockStarts[b + 1]!)));
  } catch {
    throw corrupt(shownAs, `${FILES.facts} is damaged (a block does not inflate)`);
  }
  const raw = Buffer.concat(blocks);
  if (raw.length !== rawBytes || blockStarts.at(-1) !== bytes.length)
    throw corrupt(shownAs, `${FILES.facts} is damaged (its blocks do not fit the header)`);
  return raw;
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
  const facts = header.facts;
  if (!facts) return header.documents;
  const { lineEnds, blockCrcs, blockStarts, rawBytes } = facts;
  if (lineEnds.length !== header.documents.length || (lineEnds.at(-1) ?? -1) + 1 !== rawBytes)
    throw corrupt(shownAs, `${FILES.facts}: the header's line ends do not fit the file`);
  let file: SegmentFile;
  try {
    file = new SegmentFile(openSync(path.join(generation, FILES.facts), 'r'));
  } catch (error) {
    throw corrupt(shownAs, readFault(FILES.facts, error));
  }
  const size = file.size;
  if (size !== facts.bytes) {
    file.close();
    throw corrupt(shownAs, `${FILES.facts} is ${size} bytes, not ${facts.bytes} (cut short or replaced)`);
  }
  let section: PassageBytes;
  try {
    const read = (at: number, length: number) => {
      const bytes = file.read(at, length);
      if (bytes.length !== length) throw new SegmentProblem('is truncated');
      return bytes;
    };
    section = new PassageBytes(rawBytes, Uint32Array.from(blockCrcs), Uint32Array.from(blockStarts), read, FILES.facts);
  } catch {
    file.close();
    throw corrupt(shownAs, `${FILES.facts}: the header's checksums do not fit the file`);
  }
  // The file stays open while a document refers to it (closed when they are collected, as segments are).
  const lineOf = (d: number): Buffer => {
    const start = d === 0 ? 0 : lineEnds[d - 1]! + 1;
    const end = lineEnds[d]!;
    let bytes: Uint8Array;
    try {
      bytes = section.read(start, end + 1);
    } catch (error) {
      // Its problems are worded to follow a name: "is damaged (checksum mismatch in … block n)".
      if (error instanceof SegmentProblem) throw corrupt(shownAs, `${FILES.facts} ${error.message}`);
      throw error;
    }
    if (bytes.at(-1) !== 10) throw corrupt(shownAs, `${FILES.facts} line ${d + 1} does not end where the header says`);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length - 1);
  };
  const version = facts.version;
  return header.documents.map((doc, d) =>
    lineEnds[d] === (d === 0 ? 0 : lineEnds[d - 1]! + 1)
      ? doc
      : new DocumentWithStoredFacts(doc, version, lineOf, d, shownAs),
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
  readonly #line: (d: number) => Buffer;
  readonly #position: number;
  readonly #shownAs: string;

  constructor(
    doc: IndexedDocument,
    readonly factsVersion: number,
    line: (d: number) => Buffer,
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
    return parseFactsLine(this.#line(this.#position), this.#position, this.#shownAs);
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
