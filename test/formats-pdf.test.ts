import { describe, expect, it } from 'vitest';
import { readPdf } from '../src/corpus/formats/pdf.js';
import type { ReadText } from '../src/corpus/formats/types.js';
import { column, makePdf } from '../scripts/synthetic/pdfFixture.js';

async function read(pdf: Buffer): Promise<ReadText> {
  const outcome = await readPdf(pdf);
  if (outcome.kind !== 'read') throw new Error(`expected text, got: ${outcome.reason}`);
  return outcome.text;
}

const SIDEBAR = ['Skills', 'Rust and Go', 'Kubernetes', 'Languages', 'Welsh', 'Spanish'];
const MAIN = [
  'Experience',
  'Acme Robotics, platform engineer',
  'Built the fleet telemetry pipeline that',
  'ingests sensor data from every robot',
  'Ran the on-call rotation for two years',
  'Globex, backend developer',
  'Wrote the billing service in Go',
  'Moved batch jobs onto Kubernetes',
  'Education',
  'University of Leeds, physics',
];

function twoColumnPdf(): Buffer {
  return makePdf([
    {
      texts: [
        { x: 40, y: 740, size: 24, text: 'Rhiannon Pryce' },
        { x: 40, y: 715, size: 10, text: 'rhiannon@example.org | Cardiff | +44 29 0000 0000 | example.org/rhiannon' },
        // A narrow sidebar on a looser grid than the main column, as two-column CV templates set them.
        ...column(40, 680, SIDEBAR, 10, 17),
        ...column(230, 680, MAIN, 10, 13),
      ],
    },
  ]);
}

describe('PDF reading', () => {
  it('reads a two-column page column by column, never interleaving their lines', async () => {
    const { lines } = await read(twoColumnPdf());
    const text = lines.join('\n');
    // Each column comes out as one contiguous run of lines, sidebar first.
    expect(text).toContain(SIDEBAR.join('\n'));
    expect(text).toContain(MAIN.join('\n'));
    expect(text.indexOf(SIDEBAR[0]!)).toBeLessThan(text.indexOf(MAIN[0]!));
    // The full-width header stays above both columns.
    expect(text.indexOf('rhiannon@example.org')).toBeLessThan(text.indexOf(SIDEBAR[0]!));
  });

  it('tells two columns of wrapped text on one baseline grid from a table, and reads them column by column', async () => {
    const left = [
      'Led the migration of the',
      'billing platform to event',
      'sourcing with Kafka and',
      'cut month-end close from',
      'three days to four hours',
    ];
    const right = [
      'Mentored six engineers in',
      'the platform team and ran',
      'the weekly architecture',
      'review for the whole of',
      'the payments department',
    ];
    const { lines } = await read(makePdf([{ texts: [...column(50, 700, left), ...column(320, 700, right)] }]));
    expect(lines.join('\n')).toContain(left.join('\n'));
    expect(lines.join('\n')).toContain(right.join('\n'));
  });

  it('reads a key and value table row by row', async () => {
    const keys = ['Languages:', 'Databases:', 'Cloud:', 'Tools:', 'Operating systems:'];
    const values = [
      'Go, Rust and TypeScript',
      'PostgreSQL and Redis',
      'AWS and GCP',
      'Terraform, Ansible and Helm',
      'Linux and FreeBSD',
    ];
    const { lines } = await read(makePdf([{ texts: [...column(50, 700, keys), ...column(200, 700, values)] }]));
    // The gap between the cells stays a gap (three spaces), as a plain-text layout shows it.
    expect(lines).toContain('Languages:   Go, Rust and TypeScript');
    expect(lines).toContain('Operating systems:   Linux and FreeBSD');
  });

  it('keeps a row and its right-aligned date on one line, the gap kept, instead of two columns', async () => {
    const rows = ['Acme Robotics', 'Globex Corporation', 'Initech', 'Umbrella Health', 'Hooli'];
    const dates = ['2021 - now', '2018 - 2021', '2016 - 2018', '2014 - 2016', '2012 - 2014'];
    const pdf = makePdf([{ texts: [...column(60, 700, rows, 11, 20), ...column(470, 700, dates, 11, 20)] }]);
    const { lines } = await read(pdf);
    expect(lines).toContain('Acme Robotics   2021 - now');
    expect(lines).toContain('Hooli   2012 - 2014');
  });

  it('reads text set at an angle once, after the rows, without breaking them', async () => {
    const rows = ['Built the billing service', 'Ran the on-call rotation', 'Moved batch jobs to Kubernetes'];
    const pdf = makePdf([
      { texts: [...column(80, 700, rows), { x: 30, y: 686, size: 10, text: 'Curriculum vitae 2024', vertical: true }] },
    ]);
    const { lines } = await read(pdf);
    expect(lines.join('\n')).toContain(rows.join('\n'));
    expect(lines.filter((line) => line.includes('Curriculum vitae 2024'))).toHaveLength(1);
    expect(lines.indexOf('Curriculum vitae 2024')).toBeGreaterThan(lines.indexOf(rows[2]!));
  });

  it('keeps the page of every line', async () => {
    const pdf = makePdf([
      { texts: column(60, 700, ['First page line']) },
      { texts: column(60, 700, ['Second page line']) },
    ]);
    const { lines, pages } = await read(pdf);
    expect(pages).toHaveLength(lines.length);
    expect(pages![lines.indexOf('First page line')]).toBe(1);
    expect(pages![lines.indexOf('Second page line')]).toBe(2);
  });

  it('takes the largest text near the top as the name and marks it as the title', async () => {
    const text = await read(twoColumnPdf());
    expect(text.nameHint).toBe('Rhiannon Pryce');
    expect(text.lines[0]).toBe('# Rhiannon Pryce');
  });

  it('reads a letter-spaced name word by word, short particles included', async () => {
    const pdf = makePdf([
      {
        texts: [
          { x: 50, y: 740, size: 22, text: 'TOMAS DA SILVA', charSpacing: 8 },
          { x: 50, y: 715, size: 11, text: 'Data Engineer' },
        ],
      },
    ]);
    const { lines, nameHint } = await read(pdf);
    expect(lines[0]).toMatch(/^(?:# )?TOMAS DA SILVA$/);
    expect(nameHint).toBe('Tomas da Silva');
  });

  it('never takes a document word or a job title for the name', async () => {
    const pdf = makePdf([
      {
        texts: [
          { x: 60, y: 740, size: 26, text: 'Curriculum Vitae' },
          { x: 60, y: 700, size: 18, text: 'Software Engineer' },
          ...column(60, 660, ['Built things.']),
        ],
      },
    ]);
    expect((await read(pdf)).nameHint).toBeUndefined();
  });

  it('skips a scanned PDF with no text layer and says so', async () => {
    const outcome = await readPdf(makePdf([{ image: true }]));
    expect(outcome).toEqual({ kind: 'skipped', reason: expect.stringMatching(/scanned PDF with no text layer/) });
  });

  it('skips a damaged PDF with a reason instead of throwing', async () => {
    const damaged = makePdf([{ texts: column(60, 700, ['Hello there']) }]).subarray(0, 120);
    const outcome = await readPdf(damaged);
    expect(outcome.kind).toBe('skipped');
  });

  it('skips a password-protected PDF and says it is password-protected', async () => {
    const outcome = await readPdf(makePdf([{ texts: column(60, 700, ['Secret']) }], { passwordProtected: true }));
    expect(outcome).toEqual({ kind: 'skipped', reason: 'password-protected PDF' });
  });
});
