/**
 * The terminal front end for `ask` and `who-knows`: one question from the arguments, or with
 * `--json` and no argument, one per stdin line (model and index loaded once), each line answered by
 * exactly one output line. stdout carries only answers; everything else goes to stderr.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { openAnswerer } from '../answer/answerer.js';
import type { Answerer } from '../answer/types.js';
import { validateQuestion, validateSkill } from '../answer/validateInput.js';
import { loadConfig } from '../config.js';
import { asWhoKnowsError, isWhoKnowsError, type WhoKnowsError } from '../errors.js';
import { log } from '../log.js';
import { RETRIEVAL_MODES, type RetrievalMode } from '../retrieval/searchPassages.js';
import { formatAnswer, formatWhoKnows } from './formatText.js';
import { reportError } from './reportError.js';

export type QuestionKind = 'ask' | 'who-knows';

const USAGE: Record<QuestionKind, string> = {
  ask: 'usage: npm run ask -- [--json] [--mode hybrid|lexical|dense] "who has run a CDN?"\n       (with --json and no question, reads one question per line from stdin)',
  'who-knows': 'usage: npm run who-knows -- [--json] terraform\n       (with --json and no skill, reads one skill per line from stdin)',
};

async function answerOne(answerer: Answerer, kind: QuestionKind, text: string, json: boolean): Promise<string> {
  if (kind === 'ask') {
    const answer = await answerer.ask(text);
    return json ? JSON.stringify(answer) : formatAnswer(answer);
  }
  const result = await answerer.whoKnows(text);
  return json ? JSON.stringify(result) : formatWhoKnows(result);
}

/** A bad question in a stream gets its own error line; the stream goes on. */
function errorLine(kind: QuestionKind, text: string, error: unknown): string {
  const key = kind === 'ask' ? 'question' : 'skill';
  const { code, message } = asWhoKnowsError(error);
  return JSON.stringify({ [key]: text, error: { code, message } });
}

function validationError(kind: QuestionKind, text: string, maxQuestionChars: number): WhoKnowsError | undefined {
  try {
    if (kind === 'ask') validateQuestion(text, maxQuestionChars);
    else validateSkill(text);
    return undefined;
  } catch (error) {
    if (isWhoKnowsError(error)) return error;
    throw error;
  }
}

export async function runQuestions(kind: QuestionKind, argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, mode: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    log.error(`${(error as Error).message}\n${USAGE[kind]}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stderr.write(`${USAGE[kind]}\n`);
    return 0;
  }
  const mode = values.mode as RetrievalMode | undefined;
  if (mode && !RETRIEVAL_MODES.includes(mode)) {
    log.error(`--mode must be hybrid, lexical or dense.\n${USAGE[kind]}`);
    return 2;
  }
  // Only the absence of an argument means "read stdin": an explicit "" is a question (an empty one).
  if (positionals.length === 0 && !values.json) {
    log.error(USAGE[kind]);
    return 2;
  }
  const question = positionals.length > 0 ? positionals.join(' ') : undefined;

  try {
    const config = loadConfig();
    if (question !== undefined) {
      // Checked before the index is opened (or built): a bad question costs nothing.
      const invalid = validationError(kind, question, config.maxQuestionChars);
      if (invalid) {
        if (values.json) process.stdout.write(`${errorLine(kind, question, invalid)}\n`);
        else log.error(invalid.message);
        return 1;
      }
    }
    const answerer = await openAnswerer(config, mode ? { retrieval: { mode } } : {});
    if (question !== undefined) {
      process.stdout.write(`${await answerOne(answerer, kind, question, values.json)}\n`);
      return 0;
    }
    // One output line per input line, blank ones included (they get a QUESTION_EMPTY line), so a
    // caller can pair answers with questions by line number.
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      const output = await answerOne(answerer, kind, line, true).catch((error: unknown) => errorLine(kind, line, error));
      process.stdout.write(`${output}\n`);
    }
    return 0;
  } catch (error) {
    reportError(error);
    return 1;
  }
}
