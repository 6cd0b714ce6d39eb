/**
 * Votes on answers (helpful / not helpful), one JSON line each in `<DATA_DIR>/feedback.jsonl`:
 * when, which server, what was asked, whom and which lines the answer cited, the verdict. No user
 * names or ids: `voter` is a hash of the answer key and the user id, enough to count one vote per
 * user per answer (across restarts too) and useless for telling who voted on anything else.
 *
 * The file is capped (FEEDBACK_MAX_BYTES): the vote that would take it past the cap first renames
 * it to `feedback.jsonl.1` (replacing the older one), so the log keeps between one and two caps of
 * the latest votes. Appending never reads the file, only its size and last byte; a line left torn
 * by a crash stays a line of its own, which readers skip with a warning.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { systemCode } from '../errors.js';
import { log } from '../log.js';

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

/** Where the previous votes go when the file reaches its cap. */
export function rotatedPath(file: string): string {
  return `${file}.1`;
}

export function voterHash(answerKey: string, userId: string): string {
  return createHash('sha256').update(`${answerKey}:${userId}`).digest('hex').slice(0, 16);
}

const isStringList = (value: unknown): boolean =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The record a line holds, or why it holds none (a torn write, a hand edit, another program's line). */
export function parseFeedbackLine(line: string): FeedbackRecord | { readonly problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { problem: 'not JSON (a torn or partial line)' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  const wrong = (['time', 'command', 'question', 'voter'] as const).find((key) => typeof record[key] !== 'string');
  if (wrong) return { problem: `"${wrong}" is not a string` };
  if (record.server !== null && typeof record.server !== 'string') {
    return { problem: '"server" is neither a string nor null' };
  }
  const notList = (['people', 'citations'] as const).find((key) => !isStringList(record[key]));
  if (notList) return { problem: `"${notList}" is not a list of strings` };
  if (record.verdict !== 'helpful' && record.verdict !== 'not-helpful') {
    return { problem: '"verdict" is neither "helpful" nor "not-helpful"' };
  }
  return record as unknown as FeedbackRecord;
}

/** A skipped line: which file, which line (from 1), and why. */
export type SkippedLine = (file: string, line: number, problem: string) => void;

/** A vote is a few hundred bytes; a longer "line" is damage (or no line at all), skipped without holding it whole. */
const MAX_LINE_BYTES = 64 * 1024;

interface Line {
  readonly text: string;
  readonly number: number;
  /** Set when the line was too long to keep: `text` is empty then. */
  readonly overlong?: true;
}

/**
 * Every non-blank line of `file` from byte `start` (the first, partial line dropped when start > 0),
 * streamed; none when the file is missing.
 */
async function* linesOf(file: string, start = 0): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overlong = false;
  let number = 0;
  const finish = (): Line | undefined => {
    number += 1;
    const line: Line = overlong
      ? { text: '', number, overlong: true }
      : { text: Buffer.concat(pending).toString('utf8'), number };
    pending = [];
    pendingBytes = 0;
    overlong = false;
    if (start > 0 && number === 1) return undefined;
    return line.overlong || line.text.trim() ? line : undefined;
  };
  const keep = (piece: Buffer) => {
    if (overlong) return;
    pendingBytes += piece.length;
    if (pendingBytes > MAX_LINE_BYTES) {
      overlong = true;
      pending = [];
    } else pending.push(piece);
  };
  const stream = createReadStream(file, { start });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let from = 0;
      for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, from)) {
        keep(chunk.subarray(from, newline));
        from = newline + 1;
        const line = finish();
        if (line) yield line;
      }
      keep(chunk.subarray(from));
    }
    if (pendingBytes > 0 || overlong) {
      const line = finish();
      if (line) yield line;
    }
  } catch (error) {
    if (systemCode(error) !== 'ENOENT') throw error;
  } finally {
    stream.destroy();
  }
}

/**
 * Every vote in the log, the rotated file's first, read a line at a time (the file may be large).
 * Lines that hold no vote record are skipped, each reported to `onSkip`.
 */
export async function readFeedback(file: string, onSkip: SkippedLine = () => {}): Promise<FeedbackRecord[]> {
  const records: FeedbackRecord[] = [];
  for (const name of [rotatedPath(file), file]) {
    for await (const line of linesOf(name)) {
      const parsed = line.overlong
        ? { problem: `longer than ${MAX_LINE_BYTES / 1024} KiB (not a vote)` }
        : parseFeedbackLine(line.text);
      if ('problem' in parsed) onSkip(name, line.number, parsed.problem);
      else records.push(parsed);
    }
  }
  return records;
}

