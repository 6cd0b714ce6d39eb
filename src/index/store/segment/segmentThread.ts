/**
 * A thread that writes segments while the build's own thread reads and chunks the next profiles:
 * encoding a full segment (tokenising, postings, line tables, deflate) is about as much work as
 * reading its profiles, and the two share nothing, so on two cores a build takes the longer of the
 * two instead of their sum. Segments are written in the order given; the bytes are those of
 * writeSegmentFile on any thread.
 */
import type { Passage } from '../../../chunking/passage.js';
import { startWorker } from '../../../workerEntry.js';
import { fileLabel, JobThread, type JobFailure } from '../jobThread.js';
import { SegmentProblem } from './format.js';
import { toSend, type SentPassage } from './sentPassages.js';

/** A failure as the build's thread would have thrown it: a segment that read back wrong is a SegmentProblem. */
function errorOf(failure: JobFailure): Error {
  if (failure.kind === 'segment problem') return new SegmentProblem(failure.message);
  const error: NodeJS.ErrnoException = new Error(failure.message);
  if (failure.code) error.code = failure.code;
  return error;
}

export class SegmentThread {
  private readonly thread = new JobThread<{ file: string; passages: readonly SentPassage[] }, number>(
    () => startWorker(import.meta.url, 'segmentWorker'),
    'segment-writing',
    errorOf,
  );

  /** Writes and checks the segment `file` on the thread; resolves to its size in bytes. */
  write(file: string, passages: readonly Passage[]): Promise<number> {
    return this.thread.run({ file, passages: toSend(passages) }, fileLabel(file));
  }

  /** Stops the thread (a segment still being written is dropped, its promise rejected). */
  close(): Promise<void> {
    return this.thread.close();
  }
}
