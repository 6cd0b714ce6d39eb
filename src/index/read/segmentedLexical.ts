/**
 * BM25 (bm25.ts) over the postings stored in segments, counting only live passages (same document
 * frequencies, lengths and arithmetic as a full rebuild), so an index updated in place answers as
 * a full rebuild would: passages of removed or edited documents that are still in a segment are
 * skipped and not counted.
 */
import { SegmentProblem, utf8 } from '../store/segment/format.js';
import type { PostingRange, Segment } from '../store/segment/segment.js';
import { asBound, DEFAULT_BM25, idf, termScore, weighted, type Bm25Parameters } from './bm25.js';
import { HitTable, hitsOf } from './hitTable.js';
import type { HitTableOptions, LexicalHit, LexicalHitTable, LexicalSearch } from './indexReader.js';

interface TermPostings {
  /** Live passages holding the term. */
  readonly df: number;
  /** Per segment, where the term's postings are (undefined: none there). */
  readonly ranges: readonly (PostingRange | undefined)[];
  /** maxContribution, once asked. */
  bound?: number;
}

/** Terms looked up recently: a question asks about the same term several times (planning, then search). */
const CACHE_SIZE = 4096;

export class SegmentedLexical implements LexicalSearch {
  private readonly weightedLengths: Float64Array;
  private readonly averageLength: number;
  private readonly cache = new Map<string, TermPostings>();
  /** Per segment, whether every passage in it is live: then a term's document frequency there is its postings' length. */
  private readonly allLive: readonly boolean[];

  /**
   * @param labelsBySegment per segment, each passage's label in the index, or -1 when it is no longer live
   * @param segmentOfLabel, localOfLabel where each label's passage is
   * @param refuse the error to throw for a segment found damaged when a term is looked up in it
   */
  constructor(
    private readonly segments: readonly Segment[],
    private readonly labelsBySegment: readonly Int32Array[],
    segmentOfLabel: Uint32Array,
    localOfLabel: Uint32Array,
    private readonly refuse: (segment: number, problem: SegmentProblem) => Error,
    private readonly params: Bm25Parameters = DEFAULT_BM25,
  ) {
    this.allLive = labelsBySegment.map((labels) => labels.every((label) => label >= 0));
    const n = segmentOfLabel.length;
    this.weightedLengths = new Float64Array(n);
    let total = 0;
    // Each segment's tables once: a getter per label would be a lookup per passage at every open.
    const bodyLengths = segments.map((segment) => segment.bodyLength);
    const headLengths = segments.map((segment) => segment.headLength);
    // Summed in label order, as a full rebuild's labels come, so the average is the same to the last bit.
    for (let label = 0; label < n; label++) {
      const s = segmentOfLabel[label]!;
      const local = localOfLabel[label]!;
      const length = weighted(bodyLengths[s]![local]!, headLengths[s]![local]!, params.headWeight);
      this.weightedLengths[label] = length;
      total += length;
    }
    this.averageLength = n > 0 ? total / n : 1;
  }

  get size(): number {
    return this.weightedLengths.length;
  }

  private postings(term: string): TermPostings {
    const cached = this.cache.get(term);
    if (cached) return cached;
    const bytes = utf8.encode(term);
    let df = 0;
    const ranges = this.segments.map((segment, s) => {
      let range: PostingRange | undefined;
      try {
        range = segment.postings(bytes);
      } catch (error) {
        throw error instanceof SegmentProblem ? this.refuse(s, error) : error;
      }
      if (!range) return undefined;
      if (this.allLive[s]) {
        df += range.end - range.start;
        return range;
      }
      const labels = this.labelsBySegment[s]!;
      for (let i = range.start; i < range.end; i++) if (labels[range.label[i]!]! >= 0) df++;
      return range;
    });
    const found = { df, ranges };
    if (this.cache.size >= CACHE_SIZE) this.cache.clear();
    this.cache.set(term, found);
    return found;
  }

  idf(term: string): number {
    return idf(this.size, this.postings(term).df);
  }

  /**
   * From the segments' dictionaries when a segment with every passage live holds the term: the
   * postings are decoded only when they must be counted (some passages removed) or are used.
   */
  hasTerm(term: string): boolean {
    const cached = this.cache.get(term);
    if (cached) return cached.df > 0;
    const bytes = utf8.encode(term);
    let holdsRemoved = false;
    for (let s = 0; s < this.segments.length; s++) {
      let count: number;
      try {
        count = this.segments[s]!.postingCount(bytes);
      } catch (error) {
        throw error instanceof SegmentProblem ? this.refuse(s, error) : error;
      }
      if (count === 0) continue;
      if (this.allLive[s]) return true;
      holdsRemoved = true;
    }
    return holdsRemoved && this.postings(term).df > 0;
  }

