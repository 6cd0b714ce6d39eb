/**
 * What reading one file may cost. Profiles come from anyone on the team (or whoever can drop a
 * file in the folder): one crafted file must cost a bounded time and memory and then be skipped,
 * never take the build down with it.
 */

export interface ReadLimits {
  /** Wall-clock time one file may take to read, in ms; past it the reading thread is stopped. */
  readonly timeoutMs: number;
  /** Memory one file may use while it is read, in MB (the reading thread's heap, and the process's growth). */
  readonly memoryMb: number;
  /** Bytes a DOCX or PDF may inflate to in total, in MB (zip entries, compressed PDF streams). */
  readonly inflatedMb: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { timeoutMs: 20_000, memoryMb: 512, inflatedMb: 200 };

/** Work the LaTeX reader may do per file: macro expansions and characters of output. */
export const LATEX_BUDGET = { steps: 2_000_000, outputChars: 5_000_000 } as const;

/** Deepest nesting of HTML elements or JSON values read; deeper is not a CV, and recursion stays shallow. */
export const MAX_NESTING = 500;

/** A limit a reader hit: the file is skipped with this reason, naming the limit. */
export class LimitExceeded extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'LimitExceeded';
  }
}
