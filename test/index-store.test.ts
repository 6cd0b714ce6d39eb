/**
 * The segment store: an index updated in place (new segment, kept segments hard-linked, dead
 * passages skipped) must answer exactly as a full rebuild of the same corpus; a damaged or
 * half-written store is refused in one line, never served.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, readlink, rm, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectionLabel, type Passage } from '../src/chunking/passage.js';
import { loadConfig, PROJECT_ROOT, type Config } from '../src/config.js';
import { openModel, type ModelSession } from '../src/embedding/openModel.js';
import { buildIndex, type BuildReport } from '../src/index/build/buildIndex.js';
import { GenerationWriter } from '../src/index/store/generation/generationWriter.js';
import { encodeSegment } from '../src/index/store/segment/encodeSegment.js';
import { Segment } from '../src/index/store/segment/segment.js';
import { loadIndex, type LoadedIndex } from '../src/index/read/loadIndex.js';
import { inMemoryLines } from '../src/index/read/mergedLines.js';
import { whoKnows } from '../src/answer/whoKnows.js';
import { SkillRankings } from '../src/retrieval/rankPeople.js';
import { TermGroups } from '../src/retrieval/termGroups.js';
import { wordKey } from '../src/text/lineWords.js';
import { buildStandinModel, removeStandinModels } from '../scripts/synthetic/standinModel.js';
import { expectCode } from './support/expectCode.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const temporaryDir = temporaryDirs('whoknows-store-test-');
afterAll(removeStandinModels);

const SKILLS = [
  'Terraform',
  'Kubernetes',
  'PostgreSQL',
  'Rust',
  'Kafka',
  'React',
  'Go',
  'Python',
  'Ansible',
  'Elasticsearch',
];
/** The year lines are dated as of. */
const YEAR = 2026;

/** An invented profile: person n, with skills and roles picked by n so profiles differ. */
function profile(n: number, extra = ''): string {
  const skills = SKILLS.filter((_, i) => (n + i) % 3 === 0);
  return [
    `# Person ${n} Example`,
    '',
    '## Skills',
    '',
    ...skills.map((skill) => `- ${skill} in production`),
    '',
    '## Experience',
    '',
    `### Engineer at Company ${n % 4} · 20${10 + (n % 10)} – Present`,
    '',
    `- Ran ${skills[0] ?? 'Go'} services for team ${n}.`,
    `- Moved billing to ${skills.at(-1) ?? 'Rust'}.${extra}`,
    '',
  ].join('\n');
}

let standin: ModelSession;
beforeAll(async () => {
  const model = await buildStandinModel();
  standin = await openModel(
    loadConfig({
      MODELS_DIR: model.modelsDir,
      MODEL_NAME: model.modelName,
      MODEL_LOAD_TIMEOUT_MS: '60000',
      WHOKNOWS_ROOT: PROJECT_ROOT,
    }),
  );
}, 120_000);

async function project(profiles: number): Promise<Config> {
  const root = await temporaryDir();
  await mkdir(path.join(root, 'corpus'));
  for (let n = 0; n < profiles; n++) await writeFile(path.join(root, 'corpus', `person-${n}.md`), profile(n));
  return loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', USE_MODEL: 'false' });
}

/** The same corpus with its own data folder, built from scratch. */
async function fullRebuildOf(config: Config, withVectors: boolean): Promise<LoadedIndex> {
  const other = {
    ...config,
    dataDir: path.join(config.projectRoot, `full-${Date.now()}-${Math.random().toString(36).slice(2)}`),
  };
  await buildIndex(other, { embedder: withVectors ? standin.embedder : null, tokens: standin.tokens, full: true });
  return loadIndex(other.dataDir);
}

const QUESTIONS = [
  ['terraform'],
  ['kubernetes', 'product'],
  ['postgresql', 'rust', 'billing'],
  ['company', 'engineer'],
  ['clickhouse'],
  ['person', 'team'],
];

/** BM25 hits as plain values: label, exact score and each term's exact contribution. */
function readableHits(index: LoadedIndex, terms: readonly string[]) {
  return index.lexical
    .search(terms)
    .map((hit) => ({ label: hit.label, score: hit.score, termScores: Object.fromEntries(hit.termScores) }));
}

