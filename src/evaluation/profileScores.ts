/**
 * Structured-profile extraction scored on realcv's hand-labelled profiles (`profiles.jsonl`) with
 * the judge beside them (`score-profiles.mjs`, run as it is), for two halves split by a hash of the
 * file name: the first byte of sha1(file name) even is the development half, odd the holdout half,
 * which rules are never tuned on.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Half = 'dev' | 'holdout';

export function halfOf(fileName: string): Half {
  return createHash('sha1').update(fileName).digest()[0]! % 2 === 0 ? 'dev' : 'holdout';
}

export interface PeopleEntry {
  readonly person: string;
  readonly source: string;
  readonly profile?: unknown;
}

/** The judge's summary line for each half: "profiles: files 14/14, name 13/13, email F1 1.00, …". */
export function scoreProfiles(realcvDir: string, people: readonly PeopleEntry[]): Record<Half, string> {
  const gold = readFileSync(path.join(realcvDir, 'profiles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const folder = mkdtempSync(path.join(os.tmpdir(), 'whoknows-profiles-'));
  try {
    const peopleFile = path.join(folder, 'people.jsonl');
    writeFileSync(peopleFile, `${people.map((p) => JSON.stringify(p)).join('\n')}\n`);
    const result = {} as Record<Half, string>;
    for (const half of ['dev', 'holdout'] as const) {
      const goldFile = path.join(folder, `${half}.jsonl`);
      writeFileSync(
        goldFile,
        `${gold.filter((line) => halfOf((JSON.parse(line) as { file: string }).file) === half).join('\n')}\n`,
      );
      let output: string;
      try {
        output = execFileSync(
          process.execPath,
          [path.join(realcvDir, 'score-profiles.mjs'), goldFile, '--people', peopleFile],
          { encoding: 'utf8' },
        );
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? '');
      }
      result[half] = output.trim().split('\n').at(-1) ?? '';
    }
    return result;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
