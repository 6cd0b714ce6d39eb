/**
 * who-knows' candidate lines for a skill: the lines holding the words of one of its variants, read
 * from the stored postings, each with whether it surely names the skill (no second look needed).
 */
import type { FoundLines, LinePostings } from '../index/read/indexReader.js';
import { wordKey } from '../text/lineWords.js';
import {
  type KnownNames,
  maybeTechnologyKey,
  SHORT_SKILL,
  shippedNamesIn,
  shippedTechnologyKey,
  sureTechnologyKey,
  TECHNOLOGY_MARKS,
} from '../text/technologyContext.js';
import { requiredWords } from './skillMatch.js';

/**
 * Per short variant, the lines a build marked as naming it as a technology with the names known
 * here (`sure`: no second look) and those where it depends on names it cannot know (`check`: read
 * with the names known), each list ascending; undefined when some segment was not marked by today's
 * rules (its lines are then read, as before marks).
 */
export type ShortMarks = ReadonlyMap<string, { readonly sure: FoundLines[]; readonly check: FoundLines[] }>;

export function shortMarks(
  lines: LinePostings,
  variants: readonly string[],
  currentYear: number,
  known: KnownNames & { readonly size?: number },
): ShortMarks | undefined {
  const short = variants.filter((variant) => variant.length <= SHORT_SKILL && !variant.includes(' '));
  if (short.length === 0 || !lines.everyTableHolds(TECHNOLOGY_MARKS)) return undefined;
  const shipped = shippedNamesIn(known);
  return new Map(
    short.map((variant) => {
      const marked = (key: string) => lines.linesWithAll([key], currentYear);
      const sure = [marked(sureTechnologyKey(variant))];
      const check: FoundLines[] = [];
      (shipped === 'not all' ? check : sure).push(marked(shippedTechnologyKey(variant)));
      // With exactly the shipped names, a line that reads as a technology only with others never does here.
      if (shipped !== 'exactly') check.push(marked(maybeTechnologyKey(variant)));
      return [variant, { sure, check }];
    }),
  );
}

/** Whether ascending `lines` holds `line`. */
export function holds(lines: Float64Array, line: number): boolean {
  let low = 0;
  let high = lines.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (lines[middle] === line) return true;
    if (lines[middle]! < line) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** What the postings alone tell of a candidate line (the larger the number, the more). */
export const Known = {
  /** Nothing: read its words to tell whether and how it names the skill. */
  nothing: 0,
  /** It names the skill, at least with its words scattered; only reading its words tells whether as a phrase. */
  named: 1,
  /** It names the skill as a phrase: no second look. */
  phrase: 2,
} as const;

/**
 * Lines holding every required word of one of the variants, ascending (label order, then line
 * order), each with what is known of it (`Known`): a one-word variant's key is shared exactly by
 * the words the matcher accepts as that word, so its lines need no second look (unless the variant
 * is short enough to need context: then, with marks, only the lines marked for it are found, those
 * marked sure needing no second look either). A line holding the keys of two or more required words
 * of a variant long enough to need no context names it, scattered if not as a phrase (the matcher
 * compares the same keys).
 */
export function candidateLines(
  lines: LinePostings,
  variants: readonly string[],
  currentYear: number,
  marks: ShortMarks | undefined,
): { candidates: FoundLines; known: Uint8Array } {
  const found: { lines: FoundLines; known: number }[] = [];
  for (const variant of variants) {
    const marked = marks?.get(variant);
    if (marked) {
      for (const list of marked.sure) found.push({ lines: list, known: Known.phrase });
      for (const list of marked.check) found.push({ lines: list, known: Known.nothing });
      continue;
    }
    const skillWords = variant.split(' ').filter(Boolean);
    if (skillWords.length === 0) continue;
    const required = requiredWords(skillWords);
    const long = variant.length > SHORT_SKILL;
    found.push({
      lines: lines.linesWithAll([...new Set(required.map(wordKey))], currentYear),
      known:
        long && skillWords.length === 1 ? Known.phrase : long && required.length >= 2 ? Known.named : Known.nothing,
    });
  }
  return mergedCandidates(found);
}

/** Lists of ascending lines merged into one, each line once, with the most any list that found it knows. */
function mergedCandidates(found: readonly { lines: FoundLines; known: number }[]): {
  candidates: FoundLines;
  known: Uint8Array;
} {
  const none = new Float64Array(0);
  if (found.length === 0)
    return { candidates: { lines: none, sourceLines: none, years: none }, known: new Uint8Array(0) };
  // One list (most skills): its lines are already ascending and distinct.
  if (found.length === 1)
    return {
      candidates: found[0]!.lines,
      known: new Uint8Array(found[0]!.lines.lines.length).fill(found[0]!.known),
    };
  const total = found.reduce((sum, list) => sum + list.lines.lines.length, 0);
  const merged = {
    lines: new Float64Array(total),
    sourceLines: new Float64Array(total),
    years: new Float64Array(total),
  };
  const known = new Uint8Array(total);
  const at = found.map(() => 0);
  let size = 0;
  for (;;) {
    let next = -1;
    found.forEach((list, i) => {
      if (
        at[i]! < list.lines.lines.length &&
        (next < 0 || list.lines.lines[at[i]!]! < found[next]!.lines.lines[at[next]!]!)
      )
        next = i;
    });
    if (next < 0) break;
    const { lines: from, known: listKnows } = found[next]!;
    const line = from.lines[at[next]!]!;
    if (size === 0 || merged.lines[size - 1] !== line) {
      merged.lines[size] = line;
      merged.sourceLines[size] = from.sourceLines[at[next]!]!;
      merged.years[size] = from.years[at[next]!]!;
      size++;
    }
    known[size - 1] = Math.max(known[size - 1]!, listKnows);
    at[next]!++;
  }
  return {
    candidates: {
      lines: merged.lines.subarray(0, size),
      sourceLines: merged.sourceLines.subarray(0, size),
      years: merged.years.subarray(0, size),
    },
    known: known.subarray(0, size),
  };
}
