/**
 * The index as read from its segments: documents in corpus order, each one a run of passages in
 * one segment. A passage's label is its position in that order (what a full rebuild would give
 * it), whatever segment it lives in, so answers and their tie-breaks do not depend on the history
 * of edits. Passages are decoded on first use, and only the most recently used are kept (see
 * PASSAGES_KEPT): keeping every one decoded would grow a long-running bot with every who-knows
 * question, past V8's heap for a large index.
 */
import type { Passage } from '../../chunking/passage.js';
import { corrupt } from '../store/files.js';
import type { IndexedDocument } from '../store/manifest/manifest.js';
import { passageProblem } from '../store/manifest/validateIndex.js';
import { SegmentProblem } from '../store/segment/format.js';
import type { Segment } from '../store/segment/segment.js';
import type { LineTables } from '../store/lines/lineTables.js';
import type { StoredRoleTerms } from '../store/manifest/roleTermsFile.js';
import type { IndexInfo, IndexReader, LinePostings, StoredNameTable, VectorSearch } from './indexReader.js';
import { MergedLines } from './mergedLines.js';
import { SegmentedLexical } from './segmentedLexical.js';

/**
 * Passages kept decoded; past it, the least recently used are dropped (decoded again if asked
 * for). Above the passages of a 10k-profile index, so up to that size nothing is dropped: a
 * smaller bound makes warm who-knows slower and memory larger, not smaller (a common skill reads
 * tens of thousands of passages, and who-knows' kept rankings hold theirs anyway, so a dropped one
 * decoded again is a second copy). Beyond it, this caps what decoding keeps (about 2 KB a
 * passage) instead of growing with the index.
 */
export const PASSAGES_KEPT = 250_000;

/** Where a document's passages are: segment (position in the list) and first passage in it. */
export type Placement = readonly [segment: number, first: number];

/**
 * `items` mapped by `get`, each worked out when first read: a segment's line tables are read from
 * its file the first time who-knows asks, not when the index is opened.
 */
function lazyList<T, U>(items: readonly T[], get: (item: T, i: number) => U): readonly U[] {
  const list: U[] = [];
  items.forEach((item, i) => Object.defineProperty(list, i, { get: () => get(item, i), enumerable: true }));
  return list;
}

export class SegmentedIndex implements IndexReader {
  readonly passageCount: number;
  readonly lexical: SegmentedLexical;
  readonly lines: LinePostings;
  private readonly segmentOfLabel: Uint32Array;
  private readonly localOfLabel: Uint32Array;
  /** First label of each document, and one past the last. */
  private readonly firstLabel: Uint32Array;
  /** Each label's document (position in `documents`): who-knows asks it per line, too often for a binary search over the documents. */
  private readonly documentOfLabel: Uint32Array;
  private readonly bySource = new Map<string, number>();
  /**
   * The passages kept decoded, by slot, with a clock (second chance) choosing which to drop: a hit
   * only sets its slot's bit, cheaper on who-knows' path (a passage per candidate line) than
   * moving it in a list. Slot of each label, -1 when not kept.
   */
  private readonly slotOfLabel: Int32Array;
  private readonly keptPassages: Passage[] = [];
  private readonly keptLabels: Int32Array;
  private readonly usedSince: Uint8Array;
  private hand = 0;
  private all: readonly Passage[] | undefined;

  constructor(
    readonly dir: string,
    readonly info: IndexInfo,
    readonly documents: readonly IndexedDocument[],
    placement: readonly Placement[],
    readonly segmentNames: readonly string[],
    private readonly segments: readonly Segment[],
    readonly vectors: VectorSearch | null,
    kept = PASSAGES_KEPT,
    readonly storedNames?: StoredNameTable,
    readonly storedRoleTerms?: () => StoredRoleTerms | undefined,
  ) {
    if (!(kept >= 1)) throw new RangeError(`an index must keep at least one passage decoded, not ${kept}`);
    this.firstLabel = new Uint32Array(documents.length + 1);
    let n = 0;
    documents.forEach((doc, d) => {
      this.firstLabel[d] = n;
      n += doc.passageCount;
      this.bySource.set(doc.source, d);
    });
    this.firstLabel[documents.length] = n;
    this.passageCount = n;
    this.slotOfLabel = new Int32Array(n).fill(-1);
    this.keptLabels = new Int32Array(Math.min(kept, n));
    this.usedSince = new Uint8Array(Math.min(kept, n));
    this.segmentOfLabel = new Uint32Array(n);
    this.localOfLabel = new Uint32Array(n);
    this.documentOfLabel = new Uint32Array(n);
    const labelsBySegment = segments.map((segment) => new Int32Array(segment.passageCount).fill(-1));
    documents.forEach((doc, d) => {
      const [s, first] = placement[d]!;
      for (let i = 0; i < doc.passageCount; i++) {
        const label = this.firstLabel[d]! + i;
        this.segmentOfLabel[label] = s;
        this.localOfLabel[label] = first + i;
        this.documentOfLabel[label] = d;
        labelsBySegment[s]![first + i] = label;
      }
    });
    this.lexical = new SegmentedLexical(
      segments,
      labelsBySegment,
      this.segmentOfLabel,
      this.localOfLabel,
      (s, problem) => corrupt(dir, `${segmentNames[s]!} ${problem.message}`),
    );
    const refused = <T>(s: number, read: () => T): T => {
      try {
        return read();
      } catch (error) {
        throw error instanceof SegmentProblem ? corrupt(dir, `${segmentNames[s]!} ${error.message}`) : error;
      }
    };
    const opened: LineTables[] = [];
    this.lines = new MergedLines(
      // A key's lines and a line's words are read when looked up: damage found then is refused too.
      lazyList(segments, (segment, s) => {
        if (opened[s]) return opened[s];
        const tables = refused(s, () => segment.lines);
        const { linesOfKey, wordsOfLine } = tables;
        opened[s] = {
          ...tables,
          linesOfKey: linesOfKey && ((key) => refused(s, () => linesOfKey(key))),
          wordsOfLine: wordsOfLine && ((line) => refused(s, () => wordsOfLine(line))),
        };
        return opened[s];
      }),
      labelsBySegment,
      this.segmentOfLabel,
      this.localOfLabel,
      (label) => this.passageText(label),
    );
  }

