/**
 * The `Embedder` and the exact `TokenCounter`, backed by `@xenova/transformers` (ONNX Runtime on the CPU).
 * Loading never throws and never hangs: a model that can't be had within the time limit comes back as
 * `null` with a one-line reason, and the caller answers lexically.
 */
import type { Config } from '../config.js';
import type { Embedder, TokenCounter } from './embedder.js';
import { failureReason, useModelSource, withinLoadTimeout, type Transformers } from './modelSource.js';
import { ESTIMATE_MAX_TOKENS, estimateTokens } from './tokenEstimate.js';

export type LoadedEmbedder = { embedder: Embedder } | { embedder: null; reason: string };

/** `exact: false` means `count` is an estimate on the high side; `reason` says why no tokenizer loaded. */
export type LoadedTokenCounter = { count: TokenCounter; maxTokens: number } & (
  | { exact: true }
  | { exact: false; reason: string }
);

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
interface TensorData {
  readonly dims: readonly number[];
  readonly data: ArrayLike<number | bigint>;
}
type ModelInputs = Record<string, TensorData> & { readonly attention_mask: TensorData };
interface FeatureExtractor {
  (texts: string[], options: { pooling: 'mean'; normalize: true }): Promise<Pooled>;
  readonly tokenizer: Tokenizer & ((texts: string[], options: { padding: true; truncation: true }) => ModelInputs);
  readonly model: { readonly config: ModelConfig } & ((
    inputs: ModelInputs,
  ) => Promise<Record<string, TensorData | undefined>>);
  dispose(): Promise<void>;
}

/**
 * Loads `config.modelName` as a mean-pooled, normalised feature extractor (quantized weights,
 * `onnx/model_quantized.onnx`): from `config.modelsDir` when set, else downloaded once into
 * `config.modelCacheDir`. Gives up after `config.modelLoadTimeoutMs`.
 */
export async function loadEmbedder(config: Config): Promise<LoadedEmbedder> {
  if (!config.useModel) return { embedder: null, reason: 'the model is switched off (USE_MODEL=false)' };
  try {
    const library = await useModelSource(config);
    const { extractor, dimension } = await withinLoadTimeout(
      config,
      loadFeatureExtractor(library, config.modelName),
      disposeLate,
    );
    return { embedder: transformersEmbedder(config.modelName, extractor, dimension) };
  } catch (error) {
    return { embedder: null, reason: failureReason(config, error) };
  }
}

async function loadFeatureExtractor(
  { pipeline }: Transformers,
  modelName: string,
): Promise<{ extractor: FeatureExtractor; dimension: number }> {
  const extractor = (await pipeline('feature-extraction', modelName, {
    quantized: true,
  })) as unknown as FeatureExtractor;
  // The width is whatever the model outputs: ask it once rather than trusting a number.
  const probe = await extractor(['dimension probe'], { pooling: 'mean', normalize: true });
  const dimension = probe.dims[1];
  if (dimension === undefined || dimension <= 0)
    throw new Error(`the model gave output of shape [${probe.dims.join(', ')}]`);
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
      const lengths = assertAllFit(texts, countTokens, maxTokens, modelId);
      // Texts of similar length share a batch, so little of each batch is padding the model must run over.
      const order = texts.map((_, i) => i).sort((a, b) => lengths[a]! - lengths[b]! || a - b);
      const vectors: Float32Array[] = new Array(texts.length);
      for (let start = 0; start < order.length; start += BATCH_SIZE) {
        const batch = order.slice(start, start + BATCH_SIZE);
        const inputs = extractor.tokenizer(
          batch.map((i) => texts[i]!),
          { padding: true, truncation: true },
        );
        const outputs = await extractor.model(inputs);
        const hidden = outputs.last_hidden_state ?? outputs.logits;
        if (!hidden) throw new Error(`model ${modelId} gave no hidden states`);
        meanPooled(hidden, inputs.attention_mask, batch.length, dimension).forEach(
          (vector, j) => (vectors[batch[j]!] = vector),
        );
      }
      return vectors;
    },
  };
}

