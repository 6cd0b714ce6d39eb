import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chunkDocument, MAX_LINE_PART_CHARS, type ChunkOptions } from '../src/chunking/chunkDocument.js';
import { type Passage, passageHeading, sectionLabel } from '../src/chunking/passage.js';
import type { Person } from '../src/corpus/document.js';
import { estimateTokens } from '../src/embedding/tokenEstimate.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A stand-in for the model's tokenizer: about 1.3 tokens a word plus the two special tokens.
 * Deterministic and monotonic in the text's length, which is all chunking relies on.
 */
const countTokens = (text: string): number => Math.ceil(text.split(/\s+/).filter(Boolean).length * 1.3) + 2;

const person = (name: string, id = `corpus/${name.toLowerCase()}.md`): Person => ({
  id,
  name,
  aliases: [],
  nameSource: 'file-name',
});

function chunk(text: string, options: Partial<ChunkOptions> = {}, source = 'corpus/ada.md'): Passage[] {
  return chunkDocument(
    { source, lines: text.split('\n'), person: person('Ada', source) },
    { countTokens, maxTokens: 256, ...options },
  );
}

function readCorpus(file: string): string[] {
  return readFileSync(path.join(ROOT, 'corpus', file), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''));
}

const CORPUS = ['000_db1e1783ac94410d.txt', '001_ef5c355ba2137431.txt', '002_9a63d334eb8a7d54.txt'] as const;

function chunkCorpus(file: string, options: Partial<ChunkOptions> = {}): { lines: string[]; passages: Passage[] } {
  const lines = readCorpus(file);
  const source = `corpus/${file}`;
  const passages = chunkDocument(
    { source, lines, person: person(`Person ${file.slice(0, 3)}`, source) },
    { countTokens, maxTokens: 256, ...options },
  );
  return { lines, passages };
}

/**
 * What a passage quotes, read back from the file's lines: lines startLine..endLine, or for a part of a
 * line too long for one passage (id `…#L<line>:<from>-<to>`), those characters of that line.
 */
function lineOf(p: Passage, lines: readonly string[]): string {
  const part = /#L(\d+):(\d+)-(\d+)$/.exec(p.id);
  if (part) return lines[Number(part[1]) - 1]!.slice(Number(part[2]) - 1, Number(part[3]));
  return lines.slice(p.startLine - 1, p.endLine).join('\n');
}

const covering = (passages: readonly Passage[], line: number): Passage[] =>
  passages.filter((p) => p.startLine <= line && line <= p.endLine);

