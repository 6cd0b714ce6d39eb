/**
 * The synthetic layout bench (test/profile/): invented people written in every class of layout a
 * CV reader meets, read through the real corpus readers and profile readers, and scored per class
 * and field. Each class must reach its floor; `PROFILE_BENCH=1 npx vitest run test/profile-bench.test.ts`
 * prints the whole table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { benchTable, type ClassScores, FIELDS, runBench } from './profile/syntheticBench.js';
import { syntheticClasses } from './profile/syntheticClasses.js';

/** The floor every class must reach on every field it states. */
const FLOOR = 0.9;

describe('synthetic layout bench', () => {
  const cvs = syntheticClasses();
  let scores: Map<string, ClassScores>;

  beforeAll(async () => {
    ({ scores } = await runBench(cvs));
    if (process.env.PROFILE_BENCH) console.log(benchTable(scores));
    // Hundreds of CVs through every reader: on a loaded machine this takes minutes, not the default hook's two.
  }, 900_000);

  it('writes every class with several invented people', () => {
    const perClass = new Map<string, number>();
    for (const cv of cvs) perClass.set(cv.className, (perClass.get(cv.className) ?? 0) + 1);
    expect(perClass.size).toBeGreaterThanOrEqual(60);
    for (const count of perClass.values()) expect(count).toBeGreaterThanOrEqual(3);
  });

  it.each(
    syntheticClasses()
      .map((cv) => cv.className)
      .filter((name, i, all) => all.indexOf(name) === i),
  )('reads the class "%s" at or above the floor on every field it states', (className) => {
    const row = scores.get(className)!;
    const below = FIELDS.filter((field) => row[field] !== undefined && row[field]! < FLOOR).map(
      (field) => `${field} ${row[field]!.toFixed(2)}`,
    );
    expect(below).toEqual([]);
  });
});
