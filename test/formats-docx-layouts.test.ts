/**
 * The DOCX converter on Word layouts whose fields only the layout sets apart: tabs and typed runs of
 * spaces between fields, and a layout table whose sidebar (the name, the contact details) is its
 * last cell. Each with the case the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../src/corpus/formats/docx.js';
import { readHtml } from '../src/corpus/formats/html.js';
import type { ReadOutcome } from '../src/corpus/formats/types.js';
import { cellTable, makeDocx, paragraph, runs, table } from '../scripts/synthetic/docxFixture.js';

async function linesOf(body: string): Promise<readonly string[]> {
  const outcome: ReadOutcome = await readDocx(makeDocx(body));
  if (outcome.kind !== 'read') throw new Error(outcome.reason);
  return outcome.text.lines;
}

describe('DOCX tabs and typed gaps between fields', () => {
  it('keeps a tab between two fields as a gap, in every run style', async () => {
    const lines = await linesOf(
      runs(['Harwick Tiling Ltd', { tab: true }, 'Dundee'], { tabStop: true }) +
        runs([{ text: 'Site Estimator', bold: true }, { tab: true }, 'März 2019 bis heute'], { tabStop: true }) +
        runs(['Técnica de obra', { tab: true }, { tab: true }, { text: 'Construtora Ipanema', italic: true }]),
    );
    expect(lines).toEqual([
      'Harwick Tiling Ltd | Dundee',
      'Site Estimator | März 2019 bis heute',
      'Técnica de obra | Construtora Ipanema',
    ]);
  });

  it('reads three typed spaces or more as a gap, one or two as a space', async () => {
    const lines = await linesOf(paragraph('Maison Lirette        Nantes') + paragraph('Chef de rang  2016 à 2019'));
    expect(lines).toEqual(['Maison Lirette | Nantes', 'Chef de rang 2016 à 2019']);
  });

  it('only spaces a tab that indents, follows a label or stands beside a dash', async () => {
    const lines = await linesOf(
      runs([{ tab: true }, 'Indented note']) +
        runs(['Teléfono:', { tab: true }, '+34 600 000 111']) +
        runs(['2015', { tab: true }, '–', { tab: true }, '2018']),
    );
    expect(lines).toEqual(['Indented note', 'Teléfono: +34 600 000 111', '2015 – 2018']);
  });

  it('sets a tab inside a data table cell apart as a field, not a cell', async () => {
    const lines = await linesOf(
      cellTable([[{ xml: paragraph('2019 – 2021') }, { xml: runs(['Gardener', { tab: true }, 'Kew Estates']) }]]),
    );
    expect(lines).toEqual(['2019 – 2021 | Gardener · Kew Estates']);
  });

  it("leaves an HTML file's tabs and spaces as a browser shows them", async () => {
    const outcome = readHtml('<html><body><p>Harwick Tiling\tDundee     Scotland</p></body></html>');
    expect(outcome.kind === 'read' && outcome.text.lines.filter(Boolean)).toEqual(['Harwick Tiling Dundee Scotland']);
  });
});

describe('DOCX layout table with the sidebar last', () => {
  const main = [
    paragraph('Experience', 'Heading1'),
    paragraph('Site Estimator | Harwick Tiling Ltd'),
    paragraph('2019 – 2021'),
    paragraph('Education', 'Heading1'),
    paragraph('HNC Construction, Dundee College'),
  ].join('');

  it('reads the cell holding the Title-styled name first', async () => {
    const side = paragraph('Ailsa Brodie', 'Title') + paragraph('ailsa@example.org');
    const lines = await linesOf(cellTable([[{ xml: main }, { xml: side }]]));
    expect(lines.slice(0, 2)).toEqual(['# Ailsa Brodie', 'ailsa@example.org']);
    expect(lines.at(-1)).toBe('HNC Construction, Dundee College');
  });

  it('reads the cell holding the e-mail address first when the name has no style', async () => {
    const side = paragraph('AILSA BRODIE') + paragraph('ailsa@example.org') + paragraph('+44 1382 000 000');
    const lines = await linesOf(cellTable([[{ xml: main }, { xml: side }]]));
    expect(lines.slice(0, 3)).toEqual(['AILSA BRODIE', 'ailsa@example.org', '+44 1382 000 000']);
  });

  it('keeps the order of a label cell beside its value, and of a sidebar already first', async () => {
    const labelled = await linesOf(table([['E-mail', 'ailsa@example.org']]));
    expect(labelled).toEqual(['E-mail | ailsa@example.org']);
    const side = paragraph('Ailsa Brodie', 'Title') + paragraph('ailsa@example.org');
    const first = await linesOf(cellTable([[{ xml: side }, { xml: main }]]));
    expect(first.slice(0, 3)).toEqual(['# Ailsa Brodie', 'ailsa@example.org', '# Experience']);
  });
});
