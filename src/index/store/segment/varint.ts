/**
 * Unsigned LEB128 varints: seven bits a byte, low first, the high bit set on every byte but the
 * last. Postings are rising positions and small counts, so stored as gaps they are mostly one byte
 * each instead of four.
 */
import { SegmentProblem } from './format.js';

/** Bytes appended one varint at a time, grown by doubling. */
export class VarintWriter {
  private bytes = new Uint8Array(1 << 16);
  length = 0;

  write(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    let v = value >>> 0;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  /** What was written (a view: write nothing more after taking it). */
  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/**
 * Decodes `count` groups of `width` varints from bytes[start..end) into `columns` at `at`: the
 * first column of each group as a gap from the one before (starting from 0), the others as they
 * are. Throws SegmentProblem when the bytes do not hold exactly that many.
 */
export function readGroups(
  bytes: Uint8Array,
  start: number,
  end: number,
  columns: readonly Uint32Array[],
  at: number,
  count: number,
): void {
  let p = start;
  let previous = 0;
  const width = columns.length;
  if (width === 3) {
    const [first, second, third] = columns as [Uint32Array, Uint32Array, Uint32Array];
    for (let i = at; i < at + count; i++) {
      previous += varintAt(bytes, p, end);
      p = varintEnd;
      if (previous > 0xffffffff) throw new SegmentProblem('has damaged postings');
      first[i] = previous;
      second[i] = varintAt(bytes, p, end);
      p = varintEnd;
      third[i] = varintAt(bytes, p, end);
      p = varintEnd;
    }
    if (p !== end) throw new SegmentProblem('has damaged postings');
    return;
  }
  for (let i = 0; i < count; i++) {
    for (let c = 0; c < width; c++) {
      let value = varintAt(bytes, p, end);
      p = varintEnd;
      if (c === 0) {
        previous += value;
        if (previous > 0xffffffff) throw new SegmentProblem('has damaged postings');
        value = previous;
      }
      columns[c]![at + i] = value;
    }
  }
  if (p !== end) throw new SegmentProblem('has damaged postings');
}

/** Where the last varintAt stopped (a module variable: returning a pair would allocate per value). */
let varintEnd = 0;

/** The varint at bytes[p], below `end`; sets varintEnd past it. */
function varintAt(bytes: Uint8Array, p: number, end: number): number {
  if (p >= end) throw new SegmentProblem('has damaged postings');
  let byte = bytes[p++]!;
  let value = byte & 0x7f;
  // Most values are one byte (small gaps and counts): only a longer one enters the loop.
  let shift = 7;
  while (byte & 0x80) {
    if (p >= end || shift > 28) throw new SegmentProblem('has damaged postings');
    byte = bytes[p++]!;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  }
  if (value > 0xffffffff) throw new SegmentProblem('has damaged postings');
  varintEnd = p;
  return value;
}
