/**
 * Invariants as properties (fast-check): random documents and lines, one stated promise each.
 * The chunker loses no visible line and cites only verbatim text; the quote cutter quotes a piece
 * of the line, within its length, never cutting inside a word or a surrogate pair.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../src/chunking/chunkDocument.js';
import type { Passage } from '../src/chunking/passage.js';
import { readableLine } from '../src/text/markup.js';
import { ELLIPSIS, quoteAround } from '../src/text/quote.js';
import { visibleLines } from '../src/text/rendered.js';

/** A stand-in for the model's tokenizer: about 1.3 tokens a word plus two special tokens. */
const countTokens = (text: string): number => Math.ceil(text.split(/\s+/).filter(Boolean).length * 1.3) + 2;

const word = fc
  .array(fc.constantFrom('a', 'k', 'z', 'é', 'Ü', '7', '😀', '中'), { minLength: 1, maxLength: 7 })
  .map((units) => units.join(''));
const words = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((list) => list.join(' '));

/** Lines of the shapes CVs have: headings, bullets, tables, dates, labels, fences, rules, prose. */
const cvLine = fc.oneof(
  words(1, 4).map((text) => `# ${text}`),
  fc.constantFrom('## Experience', '## Skills', 'EDUCATION', 'Work Experience', '..........', '---', '```', ''),
  words(1, 12).map((text) => `- ${text}`),
  words(1, 12).map((text) => `  - ${text}`),
  words(1, 30),
  fc.tuple(words(1, 3), words(1, 3)).map(([a, b]) => `| ${a} | ${b} |`),
  fc.constant('|---|---|'),
  fc.constantFrom('Jan 2019 – Present', '2015 - 2017', "Aug. '19 –", '03/2020 - 05/2021'),
  words(1, 4).map((text) => `**${text}**`),
  fc.constant(''),
);
const cvDocument = fc.array(cvLine, { minLength: 1, maxLength: 40 });

function chunk(lines: readonly string[], maxTokens: number): Passage[] {
  const person = { id: 'corpus/cv.md', name: 'Jane Doe', aliases: [], nameSource: 'heading' as const };
  return chunkDocument({ source: 'corpus/cv.md', lines, person }, { countTokens, maxTokens });
}

/** What a passage cites: its lines, or for a part of one over-long line (`#L5:1-300`) that part. */
function citedText(passage: Passage, lines: readonly string[]): string {
  const part = /#L\d+:(\d+)-(\d+)$/.exec(passage.id);
  if (part) return lines[passage.startLine - 1]!.slice(Number(part[1]) - 1, Number(part[2]));
  return lines.slice(passage.startLine - 1, passage.endLine).join('\n');
}

describe('the chunker, on random CV-shaped documents', () => {
  it('puts every visible line in some passage', () => {
    fc.assert(
      fc.property(cvDocument, fc.integer({ min: 24, max: 256 }), (lines, maxTokens) => {
        const passages = chunk(lines, maxTokens);
        const visible = visibleLines(lines);
        const lost = lines.flatMap((_, i) =>
          visible[i] && !passages.some((p) => p.startLine <= i + 1 && i + 1 <= p.endLine) ? [i + 1] : [],
        );
        expect(lost).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('cites only verbatim text: a passage is exactly the document at its lines, and fits the model', () => {
    fc.assert(
      fc.property(cvDocument, fc.integer({ min: 24, max: 256 }), (lines, maxTokens) => {
        for (const passage of chunk(lines, maxTokens)) {
          expect(passage.startLine).toBeGreaterThanOrEqual(1);
          expect(passage.endLine).toBeLessThanOrEqual(lines.length);
          expect(passage.text).toBe(citedText(passage, lines));
          expect(countTokens(passage.embedText)).toBeLessThanOrEqual(maxTokens);
        }
      }),
      { numRuns: 300 },
    );
  });
});

const isWordUnit = (unit: string | undefined): boolean =>
  unit !== undefined && /[\p{L}\p{N}\p{M}\ud800-\udfff]/u.test(unit);
/** A cut at `at` splits no word and no surrogate pair. */
const cleanCut = (line: string, at: number): boolean =>
  at <= 0 || at >= line.length || !isWordUnit(line[at - 1]) || !isWordUnit(line[at]);

/** Every place `body` sits in `line`. */
function placesOf(line: string, body: string): number[] {
  const places: number[] = [];
  for (let at = line.indexOf(body); at >= 0; at = line.indexOf(body, at + 1)) places.push(at);
  return places;
}

describe('the quote cutter, on random lines', () => {
  // Words of at most 14 UTF-16 units, quotes of at least 24 characters: no word is longer than the
  // quote, the one case where a cut inside a word is allowed.
  const line = fc.array(word, { minLength: 1, maxLength: 60 }).chain((list) =>
    fc.record({
      words: fc.constant(list),
      separator: fc.constantFrom(' ', ', ', '; ', ' · '),
      matchWord: fc.option(fc.nat({ max: list.length - 1 }), { nil: undefined }),
      maxChars: fc.integer({ min: 24, max: 120 }),
    }),
  );

  it('quotes a piece of the line within the limit, cut between words, holding the match when it fits', () => {
    fc.assert(
      fc.property(line, ({ words: list, separator, matchWord, maxChars }) => {
        const text = list.join(separator);
        const offset =
          matchWord === undefined
            ? 0
            : list.slice(0, matchWord).reduce((sum, w) => sum + w.length + separator.length, 0);
        const match = matchWord === undefined ? undefined : { start: offset, end: offset + list[matchWord]!.length };
        const readable = readableLine(text, 'quote');
        const full = readable.text;
        const quote = quoteAround(text, match, maxChars);

        expect(quote.text.length).toBeLessThanOrEqual(maxChars);
        if (full.length <= maxChars) {
          expect(quote.text).toBe(full);
          return;
        }
        const lead = quote.text.startsWith(ELLIPSIS);
        const trail = quote.text.endsWith(ELLIPSIS);
        const body = quote.text.slice(lead ? 1 : 0, trail ? -1 : undefined);
        const places = placesOf(full, body);
        expect(places.length).toBeGreaterThan(0);
        if (!lead) expect(places).toContain(0);
        if (!trail) expect(full.trimEnd().endsWith(body)).toBe(true);
        expect(places.some((at) => cleanCut(full, at) && cleanCut(full, at + body.length))).toBe(true);

        const found = match && readable.range(match);
        if (found && found.end - found.start <= maxChars - 2) {
          expect(quote.match).toBeDefined();
          expect(quote.text.slice(quote.match!.start, quote.match!.end)).toBe(full.slice(found.start, found.end));
        }
      }),
      { numRuns: 500 },
    );
  });
});
