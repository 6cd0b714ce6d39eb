/**
 * The one interface through which retrieval, answers, the CLI and the bot read an index. Everything
 * above `index/` speaks of passages by label (their position in document order) and never sees
 * files: the on-disk store behind it (today the segment files of `store/`) could be replaced
 * by a module speaking to PostgreSQL or OpenSearch without touching the answering code.
 */
import type { NameTable } from '../../corpus/personNames.js';
import type { StoredRoleTerms } from '../store/manifest/roleTermsFile.js';
import type { Passage } from '../../chunking/passage.js';
import type { HnswParameters, IndexedDocument } from '../store/manifest/manifest.js';
import type { VectorSearch } from '../store/vectors/vectorIndex.js';

export type { VectorHit, VectorSearch } from '../store/vectors/vectorIndex.js';

/** What an index was built with. */
export interface IndexInfo {
  readonly builtAt: string;
  /** null: built lexical-only, because no embedding model could be loaded. */
  readonly model: { readonly name: string; readonly dimension: number } | null;
  readonly hnsw: HnswParameters;
  readonly tokenizerVersion: number;
  readonly chunking: { readonly maxTokens: number; readonly exactTokenCounts: boolean };
  /** When the build read the corpus (ms since the epoch); absent in older indexes. */
  readonly corpusReadAt?: number;
}

export interface LexicalHit {
  /** Label of the passage. */
  readonly label: number;
  readonly score: number;
  /** BM25 contribution of each matched query term. */
  readonly termScores: ReadonlyMap<string, number>;
}

/** BM25 over the passages, by postings (a question reads only the passages holding its terms). */
export interface LexicalSearch {
  /** Passages counted by BM25 (every live passage). */
  readonly size: number;
  /** BM25's IDF (the +1 form). A term no passage has gets the highest IDF: missing it costs most. */
  idf(term: string): number;
  hasTerm(term: string): boolean;
  /** Passages sharing at least one term with the query, best first (ties by label). */
  search(terms: readonly string[], weights?: ReadonlyMap<string, number>): LexicalHit[];
  /** The same hits in no particular order, for callers that rank them by something else (no sort spent). */
  hits(terms: readonly string[], weights?: ReadonlyMap<string, number>): LexicalHit[];
  /**
   * The same hits as one table of numbers, for callers that rank a hundred thousand of them and
   * keep a few: no object per hit (a common word's hits are a hundred thousand in a large index,
   * and making and collecting an object each would be much of a question's time).
   */
  hitTable(terms: readonly string[], weights?: ReadonlyMap<string, number>, options?: HitTableOptions): LexicalHitTable;
  /**
   * The live passages holding every one of `terms` (none for no terms), ascending: postings
   * intersected, nothing scored (a common word's postings are a hundred thousand in a large index).
   */
  passagesWithAll(terms: readonly string[]): Int32Array;
  /**
   * At least the largest BM25 contribution any passage gets from `term` at weight 1 (a contribution
   * at weight w is at most w times it): what lets a ranking skip passages that cannot reach its top.
   */
  maxContribution(term: string): number;
}

export interface HitTableOptions {
  /**
   * Only passages holding one of these terms become rows; the other terms add their scores to
   * those rows alone (a common word's other hundred thousand passages are never touched as rows).
   */
  readonly openTerms?: ReadonlySet<string>;
}

/**
 * A question's BM25 hits: row r is passage `labels[r]`, column c is term `terms[c]`. A
 * contribution is always positive (IDF, weight and frequency are), so 0 means "term absent".
 */
export interface LexicalHitTable {
  /** The question's terms that some passage holds (each once), in the order asked. */
  readonly terms: readonly string[];
  readonly rows: number;
  readonly labels: Int32Array;
  /** BM25 of each row: its contributions summed in column order. */
  readonly scores: Float64Array;
  /** rows × terms.length, row after row. */
  readonly contributions: Float64Array;
  /** One row as a hit of `hits` (its term scores are its own copy). */
  hit(row: number): LexicalHit;
}

export { LINE_SPAN } from '../store/lines/lineTables.js';

/** Where a word is first written: its line (numbered as above) and its position among the line's words. */
export interface LineUse {
  readonly line: number;
  readonly position: number;
}