/** What answering reads of an index: passages in order, BM25 hits with their exact scores, nearest vectors. */
async function expectSameAnswers(updated: LoadedIndex, full: LoadedIndex): Promise<void> {
  expect(updated.documents.map((doc) => doc.source)).toEqual(full.documents.map((doc) => doc.source));
  // A scan decodes passages one at a time (before anything is kept) and reads what passages() holds.
  expect([...updated.scanPassages()]).toEqual(full.passages());
  expect(updated.passages()).toEqual(full.passages());
  expect(updated.lexical.size).toBe(full.lexical.size);
  for (const terms of QUESTIONS) {
    expect(readableHits(updated, terms), terms.join(' ')).toEqual(readableHits(full, terms));
    for (const term of terms) expect(updated.lexical.idf(term)).toBe(full.lexical.idf(term));
    // The bound top-k ranking skips passages by: the same as a rebuild's, and above every passage's share.
    for (const term of terms) {
      const bound = updated.lexical.maxContribution(term);
      expect(bound).toBe(full.lexical.maxContribution(term));
      for (const hit of updated.lexical.hits([term])) expect(hit.termScores.get(term)!).toBeLessThanOrEqual(bound);
    }
  }
  expectSameLines(updated);
  expectSameLines(full);
  if (!full.vectors) return;
  for (let label = 0; label < full.passageCount; label += 7) {
    // Every passage's vector is its own (labels line up), and it is its own nearest neighbour.
    expect(Array.from(updated.vectors!.vector(label))).toEqual(Array.from(full.vectors.vector(label)));
    expect(updated.vectors!.search(full.vectors.vector(label), 1)[0]?.label).toBe(label);
  }
}

/**
 * who-knows' stored postings against the scan oracle: the same postings made from the index's live
 * passages in memory, word by word (dead passages in kept segments must not show), then whole answers.
 */
function expectSameLines(index: LoadedIndex): void {
  const oracle = inMemoryLines(index.passages());
  const live = oracle.lines.words();
  expect(live.length).toBeGreaterThan(20);
  expect(new Set(index.lines.words().filter((word) => index.lines.firstUse(word)))).toEqual(new Set(live));
  for (const word of live) {
    expect(index.lines.linesWithAll([wordKey(word)], YEAR), word).toEqual(
      oracle.lines.linesWithAll([wordKey(word)], YEAR),
    );
    expect(index.lines.firstUse(word), word).toEqual(oracle.lines.firstUse(word));
  }
  for (const pair of [
    ['ran', 'services'],
    ['moved', 'billing'],
    ['engineer', 'company'],
  ]) {
    const keys = pair.map(wordKey);
    expect(index.lines.linesWithAll(keys, YEAR).lines.length).toBeGreaterThan(0);
    expect(index.lines.linesWithAll(keys, YEAR)).toEqual(oracle.lines.linesWithAll(keys, YEAR));
  }
  for (let label = 0; label < index.passageCount; label++) {
    expect(index.lines.sectionStart(label)).toBe(oracle.lines.sectionStart(label));
    expect(index.lines.sectionLabel(label)).toBe(sectionLabel(index.passage(label).sectionPath));
    // Within a segment and across segments (an edited profile's new passages are in one of their own).
    for (let other = 0; other < index.passageCount; other++) {
      expect(index.lines.sameSection(label, other)).toBe(
        sectionLabel(index.passage(label).sectionPath) === sectionLabel(index.passage(other).sectionPath),
      );
    }
  }
  const skills = new TermGroups({ groups: [['postgresql', 'postgres']] });
  for (const skill of [...SKILLS, 'clickhouse', 'terrafrom', 'kafak']) {
    expect(whoKnows(skill.toLowerCase(), index, skills, new SkillRankings()), skill).toEqual(
      whoKnows(skill.toLowerCase(), oracle, skills, new SkillRankings()),
    );
  }
}

