/**
 * One section of a segment file, read from the file a block at a time when first needed and each
 * block checked against its CRC-32 then: opening an index reads headers, not its tables, and a
 * question reads (and checks) only the blocks it uses.
 */
import { crc32 } from 'node:zlib';
import { SECTION_BLOCK, SegmentProblem } from './format.js';

/** Fills `target` from `position` in the file; returns the bytes read (fewer at the file's end). */
/**
 * Bytes start..end of a file stored in fixed-size blocks, `block(b)` giving block b: a view when the
 * range lies in one block, a copy stitched from each block it crosses otherwise.
 */
export function bytesAcrossBlocks(
  start: number,
  end: number,
  blockSize: number,
  block: (b: number) => Uint8Array,
): Uint8Array {
  if (end <= start) return new Uint8Array(0);
  const first = Math.floor(start / blockSize);
  const last = Math.floor((end - 1) / blockSize);
  if (first === last) return block(first).subarray(start - first * blockSize, end - first * blockSize);
  const out = new Uint8Array(end - start);
  for (let b = first; b <= last; b++) {
    const from = Math.max(start, b * blockSize);
    const to = Math.min(end, (b + 1) * blockSize);
    out.set(block(b).subarray(from - b * blockSize, to - b * blockSize), from - start);
  }
  return out;
}

export type ReadInto = (target: Uint8Array, position: number) => number;

export class LazySection {
  /** The section's bytes: zero until a block is read (the memory is committed as it is written). */
  readonly bytes: Uint8Array;
  private readonly loaded: Uint8Array;
  private unloaded: number;

  /**
   * @param at where the section starts in the file
   * @param crcs CRC-32 of each SECTION_BLOCK bytes of it
   */
  private constructor(
    readonly name: string,
    bytes: Uint8Array,
    private readonly at: number,
    private readonly crcs: ArrayLike<number>,
    private readonly readInto: ReadInto,
  ) {
    this.bytes = bytes;
    const blocks = Math.ceil(bytes.length / SECTION_BLOCK);
    this.loaded = new Uint8Array(blocks);
    this.unloaded = blocks;
  }

  /** A section read from the file on demand, in 8-byte-aligned memory of its own (typed arrays view it). */
  static onDemand(name: string, at: number, length: number, crcs: ArrayLike<number>, readInto: ReadInto): LazySection {
    if (crcs.length !== Math.ceil(length / SECTION_BLOCK))
      throw new SegmentProblem(`has a damaged header (${name} checksums)`);
    return new LazySection(name, new Uint8Array(new ArrayBuffer(length)), at, crcs, readInto);
  }

  get whole(): boolean {
    return this.unloaded === 0;
  }

  /** Reads and checks every block not read yet; returns the bytes. */
  all(): Uint8Array {
    if (this.unloaded > 0) this.ensure(0, this.bytes.length);
    return this.bytes;
  }

  /** Makes bytes start..end read and checked (a run of missing blocks in one read). */
  ensure(start: number, end: number): void {
    if (this.unloaded === 0 || end <= start) return;
    const last = Math.floor((end - 1) / SECTION_BLOCK);
    let b = Math.floor(start / SECTION_BLOCK);
    while (b <= last) {
      if (this.loaded[b]) {
        b++;
        continue;
      }
      let stop = b;
      while (stop + 1 <= last && !this.loaded[stop + 1]) stop++;
      this.load(b, stop);
      b = stop + 1;
    }
  }

  private load(first: number, last: number): void {
    const from = first * SECTION_BLOCK;
    const to = Math.min((last + 1) * SECTION_BLOCK, this.bytes.length);
    const target = this.bytes.subarray(from, to);
    if (this.readInto(target, this.at + from) !== target.length) throw new SegmentProblem('is truncated');
    for (let b = first; b <= last; b++) {
      const block = this.bytes.subarray(b * SECTION_BLOCK, Math.min((b + 1) * SECTION_BLOCK, this.bytes.length));
      if (crc32(block) !== this.crcs[b]) {
        // Left unread: asked again, it is read and refused again rather than trusted.
        block.fill(0);
        throw new SegmentProblem(`is damaged (checksum mismatch in ${this.name} block ${b})`);
      }
      this.loaded[b] = 1;
      this.unloaded--;
    }
  }
}

