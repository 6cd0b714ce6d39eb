/**
 * What an index build of this process leaves in the data folder when the process exits in the
 * middle of it (Ctrl-C, a service stop): its `.building-<pid>-…` folder and link, its lock and the
 * lock's temporary files. Removed synchronously, as signal and 'exit' handlers can't await. Only
 * this process's entries go, known by the pid in their names and in the lock; another build's stay.
 * The installed index is untouched: a build that did not finish never swapped its folder in.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCK_FILE } from './buildLock.js';
import { BUILDING_PREFIX } from '../store/generation/generations.js';

function holdsLock(lockFile: string): boolean {
  try {
    const owner = JSON.parse(readFileSync(lockFile, 'utf8')) as { pid?: unknown; host?: unknown };
    return owner.pid === process.pid && owner.host === os.hostname();
  } catch {
    return false;
  }
}

/** Removes this process's build leftovers in `dataDir`; returns the names removed. */
export function removeThisProcessBuild(dataDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return [];
  }
  const pid = process.pid;
  const own = [
    `${BUILDING_PREFIX}${pid}-`,
    `${BUILDING_PREFIX}link-${pid}-`,
    `${LOCK_FILE}.${pid}-`,
    `${LOCK_FILE}.stale-${pid}-`,
  ];
  const removed = names.filter((name) => own.some((prefix) => name.startsWith(prefix)));
  // Retries: a thread of this process may still be adding a file while the folder goes.
  for (const name of removed) rmSync(path.join(dataDir, name), { recursive: true, force: true, maxRetries: 5 });
  // The lock last, so no other build starts while the folder is still being removed.
  const lockFile = path.join(dataDir, LOCK_FILE);
  if (holdsLock(lockFile)) {
    rmSync(lockFile, { force: true });
    removed.push(LOCK_FILE);
  }
  return removed;
}
