/** The one text-analysis module: words with offsets, index terms from the same words. */
import { describe, expect, it } from 'vitest';
import { quoteAround, quoteText } from '../src/text/quote.js';
import { firstTermMatch, termTokens, tokenize, wordTerms } from '../src/text/terms.js';
import { scanWords, wordTokens, writtenWordTokens, writtenWords } from '../src/text/words.js';

/** Each token as the text it points at. */
const asWritten = (text: string, tokens: readonly { start: number; end: number }[]) =>
  tokens.map(({ start, end }) => text.slice(start, end));

describe('word offsets', () => {
  it('point at each word as written, without the sentence punctuation around it', () => {
    const text = 'Ran CI/CD (GitHub Actions) for Node.js, C++ and .NET; the team’s R&D.';
    const tokens = wordTokens(text, 'terms');
    expect(tokens.map((t) => t.word)).toEqual([
      'ran',
      'ci/cd',
      'github',
      'actions',
      'for',
      'node.js',
      'c++',
      'and',
      '.net',
      'the',
      'team',
      'r&d',
    ]);
    expect(asWritten(text, tokens)).toEqual([
      'Ran',
      'CI/CD',
      'GitHub',
      'Actions',
      'for',
      'Node.js',
      'C++',
      'and',
      '.NET',
      'the',
      'team',
      'R&D',
    ]);
  });

  it('hold through normalisation that changes lengths: ligatures, full-width forms, dotted capitals, combining accents', () => {
    const text = 'Led ﬁnance at Ｃ＋＋ shop in ŁÓDŹ, café e\u0301te ScrumMaster™ 𝐁𝐨𝐥𝐝 x';
    const tokens = wordTokens(text, 'terms');
    expect(tokens.map((t) => t.word)).toEqual([
      'led',
      'finance',
      'at',
      'c++',
      'shop',
      'in',
      'łódź',
      'café',
      'éte',
      'scrummaster',
      'bold',
      'x',
    ]);
    expect(asWritten(text, tokens)).toEqual([
      'Led',
      'ﬁnance',
      'at',
      'Ｃ＋＋',
      'shop',
      'in',
      'ŁÓDŹ',
      'café',
      'e\u0301te',
      'ScrumMaster',
      '𝐁𝐨𝐥𝐝',
      'x',
    ]);
  });

  it('stay ordered and inside the text where normalisation joins characters (half-width kana with a voicing mark)', () => {
    const text = 'ｶﾞｲﾄﾞ and ½ Go';
    const tokens = wordTokens(text, 'terms');
    expect(tokens.map((t) => t.word)).toEqual(scanWords(text, 'terms'));
    for (const [i, token] of tokens.entries()) {
      expect(token.start).toBeLessThan(token.end);
      expect(token.end).toBeLessThanOrEqual(text.length);
      // Words inside one character's expansion (`½` is `1⁄2`) share it; otherwise they follow one another.
      if (i > 0) expect(token.start).toBeGreaterThanOrEqual(tokens[i - 1]!.start);
    }
    expect(asWritten(text, tokens)).toEqual(['ｶﾞｲﾄﾞ', 'and', '½', '½', 'Go']);
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
    expect(tokenize('CI/CD Node.js banking C++ C# .NET EC2')).toEqual([
      'cicd',
      'ci',
      'cd',
      'nodej',
      'node',
      'js',
      'bank',
      'c++',
      'c#',
      '.net',
      'ec2',
    ]);
  });

  it('find the first word that yields a wanted term, with its place in the text', () => {
    const text = 'Then we deployed the Terraform modules.';
    const match = firstTermMatch(text, new Set(tokenize('deploy')));
    expect(match && text.slice(match.start, match.end)).toBe('deployed');
    expect(firstTermMatch(text, new Set(tokenize('kafka')))).toBeUndefined();
  });
});

describe('the quote cutter', () => {
  const line = `${Array.from({ length: 40 }, (_, i) => `word${i} plain text,`).join(' ')} closing words.`;
  /** The quote without its ellipses, and whether it sits in `line` between words. */
  const body = (quote: string) => quote.replace(/^…/, '').replace(/…$/, '');
  const betweenWords = (whole: string, part: string) => {
    const at = whole.indexOf(part);
    const letter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    return (
      at >= 0 &&
      !(letter(whole[at - 1]) && letter(part[0])) &&
      !(letter(whole[at + part.length]) && letter(part.at(-1)))
    );
  };

  it('keeps a short text whole', () => {
    expect(quoteText('- Ran **Kafka** for payments', undefined, 100)).toBe('Ran **Kafka** for payments');
    expect(quoteText('- Ran **Kafka** for payments', undefined, 100, 'statement')).toBe('Ran Kafka for payments');
  });

  it('always holds the match, wherever it is in a long line, within the length and cut between words', () => {
    for (const max of [60, 100, 140]) {
      for (let i = 0; i < 40; i++) {
        const start = line.indexOf(`word${i} `);
        const quote = quoteText(line, { start, end: start + `word${i}`.length }, max);
        expect(quote.length).toBeLessThanOrEqual(max);
        expect(quote).toMatch(new RegExp(`\\bword${i}\\b`));
        expect(betweenWords(line, body(quote)), quote).toBe(true);
        expect(quote.startsWith('…')).toBe(start > 0 && !quote.startsWith('word0'));
      }
    }
  });

  it('cuts between words when nothing matched, and starts at the beginning', () => {
    const quote = quoteText(line, undefined, 100);
    expect(quote.startsWith('word0 ')).toBe(true);
    expect(quote.endsWith('…')).toBe(true);
    expect(betweenWords(line, body(quote))).toBe(true);
  });

  it('finds the match through markup it removes (list marker, emphasis, table pipes) and across lines', () => {
    const text = `| ${'Filler cell text here '.repeat(5)}| Platform |\n- Ran **Kubernetes** clusters for ${'many teams and products '.repeat(6)}`;
    const start = text.indexOf('Kubernetes');
    for (const form of ['quote', 'statement'] as const) {
      const quote = quoteText(text, { start, end: start + 'Kubernetes'.length }, 90, form);
      expect(quote).toContain('Kubernetes');
      expect(quote.length).toBeLessThanOrEqual(90);
    }
  });

  it('says where the match sits in the quote, after the leading ellipsis', () => {
    for (const max of [40, 80, 200]) {
      const start = line.indexOf('word33');
      const quote = quoteAround(line, { start, end: start + 6 }, max);
      expect(quote.text.slice(quote.match!.start, quote.match!.end)).toBe('word33');
    }
  });

  it('keeps a match longer than the lead-in whole when it fits', () => {
    const text = `${'lead '.repeat(40)}infrastructure as code with terraform and ansible ${'tail '.repeat(40)}`;
    const start = text.indexOf('infrastructure');
    const end = text.indexOf('ansible') + 'ansible'.length;
    expect(quoteText(text, { start, end }, 70)).toContain('infrastructure as code with terraform and ansible');
  });
});
