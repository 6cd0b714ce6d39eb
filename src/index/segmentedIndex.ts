/**
 * The index as read from its segments: documents in corpus order, each one a run of passages in
 * one segment. A passage's label is its position in that order (what a full rebuild would give
 * it), whatever segment it lives in, so answers and their tie-breaks do not depend on the history
 * of edits. Passages are decoded on first use and kept.
 */
import type { Passage } from '../chunking/passage.js';
import { createError } from '../errors.js';
import type { IndexInfo, IndexReader, LinePostings, VectorSearch } from './indexReader.js';
import { MergedLines } from './linePostings.js';
import type { IndexedDocument } from './manifest.js';
import { SegmentedLexical } from './segmentedLexical.js';
import { SegmentProblem, type Segment } from './segmentFile.js';
import { passageProblem } from './validateIndex.js';

/** Where a document's passages are: segment (position in the list) and first passage in it. */
export type Placement = readonly [segment: number, first: number];

export class SegmentedIndex implements IndexReader {
  readonly passageCount: number;
  readonly lexical: SegmentedLexical;
  readonly lines: LinePostings;
  private readonly segmentOfLabel: Uint32Array;
  private readonly localOfLabel: Uint32Array;
  /** First label of each document, and one past the last. */
  private readonly firstLabel: Uint32Array;
  private readonly bySource = new Map<string, number>();
  private readonly decoded: (Passage | undefined)[];
  private all: readonly Passage[] | undefined;

  constructor(
    readonly dir: string,
    readonly info: IndexInfo,
    readonly documents: readonly IndexedDocument[],
    placement: readonly Placement[],
    readonly segmentNames: readonly string[],
    private readonly segments: readonly Segment[],
    readonly vectors: VectorSearch | null,
  ) {
    this.firstLabel = new Uint32Array(documents.length + 1);
    let n = 0;
    documents.forEach((doc, d) => {
      this.firstLabel[d] = n;
      n += doc.passageCount;
      this.bySource.set(doc.source, d);
    });
    this.firstLabel[documents.length] = n;
    this.passageCount = n;
    this.segmentOfLabel = new Uint32Array(n);
    this.localOfLabel = new Uint32Array(n);
    const labelsBySegment = segments.map((segment) => new Int32Array(segment.passageCount).fill(-1));
    documents.forEach((doc, d) => {
      const [s, first] = placement[d]!;
      for (let i = 0; i < doc.passageCount; i++) {
        const label = this.firstLabel[d]! + i;
        this.segmentOfLabel[label] = s;
        this.localOfLabel[label] = first + i;
        labelsBySegment[s]![first + i] = label;
      }
    });
    this.decoded = new Array<Passage | undefined>(n);
    this.lexical = new SegmentedLexical(segments, labelsBySegment, this.segmentOfLabel, this.localOfLabel);
    this.lines = new MergedLines(
      segments.map((segment) => segment.lines),
      labelsBySegment,
      this.segmentOfLabel,
      this.localOfLabel,
      (label) => this.passage(label),
    );
  }

  passage(label: number): Passage {
    const known = this.decoded[label];
    if (known) return known;
    const passage = this.decode(label);
    this.decoded[label] = passage;
    return passage;
  }

  *scanPassages(): Iterable<Passage> {
    for (let label = 0; label < this.passageCount; label++) yield this.decoded[label] ?? this.decode(label);
  }

  private decode(label: number): Passage {
    if (!(label >= 0 && label < this.passageCount)) throw new RangeError(`no passage ${label} in an index of ${this.passageCount}`);
    const s = this.segmentOfLabel[label]!;
    let passage: Passage;
    try {
      passage = this.segments[s]!.passage(this.localOfLabel[label]!);
    } catch (error) {
      if (error instanceof SegmentProblem) throw createError('INDEX_CORRUPT', this.dir, `${this.segmentNames[s]!} ${error.message}`);
      throw error;
    }
    // A segment is checksummed, so this fails only for one written wrong: refuse it rather than answer "[object Object]".
    const problem = passageProblem(passage);
    if (problem) throw createError('INDEX_CORRUPT', this.dir, `${this.segmentNames[s]!}: passage ${this.localOfLabel[label]!} ${problem}`);
    return passage;
  }

  personIdOf(label: number): string {
    // The document holding the label: the last one starting at or before it.
    let low = 0;
    let high = this.documents.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.firstLabel[middle]! <= label) low = middle;
      else high = middle - 1;
    }
    return this.documents[low]!.person.id;
  }

  labelsOf(source: string): readonly number[] {
    const d = this.bySource.get(source);
    if (d === undefined) return [];
    const labels: number[] = [];
    for (let label = this.firstLabel[d]!; label < this.firstLabel[d + 1]!; label++) labels.push(label);
    return labels;
  }

  passages(): readonly Passage[] {
    this.all ??= Array.from({ length: this.passageCount }, (_, label) => this.passage(label));
    return this.all;
  }

  /** Segment and position in it of each label: what a build keeps when it reuses a document. */
  placementOf(documentIndex: number): Placement {
    const label = this.firstLabel[documentIndex]!;
    return [this.segmentOfLabel[label] ?? 0, this.localOfLabel[label] ?? 0];
  }
}
