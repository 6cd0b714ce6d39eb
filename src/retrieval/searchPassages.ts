/**
 * question → ranked passages. Lexical (BM25) and vector (HNSW) rankings are fused; whether a
 * passage is relevant at all is decided separately (see `isRelevant`), so fusion can reorder but
 * never invent evidence.
 */
import type { Passage } from '../chunking/passage.js';
import type { RetrievalMode } from '../config.js';
import type { Embedder } from '../embedding/embedder.js';
import type { IndexReader, LexicalHitTable, LexicalSearch } from '../index/read/indexReader.js';
import { rankShare } from './fuse.js';
import { askedSectionHits, type SectionHit } from './sectionHits.js';
import { conceptsScore, matchConcepts, planQuery, type ConceptMatch, type QueryPlan } from './queryPlan.js';
import type { Vocabulary } from './termGroups.js';
import { siftDown } from './minHeap.js';

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

/** Weight of the asked-for section's passages in fusion: a section found by meaning outweighs a shared word. */
const SECTION_WEIGHT = 2;

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
  /** In a named person's profile, the lines of the section the question asks about (languages, interests). */
  readonly askedSection?: SectionHit;
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

  private plan(question: string, literal: boolean): QueryPlan {
    const vocabulary = literal ? { ...this.vocabulary, concepts: undefined } : this.vocabulary;
    return planQuery(question, vocabulary, this.index.lexical);
  }

  /** The ranked passages, with the query plan they were ranked by (callers reuse its terms). */
  async search(
    question: string,
    limit = 20,
    only?: ReadonlySet<string>,
    /** Without the concept map's wordings: the words asked and their aliases only. */
    literal = false,
  ): Promise<{ plan: QueryPlan; ranked: RankedPassage[] }> {
    const { mode, denseWeight, denseMinSimilarity, denseCandidates } = this.settings;
    // Within a named person's profile the question is which lines answer, not whether anyone does: less coverage will do.
    const minCoverage = only ? this.settings.minCoverage * SCOPED_COVERAGE : this.settings.minCoverage;
    const plan = this.plan(question, literal);
    // A question about named people searches their profiles only.
    const inScope = (label: number) => !only || only.has(this.index.personIdOf(label));

    let denseHits: { label: number; similarity: number }[] = [];
    if (this.usesVectors) {
      const [vector] = await this.embedder!.embed([question]);
      denseHits = this.index
        .vectors!.search(vector!, only ? denseCandidates * 4 : denseCandidates)
        .filter((hit) => inScope(hit.label));
    }
    const similarityByLabel = new Map(denseHits.map((hit) => [hit.label, hit.similarity]));

    // Lexical hits ranked by concept score (ties by label). Only the first `limit + dense hits` of
    // that ranking can make the fused top `limit` (each of them outscores anything ranked below),
    // plus the dense hits at whatever lexical rank they have: so only those are ranked and matched
    // in full, not every passage a common word touches.
    const scope = only ? inScope : undefined;
    // A dense hit's lexical rank is counted among every lexical hit: then no passage may be skipped.
    const everyHit = (): RankedTable => {
      const all = this.index.lexical.hitTable(plan.terms, plan.weights);
      return { table: all, ...rankedRows(plan, all, scope) };
    };
    const { table, rows, scores } =
      mode === 'dense'
        ? { table: undefined, rows: new Int32Array(0), scores: new Float64Array(0) }
        : denseHits.length > 0
          ? everyHit()
          : rankedTop(plan, this.index.lexical, limit, scope);
    const labelOf = (i: number) => table!.labels[rows[i]!]!;
    const before = (i: number, j: number) =>
      scores[i]! > scores[j]! || (scores[i] === scores[j] && labelOf(i) < labelOf(j));
    const wanted = limit + denseHits.length;
    // A row scoring below the wanted-th best score has that many rows strictly ahead of it: only the
    // rows at or above it can make the top (a common word's rows are a hundred thousand).
    const floor = rows.length > wanted ? kthLargest(scores, wanted) : Number.NEGATIVE_INFINITY;
    const top = topIndices(rows.length, wanted, before, (i) => scores[i]! >= floor);
    const lexicalRank = new Map(top.map((i, rank) => [labelOf(i), rank]));
    const denseLexical = new Set(denseHits.map((hit) => hit.label).filter((label) => !lexicalRank.has(label)));
    if (denseLexical.size > 0) {
      for (let i = 0; i < rows.length; i++) {
        if (!denseLexical.has(labelOf(i))) continue;
        let rank = 0;
        for (let j = 0; j < rows.length; j++) if (before(j, i)) rank++;
        lexicalRank.set(labelOf(i), rank);
      }
    }
    const lexicalByLabel = new Map<number, ConceptMatch>();
    for (let i = 0; i < rows.length; i++) {
      const label = labelOf(i);
      if (lexicalRank.has(label))
        lexicalByLabel.set(label, matchConcepts(plan, table!.hit(rows[i]!).termScores, !only));
    }

    // Weighted reciprocal rank fusion (see fuse.ts), over the candidates alone.
    const fused = new Map<number, number>();
    for (const [label, rank] of lexicalRank) fused.set(label, 0 + rankShare(1, rank));
    const weightOfDense = mode === 'dense' ? 1 : denseWeight;
    denseHits.forEach((hit, rank) =>
      fused.set(hit.label, (fused.get(hit.label) ?? 0) + rankShare(weightOfDense, rank)),
    );
    // Inside named profiles, the section the question asks about ranks as a third list, ahead of the other two.
    const sectionHits = only ? askedSectionHits(question, only, this.index) : [];
    const inSection = new Map(sectionHits.map((hit) => [hit.label, hit]));
    sectionHits.forEach(({ label }, rank) =>
      fused.set(label, (fused.get(label) ?? 0) + rankShare(SECTION_WEIGHT, rank)),
    );
    const ranked: RankedPassage[] = [...fused].map(([label, score]) => {
      const lexical = lexicalByLabel.get(label);
      const similarity = similarityByLabel.get(label);
      const section = inSection.get(label);
      const relevant = !!section || (lexical?.coverage ?? 0) >= minCoverage || (similarity ?? -1) >= denseMinSimilarity;
      const passage = this.index.passage(label);
      return { label, passage, score, lexical, similarity, relevant, ...(section ? { askedSection: section } : {}) };
    });
    return { plan, ranked: ranked.sort((a, b) => b.score - a.score || a.label - b.label).slice(0, limit) };
  }
}

