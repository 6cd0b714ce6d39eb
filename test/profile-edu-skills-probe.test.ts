/**
 * The school and skills probe (test/profile/syntheticEduProbe.ts): invented CVs in text, Markdown,
 * HTML, LaTeX and JSON Resume, five languages, read through the real corpus and profile readers.
 * Every class must give each school it states with its degree and dates, no school it does not, every
 * skill it lists and no level, label or role's tool as a skill.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runBench } from './profile/syntheticBench.js';
import { eduSkillsProbe } from './profile/syntheticEduProbe.js';
import { type ProbeMiss, probeMisses } from './profile/syntheticProbeScore.js';

describe('the school and skills probe', () => {
  const cvs = eduSkillsProbe();
  let misses: ProbeMiss[] = [];
  beforeAll(async () => {
    const { profiles } = await runBench(cvs);
    misses = probeMisses(cvs, profiles);
  }, 300_000);

  it('holds forty CVs or more, in every format and five languages', () => {
    expect(cvs.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cvs.map((cv) => cv.file.split('.').pop()))).toEqual(new Set(['md', 'txt', 'html', 'tex', 'json']));
  });

  it.each([...new Set(cvs.map((cv) => cv.className))])('reads "%s" without a wrong field', (className) => {
    expect(misses.filter((m) => m.className === className)).toEqual([]);
  });
});
