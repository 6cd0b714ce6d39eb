/**
 * Votes on answers (helpful / not helpful), one JSON line each in `<DATA_DIR>/feedback.jsonl`:
 * when, which server, what was asked, whom and which lines the answer cited, the verdict. No user
 * names or ids: `voter` is a hash of the answer key and the user id, enough to count one vote per
 * user per answer (across restarts too) and useless for telling who voted on anything else.
 */
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export type FeedbackVerdict = 'helpful' | 'not-helpful';

export interface FeedbackRecord {
  readonly time: string;
  readonly server: string | null;
  /** `/ask`, `/who-knows`, `/profile`, `mention`, `follow-up`, `Who knows this?`. */
  readonly command: string;
  readonly question: string;
  readonly people: readonly string[];
  /** `source:Lstart-Lend` of each cited line. */
  readonly citations: readonly string[];
  readonly verdict: FeedbackVerdict;
  readonly voter: string;
}

export const FEEDBACK_FILE = 'feedback.jsonl';

export function feedbackPath(dataDir: string): string {
  return path.join(dataDir, FEEDBACK_FILE);
}

export function voterHash(answerKey: string, userId: string): string {
  return createHash('sha256').update(`${answerKey}:${userId}`).digest('hex').slice(0, 16);
}

/** Every record in the file; lines that don't parse (a torn last write) are skipped. */
export async function readFeedback(file: string): Promise<FeedbackRecord[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const records: FeedbackRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const record = JSON.parse(line) as FeedbackRecord;
      if (record && typeof record.question === 'string' && (record.verdict === 'helpful' || record.verdict === 'not-helpful')) records.push(record);
    } catch {
      // skip
    }
  }
  return records;
}

export class FeedbackLog {
  private voters: Promise<Set<string>> | undefined;
  private writing: Promise<unknown> = Promise.resolve();

  constructor(private readonly file: string) {}

  /** Appends the vote unless this voter already voted on this answer; says which happened. */
  async record(record: Omit<FeedbackRecord, 'time'>): Promise<'recorded' | 'already-voted'> {
    this.voters ??= readFeedback(this.file).then((records) => new Set(records.map((r) => r.voter)));
    const voters = await this.voters;
    if (voters.has(record.voter)) return 'already-voted';
    voters.add(record.voter);
    const line = `${JSON.stringify({ time: new Date().toISOString(), ...record })}\n`;
    // One append at a time, so concurrent clicks never interleave inside a line.
    const write = this.writing.then(async () => {
      await mkdir(path.dirname(this.file), { recursive: true });
      await appendFile(this.file, line, 'utf8');
    });
    this.writing = write.catch(() => undefined);
    try {
      await write;
    } catch (error) {
      voters.delete(record.voter);
      throw error;
    }
    return 'recorded';
  }
}

/** Not-helpful questions, most often first: material for new evaluation questions. */
export function notHelpfulQuestions(records: readonly FeedbackRecord[]): { question: string; command: string; votes: number; people: readonly string[] }[] {
  const byQuestion = new Map<string, { question: string; command: string; votes: number; people: readonly string[] }>();
  for (const record of records) {
    if (record.verdict !== 'not-helpful') continue;
    const key = `${record.command}\u0000${record.question.trim().toLowerCase()}`;
    const entry = byQuestion.get(key);
    if (entry) entry.votes += 1;
    else byQuestion.set(key, { question: record.question.trim(), command: record.command, votes: 1, people: record.people });
  }
  return [...byQuestion.values()].sort((a, b) => b.votes - a.votes || a.question.localeCompare(b.question));
}
