/**
 * A file of one line per document (facts.jsonl, role-terms.jsonl), deflated in blocks of whole
 * lines, each block checked against its CRC-32 when it is first read. Blocks hold whole lines so
 * that a build copies every block whose lines are all unchanged and in the same order as they are,
 * deflated bytes and all: an edit of one profile inflates and deflates the one block holding its
 * line, not the whole file.
 */
import { openSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { corrupt, readFault } from '../files.js';
import { SegmentProblem } from '../segment/format.js';
import { SegmentFile } from '../segment/passageFile.js';

/** Raw bytes of lines at which a block is sealed (a longer line is a block of its own). */
export const LINE_BLOCK = 65_536;

/** What the header records of a line file: its size and checksum, its blocks and where each line ends. */
export interface LineFileRecord {
  readonly bytes: number;
  readonly crc32: number;
  /** Each deflated block's CRC-32, and where each starts in the file (blocks + 1). */
  readonly blockCrcs: readonly number[];
  readonly blockStarts: readonly number[];
  /** The first line of each block (blocks + 1: the last is the number of lines). */
  readonly blockLines: readonly number[];
  /** The lines' bytes before deflating, and where the newline ending each line is in them. */
  readonly rawBytes: number;
  readonly lineEnds: readonly number[];
}

/** A line to write: its text or bytes (without the newline), or line `previous` of the file being replaced. */
export type LineSource = string | Uint8Array | { readonly previous: number };

const NEWLINE = Buffer.from('\n');

/** Lines in, deflated blocks of whole lines out, written as they fill. */
class BlockWriter {
  readonly blockCrcs: number[] = [];
  readonly blockStarts: number[] = [0];
  readonly blockLines: number[] = [0];
  readonly lineEnds: number[] = [];
  rawBytes = 0;
  checksum = 0;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private out: Buffer[] = [];
  private outBytes = 0;

  constructor(private readonly write: (bytes: Buffer) => Promise<void>) {}

  async addLine(line: Uint8Array): Promise<void> {
    this.pending.push(line, NEWLINE);
    this.pendingBytes += line.length + 1;
    this.rawBytes += line.length + 1;
    this.lineEnds.push(this.rawBytes - 1);
    if (this.pendingBytes >= LINE_BLOCK) await this.seal();
  }

  /** Adds a block as it was stored (its lines' ends given relative to the block's first byte). */
  async addBlock(deflated: Buffer, crc: number, ends: readonly number[], raw: number): Promise<void> {
    await this.seal();
    for (const end of ends) this.lineEnds.push(this.rawBytes + end);
    this.rawBytes += raw;
    await this.push(deflated, crc);
  }

  async seal(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const block = deflateRawSync(Buffer.concat(this.pending));
    this.pending = [];
    this.pendingBytes = 0;
    await this.push(block, crc32(block));
  }

  private async push(block: Buffer, crc: number): Promise<void> {
    this.blockCrcs.push(crc);
    this.blockStarts.push(this.blockStarts.at(-1)! + block.length);
    this.blockLines.push(this.lineEnds.length);
    this.checksum = crc32(block, this.checksum);
    this.out.push(block);
    this.outBytes += block.length;
    if (this.outBytes >= 1 << 20) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.out.length === 0) return;
    // writeFile, unlike write, writes all of it or fails (a full disk).
    await this.write(Buffer.concat(this.out));
    this.out = [];
    this.outBytes = 0;
  }
}

/**
 * Writes `lines` into `file`. Lines taken from `previous` (the file being replaced) keep their
 * blocks as stored where a whole block's lines follow each other unchanged; the others are read
 * from it (their block checked) and deflated again.
 */