  passage(label: number): Passage {
    const known = this.slotOfLabel[label];
    if (known !== undefined && known >= 0) {
      this.usedSince[known] = 1;
      return this.keptPassages[known]!;
    }
    const passage = this.decode(label);
    let slot = this.keptPassages.length;
    if (slot >= this.keptLabels.length) {
      // The first slot from the hand not used since the hand last passed it.
      while (this.usedSince[this.hand]) {
        this.usedSince[this.hand] = 0;
        this.hand = (this.hand + 1) % this.keptLabels.length;
      }
      slot = this.hand;
      this.hand = (this.hand + 1) % this.keptLabels.length;
      this.slotOfLabel[this.keptLabels[slot]!] = -1;
    }
    this.keptPassages[slot] = passage;
    this.keptLabels[slot] = label;
    this.usedSince[slot] = 1;
    this.slotOfLabel[label] = slot;
    return passage;
  }

  /** How many passages are kept decoded now (at most the bound the index was opened with). */
  get passagesDecoded(): number {
    return this.keptPassages.length;
  }

  *scanPassages(): Iterable<Passage> {
    for (let label = 0; label < this.passageCount; label++) {
      const slot = this.slotOfLabel[label]!;
      yield slot >= 0 ? this.keptPassages[slot]! : this.decode(label);
    }
  }

  /** A passage's text without decoding the rest of it (who-knows reads lines, thousands at a time). */
  passageText(label: number): string {
    const known = this.slotOfLabel[label];
    if (known !== undefined && known >= 0) return this.keptPassages[known]!.text;
    return this.fromSegment(label, (segment, local) => segment.passageText(local));
  }

  /** What `read` takes from a label's segment; a damaged segment is refused as INDEX_CORRUPT naming it. */
  private fromSegment<T>(label: number, read: (segment: Segment, local: number) => T): T {
    if (!(label >= 0 && label < this.passageCount))
      throw new RangeError(`no passage ${label} in an index of ${this.passageCount}`);
    const s = this.segmentOfLabel[label]!;
    try {
      return read(this.segments[s]!, this.localOfLabel[label]!);
    } catch (error) {
      if (error instanceof SegmentProblem) throw corrupt(this.dir, `${this.segmentNames[s]!} ${error.message}`);
      throw error;
    }
  }

  private decode(label: number): Passage {
    const passage = this.fromSegment(label, (segment, local) => segment.passage(local));
    const s = this.segmentOfLabel[label]!;
    // A segment is checksummed, so this fails only for one written wrong: refuse it rather than answer "[object Object]".
    const problem = passageProblem(passage);
    if (problem) throw corrupt(this.dir, `${this.segmentNames[s]!}: passage ${this.localOfLabel[label]!} ${problem}`);
    return passage;
  }

  personIdOf(label: number): string {
    return this.documentOf(label).person.id;
  }

  documentOf(label: number): IndexedDocument {
    return this.documents[this.documentOfLabel[label]!]!;
  }

  documentIndexOf(label: number): number {
    return this.documentOfLabel[label]!;
  }

  labelsOf(source: string): readonly number[] {
    const d = this.bySource.get(source);
    if (d === undefined) return [];
    const labels: number[] = [];
    for (let label = this.firstLabel[d]!; label < this.firstLabel[d + 1]!; label++) labels.push(label);
    return labels;
  }

  personOfSource(source: string): string | undefined {
    const d = this.bySource.get(source);
    if (d === undefined || this.firstLabel[d] === this.firstLabel[d + 1]) return undefined;
    return this.personIdOf(this.firstLabel[d]!);
  }

  passages(): readonly Passage[] {
    this.all ??= Array.from({ length: this.passageCount }, (_, label) => this.passage(label));
    return this.all;
  }

  close(): void {
    for (const segment of this.segments) segment.close();
  }

  /** Segment and position in it of each label: what a build keeps when it reuses a document. */
  placementOf(documentIndex: number): Placement {
    const label = this.firstLabel[documentIndex]!;
    return [this.segmentOfLabel[label] ?? 0, this.localOfLabel[label] ?? 0];
  }
}
