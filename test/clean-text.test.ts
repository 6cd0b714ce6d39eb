/**
 * Converted text is cleaned before it is saved and cited: one test per class of converter debris,
 * on synthetic lines, and the two promises every cleaning keeps (idempotent; lines stay one for one).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLine, cleanLines } from '../src/corpus/cleanText.js';
import { readFormat } from '../src/corpus/formats/readFormat.js';

describe('spacing accents from a PDF text layer', () => {
  it('puts an accent written before its letter on that letter', () => {
    expect(cleanLine('Dise\u02DCno de Sistemas')).toBe('Diseño de Sistemas');
    expect(cleanLine('M\u00B4ecanique des fluides')).toBe('Mécanique des fluides');
    expect(cleanLine('Probl`eme r\u00E9solu')).toBe('Problème résolu');
    expect(cleanLine('Universit\u00A8at M\u00A8unchen')).toBe('Universität München');
    expect(cleanLine('ma\u02C6\u0131tre')).toBe('maître');
    expect(cleanLine('\u02C7Skoda \u02C7cesky')).toBe('Škoda česky');
  });

  it('places the ring, double acute, breve, dot above, ogonek and macron a TeX PDF writes apart', () => {
    expect(cleanLine('H\u02DAakon Str\u02DAand')).toBe('Håkon Strånd');
    expect(cleanLine('Dvo\u02C7r\u00E1k, R\u02DAu\u017Eena')).toBe('Dvořák, Růžena');
    expect(cleanLine('Erd\u02DDos')).toBe('Erdős');
    expect(cleanLine('\u02D9Zaneta \u0141\u02DBecka')).toBe('Żaneta Łęcka');
    expect(cleanLine('Do\u02D8gan, \u00AFAdams')).toBe('Doğan, Ādams');
  });

  it('reads a dotless i under an accent as í', () => {
    expect(cleanLine('Ingenier\u00B4\u0131a Inform\u00B4atica')).toBe('Ingeniería Informática');
    expect(cleanLine('na\u00A8\u0131ve')).toBe('naïve');
  });

  it('puts an accent that ends a word on the letter before it, and a cedilla on the letter it hangs from', () => {
    expect(cleanLine('Rene\u00B4 Dupont')).toBe('René Dupont');
    expect(cleanLine('Fran\u00B8cais')).toBe('Français');
    expect(cleanLine('Franc\u00B8ais')).toBe('Français');
  });

  it('leaves an apostrophe written as an acute, and code in backticks, as they are', () => {
    expect(cleanLine('it\u00B4s John\u00B4s team')).toBe('it\u00B4s John\u00B4s team');
    expect(cleanLine('run `echo` and `npm ci`')).toBe('run `echo` and `npm ci`');
  });

  it('composes letters written with combining marks (NFC)', () => {
    expect(cleanLine('Jose\u0301 Mu\u0308ller')).toBe('José Müller');
  });
});

describe('ligatures and invisible characters', () => {
  it('splits typographic ligatures into their letters', () => {
    expect(cleanLine('\uFB01nance o\uFB03ce \uFB02ow sta\uFB00 ba\uFB04e \uFB06ack')).toBe(
      'finance office flow staff baffle stack',
    );
  });

  it('removes zero-width characters, the word joiner, a BOM and soft hyphens inside words', () => {
    expect(cleanLine('Py\u200Bthon\u200C \u2060Go\uFEFF pro\u00ADgramming Ku\u200Dbernetes')).toBe(
      'Python Go programming Kubernetes',
    );
  });

  it('keeps the joiner inside an emoji sequence', () => {
    expect(cleanLine('\u{1F469}\u200D\u{1F4BB} developer')).toBe('\u{1F469}\u200D\u{1F4BB} developer');
  });
});

describe('letter-spaced words', () => {
  it('joins three or more single letters one space apart', () => {
    expect(cleanLine('E X P E R I E N C E')).toBe('EXPERIENCE');
    expect(cleanLine('## S K I L L S')).toBe('## SKILLS');
    expect(cleanLine('J O H N   D O E')).toBe('JOHN   DOE');
    expect(cleanLine('\u00C9 C O L E')).toBe('\u00C9COLE');
  });

  it('reads the typeset LaTeX and TeX logos as their names', () => {
    expect(cleanLine('Tools: L A TEX, Git')).toBe('Tools: LaTeX, Git');
    expect(cleanLine('wrote T E X macros')).toBe('wrote TeX macros');
    expect(cleanLine('LATEX and BIBTEX')).toBe('LATEX and BIBTEX');
  });

  it('leaves two single letters, and runs whose case reads as no word', () => {
    expect(cleanLine('C or R, A B testing')).toBe('C or R, A B testing');
    expect(cleanLine('a B c')).toBe('a B c');
    expect(cleanLine('I am a person')).toBe('I am a person');
    expect(cleanLine('\u05D0 \u05D1 \u05D2 \u05D3')).toBe('\u05D0 \u05D1 \u05D2 \u05D3');
  });
});

describe('TeX macro definitions and their residue', () => {
  it('removes definitions written out in the text', () => {
    expect(cleanLine('\\def\\myname{Jane Roe} Jane Roe')).toBe('Jane Roe');
    expect(cleanLine('\\newcommand{\\cvsep}[1]{\\hfill #1} Experience')).toBe('Experience');
    expect(cleanLine('\\renewcommand\\baselinestretch{1.1}')).toBe('');
    expect(cleanLine('\\let\\oldsection\\section')).toBe('');
    expect(cleanLine('\\setlength{\\parindent}{0pt}Summary')).toBe('Summary');
    expect(cleanLine('\\hoffset=-1 true cm \\voffset=0.5in Jane')).toBe('Jane');
  });

  it('removes the assignments a dropped command leaves behind', () => {
    expect(cleanLine('=1 true cm=1')).toBe('');
    expect(cleanLine('=0pt Data engineer')).toBe('Data engineer');
    expect(cleanLine('=1ex plus 0.5ex minus 0.2ex Bob')).toBe('Bob');
    expect(cleanLine('=1 true cmDan')).toBe('Dan');
    expect(cleanLine('\\tolerance=1000 \\parskip=0pt plus 1fil Carl')).toBe('Carl');
  });

  it('keeps equations and measures in sentences', () => {
    expect(cleanLine('Solved x=1 for n = 3 cases')).toBe('Solved x=1 for n = 3 cases');
    expect(cleanLine('Height=180 cm, ran 5 km')).toBe('Height=180 cm, ran 5 km');
  });
});

describe('every converted format is cleaned in one place', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('cleans HTML, LaTeX and JSON Resume text, but never a Markdown file whose bytes are quoted', async () => {
    const html = await readFormat(
      'cv.html',
      bytes('<html><body><h2>E X P E R I E N C E</h2><p>o\uFB03ce</p></body></html>'),
    );
    expect(html.kind === 'read' && html.text.lines.join('\n')).toMatch(/EXPERIENCE[\s\S]*office/);
    const tex = await readFormat(
      'cv.tex',
      bytes('\\documentclass{article}\n\\begin{document}\n\\hoffset=-1 true cm Ana\n\\end{document}\n'),
    );
    expect(tex.kind === 'read' && tex.text.lines.join('\n')).not.toMatch(/true cm|=/);
    const json = await readFormat(
      'cv.json',
      bytes(JSON.stringify({ basics: { name: 'Ana', summary: 'Py\u200Bthon' } })),
    );
    expect(json.kind === 'read' && json.text.lines.join('\n')).toContain('Python');
    const md = await readFormat('cv.md', bytes('# Ana\n\nPy\u200Bthon\n'));
    expect(md.kind === 'read' && md.text.lines).toContain('Py\u200Bthon');
  });
});

const piece = fc.oneof(
  fc.constantFrom(
    '\u02DC',
    '\u00B4',
    '`',
    '\u00A8',
    '\u02C6',
    '\u02C7',
    '\u00B8',
    '\u0131',
    '\uFB01',
    '\uFB03',
    '\u200B',
    '\u200D',
    '\uFEFF',
  ),
  fc.constantFrom(
    '\u00AD',
    '\\def\\x{y}',
    '\\let\\a\\b',
    '=1 true cm',
    '=1',
    '=1ex plus 2fil',
    'true',
    'cm',
    ' ',
    '  ',
    '\\',
    '{',
    '}',
    '\u{1F469}',
    '\u0301',
  ),
  fc.constantFrom('a', 'e', 'n', 'c', 's', 'i', 'E', 'X', 'L', 'A', 'T', 'B', 'x', '1', '.', ',', '-', '#'),
  fc.constantFrom('word', 'Dise', 'no', 'Ingenier', 'E X P', 'L A TEX', 'T E X'),
);
const line = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));

describe('cleaning as a property', () => {
  it('reads an accent after a letter that already carries a combining mark the same, once or twice cleaned', () => {
    // fast-check found it: "aˆ" + combining acute + "´cm" took the ´ onto the c only on a second pass.
    const text = 'a\u02C6\u0301\u00B4cm';
    expect(cleanLine(cleanLine(text))).toBe(cleanLine(text));
    expect(cleanLine('Ingenier\u00B4\u0131a')).toBe('Ingeniería');
  });

  it('is idempotent: clean text cleaned again is unchanged', () => {
    fc.assert(
      fc.property(line, (text) => cleanLine(cleanLine(text)) === cleanLine(text)),
      { numRuns: 3000 },
    );
  });

  it('never joins two lines or drops one, and a line with a letter or digit not in TeX keeps it', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const cleaned = cleanLines(lines);
        if (cleaned.length !== lines.length || cleaned.some((text) => text.includes('\n'))) return false;
        return lines.every((text, i) => !/^[a-z ]*[a-z][a-z ]*$/i.test(text) || cleaned[i]!.trim() !== '');
      }),
      { numRuns: 1000 },
    );
  });
});
