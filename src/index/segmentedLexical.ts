/**
 * BM25 over the postings stored in segments. Scores are exactly those of `LexicalIndex` over the
 * same live passages (same document frequencies, lengths and arithmetic), so an index updated in
 * place answers as a full rebuild would: passages of removed or edited documents that are still in
 * a segment are skipped and not counted.
 */
import type { LexicalHit, LexicalSearch } from './indexReader.js';
import { DEFAULT_BM25, type Bm25Parameters } from './lexicalIndex.js';
import { utf8, type PostingRange, type Segment } from './segmentFile.js';

interface TermPostings {
  /** Live passages holding the term. */
  readonly df: number;
  /** Per segment, where the term's postings are (undefined: none there). */
  readonly ranges: readonly (PostingRange | undefined)[];
}

/** Terms looked up recently: a question asks about the same term several times (planning, then search). */
const CACHE_SIZE = 4096;

export class SegmentedLexical implements LexicalSearch {
  private readonly weightedLengths: Float64Array;
  private readonly averageLength: number;
  private readonly cache = new Map<string, TermPostings>();

  /**
   * @param labelsBySegment per segment, each passage's label in the index, or -1 when it is no longer live
   * @param segmentOfLabel, localOfLabel where each label's passage is
   */
  constructor(
    private readonly segments: readonly Segment[],
    private readonly labelsBySegment: readonly Int32Array[],
    segmentOfLabel: Uint32Array,
    localOfLabel: Uint32Array,
    private readonly params: Bm25Parameters = DEFAULT_BM25,
  ) {
    const n = segmentOfLabel.length;
    this.weightedLengths = new Float64Array(n);
    let total = 0;
    // Summed in label order, as LexicalIndex does, so the average is the same to the last bit.
    for (let label = 0; label < n; label++) {
      const segment = segments[segmentOfLabel[label]!]!;
      const local = localOfLabel[label]!;
      const length = segment.bodyLength[local]! + params.headWeight * segment.headLength[local]!;
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
      const range = segment.postings(bytes);
      if (!range) return undefined;
      const labels = this.labelsBySegment[s]!;
      for (let i = range.start; i < range.end; i++) if (labels[segment.postingLabel[i]!]! >= 0) df++;
      return range;
    });
    const found = { df, ranges };
    if (this.cache.size >= CACHE_SIZE) this.cache.clear();
    this.cache.set(term, found);
    return found;
  }

  idf(term: string): number {
    const n = this.size;
    const df = this.postings(term).df;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  hasTerm(term: string): boolean {
    return this.postings(term).df > 0;
  }

  search(terms: readonly string[], weights?: ReadonlyMap<string, number>): LexicalHit[] {
    return this.hits(terms, weights).sort((x, y) => y.score - x.score || x.label - y.label);
  }

  /** The same hits as `search`, in no particular order, for callers that rank them by something else. */
  hits(terms: readonly string[], weights?: ReadonlyMap<string, number>): LexicalHit[] {
    const { k1, b, headWeight } = this.params;
    const found = new Map<number, { score: number; termScores: Map<string, number> }>();
    for (const term of new Set(terms)) {
      const { df, ranges } = this.postings(term);
      if (df === 0) continue;
      const idf = this.idf(term) * (weights?.get(term) ?? 1);
      ranges.forEach((range, s) => {
        if (!range) return;
        const segment = this.segments[s]!;
        const labels = this.labelsBySegment[s]!;
        const { postingLabel, postingBody, postingHead } = segment;
        for (let i = range.start; i < range.end; i++) {
          const label = labels[postingLabel[i]!]!;
          if (label < 0) continue;
          const tf = postingBody[i]! + headWeight * postingHead[i]!;
          const norm = k1 * (1 - b + (b * this.weightedLengths[label]!) / this.averageLength);
          const contribution = (idf * tf * (k1 + 1)) / (tf + norm);
          let hit = found.get(label);
          if (!hit) {
            hit = { score: 0, termScores: new Map() };
            found.set(label, hit);
          }
          hit.score += contribution;
          hit.termScores.set(term, contribution);
        }
      });
    }
    const hits: LexicalHit[] = [];
    for (const [label, { score, termScores }] of found) if (score > 0) hits.push({ label, score, termScores });
    return hits;
  }
}
