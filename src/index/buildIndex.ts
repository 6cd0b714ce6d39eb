/**
 * corpus → passages → vectors → index on disk, incrementally: a document whose fingerprint is
 * unchanged keeps its passages, vectors and postings where they are (its segment is hard-linked
 * into the new generation, unread); only changed or new documents are chunked, embedded and
 * written, as a new segment. Deciding what changed reads the corpus and the index's header only.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../config.js';
import type { ProfileDocument } from '../corpus/document.js';
import { streamCorpus } from '../corpus/readCorpus.js';
import { createError, dataDirError } from '../errors.js';
import { chunkDocument } from '../chunking/chunkDocument.js';
import { CHUNKER_VERSION, type Passage } from '../chunking/passage.js';
import { FACTS_VERSION, storeFacts, type StoredFacts } from '../facts/storedFacts.js';
import type { Embedder, TokenCounter } from '../embedding/embedder.js';
import { TOKENIZER_VERSION } from '../text/terms.js';
import { acquireBuildLock, type LockOptions } from './buildLock.js';
import { checkSegmentSizes, GenerationWriter, indexExists, indexPath, isLegacyIndex, loadStored, readInstalled, readInstalledCorpusReadAt, readVectors, removeAbandonedBuilds } from './indexStore.js';
import { DEFAULT_HNSW, FILES, type HnswParameters, type IndexHeader, type IndexedDocument } from './manifest.js';
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
function reuseBlocker(previous: IndexHeader, embedder: Embedder | null): string | undefined {
  const before = previous.model;
  const now = embedder ? { name: embedder.modelId, dimension: embedder.dimension } : null;
  if (before?.name !== now?.name) return `model changed from ${before?.name ?? 'none'} to ${now?.name ?? 'none'}`;
  if (before && now && before.dimension !== now.dimension) return `dimension changed from ${before.dimension} to ${now.dimension}`;
  return undefined;
}

function sameGraphSettings(a: HnswParameters, b: HnswParameters): boolean {
  return a.space === b.space && a.m === b.m && a.efConstruction === b.efConstruction;
}

/** Passages per new segment: big enough that a 10k-profile index is a few files, small enough that one stays far below Node's 2 GB read limit. */
const SEGMENT_PASSAGES = 65_536;
/** Share of dead passages (of removed or edited documents) in kept segments at which a build rewrites them all. */
const COMPACT_AT = 0.25;
/** Segments at which a build rewrites them all: each adds a lookup per question term. */
const MAX_SEGMENTS = 24;

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

