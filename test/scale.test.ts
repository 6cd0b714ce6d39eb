/**
 * The index structures that replace per-question scans must find exactly what the scans found:
 * each is checked against a plain scan of every passage or line (the oracle).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectionLabel, type Passage } from '../src/chunking/passage.js';
import { loadConfig, PROJECT_ROOT, type Config } from '../src/config.js';
import { pipeline } from '@xenova/transformers';
import type { PersonMatch, WhoKnowsResult } from '../src/answer/types.js';
import { DEFAULT_PEOPLE_LIMIT, pageOfPeople } from '../src/cli/runQuestions.js';
import { openModel, type ModelSession } from '../src/embedding/openModel.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import { loadIndex, type LoadedIndex } from '../src/index/read/loadIndex.js';
import { DEFAULT_HNSW } from '../src/index/store/manifest/manifest.js';
import { COMPACT_AT, VectorIndex, type Slot } from '../src/index/store/vectors/vectorIndex.js';
import { DEFAULT_BM25, LexicalIndex, lexicalEntryFor, type LexicalEntry } from './support/lexicalIndex.js';
import { LINE_SPAN } from '../src/index/read/indexReader.js';
import { inMemoryLines } from '../src/index/read/mergedLines.js';
import { SkillRankings, rankOrder, rankPeopleBySkill } from '../src/retrieval/rankPeople.js';
import { matchSkillInLine, readsAsTechnology, withoutAddresses } from '../src/retrieval/skillMatch.js';
import { tokenize } from '../src/text/terms.js';
import { writtenWords } from '../src/text/words.js';
import { buildStandinModel, removeStandinModels } from '../scripts/synthetic/standinModel.js';
import { temporaryDirs } from './support/temporaryDirs.js';

function passage(label: number, person: string, lines: string[], startLine = 1): Passage {
  return {
    id: `p${label}`,
    personId: person.toLowerCase(),
    person,
    source: `corpus/${person.toLowerCase()}.md`,
    sectionPath: ['Experience'],
    startLine,
    endLine: startLine + lines.length - 1,
    text: lines.join('\n'),
    embedText: lines.join('\n'),
  };
}

const passages: Passage[] = [
  passage(0, 'Ada', ['Built data pipelines in Python and Go.', 'Ran Kubernetes clusters; wrote Terraform modules.']),
  passage(
    1,
    'Ada',
    ['Ran Kubernetes clusters; wrote Terraform modules.', 'Managed databases (PostgreSQL) for Ruby on Rails apps.'],
    2,
  ),
  passage(2, 'Ben', ['Going to Google I/O; the go-ahead came late.', 'C++ and C# services; CI/CD with Jenkins.']),
  passage(3, 'Cleo', [
    'Machine learning on Python; learned Rails later.',
    'Database design, Go services, Node.js tooling.',
  ]),
  passage(4, 'Dev', ['Leading a team of five; Rust, Go and Python.', 'Rails, Ruby, and a little machine-learning.']),
];

/** BM25 as a scan of every passage: what the postings must reproduce. */
function scanSearch(entries: readonly LexicalEntry[], terms: readonly string[]) {
  const { k1, b, headWeight } = DEFAULT_BM25;
  const length = (entry: LexicalEntry) => entry.bodyLength + headWeight * entry.headLength;
  const average = entries.reduce((sum, entry) => sum + length(entry), 0) / entries.length;
  const df = (term: string) => entries.filter((entry) => term in entry.body || term in entry.head).length;
  const idf = (term: string) => Math.log(1 + (entries.length - df(term) + 0.5) / (df(term) + 0.5));
  return entries
    .map((entry, label) => {
      let score = 0;
      for (const term of terms) {
        const tf = (entry.body[term] ?? 0) + headWeight * (entry.head[term] ?? 0);
        if (tf > 0) score += (idf(term) * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length(entry)) / average));
      }
      return { label, score };
    })
    .filter((hit) => hit.score > 0)
    .sort((x, y) => y.score - x.score || x.label - y.label);
}