/** Where a segment file's sections start (its header: "WKSEG…", a u32 length, JSON). */
function segmentLayout(bytes: Buffer): {
  base: number;
  passages: [number, number];
  sections: Record<string, [number, number]>;
  header: Record<string, unknown>;
} {
  const length = bytes.readUInt32LE(8);
  const header = JSON.parse(bytes.toString('utf8', 12, 12 + length)) as { sections: Record<string, [number, number]> };
  return { base: 12 + length, passages: header.sections.passages!, sections: header.sections, header };
}

/** The first term of a segment's dictionary (the one whose postings come first). */
function firstTerm(bytes: Buffer, sections: Record<string, [number, number]>): string {
  const [termStarts] = sections.termStarts!;
  const [terms] = sections.terms!;
  return bytes.toString('utf8', terms, terms + bytes.readUInt32LE(termStarts + 4));
}

async function segmentFiles(config: Config): Promise<string[]> {
  return readdir(path.join(config.dataDir, 'index', 'segments'));
}

describe('an index updated in place', () => {
  it('answers as a full rebuild does after adding, editing and removing profiles, vectors included', async () => {
    const config = await project(12);
    const build = (): Promise<BuildReport> =>
      buildIndex(config, { embedder: standin.embedder, tokens: standin.tokens });
    await build();
    const [first] = await segmentFiles(config);

    await writeFile(path.join(config.corpusDir, 'person-3.md'), profile(3, '\n- Led the move to ClickHouse.'));
    expect(await build()).toMatchObject({ updated: 1, unchanged: 11 });
    // The untouched profiles' segment is kept as it was (hard-linked), the edit is a new one.
    expect(await segmentFiles(config)).toHaveLength(2);
    expect(await segmentFiles(config)).toContain(first);
    await expectSameAnswers(await loadIndex(config.dataDir), await fullRebuildOf(config, true));

    await writeFile(path.join(config.corpusDir, 'person-12.md'), profile(12));
    expect(await build()).toMatchObject({ added: 1 });
    await expectSameAnswers(await loadIndex(config.dataDir), await fullRebuildOf(config, true));

    await rm(path.join(config.corpusDir, 'person-5.md'));
    expect(await build()).toMatchObject({ removed: 1 });
    const updated = await loadIndex(config.dataDir);
    expect(updated.passages().some((passage) => passage.source === 'corpus/person-5.md')).toBe(false);
    await expectSameAnswers(updated, await fullRebuildOf(config, true));
  }, 120_000);

  it('rewrites its segments as one once dead passages pass a quarter of them, answering the same', async () => {
    const config = await project(8);
    const build = (): Promise<BuildReport> => buildIndex(config, { embedder: null, tokens: standin.tokens });
    await build();
    const counts: number[] = [];
    for (const n of [1, 2, 3]) {
      await writeFile(path.join(config.corpusDir, `person-${n}.md`), profile(n, ` Edit ${n}.`));
      await build();
      counts.push((await segmentFiles(config)).length);
    }
    // Two edits of eight profiles leave a quarter of the first segment dead; the third compacts.
    expect(counts).toEqual([2, 3, 1]);
    await expectSameAnswers(await loadIndex(config.dataDir), await fullRebuildOf(config, false));
  }, 60_000);

  it('writes nothing when nothing changed, and leaves the index as it was', async () => {
    const config = await project(4);
    await buildIndex(config, { embedder: null, tokens: standin.tokens });
    const before = await segmentFiles(config);
    const report = await buildIndex(config, { embedder: null, tokens: standin.tokens });
    expect(report).toMatchObject({ unchanged: 4, written: false });
    expect(await segmentFiles(config)).toEqual(before);
    // A segment damaged in place is found by the next build, which rebuilds it (index-checks.test.ts).
  });
});

