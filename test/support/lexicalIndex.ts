/**
 * A reference for tests: BM25 (src/index/read/bm25.ts) over passages held in memory, with postings
 * made from tokenised entries rather than read from segments. Tests compare the stored index's
 * search with it, and use it where no index is built.
 */
import { passageHeading, type Passage } from '../../src/chunking/passage.js';
import { asBound, DEFAULT_BM25, idf, termScore, weighted, type Bm25Parameters } from '../../src/index/read/bm25.js';
import { HitTable, hitsOf } from '../../src/index/read/hitTable.js';
import type { HitTableOptions, LexicalHit, LexicalHitTable, LexicalSearch } from '../../src/index/read/indexReader.js';
import { tokenize } from '../../src/text/terms.js';

/** Saved per passage in the index, so loading needs no re-tokenising. */
export interface LexicalEntry {
  readonly body: Readonly<Record<string, number>>;
  readonly head: Readonly<Record<string, number>>;
  readonly bodyLength: number;
  readonly headLength: number;
}

export { DEFAULT_BM25 };

function counts(terms: readonly string[]): Record<string, number> {
  const tf: Record<string, number> = {};
  for (const term of terms) tf[term] = (tf[term] ?? 0) + 1;
  return tf;
}

export function lexicalEntryFor(passage: Pick<Passage, 'person' | 'sectionPath' | 'text'>): LexicalEntry {
  const body = tokenize(passage.text);
  const head = tokenize(passageHeading(passage.person, passage.sectionPath));
  return { body: counts(body), head: counts(head), bodyLength: body.length, headLength: head.length };
}

/** The passages holding one term, in label order, with the term's weighted frequency in each. */
interface Posting {
  readonly labels: number[];
  /** Body count + headWeight × heading count, per label above. */
  readonly frequencies: number[];
}

/** BM25 by postings: a question touches only the passages that hold one of its terms. */
export class LexicalIndex implements LexicalSearch {
  private postingsByTerm: Map<string, Posting> | undefined;
  private readonly weightedLengths: Float64Array;
  private readonly averageLength: number;

  constructor(
    private readonly entries: readonly LexicalEntry[],
    private readonly params: Bm25Parameters = DEFAULT_BM25,
  ) {
    this.weightedLengths = new Float64Array(entries.length);
    let total = 0;
    entries.forEach((entry, label) => {
      const length = weighted(entry.bodyLength, entry.headLength, params.headWeight);
      this.weightedLengths[label] = length;
      total += length;
    });
    this.averageLength = entries.length > 0 ? total / entries.length : 1;
  }

  /** Made on first use: `npm run embed` loads the previous index only to reuse its entries. */
  private get postings(): Map<string, Posting> {
    if (!this.postingsByTerm) {
      const postings = new Map<string, Posting>();
      const { headWeight } = this.params;
      const post = (term: string, label: number, frequency: number) => {
        const posting = postings.get(term);
        if (posting) {
          posting.labels.push(label);
          posting.frequencies.push(frequency);
        } else {
          postings.set(term, { labels: [label], frequencies: [frequency] });
        }
      };
      this.entries.forEach((entry, label) => {
        for (const term in entry.body)
          post(
            term,
            label,
            weighted(entry.body[term]!, Object.hasOwn(entry.head, term) ? entry.head[term]! : 0, headWeight),
          );
        for (const term in entry.head)
          if (!Object.hasOwn(entry.body, term)) post(term, label, weighted(0, entry.head[term]!, headWeight));
      });
      this.postingsByTerm = postings;
    }
    return this.postingsByTerm;
  }

  get size(): number {
    return this.entries.length;
  }

  idf(term: string): number {
    return idf(this.entries.length, this.postings.get(term)?.labels.length ?? 0);
  }

  hasTerm(term: string): boolean {
    return this.postings.has(term);
  }

  maxContribution(term: string): number {
    const { k1, b } = this.params;
    const posting = this.postings.get(term);
    if (!posting) return 0;
    const termIdf = this.idf(term);
    let bound = 0;
    posting.labels.forEach((label, i) => {
      bound = Math.max(
        bound,
        termScore(termIdf, posting.frequencies[i]!, this.weightedLengths[label]!, this.averageLength, k1, b),
      );
    });
    return asBound(bound);
  }

  /** Every passage's terms looked at: the scan the stored index's intersected postings must match. */
  passagesWithAll(terms: readonly string[]): Int32Array {
    const unique = [...new Set(terms)];
    if (unique.length === 0) return new Int32Array(0);
    const holds = (entry: LexicalEntry, term: string) =>
      Object.hasOwn(entry.body, term) || Object.hasOwn(entry.head, term);
    const found: number[] = [];
    this.entries.forEach((entry, label) => {
      if (unique.every((term) => holds(entry, term))) found.push(label);
    });
    return Int32Array.from(found);
  }

  entry(label: number): LexicalEntry | undefined {
    return this.entries[label];
  }

  /** Passages that share at least one term with the query, best first. */
  search(terms: readonly string[], weights?: ReadonlyMap<string, number>): LexicalHit[] {
    return this.hits(terms, weights).sort((x, y) => y.score - x.score || x.label - y.label);
  }

  /** Label → its row in the current query's score table; -1 when untouched (reused across questions). */
  private slotOf: Int32Array | undefined;

  /**
   * The same hits as `search`, in no particular order: for callers that rank by something else
   * (the query plan's concepts) and would only throw the BM25 sort away.
   */
  hits(terms: readonly string[], weights?: ReadonlyMap<string, number>): LexicalHit[] {
    return hitsOf(this.hitTable(terms, weights));
  }

  /** The per-term scores in one table per question, as the stored index's search makes them. */
  hitTable(
    terms: readonly string[],
    weights?: ReadonlyMap<string, number>,
    options: HitTableOptions = {},
  ): LexicalHitTable {
    const { k1, b } = this.params;
    const unique = [...new Set(terms)].filter((term) => this.postings.has(term));
    const slotOf = (this.slotOf ??= new Int32Array(this.entries.length).fill(-1));
    const labels: number[] = [];
    for (const term of unique) {
      if (options.openTerms && !options.openTerms.has(term)) continue;
      for (const label of this.postings.get(term)!.labels) {
        if (slotOf[label] === -1) slotOf[label] = labels.push(label) - 1;
      }
    }
    const width = unique.length;
    const table = new Float64Array(labels.length * width);
    const scores = new Float64Array(labels.length);
    unique.forEach((term, column) => {
      const weightedIdf = this.idf(term) * (weights?.get(term) ?? 1);
      const { labels: posted, frequencies } = this.postings.get(term)!;
      for (let i = 0; i < posted.length; i++) {
        const label = posted[i]!;
        const slot = slotOf[label]!;
        if (slot < 0) continue; // not a row: a passage holding none of the open terms
        const contribution = termScore(
          weightedIdf,
          frequencies[i]!,
          this.weightedLengths[label]!,
          this.averageLength,
          k1,
          b,
        );
        scores[slot] = scores[slot]! + contribution;
        table[slot * width + column] = contribution;
      }
    });
    for (const label of labels) slotOf[label] = -1;
    return new HitTable(unique, Int32Array.from(labels), scores, table);
  }
}