async function embedAll(texts: readonly string[], inputs: BuildInputs): Promise<Float32Array[]> {
  const { embedder } = inputs;
  if (!embedder || texts.length === 0) return [];
  const batchSize = inputs.batchSize ?? 32;
  const vectors: Float32Array[] = [];
  for (let start = 0; start < texts.length; start += batchSize) {
    vectors.push(...(await embedder.embed(texts.slice(start, start + batchSize))));
    inputs.onProgress?.(vectors.length, texts.length);
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

/** The previous index as a build sees it: its header only, and its graph when vectors are reused. */
interface Previous {
  readonly generation: string;
  readonly header: IndexHeader;
  /** Each document's first label in the previous index, by source. */
  readonly firstLabel: ReadonlyMap<string, number>;
  readonly documents: ReadonlyMap<string, { readonly doc: IndexedDocument; readonly index: number }>;
}

async function readPrevious(config: Config, inputs: BuildInputs): Promise<{ previous?: Previous; reason?: string }> {
  if (inputs.full || !indexExists(config.dataDir)) return {};
  if (isLegacyIndex(config.dataDir)) return { reason: 'the previous index was written by an older version (JSON)' };
  try {
    const { generation, header } = await readInstalled(config.dataDir);
    await checkSegmentSizes(generation, header, indexPath(config.dataDir));
    const blocker = reuseBlocker(header, inputs.embedder) ?? (header.tokenizerVersion !== TOKENIZER_VERSION ? 'the tokenizer changed' : undefined);
    if (blocker) return { reason: blocker };
    const firstLabel = new Map<string, number>();
    let label = 0;
    for (const doc of header.documents) {
      firstLabel.set(doc.source, label);
      label += doc.passageCount;
    }
    const documents = new Map(header.documents.map((doc, index) => [doc.source, { doc, index }]));
    return { previous: { generation, header, firstLabel, documents } };
  } catch (error) {
    return { reason: `the previous index is unusable (${(error as Error).message})` };
  }
}

/**
 * Collects new passages into segments of SEGMENT_PASSAGES, writing each as soon as it is full, so
 * a full build never holds more than one segment's postings.
 */
class SegmentFiller {
  private passages: Passage[] = [];

  constructor(private readonly writer: GenerationWriter) {}

  /** Adds one document's passages, all in one segment; returns where they are. */
  async add(passages: readonly Passage[]): Promise<[number, number]> {
    if (this.passages.length > 0 && this.passages.length + passages.length > SEGMENT_PASSAGES) await this.flush();
    const first = this.passages.length;
    this.passages.push(...passages);
    // The segment this goes into is the next one the writer will hold.
    return [this.writer.segmentCount, first];
  }

  async flush(): Promise<void> {
    if (this.passages.length === 0) return;
    await this.writer.addSegment(this.passages);
    this.passages = [];
  }
}

/** What a build keeps of one profile once its text is gone: its header record and where its passages are. */
interface Indexed {
  readonly record: Omit<IndexedDocument, 'passageCount' | 'facts'>;
  readonly kept: boolean;
  /** Changed or new documents only: chunked and written during the corpus pass. */
  readonly fresh?: { readonly passageCount: number; readonly facts?: StoredFacts; readonly placement: [number, number] };
  readonly unnamed: boolean;
}

/** The generation being written, begun at the first profile that needs writing, so a build with nothing to do writes nothing. */
class Output {
  private started: { readonly writer: GenerationWriter; readonly filler: SegmentFiller } | undefined;

  constructor(private readonly dataDir: string) {}

  async get(): Promise<{ readonly writer: GenerationWriter; readonly filler: SegmentFiller }> {
    if (!this.started) {
      const writer = await GenerationWriter.begin(this.dataDir);
      this.started = { writer, filler: new SegmentFiller(writer) };
    }
    return this.started;
  }

  async abandon(): Promise<void> {
    await this.started?.writer.abandon();
  }
}

async function buildLocked(config: Config, inputs: BuildInputs, warn: (message: string) => void): Promise<BuildReport> {
  const corpusReadAt = await corpusReadTime(config.dataDir);
  const corpus = await streamCorpus(config.corpusDir, config.projectRoot, warn);
  const { previous, reason: fullRebuildReason } = await readPrevious(config, inputs);
  const output = new Output(config.dataDir);

  // One pass over the corpus: a changed or new profile is chunked, its passages go into the
  // segment being filled (written when full) and its text is let go; an unchanged one is only
  // recorded. So the build's memory is one segment's passages plus a record per profile, whatever
  // the corpus size.
  const indexed: Indexed[] = [];
  /** Converted texts of unchanged profiles, written with the header (changed ones are written at once). */
  const keptTexts = new Map<string, string>();
  /** With a model, the text to embed of each new passage, in label order. */
  const toEmbed: string[] = [];
  try {
    for await (const doc of corpus.documents) {
      const print = fingerprint(doc, inputs);
      const record = { source: doc.source, contentHash: doc.contentHash, fingerprint: print, person: doc.person, format: doc.format };
      const unnamed = doc.person.nameSource === 'file-name';
      if (previous?.documents.get(doc.source)?.doc.fingerprint === print) {
        if (doc.textName) keptTexts.set(doc.textName, doc.text);
        indexed.push({ record, kept: true, unnamed });
        continue;
      }
      const { writer, filler } = await output.get();
      if (doc.textName) await writer.addText(doc.textName, doc.text);
      const textSource = textSourceOf(doc, config);
      const passages = chunkDocument(doc, { countTokens: inputs.tokens.count, maxTokens: inputs.tokens.maxTokens, forModel: inputs.embedder !== null }).map((passage) => inTextFile(passage, doc, textSource));
      const facts = passages.length > 0 ? storeFacts(passages) : undefined;
      if (inputs.embedder) for (const passage of passages) toEmbed.push(passage.embedText);
      const placement = await filler.add(passages);
      indexed.push({ record, kept: false, fresh: { passageCount: passages.length, placement, ...(facts ? { facts } : {}) }, unnamed });
    }
  } catch (error) {
    await output.abandon();
    throw error;
  }
  if (indexed.length === 0) {
    await output.abandon();
    throw createError('CORPUS_EMPTY', config.corpusDir);
  }

  const currentSources = new Set(indexed.map((entry) => entry.record.source));
  const removed = previous ? previous.header.documents.filter((doc) => !currentSources.has(doc.source)).length : 0;
  const unchanged = indexed.filter((entry) => entry.kept).length;
  const updated = indexed.filter((entry) => !entry.kept && previous?.documents.has(entry.record.source)).length;
  const added = indexed.length - unchanged - updated;
  const base = { removed, unchanged, added, updated, documents: indexed.length, model: inputs.embedder?.modelId ?? null, skipped: corpus.warnings, unnamed: indexed.filter((entry) => entry.unnamed).map((entry) => entry.record.source) };
  const reasonField = fullRebuildReason ? { fullRebuildReason } : {};
  const before = (entry: Indexed) => previous!.documents.get(entry.record.source)!;
  // An index whose facts were stored by another version (or not at all) is rewritten with them, so loading need not read them.
  const factsStale = indexed.some((entry) => entry.kept && before(entry).doc.facts?.version !== FACTS_VERSION && before(entry).doc.passageCount > 0);
  if (previous && added + updated + removed === 0 && !factsStale) {
    // Nothing changed: only the corpus and the small header were read, and nothing was written.
    const passages = previous.header.documents.reduce((sum, doc) => sum + doc.passageCount, 0);
    return { ...base, passages, embedded: 0, written: false, indexDir: indexPath(config.dataDir), ...reasonField };
  }

  // Kept segments are those still holding a kept document; when too much of them is dead, or
  // there are too many, every kept passage is written again (compacted) from the previous segments.
  const keptSegments = new Set<number>();
  let livePassages = 0;
  for (const entry of indexed) {
    if (!entry.kept) continue;
    keptSegments.add(previous!.header.placement[before(entry).index]![0]);
    livePassages += before(entry).doc.passageCount;
  }
  const keptTotal = [...keptSegments].reduce((sum, s) => sum + previous!.header.segments[s]!.passages, 0);
  const compact = keptTotal - livePassages > COMPACT_AT * keptTotal || keptSegments.size >= MAX_SEGMENTS;

  let writer: GenerationWriter | undefined;
  try {
    const started = await output.get();
    writer = started.writer;
    const { filler } = started;
    // Passages are read back only to compact; the graph only when there is a model.
    const stored = previous && (compact || factsStale) ? await loadStored(config.dataDir) : undefined;
    const previousVectors = previous && inputs.embedder ? (stored?.vectors ?? (await readVectors(previous.generation, previous.header, indexPath(config.dataDir)))) : null;
    // New passages were written during the pass; kept ones follow them (labels come from document
    // order, not from where a passage is stored, so the segments' order changes no answer).
    const segmentHere = new Map<number, number>();
    if (previous && !compact) {
      await filler.flush();
      for (const s of [...keptSegments].sort((a, b) => a - b)) segmentHere.set(s, await writer.keepSegment(previous.generation, previous.header.segments[s]!));
    }
    const documents: IndexedDocument[] = [];
    const placement: [number, number][] = [];
    /** With a model, per document: its previous labels (vectors kept) or how many new passages it has. */
    const slots: ({ readonly kept: readonly number[] } | { readonly fresh: number })[] = [];
    for (const entry of indexed) {
      let passageCount: number;
      let facts: StoredFacts | undefined;
      if (entry.kept) {
        const { doc, index } = before(entry);
        const first = previous!.firstLabel.get(doc.source)!;
        const labels = Array.from({ length: doc.passageCount }, (_, k) => first + k);
        passageCount = labels.length;
        // Facts of a reused document are reused too, unless another version of the reader stored them.
        facts = doc.facts?.version === FACTS_VERSION ? doc.facts : passageCount > 0 ? storeFacts(labels.map((label) => stored!.reader.passage(label))) : undefined;
        if (inputs.embedder) slots.push({ kept: labels });
        if (compact) {
          placement.push(await filler.add(labels.map((label) => stored!.reader.passage(label))));
        } else {
          const [s, at] = previous!.header.placement[index]!;
          placement.push([segmentHere.get(s)!, at]);
        }
      } else {
        const fresh = entry.fresh!;
        passageCount = fresh.passageCount;
        facts = fresh.facts;
        if (inputs.embedder) slots.push({ fresh: passageCount });
        placement.push(fresh.placement);
      }
      documents.push({ ...entry.record, passageCount, ...(facts ? { facts } : {}) });
    }
    await filler.flush();

    inputs.onStart?.(inputs.embedder ? toEmbed.length : 0);
    const fresh = await embedAll(toEmbed, inputs);
    toEmbed.length = 0;
    let vectors: VectorIndex | null = null;
    if (inputs.embedder) {
      let next = 0;
      const vectorSlots: Slot[] = slots.flatMap((slot): Slot[] => ('kept' in slot ? [...slot.kept] : Array.from({ length: slot.fresh }, () => fresh[next++]!)));
      // An edit updates the previous graph in place (marks the old points deleted, adds the new ones)
      // instead of rebuilding it over every passage; the graph's own settings must be today's for that.
      if (previousVectors && sameGraphSettings(previous!.header.hnsw, DEFAULT_HNSW)) {
        vectors = previousVectors;
        vectors.update(vectorSlots);
      } else {
        vectors = VectorIndex.build(vectorSlots.map((slot) => (typeof slot === 'number' ? previousVectors!.vector(slot) : slot)), inputs.embedder.dimension, DEFAULT_HNSW);
      }
    }

    const { installed } = await writer.finish(
      {
        builtAt: new Date().toISOString(),
        corpusReadAt,
        model: inputs.embedder ? { name: inputs.embedder.modelId, dimension: inputs.embedder.dimension } : null,
        hnsw: DEFAULT_HNSW,
        tokenizerVersion: TOKENIZER_VERSION,
        chunking: { maxTokens: inputs.tokens.maxTokens, exactTokenCounts: inputs.tokens.exact },
        documents,
        placement,
      },
      vectors,
      keptTexts,
    );
    return {
      ...base,
      passages: documents.reduce((sum, doc) => sum + doc.passageCount, 0),
      embedded: fresh.length,
      written: installed,
      indexDir: indexPath(config.dataDir),
      ...reasonField,
      ...(installed ? {} : { superseded: true }),
    };
  } catch (error) {
    await output.abandon();
    throw dataDirError(error, config.dataDir) ?? error;
  }
}
