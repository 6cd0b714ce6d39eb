/** Temporary folders for one test file, all removed after its tests run. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** Call at the top of a test file; the returned function makes a new folder named `<prefix><label>…`. */
export function temporaryDirs(prefix: string): (label?: string) => Promise<string> {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async (label = '') => {
    const dir = await mkdtemp(path.join(os.tmpdir(), `${prefix}${label}`));
    made.push(dir);
    return dir;
  };
}
