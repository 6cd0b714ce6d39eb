/** A lexical answerer over invented CVs written to a temporary corpus, for tests of question wording. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openAnswerer } from '../../src/answer/answerer.js';
import type { Answer, Answerer } from '../../src/answer/types.js';
import { loadConfig } from '../../src/config.js';

/** Writes each file's lines into a fresh corpus folder (made by `tempDir`) and opens it without a model. */
export async function answererOnCvs(
  cvs: Record<string, readonly string[]>,
  tempDir: (label?: string) => Promise<string>,
): Promise<Answerer> {
  const corpus = await tempDir('corpus');
  for (const [file, lines] of Object.entries(cvs)) await writeFile(path.join(corpus, file), lines.join('\n'));
  return openAnswerer(loadConfig({ USE_MODEL: 'false', CORPUS_DIR: corpus, DATA_DIR: await tempDir('data') }), {
    warn: () => {},
  });
}

/** The people an answer cites, each once, sorted. */
export const citedPeople = (answer: Answer): string[] => [...new Set(answer.citations.map((c) => c.person))].sort();

/** The answer's first line: its headline. */
export const firstLine = (answer: Answer): string => answer.answer.split('\n')[0]!;

/** Undefined when the answer cites exactly these people, else why not (a check of the family tests). */
export const citesExactly =
  (...people: string[]) =>
  (answer: Answer): string | undefined => {
    const cited = citedPeople(answer);
    return cited.join() === [...people].sort().join() ? undefined : `cites ${cited.join(', ') || 'nobody'}`;
  };

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

/** Undefined when the first number the headline states ("Four people …") is `expected`, else why not. */
export const counts =
  (expected: number) =>
  (answer: Answer): string | undefined => {
    const word = /\b(\d+|one|two|three|four|five)\b/i.exec(firstLine(answer))?.[1]?.toLowerCase();
    const n = word === undefined ? undefined : (NUMBER_WORDS[word] ?? Number(word));
    return n === expected ? undefined : `counts ${firstLine(answer)}`;
  };
