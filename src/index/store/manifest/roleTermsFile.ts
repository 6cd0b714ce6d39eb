/**
 * `role-terms.jsonl`: each document's role headings as index terms (facts/roleHeadTerms.ts), a line
 * per document in the header's order, made by the build from the facts it stores, so a first
 * employer question reads one file instead of parsing every person's facts and tokenising every
 * heading. A line is a list per role of its distinct terms as ids, ascending, then `;` and the same
 * for each work entry of the stored profile (profile/workEntryText.ts: an employer the role reader
 * missed is found without reading anyone's profile), then `;` and the roles' spans a years question
 * counts (roleSpans.ts: no one's facts read to count years); the ids are positions in
 * `role-terms.words.json`, which a build only appends to, so the lines it keeps stay right. A line
 * file (lineFile.ts): an edit copies every block it does not change. Read when first asked for.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { packRoleTerms, type Counts, type StoredRoleHeadTerms } from '../../../facts/roleHeadTerms.js';
import { FACTS_VERSION, type StoredFacts } from '../../../facts/storedFacts.js';
import { workEntryTexts } from '../../../profile/workEntryText.js';
import { tokenize, TOKENIZER_VERSION } from '../../../text/terms.js';
import { checkRecorded, corrupt, readInSync } from '../files.js';
import {
  openLineFile,
  refusedAs,
  writeLineFile,
  type LineFileReader,
  type LineFileRecord,
  type LineSource,
} from './lineFile.js';
import { FILES, type IndexedDocument } from './manifest.js';
import { Numbers, readSpans, SPAN_FIELDS, spansOf, spansText, type StoredRoleSpans } from './roleSpans.js';
import { readRoleTablesFile, withHolders, writeRoleTablesFile, type RoleTablesWritten } from './roleTablesFile.js';

/**
 * What a line holds; bumped when that changes (a line without work entries' terms was layout 1,
 * unrecorded; 2 had no roles' spans).
 */
export const ROLE_TERMS_LAYOUT = 3;

/**
 * Its record in the header: what made it (facts and tokenizer versions, its layout), its lines and
 * blocks, its words' file.
 */
export interface RoleTermsWritten extends LineFileRecord {
  readonly factsVersion: number;
  readonly tokenizerVersion: number;
  readonly layout?: number;
  readonly words: { readonly count: number; readonly bytes: number; readonly crc32: number };
  /** `role-terms.tables.bin` (roleTablesFile.ts): the lines as arrays; without it, the lines are parsed. */
  readonly tables?: RoleTablesWritten;
}

/** The tables with the people they are for, in the order answers list them (PeopleFacts.people). */
export interface StoredRoleTerms {
  readonly people: readonly string[];
  readonly table: StoredRoleHeadTerms;
  /**
   * The terms of each person's stored profile's work entries, a row an entry, as `table` holds
   * headings: those no heading of theirs holds every term of (see roleTermsLine).
   */
  readonly work: StoredRoleHeadTerms;
  /** Each person's roles as a years question counts them (roleSpans.ts). */
  readonly spans: StoredRoleSpans;
}

/** Term ids, appended to as new terms come (ids of the file being replaced stay what they were). */
class Words {
  private readonly ids = new Map<string, number>();

  constructor(readonly list: string[] = []) {
    list.forEach((word, id) => this.ids.set(word, id));
  }

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(word, id);
      this.list.push(word);
    }
    return id;
  }
}

/**
 * A document's line from its line of facts (empty for none): each of its roles' distinct terms as
 * ids, ascending, then `;` and the same for each of its profile's work entries whose terms no role
 * heading holds all of (whatever such an entry names, a heading of the same person names too, and
 * an employer question looks for the people no heading names: most entries are their headings).
 */
