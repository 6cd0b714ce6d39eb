/**
 * PDF layouts real CVs are exported in (test/profile/syntheticPdfLayouts.ts: sidebars, dates flush
 * right or in a left column, ranges over two lines, Word runs, letter-spaced headings, page breaks
 * under running heads), read through the real PDF and profile readers in five languages: every
 * field each class states is read whole.
 */
import { describe, it } from 'vitest';
import { FIELDS, benchBeforeAll, benchTable, expectReadWhole } from './profile/syntheticBench.js';
import { person, type Lang } from './profile/syntheticCvs.js';
import { PDF_LAYOUTS, pdfLayoutCv } from './profile/syntheticPdfLayouts.js';

const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'pt'];

describe('PDF layouts of exported CVs', () => {
  const cvs = PDF_LAYOUTS.flatMap((layout, i) =>
    LANGS.map((lang, j) => pdfLayoutCv(person(7100 + i * 10 + j, lang), layout, lang)),
  );
  const bench = benchBeforeAll(cvs);

  it.each([...PDF_LAYOUTS])('reads "%s" whole', (layout) => {
    if (process.env.PDF_LAYOUT_TABLE) console.error(benchTable(bench.scores));
    expectReadWhole(bench.scores.get(`PDF layout: ${layout}`)!, FIELDS, 4);
  });
});
