import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../src/config.js';
import type { Embedder } from '../src/embedding/embedder.js';
import { estimateTokens } from '../src/embedding/tokenEstimate.js';
import { loadEmbedder, loadTokenCounter } from '../src/embedding/transformersEmbedder.js';
import {
  BUNDLED_MODELS_DIR,
  buildStandinModel,
  buildTokenizerOnlyModel,
  removeStandinModels,
  STANDIN_MODEL_NAME,
} from '../scripts/synthetic/standinModel.js';
import { temporaryDirs } from './support/temporaryDirs.js';

/** Settings from an explicit environment, so the developer's `.env` never leaks in. */
function configWith(env: Record<string, string>): Config {
  return loadConfig({ MODEL_LOAD_TIMEOUT_MS: '60000', ...env });
}

function cosine(a: Float32Array, b: Float32Array): number {
  return a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0);
}

function norm(vector: Float32Array): number {
  return Math.sqrt(cosine(vector, vector));
}

const temporaryDir = temporaryDirs('whoknows-embedding-test-');

afterAll(removeStandinModels);

const TECHNICAL_SENTENCES = [
  'Ensured testability of all infrastructure as code using AWS CDK TypeScript.',
  'Runs kubectl, PostgreSQL, Kubernetes, Terraform, gRPC, OAuth2, k8s and GitOps with ArgoCD.',
  'Wrote eBPF probes for nginx/HAProxy latency (p99 < 20ms) on x86_64 and arm64.',
  'Avatar: https://s.gravatar.com/avatar/7bf13c9d27600b733cec879994746108?s=157',
  'AstraZeneca UK Ltd – Contract (October 2019 – Present), café team in 東京 🚀',
];

