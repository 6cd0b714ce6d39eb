/**
 * The shortcuts profile reading takes for speed give the answers the long way gives: a cleaning
 * step skipped when its mark is missing, dates and title words remembered per text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/profile/lines.js';
import { itemsOnlyLine } from '../src/profile/markupItems.js';
import { isTitleWord } from '../src/profile/roleWords.js';
import { findDates, withoutDates } from '../src/text/dates.js';

const ICONS = /[\u{E000}-\u{F8FF}\u{F0000}-\u{FFFFD}]|\u{FE0F}|\u{200D}|(?![©®™▪⚫⚪])\p{Extended_Pictographic}/gu;
const EMPHASIS_MARK = /(?<=\s|^)[*_](?=\S)|(?<=\S)[*_](?=[\s,;:)]|$)/g;

/** Every step of cleanText run on every line, none skipped (markup items made text first, as cleanText does). */
function everyStep(items: string): string {
  const text = items
    .replace(ICONS, ' ')
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\(?:textbf|textit|emph|underline|href\{[^}]*\}|url)\s*\{([^}]*)\}/g, '$1')
    .replace(/\\[a-zA-Z]+\*?/g, ' ')
    .replace(/\s*\{[#.:][^{}]{0,80}\}\s*$/, '')
    .replace(/[{}]/g, ' ')
    .replace(/^\s*(?:#{1,6}\s+|>\s*)/, '')
    .replace(/^\s*:\s+/, '')
    .replace(/\s*\\+\s*$/, '')
    .replace(/^\s*(?:[-*+•·▪◦●■►–]\s+)+/, '')
    .replace(/^\s*\d{1,2}[.)]\s+(?=\p{L}|(?:19|20)\d\d\b)/u, '')
    .replace(/\*\*|__|`/g, '');
  return text.replace(EMPHASIS_MARK, '').replace(/\s+/g, ' ').trim();
}

/** Lines made of markup pieces and words: the marks each skipped step looks for, in any order. */
const PIECES = [
  'Senior',
  'Engineer',
  ' ',
  '  ',
  '\t',
  '## ',
  '> ',
  ': ',
  '- ',
  '• ',
  '1. ',
  '2019',
  '**',
  '__',
  '`',
  '*',
  '_',
  '{#experience}',
  '{: .note}',
  '{',
  '}',
  '\\textbf{Go}',
  '\\emph{x}',
  '\\\\',
  '\\',
  '\\hfill',
  '[Acme](https://a.b)',
  '[',
  ']',
  '(',
  ')',
  '>',
  '💼',
  '\u{F095}',
  'Ünïcode',
  ',',
  '.',
];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

describe('cleaning a profile line', () => {
  it('gives what running every cleaning step gives, on lines of plain words and of markup', () => {
    fc.assert(
      fc.property(line, (text) => {
        // Lines that are no row of code items: cleanText's first step (markup items) leaves them as they are.
        fc.pre(itemsOnlyLine(text) === undefined);
        expect(cleanText(text)).toBe(everyStep(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('still takes off each kind of markup a skipped step would have missed', () => {
    expect(cleanText('### Experience {#experience}')).toBe('Experience');
    expect(cleanText('\\textbf{Acme Ltd} \\hfill 2019 \\\\')).toBe('Acme Ltd 2019');
    expect(cleanText('- **Lead** at [Acme](https://acme.example)')).toBe('Lead at Acme');
    expect(cleanText('<b>Acme</b> Ltd <i>2019</i>')).toBe('Acme Ltd 2019');
    expect(cleanText('Plain words, nothing to take off')).toBe('Plain words, nothing to take off');
  });
});

describe('dates remembered per text', () => {
  it('answers a text asked again as it did the first time, and as a fresh read for that year does', () => {
    const text = 'Engineer, Acme (March 2019 – Present); intern 05/17 – 08/17';
    const first = findDates(text);
    expect(findDates(text)).toEqual(first);
    expect(findDates(text, new Date().getFullYear())).toEqual(first);
    expect(first.map((d) => d.start)).toEqual(['2019-03', '2017-05']);
  });

  it('reads a two-digit year for the year it is asked for, not the year remembered', () => {
    expect(findDates("Oct '29 – Jan '30", 2025)[0]!.start).toBe('1929-10');
    expect(findDates("Oct '29 – Jan '30", 2031)[0]!.start).toBe('2029-10');
    expect(findDates("Oct '29 – Jan '30", 2025)[0]!.start).toBe('1929-10');
  });

  it('keeps the shared answer safe from its callers, and withoutDates leaves it in order', () => {
    const text = '2015 – 2017 and 2019 – 2021';
    const found = findDates(text);
    expect(Object.isFrozen(found)).toBe(true);
    expect(withoutDates(text).trim()).toBe('and');
    expect(findDates(text).map((d) => d.start)).toEqual(['2015', '2019']);
  });
});

describe('title words remembered per word', () => {
  it('answers each word the same the second time', () => {
    for (const word of ['engineer', 'entwicklerin', 'datenanalystin', 'acme', 'développeuse', 'berlin']) {
      expect(isTitleWord(word)).toBe(isTitleWord(word));
    }
    expect(isTitleWord('softwareentwicklerin')).toBe(true);
    expect(isTitleWord('globex')).toBe(false);
  });
});