export async function writeLineFile(
  file: string,
  lines: readonly LineSource[],
  previous?: LineFileReader,
): Promise<LineFileRecord> {
  const handle = await open(file, 'w');
  try {
    const writer = new BlockWriter((bytes) => handle.writeFile(bytes));
    for (let i = 0; i < lines.length; ) {
      const line = lines[i]!;
      if (typeof line === 'string') await writer.addLine(Buffer.from(line));
      else if (line instanceof Uint8Array) await writer.addLine(line);
      else {
        const whole = previous!.wholeBlockAt(lines, i);
        if (whole) {
          await writer.addBlock(whole.deflated, whole.crc, whole.ends, whole.raw);
          i += whole.ends.length;
          continue;
        }
        await writer.addLine(previous!.line(line.previous));
      }
      i++;
    }
    await writer.seal();
    await writer.flush();
    const { blockCrcs, blockStarts, blockLines, rawBytes, lineEnds, checksum } = writer;
    return { bytes: blockStarts.at(-1)!, crc32: checksum, blockCrcs, blockStarts, blockLines, rawBytes, lineEnds };
  } finally {
    await handle.close();
  }
}

/** Inflated blocks a reader keeps: the facts of the people an answer quotes are mostly in a few blocks. */
const BLOCKS_KEPT = 256;

/**
 * Reads lines of a line file, a block at a time, each checked against its CRC-32 when first read.
 * Problems are SegmentProblems worded to follow the file's name ("is damaged (checksum mismatch …)").
 */
export class LineFileReader {
  private readonly kept = new Map<number, Buffer>();
  private whole: Buffer | undefined;

  private constructor(
    /** Kept open while the index is (closed with it, or when it is collected, as segments are). */
    private readonly file: SegmentFile,
    private readonly record: LineFileRecord,
  ) {}

  /** Opens `file` and checks that it and its record fit each other (not its blocks: they are read when used). */
  static open(file: string, record: LineFileRecord): LineFileReader {
    const { blockCrcs, blockStarts, blockLines, lineEnds, rawBytes } = record;
    const blocks = blockCrcs.length;
    const fits =
      blockStarts.length === blocks + 1 &&
      blockLines.length === blocks + 1 &&
      blockLines[0] === 0 &&
      blockLines[blocks] === lineEnds.length &&
      blockStarts[blocks] === record.bytes &&
      (lineEnds.at(-1) ?? -1) + 1 === rawBytes &&
      rising(blockStarts) &&
      rising(blockLines) &&
      rising(lineEnds);
    if (!fits) throw new SegmentProblem('does not fit what the header records of it');
    const opened = new SegmentFile(openSync(file, 'r'));
    const size = opened.size;
    if (size !== record.bytes) {
      opened.close();
      throw new SegmentProblem(`is ${size} bytes, not ${record.bytes} (cut short or replaced)`);
    }
    return new LineFileReader(opened, record);
  }

  get lineCount(): number {
    return this.record.lineEnds.length;
  }

  /** Line `i` without its newline. */
  line(i: number): Buffer {
    const { lineEnds, blockLines } = this.record;
    if (!(i >= 0 && i < lineEnds.length)) throw new RangeError(`no line ${i} in a file of ${lineEnds.length}`);
    const b = blockOf(blockLines, i);
    const block = this.block(b);
    const base = this.blockRawStart(b);
    const start = i === 0 ? 0 : lineEnds[i - 1]! + 1;
    return block.subarray(start - base, lineEnds[i]! - base);
  }

  /** Every line, the whole file read and checked (its size, its checksum, every block). */
  lines(): Buffer[] {
    const bytes = this.wholeFile();
    if (crc32(bytes) !== this.record.crc32) throw new SegmentProblem('is damaged (checksum mismatch)');
    const lines: Buffer[] = [];
    for (let i = 0; i < this.lineCount; i++) lines.push(this.line(i));
    return lines;
  }