describe('embedding with the ONNX stand-in model (not a semantic model)', () => {
  let embedder: Embedder;
  let dimension: number;

  beforeAll(async () => {
    const standin = await buildStandinModel();
    dimension = standin.dimension;
    const loaded = await loadEmbedder(configWith({ MODELS_DIR: standin.modelsDir, MODEL_NAME: standin.modelName }));
    if (!loaded.embedder) throw new Error(loaded.reason);
    embedder = loaded.embedder;
  });

  it('loads through the transformers pipeline and reports the dimension the model outputs', () => {
    expect(embedder.modelId).toBe(STANDIN_MODEL_NAME);
    expect(embedder.dimension).toBe(dimension);
    expect(embedder.maxTokens).toBe(256);
  });

  it('returns one unit-length vector of that dimension per text, in order', async () => {
    const vectors = await embedder.embed(['terraform on aws', 'sourdough bread']);
    expect(vectors).toHaveLength(2);
    for (const vector of vectors) {
      expect(vector).toBeInstanceOf(Float32Array);
      expect(vector).toHaveLength(dimension);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
    const [alone] = await embedder.embed(['sourdough bread']);
    expect(Array.from(vectors[1]!)).toEqual(Array.from(alone!));
  });

  it('gives the same vector for the same text every time', async () => {
    const [first] = await embedder.embed(['Led the migration to Kubernetes']);
    const [second] = await embedder.embed(['Led the migration to Kubernetes']);
    expect(Array.from(first!)).toEqual(Array.from(second!));
  });

  it('gives the same vectors in batches as one by one, across the internal batch boundary', async () => {
    // 40 texts of different lengths: two internal batches, each padded to its longest text.
    const texts = Array.from(
      { length: 40 },
      (_, i) => `profile ${i}: ${'terraform kubernetes postgres '.repeat(i % 7)}`,
    );
    const batched = await embedder.embed(texts);
    expect(batched).toHaveLength(texts.length);
    for (const [i, text] of texts.entries()) {
      const [single] = await embedder.embed([text]);
      Array.from(single!).forEach((value, k) => expect(batched[i]![k]).toBeCloseTo(value, 6));
    }
  });

  it('returns nothing for no texts', async () => {
    expect(await embedder.embed([])).toEqual([]);
  });

  it('scores texts that share word pieces above unrelated texts', async () => {
    const [question, related, unrelated] = await embedder.embed([
      'terraform modules for aws networking',
      'wrote terraform modules for aws',
      'baking sourdough bread at home',
    ]);
    expect(cosine(question!, related!)).toBeGreaterThan(cosine(question!, unrelated!) + 0.2);
  });

  it('counts tokens with the real MiniLM tokenizer, special tokens included and nothing truncated', () => {
    expect(embedder.countTokens('terraform')).toBe(4); // [CLS] terra ##form [SEP]
    expect(embedder.countTokens('kubernetes')).toBe(6); // [CLS] ku ##ber ##net ##es [SEP]
    expect(embedder.countTokens('word '.repeat(600))).toBe(602);
  });

  it('rejects an over-long text with a clear error instead of embedding a truncated start', async () => {
    await expect(embedder.embed(['fits', 'word '.repeat(300)])).rejects.toThrow(
      /Text 2 of 2 is 302 tokens long, but model whoknows-test\/standin-bag-of-wordpieces reads at most 256/,
    );
  });
});

describe('loading a model that cannot be had', () => {
  it('returns no embedder and names the missing weights file, without waiting for the time limit', async () => {
    const tokenizerOnly = await buildTokenizerOnlyModel();
    const started = performance.now();
    const loaded = await loadEmbedder(
      configWith({ MODELS_DIR: tokenizerOnly.modelsDir, MODEL_NAME: tokenizerOnly.modelName }),
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(loaded).toEqual({
      embedder: null,
      reason: `model ${tokenizerOnly.modelName} could not be loaded from ${tokenizerOnly.modelsDir}: onnx/model_quantized.onnx is missing`,
    });
  });

  it('returns no embedder, with a reason, when the model can be neither found in the cache nor downloaded', async () => {
    // Offline this fails at the DNS lookup; online the Hub answers that no such model exists.
    const loaded = await loadEmbedder(
      configWith({
        MODEL_NAME: 'whoknows-test/no-such-model',
        MODEL_CACHE_DIR: await temporaryDir(),
        MODEL_LOAD_TIMEOUT_MS: '5000',
      }),
    );
    expect(loaded.embedder).toBeNull();
    if (loaded.embedder) return;
    expect(loaded.reason).toMatch(
      /^model whoknows-test\/no-such-model (could not be loaded|did not load) from the Hugging Face Hub/,
    );
    expect(loaded.reason).not.toContain('\n');
  });

  it('returns no embedder when the model is switched off', async () => {
    const loaded = await loadEmbedder(configWith({ USE_MODEL: 'false' }));
    expect(loaded).toEqual({ embedder: null, reason: 'the model is switched off (USE_MODEL=false)' });
  });

  it.skipIf(process.platform === 'win32')(
    'stops waiting after MODEL_LOAD_TIMEOUT_MS when the model files never arrive',
    async () => {
      // A named pipe in place of config.json: reading it blocks until someone writes, like a stalled download.
      const standin = await buildStandinModel(await temporaryDir());
      const modelConfig = path.join(standin.modelsDir, standin.modelName, 'config.json');
      await rm(modelConfig);
      execFileSync('mkfifo', [modelConfig]);

      const started = performance.now();
      const loaded = await loadEmbedder(
        configWith({ MODELS_DIR: standin.modelsDir, MODEL_NAME: standin.modelName, MODEL_LOAD_TIMEOUT_MS: '300' }),
      );
      const elapsed = performance.now() - started;
      // Close the pipe empty so the abandoned load fails quietly instead of holding a thread forever.
      await writeFile(modelConfig, '');

      expect(elapsed).toBeGreaterThanOrEqual(290);
      expect(elapsed).toBeLessThan(3000);
      expect(loaded).toEqual({
        embedder: null,
        reason: `model ${standin.modelName} did not load from ${standin.modelsDir} within 300 ms (MODEL_LOAD_TIMEOUT_MS)`,
      });
    },
  );
});

describe('counting tokens without the model weights', () => {
  it('counts exactly with the tokenizer files alone', async () => {
    const tokenizerOnly = await buildTokenizerOnlyModel();
    const counter = await loadTokenCounter(
      configWith({ MODELS_DIR: tokenizerOnly.modelsDir, MODEL_NAME: tokenizerOnly.modelName }),
    );
    expect(counter.exact).toBe(true);
    expect(counter.maxTokens).toBe(256);
    expect(counter.count('terraform')).toBe(4);
    expect(counter.count('word '.repeat(600))).toBe(602);
  });

  it('falls back to an estimate, and says why, when no tokenizer can be loaded', async () => {
    const empty = await temporaryDir();
    const counter = await loadTokenCounter(configWith({ MODELS_DIR: empty, MODEL_NAME: 'nobody/no-model' }));
    expect(counter.exact).toBe(false);
    expect(counter.maxTokens).toBe(256);
    expect(counter.count('terraform')).toBe(estimateTokens('terraform'));
    if (counter.exact) return;
    expect(counter.reason).toMatch(
      /^model nobody\/no-model could not be loaded from .*: tokenizer(_config)?\.json is missing$/,
    );
  });

  it('estimates with no model at all when the model is switched off', async () => {
    const counter = await loadTokenCounter(configWith({ USE_MODEL: 'false' }));
    expect(counter.exact).toBe(false);
  });

  it('estimates at least as many tokens as the real tokenizer counts on technical sentences', async () => {
    const tokenizerOnly = await buildTokenizerOnlyModel();
    const real = await loadTokenCounter(
      configWith({ MODELS_DIR: tokenizerOnly.modelsDir, MODEL_NAME: tokenizerOnly.modelName }),
    );
    expect(real.exact).toBe(true);
    for (const sentence of TECHNICAL_SENTENCES) {
      expect(estimateTokens(sentence), sentence).toBeGreaterThanOrEqual(real.count(sentence));
    }
  });
});

describe('the tokenizer files committed for the tests', () => {
  const bundled = path.join(BUNDLED_MODELS_DIR, 'Xenova', 'all-MiniLM-L6-v2');

  it('carry their notice and licence, and no weights', () => {
    const files = readdirSync(bundled).sort();
    expect(files).toEqual([
      'LICENSE',
      'NOTICE.md',
      'config.json',
      'special_tokens_map.json',
      'tokenizer.json',
      'tokenizer_config.json',
    ]);
    expect(readFileSync(path.join(bundled, 'LICENSE'), 'utf8')).toMatch(/^Apache License\s+Version 2\.0, January 2004/);
    const notice = readFileSync(path.join(bundled, 'NOTICE.md'), 'utf8');
    expect(notice).toContain('https://huggingface.co/Xenova/all-MiniLM-L6-v2');
    expect(notice).toContain('Apache License 2.0');
    // The notice's checksums are the files' own: they are the published files, unchanged.
    for (const file of files.filter((name) => name.endsWith('.json'))) {
      const sha = createHash('sha256')
        .update(readFileSync(path.join(bundled, file)))
        .digest('hex');
      expect(notice, file).toContain(`| \`${file}\` | \`${sha}\` |`);
    }
  });

  it('count tokens exactly as the real MiniLM tokenizer does', async () => {
    const counter = await loadTokenCounter(
      configWith({ MODELS_DIR: BUNDLED_MODELS_DIR, MODEL_NAME: 'Xenova/all-MiniLM-L6-v2' }),
    );
    expect(counter.exact).toBe(true);
    expect(counter.maxTokens).toBe(256);
    // [CLS] terra ##form [SEP]; one piece per common word, nothing truncated.
    expect(counter.count('terraform')).toBe(4);
    expect(counter.count('word '.repeat(600))).toBe(602);
  });
});
