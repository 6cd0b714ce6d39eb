/**
 * who-knows' postings: each source line of a document once, filed under the keys of its words
 * (text/lineWords.ts), with the distinct words as written and, per passage, the passage that opens
 * its section. A build works them out once per segment and stores them there, so a question
 * reads only the lines holding its skill's words, and no answer makes them from every passage.
 * With them, what ranking people needs of a line that surely names the skill: its passage's first
 * line, section and dates, and the dates of the passage opening that section. Ranking a common
 * skill at 10k profiles meets tens of thousands of lines; decoding their passages was most of it.
 */
import { sectionLabel, type Passage } from '../chunking/passage.js';
import { datesIn, latestOf } from '../text/dates.js';
import { lineWordsOf, wordKey } from '../text/lineWords.js';
import { LINE_SPAN, type FoundLines, type LinePostings, type LineUse } from './indexReader.js';

/** The tables of one segment (or of a list of passages held in memory); typed arrays, as stored. */
export interface LineTables {
  /** Per passage: the position (in the same table) of the passage that opens its section. */
  readonly sectionFirst: Uint32Array;
  /** Per posted line: its passage's position and the line's position in that passage's text. */
  readonly lineLocal: Uint32Array;
  readonly lineOffset: Uint32Array;
  /** Word keys, UTF-8, sorted by bytes; keyStarts (k + 1) cut them. */
  readonly keys: Uint8Array;
  readonly keyStarts: Uint32Array;
  /** Where each key's lines begin in keyLines (k + 1); a key's lines are ascending. */
  readonly keyPostingStarts: Uint32Array;
  readonly keyLines: Uint32Array;
  /** Distinct words as written, UTF-8, sorted by bytes; wordStarts (w + 1) cut them. */
  readonly words: Uint8Array;
  readonly wordStarts: Uint32Array;
  /** Per passage: its first source line. */
  readonly startLine: Uint32Array;
  /** Per passage: its section's label (`sectionLabel`) as a position in sectionLabels. */
  readonly sectionOf: Uint32Array;
  /** Section labels, UTF-8, in first-seen order; sectionLabelStarts (s + 1) cut them. */
  readonly sectionLabels: Uint8Array;
  readonly sectionLabelStarts: Uint32Array;
  /** Per posted line, the dates it writes (text/dates.ts): lineDateStarts (l + 1) cut lineDates. */
  readonly lineDateStarts: Uint32Array;
  readonly lineDates: Uint32Array;
  /**
   * Per passage opening a section, the dates of its section path and first lines (a role's dates
   * sit in its heading or just under it); empty for other passages. sectionDateStarts (n + 1).
   */
  readonly sectionDateStarts: Uint32Array;
  readonly sectionDates: Uint32Array;
  /**
   * Per posted line, the key (position in keys) of each of its words in order, repeats kept:
   * lineWordKeyStarts (l + 1) cut lineWordKeys. Two bytes a word while a segment has no more than
   * 65,536 keys. Matching a skill on keys is matching it on words (`wordKey` files together exactly
   * the words the matcher takes as one), so a multi-word skill is matched without reading text.
   */
  readonly lineWordKeyStarts: Uint32Array;
  readonly lineWordKeys: Uint16Array | Uint32Array;
}

/** The lines of a section's opening passage that may date it ("Engineer • Aug. '19 –" under the heading). */
const DATING_LINES = 3;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Strings as UTF-8 sorted by bytes, back to back; starts (count + 1) cut them, `order` is the strings in that order. */
function sortedBytes(strings: Iterable<string>): { bytes: Uint8Array; starts: Uint32Array; order: string[] } {
  const encoded = [...strings].map((text) => ({ text, bytes: encoder.encode(text) })).sort((a, b) => Buffer.compare(a.bytes, b.bytes));
  return { ...backToBack(encoded.map((entry) => entry.bytes)), order: encoded.map((entry) => entry.text) };
}

/** Strings as UTF-8 back to back, in the order given; starts (count + 1) cut them. */
function inOrder(strings: Iterable<string>): { bytes: Uint8Array; starts: Uint32Array } {
  return backToBack([...strings].map((text) => encoder.encode(text)));
}

