/**
 * Every structure answering reads, damaged in a way its size does not show (bytes flipped in
 * place, or wrong values written by a faulty writer under a valid checksum): a question is refused
 * as INDEX_CORRUPT naming the file, never an unexpected error, and a plain build (what
 * `npm run embed` runs) finds the damage, rebuilds, and questions are answered again.
 */
import { mkdir, readFile, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import type { Passage } from '../src/chunking/passage.js';
import { loadConfig, PROJECT_ROOT, type Config } from '../src/config.js';
import { openModel, type ModelSession } from '../src/embedding/openModel.js';
import { isWhoKnowsError } from '../src/errors.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import { loadIndex } from '../src/index/read/loadIndex.js';
import { GenerationWriter } from '../src/index/store/generation/generationWriter.js';
import { readFactsLines, writeFactsFile } from '../src/index/store/manifest/factsFile.js';
import { readBuilds } from '../src/index/store/manifest/header.js';
import { writeLineFile } from '../src/index/store/manifest/lineFile.js';
import type { IndexHeader } from '../src/index/store/manifest/manifest.js';
import { readVectors } from '../src/index/store/vectors/vectorFiles.js';
import { buildStandinModel, removeStandinModels } from '../scripts/synthetic/standinModel.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const temporaryDir = temporaryDirs('whoknows-checks-test-');
afterAll(removeStandinModels);

/** Invented profiles. */
const PROFILES: Record<string, string> = {
  'ada.md':
    '# Ada Example\n\n## Skills\n\n- Terraform and AWS\n- Kafka\n\n## Experience\n\n### Engineer at Acme · 2019 – Present\n\n- Ran Terraform for the platform team.\n',
  'bo.md':
    '# Bo Example\n\n## Experience\n\n### Developer at Globex · 2015 – 2020\n\n- Built the billing service in Rust.\n',
  'cy.md': '# Cy Example\n\n## Education\n\n- BSc Computer Science, University of Leeds\n\n## Skills\n\n- PostgreSQL\n',
};

let standin: ModelSession;
let modelEnv: Record<string, string>;
beforeAll(async () => {
  const model = await buildStandinModel();
  modelEnv = { MODELS_DIR: model.modelsDir, MODEL_NAME: model.modelName, MODEL_LOAD_TIMEOUT_MS: '60000' };
  standin = await openModel(loadConfig({ ...modelEnv, WHOKNOWS_ROOT: PROJECT_ROOT }));
}, 120_000);

async function built(): Promise<Config> {
  const root = await temporaryDir();
  await mkdir(path.join(root, 'corpus'));
  for (const [name, text] of Object.entries(PROFILES)) await writeFile(path.join(root, 'corpus', name), text);
  const config = loadConfig({ ...modelEnv, WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data' });
  await embed(config);
  return config;
}

const embed = (config: Config) => buildIndex(config, { embedder: standin.embedder, tokens: standin.tokens });
const generation = (config: Config) => path.join(config.dataDir, 'index');
const file = (config: Config, name: string) => path.join(generation(config), name);

/** What `npm run ask` does with one question: open the index, answer, close. */
/**
 * Changes one byte near the end of the first segment's passages: a block no load reads, only an
 * answer that quotes one of its passages.
 */
async function damageLastPassageBlock(config: Config): Promise<void> {
  const [segment] = await readdir(file(config, 'segments'));
  const target = file(config, `segments/${segment!}`);
  const bytes = await readFile(target);
  bytes[bytes.length - 9] = bytes[bytes.length - 9]! ^ 0x20;
  await writeFile(target, bytes);
}

async function ask(config: Config, question = 'who knows terraform?') {
  const answerer = await openAnswerer(config, { model: standin, buildIfMissing: false, warn: () => {} });
  try {
    return await answerer.ask(question);
  } finally {
    answerer.close();
  }
}

/** The error asking meets: INDEX_CORRUPT, one line, naming each of `mentions`. */
async function expectCorrupt(config: Config, ...mentions: string[]): Promise<void> {
  await expectCorruptAsking(config, 'who knows terraform?', ...mentions);
}

async function expectCorruptAsking(config: Config, question: string, ...mentions: string[]): Promise<void> {
  const caught = await ask(config, question).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(caught, 'expected INDEX_CORRUPT').toBeDefined();
  if (!isWhoKnowsError(caught)) throw caught;
  expect(caught.code).toBe('INDEX_CORRUPT');
  expect(caught.message).not.toContain('\n');
  for (const mention of mentions) expect(caught.message).toContain(mention);
}

/** A plain build rebuilds the damaged index (never "up to date"), and asking answers again. */
async function expectRepaired(config: Config, reason: RegExp): Promise<void> {
  const report = await embed(config);
  expect(report.written).toBe(true);
  expect(report.fullRebuildReason).toMatch(reason);
  const answer = await ask(config);
  expect(answer.noAnswer).toBe(false);
  expect(answer.citations.some((citation) => citation.person === 'Ada Example')).toBe(true);
  // And the next build finds nothing to do.
  expect(await embed(config)).toMatchObject({ written: false });
}

async function header(config: Config): Promise<IndexHeader> {
  return JSON.parse(await readFile(file(config, 'index.json'), 'utf8')) as IndexHeader;
}

/**
 * Replaces the index by one whose passages are `edit` of the current ones, written by the project's
 * own writers (segment checksums valid): what a faulty writer would install.
 */
async function rewritePassages(config: Config, edit: (passages: Passage[]) => Passage[]): Promise<void> {
  const index = await loadIndex(config.dataDir);
  const passages = edit([...index.passages()]);
  index.close();
  const old = await header(config);
  const graph = await readVectors(await realpath(generation(config)), old, generation(config));
  const writer = await GenerationWriter.begin(config.dataDir);
  await writer.addSegment(passages);
  const {
    formatVersion: _v,
    segments: _s,
    vectorsSha256: _h,
    vectorLabelsCrc32: _l,
    facts: _f,
    names: _n,
    roleTerms: _r,
    builds: _b,
    ...fields
  } = old;
  const dir = generation(config);
  const builds = await readBuilds(dir, old, dir);
  const documents = fields.documents.map((doc, d) => ({ ...doc, ...builds[d]! }));
  const placement: [number, number][] = [];
  let first = 0;
  for (const doc of old.documents) {
    placement.push([0, first]);
    first += doc.passageCount;
  }
  await writer.finish({ ...fields, documents, placement }, graph);
}

describe('a segment whose checksums hold but whose passages do not', () => {
  it('refuses a passage written as null, and a plain build rebuilds it', async () => {
    const config = await built();
    // JSON.stringify writes an object with toJSON as what toJSON returns: the writer stores `null`.
    await rewritePassages(config, (passages) =>
      passages.map((passage, i) => (i === 0 ? ({ ...passage, toJSON: () => null } as Passage) : passage)),
    );
    await expectCorrupt(config, 'segments/', 'damaged passage (0');
    await expectRepaired(config, /damaged passage/);
  }, 60_000);

  it('refuses a passage whose fields have the wrong types, naming the field, and a plain build rebuilds it', async () => {
    const config = await built();
    await rewritePassages(config, (passages) =>
      passages.map((passage) => ({ ...passage, person: 42 }) as unknown as Passage),
    );
    await expectCorrupt(config, 'segments/', 'person is the number 42, not a string');
    await expectRepaired(config, /person is the number 42/);
  }, 60_000);

  it('is refused when an answer reads a passage block changed in place, and a plain build then rebuilds it', async () => {
    const config = await built();
    await damageLastPassageBlock(config);
    const reader = await loadIndex(config.dataDir);
    const passages = reader.documents.reduce((sum, doc) => sum + doc.passageCount, 0);
    expect(() => reader.passage(passages - 1)).toThrow(/checksum mismatch in passage block/);
    reader.close?.();
    await expectRepaired(config, /checksum mismatch in passage block/);
  }, 60_000);

  it('costs a plain build nothing while no reader found damage: only the header is read', async () => {
    const config = await built();
    await damageLastPassageBlock(config);
    // Nothing read the damaged block, so nothing noted it: the build does not read every file whole.
    expect((await embed(config)).written).toBe(false);
  }, 60_000);
});

describe('facts.jsonl', () => {
  it('refuses a file of the right size with bytes flipped, and a plain build does not call it up to date', async () => {
    const config = await built();
    const target = file(config, 'facts.jsonl');
    const bytes = await readFile(target);
    const old = await header(config);
    // A byte inside the first block, which holds the first document with facts.
    const d = (await readFactsLines(await realpath(generation(config)), old, 'index'))!.findIndex((l) => l.length > 0);
    expect(old.facts!.lineEnds[d]!).toBeLessThan(65_536);
    bytes[3] = bytes[3]! ^ 0x20;
    await writeFile(target, bytes);
    // A line is read (and its block checked) when a question needs that person's facts.
    const person = old.documents[d]!.person.name;
    await expectCorruptAsking(config, `where has ${person} worked?`, 'facts.jsonl is damaged (checksum mismatch');
    await expectRepaired(config, /facts\.jsonl is damaged/);
  }, 60_000);

  it('refuses a line of the wrong types under a valid checksum, naming the line, and a plain build rebuilds it', async () => {
    const config = await built();
    const target = file(config, 'facts.jsonl');
    const old = await header(config);
    const lines = (await readFactsLines(await realpath(generation(config)), old, 'index'))!.map((l) => l.toString());
    const d = lines.findIndex((line) => line.length > 0);
    lines[d] = JSON.stringify({ ...JSON.parse(lines[d]!), roles: 'engineer' });
    // Written by the project's own writer, as a faulty build would: every checksum holds.
    const written = await writeFactsFile(target, lines);
    await writeFile(file(config, 'index.json'), JSON.stringify({ ...old, facts: { ...old.facts, ...written } }));
    // Lines are parsed when a question needs that person's facts.
    const person = old.documents[d]!.person.name;
    await expectCorruptAsking(
      config,
      `where has ${person} worked?`,
      `facts.jsonl line ${d + 1}: roles is a string, not a list`,
    );
    await expectRepaired(config, /roles is a string/);
  }, 60_000);
});

describe('builds.json', () => {
  it('is not read to answer, and a plain build refuses it damaged in place and rebuilds the index', async () => {
    const config = await built();
    const target = file(config, 'builds.json');
    const bytes = await readFile(target);
    bytes[5] = bytes[5]! ^ 0x01;
    await writeFile(target, bytes);
    // What only builds read: questions are answered without it.
    expect((await ask(config)).noAnswer).toBe(false);
    await expectRepaired(config, /builds\.json does not match its checksum/);
  }, 60_000);
});

describe('role-terms.jsonl', () => {
  it('refuses a line of the wrong shape under a valid checksum at the first employer question', async () => {
    const config = await built();
    const old = await header(config);
    const lines = old.documents.map(() => '"engineer"');
    const written = await writeLineFile(file(config, 'role-terms.jsonl'), lines);
    // Without its tables file (an index that has none), the lines are what a question reads.
    await writeFile(
      file(config, 'index.json'),
      JSON.stringify({ ...old, roleTerms: { ...old.roleTerms, ...written, tables: undefined } }),
    );
    expect((await ask(config)).noAnswer).toBe(false);
    await expectCorruptAsking(
      config,
      'who has worked at Globex?',
      "role-terms.jsonl line 1 is not a list of roles' terms",
    );
    await expectRepaired(config, /role-terms\.jsonl line 1/);
  }, 60_000);
});

describe('role-terms.tables.bin', () => {
  it('refuses the tables damaged in place at the first employer question, and a plain build rebuilds them', async () => {
    const config = await built();
    const target = file(config, 'role-terms.tables.bin');
    const bytes = await readFile(target);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0x01;
    await writeFile(target, bytes);
    expect((await ask(config)).noAnswer).toBe(false);
    await expectCorruptAsking(config, 'who has worked at Globex?', 'role-terms.tables.bin does not match its checksum');
    await expectRepaired(config, /role-terms\.tables\.bin does not match its checksum/);
  }, 60_000);
});

describe('vectors and their labels', () => {
  it('refuses labels of the right count where one repeats, and a plain build rebuilds them', async () => {
    const config = await built();
    const target = file(config, 'vector-labels.bin');
    const bytes = await readFile(target);
    bytes.copy(bytes, 4, 0, 4);
    await writeFile(target, bytes);
    await expectCorrupt(config, 'vector-labels.bin is damaged');
    await expectRepaired(config, /vector-labels\.bin is damaged/);
  }, 60_000);

  it('refuses a graph with a byte flipped, and a plain build rebuilds it', async () => {
    const config = await built();
    const target = file(config, 'vectors.hnsw');
    const bytes = await readFile(target);
    bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0x01;
    await writeFile(target, bytes);
    await expectCorrupt(config, 'vectors.hnsw is damaged (checksum mismatch)');
    await expectRepaired(config, /vectors\.hnsw is damaged/);
  }, 60_000);
});

describe('index.json', () => {
  it('refuses a field of the wrong type, naming it, and a plain build rebuilds the index', async () => {
    const config = await built();
    const old = await header(config);
    const documents = old.documents.map((doc, d) =>
      d === 1 ? { ...doc, passageCount: String(doc.passageCount) } : doc,
    );
    await writeFile(file(config, 'index.json'), JSON.stringify({ ...old, documents }));
    await expectCorrupt(config, 'documents[1].passageCount is a string, not an integer');
    await expectRepaired(config, /documents\[1\]\.passageCount/);
  }, 60_000);

  it('refuses a missing segment, and a plain build rebuilds it', async () => {
    const config = await built();
    const [segment] = await readdir(file(config, 'segments'));
    await rm(file(config, `segments/${segment!}`));
    await expectCorrupt(config, 'is missing');
    await expectRepaired(config, /is missing/);
  }, 60_000);
});
