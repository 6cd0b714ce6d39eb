/**
 * Stop signals in-process: which signal stops gently, which is the same request, which exits now;
 * and what an interrupted build of this process leaves behind (nothing of its own, all of others').
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stopOnSignals } from '../src/discord/shutdown.js';
import { removeThisProcessBuild } from '../src/index/build/interruptedBuild.js';
import { useStructuredLogs, usePlainLogs } from '../src/log.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const temporaryDir = temporaryDirs('whoknows-shutdown-');

function harness(up = true) {
  let time = 0;
  let finish: () => void = () => {};
  const exits: number[] = [];
  const stops: number[] = [];
  const lines: string[] = [];
  useStructuredLogs({ write: (line: string) => lines.push((JSON.parse(line) as { msg: string }).msg) });
  const bot = { stop: () => new Promise<void>((resolve) => (stops.push(time), (finish = resolve))) };
  const onSignal = stopOnSignals({
    running: () => (up ? bot : undefined),
    exit: (code) => exits.push(code),
    now: () => time,
  });
  return {
    signal: (name: NodeJS.Signals, at: number) => {
      time = at;
      onSignal(name);
    },
    finish: () => finish(),
    exits,
    stops,
    lines,
  };
}

describe('stop signals', () => {
  afterEach(() => usePlainLogs());

  it('stops gently on the first signal, takes another within 1 s as the same, and exits 0 once answers finished', async () => {
    const h = harness();
    h.signal('SIGINT', 1000);
    h.signal('SIGINT', 1010); // npm passing the same Ctrl-C on
    expect(h.stops).toEqual([1000]);
    expect(h.exits).toEqual([]);
    h.finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(h.exits).toEqual([0]);
    expect(h.lines.at(-1)).toBe('Disconnected.');
  });

  it('exits at once with 128 + the signal number on a signal more than 1 s after the first', () => {
    const h = harness();
    h.signal('SIGTERM', 0);
    h.signal('SIGINT', 1001);
    expect(h.exits).toEqual([130]);
    const t = harness();
    t.signal('SIGINT', 0);
    t.signal('SIGTERM', 5000);
    expect(t.exits).toEqual([128 + os.constants.signals.SIGTERM]);
  });

  it('counts any number of copies of the first press as one, and exits on the press after them', () => {
    const h = harness();
    h.signal('SIGINT', 1000);
    h.signal('SIGINT', 1010); // npm's copy of the first press
    h.signal('SIGINT', 1040); // another wrapper's copy (tsx under npm)
    expect(h.exits).toEqual([]);
    expect(h.lines.filter((line) => line.includes('the same stop request'))).toHaveLength(1);
    h.signal('SIGINT', 2500); // the second press
    expect(h.exits).toEqual([130]);
  });

  it('exits on the second press when the kernel merged the first press with its copy', () => {
    // The copy arrived while the first signal was still pending: the bot saw one signal, not two.
    const h = harness();
    h.signal('SIGINT', 1000);
    h.signal('SIGINT', 2200);
    expect(h.exits).toEqual([130]);
  });

  it('exits 0 at once on a signal during start-up (nothing to finish)', () => {
    const h = harness(false);
    h.signal('SIGINT', 0);
    expect(h.exits).toEqual([0]);
    expect(h.lines).toEqual(['SIGINT received during start-up; nothing to finish, exiting now.']);
  });
});

describe('an interrupted build', () => {
  it("removes this process's build folder, link, lock and lock temporaries, and leaves another build's alone", async () => {
    const dataDir = await temporaryDir();
    const me = process.pid;
    const other = me + 1;
    await mkdir(path.join(dataDir, `.building-${me}-abc`, 'segments'), { recursive: true });
    await writeFile(path.join(dataDir, `.building-${me}-abc`, 'segments', 'a.seg'), 'x');
    await writeFile(path.join(dataDir, `.building-link-${me}-def`), '');
    await writeFile(path.join(dataDir, `.embed.lock.${me}-123`), '');
    await writeFile(
      path.join(dataDir, '.embed.lock'),
      JSON.stringify({ pid: me, host: os.hostname(), startedAt: 'now', nonce: 'n' }),
    );
    await mkdir(path.join(dataDir, `.building-${other}-abc`));
    await mkdir(path.join(dataDir, `.building-${me}0-abc`)); // another pid that starts with this one's digits
    await mkdir(path.join(dataDir, 'index-xyz'));
    expect(removeThisProcessBuild(dataDir).sort()).toEqual(
      [`.building-link-${me}-def`, `.building-${me}-abc`, '.embed.lock', `.embed.lock.${me}-123`].sort(),
    );
    expect((await readdir(dataDir)).sort()).toEqual(
      [`.building-${me}0-abc`, `.building-${other}-abc`, 'index-xyz'].sort(),
    );
  });

  it('keeps a lock another process holds', async () => {
    const dataDir = await temporaryDir();
    await writeFile(
      path.join(dataDir, '.embed.lock'),
      JSON.stringify({ pid: process.pid + 1, host: os.hostname(), startedAt: 'now', nonce: 'n' }),
    );
    expect(removeThisProcessBuild(dataDir)).toEqual([]);
    expect(await readdir(dataDir)).toEqual(['.embed.lock']);
  });
});
