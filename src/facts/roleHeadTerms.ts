/**
 * The index terms of every role heading, by person, as numbers: what an employer question needs
 * to find who names an employer without reading anyone's facts again. An employer question can
 * name thousands of people; testing their headings from the stored facts would parse a JSON line
 * and tokenize each heading per person, per question, where this table is made once per index.
 */
import { tokenize } from '../text/terms.js';
import type { RoleHead } from './storedFacts.js';

/**
 * The table as numbers and its terms, as a build stores it (index/store/manifest/roleTermsFile.ts):
 * a first employer question reads it instead of every person's facts. `terms` in id order.
 */
export interface StoredRoleHeadTerms {
  readonly terms: readonly string[];
  readonly roleStarts: Uint32Array;
  readonly roleTermStarts: Uint32Array;
  readonly roleTerms: Int32Array;
  /** Who holds each term, when the build stored it (see holdersOf); worked out from the rest otherwise. */
  readonly holderStarts?: Uint32Array;
  readonly holders?: Int32Array;
}

/**
 * Who holds each of `terms` term ids, counted then filled (two passes over numbers): per term,
 * the people (positions) with a role holding it, ascending, holderStarts (t + 1) cutting holders.
 * A table restored for every person in a large index holds millions of ids, an array per term
 * would be as many pushes.
 */
export function holdersOf(
  people: number,
  terms: number,
  { roleStarts, roleTermStarts, roleTerms }: StoredRoleHeadTerms,
): [Uint32Array, Int32Array] {
  const lastHolder = new Int32Array(terms);
  const starts = new Uint32Array(terms + 1);
  lastHolder.fill(-1);
  for (let person = 0; person < people; person++) {
    const end = roleTermStarts[roleStarts[person + 1]!]!;
    for (let at = roleTermStarts[roleStarts[person]!]!; at < end; at++) {
      const term = roleTerms[at]!;
      if (lastHolder[term] === person) continue;
      lastHolder[term] = person;
      starts[term + 1]!++;
    }
  }
  for (let term = 0; term < terms; term++) starts[term + 1]! += starts[term]!;
  const holders = new Int32Array(starts[terms]!);
  const fill = starts.slice(0, terms);
  lastHolder.fill(-1);
  for (let person = 0; person < people; person++) {
    const end = roleTermStarts[roleStarts[person + 1]!]!;
    for (let at = roleTermStarts[roleStarts[person]!]!; at < end; at++) {
      const term = roleTerms[at]!;
      if (lastHolder[term] === person) continue;
      lastHolder[term] = person;
      holders[fill[term]!++] = person;
    }
  }
  return [starts, holders];
}

export class RoleHeadTerms {
  private readonly termIds = new Map<string, number>();
  /**
   * Per term id, the people (positions in `people`) with a heading holding it, ascending:
   * holderStarts (t + 1) cut holders.
   */
  private readonly holderStarts: Uint32Array;
  private readonly holders: Int32Array;
  /** Per person, where their roles start in roleTermStarts (people + 1). */
  private readonly roleStarts: Uint32Array;
  /** Per role, where its sorted distinct term ids start in roleTerms. */
  private readonly roleTermStarts: Uint32Array;
  private readonly roleTerms: Int32Array;

  /**
   * @param people person ids, in the order answers list them
   * @param headsOf a person's role headings, or the table as a build stored it for these people
   */
  constructor(
    private readonly people: readonly string[],
    headsOf: ((personId: string) => readonly RoleHead[]) | StoredRoleHeadTerms,
  ) {
    const made = typeof headsOf === 'function' ? this.made(headsOf) : this.restored(headsOf);
    this.roleStarts = made.roleStarts;
    this.roleTermStarts = made.roleTermStarts;
    this.roleTerms = made.roleTerms;
    [this.holderStarts, this.holders] =
      made.holderStarts && made.holders
        ? [made.holderStarts, made.holders]
        : holdersOf(this.people.length, this.termIds.size, made);
  }

  private made(headsOf: (personId: string) => readonly RoleHead[]): StoredRoleHeadTerms {
    const roleStarts = new Uint32Array(this.people.length + 1);
    const termStarts: number[] = [0];
    const terms: number[] = [];
    this.people.forEach((personId, person) => {
      for (const role of headsOf(personId)) {
        const ids = [...new Set(tokenize(role.head))].map((term) => this.idOf(term)).sort((a, b) => a - b);
        terms.push(...ids);
        termStarts.push(terms.length);
      }
      roleStarts[person + 1] = termStarts.length - 1;
    });
    return { terms: [], roleStarts, roleTermStarts: Uint32Array.from(termStarts), roleTerms: Int32Array.from(terms) };
  }

  /** The stored arrays as they are (who holds each term is worked out from them: no heading read). */
  private restored(stored: StoredRoleHeadTerms): StoredRoleHeadTerms {
    for (const term of stored.terms) this.idOf(term);
    return stored;
  }

  /**
   * The people with a role heading holding every term of one of `alternatives`, in `people`'s
   * order: exactly those for whom some heading's `tokenize` set covers an alternative (an empty
   * alternative names no one).
   */
  peopleNaming(alternatives: readonly (readonly string[])[]): string[] {
    const found = new Set<number>();
    for (const alternative of alternatives) {
      const ids = alternative.map((term) => this.termIds.get(term));
      if (ids.length === 0 || ids.some((id) => id === undefined)) continue;
      const wanted = [...new Set(ids as number[])];
      const count = (term: number) => this.holderStarts[term + 1]! - this.holderStarts[term]!;
      const rarest = wanted.reduce((a, b) => (count(b) < count(a) ? b : a));
      for (let at = this.holderStarts[rarest]!; at < this.holderStarts[rarest + 1]!; at++) {
        const person = this.holders[at]!;
        if (!found.has(person) && this.someRoleHolds(person, wanted)) found.add(person);
      }
    }
    return [...found].sort((a, b) => a - b).map((person) => this.people[person]!);
  }

  private someRoleHolds(person: number, wanted: readonly number[]): boolean {
    for (let role = this.roleStarts[person]!; role < this.roleStarts[person + 1]!; role++) {
      const start = this.roleTermStarts[role]!;
      const end = this.roleTermStarts[role + 1]!;
      if (wanted.every((id) => this.holds(start, end, id))) return true;
    }
    return false;
  }

  /** Is `id` among the sorted term ids start..end? */
  private holds(start: number, end: number, id: number): boolean {
    let low = start;
    let high = end - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = this.roleTerms[middle]!;
      if (at === id) return true;
      if (at < id) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  private idOf(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(term, id);
    }
    return id;
  }
}