function roleTermsLine(factsLine: string | Uint8Array, words: Words): string {
  if (factsLine.length === 0) return '';
  const text = typeof factsLine === 'string' ? factsLine : Buffer.from(factsLine).toString('utf8');
  const facts = JSON.parse(text) as StoredFacts;
  const ids = (head: string) => [...new Set(tokenize(head))].map((term) => words.idOf(term)).sort((a, b) => a - b);
  const roles = facts.roles.map((role) => ids(role.head));
  const heldByRole = (entry: readonly number[]) => roles.some((role) => entry.every((id) => role.includes(id)));
  const work = workEntryTexts(facts.profile)
    .map(ids)
    .filter((entry) => !heldByRole(entry));
  return `${JSON.stringify(roles)};${JSON.stringify(work)};${spansText(facts)}`;
}

/** The previous generation's role terms, when made by today's facts and tokenizer: its lines and words are kept. */
export interface PreviousRoleTerms {
  readonly lines: LineFileReader;
  readonly words: string[];
}

/**
 * Writes the files into the generation `folder`: a line per facts line, the previous file's line
 * where the facts line is the previous one (`{ previous }`: both files have a line per document of
 * the previous header), read again from the previous facts when there are no previous role terms.
 */
export async function writeRoleTermsFile(
  folder: string,
  facts: { readonly version: number; readonly lines: readonly LineSource[] },
  previous?: { readonly facts: LineFileReader; readonly roleTerms?: PreviousRoleTerms },
): Promise<RoleTermsWritten> {
  const words = new Words(previous?.roleTerms ? [...previous.roleTerms.words] : []);
  const lines = facts.lines.map((line): LineSource => {
    if (typeof line === 'string' || line instanceof Uint8Array) return roleTermsLine(line, words);
    return previous?.roleTerms ? line : roleTermsLine(previous!.facts.line(line.previous), words);
  });
  const written = await writeLineFile(path.join(folder, FILES.roleTerms), lines, previous?.roleTerms?.lines);
  const wordBytes = Buffer.from(JSON.stringify(words.list));
  await writeFile(path.join(folder, FILES.roleTermWords), wordBytes);
  const wordsRecord = { count: words.list.length, bytes: wordBytes.length, crc32: crc32(wordBytes) };
  return {
    factsVersion: FACTS_VERSION,
    tokenizerVersion: TOKENIZER_VERSION,
    layout: ROLE_TERMS_LAYOUT,
    ...written,
    words: wordsRecord,
  };
}

/**
 * Whether the stored table was made by today's facts, tokenizer and layout (else it is not used,
 * and made on first use).
 */
export function roleTermsCurrent(record: RoleTermsWritten | undefined): record is RoleTermsWritten {
  return (
    record?.factsVersion === FACTS_VERSION &&
    record.tokenizerVersion === TOKENIZER_VERSION &&
    record.layout === ROLE_TERMS_LAYOUT
  );
}

/** The words file of a generation, checked against its record; INDEX_CORRUPT otherwise. */
export function readRoleTermWords(generation: string, record: RoleTermsWritten, link: string): string[] {
  const bytes = readInSync(generation, FILES.roleTermWords, link);
  checkRecorded(bytes, record.words, FILES.roleTermWords, link);
  let words: unknown;
  try {
    words = JSON.parse(bytes.toString('utf8'));
  } catch {
    words = undefined;
  }
  const fits =
    Array.isArray(words) &&
    words.length === record.words.count &&
    words.every((word) => typeof word === 'string') &&
    new Set(words).size === words.length;
  if (!fits) throw corrupt(link, `${FILES.roleTermWords} is not a list of ${record.words.count} words`);
  return words as string[];
}

/** Each person's document (position): PeopleFacts's order (first document with passages), its last such document. */
function documentOfPerson(documents: readonly IndexedDocument[]): Map<string, number> {
  const documentOf = new Map<string, number>();
  documents.forEach((doc, d) => {
    if (doc.passageCount > 0) documentOf.set(doc.person.id, d);
  });
  return documentOf;
}

const OPEN = 0x5b;
const SEMICOLON = 0x3b;
const CLOSE = 0x5d;
const COMMA = 0x2c;
const ZERO = 0x30;
const NINE = 0x39;

