/**
 * realcv's questions typed as people type (`questions-typed.jsonl`), judged by the judge beside them
 * (`judge-answers.mjs`, run as it is, through the CLI contract) on one split at a time, and grouped by
 * intent and by the language a question is written in. The judge names each row it misses; a row of
 * the split it does not name passed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type Split = 'dev' | 'holdout';

interface TypedRow {
  readonly kind: string;
  readonly intent?: string;
  readonly lang?: string;
  readonly split?: string;
  readonly q?: string;
  readonly skill?: string;
}

export interface Tally {
  passed: number;
  total: number;
}

export interface TypedReport {
  readonly split: Split;
  readonly overall: Tally;
  readonly byIntent: Readonly<Record<string, Tally>>;
  readonly byLanguage: Readonly<Record<string, Tally>>;
  /** The judge's own last line (overall, who-knows exact, fact, people, count, nobody, verbatim). */
  readonly summary: string;
}

/** The question text of each row the judge reports as missed ("miss: kind/intent "text" …"). */
export function missedQuestions(judgeOutput: string): Set<string> {
  const missed = new Set<string>();
  for (const line of judgeOutput.split('\n')) {
    const match = /^\s*miss: \S+ "((?:[^"\\]|\\.)*)"/.exec(line);
    if (match) missed.add(match[1]!);
  }
  return missed;
}

/** Passed and total per intent and per language, from the split's rows and the judge's misses. */
export function tally(
  rows: readonly TypedRow[],
  missed: ReadonlySet<string>,
  split: Split,
): Omit<TypedReport, 'summary'> {
  const overall: Tally = { passed: 0, total: 0 };
  const byIntent: Record<string, Tally> = {};
  const byLanguage: Record<string, Tally> = {};
  for (const row of rows.filter((r) => r.split === split)) {
    const text = row.q ?? row.skill ?? '';
    const pass = !missed.has(text);
    for (const tallyOf of [
      overall,
      (byIntent[row.intent ?? row.kind] ??= { passed: 0, total: 0 }),
      (byLanguage[row.lang ?? 'en'] ??= { passed: 0, total: 0 }),
    ]) {
      tallyOf.total++;
      if (pass) tallyOf.passed++;
    }
  }
  return { split, overall, byIntent, byLanguage };
}

/** Runs the judge on one split against the index at `env.DATA_DIR` of `env.CORPUS_DIR`. */
export function judgeTyped(realcvDir: string, projectRoot: string, split: Split, env: NodeJS.ProcessEnv): TypedReport {
  const dataset = path.join(realcvDir, 'questions-typed.jsonl');
  const args = [
    path.join(realcvDir, 'judge-answers.mjs'),
    dataset,
    '--corpus',
    path.join(realcvDir, 'docs'),
    '--split',
    split,
  ];
  let output: string;
  try {
    output = execFileSync(process.execPath, args, { cwd: projectRoot, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (error) {
    // The judge exits non-zero when a pass mark fails; its report is still on stdout.
    output = String((error as { stdout?: unknown }).stdout ?? '');
  }
  const rows = readFileSync(dataset, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TypedRow);
  const summary =
    output
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('overall '))
      .at(-1) ?? '(no summary from the judge)';
  return { ...tally(rows, missedQuestions(output), split), summary };
}

/** "12/15 (0.80)". */
export function share({ passed, total }: Tally): string {
  return `${passed}/${total} (${total === 0 ? 'n/a' : (passed / total).toFixed(2)})`;
}
