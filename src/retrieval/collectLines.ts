/**
 * who-knows' lines for a skill, by person: the candidate lines the postings give, each matched
 * against the skill's variants (or, known to name it, left to be read when a ranking needs it),
 * in columns of numbers (skillRanking.ts).
 */
import { LINE_SPAN, type LinePostings } from '../index/read/indexReader.js';
import { readsAsTechnology, SHORT_SKILL } from '../text/technologyContext.js';
import { candidateLines, holds, Known, shortMarks } from './candidateLines.js';
import { recencyWeight } from './recency.js';
import { matchSkillInKeyIds, skillKeys, type MatchStrength } from './skillMatch.js';
import { MatchedLines, type SkillSource } from './skillRanking.js';

const STRENGTH: Record<MatchStrength, number> = { phrase: 1, scattered: 0.6 };

/**
 * Per document of an index, numbers standing for its person: a ranking looks them up once a
 * passage, for tens of thousands of passages.
 */
export interface DocumentPeople {
  /** Its person, numbered in the order of their first document. */
  readonly personOf: Int32Array;
  readonly people: number;
  /**
   * Its person's name's place in collation order (equal places for names that compare equal): a
   * common skill's ranking has thousands of ties, and comparing names by a number instead of the
   * collator was a sixth of its time.
   */
  readonly nameRankOf: Float64Array;
}

/** Each variant's words and required words as key ids of one table (-1: a key no line there holds). */
type VariantIds = readonly { readonly words: Int32Array; readonly required: Int32Array }[];

/** The variants' key ids per table, looked up once a table rather than once a line. */
function variantIdsByTable(lines: LinePostings, variants: readonly string[]): (table: number) => VariantIds {
  const keys = variants.map(skillKeys);
  const byTable: VariantIds[] = [];
  return (table) =>
    (byTable[table] ??= keys.map(({ wordKeys, requiredKeys }) => ({
      words: Int32Array.from(wordKeys, (key) => lines.keyIdIn(table, key)),
      required: Int32Array.from(requiredKeys, (key) => lines.keyIdIn(table, key)),
    })));
}

/**
 * The strongest way one of the variants names the line (a phrase before scattered words), matched
 * on the line's words as key ids: numbers compared, no key text made per candidate line.
 */
function bestMatch(
  variants: readonly string[],
  ids: VariantIds,
  lineIds: ArrayLike<number>,
  accept: (variant: string) => boolean,
): MatchStrength | undefined {
  let best: MatchStrength | undefined;
  for (let v = 0; v < variants.length; v++) {
    const strength = matchSkillInKeyIds(ids[v]!.words, ids[v]!.required, lineIds);
    if (!strength || !accept(variants[v]!)) continue;
    if (strength === 'phrase') return strength;
    best ??= strength;
  }
  return best;
}

/** Per person of a ranking, in the order they were first found (`size` of them): numbers, no object until ranked. */
export class FoundPeople {
  /** First and last entry, lines, and the strongest line (the first of the strongest, earliest in the file). */
  readonly first: Int32Array;
  readonly last: Int32Array;
  readonly count: Int32Array;
  readonly best: Int32Array;
  /** Lines whose strength is not read yet (their weight is the most it can be). */
  readonly unread: Int32Array;
  size = 0;

  /** At most one person a line. */
  constructor(lines: number) {
    this.first = new Int32Array(lines);
    this.last = new Int32Array(lines);
    this.count = new Int32Array(lines);
    this.best = new Int32Array(lines);
    this.unread = new Int32Array(lines);
  }

  add(entry: number): number {
    const person = this.size++;
    this.first[person] = this.best[person] = entry;
    this.last[person] = -1;
    return person;
  }
}

/** `phrase` of a matched line whose strength is not read yet. */
export const UNREAD = 2;

/** A line's weight: how it names the skill, then how recent it is. */
export function lineWeight(strength: MatchStrength, year: number, currentYear: number): number {
  return STRENGTH[strength] + 0.3 * recencyWeight(Number.isNaN(year) ? undefined : year, currentYear);
}

