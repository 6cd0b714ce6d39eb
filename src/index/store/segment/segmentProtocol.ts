/** Messages between a build and its segment-writing thread (segmentThread.ts, segmentWorker.ts). */
import type { Passage } from '../../../chunking/passage.js';

export interface SegmentJob {
  readonly id: number;
  readonly file: string;
  readonly passages: readonly Passage[];
}

/** A job's outcome: the file's size, or its failure as plain fields (an Error's own fields do not cross threads). */
export type SegmentDone =
  | { readonly id: number; readonly bytes: number }
  | {
      readonly id: number;
      readonly failure: {
        readonly message: string;
        /** The file read back wrong (a SegmentProblem). */
        readonly problem: boolean;
        /** A system error's code (ENOSPC, EACCES…), for the build to name it. */
        readonly code?: string;
      };
    };
