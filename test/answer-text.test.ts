/** How answers quote a line: readable, short, and showing the word that matched. */
import { describe, expect, it } from 'vitest';
import { statementOf } from '../src/answer/statements.js';
import { tokenize } from '../src/text/terms.js';

describe('statementOf', () => {
  it('drops list markers, table pipes and emphasis', () => {
    expect(statementOf('- **Cache tiering** – an extension of sharding')).toBe(
      'Cache tiering – an extension of sharding',
    );
    expect(statementOf('| Certified ScrumMaster (CSM)      | Feb 2018 |')).toBe(
      'Certified ScrumMaster (CSM) · Feb 2018',
    );
  });

  it('keeps a short line whole', () => {
    expect(statementOf('Building and maintaining the BIDI CDN for BBC iPlayer.', tokenize('cdn'))).toBe(
      'Building and maintaining the BIDI CDN for BBC iPlayer.',
    );
  });

  it('cuts a long line around the first matched word, found through the tokenizer (deployed → deploy)', () => {
    const line = `${'Filler words about nothing in particular. '.repeat(6)}Then we deployed the Terraform modules. ${'More filler text here. '.repeat(6)}`;
    const quote = statementOf(line, tokenize('deploy terraform'));
    expect(quote.startsWith('…')).toBe(true);
    expect(quote.endsWith('…')).toBe(true);
    expect(quote).toContain('Then we deployed the Terraform modules.');
    expect(quote.length).toBeLessThanOrEqual(180);
  });

  it('starts at the beginning when nothing matches', () => {
    const line = `${'x'.repeat(50)} ${'y'.repeat(300)}`;
    expect(statementOf(line, tokenize('kafka')).startsWith('xxxxx')).toBe(true);
  });
});
