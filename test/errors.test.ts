import { cp, mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import type { Answerer } from '../src/answer/types.js';
import { DEFAULT_MODEL, loadConfig, PROJECT_ROOT, type Config } from '../src/config.js';
import { openModel, type ModelSession } from '../src/embedding/openModel.js';
import { asWhoKnowsError, createError } from '../src/errors.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import { loadIndex } from '../src/index/read/loadIndex.js';
import { buildStandinModel, removeStandinModels, STANDIN_MODEL_NAME } from '../scripts/synthetic/standinModel.js';
import { expectCode } from './support/expectCode.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const CORPUS_FILES = [
  '000_db1e1783ac94410d.txt',
  '001_ef5c355ba2137431.txt',
  '002_9a63d334eb8a7d54.txt',
  'people.json',
];

const temporaryDir = temporaryDirs('whoknows-errors-test-');
afterAll(removeStandinModels);

/** A temporary project holding a copy of the real corpus (unless `corpus` is given), with its own data folder. */
async function project(env: Record<string, string>, corpus?: Record<string, string>): Promise<Config> {
  const root = await temporaryDir();
  await mkdir(path.join(root, 'corpus'));
  if (corpus) {
    for (const [name, text] of Object.entries(corpus)) await writeFile(path.join(root, 'corpus', name), text);
  } else {
    for (const name of CORPUS_FILES) await cp(path.join(PROJECT_ROOT, 'corpus', name), path.join(root, 'corpus', name));
  }
  // Settings from an explicit environment, so the developer's `.env` never leaks in.
  return loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', ...env });
}

const quiet = { warn: () => {} };

