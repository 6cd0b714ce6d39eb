/**
 * who-knows: the people whose profiles name a skill (or one of its aliases), ranked by the weight of
 * their evidence. Only lines that actually name the skill count, so someone whose profile never
 * mentions it is never listed, however close their vectors are.
 */
import { RecentlyUsed } from '../caches.js';
import { LINE_SPAN } from '../index/read/indexReader.js';
import { collectLines, lineWeight, strongest, UNREAD, type DocumentPeople } from './collectLines.js';
import { DeferredOrder } from './deferredOrder.js';
import { PeopleRanking, type MatchedLines, type SkillRanking, type SkillSource } from './skillRanking.js';

/**
 * What who-knows keeps per loaded index rather than per question: recent rankings, and who each
 * document's person is.
 */
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

  /**
   * Who each document's person is, and where their name sorts: worked out once per index, for the
   * ranking of `source`.
   */
  people(source: SkillSource): DocumentPeople {
    if (this.rankedFrom !== source || !this.documentPeople) this.documentPeople = documentPeople(source);
    return this.documentPeople;
  }
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

/** How a ranking is made. */
export interface RankOptions {
  /**
   * Read whether a line known to name the skill does so as a phrase only for people who may take a
   * place an answer asks for (the default); false reads every line first, the order being the same.
   */
  readonly deferPhrases?: boolean;
}

export function rankPeopleBySkill(
  source: SkillSource,
  variants: readonly string[],
  cache: SkillRankings,
  currentYear = new Date().getFullYear(),
  /** Known technology names: a short skill listed next to one of them reads as a technology. */
  known: ReadonlySet<string> = new Set(),
  { deferPhrases = true }: RankOptions = {},
): SkillRanking {
  return cache.ranking(source, `${currentYear}|${known.size}|${deferPhrases}|${variants.join('|')}`, () =>
    rankPeople(source, variants, cache, currentYear, known, deferPhrases),
  );
}

/** Compares names as `localeCompare` does, without setting up a comparison per call (ties can be thousands). */
const byName = new Intl.Collator();

/**
 * Best line, then more independent mentions (sections count more than repeats within one), then
 * recency via the best line.
 */
function personScore(bestWeight: number, sections: number, count: number): number {
  return Number((bestWeight + 0.5 * Math.log1p(sections - 1) + 0.25 * Math.log1p(count - 1)).toFixed(4));
}

/** The distinct sections (roles, projects, skill lists) among a person's lines. */
function sectionsOf(source: SkillSource, matched: MatchedLines, first: number, count: number, seen: number[]): number {
  // Most people of a common skill have one line naming it: no sections to count.
  if (count <= 1) return 1;
  // Sections counted in file order, where a passage's lines come together: one look-up a passage, not a line.
  seen.length = 0;
  let lastLabel = -1;
  for (let e = first; e >= 0; e = matched.next[e]!) {
    const label = Math.floor(matched.lineIds[e]! / LINE_SPAN);
    if (label === lastLabel) continue;
    lastLabel = label;
    if (!seen.some((other) => source.lines.sameSection(other, label))) seen.push(label);
  }
  return seen.length;
}

/** The lowest name rank of the documents a person's lines are in: theirs whichever line proves strongest. */
function lowestNameRank(source: SkillSource, matched: MatchedLines, first: number, numbered: DocumentPeople): number {
  let lowest = Infinity;
  for (let e = first; e >= 0; e = matched.next[e]!)
    lowest = Math.min(
      lowest,
      numbered.nameRankOf[source.documentIndexOf(Math.floor(matched.lineIds[e]! / LINE_SPAN))]!,
    );
  return lowest;
}

function rankPeople(
  source: SkillSource,
  variants: readonly string[],
  cache: SkillRankings,
  currentYear: number,
  known: ReadonlySet<string>,
  deferPhrases: boolean,
): SkillRanking {
  const numbered = cache.people(source);
  const { matched, people, strengthOf } = collectLines(source, variants, currentYear, known, numbered, deferPhrases);
  const n = people.size;
  // Until a person's unread lines are read: the most their score can be, the least their name rank.
  const scores = new Float64Array(n);
  const sections = new Int32Array(n);
  const documents = new Int32Array(n);
  const nameRanks = new Float64Array(n);
  const seen: number[] = [];
  const documentOfLine = (entry: number) => source.documentIndexOf(Math.floor(matched.lineIds[entry]! / LINE_SPAN));
  let unread = 0;
  for (let p = 0; p < n; p++) {
    sections[p] = sectionsOf(source, matched, people.first[p]!, people.count[p]!, seen);
    scores[p] = personScore(matched.weights[people.best[p]!]!, sections[p]!, people.count[p]!);
    documents[p] = documentOfLine(people.best[p]!);
    nameRanks[p] =
      people.unread[p]! > 0
        ? lowestNameRank(source, matched, people.first[p]!, numbered)
        : numbered.nameRankOf[documents[p]!]!;
    unread += people.unread[p]!;
  }
  /** Reads a person's unread lines, and so their score, strongest line and name rank. */
  const read = (p: number) => {
    if (people.unread[p]! > 0) {
      for (let e = people.first[p]!; e >= 0; e = matched.next[e]!) {
        if (matched.phrase[e] !== UNREAD) continue;
        // Never undefined: the line holds every required key of a variant needing no context (candidateLines).
        const strength = strengthOf(matched.lineIds[e]!) ?? 'scattered';
        matched.weights[e] = lineWeight(strength, matched.years[e]!, currentYear);
        matched.phrase[e] = strength === 'phrase' ? 1 : 0;
      }
      people.unread[p] = 0;
      const best = (people.best[p] = strongest(matched, people.first[p]!));
      scores[p] = personScore(matched.weights[best]!, sections[p]!, people.count[p]!);
      documents[p] = documentOfLine(best);
      nameRanks[p] = numbered.nameRankOf[documents[p]!]!;
    }
    return { score: scores[p]!, nameRank: nameRanks[p]! };
  };
  const columns = {
    first: new Int32Array(n),
    documents: new Int32Array(n),
    scores: new Float64Array(n),
    sections: new Int32Array(n),
  };
  const place = (p: number, at: number) => {
    columns.first[at] = people.first[p]!;
    columns.documents[at] = documents[p]!;
    columns.scores[at] = scores[p]!;
    columns.sections[at] = sections[p]!;
  };
  const names = numbered.nameRankOf.length;
  const deferred =
    unread > 0
      ? DeferredOrder.of({ size: n, upperScores: scores, lowestNameRanks: nameRanks, names, exact: read }, place)
      : undefined;
  if (deferred) return new PeopleRanking(source, matched, columns, (places) => deferred.fill(places));
  for (let p = 0; p < n; p++) read(p);
  const order = rankOrder(scores, nameRanks, names);
  for (let at = 0; at < n; at++) place(order[at]!, at);
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
