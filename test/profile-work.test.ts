/**
 * Roles in layouts the role rules were not written from (test/profile/syntheticWork.ts), read
 * through the real corpus and profile readers: every field each class states is read whole.
 */
import { describe, it } from 'vitest';
import { FIELDS, benchBeforeAll, expectReadWhole } from './profile/syntheticBench.js';
import { workClasses } from './profile/syntheticWork.js';

describe('roles in layouts met on unseen CVs', () => {
  const cvs = workClasses();
  const bench = benchBeforeAll(cvs);

  it.each([...new Set(cvs.map((cv) => cv.className))])('reads "%s" whole', (className) => {
    expectReadWhole(bench.scores.get(className)!, FIELDS, 4);
  });
});
