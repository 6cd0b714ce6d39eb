/**
 * Ranking a question's passages without a row for every passage a common word touches
 * (`rankedTop`) must give exactly the top of the ranking over every hit (the oracle), scores
 * included.
 */
import { describe, expect, it } from 'vitest';
import type { Passage } from '../src/chunking/passage.js';
import { LexicalIndex, lexicalEntryFor } from './support/lexicalIndex.js';
import { encodeSegment } from '../src/index/store/segment/encodeSegment.js';
import { Segment } from '../src/index/store/segment/segment.js';
import { SegmentedLexical } from '../src/index/read/segmentedLexical.js';
import type { LexicalHitTable } from '../src/index/read/indexReader.js';
import { conceptsScore, planQuery } from '../src/retrieval/queryPlan.js';
import { kthLargest, rankedRows, rankedTop, topIndices, type RankedTable } from '../src/retrieval/searchPassages.js';
import { TermGroups, type Vocabulary } from '../src/retrieval/termGroups.js';

/** A small deterministic generator (mulberry32), so the team is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SKILLS = ['Zig', 'Elixir', 'Kafka', 'Terraform', 'Rust', 'Haskell', 'COBOL', 'Flink', 'Scala', 'Swift'];
const DOMAINS = ['payments', 'healthcare records', 'energy trading', 'logistics', 'food delivery'];

function team(size: number): Passage[] {
  const next = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: size }, (_, label) => {
    const lines = [
      `Experience with ${pick(SKILLS)} and ${pick(SKILLS)} on the ${pick(DOMAINS)} team.`,
      ...(next() < 0.5 ? [`Worked on ${pick(DOMAINS)}; built services with experience in ${pick(SKILLS)}.`] : []),
      ...(next() < 0.1 ? ['Team lead, mentoring, experience of hiring.'] : []),
    ];
    const person = `Person ${label % 97}`;
    return {
      id: `p${label}`,
      personId: person,
      person,
      source: `corpus/${label % 97}.md`,
      sectionPath: ['Experience'],
      startLine: 1,
      endLine: lines.length,
      text: lines.join('\n'),
      embedText: lines.join('\n'),
    };
  });
}

const passages = team(600);
const lexical = new LexicalIndex(passages.map((p) => lexicalEntryFor(p)));
const vocabulary: Vocabulary = {
  skills: new TermGroups({ groups: [['kafka', 'apache kafka']] }),
  related: new TermGroups({ groups: [] }),
};

function top(ranked: RankedTable, k: number) {
  const labelOf = (i: number) => ranked.table.labels[ranked.rows[i]!]!;
  const before = (i: number, j: number) =>
    ranked.scores[i]! > ranked.scores[j]! || (ranked.scores[i] === ranked.scores[j] && labelOf(i) < labelOf(j));
  return topIndices(ranked.rows.length, k, before).map((i) => ({ label: labelOf(i), score: ranked.scores[i]! }));
}

describe('top-k by concept score (MaxScore over concepts)', () => {
  it.each([
    ['who has experience with Zig in payments?', 5],
    ['who has experience with Kafka in healthcare records?', 10],
    ['who built services with Haskell or Flink?', 8],
    ['experience team', 20],
    ['who has worked on logistics with Rust and Scala?', 3],
    ['who has experience with Zig in payments?', 60],
    ['who has experience with Zig in payments?', 150],
    ['who has worked on logistics with Rust and Scala?', 120],
    ['who has experience with Zig in payments?', 600],
  ])('"%s", top %d: exactly the top of every hit', (question, k) => {
    const plan = planQuery(question, vocabulary, lexical);
    const all = lexical.hitTable(plan.terms, plan.weights);
    const expected = top({ table: all, ...rankedRows(plan, all) }, k);
    expect(expected.length).toBeGreaterThan(0);
    expect(top(rankedTop(plan, lexical, k), k)).toEqual(expected);
  });

  it('opens a weaker concept when its passages can still beat the k-th best of the stronger one', () => {
    const made = (label: number, text: string): Passage => ({
      id: `h${label}`,
      personId: `h${label}`,
      person: `H ${label}`,
      source: `corpus/h${label}.md`,
      sectionPath: ['Experience'],
      startLine: 1,
      endLine: 1,
      text,
      embedText: text,
    });
    const handmade = [
      // Three passages strong on payments, one weak on it (a long text naming it once); two fair on
      // Zig, four weak on it (Zig is the commoner word, so payments is the stronger concept).
      ...[0, 1, 2].map((label) => made(label, 'Payments, payments and payments.')),
      made(3, 'Payments came up once in a long line about many other things that were done over the years there'),
      made(4, 'Zig services.'),
      made(5, 'Zig services.'),
      ...[6, 7, 8, 9].map((label) =>
        made(label, 'Zig came up once in a long line about many other things that were done over the years there'),
      ),
      ...Array.from({ length: 40 }, (_, i) => made(10 + i, 'Kafka on the logistics team.')),
    ];
    const index = new LexicalIndex(handmade.map((p) => lexicalEntryFor(p)));
    const plan = planQuery('Zig payments', vocabulary, index);
    const all = index.hitTable(plan.terms, plan.weights);
    const expected = top({ table: all, ...rankedRows(plan, all) }, 4);
    expect(index.maxContribution('payment')).toBeGreaterThan(index.maxContribution('zig'));
    expect(expected.map((hit) => hit.label)).toEqual([0, 1, 2, 4]);
    expect(top(rankedTop(plan, index, 4), 4)).toEqual(expected);
  });

  it('makes rows only for the passages that can reach the top when a common word is asked', () => {
    const plan = planQuery('who has experience with Zig in payments?', vocabulary, lexical);
    const pruned = rankedTop(plan, lexical, 5);
    const all = lexical.hitTable(plan.terms, plan.weights);
    expect(all.rows).toBe(passages.length); // "experience" is in every passage
    expect(pruned.table.rows).toBeLessThan(all.rows / 2);
  });

  it('keeps only passages of the people in scope', () => {
    const plan = planQuery('who has experience with Kafka?', vocabulary, lexical);
    const inScope = (label: number) => passages[label]!.personId === 'Person 3';
    const ranked = rankedTop(plan, lexical, 4, inScope);
    const labels = top(ranked, 4).map((hit) => hit.label);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every(inScope)).toBe(true);
    const all = lexical.hitTable(plan.terms, plan.weights);
    expect(top(ranked, 4)).toEqual(top({ table: all, ...rankedRows(plan, all, inScope) }, 4));
  });
});

describe("a row's concept score read from the table", () => {
  it.each([
    'who has experience with Zig in payments?',
    'who has experience with Kafka in healthcare records?',
    'who built services with Haskell or Flink?',
    // Words no passage holds leave forms with no column: they add nothing.
    'who has worked on logistics with Rust, Scala and Fortran on quantum annealers?',
    'experience team',
  ])('"%s": each row scores what conceptsScore gives its term scores, to the last bit', (question) => {
    const plan = planQuery(question, vocabulary, lexical);
    const table = lexical.hitTable(plan.terms, plan.weights);
    const { rows, scores } = rankedRows(plan, table);
    expect(rows.length).toBeGreaterThan(0);
    rows.forEach((row, i) => expect(scores[i]).toBe(conceptsScore(plan, table.hit(row).termScores)));
  });
});

describe('the k-th largest score (the bound MaxScore prunes by)', () => {
  it('equals the k-th of the scores sorted, ties and all', () => {
    const next = random(11);
    for (const size of [0, 1, 5, 40, 1000]) {
      // Few distinct values, so ties are common.
      const scores = Float64Array.from({ length: size }, () => Math.floor(next() * 20) / 4);
      const sorted = Array.from(scores).sort((a, b) => b - a);
      for (const k of [0, 1, 2, 7, 40, size, size + 1])
        expect(kthLargest(scores, k), `size ${size}, k ${k}`).toBe(k > 0 && k <= size ? sorted[k - 1] : 0);
    }
  });
});

describe('the first k by score, then label', () => {
  it('are the same when rows below the k-th largest score are passed over unranked', () => {
    const next = random(5);
    for (const size of [0, 1, 5, 40, 1000]) {
      // Few distinct values, so the k-th largest is tied often.
      const scores = Float64Array.from({ length: size }, () => Math.floor(next() * 12) / 4);
      const labels = Int32Array.from({ length: size }, () => Math.floor(next() * 5000));
      const before = (i: number, j: number) =>
        scores[i]! > scores[j]! || (scores[i] === scores[j] && labels[i]! < labels[j]!);
      for (const k of [1, 2, 7, 40, size + 1]) {
        const floor = size > k ? kthLargest(scores, k) : Number.NEGATIVE_INFINITY;
        const pruned = topIndices(size, k, before, (i) => scores[i]! >= floor);
        expect(pruned, `size ${size}, k ${k}`).toEqual(topIndices(size, k, before));
        expect(pruned.length).toBe(Math.min(k, size));
      }
    }
  });
});

describe('BM25 over stored segments, with only some terms open', () => {
  // Rare skills among common words, as MaxScore opens them.
  const next = random(3);
  const passages = Array.from({ length: 1500 }, (_, label): Passage => {
    const skill = label % 50 === 0 ? 'Zig' : ['Rust', 'Scala', 'Swift'][Math.floor(next() * 3)]!;
    const lines = [
      `Experience with ${skill} on the ${DOMAINS[label % DOMAINS.length]} team.`,
      label % 70 === 0 ? 'Kafka streams for healthcare records.' : 'Built services.',
    ];
    const person = `Person ${label % 300}`;
    return {
      id: `s${label}`,
      personId: person,
      person,
      source: `corpus/${label % 300}.md`,
      sectionPath: ['Experience'],
      startLine: 1,
      endLine: 2,
      text: lines.join('\n'),
      embedText: lines.join('\n'),
    };
  });
  const lexical = new LexicalIndex(passages.map((p) => lexicalEntryFor(p)));
  // The same passages in three segments, as a stored index reads them.
  const cuts = [0, 400, 1100, passages.length];
  const segments = cuts
    .slice(1)
    .map((end, s) => Segment.fromBytes(Buffer.concat(encodeSegment(passages.slice(cuts[s], end)))));
  const labelsBySegment = cuts
    .slice(1)
    .map((end, s) => Int32Array.from({ length: end - cuts[s]! }, (_, local) => cuts[s]! + local));
  const segmentOfLabel = Uint32Array.from(passages, (_, label) => cuts.findIndex((cut) => cut > label) - 1);
  const localOfLabel = Uint32Array.from(passages, (_, label) => label - cuts[segmentOfLabel[label]!]!);
  const stored = new SegmentedLexical(segments, labelsBySegment, segmentOfLabel, localOfLabel, (_, problem) => problem);

  /** Each row by label: its score and per-term contributions. */
  const rowsOf = (table: LexicalHitTable) => {
    const width = table.terms.length;
    return new Map(
      Array.from(table.labels, (label, row) => [
        label,
        [table.scores[row], ...table.contributions.subarray(row * width, (row + 1) * width)],
      ]),
    );
  };

  it.each([
    ['who has experience with Zig in payments?', ['zig']],
    ['who has experience with Kafka in healthcare records?', ['kafka']],
    ['who built services with Zig or Kafka?', ['zig', 'kafka']],
  ])('"%s" opened by %j scores its rows as the in-memory index does', (question, open) => {
    const plan = planQuery(question, vocabulary, lexical);
    const options = { openTerms: new Set(open) };
    const expected = rowsOf(lexical.hitTable(plan.terms, plan.weights, options));
    expect(expected.size).toBeGreaterThan(0);
    expect(expected.size).toBeLessThan(passages.length / 10);
    expect(rowsOf(stored.hitTable(plan.terms, plan.weights, options))).toEqual(expected);
  });

  it.each([
    [['zig', 'kafka']],
    [['kafka', 'healthcar', 'record']],
    [['rust', 'servic', 'rust']],
    [['zig', 'cobol']],
    [[]],
  ])('finds the passages holding every one of %j as a scan of every passage does', (terms) => {
    const expected = Array.from(lexical.passagesWithAll(terms));
    expect(Array.from(stored.passagesWithAll(terms))).toEqual(expected);
    expect(expected.length > 0).toBe(terms.length > 0 && !terms.includes('cobol'));
    if (terms.includes('rust')) expect(expected.length).toBeGreaterThan(100);
  });
});
