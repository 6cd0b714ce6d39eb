/**
 * The `Embedder` and the exact `TokenCounter`, backed by `@xenova/transformers` (ONNX Runtime on the CPU).
 * Loading never throws and never hangs: a model that can't be had within the time limit comes back as
 * `null` with a one-line reason, and the caller answers lexically.
 */
import { AutoConfig, AutoTokenizer, pipeline } from '@xenova/transformers';
import type { Config } from '../config.js';
import type { Embedder, TokenCounter } from './embedder.js';
import { failureReason, useModelSource, withinLoadTimeout } from './modelSource.js';
import { ESTIMATE_MAX_TOKENS, estimateTokens } from './tokenEstimate.js';

export type LoadedEmbedder = { embedder: Embedder } | { embedder: null; reason: string };

/** `exact: false` means `count` is an estimate on the high side; `reason` says why no tokenizer loaded. */
export type LoadedTokenCounter = { count: TokenCounter; maxTokens: number } & ({ exact: true } | { exact: false; reason: string });

/** Texts per model call: bounds memory (a batch is padded to its longest text) without slowing much. */
const BATCH_SIZE = 32;

/**
 * all-MiniLM-L6-v2 was trained with sentence-transformers' `max_seq_length` 256 (its
 * `sentence_bert_config.json`). The Xenova ONNX export doesn't ship that file and its tokenizer says 512
 * (BERT's position limit), so we can't read the real limit: we cap every model at 256. For a model trained
 * on longer inputs this only costs passage length, and short passages cite more precisely anyway.
 */
const TRAINED_MAX_TOKENS = 256;

// The slice of the library's (loosely typed) objects this file uses.
interface Tokenizer {
  encode(text: string): number[];
  readonly model_max_length?: unknown;
}
interface ModelConfig {
  readonly max_position_embeddings?: unknown;
}
interface Pooled {
  readonly dims: readonly number[];
  readonly data: Float32Array;
}
interface FeatureExtractor {
  (texts: string[], options: { pooling: 'mean'; normalize: true }): Promise<Pooled>;
  readonly tokenizer: Tokenizer;
  readonly model: { readonly config: ModelConfig };
  dispose(): Promise<void>;
}

/**
 * Loads `config.modelName` as a mean-pooled, normalised feature extractor (quantized weights,
 * `onnx/model_quantized.onnx`): from `config.modelsDir` when set, else downloaded once into
 * `config.modelCacheDir`. Gives up after `config.modelLoadTimeoutMs`.
 */
export async function loadEmbedder(config: Config): Promise<LoadedEmbedder> {
  if (!config.useModel) return { embedder: null, reason: 'the model is switched off (USE_MODEL=false)' };
  useModelSource(config);
  try {
    const { extractor, dimension } = await withinLoadTimeout(config, loadFeatureExtractor(config.modelName), disposeLate);
    return { embedder: transformersEmbedder(config.modelName, extractor, dimension) };
  } catch (error) {
    return { embedder: null, reason: failureReason(config, error) };
  }
}

async function loadFeatureExtractor(modelName: string): Promise<{ extractor: FeatureExtractor; dimension: number }> {
  const extractor = (await pipeline('feature-extraction', modelName, { quantized: true })) as unknown as FeatureExtractor;
  // The width is whatever the model outputs: ask it once rather than trusting a number.
  const probe = await extractor(['dimension probe'], { pooling: 'mean', normalize: true });
  const dimension = probe.dims[1];
  if (dimension === undefined || dimension <= 0) throw new Error(`the model gave output of shape [${probe.dims.join(', ')}]`);
  return { extractor, dimension };
}

/** A load that finished after we stopped waiting: free its ONNX session rather than keep it unused. */
function disposeLate({ extractor }: { extractor: FeatureExtractor }): void {
  extractor.dispose().catch(() => undefined);
}

function transformersEmbedder(modelId: string, extractor: FeatureExtractor, dimension: number): Embedder {
  const maxTokens = maxTokensOf(extractor.tokenizer, extractor.model.config);
  const countTokens = (text: string) => extractor.tokenizer.encode(text).length;
  return {
    modelId,
    dimension,
    maxTokens,
    countTokens,
    async embed(texts) {
      assertAllFit(texts, countTokens, maxTokens, modelId);
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += BATCH_SIZE) {
        const batch = texts.slice(start, start + BATCH_SIZE);
        vectors.push(...rows(await extractor(batch, { pooling: 'mean', normalize: true }), batch.length, dimension));
      }
      return vectors;
    },
  };
}

/**
 * The pipeline would silently truncate a long text and embed only its start, so a passage's vector would
 * not cover all the lines it cites. The chunker guarantees the fit; this is the safety net.
 */
function assertAllFit(texts: readonly string[], countTokens: TokenCounter, maxTokens: number, modelId: string): void {
  texts.forEach((text, i) => {
    const tokens = countTokens(text);
    if (tokens > maxTokens) {
      throw new Error(
        `Text ${i + 1} of ${texts.length} is ${tokens} tokens long, but model ${modelId} reads at most ${maxTokens}; ` +
          `it would be truncated. Split it before embedding (starts: "${text.slice(0, 60)}").`,
      );
    }
  });
}

/** Splits a pooled [count, dimension] tensor into one vector per text (copies, so callers own them). */
function rows(pooled: Pooled, count: number, dimension: number): Float32Array[] {
  if (pooled.dims[0] !== count || pooled.dims[1] !== dimension) {
    throw new Error(`the model returned shape [${pooled.dims.join(', ')}], expected [${count}, ${dimension}]`);
  }
  return Array.from({ length: count }, (_, i) => pooled.data.slice(i * dimension, (i + 1) * dimension));
}

/**
 * The model's own tokenizer alone: it loads from tokenizer files even where the weights are missing, so
 * chunks can be sized exactly. Without one (or with `useModel` off, which promises no model files are
 * touched), counts are estimated on the high side and `exact` is false.
 */
export async function loadTokenCounter(config: Config): Promise<LoadedTokenCounter> {
  if (!config.useModel) return estimated('the model is switched off (USE_MODEL=false)');
  useModelSource(config);
  try {
    const [tokenizer, modelConfig] = await withinLoadTimeout(config, loadTokenizer(config.modelName), () => undefined);
    return { count: (text) => tokenizer.encode(text).length, maxTokens: maxTokensOf(tokenizer, modelConfig), exact: true };
  } catch (error) {
    return estimated(failureReason(config, error));
  }
}

async function loadTokenizer(modelName: string): Promise<[Tokenizer, ModelConfig]> {
  const tokenizer = (await AutoTokenizer.from_pretrained(modelName)) as unknown as Tokenizer;
  // config.json only refines maxTokens (max_position_embeddings); a tokenizer without it is still exact.
  const modelConfig = await AutoConfig.from_pretrained(modelName).then(
    (loaded) => loaded as unknown as ModelConfig,
    () => ({}),
  );
  return [tokenizer, modelConfig];
}

function estimated(reason: string): LoadedTokenCounter {
  return { count: estimateTokens, maxTokens: ESTIMATE_MAX_TOKENS, exact: false, reason };
}

/** The smallest of the tokenizer's limit, the model's position limit and the trained length. */
function maxTokensOf(tokenizer: Tokenizer, modelConfig: ModelConfig): number {
  return Math.min(positive(tokenizer.model_max_length), positive(modelConfig.max_position_embeddings), TRAINED_MAX_TOKENS);
}

/** A limit as configured, or no limit when it's missing or nonsense. */
function positive(value: unknown): number {
  return typeof value === 'number' && value > 0 ? value : Infinity;
}
