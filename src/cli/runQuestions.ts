/**
 * The terminal front end for `ask` and `who-knows`: one question from the arguments, or with
 * `--json` and no argument, one per stdin line (model and index loaded once), each line answered by
 * exactly one output line. stdout carries only answers; everything else goes to stderr.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { openAnswerer } from '../answer/answerer.js';
import type { Answerer, WhoKnowsResult } from '../answer/types.js';
import { validateQuestion, validateSkill } from '../answer/validateInput.js';
import { loadConfig, RETRIEVAL_MODES, type RetrievalMode } from '../config.js';
import { asWhoKnowsError, isWhoKnowsError, type WhoKnowsError } from '../errors.js';
import { createWriter, type AnswerWriter } from '../llm/writer.js';
import { log } from '../log.js';
import { formatAnswer, formatWhoKnows } from './formatText.js';
import { reportError } from './reportError.js';

export type QuestionKind = 'ask' | 'who-knows';

const USAGE: Record<QuestionKind, string> = {
  ask:
    'usage: npm run ask -- [--json] [--mode hybrid|lexical|dense] [--no-llm] "who has run a CDN?"\n' +
    '       (with --json and no question, reads one question per line from stdin;\n' +
    '        --no-llm shows the answer built from the citations even when LLM_BASE_URL is set)',
  'who-knows':
    'usage: npm run who-knows -- [--json] [--limit 25] [--offset 0] terraform\n       (with --json and no skill, reads one skill per line from stdin;\n        --limit/--offset page through the people when many know the skill)',
};

/** People shown per who-knows answer unless --limit says otherwise: a common skill at a big company names thousands. */
export const DEFAULT_PEOPLE_LIMIT = 25;

interface Page {
  readonly offset: number;
  readonly limit: number;
}

/**
 * One page of the people, with how many there are in all and how many come after this page. A
 * result that already is that page (the answerer quotes evidence for the asked page only) passes through.
 */
export function pageOfPeople(
  result: WhoKnowsResult,
  page: Page,
): WhoKnowsResult & { totalPeople: number; offset: number; morePeople: number } {
  const paged =
    result.totalPeople !== undefined && (result.offset ?? 0) === page.offset && result.people.length <= page.limit;
  const people = paged ? result.people : result.people.slice(page.offset, page.offset + page.limit);
  const totalPeople = paged ? result.totalPeople! : result.people.length;
  const morePeople = Math.max(0, totalPeople - page.offset - people.length);
  return { ...result, people, totalPeople, offset: page.offset, morePeople };
}

async function answerOne(
  answerer: Answerer,
  kind: QuestionKind,
  text: string,
  json: boolean,
  page: Page,
  writer?: AnswerWriter,
): Promise<string> {
  if (kind === 'ask') {
    const extractive = await answerer.ask(text);
    // A failed check or call is logged by the writer; the extractive answer is printed then.
    const answer = writer ? (await writer.write(extractive, { people: answerer.people() })).answer : extractive;
    return json ? JSON.stringify(answer) : formatAnswer(answer);
  }
  const result = pageOfPeople(await answerer.whoKnows(text, page), page);
  if (json) return JSON.stringify(result);
  const more =
    result.morePeople > 0 ? `\n… ${result.morePeople} more (--offset ${result.offset + result.people.length})` : '';
  return `${formatWhoKnows(result)}${more}`;
}

/** Writes one line and, when the pipe is full, waits for it to drain (a slow reader must not make us buffer every answer). */
async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}

function whole(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number))
    throw new Error(`--${name} takes a whole number, not "${value}"`);
  return number;
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

/** The command line of `ask` and `who-knows`. */
function parseQuestionArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      mode: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      'no-llm': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

export async function runQuestions(kind: QuestionKind, argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parseQuestionArgs>;
  try {
    parsed = parseQuestionArgs(argv);
  } catch (error) {
    log.error(`${(error as Error).message}\n${USAGE[kind]}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stderr.write(`${USAGE[kind]}\n`);
    return 0;
  }
  let page: Page;
  try {
    page = { limit: whole(values.limit, DEFAULT_PEOPLE_LIMIT, 'limit'), offset: whole(values.offset, 0, 'offset') };
    if (page.limit === 0) throw new Error('--limit must be at least 1');
  } catch (error) {
    log.error(`${(error as Error).message}\n${USAGE[kind]}`);
    return 2;
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
    const writer = kind === 'ask' && !values['no-llm'] ? createWriter(config) : undefined;
    if (question !== undefined) {
      await writeLine(await answerOne(answerer, kind, question, values.json, page, writer));
      return 0;
    }
    // One output line per input line, blank ones included (they get a QUESTION_EMPTY line), so a
    // caller can pair answers with questions by line number.
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      const output = await answerOne(answerer, kind, line, true, page, writer).catch((error: unknown) =>
        errorLine(kind, line, error),
      );
      await writeLine(output);
    }
    return 0;
  } catch (error) {
    reportError(error);
    return 1;
  }
}
