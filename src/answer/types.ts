/** The shapes every front end (CLI, Discord) renders. The CLI's `--json` prints them as they are. */

/** A window of a ranking of people: `limit` of them from position `offset`. */
export interface PeoplePage {
  readonly offset: number;
  readonly limit: number;
}

export interface Citation {
  /** 1-based marker used in the answer text as `[id]`. */
  readonly id: number;
  readonly person: string;
  /** Document path relative to the project root, e.g. `corpus/000_db1e1783ac94410d.txt`. */
  readonly source: string;
  /**
   * Set for converted documents (PDF, DOCX, JSON Resume, LaTeX, HTML): the extracted text file,
   * relative to the project root, that startLine/endLine and text refer to.
   */
  readonly textSource?: string;
  /** PDF: the page the cited lines start on. */
  readonly page?: number;
  readonly section: string;
  readonly startLine: number;
  readonly endLine: number;
  /** Exactly the text of lines startLine..endLine of textSource when set, of source otherwise. */
  readonly text: string;
  /**
   * Where in `text` (UTF-16 offsets, end exclusive) the words that made these lines evidence sit:
   * the skill for who-knows, the first word the question matched for ask. Quotes are cut around it.
   */
  readonly match?: { readonly start: number; readonly end: number };
  readonly score: number;
}

export interface Answer {
  readonly question: string;
  /** First line answers the question; then one sentence per person, each with its [n]. */
  readonly answer: string;
  readonly noAnswer: boolean;
  readonly citations: readonly Citation[];
  /** What the question was taken to ask (who-knows, count, employer, school, about, timeline, …, search). */
  readonly intent?: string;
  /** Display names of the people the question names (empty when it names nobody). */
  readonly people?: readonly string[];
  /** The language model that worded `answer` from the citations (src/llm/); absent: the extractive answer. */
  readonly writtenBy?: string;
}

export interface PersonMatch {
  readonly person: string;
  readonly source: string;
  readonly score: number;
  readonly evidence: readonly Citation[];
}

export interface RelatedMatch {
  /** A term that is near the asked skill but is not it, e.g. `terraform` -> `terragrunt`. */
  readonly term: string;
  readonly person: string;
  readonly source: string;
}

export interface WhoKnowsResult {
  readonly skill: string;
  readonly noAnswer: boolean;
  /** Best first; one page of them when the question asked for a page (see `totalPeople`). */
  readonly people: readonly PersonMatch[];
  /** How many people name the skill in all (set by the index answerer; `people` may be a page of them). */
  readonly totalPeople?: number;
  /** Position of `people[0]` in the whole ranking (0 unless a later page was asked for). */
  readonly offset?: number;
  /** Near matches, clearly not the skill itself; may be empty. */
  readonly related: readonly RelatedMatch[];
}

export interface ProfileLine {
  readonly label: string;
  readonly text: string;
  /** Citation id backing this line. */
  readonly citation: number;
}

export interface ProfileOverview {
  readonly person: string;
  readonly source: string;
  readonly headline: string;
  readonly lines: readonly ProfileLine[];
  readonly citations: readonly Citation[];
}

export interface IndexSummary {
  readonly documents: number;
  /** `unnamed`: the profile's text names nobody, so its label is "unnamed (file)" until people.json names it. */
  readonly people: readonly {
    readonly name: string;
    readonly source: string;
    readonly passages: number;
    readonly unnamed?: boolean;
  }[];
  readonly passages: number;
  /** null when the index was built lexical-only (no embedding model could be loaded). */
  readonly model: string | null;
  readonly builtAt: string;
}

/** What the Discord bot and the CLI call. One loaded index + embedder behind it. */
export interface Answerer {
  ask(question: string): Promise<Answer>;
  /** Every person who names the skill, or only `page` of them (the count of all is in `totalPeople`). */
  whoKnows(skill: string, page?: PeoplePage): Promise<WhoKnowsResult>;
  /** Undefined when no person matches the name. */
  profile(person: string): Promise<ProfileOverview | undefined>;
  /** Display names of everyone in the index, for autocomplete. */
  people(): readonly string[];
  /** Skills and technologies `text` names that this index knows (alias groups, skills sections), in order. */
  skillsIn(text: string): Promise<readonly string[]>;
  summary(): IndexSummary;
}
