/** The segment-writing thread's entry: each job's segment written and checked, one after another. */
import type { Passage } from '../../../chunking/passage.js';
import { serveJobs } from '../jobThread.js';
import { SegmentProblem } from './format.js';
import { writeSegmentFile } from './writeSegmentFile.js';

serveJobs(
  (job: { readonly file: string; readonly passages: readonly Passage[] }) => writeSegmentFile(job.file, job.passages),
  (error) => (error instanceof SegmentProblem ? 'segment problem' : undefined),
);
