/** The one text-analysis module: words with offsets, index terms from the same words. */
import { describe, expect, it } from 'vitest';
import { firstTermMatch, termTokens, tokenize, wordTerms } from '../src/text/terms.js';
import { scanWords, wordTokens, writtenWordTokens, writtenWords } from '../src/text/words.js';

/** Each token as the text it points at. */
const asWritten = (text: string, tokens: readonly { start: number; end: number }[]) => tokens.map(({ start, end }) => text.slice(start, end));

describe('word offsets', () => {
  it('point at each word as written, without the sentence punctuation around it', () => {
    const text = 'Ran CI/CD (GitHub Actions) for Node.js, C++ and .NET; the team’s R&D.';
    const tokens = wordTokens(text, 'terms');
    expect(tokens.map((t) => t.word)).toEqual(['ran', 'ci/cd', 'github', 'actions', 'for', 'node.js', 'c++', 'and', '.net', 'the', 'team', 'r&d']);
    expect(asWritten(text, tokens)).toEqual(['Ran', 'CI/CD', 'GitHub', 'Actions', 'for', 'Node.js', 'C++', 'and', '.NET', 'the', 'team', 'R&D']);
  });

  it('hold through normalisation that changes lengths: ligatures, full-width forms, dotted capitals, combining accents', () => {
    const text = 'Led ﬁnance at Ｃ＋＋ shop in ŁÓDŹ, café e\u0301te ScrumMaster™ 𝐁𝐨𝐥𝐝 x';
    const tokens = wordTokens(text, 'terms');
    expect(tokens.map((t) => t.word)).toEqual(['led', 'finance', 'at', 'c++', 'shop', 'in', 'łódź', 'café', 'éte', 'scrummaster', 'bold', 'x']);
    expect(asWritten(text, tokens)).toEqual(['Led', 'ﬁnance', 'at', 'Ｃ＋＋', 'shop', 'in', 'ŁÓDŹ', 'café', 'e\u0301te', 'ScrumMaster', '𝐁𝐨𝐥𝐝', 'x']);
  });

  it('stay ordered and inside the text where normalisation joins characters (half-width kana with a voicing mark)', () => {
    const text = 'ｶﾞｲﾄﾞ and Go';
    const tokens = wordTokens(text, 'terms');
    expect(tokens.map((t) => t.word)).toEqual(scanWords(text, 'terms'));
    for (const [i, token] of tokens.entries()) {
      expect(token.start).toBeLessThan(token.end);
      expect(token.end).toBeLessThanOrEqual(text.length);
      if (i > 0) expect(token.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
    }
    expect(asWritten(text, tokens).at(-1)).toBe('Go');
  });

  it('give the same words with offsets as without, for index terms and for words as written', () => {
    const text = '## Skills\n- Puppet/Salt, go-ahead; `kubectl` (k8s) — S/390 & PL/1 ½ ① Ｇｏ';
    expect(wordTokens(text, 'terms').map((t) => t.word)).toEqual(scanWords(text, 'terms'));
    expect(termTokens(text).map((t) => t.terms)).toEqual(wordTerms(text));
    expect(writtenWordTokens(text).map((t) => t.word)).toEqual(writtenWords(text));
    expect(writtenWords('Puppet/Salt, Node.js, Go-ahead')).toEqual(['puppet', 'salt', 'nodejs', 'goahead']);
  });
});

describe('index terms', () => {
  it('index a joined word whole and by its parts, stem plain words, and leave symbols alone', () => {
    expect(tokenize('CI/CD Node.js banking C++ C# .NET EC2')).toEqual(['cicd', 'ci', 'cd', 'nodej', 'node', 'js', 'bank', 'c++', 'c#', '.net', 'ec2']);
  });

  it('find the first word that yields a wanted term, with its place in the text', () => {
    const text = 'Then we deployed the Terraform modules.';
    const match = firstTermMatch(text, new Set(tokenize('deploy')));
    expect(match && text.slice(match.start, match.end)).toBe('deployed');
    expect(firstTermMatch(text, new Set(tokenize('kafka')))).toBeUndefined();
  });
});
