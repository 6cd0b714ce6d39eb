/**
 * The model side of a run, decided once: an embedder when the model loads, and always a token
 * counter for chunking. When no model can be loaded, everything carries on lexically and says so.
 */
import type { Config } from '../config.js';
import type { Embedder, TokenCounter } from './embedder.js';
import { loadEmbedder, loadTokenCounter } from './transformersEmbedder.js';

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
    return { embedder, tokens: { count: (text) => embedder.countTokens(text), maxTokens: embedder.maxTokens, exact: true }, warning: undefined };
  }
  return {
    embedder: null,
    tokens: await loadTokenCounter(config),
    warning: `no embedding model (${loaded.reason}); using lexical retrieval only.`,
  };
}
