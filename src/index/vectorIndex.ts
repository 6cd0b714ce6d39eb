/**
 * The HNSW vector index: the only module that imports hnswlib-node. Labels are passage positions
 * in the manifest (hnswlib has no metadata store).
 */
import hnswlib from 'hnswlib-node';
import type { HnswParameters } from './manifest.js';

export interface VectorHit {
  readonly label: number;
  /** Cosine similarity, -1..1. */
  readonly similarity: number;
}

export class VectorIndex {
  private constructor(
    private readonly hnsw: hnswlib.HierarchicalNSW,
    readonly dimension: number,
    private ef: number,
  ) {}

  static build(vectors: readonly Float32Array[], dimension: number, params: HnswParameters): VectorIndex {
    const hnsw = new hnswlib.HierarchicalNSW(params.space, dimension);
    // Fixed seed: the same corpus gives the same graph, so builds are reproducible.
    hnsw.initIndex({ maxElements: Math.max(1, vectors.length), m: params.m, efConstruction: params.efConstruction, randomSeed: 100 });
    vectors.forEach((vector, label) => hnsw.addPoint(Array.from(vector), label));
    hnsw.setEf(params.efSearch);
    return new VectorIndex(hnsw, dimension, params.efSearch);
  }

  static read(file: string, dimension: number, params: HnswParameters): VectorIndex {
    const hnsw = new hnswlib.HierarchicalNSW(params.space, dimension);
    hnsw.readIndexSync(file);
    hnsw.setEf(params.efSearch);
    return new VectorIndex(hnsw, dimension, params.efSearch);
  }

  write(file: string): void {
    this.hnsw.writeIndexSync(file);
  }

  /** Search breadth (hnswlib does not save it). */
  get efSearch(): number {
    return this.ef;
  }

  set efSearch(ef: number) {
    this.hnsw.setEf(ef);
    this.ef = ef;
  }

  get count(): number {
    return this.hnsw.getCurrentCount();
  }

  vector(label: number): Float32Array {
    return Float32Array.from(this.hnsw.getPoint(label));
  }

  search(query: Float32Array, k: number): VectorHit[] {
    // searchKnn throws when k exceeds capacity and returns fewer when it exceeds the count.
    const limit = Math.min(k, this.count);
    if (limit <= 0) return [];
    const { neighbors, distances } = this.hnsw.searchKnn(Array.from(query), limit);
    return neighbors.map((label, i) => ({ label, similarity: 1 - distances[i]! }));
  }
}
