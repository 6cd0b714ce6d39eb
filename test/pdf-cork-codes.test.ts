/**
 * A pdflatex CV set in T1 bitmap fonts has no map to Unicode, and pdfjs hands over the font's own
 * codes: dashes, quotes and the fi/fl ligatures as control characters. Read as T1's glyphs, the
 * words and date ranges are whole again.
 */
import { describe, expect, it } from 'vitest';
import { fromCorkCodes } from '../src/corpus/formats/corkCodes.js';
import { clean } from '../src/corpus/formats/pdfLayout.js';

describe('T1 codes in a PDF text layer', () => {
  it('reads ligatures, dashes and quotes at their T1 codes', () => {
    expect(clean('Experiência Pro\u001cssional')).toBe('Experiência Profissional');
    expect(clean('2015 \u0015 present')).toBe('2015 – present');
    expect(clean('\u0010O\u001ece\u0011 \u0016 o\u001ber, e\u001dow, e\u001eciency, ba\u001f')).toBe(
      '“Office” — offer, eflow, efficiency, baffl',
    );
    expect(clean('\u0013citation\u0014')).toBe('«citation»');
  });

  it('reads the capitals of central European languages, and a lone TS1 code as a bullet', () => {
    expect(fromCorkCodes('\u008aukasz \u0091liwa')).toBe('Łukasz Śliwa');
    expect(fromCorkCodes('Lisboa \u0088 Tel. 912 345 678')).toBe('Lisboa • Tel. 912 345 678');
  });

  it('leaves text without such codes as it is', () => {
    const text = 'Hauptstraße 12 – Łódź, “quoted”, naïve';
    expect(fromCorkCodes(text)).toBe(text);
    expect(clean('a\tb')).toBe('a b');
  });
});