const words = (n: number, word = 'word'): string => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('chunkDocument', () => {
  it('returns no passages for an empty or blank document', () => {
    expect(chunk('')).toEqual([]);
    expect(chunk('\n\n   \n')).toEqual([]);
    expect(chunk('---\n\n{{< figure src="x" >}}\n{% include base_path %}\n')).toEqual([]);
  });

  it('keeps a document that is only a heading as one passage: a heading is content too', () => {
    expect(chunk('## Only a heading\n\n---\n').map((p) => [p.startLine, p.endLine, p.sectionPath])).toEqual([
      [1, 1, ['Only a heading']],
    ]);
  });

  it('nests a deeper heading under the one above it and pops back at the next heading of that level', () => {
    const passages = chunk(
      [
        '# Ada',
        '## Experience',
        '### Acme',
        'Built rockets.',
        '#### Key Achievements:',
        '- Launched one',
        '## Skills',
        'Go, Rust',
      ].join('\n'),
    );
    expect(passages.map((p) => [p.startLine, p.endLine, sectionLabel(p.sectionPath)])).toEqual([
      [1, 4, 'Ada › Experience › Acme'],
      [5, 6, 'Ada › Experience › Acme › Key Achievements'],
      [7, 8, 'Ada › Skills'],
    ]);
  });

  it('cleans heading text for the path: no hashes, emphasis, links, trailing spaces or colons', () => {
    const passages = chunk(
      ['## **Recent** _Experience_ ##  ', '### [Acme](https://acme.test) – Contract:  ', 'Did things.'].join('\n'),
    );
    expect(passages[0]!.sectionPath).toEqual(['Recent Experience', 'Acme – Contract']);
  });

  it('reads setext headings like ATX ones', () => {
    const passages = chunk(['Experience', '==========', '', 'Acme', '----', '', 'Built rockets.'].join('\n'));
    expect(passages.map((p) => [p.startLine, p.endLine, p.sectionPath])).toEqual([[1, 7, ['Experience', 'Acme']]]);
  });

  it('keeps a role block together when it fits, its role line and dates in the path', () => {
    const text = [
      '## Experience',
      '',
      '### BBC',
      '',
      "Engineer • Aug. '19 –",
      '',
      'Building the CDN for BBC iPlayer.',
      '',
      '- Cache tiering in Lua',
    ].join('\n');
    const [only, ...rest] = chunk(text);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      startLine: 1,
      endLine: 9,
      sectionPath: ['Experience', "BBC · Engineer • Aug. '19 –"],
    });
  });

  it('opens the first passage of a subsection with the heading above it when that heading has no body', () => {
    const passages = chunk(['## Projects', '', '---', '', '### wikmd', '', 'A markdown wiki.'].join('\n'));
    expect(passages).toHaveLength(1);
    expect(passages[0]).toMatchObject({ startLine: 1, endLine: 7, sectionPath: ['Projects', 'wikmd'] });
  });

  it('keeps a heading with no body before a heading of the same level as a passage of its own', () => {
    const passages = chunk(['## Awards', '', '## Skills', '', 'Go, Rust'].join('\n'));
    expect(passages.map((p) => [p.startLine, p.endLine, p.sectionPath])).toEqual([
      [1, 1, ['Awards']],
      [3, 5, ['Skills']],
    ]);
  });

  it('uses a standalone emphasised line as the deepest level of the section path until the next heading', () => {
    const text = [
      '## Acme',
      '### Key Achievements:',
      '- Shipped v1',
      '',
      '*More recently in this role:*',
      '- Shipped v2',
      '**Tools:**',
      'Terraform, Go',
      '## Skills',
      'Lua',
    ].join('\n');
    expect(chunk(text).map((p) => [p.startLine, p.endLine, sectionLabel(p.sectionPath)])).toEqual([
      [1, 3, 'Acme › Key Achievements'],
      [5, 6, 'Acme › Key Achievements › More recently in this role'],
      [7, 8, 'Acme › Key Achievements › Tools'],
      [9, 10, 'Skills'],
    ]);
  });

  it('does not take an emphasised sentence for a heading', () => {
    const passages = chunk(
      ['## About', '*I enjoy building reliable systems with small teams*', 'More text.'].join('\n'),
    );
    expect(passages.map((p) => p.sectionPath)).toEqual([['About']]);
  });

  it('makes the front matter its own passage', () => {
    const text = ['', '+++', 'title = "Ada Lovelace - Analyst"', '+++', '', '## Profile', 'Hello.'].join('\n');
    const passages = chunk(text);
    expect(passages[0]).toMatchObject({ startLine: 2, endLine: 4, sectionPath: ['Front matter'] });
    expect(passages[0]!.text).toContain('Ada Lovelace - Analyst');
    expect(passages[1]).toMatchObject({ startLine: 6, endLine: 7, sectionPath: ['Profile'] });
  });

  it('builds id, person and embedText with the person and section first', () => {
    const [p] = chunk(['## Skills', '', 'Go.', '### Languages', 'Python, Lua'].join('\n'), {}, 'corpus/kura.md').slice(
      1,
    );
    expect(p).toEqual({
      id: 'corpus/kura.md#L4-L5',
      source: 'corpus/kura.md',
      personId: 'corpus/kura.md',
      person: 'Ada',
      sectionPath: ['Skills', 'Languages'],
      startLine: 4,
      endLine: 5,
      text: '### Languages\nPython, Lua',
      embedText: 'Ada › Skills › Languages\n### Languages\nPython, Lua',
    });
  });

  it('keeps a table row whole and cites its exact line, with the header only in the first passage', () => {
    const rows = Array.from(
      { length: 8 },
      (_, i) => `| Company ${i} (2010 - 2012) Skills: ${words(12, `skill${i}x`)} |`,
    );
    const text = ['## Employment', '', '| Previous Relevant Employment |', '| --- |', ...rows].join('\n');
    const passages = chunk(text, { maxTokens: 64 });
    expect(passages.length).toBeGreaterThan(2);
    for (const p of passages) {
      expect(countTokens(p.embedText)).toBeLessThanOrEqual(64);
      expect(p.sectionPath).toEqual(['Employment', 'Previous Relevant Employment']);
    }
    expect(passages.filter((p) => p.text.includes('| --- |'))).toHaveLength(1);
    // The heading above the table (it has no other body) and the table header open the first passage.
    expect(passages[0]!.startLine).toBe(1);
    // Every row is inside some passage, and the rows are cited by their own line numbers.
    rows.forEach((row, i) =>
      expect(covering(passages, 5 + i).some((p) => p.text.split('\n').includes(row))).toBe(true),
    );
  });

  it('does not take a column title for a heading', () => {
    const text = ['## Certifications', '|  | Expiry |', '| --- | --- |', '| AWS Solutions Architect | 2021 |'].join(
      '\n',
    );
    expect(chunk(text)[0]).toMatchObject({ startLine: 1, endLine: 4, sectionPath: ['Certifications'] });
  });

  it('never cuts a bullet: passages in a list start and end on whole bullets with their sub-bullets', () => {
    const items: string[] = [];
    const itemLines: [number, number][] = [];
    for (let i = 0; i < 6; i++) {
      const start = items.length + 3;
      items.push(
        `- Item ${i}: ${words(6, `a${i}x`)}`,
        `  - sub ${words(5, `b${i}x`)}`,
        `  - sub ${words(5, `c${i}x`)}`,
        `    continued ${words(3, `d${i}x`)}`,
      );
      itemLines.push([start, start + 3]);
    }
    const passages = chunk(['## Work', 'Did these things:', ...items].join('\n'), { maxTokens: 100 });
    expect(passages.length).toBeGreaterThan(2);
    const starts = new Set(itemLines.map(([s]) => s));
    const ends = new Set(itemLines.map(([, e]) => e));
    for (const p of passages) {
      expect(p.startLine === 1 || starts.has(p.startLine)).toBe(true);
      expect(ends.has(p.endLine)).toBe(true);
      expect(countTokens(p.embedText)).toBeLessThanOrEqual(100);
    }
  });

  it('breaks a bullet too big for the model between its sub-bullets, never mid-line', () => {
    const text = [
      '## Work',
      `- Ops duties: ${words(10, 'lead')}`,
      ...Array.from({ length: 4 }, (_, i) => `  - duty ${i} ${words(20, `d${i}x`)}`),
    ].join('\n');
    const passages = chunk(text, { maxTokens: 40 });
    expect(passages.length).toBeGreaterThan(1);
    for (const p of passages) expect(countTokens(p.embedText)).toBeLessThanOrEqual(40);
    expect(
      passages
        .map((p) => p.startLine)
        .slice(1)
        .every((line) => line >= 3),
    ).toBe(true);
  });

  it('keeps a lead-in line with the list it introduces', () => {
    const text = [
      '## Work',
      words(30, 'intro'),
      '',
      'Some features I built include;',
      '',
      '- Cache tiering',
      '- Origin retrying',
    ].join('\n');
    const passages = chunk(text, { maxTokens: 60 });
    const leadIn = passages.find((p) => p.text.includes('include;'))!;
    expect(leadIn.text).toContain('- Cache tiering');
  });

  it('repeats the last unit of one passage at the start of the next in the same section', () => {
    const bullets = Array.from({ length: 10 }, (_, i) => `- Bullet ${i} ${words(3, `w${i}x`)}`);
    const passages = chunk(['## Work', ...bullets].join('\n'), { maxTokens: 80 });
    expect(passages.length).toBeGreaterThan(2);
    for (let i = 1; i < passages.length; i++) expect(passages[i]!.startLine).toBe(passages[i - 1]!.endLine);
    const withoutOverlap = chunk(['## Work', ...bullets].join('\n'), { maxTokens: 80, overlapLines: 0 });
    expect(withoutOverlap.length).toBeGreaterThan(1);
    for (let i = 1; i < withoutOverlap.length; i++)
      expect(withoutOverlap[i]!.startLine).toBe(withoutOverlap[i - 1]!.endLine + 1);
  });

  it('still ends and moves forward when the overlap is larger than the passages', () => {
    const bullets = Array.from({ length: 12 }, (_, i) => `- Bullet ${i} ${words(4, `w${i}x`)}`);
    const passages = chunk(['## Work', ...bullets].join('\n'), { maxTokens: 30, overlapLines: 50 });
    expect(passages.length).toBeGreaterThan(3);
    for (let i = 1; i < passages.length; i++) {
      expect(passages[i]!.startLine).toBeGreaterThan(passages[i - 1]!.startLine);
      expect(passages[i]!.endLine).toBeGreaterThan(passages[i - 1]!.endLine);
    }
    expect(passages.at(-1)!.endLine).toBe(13);
  });

  it('cuts a line too long for the model into parts at spaces, each citing that line and quoting only its part', () => {
    const long = words(300, 'terraform');
    const passages = chunk(['## Summary', 'Short intro.', long, 'Short outro.'].join('\n'), { maxTokens: 64 });
    const parts = passages.filter((p) => p.startLine === 3);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) {
      expect(part).toMatchObject({ startLine: 3, endLine: 3, sectionPath: ['Summary'] });
      expect(long).toContain(part.text);
      expect(part.text).toBe(part.text.trim());
      expect(part.embedText).toBe(`Ada › Summary\n${part.text}`);
      expect(countTokens(part.embedText)).toBeLessThanOrEqual(64);
      expect(lineOf(part, ['## Summary', 'Short intro.', long])).toBe(part.text);
    }
    // In order, nothing left out, nothing repeated.
    expect(parts.map((part) => part.text).join(' ')).toBe(long);
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
    // The short lines around it are still cited whole.
    expect(covering(passages, 2).some((p) => p.text.includes('Short intro.'))).toBe(true);
    expect(covering(passages, 4).some((p) => p.text.includes('Short outro.'))).toBe(true);
  });

  it('cuts a single unbroken word too long for the model between characters', () => {
    const charTokens = (text: string): number => text.length;
    const passages = chunkDocument(
      { source: 'a.md', lines: ['x'.repeat(500)], person: person('Ada') },
      { countTokens: charTokens, maxTokens: 40 },
    );
    expect(passages.length).toBeGreaterThan(10);
    for (const p of passages) expect(charTokens(p.embedText)).toBeLessThanOrEqual(40);
    expect(passages.map((p) => p.text).join('')).toBe('x'.repeat(500));
  });

  it('never quotes more than a bounded part of a 2 MB line, even one the tokenizer counts as one token', () => {
    const line = `${'Terraform Kubernetes AWS '.repeat(40_000)}${'QUJD'.repeat(125_000)}`;
    // BERT reads a word over 100 characters as one [UNK]: a cheap count must not make a huge quote.
    const unknownWords = (text: string): number => text.split(/\s+/).filter(Boolean).length + 2;
    const all = chunkDocument(
      { source: 'a.md', lines: ['## Skills', line], person: person('Ada') },
      { countTokens: unknownWords, maxTokens: 256 },
    );
    // The heading cannot join a part of the line that already fills the model: it stands alone.
    expect(all[0]).toMatchObject({ startLine: 1, endLine: 1, text: '## Skills' });
    const passages = all.slice(1);
    expect(passages.every((p) => p.startLine === 2 && p.endLine === 2)).toBe(true);
    expect(Math.max(...passages.map((p) => p.text.length))).toBeLessThanOrEqual(MAX_LINE_PART_CHARS);
    expect(
      passages
        .map((p) => p.text)
        .join('')
        .replace(/\s/g, ''),
    ).toBe(line.replace(/\s/g, ''));
  });

  it('gives the same passages without a model, with no second count of each passage', () => {
    let counted = 0;
    const counting = (text: string): number => {
      counted += text.length;
      return estimateTokens(text);
    };
    for (const file of CORPUS) {
      const withModel = chunkCorpus(file, { countTokens: estimateTokens }).passages;
      counted = 0;
      const withoutModel = chunkCorpus(file, { countTokens: counting, forModel: false });
      expect(withoutModel.passages).toEqual(withModel);
      // Each distinct line once, and the section headings: about the document's own size.
      expect(counted).toBeLessThan(1.5 * withoutModel.lines.join('\n').length);
    }
  });

  it('counts each line once: the text it asks the tokenizer to count grows linearly with the document', () => {
    let counted = 0;
    const counting = (text: string): number => {
      counted += text.length;
      return countTokens(text);
    };
    const sizes = [2_000, 8_000].map((bullets) => {
      counted = 0;
      const lines = [
        '# Ada Lovelace',
        '',
        '## Experience',
        '',
        ...Array.from({ length: bullets }, (_, i) => `- ${words(12, `w${i}x`)}.`),
      ];
      chunkDocument({ source: 'a.md', lines, person: person('Ada') }, { countTokens: counting, maxTokens: 256 });
      return counted / lines.join('\n').length;
    });
    // Each line once, each passage once more (with its overlap and heading): a few times the document, at any size.
    for (const ratio of sizes) expect(ratio).toBeLessThan(4);
    expect(sizes[1]! / sizes[0]!).toBeLessThan(1.2);
  });

  it('groups a document without headings into small runs of consecutive lines', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `Line ${i} ${words(15, `p${i}x`)}.`);
    const passages = chunk(lines.join('\n'));
    expect(passages.length).toBeGreaterThan(3);
    for (const p of passages) {
      expect(p.sectionPath).toEqual([]);
      // Only the person: the display label "(top of document)" is not a word of the profile.
      expect(p.embedText.startsWith('Ada\nLine ')).toBe(true);
      expect(countTokens(p.embedText)).toBeLessThanOrEqual(Math.ceil(256 * 0.4));
    }
  });

  it('rejects options that cannot work', () => {
    expect(() => chunk('a', { maxTokens: 0 })).toThrow(RangeError);
    expect(() => chunk('a', { overlapLines: -1 })).toThrow(RangeError);
  });

  it('gives the same passages for the same input', () => {
    const { passages } = chunkCorpus(CORPUS[0]);
    expect(chunkCorpus(CORPUS[0]).passages).toEqual(passages);
  });
});

