/**
 * corpus → passages → vectors → index on disk, incrementally: a document whose fingerprint is
 * unchanged keeps its passages, vectors and lexical entries; only changed or new documents are
 * chunked and embedded again.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../config.js';
import type { ProfileDocument } from '../corpus/document.js';
import { readCorpus } from '../corpus/readCorpus.js';
import { createError } from '../errors.js';
import { chunkDocument } from '../chunking/chunkDocument.js';
import { CHUNKER_VERSION, type Passage } from '../chunking/passage.js';
import type { Embedder, TokenCounter } from '../embedding/embedder.js';
import { lexicalEntryFor, type LexicalEntry } from './lexicalIndex.js';
import { TOKENIZER_VERSION } from '../text/terms.js';
import { acquireBuildLock, type LockOptions } from './buildLock.js';
import { indexExists, indexPath, loadStored, readInstalledCorpusReadAt, removeAbandonedBuilds, writeIndex, type StoredIndex } from './indexStore.js';
import { DEFAULT_HNSW, FILES, INDEX_FORMAT_VERSION, type HnswParameters, type IndexManifest, type IndexedDocument } from './manifest.js';
import { VectorIndex, type Slot } from './vectorIndex.js';

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
  /** Sources of the profiles whose text names nobody ("unnamed (file)"), to be named in people.json. */
  readonly unnamed: readonly string[];
  /** Why everything was rebuilt, when it was although `--full` was not asked for. */
  readonly fullRebuildReason?: string;
  /** true when an index built from a later read of the corpus was installed meanwhile and kept. */
  readonly superseded?: boolean;
}

