/** What a build is given and reports, and the fingerprint that decides whether a document's passages can be kept. */
import { createHash } from 'node:crypto';
import { CHUNKER_VERSION } from '../../chunking/passage.js';
import type { Embedder, TokenCounter } from '../../embedding/embedder.js';
import type { BuiltDocument } from '../store/manifest/manifest.js';
import type { LockOptions } from './buildLock.js';

export interface BuildInputs {
  /** null: lexical-only build (no model could be loaded). */
  readonly embedder: Embedder | null;
  readonly tokens: { readonly count: TokenCounter; readonly maxTokens: number; readonly exact: boolean };
  /** Ignore the previous index and embed everything again. */
  readonly full?: boolean;
  readonly batchSize?: number;
  /** Called after each embedded batch. */
  readonly onProgress?: (embedded: number, total: number) => void;
  /** Called once, before embedding starts, with how many passages need embedding. */
  readonly onStart?: (toEmbed: number) => void;
  readonly warn?: (message: string) => void;
  /** How long to wait for another build holding the lock, and what to say meanwhile. */
  readonly lock?: LockOptions;
  /** Files changed less than this long before the build get no stamp (readCorpus.ts's SETTLE_MS); for tests. */
  readonly settleMs?: number;
  /** Passages from which a new segment is written on its own thread (generationWriter.ts's default); for tests. */
  readonly segmentThreadFrom?: number;
  /** Documents whose facts are read at once before the rest go to their own thread (factsThread.ts's default); for tests. */
  readonly factsThreadFrom?: number;
}

export interface BuildReport {
  readonly added: number;
  readonly updated: number;
  readonly removed: number;
  readonly unchanged: number;
  readonly documents: number;
  readonly passages: number;
  /** Passages embedded by this run (0 when everything was reused or the build is lexical-only). */
  readonly embedded: number;
  readonly model: string | null;
  /** false when nothing changed and the existing index was kept as it is. */
  readonly written: boolean;
  readonly indexDir: string;
  readonly skipped: readonly string[];
  /** Profile files read and hashed; the others had the stamp the index recorded and were reused unread. */
  readonly filesRead: number;
  /** Sources of the profiles whose text names nobody ("unnamed (file)"), to be named in people.json. */
  readonly unnamed: readonly string[];
  /** Why everything was rebuilt, when it was although `--full` was not asked for. */
  readonly fullRebuildReason?: string;
  /** true when an index built from a later read of the corpus was installed meanwhile and kept. */
  readonly superseded?: boolean;
}

/** Hash of everything that shapes a document's passages and vectors: equal means both can be kept. */
export function fingerprint(doc: Pick<BuiltDocument, 'contentHash' | 'person'>, inputs: BuildInputs): string {
  const shape = {
    content: doc.contentHash,
    person: doc.person,
    chunker: CHUNKER_VERSION,
    maxTokens: inputs.tokens.maxTokens,
    exact: inputs.tokens.exact,
    model: inputs.embedder?.modelId ?? null,
  };
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex');
}