describe('a damaged store', () => {
  async function built(): Promise<{ config: Config; segment: string }> {
    const config = await project(3);
    await buildIndex(config, { embedder: null, tokens: standin.tokens });
    const [name] = await segmentFiles(config);
    return { config, segment: path.join(config.dataDir, 'index', 'segments', name!) };
  }

  it('refuses a segment cut short, and a plain `npm run embed` rebuilds it', async () => {
    const { config, segment } = await built();
    await truncate(segment, Math.floor((await stat(segment)).size / 2));
    await expectCode(loadIndex(config.dataDir), 'INDEX_CORRUPT', 'segments/', 'cut short');
    const report = await buildIndex(config, { embedder: null, tokens: standin.tokens });
    expect(report.fullRebuildReason).toMatch(/cut short/);
    expect((await loadIndex(config.dataDir)).passageCount).toBe(report.passages);
  });

  it('opens a segment whose postings are damaged, and refuses a term as INDEX_CORRUPT naming the segment when its postings are read', async () => {
    const { config, segment } = await built();
    const bytes = await readFile(segment);
    const { sections } = segmentLayout(bytes);
    const first = firstTerm(bytes, sections);
    bytes[sections.postingData![0]] = bytes[sections.postingData![0]]! ^ 0xff;
    await writeFile(segment, bytes);
    const index = await loadIndex(config.dataDir);
    const search = async () => index.lexical.search([first]);
    await expectCode(
      search(),
      'INDEX_CORRUPT',
      `segments/${path.basename(segment)}`,
      'checksum mismatch in postingData block 0',
    );
    // A failed check is not remembered as a good block: the next look-up is refused too.
    await expectCode(search(), 'INDEX_CORRUPT', `segments/${path.basename(segment)}`, 'checksum');
    index.close();
  });

  // lineLocal is read whole on who-knows' first question; a key's lines (keyLineData) as they are looked up.
  it.each([
    ['lineLocal', 'checksum mismatch in lineLocal'],
    ['keyLineData', 'checksum mismatch in keyLineData block 0'],
  ] as const)(
    'answers from postings when its who-knows table %s is damaged, and refuses who-knows as INDEX_CORRUPT',
    async (section, problem) => {
      const { config, segment } = await built();
      const bytes = await readFile(segment);
      const { sections } = segmentLayout(bytes);
      const [at, length] = sections[section]!;
      expect(length).toBeLessThan(65_536);
      bytes[at + Math.floor(length / 2)] = bytes[at + Math.floor(length / 2)]! ^ 0xff;
      await writeFile(segment, bytes);
      const index = await loadIndex(config.dataDir);
      // Opening and BM25 read no who-knows tables, so both go on as before.
      expect(index.lexical.search(['terraform']).length).toBeGreaterThan(0);
      await expectCode(
        Promise.resolve().then(() => whoKnows('terraform', index, new TermGroups({ groups: [] }), new SkillRankings())),
        'INDEX_CORRUPT',
        `segments/${path.basename(segment)}`,
        problem,
      );
      index.close();
    },
  );

  it('checks every block of a segment it writes before installing it', () => {
    const text = 'Terraform and Kubernetes on AWS.';
    const passage: Passage = {
      id: 'a1',
      personId: 'Alice',
      person: 'Alice',
      source: 'corpus/alice.md',
      sectionPath: ['Skills'],
      startLine: 1,
      endLine: 1,
      text,
      embedText: text,
    };
    const bytes = Buffer.concat(encodeSegment([passage]));
    expect(() => Segment.fromBytes(bytes).verifyAll()).not.toThrow();
    const { sections } = segmentLayout(bytes);
    bytes[sections.postingData![0]] = bytes[sections.postingData![0]]! ^ 0xff;
    expect(() => Segment.fromBytes(bytes).verifyAll()).toThrow(/checksum mismatch in postingData block 0/);
  });

  it('opens a segment whose passage bytes are damaged, and refuses the passage as INDEX_CORRUPT naming the segment when it is read', async () => {
    const { config, segment } = await built();
    const bytes = await readFile(segment);
    const { passages } = segmentLayout(bytes);
    // Inside the first passage's text, so the damage would otherwise be quoted in an answer.
    bytes[passages[0] + 3] = bytes[passages[0] + 3]! ^ 0x01;
    await writeFile(segment, bytes);
    const index = await loadIndex(config.dataDir);
    const read = async () => index.passage(0);
    await expectCode(
      read(),
      'INDEX_CORRUPT',
      `segments/${path.basename(segment)}`,
      'checksum mismatch in passage block 0',
    );
    // A failed check is not remembered as a good block: the next read is refused too.
    await expectCode(read(), 'INDEX_CORRUPT', `segments/${path.basename(segment)}`, 'checksum');
    await expectCode(
      Promise.resolve().then(() => whoKnows('terraform', index, new TermGroups({ groups: [] }), new SkillRankings())),
      'INDEX_CORRUPT',
      'segments/',
    );
    index.close();
  });

  it("refuses a term whose postings name a passage the segment lacks (a writer's mistake the checksum passes) when it is first looked up", async () => {
    const { config, segment } = await built();
    const bytes = await readFile(segment);
    const { base, sections, header } = segmentLayout(bytes);
    const first = firstTerm(bytes, sections);
    const [at, length] = sections.postingData!;
    // The first entry's passage, a one-byte varint, made the largest one byte holds: past this segment's passages.
    expect(bytes[at]! < 0x80).toBe(true);
    expect(header.passages as number).toBeLessThan(0x7f);
    bytes[at] = 0x7f;
    // Written as a faulty writer would: checksummed after the fault, the header padded to its length.
    const crcs = (header.sectionCrcs as Record<string, number[]>).postingData!.map((crc, b) =>
      b === 0 ? crc32(bytes.subarray(at, at + Math.min(length, 65_536))) : crc,
    );
    const json = JSON.stringify({ ...header, sectionCrcs: { ...(header.sectionCrcs as object), postingData: crcs } });
    bytes.write(json.padEnd(base - 12, ' '), 12, 'utf8');
    await writeFile(segment, bytes);
    const index = await loadIndex(config.dataDir);
    expect(index.lexical.search(['terraform']).length).toBeGreaterThan(0);
    await expectCode(
      Promise.resolve().then(() => index.lexical.search([first])),
      'INDEX_CORRUPT',
      `segments/${path.basename(segment)} has a posting for a passage it does not hold`,
    );
    index.close();
  });

  it('refuses a segment cut short inside its passages when it is opened, whatever the header says', async () => {
    const { config, segment } = await built();
    const bytes = await readFile(segment);
    const { passages } = segmentLayout(bytes);
    await truncate(segment, passages[0] + 10);
    // The recorded size is checked first; past it, the segment's own header says where its passages end.
    await expectCode(loadIndex(config.dataDir), 'INDEX_CORRUPT', `segments/${path.basename(segment)}`, 'cut short');
    const header = path.join(config.dataDir, 'index', 'index.json');
    const stored = JSON.parse(await readFile(header, 'utf8'));
    stored.segments[0].bytes = passages[0] + 10;
    await writeFile(header, JSON.stringify(stored));
    await expectCode(loadIndex(config.dataDir), 'INDEX_CORRUPT', `segments/${path.basename(segment)} is truncated`);
  });

  it('refuses a segment whose header is garbage', async () => {
    const { config, segment } = await built();
    const bytes = await readFile(segment);
    bytes.fill(0x7b, 12, 40);
    await writeFile(segment, bytes);
    await expectCode(loadIndex(config.dataDir), 'INDEX_CORRUPT', 'segments/', 'damaged header');
  });

  it('refuses a missing segment, naming it', async () => {
    const { config, segment } = await built();
    await rm(segment);
    await expectCode(loadIndex(config.dataDir), 'INDEX_CORRUPT', `segments/${path.basename(segment)} is missing`);
  });

  it('refuses vector labels that do not match the passages', async () => {
    const config = await project(3);
    await buildIndex(config, { embedder: standin.embedder, tokens: standin.tokens });
    const labels = path.join(config.dataDir, 'index', 'vector-labels.bin');
    await truncate(labels, 8);
    await expectCode(loadIndex(config.dataDir), 'INDEX_CORRUPT', 'vector-labels.bin holds 2 labels');
  });
});

