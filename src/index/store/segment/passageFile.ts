/** How a segment reads its passages: from its file, kept open, each block checked on first read. */
import { closeSync, fstatSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { PASSAGE_BLOCK, SegmentProblem } from './format.js';

/**
 * Where a segment's passage bytes come from: a range of the `passages` section, its blocks checked
 * against their CRC-32 the first time they are read. Once checked, a block is trusted: a passage
 * read again costs one read of its own bytes.
 */
export class PassageBytes {
  private readonly checked: Uint8Array;

  constructor(
    private readonly length: number,
    private readonly blockCrcs: Uint32Array,
    /** `length` bytes of the section from `start`, or a SegmentProblem when there are fewer. */
    private readonly readAt: (start: number, length: number) => Uint8Array,
  ) {
    this.checked = new Uint8Array(blockCrcs.length);
  }

  read(start: number, end: number): Uint8Array {
    if (end <= start) return new Uint8Array(0);
    const first = Math.floor(start / PASSAGE_BLOCK);
    const last = Math.floor((end - 1) / PASSAGE_BLOCK);
    let checked = true;
    for (let b = first; b <= last; b++) if (!this.checked[b]) checked = false;
    if (checked) return this.readAt(start, end - start);
    const from = first * PASSAGE_BLOCK;
    const blocks = this.readAt(from, Math.min((last + 1) * PASSAGE_BLOCK, this.length) - from);
    for (let b = first; b <= last; b++) {
      if (this.checked[b]) continue;
      const at = (b - first) * PASSAGE_BLOCK;
      if (crc32(blocks.subarray(at, at + PASSAGE_BLOCK)) !== this.blockCrcs[b])
        throw new SegmentProblem(`is damaged (checksum mismatch in passage block ${b})`);
      this.checked[b] = 1;
    }
    return blocks.subarray(start - from, end - from);
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
