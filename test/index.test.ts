import {
  cp,
  lstat,
  lutimes,
  mkdir,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chunkDocument } from '../src/chunking/chunkDocument.js';
import { loadConfig, PROJECT_ROOT, type Config } from '../src/config.js';
import { readCorpus } from '../src/corpus/readCorpus.js';
import type { Embedder } from '../src/embedding/embedder.js';
import { openModel, type ModelSession } from '../src/embedding/openModel.js';
import { buildIndex, type BuildInputs, type BuildReport } from '../src/index/build/buildIndex.js';
import { loadIndex, type LoadedIndex } from '../src/index/read/loadIndex.js';
import {
  buildStandinModel,
  removeStandinModels,
  STANDIN_DIMENSION,
  STANDIN_MODEL_NAME,
} from '../scripts/synthetic/standinModel.js';
import { temporaryDirs } from './support/temporaryDirs.js';

/**
 * A pass-through `readFile` with a hook that runs after a file is read: lets one test land an index
 * swap between two reads of a single load, the moment a running bot can hit while `npm run embed` runs.
 */
const reads = vi.hoisted(() => ({ after: undefined as undefined | ((file: string) => Promise<void>) }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = (async (...args: Parameters<typeof real.readFile>) => {
    const content = await real.readFile(...args);
    await reads.after?.(String(args[0]));
    return content;
  }) as typeof real.readFile;
  return { ...real, default: { ...real, readFile }, readFile };
});

const CORPUS_FILES = [
  '000_db1e1783ac94410d.txt',
  '001_ef5c355ba2137431.txt',
  '002_9a63d334eb8a7d54.txt',
  'people.json',
];
const PHIL = 'corpus/000_db1e1783ac94410d.txt';
const SRE = 'corpus/001_ef5c355ba2137431.txt';
const KURA = 'corpus/002_9a63d334eb8a7d54.txt';

const temporaryDir = temporaryDirs('whoknows-index-test-');
afterAll(removeStandinModels);

interface Project {
  readonly config: Config;
  readonly root: string;
  /** Absolute path of a file in the project, e.g. `corpus/001_ef5c.txt`. */
  file(source: string): string;
}

/** A temporary project holding a copy of the real corpus, with its own data folder. */
async function copyOfCorpus(env: Record<string, string>): Promise<Project> {
  const root = await temporaryDir();
  await mkdir(path.join(root, 'corpus'));
  for (const name of CORPUS_FILES) await cp(path.join(PROJECT_ROOT, 'corpus', name), path.join(root, 'corpus', name));
  // Settings from an explicit environment, so the developer's `.env` never leaks in.
  const config = loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', ...env });
  return { config, root, file: (source) => path.join(root, source) };
}

async function replaceInFile(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

function cosine(a: Float32Array, b: Float32Array): number {
  return a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0);
}

function passagesOf(index: LoadedIndex, source: string) {
  return index.passages().filter((passage) => passage.source === source);
}

/** The generation folder `<dataDir>/index` points at. */
async function currentGeneration(config: Config): Promise<string> {
  return readlink(path.join(config.dataDir, 'index'));
}

async function generations(config: Config): Promise<string[]> {
  return (await readdir(config.dataDir)).filter((name) => name.startsWith('index-')).sort();
}

/** Every passage's stored vector is the embedding of its own text: labels and passages line up. */
async function expectVectorsMatchPassages(index: LoadedIndex, embedder: Embedder): Promise<void> {
  const passages = index.passages();
  expect(index.vectors!.count).toBe(passages.length);
  const fresh = await embedder.embed(passages.map((passage) => passage.embedText));
  passages.forEach((passage, label) => {
    expect(cosine(index.vectors!.vector(label), fresh[label]!), passage.id).toBeGreaterThan(0.9999);
  });
}

const MODES = [
  { label: 'lexical-only (USE_MODEL=false)', withModel: false },
  { label: 'with the stand-in model', withModel: true },
] as const;