/**
 * Reads a line's roles (`[[3,17],[5]]`) straight from its bytes: each role's term ids onto `ids`,
 * and where each role ends in `ids` onto `ends`. False when it is not a list of roles whose ids
 * rise and are below `words` (who holds a term is found by binary search over them). Hand-read
 * rather than parsed as JSON: a first employer question reads a line per person, and the arrays
 * JSON.parse would make for each were most of its cost.
 */
function readRoles(line: Uint8Array, words: number, ids: Numbers, ends: Numbers): boolean {
  const n = line.length;
  if (n < 2 || line[0] !== OPEN || line[n - 1] !== CLOSE) return false;
  if (n === 2) return true;
  let i = 1;
  for (;;) {
    if (line[i++] !== OPEN) return false;
    let last = -1;
    if (line[i] === CLOSE) i++;
    else
      for (;;) {
        let id = 0;
        const start = i;
        while (i < n && line[i]! >= ZERO && line[i]! <= NINE) id = id * 10 + line[i++]! - ZERO;
        if (i === start || i - start > 9 || id <= last || id >= words) return false;
        ids.push(id);
        last = id;
        const next = line[i++];
        if (next === CLOSE) break;
        if (next !== COMMA) return false;
      }
    ends.push(ids.length);
    if (line[i] !== COMMA) return i === n - 1;
    i++;
  }
}

/** A list of rows' term ids and where each row ends in it (see readRoles). */
interface Rows {
  readonly ids: Numbers;
  readonly ends: Numbers;
}

/** Where a document's spans begin (documents + 1), which documents have none stored, and their numbers. */
interface Spans {
  readonly values: Numbers;
  count: number;
  readonly missing: number[];
}

/**
 * A line of `layout`: its roles onto `roles`, (layout 2 and later) its work entries onto `work`
 * and (layout 3) its roles' spans onto `spans`; false when malformed.
 */
function readLine(
  line: Uint8Array,
  words: number,
  layout: number | undefined,
  { roles, work, spans }: { roles: Rows; work: Rows; spans: Spans },
): boolean {
  if (layout === 1 || layout === undefined) return readRoles(line, words, roles.ids, roles.ends);
  const split = line.indexOf(SEMICOLON);
  const second = layout === ROLE_TERMS_LAYOUT ? line.indexOf(SEMICOLON, split + 1) : line.length;
  if (split <= 0 || second < 0) return false;
  const headings = roles.ends.length;
  if (
    !readRoles(line.subarray(0, split), words, roles.ids, roles.ends) ||
    !readRoles(line.subarray(split + 1, second), words, work.ids, work.ends)
  )
    return false;
  if (layout !== ROLE_TERMS_LAYOUT) return true;
  const count = readSpans(line.subarray(second + 1), spans.values);
  if (count === undefined || (count >= 0 && count < roles.ends.length - headings)) return false;
  if (count < 0) spans.missing.push(1);
  else {
    spans.missing.push(0);
    spans.count += count;
  }
  return true;
}

const rowsOf = (bytes: number): Rows => ({ ids: new Numbers(bytes >> 2), ends: new Numbers(bytes >> 4) });

/**
 * The table of `documents`' people (positions in it are positions in PeopleFacts.people); undefined
 * when there is none made by today's facts and tokenizer. INDEX_CORRUPT when damaged.
 */
