/**
 * The PDF reader's reading order and lines on layouts CV templates export: sidebars on either side,
 * dates set flush right to the point, date ranges broken over two rows, letter-spaced headings.
 * Each class has its negative: a page without a sidebar is not split, a line that merely ends in a
 * dash keeps its row. Every PDF here is written by the test (scripts/synthetic/pdfFixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { makePdf, type PlacedText, textWidth } from '../scripts/synthetic/pdfFixture.js';
import { readPdf } from '../src/corpus/formats/pdf.js';

async function linesOf(texts: readonly PlacedText[]): Promise<string[]> {
  const outcome = await readPdf(new Uint8Array(makePdf([{ texts }])));
  if (outcome.kind !== 'read') throw new Error(`not read: ${outcome.reason}`);
  return outcome.text.lines.filter((line) => line !== '').map((line) => line.replace(/^#+ /, ''));
}

/** Text whose right edge is `right`, as a right tab stop sets it. */
const flush = (right: number, y: number, text: string, size = 9): PlacedText => ({
  x: right - textWidth(text, size),
  y,
  size,
  text,
});

const stack = (x: number, top: number, lines: readonly string[], size = 10, leading = 14): PlacedText[] =>
  lines.map((text, i) => ({ x, y: top - i * leading, size, text }));

const SIDEBAR = ['Skills', 'Figma', 'Terraform', 'Apache Kafka', 'Languages', 'English', 'Spanish', 'Education'];

/** A main column at x 40 with roles, each title's dates flush right at `datesRight`. */
function mainColumn(datesRight: number): PlacedText[] {
  return [
    { x: 40, y: 750, size: 20, text: 'Odile Varga' },
    { x: 40, y: 700, size: 13, text: 'Experience' },
    { x: 40, y: 680, size: 12, text: 'Data Analyst' },
    flush(datesRight, 680, 'Aug 2022 – Present'),
    ...stack(40, 666, ['Brightwater Analytics, Lisbon', '• Built a billing service for twelve teams.']),
    { x: 40, y: 630, size: 12, text: 'Research Scientist' },
    flush(datesRight, 630, 'Sep 2018 – May 2021'),
    ...stack(40, 616, ['Kettlestone Labs, Leipzig', '• Cut the nightly report run to twenty minutes.']),
  ];
}

