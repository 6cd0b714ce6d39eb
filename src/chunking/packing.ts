/**
 * Packing one section's atoms into passages: greedily up to a size, with the last units of one
 * passage repeated at the start of the next, then evened out so a section of 1.2 targets becomes two
 * passages of similar size rather than a full one and a scrap.
 */
import type { Atom } from './units.js';

/** Overlap is skipped when repeating it would take more than this share of the next passage. */
const MAX_OVERLAP_SHARE = 1 / 3;

/** Inclusive atom index ranges, one per passage. */
export type Piece = readonly [first: number, last: number];

/** What packing one section needs to know. */
export interface Packing {
  readonly atoms: readonly Atom[];
  /** Tokens of the passage made of lines start..end, its header included. */
  readonly tokens: (start: number, end: number) => number;
  /** Tokens the header ("Person › Section") costs on its own. */
  readonly headerTokens: number;
  readonly target: number;
  readonly maxTokens: number;
  readonly overlap: number;
}

/**
 * Greedy packing of one section's atoms: each piece takes atoms while the passage stays within
 * `goal`, and opens with the last `overlap` atoms of the piece before (when they are small and
 * still leave room). Every piece takes at least one new atom, so this always ends.
 */
function packGreedy({ atoms, tokens, headerTokens, target, maxTokens, overlap }: Packing, goal: number): Piece[] {
  const pieces: Piece[] = [];
  let previousFirst = -1;
  for (let next = 0; next < atoms.length; ) {
    let first = next;
    if (previousFirst >= 0 && overlap > 0) {
      const from = Math.max(next - overlap, previousFirst + 1);
      if (
        from < next &&
        tokens(atoms[from]!.start, atoms[next - 1]!.end) - headerTokens <= target * MAX_OVERLAP_SHARE &&
        tokens(atoms[from]!.start, atoms[next]!.end) <= maxTokens
      ) {
        first = from;
      }
    }
    let last = next;
    while (last + 1 < atoms.length && tokens(atoms[first]!.start, atoms[last + 1]!.end) <= goal) last++;
    pieces.push([first, last]);
    previousFirst = first;
    next = last + 1;
  }
  return pieces;
}

/**
 * Packs a section into as few pieces as greedy packing up to the target gives, then evens them out:
 * the smallest size limit that needs no more pieces is used, so a section of 1.2 targets becomes
 * two passages of similar size rather than a full one and a scrap.
 */
export function pack(packing: Packing): Piece[] {
  const greedy = packGreedy(packing, packing.target);
  if (greedy.length <= 1) return greedy;
  let best = greedy;
  let lo = 1;
  let hi = packing.target - 1;
  while (lo <= hi) {
    const goal = (lo + hi) >> 1;
    const pieces = packGreedy(packing, goal);
    if (pieces.length <= greedy.length) {
      best = pieces;
      hi = goal - 1;
    } else lo = goal + 1;
  }
  return best;
}