export function readRoleTermsFile(
  generation: string,
  record: RoleTermsWritten | undefined,
  documents: readonly IndexedDocument[],
  link: string,
): StoredRoleTerms | undefined {
  if (!roleTermsCurrent(record)) return undefined;
  const terms = readRoleTermWords(generation, record, link);
  if (record.tables) {
    const documentOf = documentOfPerson(documents);
    return {
      people: [...documentOf.keys()],
      ...readRoleTablesFile(generation, record.tables, terms, documentOf.size, link),
    };
  }
  const file = openLineFile(generation, FILES.roleTerms, record, link);
  try {
    if (file.lineCount !== documents.length)
      throw corrupt(link, `${FILES.roleTerms} holds ${file.lineCount} lines for ${documents.length} documents`);
    // Every line in file order (its blocks read once each), then each person's from their document.
    const roles = rowsOf(record.rawBytes);
    const work = rowsOf(record.rawBytes >> 2);
    const firstRole = new Uint32Array(documents.length + 1);
    const firstEntry = new Uint32Array(documents.length + 1);
    const firstSpan = new Uint32Array(documents.length + 1);
    const spans: Spans = { values: new Numbers(record.rawBytes >> 2), count: 0, missing: [] };
    for (let d = 0; d < documents.length; d++) {
      firstRole[d] = roles.ends.length;
      firstEntry[d] = work.ends.length;
      firstSpan[d] = spans.count;
      const line = refusedAs(link, FILES.roleTerms, () => file.line(d));
      // A document without facts: a question restores its person's roles from the passages.
      if (line.length === 0) spans.missing.push(1);
      else if (!readLine(line, terms.length, record.layout, { roles, work, spans }))
        throw corrupt(link, `${FILES.roleTerms} line ${d + 1} is not a list of roles' terms`);
    }
    firstRole[documents.length] = roles.ends.length;
    firstEntry[documents.length] = work.ends.length;
    firstSpan[documents.length] = spans.count;
    const documentOf = documentOfPerson(documents);
    const personDocuments = [...documentOf.values()];
    return {
      people: [...documentOf.keys()],
      table: tableOf(documentOf, firstRole, roles, terms),
      work: tableOf(documentOf, firstEntry, work, terms),
      spans: spansOf(
        personDocuments,
        firstSpan,
        spans.values.view(),
        (d) => firstRole[d + 1]! - firstRole[d]!,
        Uint8Array.from(spans.missing),
      ),
    };
  } finally {
    file.close();
  }
}

/**
 * The per-person table from every document's rows (`firstRole`: each document's first row,
 * documents + 1): each person's rows copied whole from their document's, sized first.
 */
function tableOf(
  documentOf: ReadonlyMap<string, number>,
  firstRole: Uint32Array,
  rows: Rows,
  terms: readonly string[],
): StoredRoleHeadTerms {
  const ids = rows.ids.view();
  const ends = rows.ends.view();
  // Where row r's ids start in `ids`.
  const startOf = (row: number) => (row === 0 ? 0 : ends[row - 1]!);
  const documents = [...documentOf.values()];
  const roleStarts = new Uint32Array(documents.length + 1);
  let roleCount = 0;
  let idCount = 0;
  documents.forEach((d, p) => {
    roleCount += firstRole[d + 1]! - firstRole[d]!;
    idCount += startOf(firstRole[d + 1]!) - startOf(firstRole[d]!);
    roleStarts[p + 1] = roleCount;
  });
  const roleTermStarts = new Uint32Array(roleCount + 1);
  const roleTerms = new Int32Array(idCount);
  let role = 0;
  let at = 0;
  for (const d of documents) {
    const from = startOf(firstRole[d]!);
    const to = startOf(firstRole[d + 1]!);
    roleTerms.set(ids.subarray(from, to), at);
    for (let r = firstRole[d]!; r < firstRole[d + 1]!; r++) roleTermStarts[++role] = at + ends[r]! - from;
    at += to - from;
  }
  const [byteStarts, packed] = packRoleTerms(roleTermStarts, roleTerms);
  return { terms, roleStarts, roleTermStarts: byteStarts, roleTerms: packed };
}

/** The previous generation an edit builds on, and which of its lines each document's line is. */
export interface PreviousRoleTables {
  readonly generation: string;
  readonly record: RoleTermsWritten | undefined;
  readonly documents: readonly IndexedDocument[];
  /** The previous document whose line document `d`'s is (copied), undefined for a line made anew. */
  readonly keptFrom: (d: number) => number | undefined;
}