/**
 * Mean over the real (unpadded) tokens, then unit length: what the pipeline's `pooling: 'mean',
 * normalize: true` computes, in one pass that reads the hidden states in memory order (the
 * library's own pooling strides across them and was a fifth of the embedding time).
 */
function meanPooled(hidden: TensorData, mask: TensorData, count: number, dimension: number): Float32Array[] {
  const [rows, length, width] = hidden.dims;
  if (rows !== count || width !== dimension || mask.dims[1] !== length) {
    throw new Error(`the model returned shape [${hidden.dims.join(', ')}], expected [${count}, *, ${dimension}]`);
  }
  const data = hidden.data as ArrayLike<number>;
  return Array.from({ length: count }, (_, row) => {
    const sum = new Float64Array(dimension);
    let tokens = 0;
    for (let position = 0; position < length!; position++) {
      if (Number(mask.data[row * length! + position]) === 0) continue;
      tokens++;
      const offset = (row * length! + position) * dimension;
      for (let k = 0; k < dimension; k++) sum[k]! += data[offset + k]!;
    }
    let norm = 0;
    for (let k = 0; k < dimension; k++) norm += (sum[k]! / tokens) ** 2;
    const scale = 1 / (Math.sqrt(norm) || 1) / tokens;
    return Float32Array.from(sum, (value) => value * scale);
  });
}

/**
 * The library's feature-extraction pipeline as it comes (its own mean pooling, texts in the order
 * given, batches of the same size): the reference `npm run bench` measures the embedder against.
 */
export async function loadReferencePipeline(config: Config): Promise<(texts: readonly string[]) => Promise<void>> {
  const { pipeline } = await useModelSource(config);
  const extractor = (await pipeline('feature-extraction', config.modelName, {
    quantized: true,
  })) as unknown as FeatureExtractor;
  return async (texts) => {
    for (let start = 0; start < texts.length; start += BATCH_SIZE) {
      await extractor(texts.slice(start, start + BATCH_SIZE), { pooling: 'mean', normalize: true });
    }
  };
}

/**
 * The pipeline would silently truncate a long text and embed only its start, so a passage's vector would
 * not cover all the lines it cites. The chunker guarantees the fit; this is the safety net.
 */
function assertAllFit(
  texts: readonly string[],
  countTokens: TokenCounter,
  maxTokens: number,
  modelId: string,
): number[] {
  return texts.map((text, i) => {
    const tokens = countTokens(text);
    if (tokens > maxTokens) {
      throw new Error(
        `Text ${i + 1} of ${texts.length} is ${tokens} tokens long, but model ${modelId} reads at most ${maxTokens}; ` +
          `it would be truncated. Split it before embedding (starts: "${text.slice(0, 60)}").`,
      );
    }
    return tokens;
  });
}

/**
 * The model's own tokenizer alone: it loads from tokenizer files even where the weights are missing, so
 * chunks can be sized exactly. Without one (or with `useModel` off, which promises no model files are
 * touched), counts are estimated on the high side and `exact` is false.
 */
export async function loadTokenCounter(config: Config): Promise<LoadedTokenCounter> {
  if (!config.useModel) return estimated('the model is switched off (USE_MODEL=false)');
  try {
    const library = await useModelSource(config);
    const [tokenizer, modelConfig] = await withinLoadTimeout(
      config,
      loadTokenizer(library, config.modelName),
      () => undefined,
    );
    return {
      count: (text) => tokenizer.encode(text).length,
      maxTokens: maxTokensOf(tokenizer, modelConfig),
      exact: true,
    };
  } catch (error) {
    return estimated(failureReason(config, error));
  }
}

async function loadTokenizer(
  { AutoConfig, AutoTokenizer }: Transformers,
  modelName: string,
): Promise<[Tokenizer, ModelConfig]> {
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
  return Math.min(
    positive(tokenizer.model_max_length),
    positive(modelConfig.max_position_embeddings),
    TRAINED_MAX_TOKENS,
  );
}

/** A limit as configured, or no limit when it's missing or nonsense. */
function positive(value: unknown): number {
  return typeof value === 'number' && value > 0 ? value : Infinity;
}
