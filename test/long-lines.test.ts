/**
 * who-knows over lines too long for the model: chunking cuts such a line into parts, one passage
 * each, and every word of every part must be findable, cited at the line that holds it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { whoKnows } from '../src/answer/whoKnows.js';
import { loadConfig, PROJECT_ROOT, type Config } from '../src/config.js';
import type { TokenCounter } from '../src/embedding/embedder.js';
import { openModel } from '../src/embedding/openModel.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import { loadIndex, type LoadedIndex } from '../src/index/read/loadIndex.js';
import { SkillRankings } from '../src/retrieval/rankPeople.js';
import { TermGroups } from '../src/retrieval/termGroups.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const temporaryDir = temporaryDirs('whoknows-long-lines-test-');

/** Filler prose: ordinary words, none of them the rare skills below. */
function filler(characters: number, seed: number): string {
  const words = [
    'shipped',
    'services',
    'for',
    'teams',
    'across',
    'regions',
    'with',
    'careful',
    'reviews',
    'and',
    'steady',
    'releases',
  ];
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < characters; i++) {
    const word = words[(i * 7 + seed) % words.length]!;
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ');
}

/** The line (1-based) of `text` holding `word`. */
function lineOf(text: string, word: string): number {
  return text.split('\n').findIndex((line) => line.includes(word)) + 1;
}

const END_WORD = 'Quandrixite';
const MIDDLE_WORD = 'Vorpalscript';

const ENDING = [
  '# Ada Example',
  '',
  '## Experience',
  '',
  `- ${filler(5_000, 1)} and ${END_WORD}`,
  '',
  '- Ran the on-call rota.',
  '',
].join('\n');
// About 40,000 characters: cut into many parts, the skill in one well inside.
const MIDDLE = [
  '# Bo Example',
  '',
  '## Summary',
  '',
  `${filler(20_000, 2)} ${MIDDLE_WORD} ${filler(20_000, 3)}`,
  '',
].join('\n');
const PLAIN = ['# Cy Example', '', '## Skills', '', '- Terraform', '- Kafka', ''].join('\n');

let tokens: { count: TokenCounter; maxTokens: number; exact: boolean };
let config: Config;
let index: LoadedIndex;

beforeAll(async () => {
  tokens = (await openModel(loadConfig({ WHOKNOWS_ROOT: PROJECT_ROOT, USE_MODEL: 'false' }))).tokens;
  const root = await temporaryDir();
  await mkdir(path.join(root, 'corpus'));
  await writeFile(path.join(root, 'corpus', 'ada.md'), ENDING);
  await writeFile(path.join(root, 'corpus', 'bo.md'), MIDDLE);
  await writeFile(path.join(root, 'corpus', 'cy.md'), PLAIN);
  config = loadConfig({ WHOKNOWS_ROOT: root, CORPUS_DIR: 'corpus', DATA_DIR: 'data', USE_MODEL: 'false' });
  await buildIndex(config, { embedder: null, tokens });
  index = await loadIndex(config.dataDir);
}, 60_000);

const ask = (skill: string) =>
  whoKnows(skill.toLowerCase(), index, new TermGroups({ groups: [] }), new SkillRankings());

/** The passages chunking made of one source line of one profile. */
function partsOf(source: string, line: number) {
  return index
    .passages()
    .filter((passage) => passage.source.endsWith(source) && passage.startLine === line && passage.endLine === line);
}

describe('who-knows over a line too long for the model', () => {
  it('finds the person whose 5,000-character line ends with the skill, and cites that line', () => {
    const line = lineOf(ENDING, END_WORD);
    // The premise: the line is cut into parts, and the word is not in the first.
    const parts = partsOf('ada.md', line);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]!.text).not.toContain(END_WORD);

    const answer = ask(END_WORD);
    expect(answer.noAnswer).toBe(false);
    expect(answer.people.map((match) => match.person)).toEqual(['Ada Example']);
    const [evidence] = answer.people[0]!.evidence;
    expect(evidence).toMatchObject({ startLine: line, endLine: line });
    expect(evidence!.text).toContain(END_WORD);
  });

  it('finds a word in the middle of a line cut into many parts, cited at that line', () => {
    const line = lineOf(MIDDLE, MIDDLE_WORD);
    const parts = partsOf('bo.md', line);
    expect(parts.length).toBeGreaterThan(8);
    const holding = parts.findIndex((passage) => passage.text.includes(MIDDLE_WORD));
    expect(holding).toBeGreaterThan(0);
    expect(holding).toBeLessThan(parts.length - 1);

    const answer = ask(MIDDLE_WORD);
    expect(answer.people.map((match) => match.person)).toEqual(['Bo Example']);
    const [evidence] = answer.people[0]!.evidence;
    expect(evidence).toMatchObject({ startLine: line, endLine: line });
    expect(evidence!.text).toContain(MIDDLE_WORD);
  });

  it('finds every word of the long lines, as it does the words of short ones', () => {
    // Each filler word, and a skill of the ordinary profile: who-knows still answers as before.
    expect(ask('Terraform').people.map((match) => match.person)).toEqual(['Cy Example']);
    const everyone = new Set(ask('releases').people.map((match) => match.person));
    expect(everyone).toEqual(new Set(['Ada Example', 'Bo Example']));
    for (const passage of partsOf('bo.md', lineOf(MIDDLE, MIDDLE_WORD))) {
      const last = passage.text.trim().split(' ').at(-1)!;
      expect(new Set(ask(last).people.map((match) => match.person)), last).toContain('Bo Example');
    }
  });
});
