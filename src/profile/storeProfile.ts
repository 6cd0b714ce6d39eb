/**
 * The build step's door to profiles: a document's line of `facts.jsonl` is its stored facts with
 * its profile beside them (`profile`), read from the passages' lines (what the index keeps, so a
 * document whose passages are reused gets its profile without reading its file) or, for JSON
 * Resume, from the file's own fields.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Passage } from '../chunking/passage.js';
import type { Person } from '../corpus/document.js';
import type { DocumentFormat } from '../corpus/formats/types.js';
import { linesOf } from '../facts/profileFacts.js';
import { storeFacts } from '../facts/storedFacts.js';
import { readProfile } from './readProfile.js';
import type { Profile } from './types.js';

export interface ProfileSource {
  readonly source: string;
  /** Absent on documents indexed before the index recorded formats. */
  readonly format?: DocumentFormat | undefined;
  readonly person: Pick<Person, 'name' | 'nameSource'>;
}

/** A JSON Resume file's own text; undefined when it can't be read (the profile is then read from the text). */
function jsonText(doc: ProfileSource, projectRoot: string): string | undefined {
  if (doc.format !== 'json-resume') return undefined;
  try {
    return readFileSync(path.resolve(projectRoot, doc.source), 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

/** A part of a long line: `…#L12:301-600` (1-based characters of line 12). */
const LINE_PART = /#L(\d+):(\d+)-\d+$/;

/**
 * Every line of the passages whole: a line too long for the model is cut into parts, one passage
 * each (a README's row of badges); the profile reads the line the parts were cut from.
 */
function wholeLines(passages: readonly Passage[]): { line: number; text: string }[] {
  const parts = new Map<number, { from: number; text: string }[]>();
  for (const passage of passages) {
    const part = LINE_PART.exec(passage.id);
    if (!part) continue;
    const line = Number(part[1]);
    parts.set(line, [...(parts.get(line) ?? []), { from: Number(part[2]) - 1, text: passage.text }]);
  }
  const lines = linesOf(passages).map(({ line, text }) => ({ line, text }));
  if (parts.size === 0) return lines;
  for (const entry of lines) {
    const pieces = parts.get(entry.line);
    if (!pieces) continue;
    let whole = '';
    for (const { from, text } of pieces.sort((a, b) => a.from - b.from)) {
      whole = from >= whole.length ? whole.padEnd(from) + text : whole + text.slice(whole.length - from);
    }
    entry.text = whole;
  }
  return lines;
}

export function documentProfile(passages: readonly Passage[], doc: ProfileSource, projectRoot: string): Profile {
  const json = jsonText(doc, projectRoot);
  return readProfile({
    lines: wholeLines(passages),
    ...(doc.person.nameSource !== 'file-name' ? { personName: doc.person.name } : {}),
    ...(json !== undefined ? { jsonResume: json } : {}),
  });
}

/** A document's line of `facts.jsonl`: its facts and its profile. */
export function factsLine(passages: readonly Passage[], doc: ProfileSource, projectRoot: string): string {
  return JSON.stringify({ ...storeFacts(passages), profile: documentProfile(passages, doc, projectRoot) });
}
