import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermPostings } from '../src/index/store/segment/termPostings.js';
import { wordTerms, type WordTerms } from '../src/text/terms.js';

/** A passage as the segment writer counts it: its heading line's terms, its words' terms and its stems. */
interface Counted {
  readonly heading: readonly string[];
  readonly words: readonly WordTerms[];
  readonly stems: readonly string[];
}

/** Each term's [label, body count, head count] rows, counted the plain way: term by term, in a map of strings. */
function plainPostings(passages: readonly Counted[]): Map<string, number[][]> {
  const postings = new Map<string, number[][]>();
  passages.forEach(({ heading, words, stems }, label) => {
    const body = new Map<string, number>();
    for (const term of [...words.flat(), ...stems]) body.set(term, (body.get(term) ?? 0) + 1);
    const head = new Map<string, number>();
    for (const term of heading) head.set(term, (head.get(term) ?? 0) + 1);
    for (const term of new Set([...body.keys(), ...head.keys()])) {
      const rows = postings.get(term) ?? [];
      rows.push([label, body.get(term) ?? 0, head.get(term) ?? 0]);
      postings.set(term, rows);
    }
  });
  return postings;
}

function numberedPostings(passages: readonly Counted[]): Map<string, number[][]> {
  const postings = new TermPostings();
  let heading: readonly string[] | undefined;
  passages.forEach((passage, label) => {
    if (passage.heading !== heading) postings.setHeading((heading = passage.heading));
    postings.post(label, passage.words, passage.stems);
  });
  const result = new Map<string, number[][]>();
  const { starts, entries } = postings.byTerm();
  postings.terms.forEach((term, number) => {
    const rows: number[][] = [];
    for (let at = 3 * starts[number]!; at < 3 * starts[number + 1]!; at += 3)
      rows.push([entries[at]!, entries[at + 1]!, entries[at + 2]!]);
    expect(rows).toHaveLength(postings.counts[number]!);
    result.set(term, rows);
  });
  return result;
}

const VOCABULARY = ['Terraform', 'CI/CD', 'Node.js', 'banking', 'team', 'Go', 'C++', 'lead', 'Kubernetes', 'go'];
const textArbitrary = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 12 }).map((words) => words.join(' '));

/** Passages where runs of neighbours share a heading line, as a section's passages do. */
const passagesArbitrary = fc
  .array(fc.tuple(fc.boolean(), textArbitrary, textArbitrary, fc.array(fc.constantFrom('de:erfahr', 'team'))), {
    maxLength: 30,
  })
  .map((rows) => {
    let heading: readonly string[] = [];
    return rows.map(([newHeading, headingText, text, stems]): Counted => {
      if (newHeading) heading = wordTerms(headingText).flat();
      return { heading, words: wordTerms(text), stems };
    });
  });

describe('a segment’s numbered postings', () => {
  it('hold every term of a passage once, with its counts in the text and the heading line, labels rising', () => {
    fc.assert(
      fc.property(passagesArbitrary, (passages) => {
        expect(numberedPostings(passages)).toEqual(plainPostings(passages));
      }),
    );
  });
});