  /**
   * Block b of this file as stored, when lines[at…] are its lines in order, each `{ previous }`
   * (what a build keeps of the file it replaces); undefined otherwise. Its CRC-32 is checked.
   */
  wholeBlockAt(
    lines: readonly LineSource[],
    at: number,
  ): { deflated: Buffer; crc: number; ends: number[]; raw: number } | undefined {
    const first = lines[at] as { previous: number };
    const { blockLines, blockStarts, blockCrcs, lineEnds } = this.record;
    const b = blockOf(blockLines, first.previous);
    if (blockLines[b] !== first.previous) return undefined;
    const count = blockLines[b + 1]! - first.previous;
    for (let k = 1; k < count; k++) {
      const line = lines[at + k];
      if (typeof line !== 'object' || line instanceof Uint8Array || line.previous !== first.previous + k)
        return undefined;
    }
    const deflated = this.wholeFile().subarray(blockStarts[b]!, blockStarts[b + 1]!);
    if (crc32(deflated) !== blockCrcs[b]) throw new SegmentProblem(`is damaged (checksum mismatch in block ${b})`);
    const base = this.blockRawStart(b);
    const ends = lineEnds.slice(first.previous, first.previous + count).map((end) => end - base);
    const raw = lineEnds[first.previous + count - 1]! + 1 - base;
    return { deflated, crc: blockCrcs[b]!, ends, raw };
  }

  close(): void {
    this.file.close();
  }

  private blockRawStart(b: number): number {
    const first = this.record.blockLines[b]!;
    return first === 0 ? 0 : this.record.lineEnds[first - 1]! + 1;
  }

  private wholeFile(): Buffer {
    this.whole ??= this.file.read(0, this.record.bytes);
    if (this.whole.length !== this.record.bytes) throw new SegmentProblem('is truncated');
    return this.whole;
  }

  private block(b: number): Buffer {
    let block = this.kept.get(b);
    if (block) return block;
    const { blockStarts, blockCrcs, blockLines } = this.record;
    const from = blockStarts[b]!;
    const length = blockStarts[b + 1]! - from;
    const deflated = this.whole ? this.whole.subarray(from, from + length) : this.file.read(from, length);
    if (deflated.length !== length) throw new SegmentProblem('is truncated');
    // Not kept when damaged: asked again, it is read and refused again rather than trusted.
    if (crc32(deflated) !== blockCrcs[b]) throw new SegmentProblem(`is damaged (checksum mismatch in block ${b})`);
    const end = this.record.lineEnds[blockLines[b + 1]! - 1]! + 1;
    const size = end - this.blockRawStart(b);
    try {
      block = inflateRawSync(deflated, { chunkSize: inflatedInOneChunk(size) });
    } catch {
      throw new SegmentProblem(`holds a damaged block (${b})`);
    }
    if (block.length !== size) throw new SegmentProblem(`holds a damaged block (${b})`);
    if (this.kept.size >= BLOCKS_KEPT) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(b, block);
    return block;
  }
}

/**
 * The chunk size that inflates `size` bytes in one piece (zlib's default of 16 KiB would make a
 * 64 KiB block four pieces, copied again into one): a byte more, so the end is found in the same call.
 */
const inflatedInOneChunk = (size: number) => Math.max(64, size + 1);

function rising(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) if (!(values[i]! >= values[i - 1]!)) return false;
  return true;
}

/** The block holding line i: the last block whose first line is at or before it. */
function blockOf(blockLines: readonly number[], i: number): number {
  let low = 0;
  let high = blockLines.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (blockLines[middle]! <= i) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A line file of a generation opened, or INDEX_CORRUPT naming it when it is missing or does not fit its record. */
export function openLineFile(generation: string, name: string, record: LineFileRecord, shownAs: string) {
  try {
    return LineFileReader.open(path.join(generation, name), record);
  } catch (error) {
    if (error instanceof SegmentProblem) throw corrupt(shownAs, `${name} ${error.message}`);
    throw corrupt(shownAs, readFault(name, error));
  }
}

/** What `read` gives, its SegmentProblem refused as INDEX_CORRUPT naming the file. */
export function refusedAs<T>(shownAs: string, name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    // Its problems are worded to follow a name: "is damaged (checksum mismatch in block n)".
    if (error instanceof SegmentProblem) throw corrupt(shownAs, `${name} ${error.message}`);
    throw error;
  }
}
