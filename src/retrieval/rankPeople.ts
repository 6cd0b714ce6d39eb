/**
 * who-knows: the people whose profiles name a skill (or one of its aliases), ranked by the weight of
 * their evidence. Only lines that actually name the skill count, so someone whose profile never
 * mentions it is never listed, however close their vectors are.
 */
import type { Passage } from '../chunking/passage.js';
import { sectionLabel } from '../chunking/passage.js';
import { latestYear, recencyWeight } from './recency.js';
import { matchSkillInLine, readsAsTechnology, withoutAddresses, words, type MatchStrength } from './skillMatch.js';

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

/** What who-knows reads from every passage, worked out once per loaded index rather than per question. */
export class LineWords {
  private readonly cache = new Map<string, string[][]>();
  private yearsCache: { currentYear: number; years: Map<string, number | undefined> } | undefined;

  /** The words of each line of the passage. */
  of(passage: Passage): string[][] {
    let lines = this.cache.get(passage.id);
    if (!lines) {
      lines = passage.text.split('\n').map((line) => words(withoutAddresses(line)));
      this.cache.set(passage.id, lines);
    }
    return lines;
  }

  /** The year each section refers to (see `sectionYears`). */
  years(passages: readonly Passage[], currentYear: number): Map<string, number | undefined> {
    if (this.yearsCache?.currentYear !== currentYear) this.yearsCache = { currentYear, years: sectionYears(passages, currentYear) };
    return this.yearsCache.years;
  }
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
  const seen = new Set<string>();
  const found: SkillLine[] = [];
  for (const passage of passages) {
    const lineWords = cache.of(passage);
    const textLines = passage.text.split('\n');
    const sectionYear = years.get(`${passage.source}|${sectionLabel(passage.sectionPath)}`);
    lineWords.forEach((lineWordList, i) => {
      const line = passage.startLine + i;
      const key = `${passage.source}:${line}`;
      // Chunk overlap repeats lines: each source line counts once.
      if (seen.has(key)) return;
      const accept = (variant: string) => variant.length > SHORT_SKILL || readsAsTechnology(variant, textLines[i]!, passage.sectionPath, known);
      const strength = bestMatch(variants, lineWordList, accept);
      if (!strength) return;
      seen.add(key);
      // A line's own dates (a table row "(May 2018 – August 2018)") beat its section's.
      found.push({ passage, line, text: textLines[i]!, strength, year: latestYear([textLines[i]!], currentYear) ?? sectionYear });
    });
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
): PersonSkillEvidence[] {
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
  return people.sort((a, b) => b.score - a.score || a.person.localeCompare(b.person));
}
