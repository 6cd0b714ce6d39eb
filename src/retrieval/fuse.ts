/**
 * Weighted reciprocal rank fusion: each ranking contributes weight / (k + rank). Ranks, not raw
 * scores, are fused because BM25 scores and cosine similarities live on unrelated scales.
 */
export const RRF_K = 60;

export function reciprocalRankFusion(
  rankings: readonly { readonly labels: readonly number[]; readonly weight: number }[],
  k = RRF_K,
): Map<number, number> {
  const fused = new Map<number, number>();
  for (const { labels, weight } of rankings) {
    labels.forEach((label, rank) => fused.set(label, (fused.get(label) ?? 0) + weight / (k + rank + 1)));
  }
  return fused;
}