  maxContribution(term: string): number {
    const found = this.postings(term);
    if (found.bound === undefined) {
      const { k1, b, headWeight } = this.params;
      const termIdf = this.idf(term);
      let bound = 0;
      found.ranges.forEach((range, s) => {
        if (!range) return;
        const { label: postingLabel, body: postingBody, head: postingHead } = range;
        const live = this.labelsBySegment[s]!;
        for (let i = range.start; i < range.end; i++) {
          const label = live[postingLabel[i]!]!;
          if (label < 0) continue;
          const tf = weighted(postingBody[i]!, postingHead[i]!, headWeight);
          const contribution = termScore(termIdf, tf, this.weightedLengths[label]!, this.averageLength, k1, b);
          if (contribution > bound) bound = contribution;
        }
      });
      found.bound = asBound(bound);
    }
    return found.bound;
  }

  passagesWithAll(terms: readonly string[]): Int32Array {
    const unique = [...new Set(terms)];
    if (unique.length === 0 || unique.some((term) => this.postings(term).df === 0)) return new Int32Array(0);
    const found: number[] = [];
    for (let s = 0; s < this.segments.length; s++) {
      const ranges = unique.map((term) => this.postings(term).ranges[s]);
      if (ranges.some((range) => range === undefined)) continue;
      const [shortest, ...others] = (ranges as PostingRange[]).sort((a, b) => a.end - a.start - (b.end - b.start));
      const at = others.map((range) => range.start);
      const live = this.labelsBySegment[s]!;
      // A segment's postings are in passage order: walk the others alongside the shortest.
      eachPassage: for (let i = shortest!.start; i < shortest!.end; i++) {
        const local = shortest!.label[i]!;
        for (let k = 0; k < others.length; k++) {
          const other = others[k]!;
          let j = at[k]!;
          while (j < other.end && other.label[j]! < local) j++;
          at[k] = j;
          if (j >= other.end) break eachPassage;
          if (other.label[j] !== local) continue eachPassage;
        }
        const label = live[local]!;
        if (label >= 0) found.push(label);
      }
    }
    // Segments written after an edit hold labels among the others'.
    return Int32Array.from(found).sort();
  }

  search(terms: readonly string[], weights?: ReadonlyMap<string, number>): LexicalHit[] {
    return this.hits(terms, weights).sort((x, y) => y.score - x.score || x.label - y.label);
  }

  /** Label → its row in the current query's score table; -1 when untouched (reused across questions). */
  private slotOf: Int32Array | undefined;
  /** Labels in the order first touched, for the question being answered (reused across questions). */
  private touched: Int32Array | undefined;

  /** The same hits as `search`, in no particular order, for callers that rank them by something else. */
  hits(terms: readonly string[], weights?: ReadonlyMap<string, number>): LexicalHit[] {
    return hitsOf(this.hitTable(terms, weights));
  }

  /**
   * Per-term scores in one table per question (see LexicalHitTable). Plain loops over the typed
   * arrays: a common word's postings are a hundred thousand entries in a large index, and a
   * callback per posting would be most of the cost.
   */
  hitTable(
    terms: readonly string[],
    weights?: ReadonlyMap<string, number>,
    options: HitTableOptions = {},
  ): LexicalHitTable {
    const { k1, b, headWeight } = this.params;
    const unique = [...new Set(terms)].filter((term) => this.postings(term).df > 0);
    const slotOf = (this.slotOf ??= new Int32Array(this.size).fill(-1));
    const touched = (this.touched ??= new Int32Array(this.size));
    let rows = 0;
    for (const term of unique) {
      if (options.openTerms && !options.openTerms.has(term)) continue;
      const { ranges } = this.postings(term);
      for (let s = 0; s < ranges.length; s++) {
        const range = ranges[s];
        if (!range) continue;
        const postingLabel = range.label;
        const live = this.labelsBySegment[s]!;
        for (let i = range.start; i < range.end; i++) {
          const label = live[postingLabel[i]!]!;
          if (label >= 0 && slotOf[label] === -1) {
            slotOf[label] = rows;
            touched[rows++] = label;
          }
        }
      }
    }
    const width = unique.length;
    const table = new Float64Array(rows * width);
    const scores = new Float64Array(rows);
    const lengths = this.weightedLengths;
    const averageLength = this.averageLength;
    for (let column = 0; column < width; column++) {
      const term = unique[column]!;
      const weightedIdf = this.idf(term) * (weights?.get(term) ?? 1);
      const { ranges } = this.postings(term);
      for (let s = 0; s < ranges.length; s++) {
        const range = ranges[s];
        if (!range) continue;
        const { label: postingLabel, body: postingBody, head: postingHead } = range;
        const live = this.labelsBySegment[s]!;
        for (let i = range.start; i < range.end; i++) {
          const label = live[postingLabel[i]!]!;
          if (label < 0) continue;
          const slot = slotOf[label]!;
          if (slot < 0) continue; // not a row: a passage holding none of the open terms
          const tf = weighted(postingBody[i]!, postingHead[i]!, headWeight);
          const contribution = termScore(weightedIdf, tf, lengths[label]!, averageLength, k1, b);
          scores[slot] = scores[slot]! + contribution;
          table[slot * width + column] = contribution;
        }
      }
    }
    const labels = touched.slice(0, rows);
    for (let row = 0; row < rows; row++) slotOf[labels[row]!] = -1;
    return new HitTable(unique, labels, scores, table);
  }
}
