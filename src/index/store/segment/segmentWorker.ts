/** The segment-writing thread's entry: each job's segment written and checked, one after another. */
import { parentPort } from 'node:worker_threads';
import { SegmentProblem } from './format.js';
import type { SegmentDone, SegmentJob } from './segmentProtocol.js';
import { writeSegmentFile } from './writeSegmentFile.js';

function failureOf(error: unknown): Extract<SegmentDone, { failure: unknown }>['failure'] {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return {
    message: error instanceof Error ? error.message : String(error),
    problem: error instanceof SegmentProblem,
    ...(typeof code === 'string' ? { code } : {}),
  };
}

parentPort!.on('message', async (job: SegmentJob) => {
  let done: SegmentDone;
  try {
    done = { id: job.id, bytes: await writeSegmentFile(job.file, job.passages) };
  } catch (error) {
    done = { id: job.id, failure: failureOf(error) };
  }
  parentPort!.postMessage(done);
});
