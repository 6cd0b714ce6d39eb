/** A question's BM25 hits as one table of numbers (see LexicalHitTable), and its rows read as hits. */
import type { LexicalHit, LexicalHitTable } from './indexReader.js';

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
    return {
      label: this.labels[row]!,
      score: this.scores[row]!,
      termScores: new TermScores(this.terms, this.columns, own, 0),
    };
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
