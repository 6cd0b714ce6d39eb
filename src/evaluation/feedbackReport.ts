/**
 * `npm run eval -- --feedback`: the questions Discord users voted "not helpful", most votes first,
 * as material for new evaluation questions. `--json` prints one JSON line per question, shaped
 * like a question-set line to fill in (`expect` left for a person to write). Lines that hold no
 * vote (torn by a crash, edited by hand, wrong types) are skipped with one warning each on stderr.
 */
import type { Config } from '../config.js';
import { feedbackPath, notHelpfulQuestions, readFeedback, type FeedbackRecord } from '../feedback/feedbackLog.js';
import { log } from '../log.js';
import { visibleLines } from '../text/visibleText.js';

export async function printNotHelpful(
  config: Config,
  options: { json?: boolean } = {},
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  warn: (message: string) => void = log.warn,
): Promise<number> {
  const file = feedbackPath(config.dataDir);
  let records: FeedbackRecord[];
  try {
    records = await readFeedback(file, (name, line, problem) => warn(`${name}:${line}: skipped, ${problem}.`));
  } catch (error) {
    warn(`Could not read the feedback log ${file}: ${(error as Error).message}`);
    return 1;
  }
  const list = notHelpfulQuestions(records);
  if (options.json) {
    for (const entry of list)
      out(
        JSON.stringify({
          question: entry.question,
          command: entry.command,
          not_helpful: entry.votes,
          answered_with: entry.people,
        }),
      );
    return 0;
  }
  if (list.length === 0) {
    out(
      records.length === 0
        ? `No feedback recorded yet (${file}).`
        : `No "not helpful" votes among ${records.length} recorded.`,
    );
    return 0;
  }
  out(`${list.length} question(s) voted not helpful (${file}):`);
  for (const entry of list) {
    const who =
      entry.people.length > 0
        ? ` (answer named ${entry.people.slice(0, 5).join(', ')}${entry.people.length > 5 ? ', …' : ''})`
        : '';
    // Questions are what users typed: their control characters must not drive the terminal.
    out(visibleLines(`- ${entry.votes}× ${entry.command} "${entry.question}"${who}`));
  }
  return 0;
}