/** A person's strongest line: the first of the heaviest, earliest in the file (entries in the order found). */
export function strongest(matched: MatchedLines, first: number): number {
  const { weights, sourceLines, next } = matched;
  let best = first;
  for (let e = next[first]!; e >= 0; e = next[e]!)
    if (weights[e]! > weights[best]! || (weights[e] === weights[best] && sourceLines[e]! < sourceLines[best]!)) {
      best = e;
    }
  return best;
}

/** What collectLines found, and how to read the strength of a line it left unread. */
export interface Collected {
  readonly matched: MatchedLines;
  readonly people: FoundPeople;
  /** How a line names the skill (reads its words). */
  readonly strengthOf: (lineId: number) => MatchStrength | undefined;
}

/**
 * Every line naming the skill, by person. A line sure to name the skill costs a few table reads;
 * only the others are read and matched, and with `deferPhrases` not those known to name it (whether
 * as a phrase is read when the person may take a place an answer asks for). A passage's lines come
 * together, so its person is looked up once a passage.
 */
export function collectLines(
  source: SkillSource,
  variants: readonly string[],
  currentYear: number,
  known: ReadonlySet<string>,
  numbered: DocumentPeople,
  deferPhrases: boolean,
): Collected {
  const { lines } = source;
  const marks = shortMarks(lines, variants, currentYear, known);
  const { candidates, known: knownOf } = candidateLines(lines, variants, currentYear, marks);
  const idsIn = variantIdsByTable(lines, variants);
  const strengthOf = (lineId: number): MatchStrength | undefined => {
    // Only a short skill needs the line's text (and section) to tell a technology from a word, and
    // with marks only on a line marked as depending on the names known.
    const accept = (variant: string) => {
      if (variant.length > SHORT_SKILL) return true;
      const marked = marks?.get(variant);
      if (marked?.sure.some((list) => holds(list.lines, lineId))) return true;
      if (marked && !marked.check.some((list) => holds(list.lines, lineId))) return false;
      const label = Math.floor(lineId / LINE_SPAN);
      return readsAsTechnology(variant, lines.lineText(lineId), () => lines.sectionLabel(label), known);
    };
    const words = lines.lineKeyIds(lineId);
    return bestMatch(variants, idsIn(words.table), words.ids, accept);
  };
  const matched = new MatchedLines(candidates.lines.length);
  const { lineIds, weights, years, sourceLines, phrase, next } = matched;
  const people = new FoundPeople(candidates.lines.length);
  // Per person of the index, their place among this ranking's people (-1: none yet).
  const found = new Int32Array(numbered.people).fill(-1);
  let passageLabel = -1;
  let person = -1;
  let e = 0;
  for (let c = 0; c < candidates.lines.length; c++) {
    const lineId = candidates.lines[c]!;
    const label = Math.floor(lineId / LINE_SPAN);
    const knows = knownOf[c]!;
    const unread = deferPhrases && knows === Known.named;
    let strength: MatchStrength | undefined = 'phrase';
    if (knows !== Known.phrase && !unread) {
      strength = strengthOf(lineId);
      if (!strength) continue;
    }
    if (label !== passageLabel) {
      passageLabel = label;
      const ofIndex = numbered.personOf[source.documentIndexOf(label)]!;
      person = found[ofIndex]!;
      if (person < 0) {
        person = found[ofIndex] = people.add(e);
      }
    }
    const year = candidates.years[c]!;
    lineIds[e] = lineId;
    // Unread: weighed as a phrase, the most it can be, until read.
    weights[e] = lineWeight(strength, year, currentYear);
    years[e] = year;
    sourceLines[e] = candidates.sourceLines[c]!;
    phrase[e] = unread ? UNREAD : strength === 'phrase' ? 1 : 0;
    next[e] = -1;
    const last = people.last[person]!;
    if (last >= 0) next[last] = e;
    people.last[person] = e;
    people.count[person]!++;
    if (unread) people.unread[person]!++;
    const best = people.best[person]!;
    if (weights[e]! > weights[best]! || (weights[e] === weights[best] && sourceLines[e]! < sourceLines[best]!))
      people.best[person] = e;
    e++;
  }
  return { matched, people, strengthOf };
}
