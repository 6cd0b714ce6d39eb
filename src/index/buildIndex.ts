/**
 * corpus → passages → vectors → index on disk, incrementally: a document whose fingerprint is
 * unchanged keeps its passages, vectors and postings where they are (its segment is hard-linked
 * into the new generation, unread); only changed or new documents are chunked, embedded and
 * written, as a new segment. Deciding what changed reads the index's header and only the corpus
 * files whose stamp (size, times, inode) moved since it was written.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { isUnread, type ProfileDocument } from '../corpus/document.js';
import { sameStamp, streamCorpus, type CorpusReuse, type KnownFile } from '../corpus/readCorpus.js';
import { createError, dataDirError } from '../errors.js';
import { chunkDocument } from '../chunking/chunkDocument.js';
import { CHUNKER_VERSION, type Passage } from '../chunking/passage.js';
import { FACTS_VERSION } from '../facts/storedFacts.js';
import { factsLine } from '../profile/storeProfile.js';
import type { Embedder, TokenCounter } from '../embedding/embedder.js';
import { TOKENIZER_VERSION } from '../text/terms.js';
import { acquireBuildLock, type LockOptions } from './buildLock.js';
import { checkSegmentSizes, GenerationWriter, indexExists, indexPath, isLegacyIndex, loadStored, readFactsLines, readInstalled, readInstalledCorpusReadAt, readVectors, removeAbandonedBuilds, type StoredIndex } from './indexStore.js';
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
  /** Files changed less than this long before the build get no stamp (readCorpus.ts's SETTLE_MS); for tests. */
  readonly settleMs?: number;
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

