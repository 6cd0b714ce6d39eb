/**
 * who-knows: the people whose profiles name a skill (or one of its aliases), ranked by the weight of
 * their evidence. Only lines that actually name the skill count, so someone whose profile never
 * mentions it is never listed, however close their vectors are.
 */
import type { Passage } from '../chunking/passage.js';
import { LINE_SPAN, type LinePostings } from '../index/indexReader.js';
import { wordKey } from '../text/lineWords.js';
import { recencyWeight } from './recency.js';
import { matchSkillInKeys, readsAsTechnology, requiredWords, type MatchStrength } from './skillMatch.js';

/**
 * What who-knows reads of an index: the stored word → lines postings and what they hold of each
 * line, the document of a passage, and passages by label (only for the lines an answer quotes, and
 * for lines that need a second look).
 */
export interface SkillSource {
  passage(label: number): Passage;
  documentOf(label: number): { readonly source: string; readonly person: { readonly id: string; readonly name: string } };
  /** Every document: their people's names order ties. */
  readonly documents: readonly { readonly person: { readonly name: string } }[];
  readonly lines: LinePostings;
}

export interface SkillLine {
  /** Its passage (read when asked for). */
  readonly passage: Passage;
  /** 1-based line number in the source file. */
  readonly line: number;
  /** Read when asked for. */
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

/** What who-knows keeps per loaded index rather than per question: recent rankings, and names' collation order. */
export class SkillRankings {
  private readonly rankings = new Map<string, readonly PersonSkillEvidence[]>();
  private rankedFrom: SkillSource | undefined;
  private nameRanks: Map<string, number> | undefined;

  /**
   * The ranking for a skill asked recently: an `ask` about a skill, its "N more people" count and
   * the who-knows pages that follow all rank the same skill, and at 10k profiles a common one has
   * tens of thousands of candidate lines. Least recently asked first out. A ranking holds numbers
   * per line, not passages, so keeping some costs little memory.
   */
  ranking(source: SkillSource, key: string, make: () => readonly PersonSkillEvidence[]): readonly PersonSkillEvidence[] {
    if (this.rankedFrom !== source) {
      this.rankings.clear();
      this.nameRanks = undefined;
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
   * Each name's place in collation order (equal places for names that compare equal): a common
   * skill's ranking has thousands of ties, and comparing names by a number instead of the
   * collator was a sixth of its time. Worked out once per index, for the ranking of `source`.
   */
  nameRank(source: SkillSource): ReadonlyMap<string, number> {
    if (this.rankedFrom !== source || !this.nameRanks) {
      const names = [...new Set(source.documents.map((doc) => doc.person.name))].sort(byName.compare);
      this.nameRanks = new Map();
      names.forEach((name, i) => this.nameRanks!.set(name, i > 0 && byName.compare(names[i - 1]!, name) === 0 ? this.nameRanks!.get(names[i - 1]!)! : i));
    }
    return this.nameRanks;
  }
}

const RANKINGS_KEPT = 32;

/**
 * Lines holding every required word of one of the variants, ascending (label order, then line
 * order), each with whether it is sure to name the skill as a phrase: a one-word variant's key
 * is shared exactly by the words the matcher accepts as that word, so its lines need no second look
 * (unless the variant is short enough to need context).
 */
function candidateLines(lines: LinePostings, variants: readonly string[]): { candidates: readonly number[]; sure: Uint8Array } {
  const found: { lines: number[]; exact: boolean }[] = [];
  for (const variant of variants) {
    const skillWords = variant.split(' ').filter(Boolean);
    if (skillWords.length === 0) continue;
    found.push({ lines: lines.linesWithAll([...new Set(requiredWords(skillWords).map(wordKey))]), exact: skillWords.length === 1 && variant.length > SHORT_SKILL });
  }
  // One variant (most skills): its lines are already ascending and distinct.
  if (found.length === 1) return { candidates: found[0]!.lines, sure: new Uint8Array(found[0]!.lines.length).fill(found[0]!.exact ? 1 : 0) };
  const all = new Float64Array(found.reduce((sum, list) => sum + list.lines.length, 0));
  let at = 0;
  for (const list of found) for (const line of list.lines) all[at++] = line;
  all.sort();
  const candidates: number[] = [];
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) candidates.push(all[i]!);
  const sure = new Uint8Array(candidates.length);
  for (const list of found) {
    if (!list.exact) continue;
    // Both ascending: walk them together.
    let c = 0;
    for (const line of list.lines) {
      while (candidates[c]! < line) c++;
      sure[c] = 1;
    }
  }
  return { candidates, sure };
}

/** Skills this short are also words and initials ("go", "R."): they need context to count. */
const SHORT_SKILL = 2;

/** The strongest way one of the variants names the line (a phrase before scattered words), matched on the line's word keys. */
function bestMatch(variants: readonly string[], lineKeys: readonly string[], accept: (variant: string) => boolean): MatchStrength | undefined {
  let best: MatchStrength | undefined;
  for (const variant of variants) {
    const strength = matchSkillInKeys(variant, lineKeys);
    if (!strength || !accept(variant)) continue;
    if (strength === 'phrase') return strength;
    best ??= strength;
  }
  return best;
}

/** A matched line as a ranking keeps it: numbers, its passage and text read only when an answer asks. */
class PostedLine implements SkillLine {
  constructor(
    private readonly source: SkillSource,
    /** Numbered as LinePostings numbers lines. */
    private readonly id: number,
    readonly line: number,
    readonly strength: MatchStrength,
    readonly year: number | undefined,
  ) {}