/**
 * The table's rows that count as hits (a positive BM25, in scope), with each one's concept score
 * (`conceptsScore`: per concept its best form's BM25, summed in the same order, so the same
 * numbers), read straight from the table: a row object per hit would be most of a question's cost
 * in a large index, where a common word touches most passages.
 */
export function rankedRows(
  plan: QueryPlan,
  table: LexicalHitTable,
  inScope?: (label: number) => boolean,
): { rows: Int32Array; scores: Float64Array } {
  const column = new Map(table.terms.map((term, c) => [term, c]));
  // Per concept, per form, the columns of its terms, flattened into numbers (a term no passage holds
  // adds nothing, and a form left with no column scores 0, which never beats a concept's best of 0):
  // the loop below runs once per row, and a common word's rows are a hundred thousand.
  const formEnds: number[] = [];
  const columnEnds: number[] = [];
  const columns: number[] = [];
  for (const concept of plan.concepts) {
    for (const form of concept.forms) {
      const before = columns.length;
      for (const term of form.terms) {
        const c = column.get(term);
        if (c !== undefined) columns.push(c);
      }
      if (columns.length > before) columnEnds.push(columns.length);
    }
    formEnds.push(columnEnds.length);
  }
  const conceptCount = formEnds.length;
  const formEnd = Int32Array.from(formEnds);
  const columnEnd = Int32Array.from(columnEnds);
  const columnOf = Int32Array.from(columns);
  const width = table.terms.length;
  const { contributions, labels } = table;
  const rows = new Int32Array(table.rows);
  const scores = new Float64Array(table.rows);
  const rowScores = table.scores;
  let count = 0;
  for (let row = 0; row < rows.length; row++) {
    if (!(rowScores[row]! > 0) || (inScope && !inScope(labels[row]!))) continue;
    const offset = row * width;
    let score = 0;
    let form = 0;
    let at = 0;
    // Summed in the same order as before flattening (concept by concept, each form's columns in
    // order), so the scores are the same to the last bit.
    for (let concept = 0; concept < conceptCount; concept++) {
      let best = 0;
      for (const last = formEnd[concept]!; form < last; form++) {
        let sum = 0;
        for (const end = columnEnd[form]!; at < end; at++) sum += contributions[offset + columnOf[at]!]!;
        if (sum > best) best = sum;
      }
      score += best;
    }
    rows[count] = row;
    scores[count++] = score;
  }
  return { rows: rows.subarray(0, count), scores: scores.subarray(0, count) };
}

