/**
 * Opening the installed index for questions: its header, its segments (what comes before their
 * passages), its graph and its documents' facts, composed into one SegmentedIndex.
 */
import { TOKENIZER_VERSION } from '../../text/terms.js';
import { documentsWithFacts } from '../store/manifest/factsFile.js';
import { readNamesFile } from '../store/manifest/namesFile.js';
import { readRoleTermsFile } from '../store/manifest/roleTermsFile.js';
import { FILES, type IndexHeader } from '../store/manifest/manifest.js';
import { indexPath } from '../store/generation/generations.js';
import { readInstalled } from '../store/generation/installed.js';
import { readSegment, retokenized } from '../store/segment/openSegment.js';
import type { Segment } from '../store/segment/segment.js';
import { readVectors } from '../store/vectors/vectorFiles.js';
import type { VectorIndex } from '../store/vectors/vectorIndex.js';
import type { IndexReader } from './indexReader.js';
import { SegmentedIndex } from './segmentedIndex.js';

/** The loaded index, as retrieval and answers see it. */
export type LoadedIndex = IndexReader;

/** The previous index with what a build reuses of it: its segments and its graph. */
export interface StoredIndex {
  readonly generation: string;
  readonly header: IndexHeader;
  readonly reader: SegmentedIndex;
  /** The graph as read (a build updates it in memory; the file stays as it was). */
  readonly vectors: VectorIndex | null;
  /** false when its segments were written by an older tokenizer (re-encoded in memory). */
  readonly lexicalSaved: boolean;
}

/** Loads the current index, or fails with INDEX_MISSING / INDEX_OLD_FORMAT / INDEX_CORRUPT and what to run. */
export async function loadIndex(dataDir: string, options: LoadOptions = {}): Promise<LoadedIndex> {
  return (await loadStored(dataDir, options)).reader;
}

export interface LoadOptions {
  /** How many passages the index keeps decoded (default PASSAGES_KEPT); tests make it tiny to exercise eviction. */
  readonly passagesKept?: number;
}

export async function loadStored(dataDir: string, options: LoadOptions = {}): Promise<StoredIndex> {
  const link = indexPath(dataDir);
  const { generation, header } = await readInstalled(dataDir);
  const lexicalSaved = header.tokenizerVersion === TOKENIZER_VERSION;
  const names = header.segments.map((record) => `${FILES.segments}/${record.file}`);
  const segments: Segment[] = [];
  try {
    for (const [s, record] of header.segments.entries()) {
      const segment = readSegment(generation, record, link);
      segments.push(segment);
      if (!lexicalSaved) segments[s] = retokenized(segment, names[s]!, link);
    }
    const vectors = header.model ? await readVectors(generation, header, link) : null;
    const info = {
      builtAt: header.builtAt,
      model: header.model,
      hnsw: header.hnsw,
      tokenizerVersion: header.tokenizerVersion,
      chunking: header.chunking,
      corpusReadAt: header.corpusReadAt,
    };
    const documents = await documentsWithFacts(generation, header, link);
    const reader = new SegmentedIndex(
      link,
      info,
      documents,
      header.placement as readonly (readonly [number, number])[],
      names,
      segments,
      vectors,
      options.passagesKept,
      (owners) => readNamesFile(generation, header.names, owners, link),
      () => readRoleTermsFile(generation, header.roleTerms, header.documents, link),
    );
    return { generation, header, reader, vectors, lexicalSaved };
  } catch (error) {
    // An index refused half-way keeps no file open.
    for (const segment of segments) segment.close();
    throw error;
  }
}
