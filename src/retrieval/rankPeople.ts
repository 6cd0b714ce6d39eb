/**
 * who-knows: the people whose profiles name a skill (or one of its aliases), ranked by the weight of
 * their evidence. Only lines that actually name the skill count, so someone whose profile never
 * mentions it is never listed, however close their vectors are.
 */
import type { Passage } from '../chunking/passage.js';
import { sectionLabel } from '../chunking/passage.js';
import { LINE_SPAN, type LinePostings } from '../index/indexReader.js';
import { lineWordsOf, wordKey } from '../text/lineWords.js';
import { latestYear, recencyWeight } from './recency.js';
import { matchSkillInLine, readsAsTechnology, requiredWords, type MatchStrength } from './skillMatch.js';

/** What who-knows reads of an index: passages by label and the stored word → lines postings. */
export interface SkillSource {
  passage(label: number): Passage;
  readonly lines: LinePostings;
}

export interface SkillLine {
  readonly passage: Passage;
  /** 1-based line number in the source file. */
  readonly line: number;
  readonly text: string;
  readonly strength: MatchStrength;
  readonly year: number | undefined;
}

export interface PersonSkillEvidence {
  readonly personId: string;
  readonly person: string;
  readonly source: string;
  readonly score: number;
  /** Strongest first. */
  readonly lines: readonly SkillLine[];
  /** Distinct sections (roles, projects, skill lists) that name the skill. */
  readonly sections: number;
}

const STRENGTH: Record<MatchStrength, number> = { phrase: 1, scattered: 0.6 };

/** What who-knows works out per loaded index rather than per question: line words, section years, recent rankings. */
export class LineWords {
  private readonly cache = new Map<number, string[]>();
  private yearsCache: { currentYear: number; years: Map<number, number | undefined> } | undefined;
  private readonly rankings = new Map<string, readonly PersonSkillEvidence[]>();
  private rankedFrom: SkillSource | undefined;

  /**
   * The ranking for a skill asked recently: an `ask` about a skill, its "N more people" count and
   * the who-knows pages that follow all rank the same skill, and at 10k profiles a common one has
   * tens of thousands of candidate lines. Least recently asked first out.
   */
  ranking(source: SkillSource, key: string, make: () => readonly PersonSkillEvidence[]): readonly PersonSkillEvidence[] {
    if (this.rankedFrom !== source) {
      this.rankings.clear();
      this.cache.clear();
      this.yearsCache = undefined;
      this.rankedFrom = source;
    }
    let ranked = this.rankings.get(key);
    if (ranked) this.rankings.delete(key);
    else ranked = make();
    this.rankings.set(key, ranked);
    if (this.rankings.size > RANKINGS_KEPT) this.rankings.delete(this.rankings.keys().next().value!);
    return ranked;
  }

  /**
   * The words of one posted line (numbered as LinePostings numbers them). Only the candidate line
   * is read, never its whole passage: a common skill at 10k profiles has tens of thousands of them.
   */
  ofLine(line: number, text: string): string[] {
    let words = this.cache.get(line);
    if (!words) {
      words = lineWordsOf(text);
      // Only lines a question touched are kept: who-knows must not hold every line's words twice.
      if (this.cache.size >= LINE_CACHE_LIMIT) this.cache.clear();
      this.cache.set(line, words);
    }
    return words;
  }

  /**
   * The year the section of passage `label` refers to: a role's dates sit in its heading or in the
   * first lines under it ("Engineer • Aug. '19 –"), which later passages of the same section don't
   * repeat. Worked out for the sections a question touches, once per year.
   */
  sectionYear(source: SkillSource, label: number, currentYear: number): number | undefined {
    if (this.yearsCache?.currentYear !== currentYear) this.yearsCache = { currentYear, years: new Map() };
    const opening = source.lines.sectionStart(label);
    const years = this.yearsCache.years;
    if (years.has(opening)) return years.get(opening);
    const passage = source.passage(opening);
    const year = latestYear([...passage.sectionPath, ...passage.text.split('\n').slice(0, 3)], currentYear);
    years.set(opening, year);
    return year;
  }
}

const LINE_CACHE_LIMIT = 100_000;
const RANKINGS_KEPT = 32;

/**
 * Lines holding every required word of one of the variants, ascending (label order, then line
 * order), each with whether it is sure to name the skill as a phrase: a one-word variant's key
 * is shared exactly by the words the matcher accepts as that word, so its lines need no second look
 * (unless the variant is short enough to need context).
 */