/**
 * Writes `role-terms.tables.bin` into the generation `folder`, with who holds each term; the
 * record with the file's. Made from the previous generation's tables and the lines this build made
 * anew when there are such tables (an edit: each kept person's rows copied as they are), else from
 * every line just written (read back as a question without the file would read them).
 */
export async function withRoleTables(
  folder: string,
  record: RoleTermsWritten,
  documents: readonly IndexedDocument[],
  link: string,
  previous?: PreviousRoleTables,
): Promise<RoleTermsWritten> {
  const { tables: _none, ...lines } = record;
  if (!roleTermsCurrent(lines)) return lines;
  const stored =
    previous?.record?.tables && roleTermsCurrent(previous.record)
      ? editedTables(folder, lines, documents, link, previous as PreviousRoleTables & { record: RoleTermsWritten })
      : readRoleTermsFile(folder, lines, documents, link);
  if (!stored) return lines;
  const people = stored.people.length;
  const tables = {
    table: withHolders(people, stored.table),
    work: withHolders(people, stored.work),
    spans: stored.spans,
  };
  return { ...lines, tables: await writeRoleTablesFile(folder, tables, people) };
}

/** Rows of a table appended person by person, from another table's rows (see StoredRoleHeadTerms). */
class TableRows {
  private readonly roleStarts: number[] = [0];
  private readonly roleTermStarts: number[] = [0];
  private readonly pieces: Uint8Array[] = [];
  private bytes = 0;

  /** Appends person `p`'s rows of `from`. */
  add(from: StoredRoleHeadTerms, p: number): void {
    const first = from.roleStarts[p]!;
    const end = from.roleStarts[p + 1]!;
    const base = this.bytes - from.roleTermStarts[first]!;
    for (let role = first; role < end; role++) this.roleTermStarts.push(base + from.roleTermStarts[role + 1]!);
    this.roleStarts.push(this.roleStarts[this.roleStarts.length - 1]! + end - first);
    this.pieces.push(from.roleTerms.subarray(from.roleTermStarts[first]!, from.roleTermStarts[end]!));
    this.bytes += from.roleTermStarts[end]! - from.roleTermStarts[first]!;
  }

  table(terms: readonly string[]): StoredRoleHeadTerms {
    const roleTerms = new Uint8Array(this.bytes);
    let at = 0;
    for (const piece of this.pieces) {
      roleTerms.set(piece, at);
      at += piece.length;
    }
    return {
      terms,
      roleStarts: Uint32Array.from(this.roleStarts),
      roleTermStarts: Uint32Array.from(this.roleTermStarts),
      roleTerms,
    };
  }
}

/** Spans appended person by person (see StoredRoleSpans). */
class SpanRows {
  private readonly roleStarts: number[] = [0];
  private readonly storedRoles: number[] = [];
  private readonly missing: number[] = [];
  private readonly pieces: Counts[] = [];

  add(from: StoredRoleSpans, p: number): void {
    const first = from.roleStarts[p]!;
    const end = from.roleStarts[p + 1]!;
    this.roleStarts.push(this.roleStarts[this.roleStarts.length - 1]! + end - first);
    this.storedRoles.push(from.storedRoles[p]!);
    this.missing.push(from.missing[p]!);
    this.pieces.push(from.values.subarray(first * SPAN_FIELDS, end * SPAN_FIELDS));
  }

  spans(): StoredRoleSpans {
    const values = new Int32Array(this.roleStarts[this.roleStarts.length - 1]! * SPAN_FIELDS);
    let at = 0;
    for (const piece of this.pieces) {
      values.set(piece, at);
      at += piece.length;
    }
    return {
      roleStarts: Uint32Array.from(this.roleStarts),
      storedRoles: Uint32Array.from(this.storedRoles),
      missing: Uint8Array.from(this.missing),
      values,
    };
  }
}

