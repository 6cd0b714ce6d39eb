/**
 * The write step: passages into segments of the new generation. New passages are written during
 * the corpus pass, a segment as soon as it is full; kept passages follow, their segments hard-linked
 * from the previous generation, or (compacting) written again from them.
 */
import type { Passage } from '../../chunking/passage.js';
import type { SegmentedIndex } from '../read/segmentedIndex.js';
import { GenerationWriter, type WriterOptions } from '../store/generation/generationWriter.js';
import type { LineSource } from '../store/manifest/lineFile.js';
import type { BuiltDocument } from '../store/manifest/manifest.js';
import { keptFacts } from './facts.js';
import type { Previous } from './previous.js';

/**
 * Passages per new segment: big enough that a 10k-profile index is a few files, small enough that
 * one stays far below Node's 2 GB read limit.
 */
const SEGMENT_PASSAGES = 65_536;
/** Share of dead passages (of removed or edited documents) in kept segments at which a build rewrites them all. */
const COMPACT_AT = 0.25;
/** Segments at which a build rewrites them all: each adds a lookup per question term. */
const MAX_SEGMENTS = 24;

/**
 * Collects new passages into segments of SEGMENT_PASSAGES, writing each as soon as it is full, so
 * a full build never holds more than one segment's postings.
 */
export class SegmentFiller {
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

/**
 * The generation being written, begun at the first profile that needs writing, so a build with
 * nothing to do writes nothing.
 */
export class Output {
  private started: { readonly writer: GenerationWriter; readonly filler: SegmentFiller } | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly options: WriterOptions = {},
  ) {}

  async get(): Promise<{ readonly writer: GenerationWriter; readonly filler: SegmentFiller }> {
    if (!this.started) {
      const writer = await GenerationWriter.begin(this.dataDir, this.options);
      this.started = { writer, filler: new SegmentFiller(writer) };
    }
    return this.started;
  }

  async abandon(): Promise<void> {
    await this.started?.writer.abandon();
  }
}

/** What a build keeps of one profile once its text is gone: its header record and where its passages are. */
export interface Indexed {
  readonly record: Omit<BuiltDocument, 'passageCount' | 'facts'>;
  readonly kept: boolean;
  /** Changed or new documents only: chunked and written during the corpus pass. */
  readonly fresh?: {
    readonly passageCount: number;
    /** Its line of facts.jsonl, as UTF-8. */
    readonly facts: Uint8Array;
    readonly placement: [number, number];
  };
  readonly unnamed: boolean;
}

/**
 * Kept segments are those still holding a kept document; when too much of them is dead, or there
 * are too many, every kept passage is written again (compacted) from the previous segments.
 */
export function keptSegmentsOf(indexed: readonly Indexed[], previous: Previous | undefined): KeptSegments {
  const segments = new Set<number>();
  let livePassages = 0;
  for (const entry of indexed) {
    if (!entry.kept) continue;
    const { doc, index } = previous!.documents.get(entry.record.source)!;
    segments.add(previous!.header.placement[index]![0]);
    livePassages += doc.passageCount;
  }
  const keptTotal = [...segments].reduce((sum, s) => sum + previous!.header.segments[s]!.passages, 0);
  return { segments, compact: keptTotal - livePassages > COMPACT_AT * keptTotal || segments.size >= MAX_SEGMENTS };
}

export interface KeptSegments {
  readonly segments: ReadonlySet<number>;
  readonly compact: boolean;
}

/** With a model, per document: its previous labels (vectors kept) or how many new passages it has. */
export type VectorSlots = ({ readonly kept: readonly number[] } | { readonly fresh: number })[];

/** Every document of the new generation, with where its passages are, its line of facts and its vectors' slots. */
export interface Written {
  readonly documents: BuiltDocument[];
  readonly placement: [number, number][];
  readonly factsLines: LineSource[];
  readonly slots: VectorSlots;
}

export interface WriteInputs {
  readonly indexed: readonly Indexed[];
  readonly previous: Previous | undefined;
  readonly kept: KeptSegments;
  readonly writer: GenerationWriter;
  readonly filler: SegmentFiller;
  /** The previous index's passages, loaded only to compact or to read facts again. */
  readonly stored: SegmentedIndex | undefined;
  /** Whether the previous `facts.jsonl` was written by this version: then a kept document's line is copied from it. */
  readonly previousFactsCurrent: boolean;
  readonly withVectors: boolean;
  /** Where corpus paths are relative to: a kept JSON Resume's profile is read from its own file. */
  readonly projectRoot: string;
}

/**
 * Places every document: new ones where the corpus pass wrote them, kept ones in their kept
 * segment or (compacting) a new one. Labels come from document order, not from where a passage is
 * stored, so the segments' order changes no answer.
 */
export async function write(input: WriteInputs): Promise<Written> {
  const { previous, kept, writer, filler } = input;
  const segmentHere = new Map<number, number>();
  if (previous && !kept.compact) {
    await filler.flush();
    for (const s of [...kept.segments].sort((a, b) => a - b)) {
      segmentHere.set(s, await writer.keepSegment(previous.generation, previous.header.segments[s]!));
    }
  }
  const written: Written = { documents: [], placement: [], factsLines: [], slots: [] };
  for (const entry of input.indexed) {
    if (entry.kept) {
      await placeKept(entry, input, segmentHere, written);
    } else {
      const fresh = entry.fresh!;
      if (input.withVectors) written.slots.push({ fresh: fresh.passageCount });
      written.placement.push(fresh.placement);
      written.documents.push({ ...entry.record, passageCount: fresh.passageCount });
      written.factsLines.push(fresh.facts);
    }
  }
  await filler.flush();
  return written;
}

/** A kept document: its passages stay put (or are written again, compacting), its facts and vectors reused. */
async function placeKept(
  entry: Indexed,
  input: WriteInputs,
  segmentHere: ReadonlyMap<number, number>,
  written: Written,
): Promise<void> {
  const previous = input.previous!;
  const { doc, index } = previous.documents.get(entry.record.source)!;
  const first = previous.firstLabel.get(doc.source)!;
  const labels = Array.from({ length: doc.passageCount }, (_, k) => first + k);
  const facts = keptFacts(doc, input.previousFactsCurrent ? index : undefined, labels, input.stored, input.projectRoot);
  if (input.withVectors) written.slots.push({ kept: labels });
  if (input.kept.compact) {
    written.placement.push(await input.filler.add(labels.map((label) => input.stored!.passage(label))));
  } else {
    const [s, at] = previous.header.placement[index]!;
    written.placement.push([segmentHere.get(s)!, at]);
  }
  written.documents.push({ ...entry.record, passageCount: labels.length });
  written.factsLines.push(facts);
}
