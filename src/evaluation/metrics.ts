/** Retrieval metrics over ranked lists of profiles (document sources). */

export interface AskScores {
  readonly questions: number;
  /** Among answerable questions: the first person named is an expected one. */
  readonly top1: number;
  /** Among answerable questions: share of expected people found in the first three people named. */
  readonly recallAt3: number;
  /** Among answerable questions: mean of 1 / rank of the first expected person. */
  readonly mrr: number;
  /** Among answerable questions: the set of people cited is exactly the expected set. */
  readonly exactSet: number;
  /** Among out-of-scope questions: answered "nobody". */
  readonly outOfScopeNobody: number;
  readonly answerable: number;
  readonly outOfScope: number;
}

export interface WhoKnowsScores {
  readonly questions: number;
  readonly exactSet: number;
  readonly meanF1: number;
  readonly outOfScopeNobody: number;
  readonly answerable: number;
  readonly outOfScope: number;
}

export function f1(found: readonly string[], expected: readonly string[]): number {
  if (found.length === 0 && expected.length === 0) return 1;
  const hits = found.filter((item) => expected.includes(item)).length;
  if (hits === 0) return 0;
  const precision = hits / found.length;
  const recall = hits / expected.length;
  return (2 * precision * recall) / (precision + recall);
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? NaN : values.reduce((sum, v) => sum + v, 0) / values.length;

/** `ranked`: people in the order the answer names them; empty when it said "nobody". */
export function scoreAsk(results: readonly { ranked: readonly string[]; expected: readonly string[] }[]): AskScores {
  const answerable = results.filter((r) => r.expected.length > 0);
  const outOfScope = results.filter((r) => r.expected.length === 0);
  const rankOfFirst = (r: (typeof results)[number]) => r.ranked.findIndex((p) => r.expected.includes(p));
  return {
    questions: results.length,
    answerable: answerable.length,
    outOfScope: outOfScope.length,
    top1: mean(answerable.map((r) => (r.ranked[0] !== undefined && r.expected.includes(r.ranked[0]) ? 1 : 0))),
    recallAt3: mean(
      answerable.map((r) => r.expected.filter((p) => r.ranked.slice(0, 3).includes(p)).length / r.expected.length),
    ),
    mrr: mean(answerable.map((r) => (rankOfFirst(r) >= 0 ? 1 / (rankOfFirst(r) + 1) : 0))),
    exactSet: mean(answerable.map((r) => (sameSet(r.ranked, r.expected) ? 1 : 0))),
    outOfScopeNobody: mean(outOfScope.map((r) => (r.ranked.length === 0 ? 1 : 0))),
  };
}

export function scoreWhoKnows(
  results: readonly { ranked: readonly string[]; expected: readonly string[] }[],
): WhoKnowsScores {
  const answerable = results.filter((r) => r.expected.length > 0);
  const outOfScope = results.filter((r) => r.expected.length === 0);
  return {
    questions: results.length,
    answerable: answerable.length,
    outOfScope: outOfScope.length,
    exactSet: mean(results.map((r) => (sameSet(r.ranked, r.expected) ? 1 : 0))),
    meanF1: mean(results.map((r) => f1(r.ranked, r.expected))),
    outOfScopeNobody: mean(outOfScope.map((r) => (r.ranked.length === 0 ? 1 : 0))),
  };
}
