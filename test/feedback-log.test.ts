/**
 * The feedback log on disk: votes survive a torn line and a failed write, the file rotates at its
 * cap without ever being read whole, and the not-helpful report skips what is not a vote.
 */
import { execFile } from 'node:child_process';
import { appendFile, mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { printNotHelpful } from '../src/evaluation/feedbackReport.js';
import {
  FeedbackLog,
  parseFeedbackLine,
  readFeedback,
  rotatedPath,
  type FeedbackRecord,
} from '../src/feedback/feedbackLog.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const temporaryDir = temporaryDirs('whoknows-feedback-');
const run = promisify(execFile);

function vote(
  voter: string,
  verdict: FeedbackRecord['verdict'] = 'not-helpful',
  question = `question of ${voter}`,
): Omit<FeedbackRecord, 'time'> {
  return {
    server: '123',
    command: '/ask',
    question,
    people: ['Ada Lovelace'],
    citations: ['corpus/ada.md:L1-L2'],
    verdict,
    voter,
  };
}

async function logIn(maxBytes = 1024 * 1024): Promise<{ file: string; log: FeedbackLog }> {
  const file = path.join(await temporaryDir(), 'feedback.jsonl');
  return { file, log: new FeedbackLog(file, { maxBytes }) };
}

describe('the feedback log', () => {
  it('keeps a vote whole when the previous write was torn mid-line', async () => {
    const { file, log } = await logIn();
    await log.record(vote('a1'));
    await appendFile(file, '{"time":"2024-01-01T00:00:00.000Z","server":"1","comm');
    await log.record(vote('b2'));
    const skipped: string[] = [];
    const records = await readFeedback(file, (_, line, problem) => skipped.push(`${line}: ${problem}`));
    expect(records.map((record) => record.voter)).toEqual(['a1', 'b2']);
    expect(skipped).toEqual(['2: not JSON (a torn or partial line)']);
  });

  it('retries after a failed read or write instead of refusing every later vote', async () => {
    const { file, log } = await logIn();
    await mkdir(file); // the file briefly a folder: reading and writing both fail
    await expect(log.record(vote('a1'))).rejects.toThrow(/EISDIR/);
    await rm(file, { recursive: true });
    expect(await log.record(vote('a1'))).toBe('recorded');
    await rm(file);
    await mkdir(file);
    await expect(log.record(vote('b2'))).rejects.toThrow(/EISDIR/);
    await rm(file, { recursive: true });
    // The failed voter may vote again; the earlier vote still counts once.
    expect(await log.record(vote('b2'))).toBe('recorded');
    expect(await log.record(vote('a1'))).toBe('already-voted');
    expect((await readFeedback(file)).map((record) => record.voter)).toEqual(['b2']);
  });

  it('rotates to feedback.jsonl.1 at its cap and still counts one vote per voter across the rotation', async () => {
    const { file, log } = await logIn(1000);
    const voters = Array.from({ length: 12 }, (_, i) => `v${i}`);
    for (const voter of voters) expect(await log.record(vote(voter))).toBe('recorded');
    expect((await stat(file)).size).toBeLessThanOrEqual(1000);
    expect((await stat(rotatedPath(file))).size).toBeLessThanOrEqual(1000);
    const kept = (await readFeedback(file)).map((record) => record.voter);
    expect(kept).toEqual(voters.slice(voters.length - kept.length));
    expect(kept.length).toBeLessThan(voters.length);
    // The newest voter of the rotated file, seen again after the rotation, by a fresh log (a restart).
    const rotatedVoters = (await readFile(rotatedPath(file), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as FeedbackRecord).voter);
    const restarted = new FeedbackLog(file, { maxBytes: 1000 });
    expect(await restarted.record(vote(rotatedVoters.at(-1)!))).toBe('already-voted');
    expect(await restarted.record(vote(kept[0]!))).toBe('already-voted');
  });

  it('records a vote beside a 600 MB file without reading it whole', async () => {
    const { file, log } = await logIn();
    const handle = await open(file, 'w');
    await handle.truncate(600 * 1024 * 1024); // sparse: no disk space, but every byte would have to be read
    await handle.close();
    expect(await log.record(vote('a1'))).toBe('recorded');
    expect((await stat(rotatedPath(file))).size).toBe(600 * 1024 * 1024);
    expect((await readFile(file, 'utf8')).split('\n')).toEqual([expect.stringContaining('"voter":"a1"'), '']);
  }, 60_000);
});

describe('reading the feedback log', () => {
  it('names the first field of a line that has the wrong type', () => {
    const good = {
      time: 't',
      server: null,
      command: '/ask',
      question: 'q',
      people: [],
      citations: [],
      verdict: 'helpful',
      voter: 'ab',
    };
    expect(parseFeedbackLine(JSON.stringify(good))).toEqual(good);
    expect(parseFeedbackLine(JSON.stringify({ ...good, people: 'Ada' }))).toEqual({
      problem: '"people" is not a list of strings',
    });
    expect(parseFeedbackLine(JSON.stringify({ ...good, command: 5 }))).toEqual({
      problem: '"command" is not a string',
    });
    expect(parseFeedbackLine(JSON.stringify({ ...good, verdict: 'meh' }))).toEqual({
      problem: '"verdict" is neither "helpful" nor "not-helpful"',
    });
    expect(parseFeedbackLine('[1,2]')).toEqual({ problem: 'not a JSON object' });
  });

  it('skips a line too long to be a vote without holding it whole', async () => {
    const file = path.join(await temporaryDir(), 'feedback.jsonl');
    const good = JSON.stringify({ time: 't', ...vote('g1') });
    await writeFile(file, `${'x'.repeat(3 * 1024 * 1024)}\n${good}\n${'y'.repeat(100 * 1024)}`);
    const skipped: string[] = [];
    const records = await readFeedback(file, (_, line, problem) => skipped.push(`${line}: ${problem}`));
    expect(records.map((record) => record.voter)).toEqual(['g1']);
    expect(skipped).toEqual(['1: longer than 64 KiB (not a vote)', '3: longer than 64 KiB (not a vote)']);
  });

  it('eval --feedback lists the good votes and warns once for each bad line', async () => {
    const dataDir = await temporaryDir();
    const file = path.join(dataDir, 'feedback.jsonl');
    const good = (voter: string) => JSON.stringify({ time: 't', ...vote(voter, 'not-helpful', 'who knows rust?') });
    await writeFile(rotatedPath(file), `${good('r1')}\n{"torn":\n`);
    await writeFile(
      file,
      [good('c1'), JSON.stringify({ ...JSON.parse(good('c2')), people: 'Ada', command: 7 }), good('c3'), ''].join('\n'),
    );
    const out: string[] = [];
    const warnings: string[] = [];
    const code = await printNotHelpful(
      loadConfig({ DATA_DIR: dataDir }),
      {},
      (line) => out.push(line),
      (line) => warnings.push(line),
    );
    expect(code).toBe(0);
    expect(out).toEqual([
      `1 question(s) voted not helpful (${file}):`,
      '- 3× /ask "who knows rust?" (answer named Ada Lovelace)',
    ]);
    expect(warnings).toEqual([
      `${rotatedPath(file)}:2: skipped, not JSON (a torn or partial line).`,
      `${file}:2: skipped, "command" is not a string.`,
    ]);
  });

  it('npm run eval -- --feedback prints no stack trace for a wrong-typed line, and one line for an unreadable log', async () => {
    const dataDir = await temporaryDir();
    const file = path.join(dataDir, 'feedback.jsonl');
    await writeFile(file, `${JSON.stringify({ time: 't', ...vote('x'), people: 'Ada' })}\n`);
    const tsx = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const env = { PATH: process.env.PATH, WHOKNOWS_ROOT: dataDir, DATA_DIR: dataDir };
    const ok = await run(process.execPath, [tsx, path.join(PROJECT_ROOT, 'scripts', 'eval.ts'), '--feedback'], {
      env,
      cwd: PROJECT_ROOT,
    });
    expect(ok.stdout).toBe(`No feedback recorded yet (${file}).\n`);
    expect(ok.stderr).toBe(`warn: ${file}:1: skipped, "people" is not a list of strings.\n`);

    await rm(file);
    await mkdir(file);
    const failed = await run(process.execPath, [tsx, path.join(PROJECT_ROOT, 'scripts', 'eval.ts'), '--feedback'], {
      env,
      cwd: PROJECT_ROOT,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe(
      `warn: Could not read the feedback log ${file}: EISDIR: illegal operation on a directory, read\n`,
    );
  }, 60_000);
});
