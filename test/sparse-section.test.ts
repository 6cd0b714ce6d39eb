import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SECTION_BLOCK, SegmentProblem } from '../src/index/store/segment/format.js';
import { SparseSection } from '../src/index/store/segment/lazySection.js';

/** A section of `blocks` blocks (the last one short) held in memory, with the reads made of it counted. */
function section(blocks: number, damaged: ReadonlySet<number> = new Set()) {
  const length = (blocks - 1) * SECTION_BLOCK + 100;
  const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + (i >> 13)) & 0xff);
  const crcs = Array.from({ length: blocks }, (_, b) =>
    crc32(bytes.subarray(b * SECTION_BLOCK, (b + 1) * SECTION_BLOCK)),
  );
  const stored = bytes.slice();
  for (const b of damaged) stored[b * SECTION_BLOCK]! ^= 0xff;
  const reads: number[] = [];
  const sparse = new SparseSection('lineWordKeys', 0, length, crcs, (target, position) => {
    reads.push(target.length);
    const part = stored.subarray(position, position + target.length);
    target.set(part);
    return part.length;
  });
  return { sparse, bytes, reads };
}

describe('a section read by ranges', () => {
  it('gives the stored bytes of every range, read a block at a time or many together', () => {
    const { sparse, bytes, reads } = section(300);
    // Far apart first (one block a read), then everywhere (a read takes the blocks after it).
    const starts = [...Array.from({ length: 80 }, (_, i) => i * 3 * SECTION_BLOCK + 17), 5, 70_000, 1_000_000];
    for (const start of starts) {
      const end = Math.min(start + 4_000, bytes.length);
      expect(Buffer.compare(sparse.range(start, end), bytes.subarray(start, end)), `${start}..${end}`).toBe(0);
    }
    for (let start = 0; start < bytes.length; start += 5_000) {
      const end = Math.min(start + 9_000, bytes.length);
      expect(Buffer.compare(sparse.range(start, end), bytes.subarray(start, end)), `${start}..${end}`).toBe(0);
    }
    expect(reads.slice(0, 64).every((length) => length === SECTION_BLOCK)).toBe(true);
    expect(reads.some((length) => length > SECTION_BLOCK)).toBe(true);
    // Every block read once.
    expect(reads.reduce((sum, length) => sum + length, 0)).toBe(bytes.length);
  });

  it('refuses a damaged block however it was read, and keeps the good blocks read with it', () => {
    const { sparse, reads } = section(200, new Set([101]));
    const at = (b: number) => sparse.range(b * SECTION_BLOCK, b * SECTION_BLOCK + 10);
    for (let b = 129; b < 200; b++) at(b);
    // Dense now: block 96's read takes the rest of its group, 101 (damaged) among them.
    expect(() => at(96)).not.toThrow();
    const readsAfter = reads.length;
    expect(() => at(102)).not.toThrow();
    expect(reads.length).toBe(readsAfter);
    expect(() => at(101)).toThrow(SegmentProblem);
    expect(() => sparse.range(101 * SECTION_BLOCK + 5, 101 * SECTION_BLOCK + 10)).toThrow(/checksum mismatch/);
  });

  it('reads a range across several unread blocks in one read, refusing a damaged one among them', () => {
    const { sparse, bytes, reads } = section(40, new Set([25]));
    // Blocks 3..9 in one read (block 5 read before by itself is not read again).
    sparse.range(5 * SECTION_BLOCK, 5 * SECTION_BLOCK + 10);
    expect(reads).toEqual([SECTION_BLOCK]);
    const [start, end] = [3 * SECTION_BLOCK + 7, 9 * SECTION_BLOCK + 70];
    expect(Buffer.compare(sparse.range(start, end), bytes.subarray(start, end))).toBe(0);
    expect(reads.slice(1)).toEqual([2 * SECTION_BLOCK, 4 * SECTION_BLOCK]);
    // A run holding damaged block 25: the range is refused, the good blocks read with it are kept.
    expect(() => sparse.range(22 * SECTION_BLOCK, 28 * SECTION_BLOCK)).toThrow(
      /checksum mismatch in lineWordKeys block 25/,
    );
    const before = reads.length;
    expect(
      Buffer.compare(
        sparse.range(26 * SECTION_BLOCK, 28 * SECTION_BLOCK),
        bytes.subarray(26 * SECTION_BLOCK, 28 * SECTION_BLOCK),
      ),
    ).toBe(0);
    expect(reads.length).toBe(before);
  });
});
