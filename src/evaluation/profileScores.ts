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
  const result = {} as Record<Half, string>;
  for (const half of ['dev', 'holdout'] as const) {
    result[half] = judge(realcvDir, people, half).trim().split('\n').at(-1) ?? '';
  }
  return result;
}

/**
 * The judge's whole report on the development half: its misses file by file, then its summary.
 * Only the development half: the holdout half's misses are never shown, so no rule is tuned on them.
 */
export function devHalfMisses(realcvDir: string, people: readonly PeopleEntry[]): string {
  return judge(realcvDir, people, 'dev', ['--max-miss-lines', '1000']);
}

function judge(realcvDir: string, people: readonly PeopleEntry[], half: Half, extra: readonly string[] = []): string {
  const gold = readFileSync(path.join(realcvDir, 'profiles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const folder = mkdtempSync(path.join(os.tmpdir(), 'whoknows-profiles-'));
  try {
    // Each half is judged on its own people only, so no report names a file of the other half.
    const ours = people.filter((p) => halfOf(path.basename(p.source)) === half);
    const peopleFile = path.join(folder, 'people.jsonl');
    writeFileSync(peopleFile, `${ours.map((p) => JSON.stringify(p)).join('\n')}\n`);
    const goldFile = path.join(folder, `${half}.jsonl`);
    writeFileSync(
      goldFile,
      `${gold.filter((line) => halfOf((JSON.parse(line) as { file: string }).file) === half).join('\n')}\n`,
    );
    try {
      return execFileSync(
        process.execPath,
        [path.join(realcvDir, 'score-profiles.mjs'), goldFile, '--people', peopleFile, ...extra],
        { encoding: 'utf8' },
      );
    } catch (error) {
      // The judge exits 1 when a mark is missed; its report is still on stdout.
      return String((error as { stdout?: string }).stdout ?? '');
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
