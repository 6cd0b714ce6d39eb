/**
 * Weighted reciprocal rank fusion: each ranking contributes weight / (k + rank). Ranks, not raw
 * scores, are fused because BM25 scores and cosine similarities live on unrelated scales.
 */
export const RRF_K = 60;

/** What one ranking gives the item at `rank` (0-based). */
export function rankShare(weight: number, rank: number, k = RRF_K): number {
  return weight / (k + rank + 1);
}
