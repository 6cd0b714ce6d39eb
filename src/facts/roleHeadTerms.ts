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
/** Non-negative whole numbers as a build stores them: in the narrowest array their largest fits. */
export type Counts = Uint8Array | Uint16Array | Uint32Array | Int32Array;

export interface StoredRoleHeadTerms {
  readonly terms: readonly string[];
  readonly roleStarts: Uint32Array;
  /** Per role, where its term ids start in roleTerms (roles + 1), in bytes. */
  readonly roleTermStarts: Uint32Array;
  /**
   * Each role's distinct term ids, ascending, as varints of the gap from the one before (the first
   * from 0): with a few hundred terms most ids are a byte.
   */
  readonly roleTerms: Uint8Array;
  /** Who holds each term, when the build stored it (see holderLists); worked out from the rest otherwise. */
  readonly holders?: HolderLists;
}

/**
 * Who holds each term: per term, the people (positions) with a role holding it, ascending, as
 * varints of the gap from the one before (the first from 0), bytes `starts[t]..starts[t + 1]`.
 * A question decodes only the list of the rarest term it asks about, so the lists stay small on
 * disk (a gap is a byte for a common term) and are never decoded whole.
 */
export interface HolderLists {
  readonly starts: Uint32Array;
  readonly bytes: Uint8Array;
}

/**
 * Who holds each of `terms` term ids (see HolderLists), counted then filled (passes over numbers):
 * a table restored for every person in a large index holds millions of ids, an array per term
 * would be as many pushes.
 */
export function holderLists(
  people: number,
  terms: number,
  { roleStarts, roleTermStarts, roleTerms }: StoredRoleHeadTerms,
): HolderLists {
  const lastHolder = new Int32Array(terms).fill(-1);
  const starts = new Uint32Array(terms + 1);
  // Each person once per term, in people order, with the gap from the term's last holder (from 0
  // before any): one pass over the varints (a term id is at least a byte, so bytes bound the pairs).
  const pairTerms = new Int32Array(roleTerms.length);
  const pairGaps = new Int32Array(roleTerms.length);
  let pairs = 0;
  for (let person = 0; person < people; person++) {
    for (let role = roleStarts[person]!; role < roleStarts[person + 1]!; role++) {
      let term = 0;
      for (let at = roleTermStarts[role]!; at < roleTermStarts[role + 1]!; ) {
        let gap = 0;
        let shift = 0;
        let byte: number;
        do {
          byte = roleTerms[at++]!;
          gap += (byte & 0x7f) * 2 ** shift;
          shift += 7;
        } while (byte & 0x80);
        term += gap;
        const last = lastHolder[term]!;
        if (last === person) continue;
        lastHolder[term] = person;
        const holderGap = last < 0 ? person : person - last;
        pairTerms[pairs] = term;
        pairGaps[pairs++] = holderGap;
        starts[term + 1]! += varintBytes(holderGap);
      }
    }
  }
  for (let term = 0; term < terms; term++) starts[term + 1]! += starts[term]!;
  const bytes = new Uint8Array(starts[terms]!);
  const fill = starts.slice(0, terms);
  for (let i = 0; i < pairs; i++) fill[pairTerms[i]!] = putVarint(bytes, fill[pairTerms[i]!]!, pairGaps[i]!);
  return { starts, bytes };
}

/**
 * Roles' ascending term ids (`ids`, role r at `starts[r]..starts[r + 1]`) as StoredRoleHeadTerms
 * holds them: the same roles, their starts in bytes.
 */
export function packRoleTerms(starts: ArrayLike<number>, ids: ArrayLike<number>): [Uint32Array, Uint8Array] {
  const roles = starts.length - 1;
  const byteStarts = new Uint32Array(roles + 1);
  for (let role = 0; role < roles; role++) {
    let size = 0;
    for (let at = starts[role]!, last = 0; at < starts[role + 1]!; at++) {
      size += varintBytes(ids[at]! - last);
      last = ids[at]!;
    }
    byteStarts[role + 1] = byteStarts[role]! + size;
  }
  const bytes = new Uint8Array(byteStarts[roles]!);
  let at = 0;
  for (let role = 0; role < roles; role++)
    for (let i = starts[role]!, last = 0; i < starts[role + 1]!; i++) {
      at = putVarint(bytes, at, ids[i]! - last);
      last = ids[i]!;
    }
  return [byteStarts, bytes];
}

function putVarint(bytes: Uint8Array, start: number, value: number): number {
  let at = start;
  let rest = value;
  while (rest >= 0x80) {
    bytes[at++] = (rest & 0x7f) | 0x80;
    rest >>>= 7;
  }
  bytes[at++] = rest;
  return at;
}

/**
 * Decodes the varint gaps of `bytes` start..end onto `out` as running sums from 0 (ids or people,
 * ascending); how many.
 */
function unpack(bytes: Uint8Array, start: number, end: number, out: Numbers): number {
  let value = 0;
  let count = 0;
  for (let at = start; at < end; ) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[at++]!;
      gap += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    value += gap;
    out.set(count++, value);
  }
  return count;
}

/** A reusable list of numbers that grows as needed. */
class Numbers {
  values = new Float64Array(64);

  set(at: number, value: number): void {
    if (at === this.values.length) {
      const grown = new Float64Array(at * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[at] = value;
  }
}

const varintBytes = (value: number) => (value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : 4);

/** The people of `term`'s list, ascending (see HolderLists). */
export function holdersOfTerm({ starts, bytes }: HolderLists, term: number): number[] {
  const people = new Numbers();
  const count = unpack(bytes, starts[term]!, starts[term + 1]!, people);
  return Array.from(people.values.subarray(0, count));
}

export class RoleHeadTerms {
  private readonly termIds = new Map<string, number>();
  /** Per term id, the people (positions in `people`) with a heading holding it (see HolderLists). */
  private readonly holders: HolderLists;
  /** Per person, where their roles start in roleTermStarts (people + 1). */
  private readonly roleStarts: Uint32Array;
  /** Per role, where its sorted distinct term ids start in roleTerms. */
  private readonly roleTermStarts: Uint32Array;
  private readonly roleTerms: Uint8Array;
  /** A role's ids while one is tested. */
  private readonly ids = new Numbers();

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
    this.holders = made.holders ?? holderLists(this.people.length, this.termIds.size, made);
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
    const [roleTermStarts, roleTerms] = packRoleTerms(termStarts, terms);
    return { terms: [], roleStarts, roleTermStarts, roleTerms };
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
      // The shortest list (in bytes: about the fewest holders); whoever holds them all is on it.
      const { starts } = this.holders;
      const size = (term: number) => starts[term + 1]! - starts[term]!;
      const rarest = wanted.reduce((a, b) => (size(b) < size(a) ? b : a));
      for (const person of holdersOfTerm(this.holders, rarest)) {
        if (!found.has(person) && this.someRoleHolds(person, wanted)) found.add(person);
      }
    }
    return [...found].sort((a, b) => a - b).map((person) => this.people[person]!);
  }

  private someRoleHolds(person: number, wanted: readonly number[]): boolean {
    for (let role = this.roleStarts[person]!; role < this.roleStarts[person + 1]!; role++) {
      const count = unpack(this.roleTerms, this.roleTermStarts[role]!, this.roleTermStarts[role + 1]!, this.ids);
      if (wanted.every((id) => holds(this.ids.values, count, id))) return true;
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

/** Is `id` among the first `count` of the ascending `ids`? */
function holds(ids: Float64Array, count: number, id: number): boolean {
  for (let i = 0; i < count && ids[i]! <= id; i++) if (ids[i] === id) return true;
  return false;
}
