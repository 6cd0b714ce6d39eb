/**
 * A ranking's order worked out place by place, a person's exact score only when they could take
 * the next place. Who-knows knows from the postings alone that each line of a multi-word skill
 * names it, but whether as a phrase (which weighs more) only by reading the line's words; a common
 * one is named by thousands of people, and an answer shows a page of them. Each person comes with
 * an upper bound (every unread line a phrase): people are taken in the order of their bounds, and
 * the best exact one found is placed once it sorts before every bound not taken yet — no one left
 * can then sort before it, so the places are the ones ranking everyone exactly would give.
 */
import { siftDown } from './minHeap.js';

/** Orders people as rankOrder does: score (highest first), then name rank, then the order found. */
export interface DeferredPeople {
  /** People (numbered in the order found). */
  readonly size: number;
  /** Per person, at least their score (four decimals, as scores are). */
  readonly upperScores: Float64Array;
  /** Per person, at most their name rank (the lowest of the documents their lines are in). */
  readonly lowestNameRanks: Float64Array;
  /** How many name ranks there are (each below it). */
  readonly names: number;
  /** A person's exact score and name rank (reads what it must, once). */
  exact(person: number): { readonly score: number; readonly nameRank: number };
}

export class DeferredOrder {
  /** People's keys by their bounds, ascending: the order they are taken in. */
  private readonly bounds: Float64Array;
  private taken = 0;
  /** Exact keys of the people taken and not placed: a binary min-heap. */
  private readonly heap: Float64Array;
  private heapSize = 0;
  private placed = 0;

  private constructor(
    private readonly people: DeferredPeople,
    private readonly top: number,
    /** Puts a person at the next place. */
    private readonly place: (person: number, place: number) => void,
  ) {
    const n = people.size;
    this.bounds = new Float64Array(n);
    for (let p = 0; p < n; p++) this.bounds[p] = this.key(people.upperScores[p]!, people.lowestNameRanks[p]!, p);
    this.bounds.sort();
    this.heap = new Float64Array(n);
  }

  /**
   * The order, or undefined when the keys do not fit in a double's 53 bits (then rank everyone
   * exactly, with rankOrder's comparator).
   */
  static of(people: DeferredPeople, place: (person: number, place: number) => void): DeferredOrder | undefined {
    let top = 0;
    for (const score of people.upperScores) {
      if (!(score >= 0)) return undefined;
      top = Math.max(top, Math.round(score * 1e4));
    }
    if (!Number.isSafeInteger((top + 1) * (people.names + 1) * (people.size + 1))) return undefined;
    return new DeferredOrder(people, top, place);
  }

  /**
   * One number that sorts as (score descending, name rank, person): rankOrder's key. A person's
   * key from their bounds is at most their exact key, since every part of it is.
   */
  private key(score: number, nameRank: number, person: number): number {
    return ((this.top - Math.round(score * 1e4)) * this.people.names + nameRank) * this.people.size + person;
  }

  /** How many places are filled. */
  get filled(): number {
    return this.placed;
  }

  /** Fills places until `places` are filled (or everyone is placed). */
  fill(places: number): void {
    const n = this.people.size;
    const wanted = Math.min(places, n);
    while (this.placed < wanted) {
      while (this.taken < n && (this.heapSize === 0 || this.heap[0]! > this.bounds[this.taken]!)) {
        const person = this.bounds[this.taken++]! % n;
        const { score, nameRank } = this.people.exact(person);
        this.push(this.key(score, nameRank, person));
      }
      this.place(this.pop() % n, this.placed++);
    }
  }

  private push(key: number): void {
    const heap = this.heap;
    let at = this.heapSize++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (heap[parent]! <= key) break;
      heap[at] = heap[parent]!;
      at = parent;
    }
    heap[at] = key;
  }

  private pop(): number {
    const smallest = this.heap[0]!;
    const last = this.heap[--this.heapSize]!;
    siftDown(this.heap, this.heapSize, last);
    return smallest;
  }
}
