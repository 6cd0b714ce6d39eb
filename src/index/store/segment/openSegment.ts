/** A generation's segment files opened as segments, a damaged one refused as INDEX_CORRUPT naming it. */
import path from 'node:path';
import { corrupt, readFault } from '../files.js';
import { FILES, type SegmentRecord } from '../manifest/manifest.js';
import { passageProblem } from '../manifest/validateIndex.js';
import { encodeSegment } from './encodeSegment.js';
import { SegmentProblem } from './format.js';
import { Segment } from './segment.js';

/**
 * Opens and checks one segment file of a generation: what comes before its passages is read now,
 * its passages when they are decoded (the segment keeps the file open until it is closed).
 */
export function readSegment(generation: string, record: SegmentRecord, shownAs: string): Segment {
  const name = `${FILES.segments}/${record.file}`;
  let segment: Segment;
  try {
    segment = Segment.open(path.join(generation, name), record.bytes);
  } catch (error) {
    if (error instanceof SegmentProblem) throw corrupt(shownAs, `${name} ${error.message}`);
    throw corrupt(shownAs, readFault(name, error));
  }
  if (segment.passageCount !== record.passages) {
    segment.close();
    throw corrupt(shownAs, `${name} holds ${segment.passageCount} passages, not ${record.passages}`);
  }
  return segment;
}

/**
 * Opens a segment as loading does, then reads every passage block and checks every passage's
 * shape: all a checksum or a faulty writer can leave wrong. INDEX_CORRUPT naming it otherwise.
 */
export function verifySegment(generation: string, record: SegmentRecord, shownAs: string): void {
  const segment = readSegment(generation, record, shownAs);
  try {
    segment.verifyPassages((passage) => passageProblem(passage));
  } catch (error) {
    if (error instanceof SegmentProblem) throw corrupt(shownAs, `${FILES.segments}/${record.file} ${error.message}`);
    throw error;
  } finally {
    segment.close();
  }
}

/**
 * A segment written by another tokenizer, re-encoded in memory from its passages so questions and
 * passages are tokenised alike (`npm run embed` saves the result).
 */
export function retokenized(segment: Segment, name: string, shownAs: string): Segment {
  try {
    const passages = Array.from({ length: segment.passageCount }, (_, i) => segment.passage(i));
    return Segment.fromBytes(Buffer.concat(encodeSegment(passages)));
  } catch (error) {
    if (error instanceof SegmentProblem) throw corrupt(shownAs, `${name} ${error.message}`);
    throw error;
  } finally {
    segment.close();
  }
}
