/** The segment-writing thread's entry: each job's segment written and checked, one after another. */
import { serveJobs } from '../jobThread.js';
import { SegmentProblem } from './format.js';
import { received, type SentPassage } from './sentPassages.js';
import { writeSegmentFile } from './writeSegmentFile.js';

serveJobs(
  (job: { readonly file: string; readonly passages: readonly SentPassage[] }) =>
    writeSegmentFile(job.file, received(job.passages)),
  (error) => (error instanceof SegmentProblem ? 'segment problem' : undefined),
);
