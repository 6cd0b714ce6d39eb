/**
 * who-knows: the people whose profiles name a skill (or one of its aliases), ranked by the weight of
 * their evidence. Only lines that actually name the skill count, so someone whose profile never
 * mentions it is never listed, however close their vectors are.
 */
import type { Passage } from '../chunking/passage.js';
import { sectionLabel } from '../chunking/passage.js';
import { latestYear, recencyWeight } from './recency.js';
import { matchSkillInLine, MIN_INFLECTED_LENGTH, readsAsTechnology, requiredWords, withoutAddresses, type MatchStrength } from './skillMatch.js';
import { stemmed } from '../text/terms.js';
import { writtenWords } from '../text/words.js';

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

/**
 * The key a word is posted under: words that `sameWord` treats as one (`databases`/`database`) share
 * a key, so a posting lookup finds exactly the lines the line-by-line match would accept.
 */
function wordKey(word: string): string {
  return word.length >= MIN_INFLECTED_LENGTH && /^[a-z]+$/.test(word) ? `s:${stemmed(word)}` : `w:${word}`;
}

/**
 * word → the lines that hold it, over every passage once. Each source line is posted once (chunk
 * overlap repeats lines), in passage and line order, so results come out in the order a scan of
 * every line would have found them, without the scan.
 */
interface WordPostings {
  readonly passages: readonly Passage[];
  /** Line id → passage label and line position inside it. */
  readonly lineLabel: number[];
  readonly lineOffset: number[];
  readonly lines: Map<string, number[]>;
  /** Every word as written, in first-seen order, with the passage it was first seen in. */
  readonly vocabulary: Map<string, number>;
}

/** What who-knows reads from every passage, worked out once per loaded index rather than per question. */
export class LineWords {
  private readonly cache = new Map<number, string[]>();
  private yearsCache: { currentYear: number; years: Map<string, number | undefined> } | undefined;
  private postingsCache: WordPostings | undefined;
  private readonly rankings = new Map<string, readonly PersonSkillEvidence[]>();
  private rankedFrom: readonly Passage[] | undefined;

  /**
   * The ranking for a skill asked recently: an `ask` about a skill, its "N more people" count and
   * the who-knows pages that follow all rank the same skill, and at 10k profiles a common one has
   * tens of thousands of candidate lines. Least recently asked first out.
   */
  ranking(passages: readonly Passage[], key: string, make: () => readonly PersonSkillEvidence[]): readonly PersonSkillEvidence[] {
    if (this.rankedFrom !== passages) {
      this.rankings.clear();
      this.rankedFrom = passages;
    }
    let ranked = this.rankings.get(key);
    if (ranked) this.rankings.delete(key);
    else ranked = make();
    this.rankings.set(key, ranked);
    if (this.rankings.size > RANKINGS_KEPT) this.rankings.delete(this.rankings.keys().next().value!);
    return ranked;
  }

  /**
   * The words of one posted line (by line id). Only the candidate line is read, never its whole
   * passage: a common skill at 10k profiles has tens of thousands of candidate lines.
   */
  ofLine(lineId: number, text: string): string[] {
    let words = this.cache.get(lineId);
    if (!words) {
      words = lineWordsOf(text);
      // Only lines a question touched are kept: who-knows must not hold every line's words twice.
      if (this.cache.size >= LINE_CACHE_LIMIT) this.cache.clear();
      this.cache.set(lineId, words);
    }
    return words;
  }

  /** The year each section refers to (see `sectionYears`). */
  years(passages: readonly Passage[], currentYear: number): Map<string, number | undefined> {
    if (this.yearsCache?.currentYear !== currentYear) this.yearsCache = { currentYear, years: sectionYears(passages, currentYear) };
    return this.yearsCache.years;
  }

  postings(passages: readonly Passage[]): WordPostings {
    if (this.postingsCache?.passages !== passages) this.postingsCache = postWords(passages);
    return this.postingsCache;
  }

  /** Distinct words of the profiles as written, each with the first passage that has it. */
  vocabulary(passages: readonly Passage[]): ReadonlyMap<string, number> {
    return this.postings(passages).vocabulary;
  }
}

const LINE_CACHE_LIMIT = 100_000;
const RANKINGS_KEPT = 32;

/** A line's words as who-knows reads them: link targets and file names are never evidence. */
function lineWordsOf(line: string): string[] {
  return writtenWords(withoutAddresses(line));
}

function postWords(passages: readonly Passage[]): WordPostings {
  const postings: WordPostings = { passages, lineLabel: [], lineOffset: [], lines: new Map(), vocabulary: new Map() };
  const seenLines = new Set<string>();
  passages.forEach((passage, label) => {
    passage.text.split('\n').forEach((text, offset) => {
      const where = `${passage.source}:${passage.startLine + offset}`;
      if (seenLines.has(where)) return;
      seenLines.add(where);
      const lineId = postings.lineLabel.length;
      postings.lineLabel.push(label);
      postings.lineOffset.push(offset);
      const keys = new Set<string>();
      for (const word of lineWordsOf(text)) {
        if (!postings.vocabulary.has(word)) postings.vocabulary.set(word, label);
        keys.add(wordKey(word));
      }
      for (const key of keys) {
        const list = postings.lines.get(key);
        if (list) list.push(lineId);
        else postings.lines.set(key, [lineId]);
      }
    });
  });
  return postings;
}

