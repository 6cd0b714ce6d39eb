/**
 * question → ranked passages. Lexical (BM25) and vector (HNSW) rankings are fused; whether a
 * passage is relevant at all is decided separately (see `isRelevant`), so fusion can reorder but
 * never invent evidence.
 */
import type { Passage } from '../chunking/passage.js';
import type { RetrievalMode } from '../config.js';
import type { Embedder } from '../embedding/embedder.js';
import type { IndexReader } from '../index/indexReader.js';
import { rankShare } from './fuse.js';
import { conceptsScore, matchConcepts, planQuery, type ConceptMatch, type QueryPlan } from './queryPlan.js';
import type { Vocabulary } from './termGroups.js';

export interface RetrievalSettings {
  readonly mode: RetrievalMode;
  /** Weight of the vector ranking in fusion (the lexical ranking has weight 1). */
  readonly denseWeight: number;
  /** A passage with no lexical match counts as evidence only at or above this cosine similarity. */
  readonly denseMinSimilarity: number;
  /** A passage must satisfy at least this share of the question's concepts (by importance) to count lexically. */
  readonly minCoverage: number;
  /** How many nearest vectors to consider. */
  readonly denseCandidates: number;
}

export const DEFAULT_RETRIEVAL: RetrievalSettings = {
  mode: 'hybrid',
  denseWeight: 1,
  denseMinSimilarity: 0.5,
  minCoverage: 0.35,
  denseCandidates: 30,
};

/** Share of the usual coverage threshold that is enough inside a named person's profile. */
const SCOPED_COVERAGE = 0.6;

export interface RankedPassage {
  readonly label: number;
  readonly passage: Passage;
  /** Fused score (higher is better). */
  readonly score: number;
  /** How the passage's words meet the question's concepts; undefined without a lexical match. */
  readonly lexical: ConceptMatch | undefined;
  readonly similarity: number | undefined;
  readonly relevant: boolean;
}

export class PassageSearcher {
  constructor(
    private readonly index: IndexReader,
    /** Present only when the index has vectors made by this very model. */
    private readonly embedder: Embedder | null,
    private readonly vocabulary: Vocabulary,
    readonly settings: RetrievalSettings = DEFAULT_RETRIEVAL,
  ) {}

  passage(label: number): Passage {
    return this.index.passage(label);
  }

  get usesVectors(): boolean {
    return this.embedder !== null && this.index.vectors !== null && this.settings.mode !== 'lexical';
  }

  private plan(question: string): QueryPlan {
    return planQuery(question, this.vocabulary, this.index.lexical);
  }

  /** The ranked passages, with the query plan they were ranked by (callers reuse its terms). */
  async search(question: string, limit = 20, only?: ReadonlySet<string>): Promise<{ plan: QueryPlan; ranked: RankedPassage[] }> {
    const { mode, denseWeight, denseMinSimilarity, denseCandidates } = this.settings;
    // Within a named person's profile the question is which lines answer, not whether anyone does: less coverage will do.
    const minCoverage = only ? this.settings.minCoverage * SCOPED_COVERAGE : this.settings.minCoverage;
    const plan = this.plan(question);
    // A question about named people searches their profiles only.
    const inScope = (label: number) => !only || only.has(this.index.personIdOf(label));

    let denseHits: { label: number; similarity: number }[] = [];
    if (this.usesVectors) {
      const [vector] = await this.embedder!.embed([question]);
      denseHits = this.index.vectors!.search(vector!, only ? denseCandidates * 4 : denseCandidates).filter((hit) => inScope(hit.label));
    }
    const similarityByLabel = new Map(denseHits.map((hit) => [hit.label, hit.similarity]));

    // Lexical hits ranked by concept score (ties by label). Only the first `limit + dense hits` of
    // that ranking can make the fused top `limit` (each of them outscores anything ranked below),
    // plus the dense hits at whatever lexical rank they have: so only those are ranked and matched
    // in full, not the hundred thousand passages a common word touches at 10k profiles.
    const hits = (mode === 'dense' ? [] : this.index.lexical.hits(plan.terms, plan.weights)).filter((hit) => inScope(hit.label));
    const scores = hits.map((hit) => conceptsScore(plan, hit.termScores));
    const before = (i: number, j: number) => scores[i]! > scores[j]! || (scores[i] === scores[j] && hits[i]!.label < hits[j]!.label);
    const top = topIndices(hits.length, limit + denseHits.length, before);
    const lexicalRank = new Map(top.map((i, rank) => [hits[i]!.label, rank]));
    const denseLexical = new Set(denseHits.map((hit) => hit.label).filter((label) => !lexicalRank.has(label)));
    if (denseLexical.size > 0) {
      hits.forEach((hit, i) => {
        if (!denseLexical.has(hit.label)) return;
        let rank = 0;
        for (let j = 0; j < hits.length; j++) if (before(j, i)) rank++;
        lexicalRank.set(hit.label, rank);
      });
    }
    const lexicalByLabel = new Map<number, ConceptMatch>();
    hits.forEach((hit) => {
      if (lexicalRank.has(hit.label)) lexicalByLabel.set(hit.label, matchConcepts(plan, hit.termScores, !only));
    });

    // Weighted reciprocal rank fusion (see fuse.ts), over the candidates alone.
    const fused = new Map<number, number>();
    for (const [label, rank] of lexicalRank) fused.set(label, 0 + rankShare(1, rank));
    const weightOfDense = mode === 'dense' ? 1 : denseWeight;
    denseHits.forEach((hit, rank) => fused.set(hit.label, (fused.get(hit.label) ?? 0) + rankShare(weightOfDense, rank)));
    const ranked: RankedPassage[] = [...fused].map(([label, score]) => {
      const lexical = lexicalByLabel.get(label);
      const similarity = similarityByLabel.get(label);
      const relevant = (lexical?.coverage ?? 0) >= minCoverage || (similarity ?? -1) >= denseMinSimilarity;
      return { label, passage: this.index.passage(label), score, lexical, similarity, relevant };
    });
    return { plan, ranked: ranked.sort((a, b) => b.score - a.score || a.label - b.label).slice(0, limit) };
  }
}

/** Positions 0..count-1 of the first `k` in the order `before` defines, in that order (a partial sort: k is small, count is not). */
export function topIndices(count: number, k: number, before: (i: number, j: number) => boolean): number[] {
  const top: number[] = [];
  if (k <= 0) return top;
  for (let i = 0; i < count; i++) {
    if (top.length === k && !before(i, top[k - 1]!)) continue;
    let at = top.length;
    while (at > 0 && before(i, top[at - 1]!)) at--;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
  }
  return top;
}
