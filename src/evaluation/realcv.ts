/**
 * Scoring against a folder of real CVs with its own questions (`questions.jsonl` beside `docs/`),
 * read in place. Files are named by their file name, not by letters. Only files the index could
 * read count: a question whose expected files are all in formats not read yet is left out (and
 * counted as such), so the numbers stay honest while readers for more formats are added.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Answerer, Citation } from '../answer/types.js';
import { renderedText } from '../text/rendered.js';
import { sameSet, scoreAsk, scoreWhoKnows, type AskScores, type WhoKnowsScores } from './metrics.js';

export type RealcvQuestion =
  | { readonly kind: 'ask'; readonly q: string; readonly expect: readonly string[] }
  | { readonly kind: 'who-knows'; readonly skill: string; readonly expect: readonly string[] }
  | {
      readonly kind: 'person';
      readonly q: string;
      readonly person: string;
      readonly expect_lines?: readonly (readonly [number, number])[];
      readonly expect_text?: string;
    }
  | { readonly kind: 'name'; readonly file: string; readonly name: string };

export function readRealcvQuestions(file: string): RealcvQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RealcvQuestion);
}

export interface RealcvOutcome {
  readonly question: RealcvQuestion;
  readonly pass: boolean;
  /** What the answer gave, for failure lists: files cited, or the name found. */
  readonly found: readonly string[];
}

export interface RealcvReport {
  readonly ask: AskScores;
  readonly whoKnows: WhoKnowsScores;
  /** Share of `person` rows whose cited lines overlap the expected ones (or hold the expected phrase). */
  readonly person: number;
  readonly personRows: number;
  /** Share of `name` rows where the index names the file's person as the text does. */
  readonly name: number;
  readonly nameRows: number;
  /** Questions and skills nobody's CV answers, answered "nobody" (ask and who-knows together). */
  readonly nobody: number;
  readonly negatives: number;
  /** Questions left out because every file they expect is in a format the index does not read. */
  readonly skipped: number;
  readonly filesRead: number;
  readonly outcomes: readonly RealcvOutcome[];
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? NaN : values.reduce((sum, v) => sum + v, 0) / values.length;

const normaliseName = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Letters and digits only, lower case: how a line of a converted text is found in its original's markup. */
const comparable = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * True when the citation quotes the expected lines of the file. A citation of the file's own lines
 * must overlap them, and so must one into a converted text kept line for line with the original; a
 * citation into any other converted text (`textSource`) counts when one of its lines (of some
 * length) is what a reader sees on those lines of the original.
 */
function citesLines(
  citation: Citation,
  expected: readonly (readonly [number, number])[],
  readSource: ((source: string) => readonly string[] | undefined) | undefined,
): boolean {
  const overlaps = expected.some(([start, end]) => citation.startLine <= end && citation.endLine >= start);
  if (citation.textSource === undefined) return overlaps;
  const original = readSource?.(citation.source);
  if (!original) return false;
  // A converted text kept line for line with its original (LaTeX, HTML, JSON) is cited by the same numbers.
  const converted = readSource?.(citation.textSource);
  if (overlaps && converted && Math.abs(converted.length - original.length) <= 1) return true;
  const seen = comparable(
    expected
      .flatMap(([start, end]) => original.slice(start - 1, end))
      .map(renderedText)
      .join(' '),
  );
  return citation.text.split('\n').some((line) => {
    const quoted = comparable(line);
    return quoted.length >= 8 && seen.includes(quoted);
  });
}

/**
 * @param readSource the lines of a cited original file (by its project-relative source), to check
 *   citations of converted documents against `expect_lines`; without it those rows fail.
 */
export async function evaluateRealcv(
  answerer: Answerer,
  questions: readonly RealcvQuestion[],
  readSource?: (source: string) => readonly string[] | undefined,
): Promise<RealcvReport> {
  const summary = answerer.summary();
  // File name → source as indexed, and the person's name as indexed.
  const read = new Map(summary.people.map((person) => [path.basename(person.source), person]));
  const fileOf = (source: string) => path.basename(source);
  const outcomes: RealcvOutcome[] = [];
  const askPairs: { ranked: string[]; expected: string[] }[] = [];
  const whoPairs: { ranked: string[]; expected: string[] }[] = [];
  const personPasses: number[] = [];
  const namePasses: number[] = [];
  const negatives: number[] = [];
  let skipped = 0;

  for (const question of questions) {
    switch (question.kind) {
      case 'ask': {
        const expected = question.expect.filter((file) => read.has(file));
        if (question.expect.length > 0 && expected.length === 0) {
          skipped++;
          continue;
        }
        const answer = await answerer.ask(question.q);
        // A "nobody" that quotes mentions for context names nobody, as the shared judge reads it.
        const ranked = answer.noAnswer ? [] : [...new Set(answer.citations.map((citation) => fileOf(citation.source)))];
        askPairs.push({ ranked, expected });
        if (expected.length === 0) negatives.push(ranked.length === 0 ? 1 : 0);
        outcomes.push({ question, found: ranked, pass: sameSet(ranked, expected) });
        break;
      }
      case 'who-knows': {
        const expected = question.expect.filter((file) => read.has(file));
        if (question.expect.length > 0 && expected.length === 0) {
          skipped++;
          continue;
        }
        const result = await answerer.whoKnows(question.skill);
        const ranked = result.people.map((person) => fileOf(person.source));
        whoPairs.push({ ranked, expected });
        if (expected.length === 0) negatives.push(ranked.length === 0 ? 1 : 0);
        outcomes.push({ question, found: ranked, pass: sameSet(ranked, expected) });
        break;
      }
      case 'person': {
        if (!read.has(question.person)) {
          skipped++;
          continue;
        }
        const answer = await answerer.ask(question.q);
        const own = answer.citations.filter((citation) => fileOf(citation.source) === question.person);
        const phrase = question.expect_text?.toLowerCase();
        const pass = own.some(
          (citation) =>
            (question.expect_lines !== undefined && citesLines(citation, question.expect_lines, readSource)) ||
            (phrase !== undefined && citation.text.toLowerCase().includes(phrase)),
        );
        personPasses.push(pass ? 1 : 0);
        outcomes.push({
          question,
          found: answer.citations.map((c) => `${fileOf(c.source)}:${c.startLine}-${c.endLine}`),
          pass,
        });
        break;
      }
      case 'name': {
        const person = read.get(question.file);
        if (!person) {
          skipped++;
          continue;
        }
        // A file that names nobody passes when the index says so ("unnamed (file)"), never with a guessed name.
        const pass =
          question.name === ''
            ? person.unnamed === true
            : person.unnamed !== true && normaliseName(person.name) === normaliseName(question.name);
        namePasses.push(pass ? 1 : 0);
        outcomes.push({ question, found: [person.name], pass });
        break;
      }
    }
  }
  return {
    ask: scoreAsk(askPairs),
    whoKnows: scoreWhoKnows(whoPairs),
    person: mean(personPasses),
    personRows: personPasses.length,
    name: mean(namePasses),
    nameRows: namePasses.length,
    nobody: mean(negatives),
    negatives: negatives.length,
    skipped,
    filesRead: read.size,
    outcomes,
  };
}