/** Lines found by `linesWithAll`: entry i of each column is line `lines[i]`'s. */
export interface FoundLines {
  /** Ascending. */
  readonly lines: Float64Array;
  /** The line's number in its source file (1-based). */
  readonly sourceLines: Float64Array;
  /**
   * The latest year the line writes as of the current year (text/dates.ts), or when it writes
   * none, the latest its section's heading and first lines write; NaN when neither writes one.
   */
  readonly years: Float64Array;
}

/**
 * who-knows' postings over the live passages: each source line of a document once (chunk overlap
 * repeats lines), filed under the keys of its words (`wordKey` in text/lineWords.ts).
 */
export interface LinePostings {
  /** The lines holding every one of `keys`, ascending, each with how who-knows dates and places it (read from the tables, not the passages). */
  linesWithAll(keys: readonly string[], currentYear: number): FoundLines;
  /** Whether every segment's tables hold `key` (with lines or without): how a reader tells what a build posted. */
  everyTableHolds(key: string): boolean;
  /** The passage that opens `label`'s section: its heading and first lines date the section. */
  sectionStart(label: number): number;
  /** A line's text (reads its passage). */
  lineText(line: number): string;
  /**
   * A line's words, in order, repeats kept, as ids of its table's keys (`keyIdIn` numbers a key so),
   * with that table, without reading its passage: numbers, as who-knows compares them for every
   * candidate line of a multi-word skill.
   */
  lineKeyIds(line: number): { readonly table: number; readonly ids: ArrayLike<number> };
  /** The id of `key` (`wordKey`) in table `table`, -1 when no line there holds it. */
  keyIdIn(table: number, key: string): number;
  /** Whether two passages' section labels (`sectionLabel`) are equal, without reading the passages or keeping the labels. */
  sameSection(a: number, b: number): boolean;
  /** `label`'s section label (`sectionLabel` of its section path), without reading its passage. */
  sectionLabel(label: number): string;
  /** Distinct words of the profiles as written, in no particular order; may hold words only removed passages had (`firstUse` says). */
  words(): readonly string[];
  /** Where a live passage first writes `word` (exactly as written), or undefined when none does. */
  firstUse(word: string): LineUse | undefined;
}

/** The people's names by first word, as the build stored them (corpus/personNames.ts), with owners put back. */
export type StoredNameTable = <T>(owners: readonly T[]) => NameTable<T> | undefined;

export interface IndexReader {
  /** `<dataDir>/index`, as users know it. */
  readonly dir: string;
  readonly info: IndexInfo;
  /** Every indexed document in corpus order, with its person and any per-document fields the build stored. */
  readonly documents: readonly IndexedDocument[];
  /** Passages in the index; labels run 0..passageCount-1, in document order. */
  readonly passageCount: number;
  /** One passage, read on demand (a store may decode it lazily, and again after dropping it: compare passages by value, never by identity across calls). */
  passage(label: number): Passage;
  /** The person a passage belongs to, without reading the passage. */
  personIdOf(label: number): string;
  /** The document a passage belongs to, without reading the passage. */
  documentOf(label: number): IndexedDocument;
  /** Its position in `documents`. */
  documentIndexOf(label: number): number;
  /** The labels of one document's passages, in file order (empty for an unknown source). */
  labelsOf(source: string): readonly number[];
  /** The person of a document's first passage (by source), undefined when it has none: `labelsOf` without the list. */
  personOfSource(source: string): string | undefined;
  /**
   * Every passage, read at the first call and kept: for code that still scans the whole corpus
   * (it costs the memory and time that lazy reading saves, so answering one question should not need it).
   */
  passages(): readonly Passage[];
  /**
   * Every passage in label order, each decoded when reached and not kept (one already decoded is
   * reused): for a pass over the whole corpus that must not hold it all in memory.
   */
  scanPassages(): Iterable<Passage>;
  readonly lexical: LexicalSearch;
  /** who-knows' word → lines postings, stored by the build. */
  readonly lines: LinePostings;
  /** null when the index was built lexical-only. */
  readonly vectors: VectorSearch | null;
  /**
   * Releases what the store keeps open to read passages on demand (its segment files): call it
   * when the index is replaced and no answer reads it any more. A passage read after it fails.
   */
  close(): void;
  /**
   * The names table the build stored, its owners (one per document, in `documents`' order) put in
   * place of positions, read at this call; undefined when there is none made by today's rules.
   */
  readonly storedNames?: StoredNameTable;
  /** Every person's role headings as terms, as the build stored them, read at this call; undefined when there is none. */
  readonly storedRoleTerms?: () => StoredRoleTerms | undefined;
}
