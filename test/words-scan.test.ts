/**
 * `scanWords` reads ASCII text with a hand-written scanner and anything else with the Unicode
 * pattern that `wordTokens` uses: both must find the same words, in both shapes, on any text.
 */
import { describe, expect, it } from 'vitest';
import { scanWords, wordTokens, type WordShape } from '../src/text/words.js';

function randomTexts(alphabet: string, count: number, length: number, seed: number): string[] {
  const texts: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    for (let i = 0; i < length; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      text += alphabet[seed % alphabet.length];
    }
    texts.push(text);
  }
  return texts;
}

describe('scanning words', () => {
  const samples = [
    "Ran C++, C#, .NET and F# at R&D; CI/CD with Node.js, e-mail, PL/1, S/390 and c++x c+x c#+ ++ .5 a..b x.'s Bob's node.js's",
    "ASP.NET Core, Vue.js; TCP/IP; 24/7 on-call; 99.9% uptime; rock 'n' roll; A&B & C; x/ y- z. .net .NET. ..net",
    ...randomTexts("aZs0 ./-'&+#_,;:()", 400, 30, 11),
    ...randomTexts('ab1./-+#', 400, 12, 5),
  ];
  for (const shape of ['terms', 'written'] as WordShape[]) {
    it(`finds in ASCII text the words the pattern finds (${shape})`, () => {
      for (const text of samples)
        expect(scanWords(text, shape), JSON.stringify(text)).toEqual(
          wordTokens(text, shape).map((token) => token.word),
        );
    });
  }

  it('reads non-ASCII text with the pattern', () => {
    expect(scanWords('Ｃ＋＋ and ﬁnance at Zoë’s café', 'terms')).toEqual([
      'c++',
      'and',
      'finance',
      'at',
      'zoë',
      'café',
    ]);
  });
});
