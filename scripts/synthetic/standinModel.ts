/**
 * Builds, at test time, a small ONNX **stand-in** for a BERT sentence encoder, so tests can run the real
 * `@xenova/transformers` loading path on machines where the real weights cannot be downloaded.
 *
 * The stand-in is NOT a semantic model. Its graph is a seeded pseudo-random table with one vector per
 * word piece, looked up with `Gather`: each token's "hidden state" ignores its neighbours, so mean pooling
 * over it gives a bag-of-word-pieces vector. Texts that share word pieces come out similar, unrelated texts
 * don't, and nothing more: enough to test loading, batching, pooling, normalisation, indexing and fusion.
 *
 * Layout (what `env.localModelPath` expects): `<modelsDir>/<org>/<name>/onnx/model_quantized.onnx` beside
 * the real all-MiniLM-L6-v2 tokenizer files (from `sharedModelsDir()`), so token counts in tests are the
 * real model's counts.
 * The ONNX protobuf is written by hand below (no dependency); nothing is ever committed.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';

/** Named so it can never be mistaken for a real model in an index manifest or a log line. */
export const STANDIN_MODEL_NAME = 'whoknows-test/standin-bag-of-wordpieces';
/** The real tokenizer, with its config but without weights: for "tokenizer files only" tests. */
export const TOKENIZER_ONLY_MODEL_NAME = 'whoknows-test/tokenizer-only';
/** Small on purpose: 30522 word pieces × 64 int8 values is about 2 MB. */
export const STANDIN_DIMENSION = 64;

const TOKENIZER_SOURCE_MODEL = 'Xenova/all-MiniLM-L6-v2';
/** What `@xenova/transformers` reads to tokenize (vocab.txt is inside tokenizer.json). */
const TOKENIZER_FILES = ['tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json'];
/** The real tokenizer files committed with the tests (Apache-2.0; see NOTICE.md there): no weights. */
export const BUNDLED_MODELS_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'models');
const SEED = 20240611;

export interface LocalModel {
  /** Pass as `MODELS_DIR`. */
  readonly modelsDir: string;
  /** Pass as `MODEL_NAME`. */
  readonly modelName: string;
}

export interface StandinModel extends LocalModel {
  readonly dimension: number;
}

/**
 * Where the real tokenizer and config are read from: `SHARED_MODELS_DIR` when set, else `../shared/models`
 * beside the project when it holds them, else the copies committed under test/fixtures/models, so a
 * fresh clone with nothing beside it runs every test.
 */
export function sharedModelsDir(): string {
  if (process.env.SHARED_MODELS_DIR) return path.resolve(PROJECT_ROOT, process.env.SHARED_MODELS_DIR);
  const beside = path.resolve(PROJECT_ROOT, '../shared/models');
  return existsSync(path.join(beside, TOKENIZER_SOURCE_MODEL, 'tokenizer.json')) ? beside : BUNDLED_MODELS_DIR;
}

const built = new Map<string, Promise<LocalModel>>();

/**
 * Writes the stand-in model (tokenizer, config, `onnx/model_quantized.onnx`) under `modelsDir`
 * (a fresh temporary folder by default). Built once per process and folder; deterministic bytes.
 */
export function buildStandinModel(modelsDir?: string): Promise<StandinModel> {
  return once(`standin:${modelsDir ?? ''}`, async (): Promise<StandinModel> => {
    const root = modelsDir ?? (await temporaryModelsDir());
    const modelDir = path.join(root, STANDIN_MODEL_NAME);
    const realConfig = await copyTokenizer(modelDir);
    const vocabSize = Number(realConfig.vocab_size);
    if (!Number.isInteger(vocabSize) || vocabSize <= 0) {
      throw new Error(`config.json of ${TOKENIZER_SOURCE_MODEL} has no usable vocab_size`);
    }
    await writeJson(path.join(modelDir, 'config.json'), standinConfig(realConfig));
    await mkdir(path.join(modelDir, 'onnx'), { recursive: true });
    await writeFile(path.join(modelDir, 'onnx', 'model_quantized.onnx'), standinOnnx(vocabSize, STANDIN_DIMENSION));
    return { modelsDir: root, modelName: STANDIN_MODEL_NAME, dimension: STANDIN_DIMENSION };
  });
}