async function environmentFor(withModel: boolean): Promise<Record<string, string>> {
  if (!withModel) return { USE_MODEL: 'false' };
  const standin = await buildStandinModel();
  return { MODELS_DIR: standin.modelsDir, MODEL_NAME: standin.modelName, MODEL_LOAD_TIMEOUT_MS: '60000' };
}

describe.each(MODES)('the index, $label', ({ withModel }) => {
  let env: Record<string, string>;
  let model: ModelSession;

  beforeAll(async () => {
    env = await environmentFor(withModel);
    model = await openModel(loadConfig({ ...env, WHOKNOWS_ROOT: PROJECT_ROOT }));
    expect(model.embedder === null).toBe(!withModel);
  });

  const build = (project: Project, options: Partial<BuildInputs> = {}): Promise<BuildReport> =>
    buildIndex(project.config, { embedder: model.embedder, tokens: model.tokens, ...options });

  /** Passages embedded for `count` passages: none when there is no model. */
  const embeddedFor = (count: number) => (withModel ? count : 0);

  describe('round trip', () => {
    it('loads back the documents, people and passages it was built from', async () => {
      const project = await copyOfCorpus(env);
      const report = await build(project);
      const index = await loadIndex(project.config.dataDir);

      const corpus = await readCorpus(project.config.corpusDir, project.config.projectRoot);
      expect(index.documents.map((doc) => [doc.source, doc.person.name])).toEqual([
        [PHIL, 'Phil Kershaw'],
        [SRE, 'Apple SRE (profile 001)'],
        [KURA, 'kura (profile 002)'],
      ]);
      const expected = corpus.documents.flatMap((doc) =>
        chunkDocument(doc, { countTokens: model.tokens.count, maxTokens: model.tokens.maxTokens }),
      );
      expect(index.passages()).toEqual(expected);
      expect(report).toMatchObject({
        added: 3,
        updated: 0,
        removed: 0,
        unchanged: 0,
        documents: 3,
        passages: expected.length,
        written: true,
      });
      expect(report.embedded).toBe(embeddedFor(expected.length));
    });

    it('quotes every passage exactly as the lines it cites', async () => {
      const project = await copyOfCorpus(env);
      await build(project);
      const index = await loadIndex(project.config.dataDir);
      const files = new Map<string, string[]>();
      for (const passage of index.passages()) {
        if (!files.has(passage.source))
          files.set(passage.source, (await readFile(project.file(passage.source), 'utf8')).split('\n'));
        const lines = files.get(passage.source)!.slice(passage.startLine - 1, passage.endLine);
        expect(passage.text, passage.id).toBe(lines.join('\n'));
      }
    });

    it('records the model it was built with, and a vector for every passage', async () => {
      const project = await copyOfCorpus(env);
      await build(project);
      const index = await loadIndex(project.config.dataDir);
      if (!withModel) {
        expect(index.info.model).toBeNull();
        expect(index.vectors).toBeNull();
        return;
      }
      expect(index.info.model).toEqual({ name: STANDIN_MODEL_NAME, dimension: STANDIN_DIMENSION });
      await expectVectorsMatchPassages(index, model.embedder!);
      for (const label of index.passages().keys()) {
        const [nearest] = index.vectors!.search(index.vectors!.vector(label), 1);
        expect(nearest?.label, index.passages()[label]!.id).toBe(label);
        expect(nearest?.similarity).toBeCloseTo(1, 4);
      }
    });
  });

  describe('incremental update', () => {
    it('re-embeds only the edited document and keeps the others as they were', async () => {
      const project = await copyOfCorpus(env);
      await build(project);
      const before = await loadIndex(project.config.dataDir);
      await replaceInFile(project.file(SRE), 'Hive is a domestic IoT platform', 'Hive is a smart-thermostat platform');

      const report = await build(project);
      const after = await loadIndex(project.config.dataDir);
      expect(report).toMatchObject({ added: 0, updated: 1, removed: 0, unchanged: 2, written: true });
      expect(report.embedded).toBe(embeddedFor(passagesOf(after, SRE).length));
      expect(passagesOf(after, SRE).some((passage) => passage.text.includes('smart-thermostat platform'))).toBe(true);
      expect(after.passages().some((passage) => passage.text.includes('domestic IoT platform'))).toBe(false);
      expect(passagesOf(after, PHIL)).toEqual(passagesOf(before, PHIL));
      expect(passagesOf(after, KURA)).toEqual(passagesOf(before, KURA));
      if (withModel) await expectVectorsMatchPassages(after, model.embedder!);
    });

    it('embeds only a new document', async () => {
      const project = await copyOfCorpus(env);
      await build(project);
      await writeFile(
        project.file('corpus/ada-lovelace.md'),
        '# Ada Lovelace\n\n## Skills\n\nWrote the first program for the Analytical Engine.\n',
      );

      const report = await build(project);
      const after = await loadIndex(project.config.dataDir);
      expect(report).toMatchObject({ added: 1, updated: 0, removed: 0, unchanged: 3, documents: 4, written: true });
      expect(report.embedded).toBe(embeddedFor(passagesOf(after, 'corpus/ada-lovelace.md').length));
      expect(after.documents.map((doc) => doc.person.name)).toContain('Ada Lovelace');
      if (withModel) await expectVectorsMatchPassages(after, model.embedder!);
    });

    it('drops a deleted document and all its passages', async () => {
      const project = await copyOfCorpus(env);
      await build(project);
      await rm(project.file(KURA));

      const report = await build(project);
      const after = await loadIndex(project.config.dataDir);
      expect(report).toMatchObject({
        added: 0,
        updated: 0,
        removed: 1,
        unchanged: 2,
        documents: 2,
        embedded: 0,
        written: true,
      });
      expect(after.documents.map((doc) => doc.source)).toEqual([PHIL, SRE]);
      expect(passagesOf(after, KURA)).toEqual([]);
      expect(after.passages().some((passage) => passage.text.includes('iPlayer'))).toBe(false);
      expect(after.lexical.size).toBe(after.passageCount);
      if (withModel) await expectVectorsMatchPassages(after, model.embedder!);
    });

    it('leaves the index untouched when nothing changed', async () => {
      const project = await copyOfCorpus(env);
      await build(project);
      const generation = await currentGeneration(project.config);
      const before = await loadIndex(project.config.dataDir);

      const report = await build(project);
      expect(report).toMatchObject({ added: 0, updated: 0, removed: 0, unchanged: 3, embedded: 0, written: false });
      expect(report.passages).toBe(before.passageCount);
      expect(await currentGeneration(project.config)).toBe(generation);
      expect(await generations(project.config)).toEqual([generation]);
      expect((await loadIndex(project.config.dataDir)).info.builtAt).toBe(before.info.builtAt);
    });

    it('re-embeds everything with full: true', async () => {
      const project = await copyOfCorpus(env);
      const first = await build(project);
      const generation = await currentGeneration(project.config);

      const report = await build(project, { full: true });
      expect(report).toMatchObject({
        added: 3,
        updated: 0,
        removed: 0,
        unchanged: 0,
        written: true,
        passages: first.passages,
      });
      expect(report.embedded).toBe(embeddedFor(first.passages));
      expect(await currentGeneration(project.config)).not.toBe(generation);
    });

    it('counts a new display name in corpus/people.json as an update of that profile', async () => {
      const project = await copyOfCorpus(env);
      await build(project);
      await replaceInFile(project.file('corpus/people.json'), '"kura (profile 002)"', '"Kura Tanaka"');

      const report = await build(project);
      const after = await loadIndex(project.config.dataDir);
      expect(report).toMatchObject({ added: 0, updated: 1, removed: 0, unchanged: 2, written: true });
      expect(report.embedded).toBe(embeddedFor(passagesOf(after, KURA).length));
      expect(after.documents.find((doc) => doc.source === KURA)!.person.name).toBe('Kura Tanaka');
      expect(passagesOf(after, KURA).every((passage) => passage.person === 'Kura Tanaka')).toBe(true);
    });
  });
});

