/**
 * Reads one file the way the build must: parsed formats in the reading thread with limits (see
 * readerPool.ts), text and Markdown in place. A reader for a whole build holds one thread.
 */
import { needsIsolation, readFormat } from '../formats/readFormat.js';
import type { ReadOutcome } from '../formats/types.js';
import { ReaderPool } from './readerPool.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './readLimits.js';

export interface IsolatedReader {
  read(file: string, bytes: Uint8Array): Promise<ReadOutcome>;
  /** Stops the reading thread (a stopped reader starts a new one if asked again). */
  close(): void;
}

export function isolatedReader(limits: ReadLimits = DEFAULT_READ_LIMITS): IsolatedReader {
  const pool = new ReaderPool(limits);
  return {
    read: (file, bytes) => (needsIsolation(file, bytes) ? pool.read(file, bytes) : readFormat(file, bytes, limits)),
    close: () => pool.close(),
  };
}
