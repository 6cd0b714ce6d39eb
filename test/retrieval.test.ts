/**
 * Retrieval on the real corpus through the real pipeline: @xenova/transformers running the ONNX
 * stand-in model the tests build (a bag-of-word-pieces encoder, NOT a semantic model), the HNSW
 * index, BM25, fusion and the answer composer. Plus the behaviours issue 4 pins: aliases, whole-word
 * skills, nobody for unknown skills, people ordered by evidence.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import type { Answerer, Citation } from '../src/answer/types.js';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { readCorpus } from '../src/corpus/readCorpus.js';
import { evaluate } from '../src/evaluation/evaluate.js';
import { readQuestionSet, resolveKeys } from '../src/evaluation/questionSet.js';
import { LexicalIndex, lexicalEntryFor } from './support/lexicalIndex.js';
import { tokenize } from '../src/text/terms.js';
import { buildStandinModel, removeStandinModels } from '../scripts/synthetic/standinModel.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const tempDir = temporaryDirs('whoknows-');

afterAll(removeStandinModels);

const fileLines = new Map<string, string[]>();
async function linesOf(source: string): Promise<string[]> {
  if (!fileLines.has(source))
    fileLines.set(
      source,
      (await readFile(path.join(PROJECT_ROOT, source), 'utf8')).split('\n').map((l) => l.replace(/\r$/, '')),
    );
  return fileLines.get(source)!;
}

async function expectQuotesExact(citations: readonly Citation[]): Promise<void> {
  for (const citation of citations) {
    const lines = await linesOf(citation.source);
    expect(citation.text, `${citation.source}:L${citation.startLine}-L${citation.endLine}`).toBe(
      lines.slice(citation.startLine - 1, citation.endLine).join('\n'),
    );
  }
}

async function devSet() {
  const { documents } = await readCorpus(path.join(PROJECT_ROOT, 'corpus'), PROJECT_ROOT);
  const keys = resolveKeys(
    JSON.parse(await readFile(path.join(PROJECT_ROOT, 'test/eval/keys.json'), 'utf8')),
    documents,
  );
  return {
    keys,
    dev: readQuestionSet(path.join(PROJECT_ROOT, 'test/eval/dev.jsonl')),
    extended: readQuestionSet(path.join(PROJECT_ROOT, 'test/eval/extended.jsonl')),
  };
}

describe('retrieval on the real corpus with the ONNX stand-in model (not a semantic model)', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    const standin = await buildStandinModel();
    const dataDir = await tempDir('retrieval-');
    answerer = await openAnswerer(
      loadConfig({ MODELS_DIR: standin.modelsDir, MODEL_NAME: standin.modelName, DATA_DIR: dataDir }),
      { warn: () => {} },
    );
  });

  it('builds a hybrid index: the summary names the stand-in model', () => {
    expect(answerer.summary().model).toBe('whoknows-test/standin-bag-of-wordpieces');
    expect(answerer.summary().documents).toBe(3);
  });

  it('who-knows terraform names exactly the two people who list Terraform', async () => {
    const result = await answerer.whoKnows('terraform');
    expect(result.noAnswer).toBe(false);
    expect(result.people.map((p) => p.person).sort()).toEqual(['Apple SRE (profile 001)', 'Phil Kershaw']);
    for (const person of result.people) {
      expect(person.evidence.length).toBeGreaterThan(0);
      expect(person.evidence.every((c) => /terraform/i.test(c.text))).toBe(true);
    }
    await expectQuotesExact(result.people.flatMap((p) => p.evidence));
  });

  it('answers an unrelated question with noAnswer and no citations', async () => {
    const answer = await answerer.ask('What is the capital of France?');
    expect(answer.noAnswer).toBe(true);
    expect(answer.citations).toEqual([]);
  });

  it('answers "who worked on the BBC iPlayer CDN?" with the line that says so', async () => {
    const answer = await answerer.ask('Who worked on the BBC iPlayer CDN?');
    expect(answer.noAnswer).toBe(false);
    expect(answer.citations[0]!.person).toBe('kura (profile 002)');
    expect(answer.citations[0]!.text).toContain('BIDI CDN for BBC iPlayer');
    expect(answer.answer).toMatch(/\[1\]/);
    await expectQuotesExact(answer.citations);
  });

  it('passes every dev question in hybrid mode, quoting exactly the cited lines', async () => {
    const { keys, dev } = await devSet();
    const report = await evaluate(answerer, dev, keys);
    const failures = report.outcomes
      .filter((o) => !o.pass)
      .map((o) => `${JSON.stringify(o.question)} → ${o.found.join(',')}`);
    expect(failures).toEqual([]);
    for (const question of dev.filter((q) => q.kind === 'ask'))
      await expectQuotesExact((await answerer.ask(question.q)).citations);
  });

  it('meets the targets on the extended question set: ask top-1 ≥ 90%, who-knows exact sets ≥ 90%', async () => {
    const { keys, extended } = await devSet();
    const report = await evaluate(answerer, extended, keys);
    expect(report.ask.top1).toBeGreaterThanOrEqual(0.9);
    expect(report.whoKnows.exactSet).toBeGreaterThanOrEqual(0.9);
    expect(report.whoKnows.outOfScopeNobody).toBe(1);
  });
});

describe('lexical-only fallback (no model)', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    const dataDir = await tempDir('lexical-');
    answerer = await openAnswerer(loadConfig({ USE_MODEL: 'false', DATA_DIR: dataDir }), { warn: () => {} });
  });

  it('builds an index without vectors and still passes every dev question', async () => {
    expect(answerer.summary().model).toBeNull();
    const { keys, dev } = await devSet();
    const report = await evaluate(answerer, dev, keys);
    expect(report.outcomes.filter((o) => !o.pass).map((o) => JSON.stringify(o.question))).toEqual([]);
  });

  it('finds a paraphrase through related words: "given talks" finds "spoke publicly"', async () => {
    const answer = await answerer.ask('Who has given talks at conferences?');
    expect(answer.noAnswer).toBe(false);
    expect(answer.citations[0]!.person).toBe('Apple SRE (profile 001)');
    expect(answer.citations[0]!.text).toMatch(/spoke publicly/);
  });

  it('finds banking experience through stemming ("banking" meets "bank")', async () => {
    const answer = await answerer.ask('Who has banking experience?');
    expect(new Set(answer.citations.map((c) => c.person))).toEqual(new Set(['Apple SRE (profile 001)']));
  });
});

describe('technical terms stay findable', () => {
  const entries = [
    'Built a CI/CD pipeline',
    'Wrote C++ and some C',
    'Ran Node.js services',
    'Assembler for IBM S/390',
    'Plain prose about gardens',
  ].map((text) => lexicalEntryFor({ person: 'P', sectionPath: [], text }));
  const index = new LexicalIndex(entries);
  const best = (query: string) => index.search([...new Set(tokenize(query))])[0]?.label;

  it.each([
    ['CI/CD', 0],
    ['cicd', 0],
    ['C++', 1],
    ['NodeJS', 2],
    ['node.js', 2],
    ['S/390', 3],
  ])('finds %s', (query, label) => {
    expect(best(query)).toBe(label);
  });

  it('never indexes the display labels "(top of document)" and "Front matter" as profile words', () => {
    const headless = lexicalEntryFor({ person: 'Ada', sectionPath: [], text: 'Ran a CDN' });
    const frontMatter = lexicalEntryFor({ person: 'Ada', sectionPath: ['Front matter'], text: 'title = "Ada"' });
    expect(Object.keys(headless.head)).toEqual(['ada']);
    expect(Object.keys(frontMatter.head)).toEqual(['ada']);
  });

  it('keeps C++ apart from C', () => {
    expect(tokenize('C++')).toEqual(['c++']);
    expect(tokenize('C')).toEqual(['c']);
  });
});

describe('who-knows on a small team', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    const root = await tempDir('team-');
    const corpus = path.join(root, 'corpus');
    await mkdir(corpus, { recursive: true });
    const profile = (name: string, body: string) =>
      writeFile(path.join(corpus, `${name.toLowerCase().replace(/ /g, '-')}.md`), `# ${name}\n\n${body}\n`);
    await profile(
      'Ada Lovelace',
      '## Experience\n\n### Acme (2023 – Present)\n\n- Ran Kubernetes clusters in production\n\n### Beta Ltd (2019 – 2022)\n\n- Migrated services to Kubernetes\n\n### Gamma (2015 – 2018)\n\n- First Kubernetes pilot\n\n## Skills\n\nGolang, PostgreSQL',
    );
    await profile(
      'Grace Hopper',
      '## Experience\n\n### Delta (2010 – 2012)\n\n- Used k8s once\n- Going to conferences, googling things, gave the go-ahead\n\n## Skills\n\nC++, R&D leadership',
    );
    await profile(
      'Alan Turing',
      '## Experience\n\n### Epsilon (2024 – Present)\n\n- Wrote C and R for statistics\n- Terraform modules',
    );
    await writeFile(
      path.join(corpus, 'skill-aliases.json'),
      JSON.stringify({ groups: [['widgetry', 'widget craft']] }),
    );
    await profile('Linus Widget', '## Skills\n\nWidget craft');
    answerer = await openAnswerer(loadConfig({ WHOKNOWS_ROOT: root, USE_MODEL: 'false' }), { warn: () => {} });
  });

  const names = async (skill: string) => (await answerer.whoKnows(skill)).people.map((p) => p.person);

  it('resolves aliases both ways: k8s finds Kubernetes and kubernetes finds k8s', async () => {
    expect(await names('k8s')).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(await names('kubernetes')).toEqual(['Ada Lovelace', 'Grace Hopper']);
  });

  it('resolves golang to Go and postgres to PostgreSQL', async () => {
    expect(await names('go')).toEqual(['Ada Lovelace']);
    expect(await names('postgres')).toEqual(['Ada Lovelace']);
  });

  it('takes extra aliases from corpus/skill-aliases.json', async () => {
    expect(await names('widgetry')).toEqual(['Linus Widget']);
  });

  it('matches short skills as whole words: "go" is not "going", "googling" or "go-ahead"', async () => {
    expect(await names('go')).not.toContain('Grace Hopper');
  });

  it('keeps "c" apart from "C++" and "r" apart from "R&D"', async () => {
    expect(await names('c')).toEqual(['Alan Turing']);
    expect(await names('r')).toEqual(['Alan Turing']);
    expect(await names('c++')).toEqual(['Grace Hopper']);
  });

  it('ranks someone naming the skill in three roles above someone naming it once', async () => {
    const result = await answerer.whoKnows('kubernetes');
    expect(result.people[0]!.person).toBe('Ada Lovelace');
    expect(result.people[0]!.score).toBeGreaterThan(result.people[1]!.score);
    expect(result.people[0]!.evidence).toHaveLength(3);
  });

  it('says nobody for a skill no profile mentions, and offers near spellings only as related', async () => {
    const nobody = await answerer.whoKnows('kafka');
    expect(nobody).toMatchObject({ noAnswer: true, people: [] });
    const typo = await answerer.whoKnows('terrafrom');
    expect(typo.noAnswer).toBe(true);
    expect(typo.people).toEqual([]);
    expect(typo.related.map((r) => r.term)).toContain('terraform');
  });
});
