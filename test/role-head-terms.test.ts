/** The role-heading term table against the rule it stands for: some heading's terms cover an alternative. */
import { describe, expect, it } from 'vitest';
import { RoleHeadTerms } from '../src/facts/roleHeadTerms.js';
import type { RoleHead } from '../src/facts/storedFacts.js';
import { tokenize } from '../src/text/terms.js';

const HEADS: Record<string, string[]> = {
  ada: ['Cazoo · Senior Engineer • 2019 – Present', 'Home Office · Analyst • 2014 – 2019'],
  bram: ['Office Depot · Manager', 'Monzo Bank · Engineer'],
  cleo: [],
  dev: ['Home Improvement Co · Office Lead', 'Cazoo Ltd'],
  eli: ['Engineer at the Home Office (London)'],
};
const people = Object.keys(HEADS);
const headsOf = (personId: string): RoleHead[] =>
  HEADS[personId]!.map((head, i) => ({ head, range: undefined, first: { line: i + 1 }, through: i + 1 }));

/** The rule, read straight: a heading whose terms hold every term of one (non-empty) alternative. */
function oracle(alternatives: string[][]): string[] {
  return people.filter((personId) =>
    HEADS[personId]!.some((head) =>
      alternatives.some((terms) => terms.length > 0 && terms.every((term) => new Set(tokenize(head)).has(term))),
    ),
  );
}

describe('role heading terms', () => {
  const table = new RoleHeadTerms(people, headsOf);
  const cases: string[][][] = [
    [tokenize('Home Office')],
    [tokenize('Cazoo')],
    [tokenize('Office')],
    [tokenize('Monzo'), tokenize('Home Office')],
    [tokenize('Nowhere Inc')],
    [tokenize('Home Office'), []],
  ];

  it.each(
    cases.map((alternatives) => [alternatives.map((terms) => terms.join(' ')).join(' | '), alternatives] as const),
  )('finds exactly the people a heading names: %s', (_, alternatives) => {
    expect(table.peopleNaming(alternatives)).toEqual(oracle(alternatives));
  });

  it('lists them in the order given, one each, and needs every term in the same heading', () => {
    expect(table.peopleNaming([tokenize('Cazoo'), tokenize('Home Office')])).toEqual(['ada', 'dev', 'eli']);
    // dev has "Home" and "Office" in one heading, bram "Office" without "Home".
    expect(table.peopleNaming([tokenize('Home Office')])).toEqual(['ada', 'dev', 'eli']);
    expect(table.peopleNaming([tokenize('Monzo Engineer')])).toEqual(['bram']);
    expect(table.peopleNaming([tokenize('Monzo Analyst')])).toEqual([]);
  });
});
