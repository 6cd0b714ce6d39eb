/**
 * Question sets (JSON lines) for measuring retrieval. Profiles are named by letters; each letter
 * is resolved to the one corpus document containing its identifying phrase, so the sets survive
 * renamed files and changed display names.
 */
import { readFileSync } from 'node:fs';
import type { ProfileDocument } from '../corpus/document.js';

export type EvalQuestion =
  | {
      readonly kind: 'ask';
      readonly q: string;
      readonly expect: readonly string[];
      /** A phrase the cited lines must hold (case-insensitive): the answer came from the right part of the profile. */
      readonly expect_text?: string;
    }
  | { readonly kind: 'who-knows'; readonly skill: string; readonly expect: readonly string[] };

export function readQuestionSet(file: string): EvalQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      const parsed = JSON.parse(line) as EvalQuestion;
      const text = parsed.kind === 'ask' ? parsed.q : parsed.kind === 'who-knows' ? parsed.skill : undefined;
      if (typeof text !== 'string' || !Array.isArray(parsed.expect))
        throw new Error(`${file}:${number}: not a question line`);
      return parsed;
    });
}

/** Letter → document source, from `{ "A": "Kershaw", ... }`. */
export function resolveKeys(
  keys: Readonly<Record<string, string>>,
  documents: readonly ProfileDocument[],
): Map<string, string> {
  const sources = new Map<string, string>();
  for (const [letter, phrase] of Object.entries(keys)) {
    if (letter.startsWith('_')) continue;
    const holders = documents.filter((doc) => doc.text.includes(phrase));
    if (holders.length !== 1)
      throw new Error(`key ${letter}: "${phrase}" is in ${holders.length} documents, expected exactly 1`);
    sources.set(letter, holders[0]!.source);
  }
  return sources;
}
