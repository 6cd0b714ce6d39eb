/**
 * Reading the index ahead (Answerer.warmUp: each segment's tables and postings blocks, the most
 * held terms' postings and bounds) changes no answer and no bound, runs in slices with the event
 * loop free between them, and stops when the index is closed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import { loadConfig, type Config } from '../src/config.js';
import { openModel } from '../src/embedding/openModel.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import { loadIndex } from '../src/index/read/loadIndex.js';
import type { SegmentedIndex } from '../src/index/read/segmentedIndex.js';
import { temporaryDirs } from './support/temporaryDirs.js';

// Invented people, employers and schools.
const PEOPLE = [
  'Ada Quill',
  'Bram Oyelaran',
  'Cleo Marchetti',
  'Dov Lindqvist',
  'Esme Okafor',
  'Fintan Rourke',
  'Gia Tenbury',
];
const SKILLS = ['Python', 'Kubernetes', 'Terraform', 'PostgreSQL', 'Go', 'Rust', 'Kafka', 'React', 'event sourcing'];

function profile(name: string, i: number): string {
  const skill = (k: number) => SKILLS[(i + k) % SKILLS.length]!;
  return [
    `# ${name}`,
    '',
    '## Experience',
    '',
    `### Fernbrook Analytics ${i % 3}`,
    `Senior Engineer • Mar ${2015 + i} – Present`,
    `- Built ${skill(0)} services and ${skill(1)} pipelines for sensor data with the team.`,
    `- Migrated a monolith to microservices on ${skill(2)} with the team.`,
    '',
    `### Lowmarsh Bank ${i % 2}`,
    `Developer • Jan 2008 – Feb ${2014 + i}`,
    `- Maintained ${skill(3)} batch jobs and ${skill(0)} reports for the team.`,
    '',
    '## Education',
    `BSc Computer Science, University of Tarnwick, 200${i} – 201${i}`,
    '',
    '## Skills',
    `${skill(0)}, ${skill(1)}, ${skill(2)}, ${skill(3)}`,
    '',
  ].join('\n');
}

const QUESTIONS = [
  'who has migrated a monolith to microservices on Kafka?',
  'who knows Go?',
  'who has worked at Lowmarsh Bank 1?',
  'who has used Python and Terraform?',
  'who has built pipelines with the team?',
  'who has run event sourcing in production?',
];

const tempDir = temporaryDirs('whoknows-read-ahead-');

describe('reading the index ahead', () => {
  let config: Config;
  beforeAll(async () => {
    const root = await tempDir();
    await mkdir(path.join(root, 'corpus'));
    await Promise.all(PEOPLE.map((name, i) => writeFile(path.join(root, 'corpus', `p${i}.md`), profile(name, i))));
    config = loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', USE_MODEL: 'false' });
    const model = await openModel(config);
    await buildIndex(config, { embedder: model.embedder, tokens: model.tokens });
  });

  it('gives the same answers and who-knows lists as without it', async () => {
    const cold = await openAnswerer(config, { buildIfMissing: false });
    const warm = await openAnswerer(config, { buildIfMissing: false });
    const report = await warm.warmUp();
    expect(report.finished).toBe(true);
    expect(report.steps).toBeGreaterThan(0);
    for (const question of QUESTIONS) expect(await warm.ask(question)).toEqual(await cold.ask(question));
    for (const skill of ['Go', 'Kafka', 'event sourcing'])
      expect(await warm.whoKnows(skill, { offset: 0, limit: 25 })).toEqual(await cold.whoKnows(skill));
    cold.close();
    warm.close();
  });

  it('works out the same bound for every term, pinned or not', async () => {
    const cold = (await loadIndex(config.dataDir)) as SegmentedIndex;
    const warm = (await loadIndex(config.dataDir)) as SegmentedIndex;
    // A budget that pins some terms and not others.
    let steps = 0;
    for (const _ of warm.lexical.warmUp(40)) steps++;
    expect(steps).toBeGreaterThan(1);
    for (const _ of warm.warmUp()) steps++;
    const words = ['team', 'the', 'kafka', 'go', 'monolith', 'microservic', 'lowmarsh', 'python', 'zig'];
    for (const term of words) {
      expect(warm.lexical.maxContribution(term)).toBe(cold.lexical.maxContribution(term));
      expect(warm.lexical.idf(term)).toBe(cold.lexical.idf(term));
      expect(warm.lexical.hasTerm(term)).toBe(cold.lexical.hasTerm(term));
    }
    expect(warm.lexical.search(['team', 'kafka', 'monolith'])).toEqual(
      cold.lexical.search(['team', 'kafka', 'monolith']),
    );
    cold.close();
    warm.close();
  });

  it('leaves the event loop free between slices and stops when the index is closed', async () => {
    const answerer = await openAnswerer(config, { buildIfMissing: false });
    let ran = false;
    setImmediate(() => {
      ran = true;
    });
    // Slices of no time: one step each, the event loop turning between them.
    const reading = answerer.warmUp(0);
    answerer.close();
    const report = await reading;
    expect(ran).toBe(true);
    expect(report.finished).toBe(false);
  });
});
