/** What an index folder holds: its header (`index.json`), segments of passages, and the HNSW graph. */
import type { FileStamp, Person } from '../../../corpus/document.js';
import type { DocumentFormat } from '../../../corpus/formats/types.js';
import type { StoredFacts } from '../../../facts/storedFacts.js';
import type { LineFileRecord } from './lineFile.js';
import type { RoleTermsWritten } from './roleTermsFile.js';

/**
 * 11: `role-terms.tables.bin` holds the role-terms table as arrays, with who holds each term, so a
 * first employer question reads them instead of parsing every line; a one- or two-letter skill is
 * marked a technology after the small words and list joiners of the other four languages too.
 * 10: a passage too short or mixed to tell its own language is stemmed in its document's, which
 * each segment stores with the document (its `owners` entry).
 * 9: segments deflate their passages by blocks of 16 KiB and check their other sections by 8 KiB
 * (segment format 7).
 * 8: `facts.jsonl` is deflated in blocks of whole lines, and `role-terms.jsonl` holds a line per
 * document: an edit copies the blocks it does not change. `names.tsv` is a line per first word.
 * What only builds read of each document (content hash, fingerprint, file stamp) is in `builds.json`.
 * 7: `names.json` holds the people's names by first word, `role-terms.json.deflate` their role headings'
 * terms (made by the build, not the first question that needs them).
 * 6: segments hold postings and key lines as varints, and each passage's owner once per document.
 * 5: segments also hold who-knows' line dates and word keys, start lines and section labels.
 * 4: segments hold their passages last, read on demand and checked by block.
 * 3: segments also hold who-knows' line postings. 2: segments of binary passages and BM25
 * postings. 1 was one JSON manifest and one JSON lexical file. An older index is rebuilt by `npm run embed`.
 */
export const INDEX_FORMAT_VERSION = 11;

export interface HnswParameters {
  readonly space: 'cosine';
  readonly m: number;
  readonly efConstruction: number;
  /** Search breadth; hnswlib does not save it, so it is re-applied after every load. */
  readonly efSearch: number;
}

export const DEFAULT_HNSW: HnswParameters = { space: 'cosine', m: 16, efConstruction: 200, efSearch: 100 };

/** A document as questions see it: whose it is, what it was read as, how many passages it has. */
export interface IndexedDocument {
  readonly source: string;
  readonly person: Person;
  /** Absent in indexes built before formats other than Markdown and text were read. */
  readonly format?: DocumentFormat;
  readonly passageCount: number;
  /** Converted formats: the name of its extracted text under `text/`. */
  readonly textName?: string;
  /**
   * Roles, schools, skills lists and contact lines, read from the passages when they were made.
   * Kept in `facts.jsonl` and read from it on first use of a loaded document.
   */
  readonly facts?: StoredFacts;
  /**
   * Set on a loaded document whose facts are in `facts.jsonl`: their version, known without
   * parsing them (the file's, as every line of it is written by one version). Never written.
   */
  readonly factsVersion?: number;
}

/** What only a build reads of a document (`builds.json`): whether it changed since it was indexed. */
export interface DocumentBuild {
  readonly contentHash: string;
  /** Hash of everything that shapes this document's passages and vectors; equal means reusable. */
  readonly fingerprint: string;
  /**
   * The file's stamp when it was read (absent for a file changed just before it was read): a build
   * does not read a file whose stamp is unchanged.
   */
  readonly stamp?: FileStamp;
}

/** A document as a build knows it: both of the above. */
export type BuiltDocument = IndexedDocument & DocumentBuild;

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
 * with where its passages are. What only a build reads of each document is in `builds.json`, so
 * that opening an index for questions reads and checks only what questions use.
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
  /** `builds.json`: each document's DocumentBuild, in the same order, read only by builds. */
  readonly builds: { readonly bytes: number; readonly crc32: number };
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
  /** `names.tsv` (see namesFile.ts): the rules that made it, its size and CRC-32. */
  readonly names?: { readonly version: number; readonly bytes: number; readonly crc32: number };
  /** `role-terms.jsonl` (see roleTermsFile.ts): what made it, and its blocks and lines. */
  readonly roleTerms?: RoleTermsWritten;
  /** See lineFile.ts: the file is deflated in blocks of whole lines, and a line is read when used. */
  readonly facts?: LineFileRecord & { readonly version: number };
}

export const FILES = {
  /** The header, written last: a generation without one is never mistaken for a finished index. */
  header: 'index.json',
  /** What only a build reads of each document (see IndexHeader.builds). */
  builds: 'builds.json',
  /** The whole index of format 1, kept only to recognise such an index and rebuild it. */
  legacyManifest: 'manifest.json',
  segments: 'segments',
  vectors: 'vectors.hnsw',
  /** Each passage's HNSW label (int32, label order): labels outlive positions, so an edit updates the graph in place. */
  vectorLabels: 'vector-labels.bin',
  /** Each document's stored facts, a JSON line each (see IndexHeader.facts). */
  facts: 'facts.jsonl',
  /** The people's names by first word (see IndexHeader.names). */
  names: 'names.tsv',
  /** Every document's role headings as index terms, a line each (see IndexHeader.roleTerms). */
  roleTerms: 'role-terms.jsonl',
  /** The words role-terms.jsonl's ids stand for. */
  roleTermWords: 'role-terms.words.json',
  /** role-terms.jsonl as the arrays a question uses, with who holds each term (see roleTablesFile.ts). */
  roleTables: 'role-terms.tables.bin',
  /** Folder of the text extracted from converted documents (PDF, DOCX, …), which their citations quote. */
  texts: 'text',
} as const;
