/**
 * `npm run eval -- --feedback`: the questions Discord users voted "not helpful", most votes first,
 * as material for new evaluation questions. `--json` prints one JSON line per question, shaped
 * like a question-set line to fill in (`expect` left for a person to write).
 */
import type { Config } from '../config.js';
import { feedbackPath, notHelpfulQuestions, readFeedback } from '../feedback/feedbackLog.js';
import { visibleLines } from '../text/visibleText.js';

export async function printNotHelpful(config: Config, options: { json?: boolean } = {}, out: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<void> {
  const file = feedbackPath(config.dataDir);
  const records = await readFeedback(file);
  const list = notHelpfulQuestions(records);
  if (options.json) {
    for (const entry of list) out(JSON.stringify({ question: entry.question, command: entry.command, not_helpful: entry.votes, answered_with: entry.people }));
    return;
  }
  if (list.length === 0) {
    out(records.length === 0 ? `No feedback recorded yet (${file}).` : `No "not helpful" votes among ${records.length} recorded.`);
    return;
  }
  out(`${list.length} question(s) voted not helpful (${file}):`);
  for (const entry of list) {
    const who = entry.people.length > 0 ? ` (answer named ${entry.people.slice(0, 5).join(', ')}${entry.people.length > 5 ? ', …' : ''})` : '';
    // Questions are what users typed: their control characters must not drive the terminal.
    out(visibleLines(`- ${entry.votes}× ${entry.command} "${entry.question}"${who}`));
  }
}