/**
 * The tables of an edit: each person whose document's line is a previous person's (copied) gets
 * that person's rows of the previous tables, any other the rows of their line, read as
 * readRoleTermsFile reads it. The previous words are the first of this build's (a build only
 * appends to them), so the previous ids stand.
 */
function editedTables(
  folder: string,
  record: RoleTermsWritten,
  documents: readonly IndexedDocument[],
  link: string,
  previous: PreviousRoleTables & { readonly record: RoleTermsWritten },
): StoredRoleTerms {
  const terms = readRoleTermWords(folder, record, link);
  const previousOf = documentOfPerson(previous.documents);
  const before = readRoleTablesFile(
    previous.generation,
    previous.record.tables!,
    terms.slice(0, previous.record.words.count),
    previousOf.size,
    link,
  );
  const previousPerson = new Map<number, number>();
  for (const d of previousOf.values()) previousPerson.set(d, previousPerson.size);
  const documentOf = documentOfPerson(documents);
  const table = new TableRows();
  const work = new TableRows();
  const spans = new SpanRows();
  let file: LineFileReader | undefined;
  try {
    for (const d of documentOf.values()) {
      const kept = previous.keptFrom(d);
      const p = kept === undefined ? undefined : previousPerson.get(kept);
      if (p !== undefined) {
        table.add(before.table, p);
        work.add(before.work, p);
        spans.add(before.spans, p);
        continue;
      }
      file ??= openLineFile(folder, FILES.roleTerms, record, link);
      const own = lineTables(
        refusedAs(link, FILES.roleTerms, () => file!.line(d)),
        terms,
        record.layout,
        d,
        link,
      );
      table.add(own.table, 0);
      work.add(own.work, 0);
      spans.add(own.spans, 0);
    }
  } finally {
    file?.close();
  }
  return { people: [...documentOf.keys()], table: table.table(terms), work: work.table(terms), spans: spans.spans() };
}

/** One document's line as tables of one person (see readRoleTermsFile). */
function lineTables(
  line: Uint8Array,
  terms: readonly string[],
  layout: number | undefined,
  d: number,
  link: string,
): Omit<StoredRoleTerms, 'people'> {
  const roles = rowsOf(64);
  const work = rowsOf(64);
  const spans: Spans = { values: new Numbers(64), count: 0, missing: [] };
  if (line.length === 0) spans.missing.push(1);
  else if (!readLine(line, terms.length, layout, { roles, work, spans }))
    throw corrupt(link, `${FILES.roleTerms} line ${d + 1} is not a list of roles' terms`);
  const one = new Map([['', 0]]);
  const rowsTable = (rows: Rows) => tableOf(one, Uint32Array.of(0, rows.ends.length), rows, terms);
  return {
    table: rowsTable(roles),
    work: rowsTable(work),
    spans: spansOf(
      [0],
      Uint32Array.of(0, spans.count),
      spans.values.view(),
      () => roles.ends.length,
      Uint8Array.from(spans.missing),
    ),
  };
}

/**
 * Reads every line, checking the whole file and each line's shape, and the tables file whole:
 * what `npm run embed` does to an index it keeps.
 */
export function verifyRoleTerms(
  generation: string,
  record: RoleTermsWritten | undefined,
  documents: readonly IndexedDocument[],
  link: string,
): void {
  if (!record) return;
  if (record.tables) readRoleTermsFile(generation, record, documents, link);
  const words = readRoleTermWords(generation, record, link).length;
  const file = openLineFile(generation, FILES.roleTerms, record, link);
  try {
    refusedAs(link, FILES.roleTerms, () => file.lines()).forEach((line, d) => {
      const rows = { roles: rowsOf(64), work: rowsOf(64), spans: { values: new Numbers(64), count: 0, missing: [] } };
      if (line.length > 0 && !readLine(line, words, record.layout, rows))
        throw corrupt(link, `${FILES.roleTerms} line ${d + 1} is not a list of roles' terms`);
    });
  } finally {
    file.close();
  }
}