/** The real tokenizer and config with no weights, like `../shared/models` today (which may gain weights). */
export function buildTokenizerOnlyModel(modelsDir?: string): Promise<LocalModel> {
  return once(`tokenizer:${modelsDir ?? ''}`, async () => {
    const root = modelsDir ?? (await temporaryModelsDir());
    const modelDir = path.join(root, TOKENIZER_ONLY_MODEL_NAME);
    const realConfig = await copyTokenizer(modelDir);
    await writeJson(path.join(modelDir, 'config.json'), realConfig);
    return { modelsDir: root, modelName: TOKENIZER_ONLY_MODEL_NAME };
  });
}

function once<T extends LocalModel>(key: string, build: () => Promise<T>): Promise<T> {
  let result = built.get(key) as Promise<T> | undefined;
  if (!result) {
    result = build();
    built.set(key, result);
  }
  return result;
}

const temporaryDirs = new Set<string>();

async function temporaryModelsDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'whoknows-standin-'));
  temporaryDirs.add(dir);
  return dir;
}

/**
 * Deletes the temporary folders this module made and forgets what it built; call it from `afterAll`.
 * (An 'exit' hook would not do: vitest ends its workers without one.) Folders passed in are the caller's.
 */
export async function removeStandinModels(): Promise<void> {
  built.clear();
  const dirs = [...temporaryDirs];
  temporaryDirs.clear();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Copies the real tokenizer files into `modelDir` and returns the real model's config.json. */
async function copyTokenizer(modelDir: string): Promise<Record<string, unknown>> {
  const source = path.join(sharedModelsDir(), TOKENIZER_SOURCE_MODEL);
  await mkdir(modelDir, { recursive: true });
  try {
    // Read and write rather than copyFile: the shared files are read-only, and copies keeping that mode
    // could not be overwritten by a later build into the same folder.
    for (const file of TOKENIZER_FILES) {
      await writeFile(path.join(modelDir, file), await readFile(path.join(source, file)));
    }
    return JSON.parse(await readFile(path.join(source, 'config.json'), 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new Error(
      `The stand-in model needs the real tokenizer files in ${source} (set SHARED_MODELS_DIR): ${String(error)}`,
      { cause: error },
    );
  }
}

/** The real config (model_type bert, vocab size) with the stand-in's width, labelled as a stand-in. */
function standinConfig(real: Record<string, unknown>): Record<string, unknown> {
  return {
    ...real,
    _name_or_path: STANDIN_MODEL_NAME,
    _comment: 'Test stand-in, NOT a semantic model: a seeded random vector per word piece, looked up with Gather.',
    hidden_size: STANDIN_DIMENSION,
  };
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
}

// ---------------------------------------------------------------------------------------------------
// The ONNX graph
// ---------------------------------------------------------------------------------------------------

// Values from onnx.proto3. IR 7 / opset 13 are well inside what onnxruntime-node 1.14 reads.
const IR_VERSION = 7;
const OPSET = 13;
const DATA_TYPE = { FLOAT: 1, INT8: 3, INT64: 7 } as const;
const ATTRIBUTE_INT = 2;

/**
 * last_hidden_state[b, s, :] = DequantizeLinear(Gather(table, input_ids))[b, s, :]
 *
 * The table is int8 with one scale (hence an honest `model_quantized.onnx`): a quarter of the size of
 * float weights. `attention_mask` and `token_type_ids` are declared, like a BERT encoder's, but not used:
 * onnxruntime accepts unused graph inputs, and the pipeline's mean pooling applies the mask itself.
 */
function standinOnnx(vocabSize: number, dimension: number): Uint8Array {
  const table = seededInt8(vocabSize * dimension, SEED);
  const graph = concat(
    node('Gather', ['word_piece_table', 'input_ids'], ['word_piece_vectors_int8'], [intAttribute('axis', 0)]),
    node('DequantizeLinear', ['word_piece_vectors_int8', 'table_scale', 'table_zero_point'], ['last_hidden_state'], []),
    str(2, 'standin_bag_of_wordpieces'),
    message(5, tensor('word_piece_table', DATA_TYPE.INT8, [vocabSize, dimension], table)),
    message(5, tensor('table_scale', DATA_TYPE.FLOAT, [], new Uint8Array(new Float32Array([1 / 127]).buffer))),
    message(5, tensor('table_zero_point', DATA_TYPE.INT8, [], new Uint8Array(1))),
    message(11, valueInfo('input_ids', DATA_TYPE.INT64, ['batch', 'sequence'])),
    message(11, valueInfo('attention_mask', DATA_TYPE.INT64, ['batch', 'sequence'])),
    message(11, valueInfo('token_type_ids', DATA_TYPE.INT64, ['batch', 'sequence'])),
    message(12, valueInfo('last_hidden_state', DATA_TYPE.FLOAT, ['batch', 'sequence', dimension])),
  );
  return concat(
    int(1, IR_VERSION),
    str(2, 'whoknows-test'),
    str(6, 'Test stand-in, NOT a semantic model: bag-of-word-pieces vectors.'),
    message(7, graph),
    message(8, concat(str(1, ''), int(2, OPSET))),
  );
}

/** Uniform values in [-127, 127] from mulberry32: same seed, same bytes, on every machine. */
function seededInt8(length: number, seed: number): Uint8Array {
  const out = new Int8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    out[i] = Math.floor(unit * 255) - 127;
  }
  return new Uint8Array(out.buffer);
}

// NodeProto: input = 1, output = 2, name = 3, op_type = 4, attribute = 5.
function node(opType: string, inputs: string[], outputs: string[], attributes: Uint8Array[]): Uint8Array {
  return message(
    1,
    concat(
      ...inputs.map((name) => str(1, name)),
      ...outputs.map((name) => str(2, name)),
      str(3, opType.toLowerCase()),
      str(4, opType),
      ...attributes.map((attribute) => message(5, attribute)),
    ),
  );
}

// AttributeProto: name = 1, i = 3, type = 20.
function intAttribute(name: string, value: number): Uint8Array {
  return concat(str(1, name), int(3, value), int(20, ATTRIBUTE_INT));
}

// TensorProto: dims = 1, data_type = 2, name = 8, raw_data = 9 (little-endian, as typed arrays are here).
function tensor(name: string, dataType: number, dims: number[], raw: Uint8Array): Uint8Array {
  return concat(...dims.map((d) => int(1, d)), int(2, dataType), str(8, name), bytes(9, raw));
}

// ValueInfoProto{name = 1, type = 2} > TypeProto{tensor_type = 1} > Tensor{elem_type = 1, shape = 2}
// > TensorShapeProto{dim = 1} > Dimension{dim_value = 1 | dim_param = 2}.
function valueInfo(name: string, elemType: number, dims: (string | number)[]): Uint8Array {
  const shape = concat(...dims.map((d) => message(1, typeof d === 'number' ? int(1, d) : str(2, d))));
  return concat(str(1, name), message(2, message(1, concat(int(1, elemType), message(2, shape)))));
}

// ---------------------------------------------------------------------------------------------------
// A protobuf writer: just the two wire types ONNX needs here (varint and length-delimited).
// ---------------------------------------------------------------------------------------------------

const WIRE_VARINT = 0;
const WIRE_LENGTH_DELIMITED = 2;

function varint(value: number): Uint8Array {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`varint needs a non-negative integer, got ${value}`);
  const out: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return Uint8Array.from(out);
}

function key(field: number, wireType: number): Uint8Array {
  return varint(field * 8 + wireType);
}

function int(field: number, value: number): Uint8Array {
  return concat(key(field, WIRE_VARINT), varint(value));
}

function bytes(field: number, data: Uint8Array): Uint8Array {
  return concat(key(field, WIRE_LENGTH_DELIMITED), varint(data.length), data);
}

function str(field: number, text: string): Uint8Array {
  return bytes(field, new TextEncoder().encode(text));
}

function message(field: number, body: Uint8Array): Uint8Array {
  return bytes(field, body);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
