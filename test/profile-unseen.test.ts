/**
 * CVs of people outside software, as they write them (test/profile/syntheticUnseen.ts), read
 * through the real corpus and profile readers: every class must give every school with its degree
 * and every skill it states, and no skill it does not (a category label, a badge row run together).
 */
import { describe, expect, it } from 'vitest';
import { expectReadWhole, benchBeforeAll } from './profile/syntheticBench.js';
import { unseenClasses } from './profile/syntheticClasses.js';

describe('CVs outside software', () => {
  const cvs = unseenClasses();
  const bench = benchBeforeAll(cvs);

  const classes = [...new Set(cvs.map((cv) => cv.className))];

  it.each(classes)('reads "%s" whole', (className) => {
    expectReadWhole(bench.scores.get(className)!, ['school', 'degree', 'skills'] as const, 0);
  });

  it.each(classes)('reads no skill "%s" does not state', (className) => {
    for (const cv of cvs.filter((c) => c.className === className)) {
      const read = bench.profiles.get(cv)!.skills.flatMap((group) => group.keywords);
      expect(read.sort()).toEqual([...cv.expected.skills].sort());
    }
  });

  it.each(classes.filter((name) => cvs.some((cv) => cv.className === name && cv.expected.education.length > 0)))(
    'reads no school "%s" does not state',
    (className) => {
      for (const cv of cvs.filter((c) => c.className === className)) {
        expect(bench.profiles.get(cv)!.education.map((e) => e.institution)).toEqual(
          cv.expected.education.map((e) => e.institution),
        );
      }
    },
  );
});
