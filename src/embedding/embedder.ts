/** Turns passages and questions into unit-length vectors. Only `embedding/` knows which library does it. */
export interface Embedder {
  /** Model name as configured, e.g. `Xenova/all-MiniLM-L6-v2`: recorded in the index manifest. */
  readonly modelId: string;
  readonly dimension: number;
  /** Longest input the model reads, in its own tokens (special tokens included). */
  readonly maxTokens: number;
  /** Length of `text` in the model's own tokens, special tokens included. */
  countTokens(text: string): number;
  /** Mean-pooled, L2-normalised vectors, one per input, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/** Declared where chunking needs it (chunking comes before embedding in the data flow). */
export type { TokenCounter } from '../chunking/passage.js';
