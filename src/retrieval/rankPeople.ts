/**
 * who-knows: the people whose profiles name a skill (or one of its aliases), ranked by the weight of
 * their evidence. Only lines that actually name the skill count, so someone whose profile never
 * mentions it is never listed, however close their vectors are.
 */
import { RecentlyUsed } from '../caches.js';
import { LINE_SPAN, type LinePostings } from '../index/read/indexReader.js';
import { recencyWeight } from './recency.js';
import { readsAsTechnology, SHORT_SKILL } from '../text/technologyContext.js';
import { candidateLines, holds, shortMarks } from './candidateLines.js';
import { matchSkillInKeyIds, skillKeys, type MatchStrength } from './skillMatch.js';
import { MatchedLines, PeopleRanking, type SkillRanking, type SkillSource } from './skillRanking.js';

const STRENGTH: Record<MatchStrength, number> = { phrase: 1, scattered: 0.6 };

/** What who-knows keeps per loaded index rather than per question: recent rankings, and who each document's person is. */
export class SkillRankings {
  private readonly rankings = new RecentlyUsed<string, SkillRanking>(RANKINGS_KEPT);
  private rankedFrom: SkillSource | undefined;
  private documentPeople: DocumentPeople | undefined;

  /**
   * The ranking for a skill asked recently: an `ask` about a skill, its "N more people" count and
   * the who-knows pages that follow all rank the same skill, and in a large index a common one has
   * tens of thousands of candidate lines. Least recently asked first out. A ranking holds numbers
   * per person and line, not objects or passages, so keeping some costs little memory and adds
   * nothing for the garbage collector to walk.
   */
  ranking(source: SkillSource, key: string, make: () => SkillRanking): SkillRanking {
    if (this.rankedFrom !== source) {
      this.rankings.clear();
      this.documentPeople = undefined;
      this.rankedFrom = source;
    }
    let ranked = this.rankings.get(key);
    if (!ranked) {
      ranked = make();
      this.rankings.set(key, ranked);
    }
    return ranked;
  }

  /** Who each document's person is, and where their name sorts: worked out once per index, for the ranking of `source`. */
  people(source: SkillSource): DocumentPeople {
    if (this.rankedFrom !== source || !this.documentPeople) this.documentPeople = documentPeople(source);
    return this.documentPeople;
  }
}

/** Per document of an index, numbers standing for its person: a ranking looks them up once a passage, for tens of thousands of passages. */
interface DocumentPeople {
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

function documentPeople(source: SkillSource): DocumentPeople {
  const { documents } = source;
  const numbered = new Map<string, number>();
  const personOf = Int32Array.from(documents, (document) => {
    let person = numbered.get(document.person.id);
    if (person === undefined) numbered.set(document.person.id, (person = numbered.size));
    return person;
  });
  const names = [...new Set(documents.map((document) => document.person.name))].sort(byName.compare);
  const rankOfName = new Map<string, number>();
  names.forEach((name, i) =>
    rankOfName.set(name, i > 0 && byName.compare(names[i - 1]!, name) === 0 ? rankOfName.get(names[i - 1]!)! : i),
  );
  return {
    personOf,
    people: numbered.size,
    nameRankOf: Float64Array.from(documents, (document) => rankOfName.get(document.person.name)!),
  };
}

const RANKINGS_KEPT = 32;

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
class FoundPeople {
  /** First and last entry, lines, and the strongest line (the first of the strongest, earliest in the file). */
  readonly first: Int32Array;
  readonly last: Int32Array;
  readonly count: Int32Array;
  readonly best: Int32Array;
  size = 0;

  /** At most one person a line. */
  constructor(lines: number) {
    this.first = new Int32Array(lines);
    this.last = new Int32Array(lines);
    this.count = new Int32Array(lines);
    this.best = new Int32Array(lines);
  }

