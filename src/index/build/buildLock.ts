/**
 * One index build at a time per data folder. Two `npm run embed` (or an embed and a bot building a
 * missing index) writing at once could let the slower, older build install last: an index of a
 * corpus that no longer exists. The lock is `<dataDir>/.embed.lock`, holding its owner's pid, host
 * and start time. A lock whose owner is gone (its pid no longer runs on this host: a build killed
 * with SIGKILL, a crash, a power cut) is stale and taken over at once.
 *
 * A second build waits for the first (it then reads the corpus afresh and reuses what the first
 * embedded), saying so once, and gives up after a bounded wait with INDEX_BUSY.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createError, dataDirError, systemCode } from '../../errors.js';
import { isRunning } from '../store/generation/generations.js';

export const LOCK_FILE = '.embed.lock';
/** Default bound on waiting for another build: long enough for a first build with a model on a large corpus. */
export const DEFAULT_LOCK_WAIT_MS = 10 * 60 * 1000;

export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
  /** Tells two builds of one process apart (same pid). */
  readonly nonce: string;
}

export interface LockOptions {
  /** Give up (INDEX_BUSY) after waiting this long for another build. */
  readonly waitMs?: number;
  /** How often to look at the lock while waiting. */
  readonly pollMs?: number;
  /** Told once, when this build has to wait for another. */
  readonly onWait?: (owner: LockOwner, waitMs: number) => void;
}

export interface BuildLock {
  release(): Promise<void>;
}

/** The data folder, created when missing; a folder that can't be written is named in one line. */
export async function ensureDataDir(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    throw dataDirError(await trueMkdirFault(dataDir, error), dataDir) ?? error;
  }
}

/**
 * A recursive mkdir on a read-only file system can report ENOENT instead of EROFS (libuv gives up
 * on the parent first): making the first missing folder alone gets the real reason.
 */
async function trueMkdirFault(dataDir: string, error: unknown): Promise<unknown> {
  if (systemCode(error) !== 'ENOENT') return error;
  let missing = path.resolve(dataDir);
  while (!existsSync(path.dirname(missing)) && path.dirname(missing) !== missing) missing = path.dirname(missing);
  try {
    await mkdir(missing);
    return error;
  } catch (real) {
    return real;
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (
      Number.isInteger(owner.pid) &&
      typeof owner.host === 'string' &&
      typeof owner.startedAt === 'string' &&
      typeof owner.nonce === 'string'
    )
      return owner as LockOwner;
  } catch {
    // unreadable: treated as stale below
  }
  return undefined;
}

/** A lock from this host whose process is gone, or one nobody can read. Another host's pid can't be checked: assume it runs. */
function isStale(owner: LockOwner | undefined): boolean {
  return !owner || (owner.host === os.hostname() && !isRunning(owner.pid));
}

const sameOwner = (a: LockOwner | undefined, b: LockOwner | undefined) =>
  a !== undefined && a.nonce === b?.nonce && a.pid === b.pid;

async function readLock(file: string): Promise<{ owner: LockOwner | undefined; text: string } | 'gone'> {
  try {
    const text = await readFile(file, 'utf8');
    return { owner: parseOwner(text), text };
  } catch (error) {
    if (systemCode(error) === 'ENOENT') return 'gone';
    throw error;
  }
}

/**
 * Removes a stale lock without ever removing a live one: the lock is first moved aside (rename is
 * atomic), and put back if what was moved is not the stale lock judged (another build got in between).
 */
async function takeOver(dataDir: string, lockFile: string, stale: string): Promise<void> {
  const aside = path.join(dataDir, `${LOCK_FILE}.stale-${process.pid}-${randomBytes(3).toString('hex')}`);
  try {
    await rename(lockFile, aside);
  } catch (error) {
    if (systemCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = await readFile(aside, 'utf8').catch(() => undefined);
  if (moved !== stale) await link(aside, lockFile).catch(() => {});
  await unlink(aside).catch(() => {});
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function acquireBuildLock(dataDir: string, options: LockOptions = {}): Promise<BuildLock> {
  const waitMs = options.waitMs ?? DEFAULT_LOCK_WAIT_MS;
  const pollMs = options.pollMs ?? 250;
  await ensureDataDir(dataDir);
  const lockFile = path.join(dataDir, LOCK_FILE);
  const me: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date().toISOString(),
    nonce: randomBytes(6).toString('hex'),
  };
  // Written whole beside the lock, then hard-linked into place: the lock file never exists half-written.
  const mine = path.join(dataDir, `${LOCK_FILE}.${process.pid}-${randomBytes(3).toString('hex')}`);
  try {
    await writeFile(mine, JSON.stringify(me));
  } catch (error) {
    await unlink(mine).catch(() => {});
    throw dataDirError(error, dataDir) ?? error;
  }
  const deadline = Date.now() + waitMs;
  let told = false;
  try {
    for (;;) {
      if (await placeLock(mine, lockFile, me, dataDir)) return { release: () => release(lockFile, me) };
      const seen = await readLock(lockFile);
      if (seen === 'gone') continue;
      if (isStale(seen.owner)) {
        await takeOver(dataDir, lockFile, seen.text);
        continue;
      }
      const owner = seen.owner!;
      const left = deadline - Date.now();
      if (left <= 0) throw createError('INDEX_BUSY', owner.pid, lockFile, Math.round(waitMs / 1000));
      if (!told) {
        told = true;
        options.onWait?.(owner, waitMs);
      }
      await sleep(Math.min(pollMs, left));
    }
  } finally {
    await unlink(mine).catch(() => {});
  }
}

/** Puts this build's lock in place; false when another build holds it. */
async function placeLock(mine: string, lockFile: string, me: LockOwner, dataDir: string): Promise<boolean> {
  try {
    await link(mine, lockFile);
    return true;
  } catch (error) {
    const code = systemCode(error);
    if (code === 'EEXIST') return false;
    // File systems without hard links (FAT, some network mounts): exclusive create, a little less atomic.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw dataDirError(error, dataDir) ?? error;
  }
  try {
    await writeFile(lockFile, JSON.stringify(me), { flag: 'wx' });
    return true;
  } catch (error) {
    if (systemCode(error) === 'EEXIST') return false;
    throw dataDirError(error, dataDir) ?? error;
  }
}

/** Removes the lock only while it is still this build's (never one a later build took over). */
async function release(lockFile: string, me: LockOwner): Promise<void> {
  const seen = await readLock(lockFile).catch(() => 'gone' as const);
  if (seen !== 'gone' && sameOwner(seen.owner, me)) await unlink(lockFile).catch(() => {});
}
