/** A phrase typed in any case and with or without accents, given back as the line writes it. */
import { describe, expect, it } from 'vitest';
import { asWritten, occurrencesOf } from '../src/text/asWritten.js';

describe('asWritten', () => {
  it.each([
    ['Developer — Morgan Stanley (2015 – 2020)', 'morgan stanley', 'Morgan Stanley'],
    ['Entwickler, Müller   Systems GmbH', 'muller systems', 'Müller   Systems'],
    ['Ingénieure chez ÉLAN Conseil', 'elan conseil', 'ÉLAN Conseil'],
    ['Engineer at Acme', 'Initech', 'Initech'],
  ])('%s / %s → %s', (line, phrase, written) => {
    expect(asWritten(line, phrase)).toBe(written);
  });

  it('matches whole words only', () => {
    expect(occurrencesOf('Acmeville and Acme', 'acme').found.map((o) => o.start)).toEqual([14]);
  });

  it('gives the phrase as typed where folding changes the line length', () => {
    expect(asWritten('ﬁnance at Fjord Bank', 'fjord bank')).toBe('fjord bank');
  });
});