/**
 * The `k`-th largest of `scores` (0 when there are fewer), kept as the least of the `k` largest
 * seen (k is a page of answers, while scores can hold a row per passage: sorting a copy of them
 * would cost more than the rest of the question).
 */
export function kthLargest(scores: Float64Array, k: number): number {
  if (k <= 0 || scores.length < k) return 0;
  // A min-heap of the k largest so far: its root is the k-th largest.
  const heap = Float64Array.from(scores.subarray(0, k)).sort();
  for (let i = k; i < scores.length; i++) {
    const score = scores[i]!;
    if (score > heap[0]!) siftDown(heap, k, score);
  }
  return heap[0]!;
}

/**
 * The hit table holding every passage that can make the top `k` by concept score, ranked (see
 * rankedRows), without a row for each of the hundred thousand passages a common word touches
 * (MaxScore). Terms are taken strongest bound first; only passages holding an "open" term become
 * rows, with every term's score, so their scores are exact and the k-th best of them is a lower
 * bound θ of the k-th best overall. A passage holding no open term scores at most, per concept,
 * its best form's bounds of the terms not open: when those sum below θ, it cannot reach the top
 * `k`. Otherwise more terms are opened; after a few tries, all of them.
 */
export function rankedTop(
  plan: QueryPlan,
  lexical: LexicalSearch,
  k: number,
  inScope?: (label: number) => boolean,
): RankedTable {
  const bound = new Map(
    plan.terms.map((term) => [term, (plan.weights.get(term) ?? 1) * lexical.maxContribution(term)]),
  );
  const order = [...bound.keys()].sort((a, b) => bound.get(b)! - bound.get(a)!);
  // What a passage holding none of the first `count` terms can score, at most: its concept score
  // if every other term scored its bound.
  const after = (count: number) =>
    conceptsScore(plan, new Map(order.slice(count).map((term) => [term, bound.get(term)!])));
  let open = 1;
  for (let attempt = 0; attempt < 3 && open < order.length; attempt++) {
    const table = lexical.hitTable(plan.terms, plan.weights, { openTerms: new Set(order.slice(0, open)) });
    const ranked = rankedRows(plan, table, inScope);
    const theta = kthLargest(ranked.scores, k);
    if (after(open) < theta) return { table, ...ranked };
    // The fewest strongest terms whose rest stays below θ (θ only grows as more are opened).
    let needed = open + 1;
    while (needed < order.length && !(after(needed) < theta)) needed++;
    open = needed;
  }
  const table = lexical.hitTable(plan.terms, plan.weights);
  return { table, ...rankedRows(plan, table, inScope) };
}

export interface RankedTable {
  readonly table: LexicalHitTable;
  /** Rows of the table that count as hits, and their concept scores. */
  readonly rows: Int32Array;
  readonly scores: Float64Array;
}

/**
 * Positions 0..count-1 of the first `k` in the order `before` defines, in that order (a partial sort:
 * k is small, count is not). `mayRank`, when given, must hold for every position of the first `k`:
 * the others are passed over without a comparison.
 */
export function topIndices(
  count: number,
  k: number,
  before: (i: number, j: number) => boolean,
  mayRank?: (i: number) => boolean,
): number[] {
  const top: number[] = [];
  if (k <= 0) return top;
  for (let i = 0; i < count; i++) {
    if (mayRank && !mayRank(i)) continue;
    if (top.length === k && !before(i, top[k - 1]!)) continue;
    let at = top.length;
    while (at > 0 && before(i, top[at - 1]!)) at--;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
  }
  return top;
}