describe('a missing or damaged index', () => {
  let standinEnv: Record<string, string>;
  let standin: ModelSession;

  beforeAll(async () => {
    const model = await buildStandinModel();
    standinEnv = { MODELS_DIR: model.modelsDir, MODEL_NAME: model.modelName, MODEL_LOAD_TIMEOUT_MS: '60000' };
    standin = await openModel(loadConfig({ ...standinEnv, WHOKNOWS_ROOT: PROJECT_ROOT }));
  });

  /** A project whose index was built with the stand-in model, so it has vectors to damage. */
  async function builtProject(): Promise<{ config: Config; file: (name: string) => string }> {
    const config = await project(standinEnv);
    await buildIndex(config, { embedder: standin.embedder, tokens: standin.tokens });
    return { config, file: (name) => path.join(config.dataDir, 'index', name) };
  }

  it('says where no index was found and to run `npm run embed`', async () => {
    const config = await project({ USE_MODEL: 'false' });
    const where = path.join(config.dataDir, 'index');
    await expectCode(loadIndex(config.dataDir), 'INDEX_MISSING', where, 'Run `npm run embed` first');
    await expectCode(
      openAnswerer(config, { buildIfMissing: false, ...quiet }),
      'INDEX_MISSING',
      where,
      '`npm run embed`',
    );
  });

  it('calls an index.json that is not JSON corrupt and says to rebuild with `npm run embed -- --full`', async () => {
    const { config, file } = await builtProject();
    await writeFile(file('index.json'), '{"formatVersion": 2, "documents": [');
    await expectCode(loadIndex(config.dataDir), 'INDEX_CORRUPT', 'index.json', '`npm run embed -- --full`');
  });

  it('refuses a truncated vectors.hnsw by its checksum', async () => {
    const { config, file } = await builtProject();
    const size = (await readFile(file('vectors.hnsw'))).length;
    await truncate(file('vectors.hnsw'), Math.floor(size / 2));
    await expectCode(
      loadIndex(config.dataDir),
      'INDEX_CORRUPT',
      'vectors.hnsw',
      'checksum',
      '`npm run embed -- --full`',
    );
  });

  it('refuses a vectors.hnsw altered in place by its checksum', async () => {
    const { config, file } = await builtProject();
    const bytes = await readFile(file('vectors.hnsw'));
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0xff;
    await writeFile(file('vectors.hnsw'), bytes);
    await expectCode(
      loadIndex(config.dataDir),
      'INDEX_CORRUPT',
      'vectors.hnsw',
      'checksum',
      '`npm run embed -- --full`',
    );
  });

  it('refuses a segment that is not the size the header records', async () => {
    const { config, file } = await builtProject();
    const [segment] = await readdir(file('segments'));
    await writeFile(
      file(`segments/${segment!}`),
      Buffer.concat([await readFile(file(`segments/${segment!}`)), Buffer.from('extra')]),
    );
    await expectCode(
      loadIndex(config.dataDir),
      'INDEX_CORRUPT',
      `segments/${segment!}`,
      'cut short or replaced',
      '`npm run embed -- --full`',
    );
  });

  it('is repaired by the rebuild the message names', async () => {
    const { config, file } = await builtProject();
    await writeFile(file('index.json'), 'not json');
    const report = await buildIndex(config, { embedder: standin.embedder, tokens: standin.tokens, full: true });
    expect(report).toMatchObject({ documents: 3, written: true });
    expect((await loadIndex(config.dataDir)).documents).toHaveLength(3);
  });

  it('is rebuilt from scratch by a plain `npm run embed` too, which says why', async () => {
    const { config, file } = await builtProject();
    const [segment] = await readdir(file('segments'));
    await truncate(file(`segments/${segment!}`), 100);
    const report = await buildIndex(config, { embedder: standin.embedder, tokens: standin.tokens });
    expect(report.fullRebuildReason).toMatch(/^the previous index is unusable \(.*segments\/.*cut short/);
    expect(report).toMatchObject({ added: 3, unchanged: 0, written: true });
    expect((await loadIndex(config.dataDir)).documents).toHaveLength(3);
  });

  it('names both models when the index was built with another model than MODEL_NAME', async () => {
    const { config } = await builtProject();
    const other = loadConfig({
      ...standinEnv,
      WHOKNOWS_ROOT: config.projectRoot,
      CORPUS_DIR: 'corpus',
      DATA_DIR: 'data',
      MODEL_NAME: DEFAULT_MODEL,
    });
    await expectCode(
      openAnswerer(other, { buildIfMissing: false, ...quiet }),
      'INDEX_MODEL_MISMATCH',
      `built with model ${STANDIN_MODEL_NAME}`,
      `MODEL_NAME is ${DEFAULT_MODEL}`,
      '`npm run embed -- --full`',
    );
  });
});

describe('a missing or empty corpus', () => {
  it('says the corpus folder is missing and how to point at one', async () => {
    const config = loadConfig({
      WHOKNOWS_ROOT: await temporaryDir(),
      CORPUS_DIR: 'no-such-corpus',
      DATA_DIR: 'data',
      USE_MODEL: 'false',
    });
    const model = await openModel(config);
    await expectCode(
      buildIndex(config, { embedder: null, tokens: model.tokens }),
      'CORPUS_MISSING',
      config.corpusDir,
      'CORPUS_DIR',
    );
    // The first question, with no index yet, meets the same message.
    await expectCode(openAnswerer(config, quiet), 'CORPUS_MISSING', config.corpusDir);
  });

  it('says there are no readable profiles when every file is skipped or not a profile', async () => {
    const config = await project({ USE_MODEL: 'false' }, { 'empty.md': '', 'cv.pdf': '%PDF-1.4', 'people.json': '{}' });
    const model = await openModel(config);
    await expectCode(
      buildIndex(config, { embedder: null, tokens: model.tokens }),
      'CORPUS_EMPTY',
      config.corpusDir,
      '`npm run embed`',
    );
  });
});

describe('questions and skills', () => {
  let answerer: Answerer;

  /** An answerer over a lexical index of the real corpus, built beforehand so opening it is quiet. */
  async function answererFor(env: Record<string, string>): Promise<Answerer> {
    const config = await project({ USE_MODEL: 'false', ...env });
    const model = await openModel(config);
    await buildIndex(config, { embedder: null, tokens: model.tokens });
    return openAnswerer(config, { model, ...quiet });
  }

  beforeAll(async () => {
    answerer = await answererFor({});
  });

  it('refuses an empty or whitespace-only question', async () => {
    await expectCode(answerer.ask(''), 'QUESTION_EMPTY', 'The question is empty');
    await expectCode(answerer.ask('  \n\t  '), 'QUESTION_EMPTY', 'The question is empty');
  });

  it('refuses a question over MAX_QUESTION_CHARS (500 by default), saying both lengths', async () => {
    await expectCode(
      answerer.ask(`who knows ${'terraform '.repeat(50)}`),
      'QUESTION_TOO_LONG',
      '509 characters',
      'the limit is 500',
    );
    const longest = `who knows terraform${' really'.repeat(69)}?`.slice(0, 500);
    expect(longest).toHaveLength(500);
    await expect(answerer.ask(longest)).resolves.toMatchObject({ question: longest });
  });

  it('uses the configured MAX_QUESTION_CHARS', async () => {
    const short = await answererFor({ MAX_QUESTION_CHARS: '20' });
    await expectCode(short.ask('who has run a content delivery network?'), 'QUESTION_TOO_LONG', 'the limit is 20');
  });

  it('refuses an empty skill', async () => {
    await expectCode(answerer.whoKnows(''), 'SKILL_EMPTY', 'The skill is empty');
    await expectCode(answerer.whoKnows('   '), 'SKILL_EMPTY');
  });

  it('refuses a skill with no letters or digits, but takes c++ and c#', async () => {
    await expectCode(answerer.whoKnows('++'), 'SKILL_INVALID', 'has no letters or digits');
    await expect(answerer.whoKnows('c++')).resolves.toMatchObject({ skill: 'c++' });
    await expect(answerer.whoKnows('c#')).resolves.toMatchObject({ skill: 'c#' });
  });
});

describe('invalid settings', () => {
  it('names the variable and the bad value', () => {
    return Promise.all([
      expectCode(
        () => loadConfig({ MODEL_LOAD_TIMEOUT_MS: 'abc' }),
        'CONFIG_INVALID',
        'MODEL_LOAD_TIMEOUT_MS',
        '"abc"',
        '.env.example',
      ),
      expectCode(() => loadConfig({ USE_MODEL: 'maybe' }), 'CONFIG_INVALID', 'USE_MODEL', 'true or false'),
      expectCode(
        () => loadConfig({ MAX_QUESTION_CHARS: '5' }),
        'CONFIG_INVALID',
        'MAX_QUESTION_CHARS',
        'from 10 to 4000',
      ),
    ]);
  });

  it('refuses a LOG_LEVEL it does not know, naming the levels it takes', async () => {
    await expectCode(
      () => loadConfig({ LOG_LEVEL: 'loud' }),
      'CONFIG_INVALID',
      'LOG_LEVEL',
      '"loud"',
      'debug, info, warn, error',
    );
    expect(loadConfig({ LOG_LEVEL: 'WARN' }).logLevel).toBe('warn');
  });
});

describe('errors met on the way, wrapped for the user', () => {
  const fault = (code: string, target: string) =>
    Object.assign(new Error(`${code}: failed, open '${target}'`), { code, path: target });

  it('passes a named error through as it is', () => {
    const named = createError('CORPUS_EMPTY', 'corpus');
    expect(asWhoKnowsError(named)).toBe(named);
  });

  it('calls a full disk DISK_FULL, naming where it was writing', () => {
    expect(asWhoKnowsError(fault('ENOSPC', '/srv/data/x'))).toMatchObject({
      code: 'DISK_FULL',
      message: expect.stringContaining('/srv/data/x'),
    });
  });

  it('calls a refused file FILE_ACCESS_DENIED with the reason', () => {
    const error = asWhoKnowsError(fault('EROFS', '/srv/corpus'));
    expect(error).toMatchObject({ code: 'FILE_ACCESS_DENIED' });
    expect(error.message).toContain('/srv/corpus (read-only file system)');
  });

  it('turns anything else into one UNEXPECTED line, keeping the original as its cause', () => {
    const raw = new TypeError('Cannot read properties of null\n    at somewhere (file.ts:1:1)');
    const error = asWhoKnowsError(raw);
    expect(error.code).toBe('UNEXPECTED');
    expect(error.message).toBe(
      'Unexpected error: Cannot read properties of null. Run again with LOG_LEVEL=debug to see where it happened.',
    );
    expect(error.cause).toBe(raw);
    expect(asWhoKnowsError('a thrown string').message).toContain('a thrown string');
  });
});