  add(entry: number): number {
    const person = this.size++;
    this.first[person] = this.best[person] = entry;
    this.last[person] = -1;
    return person;
  }
}

/**
 * Every line naming the skill, by person. A line sure to name the skill costs a few table reads;
 * only the others are read and matched. A passage's lines come together, so its person is
 * looked up once a passage.
 */
function collectLines(
  source: SkillSource,
  variants: readonly string[],
  currentYear: number,
  known: ReadonlySet<string>,
  numbered: DocumentPeople,
): { matched: MatchedLines; people: FoundPeople } {
  const { lines } = source;
  const marks = shortMarks(lines, variants, currentYear, known);
  const { candidates, sure } = candidateLines(lines, variants, currentYear, marks);
  const idsIn = variantIdsByTable(lines, variants);
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
    let strength: MatchStrength | undefined = 'phrase';
    if (!sure[c]) {
      // Only a short skill needs the line's text (and section) to tell a technology from a word, and
      // with marks only on a line marked as depending on the names known.
      const accept = (variant: string) => {
        if (variant.length > SHORT_SKILL) return true;
        const marked = marks?.get(variant);
        if (marked?.sure.some((list) => holds(list.lines, lineId))) return true;
        if (marked && !marked.check.some((list) => holds(list.lines, lineId))) return false;
        return readsAsTechnology(variant, lines.lineText(lineId), () => lines.sectionLabel(label), known);
      };
      const words = lines.lineKeyIds(lineId);
      strength = bestMatch(variants, idsIn(words.table), words.ids, accept);
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
    weights[e] = STRENGTH[strength] + 0.3 * recencyWeight(Number.isNaN(year) ? undefined : year, currentYear);
    years[e] = year;
    sourceLines[e] = candidates.sourceLines[c]!;
    phrase[e] = strength === 'phrase' ? 1 : 0;
    next[e] = -1;
    const last = people.last[person]!;
    if (last >= 0) next[last] = e;
    people.last[person] = e;
    people.count[person]!++;
    const best = people.best[person]!;
    if (weights[e]! > weights[best]! || (weights[e] === weights[best] && sourceLines[e]! < sourceLines[best]!))
      people.best[person] = e;
    e++;
  }
  return { matched, people };
}

export function rankPeopleBySkill(
  source: SkillSource,
  variants: readonly string[],
  cache: SkillRankings,
  currentYear = new Date().getFullYear(),
  /** Known technology names: a short skill listed next to one of them reads as a technology. */
  known: ReadonlySet<string> = new Set(),
): SkillRanking {
  return cache.ranking(source, `${currentYear}|${known.size}|${variants.join('|')}`, () =>
    rankPeople(source, variants, cache, currentYear, known),
  );
}

/** Compares names as `localeCompare` does, without setting up a comparison per call (ties can be thousands). */
const byName = new Intl.Collator();

function rankPeople(
  source: SkillSource,
  variants: readonly string[],
  cache: SkillRankings,
  currentYear: number,
  known: ReadonlySet<string>,
): SkillRanking {
  const numbered = cache.people(source);
  const { matched, people } = collectLines(source, variants, currentYear, known, numbered);
  const n = people.size;
  const scores = new Float64Array(n);
  const sections = new Int32Array(n);
  const documents = new Int32Array(n);
  const nameRanks = new Float64Array(n);
  const seen: number[] = [];
  for (let p = 0; p < n; p++) {
    const count = people.count[p]!;
    let distinct = 1;
    // Most people of a common skill have one line naming it: no sections to count.
    if (count > 1) {
      // Sections counted in file order, where a passage's lines come together: one look-up a passage, not a line.
      seen.length = 0;
      let lastLabel = -1;
      for (let e = people.first[p]!; e >= 0; e = matched.next[e]!) {
        const label = Math.floor(matched.lineIds[e]! / LINE_SPAN);
        if (label === lastLabel) continue;
        lastLabel = label;
        if (!seen.some((other) => source.lines.sameSection(other, label))) seen.push(label);
      }
      distinct = seen.length;
    }
    const best = people.best[p]!;
    // Best line, then more independent mentions (sections count more than repeats within one), then recency via the best line.
    scores[p] = Number(
      (matched.weights[best]! + 0.5 * Math.log1p(distinct - 1) + 0.25 * Math.log1p(count - 1)).toFixed(4),
    );
    sections[p] = distinct;
    documents[p] = source.documentIndexOf(Math.floor(matched.lineIds[best]! / LINE_SPAN));
    nameRanks[p] = numbered.nameRankOf[documents[p]!]!;
  }
  const order = rankOrder(scores, nameRanks, numbered.nameRankOf.length);
  const columns = {
    first: new Int32Array(n),
    documents: new Int32Array(n),
    scores: new Float64Array(n),
    sections: new Int32Array(n),
  };
  for (let place = 0; place < n; place++) {
    const p = order[place]!;
    columns.first[place] = people.first[p]!;
    columns.documents[place] = documents[p]!;
    columns.scores[place] = scores[p]!;
    columns.sections[place] = sections[p]!;
  }
  return new PeopleRanking(source, matched, columns);
}

/**
 * People by score, highest first, then by name; equal names keep the order they were found in.
 * Each person's three keys are made one number a native sort orders (when they fit in a double's
 * 53 bits): a common skill can name most of the people in the index, and a comparator sort of them
 * leaves garbage enough to call the collector.
 */
export function rankOrder(scores: Float64Array, nameRanks: Float64Array, names: number): ArrayLike<number> {
  const n = scores.length;
  // Scores have four decimals (toFixed): as whole ten-thousandths they compare exactly as they do.
  let top = 0;
  let nonNegative = true;
  for (const score of scores) {
    top = Math.max(top, Math.round(score * 1e4));
    nonNegative &&= score >= 0;
  }
  if (!nonNegative || !Number.isSafeInteger((top + 1) * (names + 1) * (n + 1))) {
    return Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => scores[b]! - scores[a]! || nameRanks[a]! - nameRanks[b]! || a - b,
    );
  }
  const keys = new Float64Array(n);
  for (let p = 0; p < n; p++) keys[p] = ((top - Math.round(scores[p]! * 1e4)) * names + nameRanks[p]!) * n + p;
  keys.sort();
  return Int32Array.from(keys, (key) => key % n);
}
