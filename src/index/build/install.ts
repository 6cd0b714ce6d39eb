/**
 * The install step: the converted texts kept from the previous generation, the graph, `facts.jsonl`
 * and the header (last) written, and the generation made current.
 */
import { FACTS_VERSION } from '../../facts/storedFacts.js';
import { TOKENIZER_VERSION } from '../../text/terms.js';
import type { GenerationWriter } from '../store/generation/generationWriter.js';
import { DEFAULT_HNSW } from '../store/manifest/manifest.js';
import type { VectorIndex } from '../store/vectors/vectorIndex.js';
import type { BuildInputs } from './inputs.js';
import type { Previous } from './previous.js';
import type { CorpusPass } from './read.js';
import type { Written } from './write.js';

export interface InstallInputs {
  readonly writer: GenerationWriter;
  readonly pass: CorpusPass;
  readonly written: Written;
  readonly vectors: VectorIndex | null;
  readonly previous: Previous | undefined;
  /** When this build read the corpus, and under what the documents' stamps were recorded. */
  readonly corpusReadAt: number;
  readonly stampBasis: string;
}

/** Returns false when a build that read the corpus later was installed meanwhile, and this one was dropped. */
export async function install(input: InstallInputs, inputs: BuildInputs): Promise<boolean> {
  const { writer, pass, written } = input;
  for (const name of pass.linkedTexts) await writer.keepText(input.previous!.generation, name);
  const { installed } = await writer.finish(
    {
      builtAt: new Date().toISOString(),
      corpusReadAt: input.corpusReadAt,
      stampBasis: input.stampBasis,
      model: inputs.embedder ? { name: inputs.embedder.modelId, dimension: inputs.embedder.dimension } : null,
      hnsw: DEFAULT_HNSW,
      tokenizerVersion: TOKENIZER_VERSION,
      chunking: { maxTokens: inputs.tokens.maxTokens, exactTokenCounts: inputs.tokens.exact },
      documents: written.documents,
      placement: written.placement,
    },
    input.vectors,
    pass.keptTexts,
    { version: FACTS_VERSION, lines: written.factsLines },
    input.previous,
  );
  return installed;
}