describe('changing the model', () => {
  let lexical: ModelSession;
  let standin: ModelSession;
  let standinEnv: Record<string, string>;

  beforeAll(async () => {
    standinEnv = await environmentFor(true);
    lexical = await openModel(loadConfig({ USE_MODEL: 'false', WHOKNOWS_ROOT: PROJECT_ROOT }));
    standin = await openModel(loadConfig({ ...standinEnv, WHOKNOWS_ROOT: PROJECT_ROOT }));
  });

  it('rebuilds everything when a lexical-only index meets the model, and says why', async () => {
    const project = await copyOfCorpus(standinEnv);
    const first = await buildIndex(project.config, { embedder: lexical.embedder, tokens: lexical.tokens });
    expect(first.fullRebuildReason).toBeUndefined();

    const report = await buildIndex(project.config, { embedder: standin.embedder, tokens: standin.tokens });
    expect(report.fullRebuildReason).toBe(`model changed from none to ${STANDIN_MODEL_NAME}`);
    expect(report).toMatchObject({ unchanged: 0, written: true, model: STANDIN_MODEL_NAME });
    expect(report.embedded).toBe(report.passages);
    const index = await loadIndex(project.config.dataDir);
    expect(index.info.model).toEqual({ name: STANDIN_MODEL_NAME, dimension: STANDIN_DIMENSION });
    await expectVectorsMatchPassages(index, standin.embedder!);
  });

  it('rebuilds everything when the model is switched off after a build with it', async () => {
    const project = await copyOfCorpus(standinEnv);
    await buildIndex(project.config, { embedder: standin.embedder, tokens: standin.tokens });

    const report = await buildIndex(project.config, { embedder: lexical.embedder, tokens: lexical.tokens });
    expect(report.fullRebuildReason).toBe(`model changed from ${STANDIN_MODEL_NAME} to none`);
    expect(report).toMatchObject({ unchanged: 0, embedded: 0, written: true, model: null });
    expect((await loadIndex(project.config.dataDir)).vectors).toBeNull();
  });
});