  get passage(): Passage {
    return this.source.passage(Math.floor(this.id / LINE_SPAN));
  }

  get text(): string {
    return this.source.lines.lineText(this.id);
  }
}

/** Per matched line of a person, in FIELDS numbers: line id, weight, phrase (1) or scattered (0), year (NaN: none), source line. */
const FIELDS = 5;

/** One person of a ranking: their lines kept as numbers, made into SkillLines for the few people an answer shows. */
class RankedPerson implements PersonSkillEvidence {
  private made: readonly SkillLine[] | undefined;

  constructor(
    private readonly from: SkillSource,
    readonly personId: string,
    readonly person: string,
    readonly source: string,
    readonly score: number,
    readonly sections: number,
    /** Strongest first, FIELDS numbers a line. */
    private readonly found: readonly number[],
  ) {}

  get lines(): readonly SkillLine[] {
    if (!this.made) {
      const lines: SkillLine[] = [];
      for (let i = 0; i < this.found.length; i += FIELDS) {
        const year = this.found[i + 3]!;
        lines.push(new PostedLine(this.from, this.found[i]!, this.found[i + 4]!, this.found[i + 2] ? 'phrase' : 'scattered', Number.isNaN(year) ? undefined : year));
      }
      this.made = lines;
    }
    return this.made;
  }
}

/**
 * Every line naming the skill, by person (in label order of their first line), FIELDS numbers a
 * line. A line sure to name it costs a few table reads; only the others are read and matched.
 */
function collectLines(source: SkillSource, variants: readonly string[], currentYear: number, known: ReadonlySet<string>): Map<string, number[]> {
  const byPerson = new Map<string, number[]>();
  const { lines } = source;
  const { candidates, sure } = candidateLines(lines, variants);
  let personLabel = -1;
  let found: number[] = [];
  for (let c = 0; c < candidates.length; c++) {
    const lineId = candidates[c]!;
    const label = Math.floor(lineId / LINE_SPAN);
    let strength: MatchStrength | undefined = 'phrase';
    if (!sure[c]) {
      // Only a short skill needs the line's text (and section) to tell a technology from a word.
      const accept = (variant: string) => variant.length > SHORT_SKILL || readsAsTechnology(variant, lines.lineText(lineId), () => lines.sectionLabel(label), known);
      strength = bestMatch(variants, lines.lineKeys(lineId), accept);
      if (!strength) continue;
    }
    if (label !== personLabel) {
      const personId = source.documentOf(label).person.id;
      let held = byPerson.get(personId);
      if (!held) byPerson.set(personId, (held = []));
      found = held;
      personLabel = label;
    }
    // A line's own dates (a table row "(May 2018 – August 2018)") beat its section's.
    const year = lines.lineYear(lineId, currentYear) ?? lines.sectionYear(label, currentYear);
    found.push(lineId, STRENGTH[strength] + 0.3 * recencyWeight(year, currentYear), strength === 'phrase' ? 1 : 0, year ?? NaN, lines.sourceLine(lineId));
  }
  return byPerson;
}

export function rankPeopleBySkill(
  source: SkillSource,
  variants: readonly string[],
  cache: SkillRankings,
  currentYear = new Date().getFullYear(),
  /** Known technology names: a short skill listed next to one of them reads as a technology. */
  known: ReadonlySet<string> = new Set(),
): readonly PersonSkillEvidence[] {
  return cache.ranking(source, `${currentYear}|${known.size}|${variants.join('|')}`, () => rankPeople(source, variants, cache, currentYear, known));
}

/** Compares names as `localeCompare` does, without setting up a comparison per call (thousands of ties at 10k profiles). */
const byName = new Intl.Collator();

function rankPeople(source: SkillSource, variants: readonly string[], cache: SkillRankings, currentYear: number, known: ReadonlySet<string>): PersonSkillEvidence[] {
  const people: RankedPerson[] = [];
  // Every person's name is a document's (documentOf), so every one has a rank: looked up once a person, not twice a comparison.
  const ranks = cache.nameRank(source);
  const nameRanks: number[] = [];
  for (const [personId, found] of collectLines(source, variants, currentYear, known)) {
    const count = found.length / FIELDS;
    let sorted = found;
    let sections = 1;
    // Most people of a common skill have one line naming it: nothing to order or count.
    if (count > 1) {
      // Sections counted in file order, where a passage's lines come together: one look-up a passage, not a line.
      const seen: number[] = [];
      let lastLabel = -1;
      for (let at = 0; at < found.length; at += FIELDS) {
        const label = Math.floor(found[at]! / LINE_SPAN);
        if (label === lastLabel) continue;
        lastLabel = label;
        const section = source.lines.sectionOf(label);
        if (!seen.includes(section)) seen.push(section);
      }
      sections = seen.length;
      const order: number[] = [];
      for (let at = 0; at < found.length; at += FIELDS) order.push(at);
      // Strongest first, then earlier in the file.
      order.sort((a, b) => found[b + 1]! - found[a + 1]! || found[a + 4]! - found[b + 4]!);
      sorted = new Array<number>(found.length);
      for (let i = 0; i < count; i++) for (let f = 0; f < FIELDS; f++) sorted[i * FIELDS + f] = found[order[i]! + f]!;
    }
    // Best line, then more independent mentions (sections count more than repeats within one), then recency via the best line.
    const score = sorted[1]! + 0.5 * Math.log1p(sections - 1) + 0.25 * Math.log1p(count - 1);
    const best = source.documentOf(Math.floor(sorted[0]! / LINE_SPAN));
    people.push(new RankedPerson(source, personId, best.person.name, best.source, Number(score.toFixed(4)), sections, sorted));
    nameRanks.push(ranks.get(best.person.name)!);
  }
  // Highest score first, then by name; equal names keep the order they were found in.
  const order = people.map((_, i) => i);
  order.sort((a, b) => people[b]!.score - people[a]!.score || nameRanks[a]! - nameRanks[b]! || a - b);
  return order.map((i) => people[i]!);
}