function backToBack(encoded: readonly Uint8Array[]): { bytes: Uint8Array; starts: Uint32Array } {
  const starts = new Uint32Array(encoded.length + 1);
  encoded.forEach((bytes, i) => (starts[i + 1] = starts[i]! + bytes.length));
  return { bytes: Buffer.concat(encoded), starts };
}

/** A list of u32 that grows by half its size: millions of entries without an array element each. */
class GrowingU32 {
  private array = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.array.length) {
      const bigger = new Uint32Array(Math.ceil(this.array.length * 1.5));
      bigger.set(this.array);
      this.array = bigger;
    }
    this.array[this.length++] = value;
  }

  /** The entries (a view: valid until the next push). */
  view(): Uint32Array {
    return this.array.subarray(0, this.length);
  }
}

/**
 * The tables for `passages` (position = place in the list). A source line repeated by chunk
 * overlap is posted once, under the first passage holding it, as a scan of every line in label
 * order would meet it.
 */
export function postLines(passages: readonly Passage[]): LineTables {
  const n = passages.length;
  const sectionKey = (passage: Passage) => `${passage.source}|${sectionLabel(passage.sectionPath)}`;
  // The passage that opens a section: the earliest in the file (its heading and first lines hold the role's dates).
  const opening = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const key = sectionKey(passages[i]!);
    const seen = opening.get(key);
    if (seen === undefined || passages[i]!.startLine < passages[seen]!.startLine) opening.set(key, i);
  }
  const sectionFirst = Uint32Array.from(passages, (passage) => opening.get(sectionKey(passage))!);
  const startLine = Uint32Array.from(passages, (passage) => passage.startLine);
  const labelIds = new Map<string, number>();
  const sectionOf = Uint32Array.from(passages, (passage) => {
    const label = sectionLabel(passage.sectionPath);
    let id = labelIds.get(label);
    if (id === undefined) labelIds.set(label, (id = labelIds.size));
    return id;
  });
  const sectionLabels = inOrder(labelIds.keys());
  const sectionDateStarts = new Uint32Array(n + 1);
  const sectionDates = new GrowingU32();
  for (let i = 0; i < n; i++) {
    sectionDateStarts[i] = sectionDates.length;
    if (sectionFirst[i] !== i) continue;
    const passage = passages[i]!;
    for (const date of datesIn([...passage.sectionPath, ...passage.text.split('\n', DATING_LINES)])) sectionDates.push(date);
  }
  sectionDateStarts[n] = sectionDates.length;

  // Flat typed lists rather than an array per key: at 65,536 passages a segment posts millions of
  // (key, line) pairs, and a full build must stay within its memory budget.
  const lineLocal = new GrowingU32();
  const lineOffset = new GrowingU32();
  /** Per posted line, where its keys start in lineKeys. */
  const keysStart = new GrowingU32();
  const lineKeys = new GrowingU32();
  const lineDateStarts = new GrowingU32();
  const lineDates = new GrowingU32();
  const lineWordKeyStarts = new GrowingU32();
  const lineWordKeys = new GrowingU32();
  const keyIds = new Map<string, number>();
  /** Each distinct word as written → its key's id. */
  const keyOfWord = new Map<string, number>();
  /**
   * Per source, the lines its earlier passages hold (a document's passages overlap a little). A
   * set, not a list of ranges: blank lines between passages keep ranges from touching, so a
   * 10 MB profile's 27,000 passages made 27,000 ranges, each searched for every line.
   */
  const posted = new Map<string, Set<number>>();
  passages.forEach((passage, local) => {
    let held = posted.get(passage.source);
    if (!held) posted.set(passage.source, (held = new Set()));
    const lines = passage.text.split('\n');
    if (lines.length > LINE_SPAN) throw new RangeError(`passage ${passage.id} has more than ${LINE_SPAN} lines`);
    lines.forEach((text, offset) => {
      const line = passage.startLine + offset;
      if (held.has(line)) return;
      lineLocal.push(local);
      lineOffset.push(offset);
      keysStart.push(lineKeys.length);
      lineDateStarts.push(lineDates.length);
      for (const date of datesIn([text])) lineDates.push(date);
      lineWordKeyStarts.push(lineWordKeys.length);
      const seen = new Set<number>();
      for (const word of lineWordsOf(text)) {
        let id = keyOfWord.get(word);
        if (id === undefined) {
          const key = wordKey(word);
          id = keyIds.get(key);
          if (id === undefined) keyIds.set(key, (id = keyIds.size));
          keyOfWord.set(word, id);
        }
        lineWordKeys.push(id);
        if (seen.has(id)) continue;
        seen.add(id);
        lineKeys.push(id);
      }
    });
    for (let offset = 0; offset < lines.length; offset++) held.add(passage.startLine + offset);
  });
  keysStart.push(lineKeys.length);
  lineDateStarts.push(lineDates.length);
  lineWordKeyStarts.push(lineWordKeys.length);

  // Key ids in first-seen order → keys sorted by bytes; then each key's lines, ascending, by counting.
  const keys = sortedBytes(keyIds.keys());
  const rank = new Uint32Array(keyIds.size);
  keys.order.forEach((key, i) => (rank[keyIds.get(key)!] = i));
  keyIds.clear();
  const keyPostingStarts = new Uint32Array(keys.order.length + 1);
  const allKeys = lineKeys.view();
  for (let i = 0; i < allKeys.length; i++) {
    const next = rank[allKeys[i]!]! + 1;
    keyPostingStarts[next] = keyPostingStarts[next]! + 1;
  }
  for (let i = 1; i < keyPostingStarts.length; i++) keyPostingStarts[i]! += keyPostingStarts[i - 1]!;
  const keyLines = new Uint32Array(allKeys.length);
  const fill = keyPostingStarts.slice(0, -1);
  const starts = keysStart.view();
  for (let id = 0; id + 1 < starts.length; id++) {
    for (let k = starts[id]!; k < starts[id + 1]!; k++) {
      const key = rank[allKeys[k]!]!;
      keyLines[fill[key]!] = id;
      fill[key] = fill[key]! + 1;
    }
  }
  const wordKeys = keys.order.length <= 2 ** 16 ? new Uint16Array(lineWordKeys.length) : new Uint32Array(lineWordKeys.length);
  const inOrderKeys = lineWordKeys.view();
  for (let i = 0; i < inOrderKeys.length; i++) wordKeys[i] = rank[inOrderKeys[i]!]!;
  const written = sortedBytes(keyOfWord.keys());
  return {
    sectionFirst,
    lineLocal: lineLocal.view(),
    lineOffset: lineOffset.view(),
    keys: keys.bytes,
    keyStarts: keys.starts,
    keyPostingStarts,
    keyLines,
    words: written.bytes,
    wordStarts: written.starts,
    startLine,
    sectionOf,
    sectionLabels: sectionLabels.bytes,
    sectionLabelStarts: sectionLabels.starts,
    lineDateStarts: lineDateStarts.view(),
    lineDates: lineDates.view(),
    sectionDateStarts,
    sectionDates: sectionDates.view(),
    lineWordKeyStarts: lineWordKeyStarts.view(),
    lineWordKeys: wordKeys,
  };
}

