/**
 * Skills and spoken-language lists as people write them (test/profile/syntheticLists.ts), read
 * through the real corpus and profile readers: every class must give every skill, every language
 * and the phone number it states, and no language it does not.
 */
import { describe, it } from 'vitest';
import { benchBeforeAll, expectReadWhole } from './profile/syntheticBench.js';
import { listClasses } from './profile/syntheticClasses.js';

describe('skills and languages lists', () => {
  const cvs = listClasses();
  const bench = benchBeforeAll(cvs);

  it.each([...new Set(cvs.map((cv) => cv.className))])('reads "%s" whole', (className) => {
    expectReadWhole(bench.scores.get(className)!, ['skills', 'langs', 'phone'] as const, 0);
  });
});
