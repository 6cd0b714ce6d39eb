/**
 * Reading PDFs must not leave the process with core-js's JavaScript `JSON` and
 * `Array.prototype.push` in place of the engine's own (they made a 10k-profile build a fifth slower).
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../src/corpus/formats/pdf.js';
import { column, makePdf } from '../scripts/synthetic/pdfFixture.js';

// core-js replaces this realm's Function.prototype.toString too (its functions then claim to be
// native); a fresh realm's is the engine's, and shows a JavaScript function's source.
const sourceOf = runInNewContext('Function.prototype.toString') as (this: unknown) => string;
const isNative = (fn: unknown) => /\{\s*\[native code\]\s*\}$/.test(sourceOf.call(fn));

describe('the engine’s own builtins after pdfjs', () => {
  it('keeps JSON.parse, JSON.stringify and Array.prototype.push native once a PDF has been read', async () => {
    const outcome = await readPdf(makePdf([{ texts: column(40, 740, ['Ada Lovelace', 'Wrote the first program']) }]));
    expect(outcome.kind).toBe('read');
    for (const fn of [JSON.parse, JSON.stringify, Array.prototype.push]) expect(isNative(fn)).toBe(true);
  });
});
