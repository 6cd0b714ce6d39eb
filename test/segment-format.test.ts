import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passageHeading, type Passage } from '../src/chunking/passage.js';
import { encodeSegment } from '../src/index/store/segment/encodeSegment.js';
import { SegmentProblem } from '../src/index/store/segment/format.js';
import { Segment } from '../src/index/store/segment/segment.js';
import { tokenize } from '../src/text/terms.js';
import { readGroups, VarintWriter } from '../src/index/store/segment/varint.js';

/** Writes rows of [rising position, count, count] as the segment writer does: the position as a gap. */
function encode(rows: readonly (readonly [number, number, number])[]): Uint8Array {
  const writer = new VarintWriter();
  let previous = 0;
  for (const [position, a, b] of rows) {
    writer.write(position - previous);
    previous = position;
    writer.write(a);
    writer.write(b);
  }
  return writer.result();
}

const rowsArbitrary = fc
  .array(fc.tuple(fc.nat({ max: 2 ** 20 }), fc.nat({ max: 2 ** 32 - 1 }), fc.nat({ max: 300 })), { maxLength: 200 })
  .map((rows) => {
    let position = 0;
    return rows.map(([gap, a, b]) => [(position += gap), a, b] as const).filter(([p]) => p <= 2 ** 32 - 1);
  });

describe('postings as varints', () => {
  it('reads back every row written, whatever the positions and counts', () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const bytes = encode(rows);
        const columns = [new Uint32Array(rows.length), new Uint32Array(rows.length), new Uint32Array(rows.length)];
        readGroups(bytes, 0, bytes.length, columns, 0, rows.length);
        expect(rows.map((_, i) => [columns[0]![i], columns[1]![i], columns[2]![i]])).toEqual(rows);
      }),
    );
  });

  it('reads groups of any width into the columns at an offset, as the three-column postings are read', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.nat({ max: 2 ** 31 }), { maxLength: 60 }),
        fc.nat({ max: 5 }),
        (width, values, at) => {
          const count = Math.floor(values.length / width);
          const writer = new VarintWriter();
          const expected = Array.from({ length: width }, () => [] as number[]);
          let position = 0;
          for (let i = 0; i < count; i++)
            for (let c = 0; c < width; c++) {
              const value = values[i * width + c]! % 2 ** 28;
              writer.write(value);
              // The first column is stored as a gap from the one before.
              position = c === 0 ? position + value : position;
              expected[c]!.push(c === 0 ? position : value);
            }
          const bytes = writer.result();
          const columns = Array.from({ length: width }, () => new Uint32Array(at + count));
          readGroups(bytes, 0, bytes.length, columns, at, count);
          expect(columns.map((column) => Array.from(column.subarray(at)))).toEqual(expected);
        },
      ),
    );
  });

  it('refuses a number of more than five bytes or past 32 bits, in any column', () => {
    const long = [0x80, 0x80, 0x80, 0x80, 0x80, 0x01];
    const wide = [0xff, 0xff, 0xff, 0xff, 0x1f];
    for (const width of [2, 3])
      for (const bad of [long, wide])
        for (let c = 0; c < width; c++) {
          const bytes = Uint8Array.from(Array.from({ length: width }, (_, k) => (k === c ? bad : [1])).flat());
          const columns = Array.from({ length: width }, () => new Uint32Array(1));
          expect(() => readGroups(bytes, 0, bytes.length, columns, 0, 1), `width ${width} column ${c}`).toThrow(
            /damaged postings/,
          );
        }
  });

  it('stores small gaps and counts in a byte each', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [i * 3, 1, 0] as const);
    expect(encode(rows).length).toBe(3000);
  });

  it('refuses bytes that stop inside a number or hold more than the rows asked for', () => {
    const bytes = encode([
      [5, 200, 1],
      [900, 1, 0],
    ]);
    const columns = [new Uint32Array(2), new Uint32Array(2), new Uint32Array(2)];
    expect(() => readGroups(bytes.subarray(0, bytes.length - 1), 0, bytes.length - 1, columns, 0, 2)).toThrow(
      SegmentProblem,
    );
    expect(() => readGroups(bytes, 0, bytes.length, columns, 0, 1)).toThrow(/damaged postings/);
  });
});

describe('a segment stores each passage once, its owner once per document', () => {
  const base = {
    source: 'corpus/ana.md',
    personId: 'corpus/ana.md',
    person: 'Ana Silva',
    sectionPath: ['Experience', 'Acme'],
  };
  const passages: Passage[] = [
    // Chunking's usual id and heading-then-text embedded form: both left out of its meta.
    { ...base, id: 'corpus/ana.md#L1-L2', startLine: 1, endLine: 2, text: 'Go and R', embedText: '' },
    // A part of a long line (its own id form), embedded as a prefix cut short for the model.
    { ...base, id: 'corpus/ana.md#L3:1-20', startLine: 3, endLine: 3, text: 'Kubernetes', embedText: 'Ana › Kube' },
    // A converted document with pages, and another owner in the same segment.
    {
      ...base,
      source: 'corpus/bo.pdf',
      personId: 'bo',
      person: 'Bo',
      sectionPath: [],
      id: 'corpus/bo.pdf#L1-L1',
      startLine: 1,
      endLine: 1,
      text: 'C#',
      textSource: 'data/index/text/bo.pdf.txt',
      pages: [1],
      embedText: 'Bo\nC#',
    },
  ].map((passage, i) =>
    i === 0
      ? { ...passage, embedText: `${passageHeading(passage.person, passage.sectionPath)}\n${passage.text}` }
      : passage,
  );

  it('decodes every passage as it was written, fields in the same order', () => {
    const segment = Segment.fromBytes(Buffer.concat(encodeSegment(passages)));
    passages.forEach((passage, i) => {
      const decoded = segment.passage(i);
      expect(decoded).toEqual(passage);
      // As format 5 decoded them: id and owner first, the rest as written, then text and embedded text.
      const first = ['id', 'source', 'personId', 'person'];
      const rest = Object.keys(passage).filter((key) => !first.includes(key) && key !== 'text' && key !== 'embedText');
      expect(Object.keys(decoded)).toEqual([...first, ...rest, 'text', 'embedText']);
    });
  });

  it("answers a term's postings and verifies as a build does", () => {
    const segment = Segment.fromBytes(Buffer.concat(encodeSegment(passages)));
    expect(() => segment.verifyAll()).not.toThrow();
    const range = segment.postings(new TextEncoder().encode(tokenize('Kubernetes')[0]!))!;
    expect(Array.from(range.label.subarray(range.start, range.end))).toEqual([1]);
  });
});
