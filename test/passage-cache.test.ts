/** The index keeps a bounded number of passages decoded: dropping and decoding again changes no passage and no answer. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import { loadConfig, type Config } from '../src/config.js';
import { openModel } from '../src/embedding/openModel.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import { loadIndex } from '../src/index/read/loadIndex.js';
import { PASSAGES_KEPT, type SegmentedIndex } from '../src/index/read/segmentedIndex.js';
import { temporaryDirs } from './support/temporaryDirs.js';

// Invented people, employers and schools.
const PEOPLE = ['Ada Quill', 'Bram Oyelaran', 'Cleo Marchetti', 'Dov Lindqvist', 'Esme Okafor', 'Fintan Rourke'];
const SKILLS = ['Python', 'Kubernetes', 'Terraform', 'PostgreSQL', 'Go', 'Rust', 'Kafka', 'React'];

function profile(name: string, i: number): string {
  const skill = (k: number) => SKILLS[(i + k) % SKILLS.length]!;
  return [
    '---',
    `name: ${name}`,
    '---',
    `# ${name}`,
    '',
    '## Experience',
    '',
    `### Fernbrook Analytics ${i}`,
    `Senior Engineer • Mar ${2015 + i} – Present`,
    `- Built ${skill(0)} services and ${skill(1)} pipelines for sensor data.`,
    `- Moved the billing jobs to ${skill(2)}.`,
    '',
    `### Lowmarsh Bank ${i}`,
    `Developer • Jan 2008 – Feb ${2014 + i}`,
    `- Maintained ${skill(3)} batch jobs and ${skill(0)} reports.`,
    '',
    '## Education',
    `BSc Computer Science, University of Tarnwick, 200${i} – 201${i}`,
    '',
    '## Skills',
    `${skill(0)}, ${skill(1)}, ${skill(2)}, ${skill(3)}`,
    '',
  ].join('\n');
}

const tempDir = temporaryDirs('whoknows-passage-cache-');

describe('passages kept decoded', () => {
  let config: Config;
  beforeAll(async () => {
    const root = await tempDir();
    await mkdir(path.join(root, 'corpus'));
    await Promise.all(PEOPLE.map((name, i) => writeFile(path.join(root, 'corpus', `p${i}.md`), profile(name, i))));
    config = loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', USE_MODEL: 'false' });
    const model = await openModel(config);
    await buildIndex(config, { embedder: model.embedder, tokens: model.tokens });
  });

  it('keeps at most the bound, and a passage decoded again equals its first decoding', async () => {
    const whole = await loadIndex(config.dataDir);
    const small = (await loadIndex(config.dataDir, { passagesKept: 3 })) as SegmentedIndex;
    expect(small.passageCount).toBeGreaterThan(6);
    const first = Array.from({ length: small.passageCount }, (_, label) => small.passage(label));
    expect(small.passagesDecoded).toBe(3);
    // Twice over, in another order: each read after its passage was dropped.
    for (const label of [...first.keys()].reverse().concat([...first.keys()])) {
      expect(small.passage(label)).toEqual(first[label]);
      expect(small.passage(label)).toEqual(whole.passage(label));
    }
    expect(small.passagesDecoded).toBe(3);
    expect([...small.scanPassages()]).toEqual(first);
    expect(PASSAGES_KEPT).toBeGreaterThan(small.passageCount);
  });

  it('gives the same answers, ask and who-knows, with one passage kept as with the default', async () => {
    const questions = [
      'who knows Kafka?',
      'who has used Terraform and Python?',
      'who worked at Lowmarsh Bank 3?',
      'tell me about Cleo Marchetti',
      'where did Esme Okafor study?',
    ];
    const skills = ['Python', 'Go', 'Rust', 'Kubernetes', 'Kafka', 'PostgreSQL'];
    const answers = async (passagesKept?: number) => {
      const answerer = await openAnswerer(config, { passagesKept, buildIfMissing: false, warn: () => {} });
      const out: unknown[] = [];
      for (const question of questions) out.push(await answerer.ask(question));
      for (const skill of skills) out.push(await answerer.whoKnows(skill, { offset: 0, limit: 25 }));
      return out;
    };
    const usual = await answers();
    const tiny = await answers(1);
    expect(tiny).toEqual(usual);
    // Something was found: the comparison is not between two empty answers.
    expect(JSON.stringify(usual)).toContain('Kafka');
    expect(JSON.stringify(usual)).toContain('Esme Okafor');
  });
});