describe('BM25 by postings', () => {
  const entries = passages.map((p) => lexicalEntryFor(p));
  const index = new LexicalIndex(entries);

  it.each([
    ['python go'],
    ['kubernetes terraform'],
    ['ci/cd'],
    ['rails database'],
    ['ada machine learning'],
    ['cobol'],
  ])('scores "%s" exactly as a scan of every passage does', (query) => {
    const terms = [...new Set(tokenize(query))];
    const got = index.search(terms).map((hit) => ({ label: hit.label, score: hit.score }));
    const expected = scanSearch(entries, terms);
    expect(got.map((hit) => hit.label)).toEqual(expected.map((hit) => hit.label));
    got.forEach((hit, i) => expect(hit.score).toBeCloseTo(expected[i]!.score, 10));
  });

  it("keeps each term's share of the score for the query plans", () => {
    const [hit] = index.search(['kubernet', 'terraform']);
    expect([...hit!.termScores.keys()].sort()).toEqual(['kubernet', 'terraform']);
    expect([...hit!.termScores.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(hit!.score, 10);
  });
});

describe('who-knows by word postings', () => {
  /** Every source line, once, that names the skill: the scan the postings replace. */
  function scanLines(variants: readonly string[]): string[] {
    const seen = new Set<string>();
    const found: string[] = [];
    for (const p of passages) {
      p.text.split('\n').forEach((text, i) => {
        const key = `${p.source}:${p.startLine + i}`;
        if (seen.has(key)) return;
        const reads = (variant: string) =>
          variant.length > 2 || readsAsTechnology(variant, text, sectionLabel(p.sectionPath), new Set());
        if (
          !variants.some((variant) => matchSkillInLine(variant, writtenWords(withoutAddresses(text))) && reads(variant))
        )
          return;
        seen.add(key);
        found.push(key);
      });
    }
    return found.sort();
  }

  it.each([
    [['go']],
    [['database']],
    [['ruby on rails']],
    [['machine learning']],
    [['c++']],
    [['ci cd', 'cicd']],
    [['kubernetes', 'k8s']],
    [['nodejs']],
  ])('finds the lines a scan of every line finds for %j', (variants) => {
    const found = rankPeopleBySkill(inMemoryLines(passages), variants, new SkillRankings())
      .slice()
      .flatMap((person) => person.lines.map((line) => `${line.passage.source}:${line.line}`));
    expect(found.sort()).toEqual(scanLines(variants));
    expect(found.length).toBeGreaterThan(0);
  });

  it('lists each word of the profiles once, with the first line that writes it', () => {
    const { lines } = inMemoryLines(passages);
    expect(lines.firstUse('kubernetes')).toEqual({ line: 0 * LINE_SPAN + 1, position: 1 });
    expect(lines.firstUse('jenkins')).toEqual({ line: 2 * LINE_SPAN + 1, position: 7 });
    // "databases" is filed under the key of "database", but only a line writing it counts as its first use.
    expect(lines.firstUse('databases')).toEqual({ line: 1 * LINE_SPAN + 1, position: 1 });
    expect(lines.firstUse('cobol')).toBeUndefined();
    expect(lines.words().filter((word) => word === 'go')).toHaveLength(1);
  });

  it('dates a line by the passage that opens its section', () => {
    const { lines } = inMemoryLines([
      ...passages,
      { ...passages[0]!, id: 'p5', sectionPath: ['Experience', 'Later'], startLine: 9, endLine: 10 },
    ]);
    expect([0, 1, 2, 3, 4, 5].map((label) => lines.sectionStart(label))).toEqual([0, 0, 2, 3, 4, 5]);
  });

  it('tells equal section labels apart from different ones without reading passages', () => {
    const { lines } = inMemoryLines(passages);
    for (let a = 0; a < passages.length; a++) {
      for (let b = 0; b < passages.length; b++) {
        expect(lines.sameSection(a, b), `${a} ${b}`).toBe(
          sectionLabel(passages[a]!.sectionPath) === sectionLabel(passages[b]!.sectionPath),
        );
      }
    }
  });

  it('hands out people by place as an array of them would, made only when asked for', () => {
    const ranking = rankPeopleBySkill(inMemoryLines(passages), ['database'], new SkillRankings());
    const all = ranking.slice();
    expect(all.length).toBe(ranking.length);
    expect(ranking.length).toBeGreaterThan(1);
    for (const [start, end] of [
      [0, 1],
      [1, undefined],
      [-1, undefined],
      [0, -1],
      [5, 2],
      [0, 99],
      [-99, 1],
    ] as const) {
      expect(ranking.slice(start, end), `${start} ${end}`).toEqual(all.slice(start, end));
    }
    all.forEach((person, place) => {
      expect(ranking.at(place)).toBe(person);
      expect(ranking.sourceAt(place)).toBe(person.source);
      expect(ranking.placeOf(person.personId)).toBe(place);
      expect(ranking.placeOfSource(person.source)).toBe(place);
    });
    expect(ranking.placeOf('nobody')).toBe(-1);
    expect(ranking.placeOfSource('corpus/nobody.md')).toBe(-1);
  });
});

describe('ordering a ranking', () => {
  /** The order the ranking promises: score (highest first), then name rank, then the order found. */
  const expected = (scores: Float64Array, nameRanks: Float64Array) =>
    Array.from(scores, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || nameRanks[a]! - nameRanks[b]! || a - b);

  it('orders by score, then name, then the order found, whether the keys fit one number or not', () => {
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const size of [1, 2, 50, 3000]) {
      // Four decimals, as scores are; few distinct values and names, so ties are common.
      const scores = Float64Array.from({ length: size }, () =>
        Number((0.6 + Math.floor(next() * 40) * 0.0137).toFixed(4)),
      );
      const nameRanks = Float64Array.from({ length: size }, () => Math.floor(next() * 30));
      expect(Array.from(rankOrder(scores, nameRanks, 30)), `${size}, packed`).toEqual(expected(scores, nameRanks));
      // Too many names to pack the keys into 53 bits: the comparator's order, the same.
      expect(Array.from(rankOrder(scores, nameRanks, 2 ** 45)), `${size}, compared`).toEqual(
        expected(scores, nameRanks),
      );
    }
  });
});

/** Seeded unit vectors: deterministic, spread out (a stand-in for embeddings, not one of them). */
function randomVectors(count: number, dimension: number, seed: number): Float32Array[] {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
  return Array.from({ length: count }, () => {
    const vector = Float32Array.from({ length: dimension }, next);
    const norm = Math.hypot(...vector);
    return vector.map((x) => x / norm);
  });
}

describe('vector index updated in place', () => {
  const temporaryDir = temporaryDirs('whoknows-vectors-');

  it("marks an edited passage's old point deleted, adds the new one, and finds every live passage at its own position", async () => {
    const original = randomVectors(200, 16, 1);
    const index = VectorIndex.build(original, 16, DEFAULT_HNSW);
    const replacement = randomVectors(3, 16, 2);
    // Position 5 is edited (new vector), 7 removed, everything else kept, one passage added at the end.
    const slots: Slot[] = original.flatMap((_, position): Slot[] =>
      position === 7 ? [] : position === 5 ? [replacement[0]!] : [position],
    );
    slots.push(replacement[1]!);
    index.update(slots);

    expect(index.count).toBe(200);
    expect(index.deleted).toBe(2);
    const expected = slots.map((slot) => (typeof slot === 'number' ? original[slot]! : slot));
    expected.forEach((vector, position) => {
      const [nearest] = index.search(vector, 1);
      expect(nearest).toMatchObject({ label: position });
      expect(nearest!.similarity).toBeCloseTo(1, 4);
    });
    // The removed and the replaced vectors are gone from the results.
    for (const gone of [original[5]!, original[7]!]) expect(index.search(gone, 1)[0]!.similarity).toBeLessThan(0.999);

    const file = path.join(await temporaryDir(), 'vectors.hnsw');
    index.write(file);
    const reread = VectorIndex.read(file, 16, DEFAULT_HNSW, index.labels);
    expect(reread.deleted).toBe(2);
    expected.forEach((vector, position) => expect(reread.search(vector, 1)[0]).toMatchObject({ label: position }));
  });

  it('rebuilds the graph from its live points once deleted points pass the threshold', () => {
    const original = randomVectors(100, 16, 3);
    const index = VectorIndex.build(original, 16, DEFAULT_HNSW);
    const keep = Math.floor(100 * (1 - COMPACT_AT)) - 1;
    index.update(original.slice(0, keep).map((_, position) => position));
    expect(index.deleted).toBe(0);
    expect(index.count).toBe(keep);
    original
      .slice(0, keep)
      .forEach((vector, position) => expect(index.search(vector, 1)[0]).toMatchObject({ label: position }));
  });

  it('refuses saved labels that point outside the graph', async () => {
    const file = path.join(await temporaryDir(), 'vectors.hnsw');
    VectorIndex.build(randomVectors(10, 16, 4), 16, DEFAULT_HNSW).write(file);
    expect(() => VectorIndex.read(file, 16, DEFAULT_HNSW, [0, 1, 99])).toThrow(/labels/);
  });
});

describe('embed after an edit, with the stand-in model (not a semantic model)', () => {
  const temporaryDir = temporaryDirs('whoknows-incremental-');
  let model: ModelSession;
  let env: Record<string, string>;
  beforeAll(async () => {
    const standin = await buildStandinModel();
    env = { MODELS_DIR: standin.modelsDir, MODEL_NAME: standin.modelName, MODEL_LOAD_TIMEOUT_MS: '60000' };
    model = await openModel(loadConfig({ ...env, WHOKNOWS_ROOT: PROJECT_ROOT }));
  });
  afterAll(removeStandinModels);

  const skills = [
    'Kubernetes',
    'Terraform',
    'PostgreSQL',
    'React',
    'Kafka',
    'Rust',
    'Go',
    'Python',
    'Spark',
    'Airflow',
    'Swift',
    'Elixir',
  ];
  const profile = (i: number, extra = '') =>
    `# Person ${i}\n\n## Experience\n\n- Ran ${skills[i % skills.length]} in production for ${i + 2} years.\n- Mentored ${i} engineers on ${skills[(i + 3) % skills.length]}.${extra}\n\n## Skills\n\n${skills[(i + 5) % skills.length]}, ${skills[(i + 7) % skills.length]}\n`;

  async function project(): Promise<Config> {
    const root = await temporaryDir();
    await mkdir(path.join(root, 'corpus'));
    for (let i = 0; i < 12; i++) await writeFile(path.join(root, 'corpus', `person-${i}.md`), profile(i));
    return loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', ...env });
  }

  const build = (config: Config) => buildIndex(config, { embedder: model.embedder, tokens: model.tokens });

  /** Every passage's vector is its own text's embedding and is found at its own position. */
  async function expectVectorsInPlace(index: LoadedIndex): Promise<void> {
    const fresh = await model.embedder!.embed(index.passages().map((passage) => passage.embedText));
    fresh.forEach((vector, position) => {
      const [nearest] = index.vectors!.search(vector, 1);
      expect(nearest?.label, index.passages()[position]!.id).toBe(position);
      expect(nearest?.similarity).toBeCloseTo(1, 4);
    });
  }

  it('embeds only the edited, added or removed profile and updates the graph without rebuilding it', async () => {
    const config = await project();
    await build(config);
    const sha = async () =>
      createHash('sha256')
        .update(await readFile(path.join(config.dataDir, 'index', 'vectors.hnsw')))
        .digest('hex');
    const firstGeneration = path.join(config.dataDir, await readlink(path.join(config.dataDir, 'index')));
    const servedBefore = await sha();

    await writeFile(path.join(config.corpusDir, 'person-3.md'), profile(3, '\n- Led the move to ClickHouse.'));
    const edited = await build(config);
    let index = await loadIndex(config.dataDir);
    expect(edited).toMatchObject({ updated: 1, unchanged: 11 });
    expect(edited.embedded).toBe(index.passages().filter((p) => p.source === 'corpus/person-3.md').length);
    expect(index.vectors!.deleted).toBeGreaterThan(0); // updated in place, not rebuilt
    await expectVectorsInPlace(index);
    // The generation that was being served is untouched: its graph file is byte for byte the same.
    expect(
      createHash('sha256')
        .update(await readFile(path.join(firstGeneration, 'vectors.hnsw')))
        .digest('hex'),
    ).toBe(servedBefore);

    await writeFile(path.join(config.corpusDir, 'person-12.md'), profile(12));
    const added = await build(config);
    index = await loadIndex(config.dataDir);
    expect(added).toMatchObject({ added: 1, unchanged: 12 });
    expect(added.embedded).toBe(index.passages().filter((p) => p.source === 'corpus/person-12.md').length);
    await expectVectorsInPlace(index);

    await rm(path.join(config.corpusDir, 'person-0.md'));
    const removed = await build(config);
    index = await loadIndex(config.dataDir);
    expect(removed).toMatchObject({ removed: 1, embedded: 0 });
    expect(index.passages().some((p) => p.source === 'corpus/person-0.md')).toBe(false);
    await expectVectorsInPlace(index);
  });

  it('gives timers a turn between batches, so a progress bar moves while a synchronous model embeds', async () => {
    const config = await project();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    const ticksAtProgress: number[] = [];
    const busy = (ms: number) => {
      const until = Date.now() + ms;
      while (Date.now() < until);
    };
    // A model call that holds the thread, as ONNX inference does, and resolves at once.
    const embedder = {
      ...model.embedder!,
      modelId: 'whoknows-test/synchronous',
      dimension: 16,
      embed: async (texts: readonly string[]) => {
        busy(3);
        return texts.map((_, i) => randomVectors(1, 16, i + 1)[0]!);
      },
    };
    await buildIndex(config, {
      embedder,
      tokens: model.tokens,
      batchSize: 1,
      onProgress: () => ticksAtProgress.push(ticks),
    });
    clearInterval(ticker);
    expect(ticksAtProgress.length).toBeGreaterThan(5);
    // The timer fired between the first batch and the last, not only before embedding began.
    expect(ticksAtProgress.at(-1)!).toBeGreaterThan(ticksAtProgress[0]!);
  });
});

describe('embedding by batches of similar length, pooled by the embedder', () => {
  let model: ModelSession;
  let modelName: string;
  beforeAll(async () => {
    const standin = await buildStandinModel();
    modelName = standin.modelName;
    model = await openModel(
      loadConfig({ MODELS_DIR: standin.modelsDir, MODEL_NAME: standin.modelName, WHOKNOWS_ROOT: PROJECT_ROOT }),
    );
  });
  afterAll(removeStandinModels);

  it('gives the vectors the library pipeline gives (mean-pooled, unit length), in the order of the texts', async () => {
    const texts = Array.from(
      { length: 70 },
      (_, i) => `${'Kubernetes Terraform Python '.repeat(1 + ((i * 7) % 13))}profile ${i}`,
    );
    const ours = await model.embedder!.embed(texts);
    // openModel pointed the library at the stand-in, so the raw pipeline reads the same files.
    const raw = (await pipeline('feature-extraction', modelName, { quantized: true })) as unknown as (
      texts: string[],
      options: object,
    ) => Promise<{ data: Float32Array; dims: number[] }>;
    const expected = await raw(texts, { pooling: 'mean', normalize: true });
    const dimension = expected.dims[1]!;
    ours.forEach((vector, i) => {
      const reference = expected.data.slice(i * dimension, (i + 1) * dimension);
      expect(
        vector.reduce((sum, x, k) => sum + x * reference[k]!, 0),
        texts[i],
      ).toBeGreaterThan(0.99999);
      expect(Math.hypot(...vector)).toBeCloseTo(1, 5);
    });
  });
});

describe('who-knows answers in pages', () => {
  const people = Array.from(
    { length: 60 },
    (_, i) => ({ person: `Person ${i}`, source: `corpus/p${i}.md`, score: 1, evidence: [] }) as unknown as PersonMatch,
  );
  const result: WhoKnowsResult = { skill: 'python', noAnswer: false, people, related: [] };

  it('shows the first page of people and says how many more there are', () => {
    const page = pageOfPeople(result, { offset: 0, limit: DEFAULT_PEOPLE_LIMIT });
    expect(page.people.map((p) => p.person)).toEqual(people.slice(0, DEFAULT_PEOPLE_LIMIT).map((p) => p.person));
    expect(page).toMatchObject({ totalPeople: 60, offset: 0, morePeople: 60 - DEFAULT_PEOPLE_LIMIT });
  });

  it('pages on from an offset, and the last page has none more', () => {
    const page = pageOfPeople(result, { offset: 50, limit: 25 });
    expect(page.people.map((p) => p.person)).toEqual([
      'Person 50',
      'Person 51',
      'Person 52',
      'Person 53',
      'Person 54',
      'Person 55',
      'Person 56',
      'Person 57',
      'Person 58',
      'Person 59',
    ]);
    expect(page.morePeople).toBe(0);
  });
});
