/**
 * A who-knows ranking held as numbers: per person their place, score, sections and the document
 * of their strongest line, and per matched line its numbers. People and their lines become
 * objects only when an answer asks for them (a page of a ranking that, for a common skill in a
 * large index, names tens of thousands).
 */
import type { Passage } from '../chunking/passage.js';
import { LINE_SPAN, type LinePostings } from '../index/read/indexReader.js';
import type { MatchStrength } from './skillMatch.js';

/**
 * What who-knows reads of an index: the stored word → lines postings and what they hold of each
 * line, the document of a passage, and passages by label (only for the lines an answer quotes, and
 * for lines that need a second look).
 */
export interface SkillSource {
  passage(label: number): Passage;
  /** The position in `documents` of a passage's document. */
  documentIndexOf(label: number): number;
  /** Every document, with its person (their names order ties). */
  readonly documents: readonly {
    readonly source: string;
    readonly person: { readonly id: string; readonly name: string };
  }[];
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

/**
 * The people naming a skill, strongest first. A person is made when asked for: a common skill in a
 * large index names tens of thousands, and an answer shows a page of them.
 */
export interface SkillRanking {
  readonly length: number;
  /** The person at `place` (0: the strongest). */
  at(place: number): PersonSkillEvidence;
  /** The people at places start..end (end excluded), as Array.prototype.slice takes them. */
  slice(start?: number, end?: number): PersonSkillEvidence[];
  /** The document of the person at `place` (their strongest line's), without making the person. */
  sourceAt(place: number): string;
  /** A person's place, by id; -1 when the ranking does not name them. */
  placeOf(personId: string): number;
  /** The place of the person whose strongest line is in `source`; -1 when there is none. */
  placeOfSource(source: string): number;
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

/**
 * Every line of a ranking that names the skill, one column per field, entry e in candidate order
 * (label order, then line order), each entry linked to its person's next: a common skill in a large
 * index has tens of thousands of lines, and an array (or object) per person or line would be most of
 * the cost of ranking it, and its garbage.
 */
export class MatchedLines {
  readonly lineIds: Float64Array;
  readonly weights: Float64Array;
  /** NaN: the line and its section write no year. */
  readonly years: Float64Array;
  readonly sourceLines: Float64Array;
  /** 1: the line names the skill as a phrase; 0: its words scattered; 2: not read yet (collectLines.ts). */
  readonly phrase: Uint8Array;
  /** The same person's next entry, -1 after their last. */
  readonly next: Int32Array;

  constructor(capacity: number) {
    this.lineIds = new Float64Array(capacity);
    this.weights = new Float64Array(capacity);
    this.years = new Float64Array(capacity);
    this.sourceLines = new Float64Array(capacity);
    this.phrase = new Uint8Array(capacity);
    this.next = new Int32Array(capacity);
  }
}

/** One person of a ranking: their lines are entries of the ranking's table, made into SkillLines for the few people an answer shows. */
class RankedPerson implements PersonSkillEvidence {
  private made: readonly SkillLine[] | undefined;

  constructor(
    private readonly from: SkillSource,
    private readonly matched: MatchedLines,
    /** Their first entry in `matched`. */
    private readonly first: number,
    /** The document of their strongest line. */
    private readonly document: number,
    readonly score: number,
    readonly sections: number,
  ) {}

  get personId(): string {
    return this.from.documents[this.document]!.person.id;
  }

  get person(): string {
    return this.from.documents[this.document]!.person.name;
  }

  get source(): string {
    return this.from.documents[this.document]!.source;
  }

  get lines(): readonly SkillLine[] {
    if (!this.made) {
      const { lineIds, weights, years, sourceLines, phrase, next } = this.matched;
      const entries: number[] = [];
      for (let e = this.first; e >= 0; e = next[e]!) entries.push(e);
      // Strongest first, then earlier in the file (then found first: the sort is stable).
      entries.sort((a, b) => weights[b]! - weights[a]! || sourceLines[a]! - sourceLines[b]!);
      this.made = entries.map((e) => {
        const year = years[e]!;
        return new PostedLine(
          this.from,
          lineIds[e]!,
          sourceLines[e]!,
          phrase[e] ? 'phrase' : 'scattered',
          Number.isNaN(year) ? undefined : year,
        );
      });
    }
    return this.made;
  }
}

/** A ranking as numbers, one column per field, entry `place` of each for the person at that place. */
export interface RankingColumns {
  /** Their first line's entry in the ranking's MatchedLines. */
  readonly first: Int32Array;
  /** The document of their strongest line. */
  readonly documents: Int32Array;
  readonly scores: Float64Array;
  readonly sections: Int32Array;
}

export class PeopleRanking implements SkillRanking {
  private readonly made = new Map<number, RankedPerson>();
  private byPerson: Map<string, number> | undefined;
  private bySource: Map<string, number> | undefined;

  /**
   * @param columns the people in place order, filled up to the places `fill` was asked for
   * @param fill fills the columns' first places (absent: filled already)
   */
  constructor(
    private readonly from: SkillSource,
    private readonly matched: MatchedLines,
    private readonly columns: RankingColumns,
    private readonly fill: (places: number) => void = () => {},
  ) {}

  get length(): number {
    return this.columns.first.length;
  }

  at(place: number): PersonSkillEvidence {
    let person = this.made.get(place);
    if (!person) {
      this.fill(place + 1);
      const { first, documents, scores, sections } = this.columns;
      person = new RankedPerson(
        this.from,
        this.matched,
        first[place]!,
        documents[place]!,
        scores[place]!,
        sections[place]!,
      );
      this.made.set(place, person);
    }
    return person;
  }

  slice(start = 0, end = this.length): PersonSkillEvidence[] {
    const from = start < 0 ? Math.max(this.length + start, 0) : Math.min(start, this.length);
    const to = end < 0 ? Math.max(this.length + end, 0) : Math.min(end, this.length);
    const people: PersonSkillEvidence[] = [];
    this.fill(to);
    for (let place = from; place < to; place++) people.push(this.at(place));
    return people;
  }

  sourceAt(place: number): string {
    this.fill(place + 1);
    return this.from.documents[this.columns.documents[place]!]!.source;
  }

  placeOf(personId: string): number {
    this.byPerson ??= this.places((document) => document.person.id);
    return this.byPerson.get(personId) ?? -1;
  }

  placeOfSource(source: string): number {
    this.bySource ??= this.places((document) => document.source);
    return this.bySource.get(source) ?? -1;
  }

  /** Every place by a key of its document (made when first asked: only some answers look people up). */
  private places(key: (document: SkillSource['documents'][number]) => string): Map<string, number> {
    const places = new Map<string, number>();
    this.fill(this.length);
    for (let place = 0; place < this.length; place++)
      places.set(key(this.from.documents[this.columns.documents[place]!]!), place);
    return places;
  }
}
