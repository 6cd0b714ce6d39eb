/**
 * `facts.jsonl`: one line per document, in document order, its stored facts (roles, schools,
 * skills lists, contact lines) or empty. Its writer and its reader; the header records its size
 * and the version of the reader that wrote it.
 */
import type { StoredFacts } from '../../../facts/storedFacts.js';
import { corrupt } from '../files.js';
import {
  openLineFile,
  refusedAs,
  writeLineFile,
  type LineFileReader,
  type LineFileRecord,
  type LineSource,
} from './lineFile.js';
import { FILES, type IndexedDocument, type IndexHeader } from './manifest.js';
import { factsProblem } from './validateIndex.js';

/** `facts.jsonl` to write: one line per document (JSON text, or the previous file's line; empty for none). */
export interface FactsLines {
  readonly version: number;
  readonly lines: readonly LineSource[];
}

/**
 * What the header records of `facts.jsonl` (see lineFile.ts): its lines deflated in blocks of whole
 * lines (JSON compresses to about a fifth), so a question reads and checks only the blocks holding
 * the people it quotes, and an edit copies every block it does not change.
 */
export type FactsWritten = LineFileRecord;

/** Writes the lines into `file`, copying unchanged blocks of `previous` (the facts being replaced). */
export async function writeFactsFile(
  file: string,
  lines: readonly LineSource[],
  previous?: LineFileReader,
): Promise<FactsWritten> {
  return writeLineFile(file, lines, previous);
}

/** The previous generation's facts, for a build to copy lines from; undefined without any. */
export function openFacts(generation: string, header: IndexHeader, shownAs: string): LineFileReader | undefined {
  if (!header.facts) return undefined;
  const reader = openLineFile(generation, FILES.facts, header.facts, shownAs);
  if (reader.lineCount !== header.documents.length) {
    reader.close();
    throw corrupt(shownAs, `${FILES.facts} holds ${reader.lineCount} lines for ${header.documents.length} documents`);
  }
  return reader;
}

/** Each document's line of `facts.jsonl` (without its newline), unparsed, the whole file checked; none without one. */
export async function readFactsLines(
  generation: string,
  header: IndexHeader,
  shownAs: string,
): Promise<Buffer[] | undefined> {
  const reader = openFacts(generation, header, shownAs);
  if (!reader) return undefined;
  try {
    return refusedAs(shownAs, FILES.facts, () => reader.lines());
  } finally {
    reader.close();
  }
}

/**
 * Parses and checks every line: what `npm run embed` does to the facts of an index it keeps.
 * INDEX_CORRUPT at the first bad one.
 */
export async function verifyFacts(generation: string, header: IndexHeader, shownAs: string): Promise<void> {
  const lines = await readFactsLines(generation, header, shownAs);
  lines?.forEach((line, d) => {
    if (line.length > 0) parseFactsLine(line, d, shownAs);
  });
}

/**
 * The header's documents, each with its facts from `facts.jsonl` when it has some. The file's size
 * and its record are checked here; a line is parsed and checked (its block against its CRC-32) each
 * time that document's facts are read (parsing all of them would be a large share of loading, and
 * only some answers need any), and a damaged one is refused then, as INDEX_CORRUPT naming the line.
 */
export async function documentsWithFacts(
  generation: string,
  header: IndexHeader,
  shownAs: string,
): Promise<readonly IndexedDocument[]> {
  const facts = header.facts;
  const file = openFacts(generation, header, shownAs);
  if (!facts || !file) return header.documents;
  const { lineEnds } = facts;
  const lineOf = (d: number): Buffer => refusedAs(shownAs, FILES.facts, () => file.line(d));
  const version = facts.version;
  return header.documents.map((doc, d) =>
    lineEnds[d] === (d === 0 ? 0 : lineEnds[d - 1]! + 1)
      ? doc
      : new DocumentWithStoredFacts(doc, version, lineOf, d, shownAs),
  );
}

/**
 * A loaded document whose facts stay its line of `facts.jsonl` until read, and are parsed at each
 * read, not kept: what answers keep of facts is bounded where they are restored (PeopleFacts).
 * One class, so that every document has the same shape: a getter defined on each document gives
 * each its own shape, which makes them slower to read and garbage collection slower.
 */
class DocumentWithStoredFacts implements IndexedDocument {
  declare readonly source: string;
  declare readonly contentHash: string;
  declare readonly fingerprint: string;
  declare readonly person: IndexedDocument['person'];
  declare readonly passageCount: number;
  readonly #line: (d: number) => Buffer;
  readonly #position: number;
  readonly #shownAs: string;

  constructor(
    doc: IndexedDocument,
    readonly factsVersion: number,
    line: (d: number) => Buffer,
    position: number,
    shownAs: string,
  ) {
    // Facts a header wrote itself are superseded by the file's.
    const { facts: _superseded, ...fields } = doc;
    Object.assign(this, fields);
    this.#line = line;
    this.#position = position;
    this.#shownAs = shownAs;
  }

  get facts(): StoredFacts {
    return parseFactsLine(this.#line(this.#position), this.#position, this.#shownAs);
  }
}

function parseFactsLine(line: Buffer, d: number, shownAs: string): StoredFacts {
  let facts: unknown;
  try {
    facts = JSON.parse(line.toString('utf8'));
  } catch {
    throw corrupt(shownAs, `${FILES.facts} line ${d + 1} is not valid JSON`);
  }
  const problem = factsProblem(facts);
  if (problem) throw corrupt(shownAs, `${FILES.facts} line ${d + 1}: ${problem}`);
  return facts as StoredFacts;
}