/** A problem with tables read from a file: offsets or positions out of range. */
export function lineTablesProblem(tables: LineTables): string | undefined {
  const n = tables.sectionFirst.length;
  const lines = tables.lineLocal.length;
  const rising = (starts: Uint32Array, totalLength: number) => {
    if (starts[0] !== 0 || starts[starts.length - 1] !== totalLength) return false;
    for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]!) return false;
    return true;
  };
  if (!rising(tables.keyStarts, tables.keys.length) || !rising(tables.wordStarts, tables.words.length)) return 'has damaged word offsets';
  if (tables.keyPostingStarts.length !== tables.keyStarts.length || !rising(tables.keyPostingStarts, tables.keyLines.length)) return 'has damaged line postings';
  if (tables.lineOffset.length !== lines) return 'has damaged line tables';
  if (tables.startLine.length !== n || tables.sectionOf.length !== n) return 'has damaged passage tables';
  if (!rising(tables.sectionLabelStarts, tables.sectionLabels.length)) return 'has damaged section labels';
  if (tables.lineDateStarts.length !== lines + 1 || !rising(tables.lineDateStarts, tables.lineDates.length)) return 'has damaged line dates';
  if (tables.sectionDateStarts.length !== n + 1 || !rising(tables.sectionDateStarts, tables.sectionDates.length)) return 'has damaged section dates';
  if (tables.lineWordKeyStarts.length !== lines + 1 || !rising(tables.lineWordKeyStarts, tables.lineWordKeys.length)) return 'has damaged line words';
  const keyCount = tables.keyStarts.length - 1;
  for (let i = 0; i < tables.lineWordKeys.length; i++) if (tables.lineWordKeys[i]! >= keyCount) return 'has a line word out of range';
  const sections = tables.sectionLabelStarts.length - 1;
  for (let i = 0; i < n; i++) if (tables.sectionOf[i]! >= sections) return 'has a section label out of range';
  for (let i = 0; i < n; i++) if (tables.sectionFirst[i]! >= n) return 'has a section opening out of range';
  for (let i = 0; i < lines; i++) {
    if (tables.lineLocal[i]! >= n || tables.lineOffset[i]! >= LINE_SPAN) return 'has a line of a passage it does not hold';
    // Lines are posted passage by passage, in order: what finding a line's entry by its passage relies on.
    if (i > 0 && (tables.lineLocal[i]! < tables.lineLocal[i - 1]! || (tables.lineLocal[i] === tables.lineLocal[i - 1] && tables.lineOffset[i]! <= tables.lineOffset[i - 1]!))) return 'has its lines out of order';
  }
  for (let i = 0; i < tables.keyLines.length; i++) if (tables.keyLines[i]! >= lines) return 'has a posting for a line it does not hold';
  return undefined;
}