/**
 * A large section read only by ranges (a term's postings, a key's lines, a line's words, a
 * person's facts): its blocks are read, checked and kept one at a time as ranges need them, so
 * nothing the size of the section is allocated (zeroing it would cost more than the reads).
 */
export class SparseSection {
  private readonly blocks = new Map<number, Uint8Array>();

  constructor(
    readonly name: string,
    private readonly at: number,
    readonly length: number,
    private readonly crcs: ArrayLike<number>,
    private readonly readInto: ReadInto,
  ) {
    if (crcs.length !== Math.ceil(length / SECTION_BLOCK))
      throw new SegmentProblem(`has a damaged header (${name} checksums)`);
  }

  /** Bytes start..end, each block checked when first read; a view when they lie in one block. */
  range(start: number, end: number): Uint8Array {
    if (!(0 <= start && start <= end && end <= this.length))
      throw new SegmentProblem(`has damaged ${this.name} offsets`);
    if (end > start) this.readMissing(Math.floor(start / SECTION_BLOCK), Math.floor((end - 1) / SECTION_BLOCK));
    return bytesAcrossBlocks(start, end, SECTION_BLOCK, (b) => this.block(b));
  }

  /**
   * Reads each run of blocks first..last not read yet in one read: a read costs about what
   * reading and checking a block does, and a common term's postings span dozens of blocks. A
   * damaged block is left unread, to be refused when it is asked for.
   */
  private readMissing(first: number, last: number): void {
    let b = first;
    while (b < last) {
      if (this.blocks.has(b)) {
        b++;
        continue;
      }
      let stop = b;
      while (stop < last && !this.blocks.has(stop + 1)) stop++;
      if (stop > b) {
        // Counted a block at a time, as block() counts them: reading ahead starts after as many blocks as before.
        this.misses += stop - b + 1;
        this.readRun(b, stop);
      }
      b = stop + 1;
    }
  }

  private block(b: number): Uint8Array {
    let block = this.blocks.get(b);
    if (!block) {
      // Read densely (a common multi-word skill's lines, most of the section): the blocks after it up
      // to the end of its group come in the same read, one read where there would be several.
      this.readRun(b, ++this.misses > DENSE_AFTER ? this.lastToRead(b) : b);
      block = this.blocks.get(b);
      if (!block) throw new SegmentProblem(`is damaged (checksum mismatch in ${this.name} block ${b})`);
    }
    return block;
  }

  /**
   * Reads blocks first..last in one read and keeps each whose CRC-32 is right (asked again, a damaged
   * one is read again).
   */
  private readRun(first: number, last: number): void {
    const end = Math.min((last + 1) * SECTION_BLOCK, this.length);
    const read = new Uint8Array(end - first * SECTION_BLOCK);
    if (this.readInto(read, this.at + first * SECTION_BLOCK) !== read.length) throw new SegmentProblem('is truncated');
    for (let b = first; b <= last; b++) {
      const bytes = read.subarray((b - first) * SECTION_BLOCK, (b - first + 1) * SECTION_BLOCK);
      if (crc32(bytes) === this.crcs[b]) this.blocks.set(b, bytes);
    }
  }

  /** Blocks read so far (a run read together counts each of its blocks). */
  private misses = 0;

  /** The last block of b's group of READ_GROUP that is not read yet with every one between. */
  private lastToRead(b: number): number {
    const groupEnd = Math.min((Math.floor(b / READ_GROUP) + 1) * READ_GROUP, this.crcs.length) - 1;
    let last = b;
    while (last < groupEnd && !this.blocks.has(last + 1)) last++;
    return last;
  }
}

/**
 * After this many first reads of a section's blocks, a first read takes the rest of its group of
 * READ_GROUP blocks with it: a rare term or skill reads a block or two, while a question reading
 * most of a section would otherwise read it a small block at a time.
 */
const DENSE_AFTER = 64;
const READ_GROUP = 8;
