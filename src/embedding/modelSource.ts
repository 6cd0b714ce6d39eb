/**
 * Where `@xenova/transformers` reads a model from, how long we wait for it, and how a failure reads.
 * Shared by the embedder and the tokenizer-only token counter.
 */
import path from 'node:path';
import type { Config } from '../config.js';

/** The library, imported on first use: a lexical `embed` or `ask` never pays for loading it. */
export type Transformers = typeof import('@xenova/transformers');

/**
 * Points the library at the configured source, and returns it. `env` is process-global and read
 * while files load, so this runs before every load; loads with different sources must not overlap.
 */
export async function useModelSource(config: Config): Promise<Transformers> {
  const library = await import('@xenova/transformers');
  const { env } = library;
  if (config.modelsDir) {
    // Fully offline: only the folder counts. The download cache is off too, so an old download can't
    // shadow the files the user put in the folder.
    env.localModelPath = config.modelsDir;
    env.allowLocalModels = true;
    env.allowRemoteModels = false;
    env.useFSCache = false;
  } else {
    // Download once, then read from the cache. The cache lives in the project (not node_modules, the
    // library's default) so it survives `npm ci`. The library's bundled local-models folder is skipped: it
    // is empty, and probing it only prints a warning for every file.
    env.allowLocalModels = false;
    env.allowRemoteModels = true;
    env.useFSCache = true;
    env.cacheDir = config.modelCacheDir;
  }
  return library;
}

/** Thrown when a load outlasts `modelLoadTimeoutMs`. */
export class LoadTimeout extends Error {
  constructor(readonly ms: number) {
    super(`gave up after ${ms} ms`);
    this.name = 'LoadTimeout';
  }
}

/**
 * Settles like `loading`, or rejects with `LoadTimeout` after `config.modelLoadTimeoutMs`. The library
 * can't cancel a load (a download keeps running), so we only stop waiting: a late result goes to
 * `release` and a late failure is dropped.
 */
export async function withinLoadTimeout<T>(
  config: Config,
  loading: Promise<T>,
  release: (late: T) => void,
): Promise<T> {
  const ms = config.modelLoadTimeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LoadTimeout(ms)), ms);
  });
  try {
    return await Promise.race([loading, timeout]);
  } catch (error) {
    if (error instanceof LoadTimeout) loading.then(release, () => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One line saying why `config.modelName` could not be used, e.g. "model Xenova/all-MiniLM-L6-v2 could not
 * be loaded from /x/models: onnx/model_quantized.onnx is missing". Never a stack trace.
 */
export function failureReason(config: Config, error: unknown): string {
  const model = `model ${config.modelName}`;
  const source = config.modelsDir ?? `the Hugging Face Hub (cache: ${config.modelCacheDir})`;
  if (error instanceof LoadTimeout) {
    const still = config.modelsDir ? '' : '; a download may still be running, and the next start will reuse it';
    return `${model} did not load from ${source} within ${error.ms} ms (MODEL_LOAD_TIMEOUT_MS)${still}`;
  }
  const missing = config.modelsDir ? missingLocalFile(config.modelsDir, config.modelName, error) : undefined;
  if (missing) return `${model} could not be loaded from ${config.modelsDir}: ${missing} is missing`;
  const hint = config.modelsDir ? '' : '; to run offline, put the model in a folder and set MODELS_DIR';
  return `${model} could not be loaded from ${source}: ${describe(error)}${hint}`;
}

/** The library reports a missing local file as `... not found locally at "<path>".`: name it relative to the model. */
function missingLocalFile(modelsDir: string, modelName: string, error: unknown): string | undefined {
  const found = /not found locally at "([^"]+)"/.exec(error instanceof Error ? error.message : '');
  if (!found?.[1]) return undefined;
  const relative = path.relative(path.join(modelsDir, modelName), found[1]);
  return relative.startsWith('..') ? found[1] : relative.split(path.sep).join('/');
}

/** The first line of an error, with the network cause when `fetch` hides it behind "fetch failed". */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error).split('\n', 1)[0] ?? '';
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  const line = (error.message.split('\n', 1)[0] ?? '').trim();
  return `${line || error.name}${cause}`;
}
