/**
 * The token estimate is scanned by character code for speed; it must count exactly as its
 * definition (pieces of /[A-Za-z0-9_]+|\S/u) does, on every kind of text a profile may hold.
 */
import { describe, expect, it } from 'vitest';
import { estimateTokens } from '../src/embedding/tokenEstimate.js';

/** The definition, as a regular expression: the reference the scanner is checked against. */
function reference(text: string): number {
  let count = 2;
  for (const [piece] of text.matchAll(/[A-Za-z0-9_]+|\S/gu))
    count += /[0-9]/.test(piece) && /[A-Za-z]/.test(piece) ? piece.length : Math.ceil(piece.length / 2);
  return count;
}

describe('the token estimate', () => {
  it('counts as its definition on words, ids, punctuation, accents, CJK, emoji, odd spaces and lone surrogates', () => {
    const samples = [
      '',
      '   \t\n',
      'Ran Kubernetes (EKS) clusters for 3f9a8c, 12 teams & 4 squads — C++/C#, Node.js; under_score_99 x_ _',
      'Zoë Müller · Ｃ＋＋ ﬁnance 東京大学 🚀🚀 naïve café',
      'a\u00a0b\u2003c\u3000d\ufeffe\u2028f\u202fg\u1680h',
      'lone \ud83d high, lone \ude80 low, pair \ud83d\ude80',
      'ABC_123 abc_ _123 __ 0 9 Z',
    ];
    // Random strings over a mix of these characters, deterministic.
    const alphabet = 'aZ09_ .,-\t\n\u00a0é東🚀\ud83d\ude80\u2003#+';
    let seed = 7;
    for (let k = 0; k < 300; k++) {
      let text = '';
      for (let i = 0; i < 40; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += alphabet[seed % alphabet.length];
      }
      samples.push(text);
    }
    for (const text of samples) expect(estimateTokens(text), JSON.stringify(text)).toBe(reference(text));
  });
});