/** Ids of the lines holding every required word of one of the variants, ascending. */
function candidateLines(postings: WordPostings, variants: readonly string[]): number[] {
  const found = new Set<number>();
  for (const variant of variants) {
    const skillWords = variant.split(' ').filter(Boolean);
    if (skillWords.length === 0) continue;
    const lists = requiredWords(skillWords).map((word) => postings.lines.get(wordKey(word)) ?? []);
    lists.sort((a, b) => a.length - b.length);
    const [shortest, ...others] = lists;
    const otherSets = others.map((list) => new Set(list));
    for (const id of shortest ?? []) if (otherSets.every((set) => set.has(id))) found.add(id);
  }
  return [...found].sort((a, b) => a - b);
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

/**
 * The year each section refers to: a role's dates sit in its heading or in the first lines under
 * it ("Engineer • Aug. '19 –"), which later passages of the same section don't repeat.
 */
function sectionYears(passages: readonly Passage[], currentYear: number): Map<string, number | undefined> {
  const first = new Map<string, Passage>();
  for (const passage of passages) {
    const key = `${passage.source}|${sectionLabel(passage.sectionPath)}`;
    const seen = first.get(key);
    if (!seen || passage.startLine < seen.startLine) first.set(key, passage);
  }
  return new Map(
    [...first].map(([key, passage]) => [key, latestYear([...passage.sectionPath, ...passage.text.split('\n').slice(0, 3)], currentYear)]),
  );
}

function collectLines(passages: readonly Passage[], variants: readonly string[], cache: LineWords, currentYear: number, known: ReadonlySet<string>): SkillLine[] {
  const years = cache.years(passages, currentYear);
  const postings = cache.postings(passages);
  const found: SkillLine[] = [];
  for (const lineId of candidateLines(postings, variants)) {
    const passage = passages[postings.lineLabel[lineId]!]!;
    const offset = postings.lineOffset[lineId]!;
    const text = passage.text.split('\n')[offset]!;
    const sectionYear = years.get(`${passage.source}|${sectionLabel(passage.sectionPath)}`);
    const accept = (variant: string) => variant.length > SHORT_SKILL || readsAsTechnology(variant, text, passage.sectionPath, known);
    const strength = bestMatch(variants, cache.ofLine(lineId, text), accept);
    if (!strength) continue;
    // A line's own dates (a table row "(May 2018 – August 2018)") beat its section's.
    found.push({ passage, line: passage.startLine + offset, text, strength, year: latestYear([text], currentYear) ?? sectionYear });
  }
  return found;
}

function lineWeight(line: SkillLine, currentYear: number): number {
  return STRENGTH[line.strength] + 0.3 * recencyWeight(line.year, currentYear);
}

export function rankPeopleBySkill(
  passages: readonly Passage[],
  variants: readonly string[],
  cache: LineWords,
  currentYear = new Date().getFullYear(),
  /** Known technology names: a short skill listed next to one of them reads as a technology. */
  known: ReadonlySet<string> = new Set(),
): readonly PersonSkillEvidence[] {
  return cache.ranking(passages, `${currentYear}|${known.size}|${variants.join('|')}`, () => rankPeople(passages, variants, cache, currentYear, known));
}

/** Compares names as `localeCompare` does, without setting up a comparison per call (thousands of ties at 10k profiles). */
const byName = new Intl.Collator();

function rankPeople(passages: readonly Passage[], variants: readonly string[], cache: LineWords, currentYear: number, known: ReadonlySet<string>): PersonSkillEvidence[] {
  const byPerson = new Map<string, SkillLine[]>();
  for (const line of collectLines(passages, variants, cache, currentYear, known)) {
    const lines = byPerson.get(line.passage.personId) ?? [];
    lines.push(line);
    byPerson.set(line.passage.personId, lines);
  }
  const people: PersonSkillEvidence[] = [];
  for (const [personId, lines] of byPerson) {
    lines.sort((a, b) => lineWeight(b, currentYear) - lineWeight(a, currentYear) || a.line - b.line);
    const sections = new Set(lines.map((line) => sectionLabel(line.passage.sectionPath))).size;
    // Best line, then more independent mentions (sections count more than repeats within one), then recency via the best line.
    const score = lineWeight(lines[0]!, currentYear) + 0.5 * Math.log1p(sections - 1) + 0.25 * Math.log1p(lines.length - 1);
    const { person, source } = lines[0]!.passage;
    people.push({ personId, person, source, score: Number(score.toFixed(4)), lines, sections });
  }
  return people.sort((a, b) => b.score - a.score || byName.compare(a.person, b.person));
}