describe('an index whose files are replaced while it is open', () => {
  it('keeps reading its own passages after two rebuilds removed its generation, until it is closed', async () => {
    const config = await project(3);
    const build = () => buildIndex(config, { embedder: null, tokens: standin.tokens });
    await build();
    const fresh = await loadIndex(config.dataDir);
    const expected = fresh.passages();
    fresh.close();
    const open = await loadIndex(config.dataDir);
    const generation = path.resolve(config.dataDir, await readlink(path.join(config.dataDir, 'index')));
    for (const n of [1, 2]) {
      await writeFile(path.join(config.corpusDir, `person-${n}.md`), profile(n, ` Edit ${n}.`));
      expect(await build()).toMatchObject({ updated: 1, written: true });
    }
    expect(existsSync(generation)).toBe(false);
    // Nothing of it was decoded before: every passage is read from files no longer in any folder.
    expect([...open.scanPassages()]).toEqual(expected);
    open.close();
    expect(() => open.passage(1)).toThrow(/closed/);
  });
});

describe('a build that stops half-way', () => {
  it('leaves the previous index serving when it dies after writing a segment, and the next build clears its folder', async () => {
    const config = await project(3);
    await buildIndex(config, { embedder: null, tokens: standin.tokens });
    const before = await loadIndex(config.dataDir);
    // What a build killed between its segments and its header leaves: a folder with a whole
    // segment and no index.json.
    const writer = await GenerationWriter.begin(config.dataDir);
    await writer.addSegment([before.passage(0)]);
    expect(existsSync(path.join(writer.folder, 'index.json'))).toBe(false);

    const serving = await loadIndex(config.dataDir);
    expect(serving.passages()).toEqual(before.passages());
    await writeFile(path.join(config.corpusDir, 'person-1.md'), profile(1, ' Now with Zig.'));
    expect(await buildIndex(config, { embedder: null, tokens: standin.tokens })).toMatchObject({
      updated: 1,
      written: true,
    });
    expect(existsSync(writer.folder)).toBe(false);
    expect((await readdir(config.dataDir)).filter((name) => name.startsWith('.building-'))).toEqual([]);
  });
});