function fingerprint(doc: Pick<IndexedDocument, 'contentHash' | 'person'>, inputs: BuildInputs): string {
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

/** Files read again only because their stamps moved, at or above which a build with nothing else to do records their new stamps. */
const RESTAMP_AT = 20;
/** …or this share of the corpus, whichever is more: a few files read per run cost less than a new header. */
const RESTAMP_SHARE = 0.02;

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
async function corpusReadTime(dataDir: string, previous: Previous | undefined): Promise<number> {
  const installed = previous ? (previous.header.corpusReadAt ?? 0) : await readInstalledCorpusReadAt(dataDir);
  return Math.max(Date.now(), installed + 1);
}

/**
 * What the corpus stream may reuse unread: documents whose stamp was recorded and whose passages
 * still hold (a changed chunker or model changes every fingerprint, and then every file is read).
 * A converted one also needs its extracted text, which is linked from the previous generation.
 */
function reuseOf(previous: Previous | undefined, inputs: BuildInputs): CorpusReuse {
  let settingsHold: boolean | undefined;
  return {
    basis: previous?.header.stampBasis,
    ...(inputs.settleMs !== undefined ? { settleMs: inputs.settleMs } : {}),
    known: (source) => {
      const doc = previous?.documents.get(source)?.doc;
      if (!doc?.stamp || !doc.format) return undefined;
      // Every document of an index was fingerprinted with the same settings (a change of settings
      // changes every fingerprint, so every document is read again), so one check covers them all.
      settingsHold ??= fingerprint(doc, inputs) === doc.fingerprint;
      if (!settingsHold) return undefined;
      if (doc.textName && !existsSync(path.join(previous!.generation, FILES.texts, doc.textName))) return undefined;
      const known: KnownFile = { stamp: doc.stamp, contentHash: doc.contentHash, person: doc.person, format: doc.format, ...(doc.textName ? { textName: doc.textName } : {}) };
      return known;
    },
  };
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
    if ((error as { code?: unknown }).code === 'INDEX_OLD_FORMAT') return { reason: 'the previous index was written by an older version' };
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
  readonly fresh?: { readonly passageCount: number; /** Its line of facts.jsonl. */ readonly facts: string; readonly placement: [number, number] };
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
  const { previous, reason: fullRebuildReason } = await readPrevious(config, inputs);
  const corpusReadAt = await corpusReadTime(config.dataDir, previous);
  const corpus = await streamCorpus(config.corpusDir, config.projectRoot, warn, reuseOf(previous, inputs));
  const output = new Output(config.dataDir);

  // One pass over the corpus: a changed or new profile is chunked, its passages go into the
  // segment being filled (written when full) and its text is let go; an unchanged one is only
  // recorded. So the build's memory is one segment's passages plus a record per profile, whatever
  // the corpus size.
  const indexed: Indexed[] = [];
  /** Converted texts of unchanged profiles, written with the header (changed ones are written at once). */
  const keptTexts = new Map<string, string>();
  /** …and of unchanged profiles not read again, linked from the previous generation. */
  const linkedTexts: string[] = [];
  /** Files read again only because their stamps moved (touched, copied back, checked out again). */
  let restamped = 0;
  /** With a model, the text to embed of each new passage, in label order. */
  const toEmbed: string[] = [];
  try {
    for await (const doc of corpus.documents) {
      // An unread document's fingerprint was checked against the recorded one when it was offered (see reuseOf).
      const print = isUnread(doc) ? previous!.documents.get(doc.source)!.doc.fingerprint : fingerprint(doc, inputs);
      const record = { source: doc.source, contentHash: doc.contentHash, fingerprint: print, person: doc.person, format: doc.format, ...(doc.textName ? { textName: doc.textName } : {}), ...(doc.stamp ? { stamp: doc.stamp } : {}) };
      const unnamed = doc.person.nameSource === 'file-name';
      const prior = previous?.documents.get(doc.source)?.doc;
      if (prior?.fingerprint === print) {
        if (isUnread(doc)) {
          if (doc.textName) linkedTexts.push(doc.textName);
        } else {
          if (doc.textName) keptTexts.set(doc.textName, doc.text);
          if (doc.stamp && (previous!.header.stampBasis !== corpus.stampBasis || !sameStamp(doc.stamp, prior.stamp))) restamped++;
        }
        indexed.push({ record, kept: true, unnamed });
        continue;
      }
      // The stream offers a file unread only when its passages can be kept (see reuseOf).
      if (isUnread(doc)) throw new Error(`${doc.source} was not read but its passages can't be kept`);
      const { writer, filler } = await output.get();
      if (doc.textName) await writer.addText(doc.textName, doc.text);
      const textSource = textSourceOf(doc, config);
      const passages = chunkDocument(doc, { countTokens: inputs.tokens.count, maxTokens: inputs.tokens.maxTokens, forModel: inputs.embedder !== null }).map((passage) => inTextFile(passage, doc, textSource));
      const facts = passages.length > 0 ? factsLine(passages, doc, config.projectRoot) : '';
      if (inputs.embedder) for (const passage of passages) toEmbed.push(passage.embedText);
      const placement = await filler.add(passages);
      indexed.push({ record, kept: false, fresh: { passageCount: passages.length, placement, facts }, unnamed });
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
  const base = { removed, unchanged, added, updated, filesRead: corpus.filesRead(), documents: indexed.length, model: inputs.embedder?.modelId ?? null, skipped: corpus.warnings, unnamed: indexed.filter((entry) => entry.unnamed).map((entry) => entry.record.source) };
  const reasonField = fullRebuildReason ? { fullRebuildReason } : {};
  const before = (entry: Indexed) => previous!.documents.get(entry.record.source)!;
  // An index whose facts were stored by another version (or not at all) is rewritten with them, so loading need not read them.
  // Its facts are in facts.jsonl, all of one version, or (older indexes) in each header document.
  const factsVersionOf = (doc: IndexedDocument) => (previous!.header.facts ? previous!.header.facts.version : doc.facts?.version);
  const factsStale = indexed.some((entry) => entry.kept && factsVersionOf(before(entry).doc) !== FACTS_VERSION && before(entry).doc.passageCount > 0);
  // Files touched, copied back or checked out again keep their passages but are read on every run
  // until their new stamps are recorded: when there are many, a new header records them.
  const restamp = restamped >= Math.max(RESTAMP_AT, indexed.length * RESTAMP_SHARE);
  if (previous && added + updated + removed === 0 && !factsStale && !restamp) {
    // Nothing changed: only the header and the stamps of the corpus files were read, and nothing was written.
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
  let stored: StoredIndex | undefined;
  try {
    const started = await output.get();
    writer = started.writer;
    const { filler } = started;
    // Passages are read back only to compact; the graph only when there is a model.
    stored = previous && (compact || factsStale) ? await loadStored(config.dataDir) : undefined;
    const previousVectors = previous && inputs.embedder ? (stored?.vectors ?? (await readVectors(previous.generation, previous.header, indexPath(config.dataDir)))) : null;
    // New passages were written during the pass; kept ones follow them (labels come from document
    // order, not from where a passage is stored, so the segments' order changes no answer).
    // An unchanged document's line of facts is copied as it is, never parsed.
    const previousFacts = previous?.header.facts?.version === FACTS_VERSION ? await readFactsLines(previous.generation, previous.header, indexPath(config.dataDir)) : undefined;
    const factsLines: (string | Uint8Array)[] = [];
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
      let facts: string | Uint8Array = '';
      if (entry.kept) {
        const { doc, index } = before(entry);
        const first = previous!.firstLabel.get(doc.source)!;
        const labels = Array.from({ length: doc.passageCount }, (_, k) => first + k);
        passageCount = labels.length;
        // Facts of a reused document are reused too, unless another version of the reader stored them.
        if (previousFacts) facts = previousFacts[index]!;
        else if (doc.facts?.version === FACTS_VERSION) facts = JSON.stringify(doc.facts);
        else if (passageCount > 0) facts = factsLine(labels.map((label) => stored!.reader.passage(label)), doc, config.projectRoot);
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
      documents.push({ ...entry.record, passageCount });
      factsLines.push(facts);
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

    for (const name of linkedTexts) await writer.keepText(previous!.generation, name);
    const { installed } = await writer.finish(
      {
        builtAt: new Date().toISOString(),
        corpusReadAt,
        stampBasis: corpus.stampBasis,
        model: inputs.embedder ? { name: inputs.embedder.modelId, dimension: inputs.embedder.dimension } : null,
        hnsw: DEFAULT_HNSW,
        tokenizerVersion: TOKENIZER_VERSION,
        chunking: { maxTokens: inputs.tokens.maxTokens, exactTokenCounts: inputs.tokens.exact },
        documents,
        placement,
      },
      vectors,
      keptTexts,
      { version: FACTS_VERSION, lines: factsLines },
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
  } finally {
    stored?.reader.close();
  }
}