/** The voters of the last `maxBytes` of a file (none when it is missing). */
async function votersIn(file: string, maxBytes: number): Promise<Set<string>> {
  const size = await stat(file).then(
    (info) => info.size,
    (error: unknown) => {
      if (systemCode(error) === 'ENOENT') return 0;
      throw error;
    },
  );
  const voters = new Set<string>();
  if (size === 0) return voters;
  for await (const line of linesOf(file, Math.max(0, size - maxBytes))) {
    const voter = /"voter":"([^"\\]+)"/.exec(line.text)?.[1];
    if (voter) voters.add(voter);
  }
  return voters;
}

export interface FeedbackLogOptions {
  /** Rotate to `<file>.1` before a vote would take the file past this many bytes (FEEDBACK_MAX_BYTES). */
  readonly maxBytes: number;
}

/** Voters of the current file and of the rotated one, so a vote is counted once across a rotation too. */
interface Voters {
  current: Set<string>;
  previous: Set<string>;
}

export class FeedbackLog {
  private voters: Promise<Voters> | undefined;
  private writing: Promise<unknown> = Promise.resolve();
  private readonly maxBytes: number;

  constructor(
    private readonly file: string,
    options: FeedbackLogOptions,
  ) {
    this.maxBytes = Math.max(1, options.maxBytes);
  }

  /** Appends the vote unless this voter already voted on this answer; says which happened. */
  async record(record: Omit<FeedbackRecord, 'time'>): Promise<'recorded' | 'already-voted'> {
    const voters = await this.knownVoters();
    if (voters.current.has(record.voter) || voters.previous.has(record.voter)) return 'already-voted';
    voters.current.add(record.voter);
    const line = `${JSON.stringify({ time: new Date().toISOString(), ...record })}\n`;
    // One append at a time, so concurrent clicks never interleave inside a line.
    const write = this.writing.then(() => this.append(line, record.voter, voters));
    this.writing = write.catch(() => undefined);
    try {
      await write;
    } catch (error) {
      // Nothing is remembered of a failed write: the voter may vote again, and the next vote writes afresh.
      voters.current.delete(record.voter);
      voters.previous.delete(record.voter);
      throw error;
    }
    return 'recorded';
  }

  /** Read once (the tails of both files); a failed read is not kept, so the next vote reads again. */
  private knownVoters(): Promise<Voters> {
    this.voters ??= (async () => ({
      current: await votersIn(this.file, this.maxBytes),
      previous: await votersIn(rotatedPath(this.file), this.maxBytes),
    }))();
    const reading = this.voters;
    reading.catch(() => {
      if (this.voters === reading) this.voters = undefined;
    });
    return reading;
  }

  private async append(line: string, voter: string, voters: Voters): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    let handle = await open(this.file, 'a+');
    try {
      let { size } = await handle.stat();
      if (size > 0 && size + Buffer.byteLength(line) > this.maxBytes) {
        await handle.close();
        if (await this.rotate()) {
          voters.previous = voters.current;
          voters.current = new Set();
        }
        handle = await open(this.file, 'a+');
        size = (await handle.stat()).size;
      }
      // A previous write torn mid-line (a crash, a full disk) must not swallow this vote: start it
      // on a line of its own.
      const last = Buffer.alloc(1);
      if (size > 0) await handle.read(last, 0, 1, size - 1);
      await handle.write(size > 0 && last[0] !== 0x0a ? `\n${line}` : line);
      voters.current.add(voter);
    } finally {
      await handle.close();
    }
  }

  /** Moves the full file to `<file>.1`; one that can't be moved is written on past its cap rather than losing votes. */
  private async rotate(): Promise<boolean> {
    try {
      await rename(this.file, rotatedPath(this.file));
      return true;
    } catch (error) {
      const why = (error as Error).message;
      log.warn(`Could not rotate ${this.file} to ${rotatedPath(this.file)} (${why}); appending past its size cap.`);
      return false;
    }
  }
}

export interface NotHelpfulQuestion {
  readonly question: string;
  readonly command: string;
  votes: number;
  readonly people: readonly string[];
}

/** Not-helpful questions, most often first: material for new evaluation questions. */
export function notHelpfulQuestions(records: readonly FeedbackRecord[]): NotHelpfulQuestion[] {
  const byQuestion = new Map<string, NotHelpfulQuestion>();
  for (const record of records) {
    if (record.verdict !== 'not-helpful') continue;
    const key = `${record.command}\u0000${record.question.trim().toLowerCase()}`;
    const entry = byQuestion.get(key);
    if (entry) entry.votes += 1;
    else {
      const question = record.question.trim();
      byQuestion.set(key, { question, command: record.command, votes: 1, people: record.people });
    }
  }
  return [...byQuestion.values()].sort((a, b) => b.votes - a.votes || a.question.localeCompare(b.question));
}