describe('PDF layouts of exported CVs', () => {
  it('reads a right sidebar first, the main column keeping its first heading over its roles', async () => {
    const lines = await linesOf([...mainColumn(380), ...stack(420, 690, SIDEBAR, 9, 13)]);
    expect(lines[0]).toBe('Odile Varga');
    expect(lines.indexOf('Skills')).toBeLessThan(lines.indexOf('Experience'));
    expect(lines[lines.indexOf('Experience') + 1]).toBe('Data Analyst   Aug 2022 – Present');
  });

  it('reads the name set above a left sidebar before the sidebar', async () => {
    const main = mainColumn(380).map((t) => ({ ...t, x: t.x + 180 }));
    const lines = await linesOf([...main, ...stack(30, 690, SIDEBAR, 9, 13)]);
    expect(lines[0]).toBe('Odile Varga');
    expect(lines.indexOf('Skills')).toBeLessThan(lines.indexOf('Experience'));
    expect(lines).toContain('Research Scientist   Sep 2018 – May 2021');
  });

  it('keeps dates set flush right against the main column with their titles, not with a right sidebar', async () => {
    const lines = await linesOf([...mainColumn(380), ...stack(420, 690, SIDEBAR, 9, 13)]);
    expect(lines).toContain('Research Scientist   Sep 2018 – May 2021');
    expect(lines.some((line) => /Present\s+Skills|Skills\s+Aug/.test(line))).toBe(false);
  });

  it('never splits a single column whose titles carry their dates flush right', async () => {
    const lines = await linesOf(mainColumn(560));
    expect(lines).toEqual([
      'Odile Varga',
      'Experience',
      'Data Analyst   Aug 2022 – Present',
      'Brightwater Analytics, Lisbon',
      '• Built a billing service for twelve teams.',
      'Research Scientist   Sep 2018 – May 2021',
      'Kettlestone Labs, Leipzig',
      '• Cut the nightly report run to twenty minutes.',
    ]);
  });

  it('marks a title set large beside longer small dates as a heading, as its siblings are', async () => {
    const outcome = await readPdf(new Uint8Array(makePdf([{ texts: mainColumn(560) }])));
    const lines = outcome.kind === 'read' ? outcome.text.lines : [];
    expect(lines.filter((line) => /^### (Data Analyst|Research Scientist) {3}/.test(line))).toHaveLength(2);
  });

  it('reads a letter-spaced heading as its words, and leaves other letter-spaced text alone', async () => {
    const lines = await linesOf([
      { x: 40, y: 700, size: 12, text: 'Formação acadêmica', charSpacing: 2 },
      { x: 40, y: 660, size: 12, text: 'WORK EXPERIENCE', charSpacing: 2 },
      { x: 40, y: 620, size: 12, text: 'LOREN', charSpacing: 2 },
      { x: 40, y: 580, size: 10, text: 'Plain text closes the page.' },
    ]);
    expect(lines).toEqual(['Formação acadêmica', 'WORK EXPERIENCE', 'L O R E N', 'Plain text closes the page.']);
  });

  it('reads a date range broken over two rows of a dates column on its start row', async () => {
    const lines = await linesOf([
      { x: 40, y: 700, size: 13, text: 'EXPERIENCE' },
      { x: 40, y: 680, size: 9, text: 'Aug 2022 –' },
      { x: 40, y: 666, size: 9, text: 'Dec 2023' },
      ...stack(150, 680, ['Data Analyst', 'Brightwater Analytics, Lisbon', 'Built a billing service.']),
      { x: 40, y: 630, size: 9, text: 'Sep 2018 –' },
      { x: 40, y: 616, size: 9, text: 'May 2021' },
      ...stack(150, 630, ['Research Scientist', 'Kettlestone Labs, Leipzig', 'Cut the nightly run.']),
    ]);
    expect(lines.slice(1, 4)).toEqual([
      'Aug 2022 – Dec 2023   Data Analyst',
      'Brightwater Analytics, Lisbon',
      'Built a billing service.',
    ]);
    expect(lines).toContain('Sep 2018 – May 2021   Research Scientist');
  });

  it('reads a flush-right range broken over two rows on its start row', async () => {
    const lines = await linesOf([
      { x: 40, y: 700, size: 13, text: 'EXPERIENCE' },
      { x: 40, y: 680, size: 12, text: 'Data Analyst' },
      flush(560, 680, 'Juli 2020 –'),
      { x: 40, y: 666, size: 10, text: 'Isarblick Software, Lisbon' },
      flush(560, 666, 'Apr. 2023'),
      ...stack(40, 652, ['Built a billing service.', 'Mentored two colleagues.', 'Ran the design review.']),
    ]);
    expect(lines.slice(1, 3)).toEqual(['Data Analyst   Juli 2020 – Apr. 2023', 'Isarblick Software, Lisbon']);
  });

  it('leaves a row ending in a dash alone when no date stands under it', async () => {
    const lines = await linesOf([
      { x: 40, y: 700, size: 13, text: 'PROJECTS' },
      ...stack(40, 680, ['Billing rewrite, shipped in 2021 -', 'then handed over to the platform team.']),
      ...stack(40, 640, ['Nightly reports', 'Cut from four hours to twenty minutes.', 'Still in use.']),
    ]);
    expect(lines.slice(1, 3)).toEqual(['Billing rewrite, shipped in 2021 -', 'then handed over to the platform team.']);
  });
});

/** Text whose right edge is `right` at 10 pt: a right-aligned label or dates column. */
const rightAligned = (right: number, y: number, text: string): PlacedText => flush(right, y, text, 10);

describe('PDF lines as TeX typesets them', () => {
  it('reads small caps (a capital, then smaller capitals touching it) as one word, each word apart', async () => {
    const caps = (x: number, y: number, word: string): PlacedText[] => {
      const head = word.slice(0, 1);
      return [
        { x, y, size: 14, text: head },
        { x: x + textWidth(head, 14) + 0.3, y, size: 11, text: word.slice(1) },
      ];
    };
    const name = [...caps(40, 740, 'RODRIGO'), ...caps(40 + textWidth('RODRIGO', 13) + 6, 740, 'NERY')];
    const lines = await linesOf([...name, ...caps(40, 700, 'EXPERIÊNCIA'), ...stack(40, 680, ['Data Analyst'])]);
    expect(lines.slice(0, 2)).toEqual(['RODRIGO NERY', 'EXPERIÊNCIA']);
    const outcome = await readPdf(new Uint8Array(makePdf([{ texts: name }])));
    expect(outcome.kind === 'read' && outcome.text.nameHint).toBe('Rodrigo Nery');
  });

  it('keeps a smaller word set apart by a space, or in lower case, apart', async () => {
    const lines = await linesOf([
      { x: 40, y: 740, size: 14, text: 'ACME' },
      { x: 40 + textWidth('ACME', 14) + 4, y: 740, size: 10, text: 'GMBH' },
      { x: 40, y: 700, size: 14, text: 'Q' },
      { x: 40 + textWidth('Q', 14) + 0.3, y: 700, size: 10, text: 'uarterly report' },
    ]);
    expect(lines).toEqual(['ACME GMBH', 'Q uarterly report']);
  });

  it('leaves the LaTeX logo (its A raised and smaller) to the logo reader', async () => {
    const x = 40 + textWidth('Tools: ', 10);
    const lines = await linesOf([
      { x: 40, y: 700, size: 10, text: 'Tools:' },
      { x, y: 700, size: 10, text: 'L' },
      { x: x + 3.6, y: 702.2, size: 7, text: 'A' },
      { x: x + 7.9, y: 700, size: 10, text: 'T' },
      { x: x + 13.4, y: 697.8, size: 10, text: 'E' },
      { x: x + 19, y: 700, size: 10, text: 'X, Git' },
    ]);
    // Apart as the logo reader (cleanText.ts) expects it, which reads it as "LaTeX".
    expect(lines).toEqual(['Tools: L A TEX, Git']);
  });

  it('cuts a right-aligned column of years and labels from the entries beside it, as moderncv sets them, and joins a range broken over two of its rows', async () => {
    const lines = await linesOf([
      { x: 128, y: 700, size: 14, text: 'Experience' },
      rightAligned(120, 680, '2021–'),
      { x: 128, y: 680, size: 10, text: 'Senior Backend Engineer, Fenwick Ledger Systems, Leeds' },
      rightAligned(120, 668, 'present'),
      { x: 128, y: 668, size: 9, text: 'Designed the settlement service for forty merchants.' },
      rightAligned(120, 650, '2017–2021'),
      { x: 128, y: 650, size: 10, text: 'Software Engineer, Orchard Lane Logistics, Manchester' },
      { x: 128, y: 620, size: 14, text: 'Skills' },
      rightAligned(120, 600, 'Tools'),
      { x: 128, y: 600, size: 10, text: 'PostgreSQL, Kafka' },
      // Longer than its column: it runs over the gap into the entry's edge.
      { x: 60, y: 572, size: 10, text: 'Programmierung' },
      { x: 128, y: 572, size: 10, text: 'C++, Qt' },
    ]);
    expect(lines).toContain('2021– present   Senior Backend Engineer, Fenwick Ledger Systems, Leeds');
    expect(lines).toContain('Designed the settlement service for forty merchants.');
    expect(lines).toContain('2017–2021   Software Engineer, Orchard Lane Logistics, Manchester');
    expect(lines).toContain('Tools   PostgreSQL, Kafka');
    expect(lines).toContain('Programmierung   C++, Qt');
  });

  it('leaves rows of prose alone: words a space apart are no label column, however many rows start on one edge', async () => {
    const prose = ['Built the billing service', 'Ran the design reviews', 'Cut the nightly run', 'Led the audit'];
    const lines = await linesOf(
      prose.flatMap((line, i) => {
        const [first, ...rest] = line.split(' ');
        const right = 40 + textWidth(`${first} `, 10);
        return [
          { x: 40, y: 700 - i * 14, size: 10, text: first! },
          { x: right, y: 700 - i * 14, size: 10, text: rest.join(' ') },
        ];
      }),
    );
    expect(lines).toEqual(prose);
  });

  it('leaves a column of bullets right-aligned beside their text alone', async () => {
    const items = ['Led the billing rewrite', 'Ran the design reviews', 'Cut the nightly run', 'Hired two analysts'];
    const lines = await linesOf(
      items.flatMap((line, i) => [
        rightAligned(52, 700 - i * 14, '•'),
        { x: 58, y: 700 - i * 14, size: 10, text: line },
      ]),
    );
    expect(lines).toEqual(items.map((line) => `• ${line}`));
  });
});
