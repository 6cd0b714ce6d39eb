/**
 * The embed step: the new passages' vectors, and the graph of every passage. An edit updates the
 * previous graph in place (marks the old points deleted, adds the new ones) instead of rebuilding
 * it over every passage; the graph's own settings must be today's for that.
 */
import { DEFAULT_HNSW, type HnswParameters } from '../store/manifest/manifest.js';
import { VectorIndex, type Slot } from '../store/vectors/vectorIndex.js';
import type { BuildInputs } from './inputs.js';
import type { VectorSlots } from './write.js';

function sameGraphSettings(a: HnswParameters, b: HnswParameters): boolean {
  return a.space === b.space && a.m === b.m && a.efConstruction === b.efConstruction;
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

/**
 * Embeds `toEmbed` (emptied once embedded) and returns the graph of every passage, or null for a
 * lexical-only build. `previousGraph` is the previous index's graph when its vectors are reused.
 */
export async function embed(
  toEmbed: string[],
  slots: VectorSlots,
  previousGraph: VectorIndex | null,
  previousHnsw: HnswParameters | undefined,
  inputs: BuildInputs,
): Promise<{ readonly vectors: VectorIndex | null; readonly embedded: number }> {
  inputs.onStart?.(inputs.embedder ? toEmbed.length : 0);
  const fresh = await embedAll(toEmbed, inputs);
  toEmbed.length = 0;
  if (!inputs.embedder) return { vectors: null, embedded: fresh.length };
  let next = 0;
  const vectorSlots: Slot[] = slots.flatMap((slot): Slot[] =>
    'kept' in slot ? [...slot.kept] : Array.from({ length: slot.fresh }, () => fresh[next++]!),
  );
  if (previousGraph && sameGraphSettings(previousHnsw!, DEFAULT_HNSW)) {
    previousGraph.update(vectorSlots);
    return { vectors: previousGraph, embedded: fresh.length };
  }
  const all = vectorSlots.map((slot) => (typeof slot === 'number' ? previousGraph!.vector(slot) : slot));
  const vectors = VectorIndex.build(all, inputs.embedder.dimension, DEFAULT_HNSW);
  return { vectors, embedded: fresh.length };
}
