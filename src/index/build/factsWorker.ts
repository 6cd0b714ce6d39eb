/** The facts-reading thread's entry: each document's line of `facts.jsonl` (see facts.ts's factsOf). */
import type { Passage } from '../../chunking/passage.js';
import type { ProfileSource } from '../../profile/storeProfile.js';
import { serveJobs } from '../store/jobThread.js';
import { factsOf } from './facts.js';

serveJobs((job: { readonly passages: readonly Passage[]; readonly doc: ProfileSource; readonly projectRoot: string }) =>
  factsOf(job.passages, job.doc, job.projectRoot),
);
