/**
 * The HNSW vector index: the only module that imports hnswlib-node. Callers speak of passage
 * positions (in the manifest); inside, each position has an HNSW label (hnswlib has no metadata
 * store). Labels outlive positions so that an edit can update the graph in place: an edited or
 * removed profile's points are marked deleted and new points added, and the graph is rebuilt
 * only when deleted points pass `COMPACT_AT` of it.
 */
import hnswlib from 'hnswlib-node';
import type { HnswParameters } from '../manifest/manifest.js';

/** A passage found by meaning. */
export interface VectorHit {
  readonly label: number;
  /** Cosine similarity, -1..1. */
  readonly similarity: number;
}

/** Nearest passages by meaning. */
export interface VectorSearch {
  readonly dimension: number;
  /** Live points, one per passage. */
  readonly count: number;
  /** Points of removed or edited passages still in the graph, marked deleted (until it is compacted). */
  readonly deleted: number;
  /** Search breadth (chosen by size when the index is read). */
  efSearch: number;
  search(query: Float32Array, k: number): VectorHit[];
  /** The stored vector of a passage. */
  vector(label: number): Float32Array;
}

/** Share of deleted points at which an update rebuilds the graph from its live points instead. */
export const COMPACT_AT = 0.2;

/**
 * Search breadth by index size, measured against exact cosine on the test stand-in's vectors
 * (`npm run bench -- --profiles N --model standin`) so recall@10 stays at or above 0.98.
 */
export function efSearchFor(points: number, configured: number): number {
  // Each step is the size past which the smaller breadth's recall@10 fell below 0.98: the breadth
  // doubles as the graph grows.
  const needed =
    points <= 5_000 ? 100 : points <= 50_000 ? 200 : points <= 150_000 ? 400 : points <= 400_000 ? 800 : 1600;
  return Math.max(configured, needed);
}

/** What an updated index holds at each position: an old position kept, or a new vector. */
export type Slot = number | Float32Array;

export class VectorIndex implements VectorSearch {
  /** HNSW label → position, -1 for a deleted point. */
  private positions: Int32Array;

  private constructor(
    private hnsw: hnswlib.HierarchicalNSW,
    readonly dimension: number,
    private readonly params: HnswParameters,
    /** Position → HNSW label. */
    private labelsByPosition: number[],
  ) {
    this.positions = invert(labelsByPosition, hnsw.getCurrentCount());
    this.ef = efSearchFor(labelsByPosition.length, params.efSearch);
  }

  private static fresh(
    vectors: readonly Float32Array[],
    dimension: number,
    params: HnswParameters,
  ): hnswlib.HierarchicalNSW {
    const hnsw = new hnswlib.HierarchicalNSW(params.space, dimension);
    // Fixed seed: the same corpus gives the same graph, so builds are reproducible.
    hnsw.initIndex({
      maxElements: Math.max(1, vectors.length),
      m: params.m,
      efConstruction: params.efConstruction,
      randomSeed: 100,
    });
    vectors.forEach((vector, label) => hnsw.addPoint(Array.from(vector), label));
    return hnsw;
  }

  static build(vectors: readonly Float32Array[], dimension: number, params: HnswParameters): VectorIndex {
    return new VectorIndex(
      VectorIndex.fresh(vectors, dimension, params),
      dimension,
      params,
      vectors.map((_, i) => i),
    );
  }

  /** `labels`: each position's HNSW label as saved in the manifest (absent: position = label). */
  static read(file: string, dimension: number, params: HnswParameters, labels?: readonly number[]): VectorIndex {
    const hnsw = new hnswlib.HierarchicalNSW(params.space, dimension);
    hnsw.readIndexSync(file);
    const byPosition = labels ? [...labels] : Array.from({ length: hnsw.getCurrentCount() }, (_, i) => i);
    if (byPosition.some((label) => !Number.isInteger(label) || label < 0 || label >= hnsw.getCurrentCount())) {
      throw new Error('its labels do not match the graph');
    }
    return new VectorIndex(hnsw, dimension, params, byPosition);
  }

  write(file: string): void {
    this.hnsw.writeIndexSync(file);
  }

  /** Each position's HNSW label, saved beside the graph (vector-labels.bin). */
  get labels(): readonly number[] {
    return this.labelsByPosition;
  }

  /** Search breadth: chosen by size, and not saved by hnswlib, so it is set on every load. */
  get efSearch(): number {
    return this.hnsw.getEf();
  }

  set efSearch(ef: number) {
    this.hnsw.setEf(ef);
  }

  private set ef(ef: number) {
    this.hnsw.setEf(ef);
  }

  /** Live points (one per passage). */
  get count(): number {
    return this.labelsByPosition.length;
  }

  /** Points marked deleted but still in the graph. */
  get deleted(): number {
    return this.hnsw.getCurrentCount() - this.labelsByPosition.length;
  }

  vector(position: number): Float32Array {
    return Float32Array.from(this.hnsw.getPoint(this.labelsByPosition[position]!));
  }

  /**
   * The index for the next generation, in place: `slots` lists, position by position, an old
   * position whose vector stays or a new vector. Old positions not listed are marked deleted; when
   * deleted points pass `COMPACT_AT`, the graph is rebuilt from the live points (fresh labels).
   * Only the in-memory graph changes: the file it was read from stays as it was until a new
   * generation replaces it.
   */
  update(slots: readonly Slot[]): void {
    const added = slots.filter((slot): slot is Float32Array => typeof slot !== 'number').length;
    const kept = new Set<number>();
    for (const slot of slots) if (typeof slot === 'number') kept.add(this.labelsByPosition[slot]!);
    const total = this.hnsw.getCurrentCount();
    const deletedAfter = total - kept.size;
    if (deletedAfter > COMPACT_AT * (total + added)) {
      const vectors = slots.map((slot) => (typeof slot === 'number' ? this.vector(slot) : slot));
      this.hnsw = VectorIndex.fresh(vectors, this.dimension, this.params);
      this.labelsByPosition = vectors.map((_, i) => i);
    } else {
      for (let label = 0; label < total; label++) {
        if (this.positions[label]! >= 0 && !kept.has(label)) this.hnsw.markDelete(label);
      }
      if (total + added > this.hnsw.getMaxElements())
        this.hnsw.resizeIndex(Math.max(total + added, Math.ceil(total * 1.25)));
      let next = total;
      this.labelsByPosition = slots.map((slot) => {
        if (typeof slot === 'number') return this.labelsByPosition[slot]!;
        this.hnsw.addPoint(Array.from(slot), next);
        return next++;
      });
    }
    this.positions = invert(this.labelsByPosition, this.hnsw.getCurrentCount());
    this.ef = efSearchFor(this.labelsByPosition.length, this.params.efSearch);
  }

  search(query: Float32Array, k: number): VectorHit[] {
    // searchKnn throws when k exceeds capacity and returns fewer when it exceeds the count.
    const limit = Math.min(k, this.count);
    if (limit <= 0) return [];
    const { neighbors, distances } = this.hnsw.searchKnn(Array.from(query), limit);
    return neighbors.map((label, i) => ({ label: this.positions[label]!, similarity: 1 - distances[i]! }));
  }
}

function invert(labelsByPosition: readonly number[], points: number): Int32Array {
  const positions = new Int32Array(points).fill(-1);
  labelsByPosition.forEach((label, position) => (positions[label] = position));
  return positions;
}