describe('an index of the older JSON format', () => {
  it('says so in one line on load, and a plain `npm run embed` rebuilds it', async () => {
    const config = await project(2);
    const generation = path.join(config.dataDir, 'index');
    await mkdir(generation, { recursive: true });
    await writeFile(
      path.join(generation, 'manifest.json'),
      JSON.stringify({ formatVersion: 1, documents: [], passages: [] }),
    );
    await writeFile(path.join(generation, 'lexical.json'), JSON.stringify({ tokenizerVersion: 7, entries: [] }));
    await expectCode(loadIndex(config.dataDir), 'INDEX_OLD_FORMAT', generation, '`npm run embed`');
    const report = await buildIndex(config, { embedder: null, tokens: standin.tokens });
    expect(report).toMatchObject({ added: 2, written: true });
    expect(report.fullRebuildReason).toMatch(/older version/);
    expect((await loadIndex(config.dataDir)).documents).toHaveLength(2);
  });
});

describe('an index of an older segment format', () => {
  it('says so in one line on load, and a plain `npm run embed` rebuilds it whole, segments included', async () => {
    const config = await project(3);
    await buildIndex(config, { embedder: null, tokens: standin.tokens });
    const before = await segmentFiles(config);
    // What an index of format 2 (segments without who-knows' line postings) looks like to this version.
    const header = path.join(config.dataDir, 'index', 'index.json');
    await writeFile(header, JSON.stringify({ ...JSON.parse(await readFile(header, 'utf8')), formatVersion: 2 }));
    await expectCode(loadIndex(config.dataDir), 'INDEX_OLD_FORMAT', 'format 2', '`npm run embed`');
    const report = await buildIndex(config, { embedder: null, tokens: standin.tokens });
    expect(report).toMatchObject({ added: 3, unchanged: 0, written: true });
    expect(report.fullRebuildReason).toMatch(/older version/);
    expect((await segmentFiles(config)).some((file) => before.includes(file))).toBe(false);
    expect(
      whoKnows('rust', await loadIndex(config.dataDir), new TermGroups({ groups: [] }), new SkillRankings()).people
        .length,
    ).toBeGreaterThan(0);
  });
});
