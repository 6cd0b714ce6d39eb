/**
 * who-knows' line postings read across every segment of an index (one segment's tables are
 * store/lines/), and over passages held in memory for callers with no stored index.
 */
import type { Passage } from '../../chunking/passage.js';
import { latestOf } from '../../text/dates.js';
import { lineWordsOf, wordKey } from '../../text/lineWords.js';
import { keyId, keyRange, lineWords, type LineTables } from '../store/lines/lineTables.js';
import { postLines } from '../store/lines/postLines.js';
import { LINE_SPAN, type FoundLines, type LinePostings, type LineUse } from './indexReader.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const NO_WORDS = new Uint32Array(0);

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
  /**
   * Each table once read: `tables` may read a segment's tables on first access (a getter per
   * element), too slow to go through for every line of a common skill.
   */
  private readonly opened: (LineTables | undefined)[] = [];

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

  private table(s: number): LineTables {
    return (this.opened[s] ??= this.tables[s]!);
  }

  /** The last passage a line was read from, split: a passage's candidate lines come together. */
  private split: { label: number; lines: string[] } = { label: -1, lines: [] };

  linesWithAll(keys: readonly string[], currentYear: number): FoundLines {
    const wanted = keys.map((key) => encoder.encode(key));
    // Per table, each key's lines, shortest first: no line can be found more often than the shortest's.
    const found = this.tables.map((tables) => {
      const lists = wanted.map((key) => keyRange(tables, key));
      if (lists.length === 0 || lists.some((list) => list === undefined)) return undefined;
      return (lists as Uint32Array[]).sort((a, b) => a.length - b.length);
    });
    // Columns of numbers, sized once: a common skill's lines in a large index number tens of thousands, and growing arrays of them makes garbage enough to call the collector often.
    const capacity = found.reduce((sum, lists) => sum + (lists ? lists[0]!.length : 0), 0);
    const lines = new Float64Array(capacity);
    const sourceLines = new Float64Array(capacity);
    const years = new Float64Array(capacity);
    let size = 0;
    found.forEach((lists, s) => {
      if (!lists) return;
      const tables = this.table(s);
      const [shortest, ...others] = lists;
      const at = others.map(() => 0);
      const { lineLocal, lineOffset, lineDates, lineDateStarts } = tables;
      const live = this.labelsBySegment[s]!;
      // A passage's lines come together: its section's year is worked out once for them.
      let dated = -1;
      let sectionYear: number | undefined;
      // Each key's lines are ascending: walk the others alongside the shortest.
      eachLine: for (let i = 0; i < shortest!.length; i++) {
        const id = shortest![i]!;
        for (let k = 0; k < others.length; k++) {
          const other = others[k]!;
          let j = at[k]!;
          while (j < other.length && other[j]! < id) j++;
          at[k] = j;
          if (j >= other.length) break eachLine;
          if (other[j] !== id) continue eachLine;
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
            sectionYear = latestOf(
              tables.sectionDates,
              currentYear,
              tables.sectionDateStarts[opening],
              tables.sectionDateStarts[opening + 1],
            );
          }
          year = sectionYear;
        }
        years[size] = year ?? NaN;
        size++;
      }
    });
    const result = {
      lines: lines.subarray(0, size),
      sourceLines: sourceLines.subarray(0, size),
      years: years.subarray(0, size),
    };
    return ascending(result.lines) ? result : inLineOrder(result);
  }

  everyTableHolds(key: string): boolean {
    const bytes = encoder.encode(key);
    return this.tables.every((tables) => keyRange(tables, bytes) !== undefined);
  }

  sectionStart(label: number): number {
    const s = this.segmentOfLabel[label]!;
    return this.labelsBySegment[s]![this.table(s).sectionFirst[this.localOfLabel[label]!]!]!;
  }

  lineText(line: number): string {
    const label = Math.floor(line / LINE_SPAN);
    if (this.split.label !== label) this.split = { label, lines: this.passageText(label).split('\n') };
    return this.split.lines[line % LINE_SPAN] ?? '';
  }

  lineKeyIds(line: number): { readonly table: number; readonly ids: ArrayLike<number> } {
    const label = Math.floor(line / LINE_SPAN);
    const s = this.segmentOfLabel[label]!;
    const id = this.postedId(s, this.localOfLabel[label]!, line % LINE_SPAN);
    return { table: s, ids: id < 0 ? NO_WORDS : lineWords(this.table(s), id) };
  }

  keyIdIn(table: number, key: string): number {
    return keyId(this.table(table), encoder.encode(key));
  }

  sameSection(a: number, b: number): boolean {
    const sa = this.segmentOfLabel[a]!;
    const sb = this.segmentOfLabel[b]!;
    const la = this.table(sa).sectionOf[this.localOfLabel[a]!]!;
    const lb = this.table(sb).sectionOf[this.localOfLabel[b]!]!;
    // A table lists each label once (postLines); across tables (one person's documents in two segments) the bytes are compared.
    if (sa === sb) return la === lb;
    return Buffer.compare(this.labelBytes(sa, la), this.labelBytes(sb, lb)) === 0;
  }

  sectionLabel(label: number): string {
    const s = this.segmentOfLabel[label]!;
    return this.labelText(s, this.table(s).sectionOf[this.localOfLabel[label]!]!);
  }

  /** Section label `local` of table s, as text. */
  private labelText(s: number, local: number): string {
    return decoder.decode(this.labelBytes(s, local));
  }

  private labelBytes(s: number, local: number): Uint8Array {
    const tables = this.table(s);
    return tables.sectionLabels.subarray(tables.sectionLabelStarts[local]!, tables.sectionLabelStarts[local + 1]!);
  }

  /** The entry of a posted line in table s: a passage's lines are posted together, in order. -1 when it is not posted there. */
  private postedId(s: number, local: number, offset: number): number {
    const tables = this.table(s);
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
        for (let i = 0; i + 1 < tables.wordStarts.length; i++)
          all.add(decoder.decode(tables.words.subarray(tables.wordStarts[i]!, tables.wordStarts[i + 1]!)));
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
      const keyLines = keyRange(tables, key);
      if (!keyLines) return;
      const live = this.labelsBySegment[s]!;
      for (const id of keyLines) {
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
  return new MergedLines(
    [postLines(passages)],
    [labels],
    new Uint32Array(passages.length),
    labels,
    (label) => passages[label]!.text,
  );
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
  return {
    passage: (label) => passages[label]!,
    documentIndexOf: (label) => bySource.get(passages[label]!.source)!,
    documents,
    lines: linePostingsOf(passages),
  };
}

interface InMemoryDocument {
  readonly source: string;
  readonly person: { readonly id: string; readonly name: string };
}
