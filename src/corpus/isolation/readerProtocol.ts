/** Messages between the build and the reading thread (readerWorker.ts). */
import type { ReadOutcome } from '../formats/types.js';
import type { ReadLimits } from './readLimits.js';

export interface ReadRequest {
  readonly id: number;
  /** The file's path: its extension picks the reader. */
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly limits: ReadLimits;
}

export type ReadReply = { readonly id: number; readonly outcome: ReadOutcome } | { readonly ready: true };
