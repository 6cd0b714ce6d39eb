/** Runs a question set through an Answerer and scores it, keeping each question's outcome for reports. */
import type { Answerer } from '../answer/types.js';
import { sameSet, scoreAsk, scoreWhoKnows, type AskScores, type WhoKnowsScores } from './metrics.js';
import type { EvalQuestion } from './questionSet.js';

export interface QuestionOutcome {
  readonly question: EvalQuestion;
  /** Letters of the people named, in order (empty = "nobody"). */
  readonly found: readonly string[];
  readonly expected: readonly string[];
  /** ask: the people cited are exactly the expected ones (or "nobody" when none is); who-knows: exact set. */
  readonly pass: boolean;
}

export interface EvaluationReport {
  readonly ask: AskScores;
  readonly whoKnows: WhoKnowsScores;
  readonly outcomes: readonly QuestionOutcome[];
  readonly passed: number;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

export async function evaluate(
  answerer: Answerer,
  questions: readonly EvalQuestion[],
  sourceOfKey: ReadonlyMap<string, string>,
): Promise<EvaluationReport> {
  const keyOfSource = new Map([...sourceOfKey].map(([key, source]) => [source, key]));
  const letter = (source: string) => keyOfSource.get(source) ?? `?${source}`;
  const outcomes: QuestionOutcome[] = [];
  for (const question of questions) {
    if (question.kind === 'ask') {
      const answer = await answerer.ask(question.q);
      const found = answer.noAnswer ? [] : unique(answer.citations.map((citation) => letter(citation.source)));
      const phrase = question.expect_text?.toLowerCase();
      const cited =
        phrase === undefined || answer.citations.some((citation) => citation.text.toLowerCase().includes(phrase));
      outcomes.push({ question, found, expected: question.expect, pass: sameSet(found, question.expect) && cited });
    } else {
      const found = (await answerer.whoKnows(question.skill)).people.map((person) => letter(person.source));
      outcomes.push({ question, found, expected: question.expect, pass: sameSet(found, question.expect) });
    }
  }
  const pairs = (kind: EvalQuestion['kind']) =>
    outcomes.filter((o) => o.question.kind === kind).map((o) => ({ ranked: o.found, expected: o.expected }));
  return {
    ask: scoreAsk(pairs('ask')),
    whoKnows: scoreWhoKnows(pairs('who-knows')),
    outcomes,
    passed: outcomes.filter((o) => o.pass).length,
  };
}
