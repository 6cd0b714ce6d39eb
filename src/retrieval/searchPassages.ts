/**
 * question → ranked passages. Lexical (BM25) and vector (HNSW) rankings are fused; whether a
 * passage is relevant at all is decided separately (see `isRelevant`), so fusion can reorder but
 * never invent evidence.
 */
import type { Passage } from '../chunking/passage.js';
import type { Embedder } from '../embedding/embedder.js';
import type { LoadedIndex } from '../index/indexStore.js';
import { reciprocalRankFusion } from './fuse.js';
import type { LexicalHit } from './lexicalIndex.js';
import { canonicalSkill } from './skillMatch.js';
import type { SkillVocabulary } from './skillVocabulary.js';
import { queryTerms } from './tokenize.js';

export type RetrievalMode = 'hybrid' | 'lexical' | 'dense';

export interface RetrievalSettings {
  readonly mode: RetrievalMode;
  /** Weight of the vector ranking in fusion (the lexical ranking has weight 1). */
  readonly denseWeight: number;
  /** A passage with no lexical match counts as evidence only at or above this cosine similarity. */
  readonly denseMinSimilarity: number;
  /** A passage must hold at least this share of the question's information (IDF mass) to count lexically. */
  readonly minCoverage: number;
  /** How many nearest vectors to consider. */
  readonly denseCandidates: number;
}

export const DEFAULT_RETRIEVAL: RetrievalSettings = {
  mode: 'hybrid',
  denseWeight: 1,
  denseMinSimilarity: 0.5,
  minCoverage: 0.5,
  denseCandidates: 30,
};

export interface RankedPassage {
  readonly label: number;
  readonly passage: Passage;
  /** Fused score (higher is better). */
  readonly score: number;
  readonly lexical: LexicalHit | undefined;
  readonly similarity: number | undefined;
  readonly relevant: boolean;
}

export interface QueryPlan {
  readonly terms: readonly string[];
  /** Alias terms count for less than the words the user typed. */
  readonly weights: ReadonlyMap<string, number>;
}

const ALIAS_WEIGHT = 0.6;

/** The question's terms, plus the terms of skill aliases it names (`k8s` brings in `kubernetes`). */
export function planQuery(question: string, vocabulary: SkillVocabulary): QueryPlan {
  const terms = queryTerms(question);
  const weights = new Map(terms.map((term) => [term, 1]));
  const questionWords = ` ${canonicalSkill(question)} `;
  for (const [name, group] of vocabulary.entries()) {
    if (!questionWords.includes(` ${name} `)) continue;
    for (const alias of group) {
      for (const term of queryTerms(alias)) {
        if (!weights.has(term)) weights.set(term, ALIAS_WEIGHT);
      }
    }
  }
  return { terms: [...weights.keys()], weights };
}

export class PassageSearcher {
  constructor(
    private readonly index: LoadedIndex,
    /** Present only when the index has vectors made by this very model. */
    private readonly embedder: Embedder | null,
    private readonly vocabulary: SkillVocabulary,
    readonly settings: RetrievalSettings = DEFAULT_RETRIEVAL,
  ) {}

  get passages(): readonly Passage[] {
    return this.index.manifest.passages;
  }

  get usesVectors(): boolean {
    return this.embedder !== null && this.index.vectors !== null && this.settings.mode !== 'lexical';
  }

  plan(question: string): QueryPlan {
    return planQuery(question, this.vocabulary);
  }

  async search(question: string, limit = 20): Promise<RankedPassage[]> {
    const { mode, denseWeight, denseMinSimilarity, minCoverage, denseCandidates } = this.settings;
    const plan = this.plan(question);
    const lexicalHits = mode === 'dense' ? [] : this.index.lexical.search(plan.terms, plan.weights);
    const lexicalByLabel = new Map(lexicalHits.map((hit) => [hit.label, hit]));

    let denseHits: { label: number; similarity: number }[] = [];
    if (this.usesVectors) {
      const [vector] = await this.embedder!.embed([question]);
      denseHits = this.index.vectors!.search(vector!, denseCandidates);
    }
    const similarityByLabel = new Map(denseHits.map((hit) => [hit.label, hit.similarity]));

    const fused = reciprocalRankFusion([
      { labels: lexicalHits.map((hit) => hit.label), weight: 1 },
      { labels: denseHits.map((hit) => hit.label), weight: mode === 'dense' ? 1 : denseWeight },
    ]);
    const ranked: RankedPassage[] = [...fused].map(([label, score]) => {
      const lexical = lexicalByLabel.get(label);
      const similarity = similarityByLabel.get(label);
      const relevant = (lexical !== undefined && lexical.coverage >= minCoverage) || (similarity !== undefined && similarity >= denseMinSimilarity);
      return { label, passage: this.passages[label]!, score, lexical, similarity, relevant };
    });
    return ranked.sort((a, b) => b.score - a.score || a.label - b.label).slice(0, limit);
  }
}