describe('chunkDocument on the real profiles', () => {
  for (const file of CORPUS) {
    it(`cites exact, trimmed line ranges in ${file} and leaves no content out`, () => {
      const { lines, passages } = chunkCorpus(file);
      expect(passages.length).toBeGreaterThan(3);
      expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
      for (const p of passages) {
        expect(p.text).toBe(lines.slice(p.startLine - 1, p.endLine).join('\n'));
        expect(p.id).toBe(`corpus/${file}#L${p.startLine}-L${p.endLine}`);
        expect(p.embedText).toBe(`${passageHeading(p.person, p.sectionPath)}\n${p.text}`);
        expect(p.embedText).not.toMatch(/top of document|Front matter/);
        for (const edge of [lines[p.startLine - 1]!, lines[p.endLine - 1]!]) {
          expect(edge.trim()).not.toBe('');
          expect(edge.trim()).not.toMatch(/^(---|\*\*\*|\{\{<.*>\}\})$/);
        }
      }
      lines.forEach((line, i) => {
        const content = line.trim() !== '' && !/^(#{1,6}\s|---$|\{\{<)/.test(line.trim());
        if (content) expect(covering(passages, i + 1).length, `line ${i + 1} is cited somewhere`).toBeGreaterThan(0);
      });
    });

    for (const maxTokens of [24, 48, 100, 256]) {
      it(`keeps every passage of ${file} within maxTokens ${maxTokens}`, () => {
        const { lines, passages } = chunkCorpus(file, { maxTokens });
        for (const p of passages) {
          expect(countTokens(p.embedText)).toBeLessThanOrEqual(maxTokens);
          expect(p.text).toBe(lineOf(p, lines));
        }
      });
    }
  }

  it('makes the TOML front matter of 000 its own passage', () => {
    const { passages } = chunkCorpus(CORPUS[0]);
    expect(passages[0]).toMatchObject({ startLine: 1, endLine: 3, sectionPath: ['Front matter'] });
    expect(passages[0]!.text).toContain('AWS Solutions Architect');
  });

  it('nests and pops the headings of 000, down to the emphasised sub-heading', () => {
    const { passages } = chunkCorpus(CORPUS[0]);
    const astra = 'AstraZeneca UK Ltd – Contract (October 2019 – Present)';
    expect(covering(passages, 33)[0]!.sectionPath).toEqual([
      'Recent Experience',
      astra,
      'SCIENCE DATA FOUNDATION IMAGING PLATFORM',
      'Key Achievements',
    ]);
    expect(covering(passages, 43)[0]!.sectionPath).toEqual([
      'Recent Experience',
      astra,
      'SCIENCE DATA FOUNDATION IMAGING PLATFORM',
      'Key Achievements',
      'More recently in this role',
    ]);
    expect(covering(passages, 52)[0]!.sectionPath).toEqual(['Recent Experience', astra, 'HALO UPLIFT PROJECT']);
    expect(covering(passages, 76)[0]!.sectionPath).toEqual([
      'Recent Experience',
      'yboo Ltd – Contract (October 2018 – August 2019)',
    ]);
    expect(covering(passages, 17)[0]!.sectionPath).toEqual(['Certifications']);
  });

  it('keeps the sub-bullets of 000 and 002 with their bullet while the bullet fits, even when sections split', () => {
    for (const maxTokens of [160, 256]) {
      const a = chunkCorpus(CORPUS[0], { maxTokens }).passages;
      const c = chunkCorpus(CORPUS[2], { maxTokens }).passages;
      for (const p of a) {
        expect([45, 46, 47]).not.toContain(p.startLine);
        expect([44, 45, 46]).not.toContain(p.endLine);
      }
      for (const p of c) {
        expect([14, 15, 16, 17]).not.toContain(p.startLine);
        expect([13, 14, 15, 16]).not.toContain(p.endLine);
      }
    }
  });

  it('keeps the long table rows of 000 whole, under their one-column header beside the roles, not inside the last one', () => {
    const { passages } = chunkCorpus(CORPUS[0]);
    const table = passages.filter((p) => p.startLine >= 87);
    expect(table.length).toBeGreaterThan(1);
    expect(table[0]!.startLine).toBe(87);
    for (const p of table) expect(p.sectionPath).toEqual(['Recent Experience', 'Previous Relevant Employment']);
    expect(covering(passages, 89).some((p) => p.text.includes('Terraform'))).toBe(true);
  });

  it('chunks the headless profile 001 into short runs of lines with no section', () => {
    const { passages } = chunkCorpus(CORPUS[1]);
    for (const p of passages) {
      expect(p.sectionPath).toEqual([]);
      // At most 7 lines: the packing target is 40% of the model's input for a headless profile.
      expect(p.endLine - p.startLine).toBeLessThanOrEqual(6);
    }
    expect(covering(passages, 27).some((p) => p.text.includes('IBM S/390'))).toBe(true);
  });

  it('cites the BBC block and the Languages line of 002 under their headings', () => {
    const { passages } = chunkCorpus(CORPUS[2]);
    expect(passages[0]).toMatchObject({ startLine: 3, sectionPath: ['Experience', "BBC · Engineer • Aug. '19 –"] });
    expect(passages[0]!.text).toContain('BIDI CDN for BBC iPlayer');
    const lua = covering(passages, 148);
    expect(lua).toHaveLength(1);
    expect(lua[0]).toMatchObject({ startLine: 146, endLine: 148, sectionPath: ['Skills', 'Languages'] });
    // Line 80 is a rule inside the body, not front matter.
    expect(passages.some((p) => p.sectionPath[0] === 'Front matter')).toBe(false);
    expect(covering(passages, 86)[0]!.sectionPath).toEqual(['Projects', 'wikmd']);
  });
});
