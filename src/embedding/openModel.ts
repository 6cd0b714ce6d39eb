/**
 * The model side of a run, decided once: an embedder when the model loads, and always a token
 * counter for chunking. When no model can be loaded, everything carries on lexically and says so.
 */
import type { Config } from '../config.js';
import type { Embedder, TokenCounter } from './embedder.js';
import { loadEmbedder, loadTokenCounter } from './transformersEmbedder.js';

/** How far the fallback token estimate overshoots the real tokenizer on the corpus (measured: about 2×). */
const ESTIMATE_OVERCOUNT = 2;

export interface ModelSession {
  readonly embedder: Embedder | null;
  readonly tokens: { readonly count: TokenCounter; readonly maxTokens: number; readonly exact: boolean };
  /** One line for the user when running without vectors; undefined when the model loaded. */
  readonly warning: string | undefined;
}

export async function openModel(config: Config): Promise<ModelSession> {
  const loaded = await loadEmbedder(config);
  if (loaded.embedder) {
    const { embedder } = loaded;
    return {
      embedder,
      tokens: { count: (text) => embedder.countTokens(text), maxTokens: embedder.maxTokens, exact: true },
      warning: undefined,
    };
  }
  const counter = await loadTokenCounter(config);
  return {
    embedder: null,
    // Nothing is embedded without a model, so the count only sizes passages for citing. The fallback
    // estimate runs about twice the real count on CV text (it must never undercount when a model will
    // read the passages); doubling its budget gives passages the size the real tokenizer would.
    tokens: counter.exact ? counter : { ...counter, maxTokens: counter.maxTokens * ESTIMATE_OVERCOUNT },
    warning: `no embedding model (${loaded.reason}); using lexical retrieval only.`,
  };
}
