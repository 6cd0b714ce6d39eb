/**
 * A segment's postings while they are counted. Each term is numbered when first met, and each
 * distinct word (the shared list of terms `wordTerms` gives it) is turned into its terms' numbers
 * once, so a passage's words are counted in slots by number: a string-keyed lookup per term of
 * every passage cost more than the rest of the counting. The entries are kept in one typed list,
 * each naming its term, and grouped by term once all are posted: millions of them in arrays of
 * their own were as many elements for the garbage collector to walk and to copy as the arrays grew.
 */
import type { WordTerms } from '../../../text/terms.js';

const ENTRY = 4;

export class TermPostings {
  /** Terms by number. */
  readonly terms: string[] = [];
  /** Entries of ENTRY u32, in the order posted: label, body count, head count, term number. */
  private pool = new Uint32Array(1 << 16);
  private entries = 0;
  /** Per term number, how many passages it is posted for. */
  readonly counts: number[] = [];
  private readonly numberOf = new Map<string, number>();
  private readonly numbersOfWord = new Map<WordTerms, readonly number[]>();
  /** Per term number: the passage its body count is of, that count, and its count in the current heading line. */
  private readonly countedIn: number[] = [];
  private readonly body: number[] = [];
  private readonly head: number[] = [];
  /** The current heading line's distinct terms, and the current passage's. */
  private headNumbers: number[] = [];
  private readonly touched: number[] = [];

  /** The heading line of the passages posted next, as its terms (repeats counted). */
  setHeading(terms: readonly string[]): void {
    for (const n of this.headNumbers) this.head[n] = 0;
    this.headNumbers = [];
    for (const term of terms) {
      const n = this.number(term);
      if (this.head[n] === 0) this.headNumbers.push(n);
      this.head[n]!++;
    }
  }

  /**
   * Posts passage `label` (labels rising): every term of its words and its stems with its count
   * there and in the heading line, then each heading term it lacks with a body count of 0.
   */
  post(label: number, words: readonly WordTerms[], stems: readonly string[]): void {
    const touched = this.touched;
    touched.length = 0;
    for (const word of words) for (const n of this.numbersOf(word)) this.count(n, label);
    for (const stem of stems) this.count(this.number(stem), label);
    for (const n of touched) this.add(n, label, this.body[n]!);
    for (const n of this.headNumbers) if (this.countedIn[n] !== label) this.add(n, label, 0);
  }

  /**
   * Every entry grouped by term: term `n`'s are `entries[3 * starts[n] .. 3 * starts[n + 1])` as
   * (label, body count, head count), in the order posted (labels rising). Made in one pass over the
   * pool in posting order: following each term's chain through a pool of millions of entries missed
   * the cache at nearly every step.
   */
  byTerm(): { readonly starts: Uint32Array; readonly entries: Uint32Array } {
    const t = this.terms.length;
    const starts = new Uint32Array(t + 1);
    for (let n = 0; n < t; n++) starts[n + 1] = starts[n]! + this.counts[n]!;
    const next = starts.slice(0, t);
    const entries = new Uint32Array(3 * this.entries);
    const pool = this.pool;
    for (let e = 0; e < this.entries; e++) {
      const at = 3 * next[pool[e * ENTRY + 3]!]!++;
      entries[at] = pool[e * ENTRY]!;
      entries[at + 1] = pool[e * ENTRY + 1]!;
      entries[at + 2] = pool[e * ENTRY + 2]!;
    }
    return { starts, entries };
  }

  private add(n: number, label: number, body: number): void {
    const at = this.entries * ENTRY;
    if (at + ENTRY > this.pool.length) {
      const bigger = new Uint32Array(Math.ceil((this.pool.length * 1.5) / ENTRY) * ENTRY);
      bigger.set(this.pool);
      this.pool = bigger;
    }
    this.pool[at] = label;
    this.pool[at + 1] = body;
    this.pool[at + 2] = this.head[n]!;
    this.pool[at + 3] = n;
    this.counts[n]!++;
    this.entries++;
  }

  private count(n: number, label: number): void {
    if (this.countedIn[n] !== label) {
      this.countedIn[n] = label;
      this.body[n] = 0;
      this.touched.push(n);
    }
    this.body[n]!++;
  }

  private numbersOf(word: WordTerms): readonly number[] {
    let numbers = this.numbersOfWord.get(word);
    if (!numbers) {
      numbers = word.map((term) => this.number(term));
      this.numbersOfWord.set(word, numbers);
    }
    return numbers;
  }

  private number(term: string): number {
    let n = this.numberOf.get(term);
    if (n === undefined) {
      n = this.terms.length;
      this.numberOf.set(term, n);
      this.terms.push(term);
      this.counts.push(0);
      this.countedIn.push(-1);
      this.body.push(0);
      this.head.push(0);
    }
    return n;
  }
}
