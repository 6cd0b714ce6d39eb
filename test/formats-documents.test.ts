import { describe, expect, it } from 'vitest';
import { readDocx } from '../src/corpus/formats/docx.js';
import { readHtml } from '../src/corpus/formats/html.js';
import { readJsonResume } from '../src/corpus/formats/jsonResume.js';
import { readLatex } from '../src/corpus/formats/latex.js';
import { readFormat } from '../src/corpus/formats/readFormat.js';
import type { ReadOutcome, ReadText } from '../src/corpus/formats/types.js';
import { bullet, makeDocx, paragraph, table, textBox } from '../scripts/synthetic/docxFixture.js';

function read(outcome: ReadOutcome): ReadText {
  if (outcome.kind !== 'read') throw new Error(`expected text, got: ${outcome.reason}`);
  return outcome.text;
}

const lineCount = (text: string) => text.split('\n').length;

describe('DOCX reading', () => {
  const docx = makeDocx(
    [
      paragraph('Bronwen Ellis', 'Title'),
      paragraph('Experience', 'Heading1'),
      paragraph('Cardiff Robotics, firmware engineer'),
      bullet('Wrote the motor controller firmware in Rust'),
      bullet('Cut boot time by half'),
      paragraph('Education', 'Heading1'),
      table([
        ['Swansea University', '2014 - 2018'],
        ['MEng Electronics', 'First'],
      ]),
      textBox('Languages: Welsh and English'),
    ].join(''),
  );

  it('keeps headings as headings and list items as bullets', async () => {
    const { lines } = read(await readDocx(docx));
    expect(lines).toContain('# Experience');
    expect(lines).toContain('- Wrote the motor controller firmware in Rust');
    expect(lines.indexOf('# Experience')).toBeLessThan(lines.indexOf('Cardiff Robotics, firmware engineer'));
  });

  it('reads a table without a column grid a row per line', async () => {
    const { lines } = read(await readDocx(docx));
    expect(lines).toContain('Swansea University | 2014 - 2018');
    expect(lines).toContain('MEng Electronics | First');
  });

  it('reads the text of a text box once, and no drawing offsets', async () => {
    const { lines } = read(await readDocx(docx));
    expect(lines.filter((line) => line.includes('Languages: Welsh and English'))).toHaveLength(1);
    expect(lines.join('\n')).not.toMatch(/1714500|38735/);
  });

  it('takes a Title-styled paragraph as the name', async () => {
    expect(read(await readDocx(docx)).nameHint).toBe('Bronwen Ellis');
  });

  it('reads the page header first and the footer last, each line once, never a page number', async () => {
    const withPage = makeDocx(paragraph('Experience', 'Heading1') + paragraph('Cardiff Robotics, firmware engineer'), {
      header:
        paragraph('Bronwen Ellis') + paragraph('bronwen@example.org | +44 29 2018 0000') + paragraph('Experience'),
      footer: paragraph('References on request') + paragraph('3'),
    });
    const { lines, nameHint } = read(await readDocx(withPage));
    expect(lines.slice(0, 2)).toEqual(['Bronwen Ellis', 'bronwen@example.org | +44 29 2018 0000']);
    expect(lines.filter((line) => line.includes('Experience'))).toEqual(['# Experience']);
    expect(lines.at(-1)).toBe('References on request');
    expect(nameHint).toBe('Bronwen Ellis');
  });

  it('skips a damaged or password-protected DOCX with a reason', async () => {
    const damaged = await readDocx(Buffer.from('PK\u0003\u0004 this is not a whole zip'));
    expect(damaged).toEqual({ kind: 'skipped', reason: expect.stringMatching(/^not a readable DOCX/) });
    // An encrypted DOCX is an OLE compound file, not a zip.
    const locked = await readDocx(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(locked).toEqual({ kind: 'skipped', reason: expect.stringMatching(/password-protected/) });
  });
});

describe('JSON Resume reading', () => {
  const resume = JSON.stringify(
    {
      basics: {
        name: 'Idris Vaughan',
        label: 'Platform Engineer',
        email: 'idris@example.org',
        location: { city: 'Newport', countryCode: 'GB' },
      },
      work: [
        {
          name: 'Gwent Freight',
          position: 'Site Reliability Engineer',
          startDate: '2019-04',
          endDate: 'Present',
          highlights: ['Ran Kafka for the tracking system'],
        },
      ],
      education: [{ institution: 'Cardiff University', area: 'Computer Science', studyType: 'BSc', endDate: '2015' }],
      skills: [{ name: 'Infrastructure', keywords: ['Terraform', 'Kubernetes'] }],
    },
    null,
    2,
  );

  it('names the person from basics.name and keeps employer, role and dates together above the highlights', () => {
    const { lines, nameHint, format } = read(readJsonResume(resume));
    expect(format).toBe('json-resume');
    expect(nameHint).toBe('Idris Vaughan');
    const text = lines.filter((line) => line !== '');
    const role = text.findIndex((line) => line.startsWith('### '));
    expect(text[role]).toBe('### Site Reliability Engineer — Gwent Freight (2019-04 – Present)');
    expect(text[role + 1]).toBe('- Ran Kafka for the tracking system');
    expect(text).toContain('Infrastructure: Terraform, Kubernetes');
    expect(text).toContain('### BSc — Computer Science — Cardiff University (2015)');
  });

  it('writes each value on the line where the file holds it, so line numbers are the file’s own', () => {
    const { lines } = read(readJsonResume(resume));
    const source = resume.split('\n');
    expect(lines).toHaveLength(source.length);
    const highlight = lines.findIndex((line) => line.includes('Ran Kafka'));
    expect(source[highlight]).toContain('Ran Kafka for the tracking system');
  });

  it('reads the old key names (work[].company)', () => {
    const old = JSON.stringify(
      {
        basics: { name: 'Ffion Price' },
        work: [{ company: 'Tenby Labs', position: 'Analyst', highlights: ['Built the reports'] }],
      },
      null,
      2,
    );
    expect(read(readJsonResume(old)).lines).toContain('### Analyst — Tenby Labs');
  });

  it('skips a .json file that is not a resume, with a warning saying so', () => {
    expect(readJsonResume('{"groups": [["k8s", "kubernetes"]]}')).toEqual({
      kind: 'skipped',
      reason: expect.stringMatching(/not a JSON Resume/),
    });
    expect(readJsonResume('{ not json')).toEqual({ kind: 'skipped', reason: expect.stringMatching(/^not valid JSON/) });
  });
});

describe('LaTeX reading', () => {
  const tex = [
    '\\documentclass{moderncv}',
    '\\name{Carys}{Llewellyn}',
    '\\begin{document}',
    '\\section{Experience}',
    '\\cventry{2018--2021}{Data Engineer}{Severn Analytics}{Bristol}{}{Built the Spark pipelines}',
    '% \\cventry{2016}{Intern}{Hidden Corp}{}{}{Knew Scala}',
    '\\section{Skills}',
    '\\begin{itemize}',
    '  \\item \\textbf{Python} and SQL, 100\\% of the time',
    '\\end{itemize}',
    '\\end{document}',
  ].join('\n');

  it('shows the typeset text: sections as headings, items as bullets, and no commented-out lines', () => {
    const { lines } = read(readLatex(tex));
    expect(lines[3]).toBe('## Experience');
    expect(lines[8]).toBe('- Python and SQL, 100% of the time');
    expect(lines.join('\n')).not.toMatch(/Hidden Corp|Scala|documentclass|moderncv/);
  });

  it('keeps a \\cventry on one line, so the employer travels with the role', () => {
    const { lines } = read(readLatex(tex));
    expect(lines[4]).toBe('2018–2021 · Data Engineer · Severn Analytics · Bristol · Built the Spark pipelines');
  });

  it('keeps the file’s line numbers', () => {
    expect(read(readLatex(tex)).lines).toHaveLength(lineCount(tex));
  });

  it('reads europasscv: an item with no label is a line, language commands keep their labels', () => {
    const europass = [
      '\\documentclass{europasscv}',
      '\\ecvname{Elin Jones}',
      '\\begin{document}',
      '\\ecvtitle{2019--2021}{Data Engineer}',
      '\\ecvitem{}{Severn Analytics, Bristol}',
      '\\ecvmothertongue{Welsh}',
      '\\ecvlanguage{English}{C2}{C2}{C1}{C1}{C2}',
      '\\end{document}',
    ].join('\n');
    const { lines, nameHint } = read(readLatex(europass));
    expect(lines.slice(3, 7)).toEqual([
      '2019–2021 · Data Engineer',
      'Severn Analytics, Bristol',
      'Mother tongue(s): Welsh',
      'Other language(s): English · C2 · C2 · C1 · C1 · C2',
    ]);
    expect(nameHint).toBe('Elin Jones');
  });

  it('shows the head a class sets in the preamble as typeset: accents, handles as links, spaces kept', () => {
    const head = [
      '\\documentclass{awesome-cv}',
      String.raw`\name{Kate\v{r}ina}{Dvo\v{r}\'akov\'a}`,
      '\\position{Site Reliability Engineer}',
      '\\address{Friedrichstra\\ss e 5, 10117 Berlin}',
      '\\social[linkedin]{kdvorakova}',
      '\\github{kdvorakova}',
      '\\def\\sep{\\hspace{0.5em}$\\cdot$\\hspace{0.5em}}',
      '\\begin{document}',
      'k@example.cz \\sep 0601 234 567 \\sep Praha',
      '\\end{document}',
    ].join('\n');
    const { lines, nameHint } = read(readLatex(head));
    expect(lines.slice(1, 6)).toEqual([
      'Kateřina Dvořáková',
      'Site Reliability Engineer',
      'Friedrichstraße 5, 10117 Berlin',
      'linkedin.com/in/kdvorakova',
      'github.com/kdvorakova',
    ]);
    expect(lines[8]).toBe('k@example.cz · 0601 234 567 · Praha');
    expect(nameHint).toBe('Kateřina Dvořáková');
  });

  it('names the person from \\name{}{}, \\author{} or a name macro the file defines', () => {
    expect(read(readLatex(tex)).nameHint).toBe('Carys Llewellyn');
    const article = '\\documentclass{article}\n\\author{Owain Rees}\n\\begin{document}\nHello.\n\\end{document}';
    expect(read(readLatex(article)).nameHint).toBe('Owain Rees');
    const macro =
      '\\newcommand{\\CVAuthor}{Elin Jones}\n\\begin{document}\n\\Title{\\CVAuthor}\nCV text.\n\\end{document}';
    expect(read(readLatex(macro)).nameHint).toBe('Elin Jones');
  });
});

describe('HTML reading', () => {
  const html = [
    '<!DOCTYPE html>',
    '<html><head><title>Sioned Harris</title>',
    '<style>.x { color: red }</style>',
    '<link rel="stylesheet" href="https://cdn.example.org/javascript-theme.css">',
    '<script>var skills = ["Haskell"];</script></head>',
    '<body>',
    '<h1>Resume</h1>',
    '<!-- <p>Worked with Erlang</p> -->',
    '<h2>Experience</h2>',
    '<p>Lead developer at <b>Menai Software</b> &amp; mentor</p>',
    '<ul><li>Moved the payments API to Go</li></ul>',
    '</body></html>',
  ].join('\r\n');

  it('shows the text a reader sees: no comments, scripts, styles or links', () => {
    const text = read(readHtml(html)).lines.join('\n');
    expect(text).toContain('Lead developer at Menai Software & mentor');
    expect(text).not.toMatch(/Erlang|Haskell|javascript|color/);
  });

  it('turns headings and list items into Markdown-like lines on the file’s own line numbers', () => {
    const { lines } = read(readHtml(html));
    expect(lines).toHaveLength(lineCount(html));
    expect(lines[8]).toBe('## Experience');
    expect(lines[10]).toBe('- Moved the payments API to Go');
  });

  it('names the person from <title>, never from a document word like "Resume"', () => {
    expect(read(readHtml(html)).nameHint).toBe('Sioned Harris');
  });

  it("adds the address of a mailto: or tel: link whose text does not show it, on the link's line", () => {
    const page = [
      '<html><body>',
      '<p>Siân Rowe · <a class="btn" href="mailto:sian.rowe@example.org?subject=Hi">Contact me</a></p>',
      '<p><a href="tel:+44%2020%207946%200000">Call</a></p>',
      '<p><a href="mailto:o.bryn@example.net">o.bryn@example.net</a> <a href="tel:+4420">+44 20</a></p>',
      '<p><a href="https://example.org/cv">Portfolio</a></p>',
      '</body></html>',
    ].join('\n');
    const { lines } = read(readHtml(page));
    expect(lines[1]).toBe('Siân Rowe · Contact me (sian.rowe@example.org)');
    expect(lines[2]).toBe('Call (+44 20 7946 0000)');
    // An address the link already shows is not repeated, and a web link's target stays out.
    expect(lines[3]).toBe('o.bryn@example.net +44 20');
    expect(lines[4]).toBe('Portfolio');
  });

  it('reads an HTML document saved as .md as HTML', async () => {
    const outcome = read(await readFormat('cv.md', Buffer.from(html)));
    expect(outcome.format).toBe('html');
    expect(outcome.converted).toBe(true);
    const markdown = read(await readFormat('cv.md', Buffer.from('# Sioned Harris\n\n<b>bold</b> words\n')));
    expect(markdown.format).toBe('markdown');
  });
});
