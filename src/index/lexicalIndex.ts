/**
 * BM25 over passages, with two fields: the passage's own text and its heading line (person and
 * section path). A heading match counts for less than a body match (a whole section sits under a
 * heading, but the heading says what the section is about), which lets "Dining Club" or "Skills ›
 * Languages" pull the right passage.
 */
import { passageHeading, type Passage } from '../chunking/passage.js';
import { tokenize } from '../text/terms.js';
import type { HitTableOptions, LexicalHit, LexicalHitTable, LexicalSearch } from './indexReader.js';

/** Saved per passage in the index, so loading needs no re-tokenising. */
export interface LexicalEntry {
  readonly body: Readonly<Record<string, number>>;
  readonly head: Readonly<Record<string, number>>;
  readonly bodyLength: number;
  readonly headLength: number;
}

export type { LexicalHit } from './indexReader.js';

export interface Bm25Parameters {
  readonly k1: number;
  readonly b: number;
  /** How much a term in the heading line counts compared with one in the body. */
  readonly headWeight: number;
}

export const DEFAULT_BM25: Bm25Parameters = { k1: 1.2, b: 0.5, headWeight: 0.4 };

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

/**
 * BM25 by postings: a question touches only the passages that hold one of its terms, never the
 * whole index (a linear scan of every passage was seconds per question at 10k profiles).
 */
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
      const length = entry.bodyLength + params.headWeight * entry.headLength;
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
        for (const term in entry.body) post(term, label, entry.body[term]! + headWeight * (Object.hasOwn(entry.head, term) ? entry.head[term]! : 0));
        for (const term in entry.head) if (!Object.hasOwn(entry.body, term)) post(term, label, headWeight * entry.head[term]!);
      });
      this.postingsByTerm = postings;
    }
    return this.postingsByTerm;
  }

  get size(): number {
    return this.entries.length;
  }

  /** BM25's IDF (the +1 form, never negative). A term no passage has gets the highest IDF: missing it costs most. */
  idf(term: string): number {
    const n = this.entries.length;
    const df = this.postings.get(term)?.labels.length ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  hasTerm(term: string): boolean {
    return this.postings.has(term);
  }

  maxContribution(term: string): number {
    const { k1, b } = this.params;
    const posting = this.postings.get(term);
    if (!posting) return 0;
    const idf = this.idf(term);
    let bound = 0;
    posting.labels.forEach((label, i) => {
      const tf = posting.frequencies[i]!;
      bound = Math.max(bound, (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * this.weightedLengths[label]!) / this.averageLength)));
    });
    // Rounding differs by a weight's multiplication: a margin far above it keeps this a bound.
    return bound * (1 + 1e-9);
  }

  entry(label: number): LexicalEntry | undefined {
    return this.entries[label];
  }

  /** Passages that share at least one term with the query, best first. */
  search(terms: readonly string[], weights?: ReadonlyMap<string, number>): LexicalHit[] {
    return this.hits(terms, weights).sort((x, y) => y.score - x.score || x.label - y.label);
  }

  /** Label → its row in the current query's score table; -1 when untouched. Reused: allocating it per question was a cost of its own. */
  private slotOf: Int32Array | undefined;

  /**
   * The same hits as `search`, in no particular order: for callers that rank by something else
   * (the query plan's concepts) and would only throw the BM25 sort away.
   */
  hits(terms: readonly string[], weights?: ReadonlyMap<string, number>): LexicalHit[] {
    return hitsOf(this.hitTable(terms, weights));
  }

  /** The per-term scores sit in one table per question rather than a Map per passage (a common word at 10k profiles touches a hundred thousand passages). */
  hitTable(terms: readonly string[], weights?: ReadonlyMap<string, number>, options: HitTableOptions = {}): LexicalHitTable {
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
      const idf = this.idf(term) * (weights?.get(term) ?? 1);
      const { labels: posted, frequencies } = this.postings.get(term)!;
      for (let i = 0; i < posted.length; i++) {
        const label = posted[i]!;
        const slot = slotOf[label]!;
        if (slot < 0) continue; // not a row: a passage holding none of the open terms
        const tf = frequencies[i]!;
        const norm = k1 * (1 - b + (b * this.weightedLengths[label]!) / this.averageLength);
        const contribution = (idf * tf * (k1 + 1)) / (tf + norm);
        scores[slot] = scores[slot]! + contribution;
        table[slot * width + column] = contribution;
      }
    });
    for (const label of labels) slotOf[label] = -1;
    return new HitTable(unique, Int32Array.from(labels), scores, table);
  }
}

/** `hits` from a table: every row with a positive score. */
export function hitsOf(table: LexicalHitTable): LexicalHit[] {
  const hits: LexicalHit[] = [];
  for (let row = 0; row < table.rows; row++) if (table.scores[row]! > 0) hits.push(table.hit(row));
  return hits;
}

export class HitTable implements LexicalHitTable {
  private columns: ReadonlyMap<string, number> | undefined;

  constructor(
    readonly terms: readonly string[],
    readonly labels: Int32Array,
    readonly scores: Float64Array,
    readonly contributions: Float64Array,
  ) {}

  get rows(): number {
    return this.labels.length;
  }

  hit(row: number): LexicalHit {
    const width = this.terms.length;
    this.columns ??= new Map(this.terms.map((term, column) => [term, column]));
    const own = this.contributions.slice(row * width, (row + 1) * width);
    return { label: this.labels[row]!, score: this.scores[row]!, termScores: new TermScores(this.terms, this.columns, own, 0) };
  }
}

/**
 * One passage's row of a question's score table, read as a map of term → BM25 contribution. A
 * contribution is always positive (IDF, weight and frequency are), so 0 means "term absent".
 */
export class TermScores implements ReadonlyMap<string, number> {
  constructor(
    private readonly terms: readonly string[],
    private readonly columns: ReadonlyMap<string, number>,
    private readonly table: Float64Array,
    private readonly offset: number,
  ) {}

  get(term: string): number | undefined {
    const column = this.columns.get(term);
    const value = column === undefined ? 0 : this.table[this.offset + column]!;
    return value > 0 ? value : undefined;
  }

  has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  get size(): number {
    return [...this.keys()].length;
  }

  *entries(): MapIterator<[string, number]> {
    for (let column = 0; column < this.terms.length; column++) {
      const value = this.table[this.offset + column]!;
      if (value > 0) yield [this.terms[column]!, value];
    }
  }

  *keys(): MapIterator<string> {
    for (const [term] of this.entries()) yield term;
  }

  *values(): MapIterator<number> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [term, value] of this.entries()) callback(value, term, this);
  }
}
