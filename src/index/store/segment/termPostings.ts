/**
 * A segment's postings while they are counted. Each term is numbered when first met, and each
 * distinct word (the shared list of terms `wordTerms` gives it) is turned into its terms' numbers
 * once, so a passage's words are counted in slots by number: a string-keyed lookup per term of
 * every passage cost more than the rest of the counting.
 */
import type { WordTerms } from '../../../text/terms.js';

export class TermPostings {
  /** Terms by number. */
  readonly terms: string[] = [];
  /** Per term number: [label, body count, head count, label, …], labels rising. */
  readonly lists: number[][] = [];
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
    for (const n of touched) this.lists[n]!.push(label, this.body[n]!, this.head[n]!);
    for (const n of this.headNumbers) if (this.countedIn[n] !== label) this.lists[n]!.push(label, 0, this.head[n]!);
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
      this.lists.push([]);
      this.countedIn.push(-1);
      this.body.push(0);
      this.head.push(0);
    }
    return n;
  }
}