describe('writing the index safely', () => {
  let standin: ModelSession;
  let standinEnv: Record<string, string>;

  beforeAll(async () => {
    standinEnv = await environmentFor(true);
    standin = await openModel(loadConfig({ ...standinEnv, WHOKNOWS_ROOT: PROJECT_ROOT }));
  });

  /** The real embedder, except that its second call fails, like a crash or Ctrl-C halfway through. */
  function failingOnSecondBatch(embedder: Embedder): Embedder {
    let calls = 0;
    return {
      modelId: embedder.modelId,
      dimension: embedder.dimension,
      maxTokens: embedder.maxTokens,
      countTokens: (text) => embedder.countTokens(text),
      async embed(texts) {
        calls++;
        if (calls === 2) throw new Error('embedding interrupted');
        return embedder.embed(texts);
      },
    };
  }

  it('keeps serving the previous index when a build is interrupted, and the next build picks the change up', async () => {
    const project = await copyOfCorpus(standinEnv);
    const { config } = project;
    await buildIndex(config, { embedder: standin.embedder, tokens: standin.tokens });
    const generation = await currentGeneration(config);
    await replaceInFile(project.file(SRE), 'Hive is a domestic IoT platform', 'Hive is a smart-thermostat platform');

    const interrupted = buildIndex(config, {
      embedder: failingOnSecondBatch(standin.embedder!),
      tokens: standin.tokens,
      batchSize: 2,
    });
    await expect(interrupted).rejects.toThrow('embedding interrupted');

    expect(await currentGeneration(config)).toBe(generation);
    const survivor = await loadIndex(config.dataDir);
    expect(survivor.passages().some((passage) => passage.text.includes('domestic IoT platform'))).toBe(true);
    expect(survivor.passages().some((passage) => passage.text.includes('smart-thermostat'))).toBe(false);
    await expectVectorsMatchPassages(survivor, standin.embedder!);

    const report = await buildIndex(config, { embedder: standin.embedder, tokens: standin.tokens });
    expect(report).toMatchObject({ updated: 1, unchanged: 2, written: true });
    const after = await loadIndex(config.dataDir);
    expect(after.passages().some((passage) => passage.text.includes('smart-thermostat'))).toBe(true);
  });

  it('loads past leftovers of a build that crashed while writing, and the next build clears them (but not a build still running)', async () => {
    const project = await copyOfCorpus(standinEnv);
    const { config } = project;
    const first = await buildIndex(config, { embedder: standin.embedder, tokens: standin.tokens });
    // What a crash inside writeIndex leaves: a half-written generation and a temporary link.
    const halfWritten = path.join(config.dataDir, '.building-crashed');
    await mkdir(halfWritten);
    await writeFile(path.join(halfWritten, 'index.json'), '{"formatVersion": 2, "docu');
    await symlink('.building-crashed', path.join(config.dataDir, '.building-link-0a1b2c'));
    // The crash was an hour ago; a folder written a moment ago may be another embed still running.
    const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
    await utimes(halfWritten, anHourAgo, anHourAgo);
    await lutimes(path.join(config.dataDir, '.building-link-0a1b2c'), anHourAgo, anHourAgo);
    await mkdir(path.join(config.dataDir, '.building-concurrent'));

    const survivor = await loadIndex(config.dataDir);
    expect(survivor.passages()).toHaveLength(first.passages);

    await writeFile(project.file('corpus/ada-lovelace.md'), '# Ada Lovelace\n\nWrote the first program.\n');
    const report = await buildIndex(config, { embedder: standin.embedder, tokens: standin.tokens });
    expect(report).toMatchObject({ added: 1, unchanged: 3, written: true });
    expect((await readdir(config.dataDir)).filter((name) => name.startsWith('.building-'))).toEqual([
      '.building-concurrent',
    ]);
    expect((await loadIndex(config.dataDir)).documents).toHaveLength(4);
  });

  it('swaps <dataDir>/index, a relative symlink, to a new generation and keeps only the current and previous ones', async () => {
    const project = await copyOfCorpus(standinEnv);
    const { config } = project;
    const link = path.join(config.dataDir, 'index');
    const seen: string[] = [];
    for (const edit of ['first', 'second', 'third']) {
      await writeFile(project.file('corpus/notes.md'), `# Ada Lovelace\n\nThe ${edit} version of this profile.\n`);
      await buildIndex(config, { embedder: standin.embedder, tokens: standin.tokens });
      expect((await lstat(link)).isSymbolicLink()).toBe(true);
      const target = await readlink(link);
      expect(target).toMatch(/^index-[^/\\]+$/);
      expect(seen).not.toContain(target);
      seen.push(target);
      const index = await loadIndex(config.dataDir);
      expect(index.passages().some((passage) => passage.text.includes(`The ${edit} version`))).toBe(true);
    }
    // The previous generation stays for a bot that may still be loading it; older ones go.
    expect(await generations(config)).toEqual([seen[1], seen[2]].sort());
  });

  it('gives a load that overlaps a swap one whole generation, never a mix of two', async () => {
    const project = await copyOfCorpus({ USE_MODEL: 'false' });
    const { config } = project;
    const lexical = await openModel(config);
    await buildIndex(config, { embedder: null, tokens: lexical.tokens });
    const older = await currentGeneration(config);
    await writeFile(
      project.file('corpus/ada-lovelace.md'),
      '# Ada Lovelace\n\n## Skills\n\nWrote the first program.\n',
    );
    await buildIndex(config, { embedder: null, tokens: lexical.tokens });
    const newer = await currentGeneration(config);

    const pointAt = async (generation: string) => {
      const temporary = path.join(config.dataDir, `.building-link-${generation}`);
      await symlink(generation, temporary);
      await rename(temporary, path.join(config.dataDir, 'index'));
    };
    // A bot starts loading the older index; `npm run embed` swaps in the newer one while it reads.
    await pointAt(older);
    reads.after = async (file) => {
      if (!file.endsWith('manifest.json')) return;
      reads.after = undefined;
      await pointAt(newer);
    };
    try {
      const index = await loadIndex(config.dataDir);
      expect(index.lexical.size).toBe(index.passageCount);
      expect(index.documents).toHaveLength(3);
    } finally {
      reads.after = undefined;
    }
  });
});