function candidateLines(lines: LinePostings, variants: readonly string[]): [number[], Set<number>] {
  const found = new Set<number>();
  const sure = new Set<number>();
  for (const variant of variants) {
    const skillWords = variant.split(' ').filter(Boolean);
    if (skillWords.length === 0) continue;
    const exact = skillWords.length === 1 && variant.length > SHORT_SKILL;
    for (const line of lines.linesWithAll([...new Set(requiredWords(skillWords).map(wordKey))])) {
      found.add(line);
      if (exact) sure.add(line);
    }
  }
  return [[...found].sort((a, b) => a - b), sure];
}

/** Skills this short are also words and initials ("go", "R."): they need context to count. */
const SHORT_SKILL = 2;

function bestMatch(variants: readonly string[], lineWords: readonly string[], accept: (variant: string) => boolean): MatchStrength | undefined {
  let best: MatchStrength | undefined;
  for (const variant of variants) {
    const strength = matchSkillInLine(variant, lineWords);
    if (!strength || !accept(variant)) continue;
    if (strength === 'phrase') return strength;
    best ??= strength;
  }
  return best;
}

function collectLines(source: SkillSource, variants: readonly string[], cache: LineWords, currentYear: number, known: ReadonlySet<string>): SkillLine[] {
  const found: SkillLine[] = [];
  const [candidates, sure] = candidateLines(source.lines, variants);
  // Candidates of one passage come together: split its text once.
  let splitLabel = -1;
  let split: string[] = [];
  for (const lineId of candidates) {
    const label = Math.floor(lineId / LINE_SPAN);
    const offset = lineId % LINE_SPAN;
    const passage = source.passage(label);
    if (label !== splitLabel) {
      split = passage.text.split('\n');
      splitLabel = label;
    }
    const text = split[offset]!;
    const accept = (variant: string) => variant.length > SHORT_SKILL || readsAsTechnology(variant, text, passage.sectionPath, known);
    const strength = sure.has(lineId) ? 'phrase' : bestMatch(variants, cache.ofLine(lineId, text), accept);
    if (!strength) continue;
    // A line's own dates (a table row "(May 2018 – August 2018)") beat its section's.
    found.push({ passage, line: passage.startLine + offset, text, strength, year: latestYear([text], currentYear) ?? cache.sectionYear(source, label, currentYear) });
  }
  return found;
}

function lineWeight(line: SkillLine, currentYear: number): number {
  return STRENGTH[line.strength] + 0.3 * recencyWeight(line.year, currentYear);
}

export function rankPeopleBySkill(
  source: SkillSource,
  variants: readonly string[],
  cache: LineWords,
  currentYear = new Date().getFullYear(),
  /** Known technology names: a short skill listed next to one of them reads as a technology. */
  known: ReadonlySet<string> = new Set(),
): readonly PersonSkillEvidence[] {
  return cache.ranking(source, `${currentYear}|${known.size}|${variants.join('|')}`, () => rankPeople(source, variants, cache, currentYear, known));
}

/** Compares names as `localeCompare` does, without setting up a comparison per call (thousands of ties at 10k profiles). */
const byName = new Intl.Collator();

function rankPeople(source: SkillSource, variants: readonly string[], cache: LineWords, currentYear: number, known: ReadonlySet<string>): PersonSkillEvidence[] {
  const byPerson = new Map<string, SkillLine[]>();
  for (const line of collectLines(source, variants, cache, currentYear, known)) {
    const lines = byPerson.get(line.passage.personId) ?? [];
    lines.push(line);
    byPerson.set(line.passage.personId, lines);
  }
  const people: PersonSkillEvidence[] = [];
  for (const [personId, found] of byPerson) {
    // Weighed once per line, not once per comparison.
    const weighed = found.map((line) => ({ line, weight: lineWeight(line, currentYear) }));
    weighed.sort((a, b) => b.weight - a.weight || a.line.line - b.line.line);
    const lines = weighed.map((entry) => entry.line);
    const sections = new Set(lines.map((line) => sectionLabel(line.passage.sectionPath))).size;
    // Best line, then more independent mentions (sections count more than repeats within one), then recency via the best line.
    const score = weighed[0]!.weight + 0.5 * Math.log1p(sections - 1) + 0.25 * Math.log1p(lines.length - 1);
    const { person, source } = lines[0]!.passage;
    people.push({ personId, person, source, score: Number(score.toFixed(4)), lines, sections });
  }
  return people.sort((a, b) => b.score - a.score || byName.compare(a.person, b.person));
}
