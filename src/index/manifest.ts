/** What an index folder holds, besides the HNSW graph itself. */
import type { Person } from '../corpus/document.js';
import type { DocumentFormat } from '../corpus/formats/types.js';
import type { Passage } from '../chunking/passage.js';
import type { StoredFacts } from '../facts/storedFacts.js';
import type { LexicalEntry } from './lexicalIndex.js';

export const INDEX_FORMAT_VERSION = 1;

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
  /**
   * Roles, schools, skills lists and contact lines, read from the passages when they were made.
   * Absent in indexes built before facts were stored: loading then reads them from the passages.
   */
  readonly facts?: StoredFacts;
}

export interface IndexManifest {
  readonly formatVersion: number;
  readonly builtAt: string;
  /**
   * When this build read the corpus (ms since the epoch), under the build lock: a later read means
   * a newer corpus, so an index is never replaced by one read earlier. Absent in older indexes.
   */
  readonly corpusReadAt?: number;
  /** null: built lexical-only, because no embedding model could be loaded. */
  readonly model: { readonly name: string; readonly dimension: number } | null;
  readonly hnsw: HnswParameters;
  readonly tokenizerVersion: number;
  readonly chunking: { readonly maxTokens: number; readonly exactTokenCounts: boolean };
  readonly documents: readonly IndexedDocument[];
  /** A passage's position here is its HNSW label and its lexical entry's position. */
  readonly passages: readonly Passage[];
  /** sha256 of vectors.hnsw: a damaged file is refused before the native reader sees it. */
  readonly vectorsSha256: string | null;
  /**
   * Each passage's label in vectors.hnsw. Labels outlive positions, so an edit updates the graph in
   * place; absent (older indexes): a passage's position is its label.
   */
  readonly vectorLabels?: readonly number[] | null;
}

export interface LexicalFile {
  readonly tokenizerVersion: number;
  readonly entries: readonly LexicalEntry[];
}

export const FILES = {
  manifest: 'manifest.json',
  lexical: 'lexical.json',
  vectors: 'vectors.hnsw',
  /** Folder of the text extracted from converted documents (PDF, DOCX, …), which their citations quote. */
  texts: 'text',
} as const;
