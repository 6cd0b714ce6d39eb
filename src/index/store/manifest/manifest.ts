/** What an index folder holds: its header (`index.json`), segments of passages, and the HNSW graph. */
import type { FileStamp, Person } from '../../../corpus/document.js';
import type { DocumentFormat } from '../../../corpus/formats/types.js';
import type { StoredFacts } from '../../../facts/storedFacts.js';

/**
 * 7: `names.json` holds the people's names by first word, `role-terms.json.deflate` their role headings'
 * terms (made by the build, not the first question that needs them).
 * 6: segments hold postings and key lines as varints, and each passage's owner once per document.
 * 5: segments also hold who-knows' line dates and word keys, start lines and section labels.
 * 4: segments hold their passages last, read on demand and checked by block.
 * 3: segments also hold who-knows' line postings. 2: segments of binary passages and BM25
 * postings. 1 was one JSON manifest and one JSON lexical file. An older index is rebuilt by `npm run embed`.
 */
export const INDEX_FORMAT_VERSION = 7;

export interface HnswParameters {
  readonly space: 'cosine';
  readonly m: number;
  readonly efConstruction: number;
  /** Search breadth; hnswlib does not save it, so it is re-applied after every load. */
  readonly efSearch: number;
}

export const DEFAULT_HNSW: HnswParameters = { space: 'cosine', m: 16, efConstruction: 200, efSearch: 100 };

export interface IndexedDocument {
  readonly source: string;
  readonly contentHash: string;
  /** Hash of everything that shapes this document's passages and vectors; equal means reusable. */
  readonly fingerprint: string;
  readonly person: Person;
  /** Absent in indexes built before formats other than Markdown and text were read. */
  readonly format?: DocumentFormat;
  readonly passageCount: number;
  /** Converted formats: the name of its extracted text under `text/`. */
  readonly textName?: string;
  /**
   * The file's stamp when it was read (absent in older indexes, and for a file changed just before
   * it was read): a build does not read a file whose stamp is unchanged.
   */
  readonly stamp?: FileStamp;
  /**
   * Roles, schools, skills lists and contact lines, read from the passages when they were made.
   * Kept in `facts.jsonl` and read from it on first use of a loaded document; indexes written before that file
   * hold them here, and indexes built before facts were stored have none (loading then reads them
   * from the passages).
   */
  readonly facts?: StoredFacts;
  /**
   * Set on a loaded document whose facts are in `facts.jsonl`: their version, known without
   * parsing them (the file's, as every line of it is written by one version). Never written.
   */
  readonly factsVersion?: number;
}

/** One segment file of a generation. */
export interface SegmentRecord {
  /** File name under `segments/`. */
  readonly file: string;
  /** Passages the file holds, live or not. */
  readonly passages: number;
  /** Its size: a file of another size was cut short or replaced. */
  readonly bytes: number;
}

/**
 * `index.json`, written last into a generation: what the index was built with, and every document
 * with where its passages are. Small (one record per document), so a build reads it to see what
 * changed without reading any passage.
 */
export interface IndexHeader {
  readonly formatVersion: number;
  readonly builtAt: string;
  /**
   * When this build read the corpus (ms since the epoch), under the build lock: a later read means
   * a newer corpus, so an index is never replaced by one read earlier.
   */
  readonly corpusReadAt?: number;
  /** What the documents' stamps were recorded under (readers, naming, people.json); see readCorpus.ts. */
  readonly stampBasis?: string;
  /** null: built lexical-only, because no embedding model could be loaded. */
  readonly model: { readonly name: string; readonly dimension: number } | null;
  readonly hnsw: HnswParameters;
  readonly tokenizerVersion: number;
  readonly chunking: { readonly maxTokens: number; readonly exactTokenCounts: boolean };
  readonly segments: readonly SegmentRecord[];
  /** In corpus order; a passage's label is its position counting through them. */
  readonly documents: readonly IndexedDocument[];
  /** Per document: its segment (position in `segments`) and the position of its first passage there. */
  readonly placement: readonly (readonly [number, number])[];
  /** sha256 of vectors.hnsw: a damaged file is refused before the native reader sees it. */
  readonly vectorsSha256: string | null;
  /** CRC-32 of vector-labels.bin (absent in older indexes): labels of the right count can still be wrong. */
  readonly vectorLabelsCrc32?: number;
  /**
   * `facts.jsonl`: one line per document, in document order, its stored facts (empty when it has
   * none), all of this `FACTS_VERSION`. Kept out of this header, which every build reads: they are
   * most of its bytes, and a build copies an unchanged document's line without parsing it.
   * Absent in older indexes.
   */
  /** `names.json` (see namesFile.ts): the rules that made it, its size and CRC-32. */
  readonly names?: { readonly version: number; readonly bytes: number; readonly crc32: number };
  /** `role-terms.json.deflate` (see roleTermsFile.ts); absent when some document had no facts of this version. */
  readonly roleTerms?: {
    readonly factsVersion: number;
    readonly tokenizerVersion: number;
    readonly bytes: number;
    readonly crc32: number;
  };
  readonly facts?: {
    readonly version: number;
    readonly bytes: number;
    readonly crc32: number;
    /** See FactsWritten (factsFile.ts): the file is deflated by block, and a line is read when used. */
    readonly blockCrcs: readonly number[];
    readonly blockStarts: readonly number[];
    readonly rawBytes: number;
    readonly lineEnds: readonly number[];
  };
}

export const FILES = {
  /** The header, written last: a generation without one is never mistaken for a finished index. */
  header: 'index.json',
  /** The whole index of format 1, kept only to recognise such an index and rebuild it. */
  legacyManifest: 'manifest.json',
  segments: 'segments',
  vectors: 'vectors.hnsw',
  /** Each passage's HNSW label (int32, label order): labels outlive positions, so an edit updates the graph in place. */
  vectorLabels: 'vector-labels.bin',
  /** Each document's stored facts, a JSON line each (see IndexHeader.facts). */
  facts: 'facts.jsonl',
  /** The people's names by first word (see IndexHeader.names). */
  names: 'names.json',
  /** Every person's role headings as index terms (see IndexHeader.roleTerms). */
  roleTerms: 'role-terms.json.deflate',
  /** Folder of the text extracted from converted documents (PDF, DOCX, …), which their citations quote. */
  texts: 'text',
} as const;