/** Entries start..end of keyLines for `key`, or undefined when no line here holds it. */
function keyRange(tables: LineTables, key: Uint8Array): { start: number; end: number } | undefined {
  let low = 0;
  let high = tables.keyStarts.length - 2;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const order = Buffer.compare(tables.keys.subarray(tables.keyStarts[middle]!, tables.keyStarts[middle + 1]!), key);
    if (order === 0) return { start: tables.keyPostingStarts[middle]!, end: tables.keyPostingStarts[middle + 1]! };
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

function ascending(values: Float64Array): boolean {
  for (let i = 1; i < values.length; i++) if (values[i]! < values[i - 1]!) return false;
  return true;
}

/** Found lines put in line order: segments written after an edit hold labels among the others'. */
function inLineOrder(found: FoundLines): FoundLines {
  const order = Array.from(found.lines, (_, i) => i).sort((a, b) => found.lines[a]! - found.lines[b]!);
  const column = (values: Float64Array) => Float64Array.from(order, (i) => values[i]!);
  return { lines: column(found.lines), sourceLines: column(found.sourceLines), years: column(found.years) };
}

/**
 * The postings of every segment read as one: lines of passages no longer live (removed or edited
 * documents still in a segment) are skipped, and lines come out in label order whatever segment
 * holds them, so answers are the ones a full rebuild would give.
 */
export class MergedLines implements LinePostings {
  private allWords: readonly string[] | undefined;
  /** Per table, where each passage's posted lines begin (n + 1): worked out when first needed. */
  private readonly postedStarts: (Uint32Array | undefined)[] = [];
  /** Per table, key strings by position, decoded when first needed. */
  private readonly keyTexts: (string | undefined)[][] = [];

  /**
   * @param labelsBySegment per table, each passage's label, or -1 when it is no longer live
   * @param segmentOfLabel, localOfLabel where each label's passage is
   * @param passageText a passage's text by label (to read a line)
   */
  constructor(
    private readonly tables: readonly LineTables[],
    private readonly labelsBySegment: readonly Int32Array[],
    private readonly segmentOfLabel: ArrayLike<number>,
    private readonly localOfLabel: ArrayLike<number>,
    private readonly passageText: (label: number) => string,
  ) {}

  /** The last passage a line was read from, split: a passage's candidate lines come together. */
  private split: { label: number; lines: string[] } = { label: -1, lines: [] };

  linesWithAll(keys: readonly string[], currentYear: number): FoundLines {
    const wanted = keys.map((key) => encoder.encode(key));
    // Per table, each key's entries in keyLines, shortest first: no line can be found more often than the shortest's.
    const found = this.tables.map((tables) => {
      const ranges = wanted.map((key) => keyRange(tables, key));
      if (ranges.length === 0 || ranges.some((range) => range === undefined)) return undefined;
      return (ranges as { start: number; end: number }[]).sort((a, b) => a.end - a.start - (b.end - b.start));
    });
    // Columns of numbers, sized once: a common skill's lines at 100k profiles number tens of thousands, and growing arrays of them was garbage enough to call the collector often.
    const capacity = found.reduce((sum, ranges) => sum + (ranges ? ranges[0]!.end - ranges[0]!.start : 0), 0);
    const lines = new Float64Array(capacity);
    const sourceLines = new Float64Array(capacity);
    const years = new Float64Array(capacity);
    let size = 0;
    found.forEach((ranges, s) => {
      if (!ranges) return;
      const tables = this.tables[s]!;
      const [shortest, ...others] = ranges;
      const at = others.map((range) => range.start);
      const { keyLines, lineLocal, lineOffset, lineDates, lineDateStarts } = tables;
      const live = this.labelsBySegment[s]!;
      // A passage's lines come together: its section's year is worked out once for them.
      let dated = -1;
      let sectionYear: number | undefined;
      // Each key's lines are ascending: walk the others alongside the shortest.
      lines: for (let i = shortest!.start; i < shortest!.end; i++) {
        const id = keyLines[i]!;
        for (let k = 0; k < others.length; k++) {
          const end = others[k]!.end;
          let j = at[k]!;
          while (j < end && keyLines[j]! < id) j++;
          at[k] = j;
          if (j >= end) break lines;
          if (keyLines[j] !== id) continue lines;
        }
        const local = lineLocal[id]!;
        const label = live[local]!;
        if (label < 0) continue;
        lines[size] = label * LINE_SPAN + lineOffset[id]!;
        sourceLines[size] = tables.startLine[local]! + lineOffset[id]!;
        let year = latestOf(lineDates, currentYear, lineDateStarts[id], lineDateStarts[id + 1]);
        if (year === undefined) {
          if (dated !== local) {
            dated = local;
            const opening = tables.sectionFirst[local]!;
            sectionYear = latestOf(tables.sectionDates, currentYear, tables.sectionDateStarts[opening], tables.sectionDateStarts[opening + 1]);
          }
          year = sectionYear;
        }
        years[size] = year ?? NaN;
        size++;
      }
    });
    const result = { lines: lines.subarray(0, size), sourceLines: sourceLines.subarray(0, size), years: years.subarray(0, size) };
    return ascending(result.lines) ? result : inLineOrder(result);
  }

  sectionStart(label: number): number {
    const s = this.segmentOfLabel[label]!;
    return this.labelsBySegment[s]![this.tables[s]!.sectionFirst[this.localOfLabel[label]!]!]!;
  }

  lineText(line: number): string {
    const label = Math.floor(line / LINE_SPAN);
    if (this.split.label !== label) this.split = { label, lines: this.passageText(label).split('\n') };
    return this.split.lines[line % LINE_SPAN] ?? '';
  }

  lineKeys(line: number): string[] {
    const label = Math.floor(line / LINE_SPAN);
    const s = this.segmentOfLabel[label]!;
    const tables = this.tables[s]!;
    const id = this.postedId(s, this.localOfLabel[label]!, line % LINE_SPAN);
    if (id < 0) return [];
    const texts = (this.keyTexts[s] ??= []);
    const keys: string[] = [];
    for (let i = tables.lineWordKeyStarts[id]!; i < tables.lineWordKeyStarts[id + 1]!; i++) {
      const k = tables.lineWordKeys[i]!;
      keys.push((texts[k] ??= decoder.decode(tables.keys.subarray(tables.keyStarts[k]!, tables.keyStarts[k + 1]!))));
    }
    return keys;
  }

  sameSection(a: number, b: number): boolean {
    const sa = this.segmentOfLabel[a]!;
    const sb = this.segmentOfLabel[b]!;
    const la = this.tables[sa]!.sectionOf[this.localOfLabel[a]!]!;
    const lb = this.tables[sb]!.sectionOf[this.localOfLabel[b]!]!;
    // A table lists each label once (postLines); across tables (one person's documents in two segments) the bytes are compared.
    if (sa === sb) return la === lb;
    return Buffer.compare(this.labelBytes(sa, la), this.labelBytes(sb, lb)) === 0;
  }

  sectionLabel(label: number): string {
    const s = this.segmentOfLabel[label]!;
    return this.labelText(s, this.tables[s]!.sectionOf[this.localOfLabel[label]!]!);
  }

  /** Section label `local` of table s, as text. */
  private labelText(s: number, local: number): string {
    return decoder.decode(this.labelBytes(s, local));
  }

  private labelBytes(s: number, local: number): Uint8Array {
    const tables = this.tables[s]!;
    return tables.sectionLabels.subarray(tables.sectionLabelStarts[local]!, tables.sectionLabelStarts[local + 1]!);
  }

  /** The entry of a posted line in table s: a passage's lines are posted together, in order. -1 when it is not posted there. */
  private postedId(s: number, local: number, offset: number): number {
    const tables = this.tables[s]!;
    let starts = this.postedStarts[s];
    if (!starts) {
      starts = new Uint32Array(tables.sectionFirst.length + 1);
      for (let i = 0; i < tables.lineLocal.length; i++) starts[tables.lineLocal[i]! + 1]!++;
      for (let i = 1; i < starts.length; i++) starts[i]! += starts[i - 1]!;
      this.postedStarts[s] = starts;
    }
    let low = starts[local]!;
    let high = starts[local + 1]! - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = tables.lineOffset[middle]!;
      if (at === offset) return middle;
      if (at < offset) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  words(): readonly string[] {
    if (!this.allWords) {
      const all = new Set<string>();
      for (const tables of this.tables) {
        for (let i = 0; i + 1 < tables.wordStarts.length; i++) all.add(decoder.decode(tables.words.subarray(tables.wordStarts[i]!, tables.wordStarts[i + 1]!)));
      }
      this.allWords = [...all];
    }
    return this.allWords;
  }

  firstUse(word: string): LineUse | undefined {
    const key = encoder.encode(wordKey(word));
    // Every live line filed under the word's key, in label order; the first that writes the word itself is its first use.
    const lines: number[] = [];
    this.tables.forEach((tables, s) => {
      const range = keyRange(tables, key);
      if (!range) return;
      const live = this.labelsBySegment[s]!;
      for (let i = range.start; i < range.end; i++) {
        const id = tables.keyLines[i]!;
        const label = live[tables.lineLocal[id]!]!;
        if (label >= 0) lines.push(label * LINE_SPAN + tables.lineOffset[id]!);
      }
    });
    lines.sort((a, b) => a - b);
    for (const line of lines) {
      const position = lineWordsOf(this.lineText(line)).indexOf(word);
      if (position >= 0) return { line, position };
    }
    return undefined;
  }
}

/** The postings of passages held in memory (label = position in the list): for tests, and for callers with no stored index. */
export function linePostingsOf(passages: readonly Passage[]): LinePostings {
  const labels = Int32Array.from(passages, (_, label) => label);
  return new MergedLines([postLines(passages)], [labels], new Uint32Array(passages.length), labels, (label) => passages[label]!.text);
}

/** Passages held in memory, read as an index reads its own (label = position in the list). */
export function inMemoryLines(passages: readonly Passage[]): {
  passage(label: number): Passage;
  documentIndexOf(label: number): number;
  readonly documents: readonly InMemoryDocument[];
  readonly lines: LinePostings;
} {
  const bySource = new Map<string, number>();
  const documents: InMemoryDocument[] = [];
  for (const passage of passages) {
    if (bySource.has(passage.source)) continue;
    bySource.set(passage.source, documents.length);
    documents.push({ source: passage.source, person: { id: passage.personId, name: passage.person } });
  }
  return { passage: (label) => passages[label]!, documentIndexOf: (label) => bySource.get(passages[label]!.source)!, documents, lines: linePostingsOf(passages) };
}

interface InMemoryDocument {
  readonly source: string;
  readonly person: { readonly id: string; readonly name: string };
}