function fingerprint(doc: ProfileDocument, inputs: BuildInputs): string {
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

/** Why the previous index can't be reused at all, or undefined when it can. */
function reuseBlocker(previous: StoredIndex, embedder: Embedder | null): string | undefined {
  const before = previous.manifest.model;
  const now = embedder ? { name: embedder.modelId, dimension: embedder.dimension } : null;
  if (before?.name !== now?.name) return `model changed from ${before?.name ?? 'none'} to ${now?.name ?? 'none'}`;
  if (before && now && before.dimension !== now.dimension) return `dimension changed from ${before.dimension} to ${now.dimension}`;
  return undefined;
}

function sameGraphSettings(a: HnswParameters, b: HnswParameters): boolean {
  return a.space === b.space && a.m === b.m && a.efConstruction === b.efConstruction;
}

interface Reusable {
  readonly passages: readonly Passage[];
  /** Their positions in the previous index, whose vectors stay in the graph. */
  readonly previousPositions: readonly number[] | null;
  readonly lexical: readonly LexicalEntry[];
}

/** The previous index's passage labels, per source: one pass, so reuse costs no scan per document. */
function labelsBySource(previous: StoredIndex): Map<string, number[]> {
  const bySource = new Map<string, number[]>();
  previous.manifest.passages.forEach((passage, label) => {
    const labels = bySource.get(passage.source);
    if (labels) labels.push(label);
    else bySource.set(passage.source, [label]);
  });
  return bySource;
}

function reusableParts(previous: StoredIndex, labels: readonly number[]): Reusable {
  return {
    passages: labels.map((label) => previous.manifest.passages[label]!),
    previousPositions: labels,
    // Loading already remade entries written by an older tokenizer, so these are always current.
    lexical: labels.map((label) => previous.lexical.entry(label)!),
  };
}

/** Where a converted document's text is reached through the index link, relative to the project root. */
function textSourceOf(doc: ProfileDocument, config: Config): string | undefined {
  if (!doc.textName) return undefined;
  const file = path.join(indexPath(config.dataDir), FILES.texts, doc.textName);
  return path.relative(config.projectRoot, file).split(path.sep).join('/');
}

/** Points a converted document's passages at its text file, and gives PDF passages their pages. */
function inTextFile(passage: Passage, doc: ProfileDocument, textSource: string | undefined): Passage {
  if (!textSource) return passage;
  const pages = doc.pages?.slice(passage.startLine - 1, passage.endLine);
  return { ...passage, textSource, ...(pages ? { pages } : {}) };
}

async function embedAll(passages: readonly Passage[], inputs: BuildInputs): Promise<Float32Array[]> {
  const { embedder } = inputs;
  if (!embedder || passages.length === 0) return [];
  const batchSize = inputs.batchSize ?? 32;
  const vectors: Float32Array[] = [];
  for (let start = 0; start < passages.length; start += batchSize) {
    const batch = passages.slice(start, start + batchSize);
    vectors.push(...(await embedder.embed(batch.map((passage) => passage.embedText))));
    inputs.onProgress?.(vectors.length, passages.length);
    // The model call resolves without giving timers a turn: without this, a progress bar (or a
    // bot's heartbeat) would not move until the whole embed is over.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return vectors;
}

function minutes(ms: number): string {
  return ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`;
}

/**
 * Builds under the data folder's build lock, so builds never overlap: a second one waits, then
 * reads the corpus as it is by then. Leftovers of killed builds are removed first, freeing space.
 */
export async function buildIndex(config: Config, inputs: BuildInputs): Promise<BuildReport> {
  const warn = inputs.warn ?? (() => {});
  const lock = await acquireBuildLock(config.dataDir, {
    ...inputs.lock,
    onWait:
      inputs.lock?.onWait ??
      ((owner, waitMs) => warn(`another index build (pid ${owner.pid}) is running; waiting up to ${minutes(waitMs)} for it to finish…`)),
  });
  try {
    await removeAbandonedBuilds(config.dataDir);
    return await buildLocked(config, inputs, warn);
  } finally {
    await lock.release();
  }
}

/** When this build reads the corpus: now, and always after the installed build's read, even if the clock went back. */
async function corpusReadTime(dataDir: string): Promise<number> {
  const installed = await readInstalledCorpusReadAt(dataDir);
  return Math.max(Date.now(), installed + 1);
}

async function buildLocked(config: Config, inputs: BuildInputs, warn: (message: string) => void): Promise<BuildReport> {
  const corpusReadAt = await corpusReadTime(config.dataDir);
  const corpus = await readCorpus(config.corpusDir, config.projectRoot);
  corpus.warnings.forEach(warn);
  if (corpus.documents.length === 0) throw createError('CORPUS_EMPTY', config.corpusDir);

  let previous: StoredIndex | undefined;
  let fullRebuildReason: string | undefined;
  if (!inputs.full && indexExists(config.dataDir)) {
    try {
      previous = await loadStored(config.dataDir);
      fullRebuildReason = reuseBlocker(previous, inputs.embedder);
      if (fullRebuildReason) previous = undefined;
    } catch (error) {
      fullRebuildReason = `the previous index is unusable (${(error as Error).message})`;
    }
  }
  const previousDocs = new Map(previous?.manifest.documents.map((doc) => [doc.source, doc]) ?? []);
  const previousLabels = previous ? labelsBySource(previous) : new Map<string, number[]>();

  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const documents: IndexedDocument[] = [];
  const slots: { passages: readonly Passage[]; previousPositions: readonly number[] | null; lexical: readonly (LexicalEntry | undefined)[] }[] = [];
  const toEmbed: Passage[] = [];
  for (const doc of corpus.documents) {
    const print = fingerprint(doc, inputs);
    const before = previousDocs.get(doc.source);
    if (previous && before?.fingerprint === print) {
      unchanged++;
      slots.push(reusableParts(previous, previousLabels.get(doc.source) ?? []));
    } else {
      if (before) updated++;
      else added++;
      const textSource = textSourceOf(doc, config);
      const passages = chunkDocument(doc, { countTokens: inputs.tokens.count, maxTokens: inputs.tokens.maxTokens, forModel: inputs.embedder !== null }).map((passage) => inTextFile(passage, doc, textSource));
      toEmbed.push(...passages);
      slots.push({ passages, previousPositions: null, lexical: passages.map(() => undefined) });
    }
    documents.push({ source: doc.source, contentHash: doc.contentHash, fingerprint: print, person: doc.person, format: doc.format, passageCount: slots.at(-1)!.passages.length });
  }
  const currentSources = new Set(corpus.documents.map((doc) => doc.source));
  const removed = [...previousDocs.keys()].filter((source) => !currentSources.has(source)).length;

  const common = { removed, unchanged, added, updated, documents: documents.length, model: inputs.embedder?.modelId ?? null, skipped: corpus.warnings, unnamed: documents.filter((doc) => doc.person.nameSource === 'file-name').map((doc) => doc.source) };
  const lexicalStale = previous !== undefined && !previous.lexicalSaved;
  if (previous && added + updated + removed === 0 && !lexicalStale) {
    return { ...common, passages: previous.manifest.passages.length, embedded: 0, written: false, indexDir: previous.dir, ...(fullRebuildReason ? { fullRebuildReason } : {}) };
  }

  inputs.onStart?.(inputs.embedder ? toEmbed.length : 0);
  const fresh = await embedAll(toEmbed, inputs);
  const freshByPassage = new Map(toEmbed.map((passage, i) => [passage, fresh[i]]));

  const passages = slots.flatMap((slot) => slot.passages);
  const lexical = slots.flatMap((slot) => slot.passages.map((passage, i) => slot.lexical[i] ?? lexicalEntryFor(passage)));
  let vectors: VectorIndex | null = null;
  if (inputs.embedder) {
    const vectorSlots: Slot[] = slots.flatMap((slot) =>
      slot.passages.map((passage, i) => slot.previousPositions?.[i] ?? freshByPassage.get(passage)!),
    );
    // An edit updates the previous graph in place (marks the old points deleted, adds the new ones)
    // instead of rebuilding it over every passage; the graph's own settings must be today's for that.
    if (previous?.vectors && sameGraphSettings(previous.manifest.hnsw, DEFAULT_HNSW)) {
      vectors = previous.vectors;
      vectors.update(vectorSlots);
    } else {
      vectors = VectorIndex.build(vectorSlots.map((slot) => (typeof slot === 'number' ? previous!.vectors!.vector(slot) : slot)), inputs.embedder.dimension, DEFAULT_HNSW);
    }
  }

  const manifest: IndexManifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    builtAt: new Date().toISOString(),
    corpusReadAt,
    model: inputs.embedder ? { name: inputs.embedder.modelId, dimension: inputs.embedder.dimension } : null,
    hnsw: DEFAULT_HNSW,
    tokenizerVersion: TOKENIZER_VERSION,
    chunking: { maxTokens: inputs.tokens.maxTokens, exactTokenCounts: inputs.tokens.exact },
    documents,
    passages,
    vectorsSha256: null,
    vectorLabels: vectors ? vectors.labels : null,
  };
  const texts = new Map(corpus.documents.flatMap((doc) => (doc.textName ? [[doc.textName, doc.text] as const] : [])));
  const { installed } = await writeIndex(config.dataDir, { manifest, lexical: { tokenizerVersion: TOKENIZER_VERSION, entries: lexical }, vectors, texts });
  return {
    ...common,
    passages: passages.length,
    embedded: fresh.length,
    written: installed,
    indexDir: indexPath(config.dataDir),
    ...(fullRebuildReason ? { fullRebuildReason } : {}),
    ...(installed ? {} : { superseded: true }),
  };
}
