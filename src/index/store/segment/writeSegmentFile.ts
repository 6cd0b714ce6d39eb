/**
 * One segment file written and checked: its bytes encoded (encodeSegment.ts), written, then read
 * back whole and every block's CRC-32 checked, so an index is checked once before it is installed
 * and opening it later checks only what a question reads. The same on the build's thread and on
 * the segment-writing thread (segmentThread.ts), so where a segment is written changes no byte.
 */
import { writeFile } from 'node:fs/promises';
import type { Passage } from '../../../chunking/passage.js';
import { encodeSegment } from './encodeSegment.js';
import { Segment } from './segment.js';

/** Writes `passages` as the segment `file`; returns its size in bytes. A SegmentProblem when it reads back wrong. */
export async function writeSegmentFile(file: string, passages: readonly Passage[]): Promise<number> {
  const pieces = encodeSegment(passages);
  await writeFile(file, pieces);
  const segment = Segment.open(file);
  try {
    segment.verifyAll();
  } finally {
    segment.close();
  }
  return pieces.reduce((sum, piece) => sum + piece.length, 0);
}
