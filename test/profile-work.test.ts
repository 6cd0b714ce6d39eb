/**
 * Roles in layouts the role rules were not written from (test/profile/syntheticWork.ts), read
 * through the real corpus and profile readers: every field each class states is read whole.
 */
import { beforeAll, describe, it } from 'vitest';
import { type ClassScores, FIELDS, runBench, expectReadWhole } from './profile/syntheticBench.js';
import { workClasses } from './profile/syntheticWork.js';

describe('roles in layouts met on unseen CVs', () => {
  const cvs = workClasses();
  let scores: Map<string, ClassScores>;

  beforeAll(async () => {
    ({ scores } = await runBench(cvs));
  }, 300_000);

  it.each([...new Set(cvs.map((cv) => cv.className))])('reads "%s" whole', (className) => {
    expectReadWhole(scores.get(className)!, FIELDS, 4);
  });
});
