/**
 * PDFs whose section headings sit in a left margin beside their sections' first rows
 * (test/profile/syntheticMargins.ts), read through the real PDF and profile readers: every field
 * each class states is read whole.
 */
import { describe, it } from 'vitest';
import { FIELDS, benchBeforeAll, expectReadWhole } from './profile/syntheticBench.js';
import { marginClasses } from './profile/syntheticClasses.js';

describe('PDF headings in a left margin', () => {
  const cvs = marginClasses();
  const bench = benchBeforeAll(cvs);

  it.each([...new Set(cvs.map((cv) => cv.className))])('reads "%s" whole', (className) => {
    expectReadWhole(bench.scores.get(className)!, FIELDS, 4);
  });
});
