/** How a segment reads its passages: from its file, kept open, a deflated block at a time, each checked when read. */
import { closeSync, fstatSync, readSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';
import { PASSAGE_BLOCK, SegmentProblem } from './format.js';
import { bytesAcrossBlocks } from './lazySection.js';

/**
 * Inflated passage blocks kept, across every segment, the least recently used dropped past it:
 * who-knows reads the text of thousands of passages for a common or short skill, and a kept block
 * answers the next read from memory. About 128 MiB at most.
 */
export const PASSAGE_BLOCKS_KEPT = 8192;

const keptBlocks = new Map<string, Uint8Array>();
let nextSegment = 0;

/**
 * Where a segment's passage bytes come from: the `passages` section, a deflated block of
 * PASSAGE_BLOCK bytes at a time, each checked against its CRC-32 when read and kept inflated
 * (PASSAGE_BLOCKS_KEPT) for the reads after it. Positions are in the inflated bytes.
 */
export class PassageBytes {
  private readonly serial = nextSegment++;

  constructor(
    private readonly length: number,
    private readonly blockCrcs: Uint32Array,
    /** Where each deflated block starts in the section (blocks + 1). */
    private readonly blockStarts: Uint32Array,
    /** `length` bytes of the section from `start`, or a SegmentProblem when there are fewer. */
    private readonly readAt: (start: number, length: number) => Uint8Array,
    /** What the blocks are of, in messages. */
    private readonly what = 'passage',
  ) {
    if (blockStarts.length !== blockCrcs.length + 1 || blockCrcs.length !== Math.ceil(length / PASSAGE_BLOCK))
      throw new SegmentProblem(`has damaged ${what} blocks`);
  }

  read(start: number, end: number): Uint8Array {
    if (end <= start) return new Uint8Array(0);
    if (end > this.length || start < 0) throw new SegmentProblem(`has damaged ${this.what} offsets`);
    return bytesAcrossBlocks(start, end, PASSAGE_BLOCK, (b) => this.block(b));
  }

  private block(b: number): Uint8Array {
    const key = `${this.serial}:${b}`;
    let block = keptBlocks.get(key);
    if (block) {
      // Most recently used last: a Map keeps insertion order.
      keptBlocks.delete(key);
      keptBlocks.set(key, block);
      return block;
    }
    const from = this.blockStarts[b]!;
    const to = this.blockStarts[b + 1]!;
    if (!(from <= to)) throw new SegmentProblem(`has damaged ${this.what} blocks`);
    const deflated = this.readAt(from, to - from);
    // Not kept when damaged: asked again, it is read and refused again rather than trusted.
    if (crc32(deflated) !== this.blockCrcs[b])
      throw new SegmentProblem(`is damaged (checksum mismatch in ${this.what} block ${b})`);
    const size = Math.min(PASSAGE_BLOCK, this.length - b * PASSAGE_BLOCK);
    try {
      // In one piece: at zlib's default chunk of 16 KiB a full block needs a second call to find its end.
      block = inflateRawSync(deflated, { chunkSize: Math.max(64, size + 1) });
    } catch {
      throw new SegmentProblem(`holds a damaged ${this.what} block (${b})`);
    }
    if (block.length !== size) throw new SegmentProblem(`holds a damaged ${this.what} block (${b})`);
    keptBlocks.set(key, block);
    if (keptBlocks.size > PASSAGE_BLOCKS_KEPT) keptBlocks.delete(keptBlocks.keys().next().value!);
    return block;
  }

  /** Drops this segment's kept blocks (its file is being closed). */
  forget(): void {
    for (let b = 0; b < this.blockCrcs.length; b++) keptBlocks.delete(`${this.serial}:${b}`);
  }
}

/** Closes the file of a segment dropped without `close()` (a fallback: whoever replaces an index should close it). */
const unclosed = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed: nothing to release
  }
});

/** The file a segment reads its passages from, kept open for the segment's life. */
export class SegmentFile {
  private fd: number | undefined;

  constructor(fd: number) {
    this.fd = fd;
    unclosed.register(this, fd, this);
  }

  /** `length` bytes at `position`, or fewer at the file's end. */
  read(position: number, length: number): Buffer {
    const bytes = Buffer.allocUnsafe(length);
    const done = this.readInto(bytes, position);
    return done === length ? bytes : bytes.subarray(0, done);
  }

  /** Fills `target` from `position` on; returns the bytes read (fewer at the file's end). */
  readInto(target: Uint8Array, position: number): number {
    if (this.fd === undefined) throw new Error('a passage was read from an index that was closed');
    let done = 0;
    while (done < target.length) {
      const got = readSync(this.fd, target, done, target.length - done, position + done);
      if (got === 0) break;
      done += got;
    }
    return done;
  }

  get size(): number {
    if (this.fd === undefined) throw new Error('a passage was read from an index that was closed');
    return fstatSync(this.fd).size;
  }

  close(): void {
    if (this.fd === undefined) return;
    unclosed.unregister(this);
    const fd = this.fd;
    // Cleared first: a read after close must fail, never read whatever file reuses the number.
    this.fd = undefined;
    closeSync(fd);
  }
}
