/**
 * The academic, medical and European school probe (test/profile/syntheticAcademicProbe.ts), read
 * through the real corpus and profile readers and judged by realcv's rules for schools and degrees
 * (test/profile/judgeSchools.ts): every class gives each school it states, with a degree the judge
 * counts right, and no school it does not state (a thesis, an advisor, a committee, a residency
 * listed under experience, a certificate under its own heading). PROBE=1 prints every miss.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runBench } from './profile/syntheticBench.js';
import { type AcademicProbe, academicProbe } from './profile/syntheticAcademicProbe.js';
import { degreeRight, judgeSchools, schoolSim, type SchoolMisses } from './profile/judgeSchools.js';

describe('the judge as the probe applies it', () => {
  it('folds degree abbreviations and keeps levels apart', () => {
    expect(degreeRight('Ph.D. Economics', 'PhD in Economics')).toBe(true);
    expect(degreeRight('B.A. (Hons) History', 'BA History, First Class')).toBe(true);
    expect(degreeRight('MSc Physics', 'BSc Physics')).toBe(false);
    expect(degreeRight('MSc Physics', 'Thesis: Spin waves')).toBe(false);
  });

  it('matches a school by its own words, not by its generic ones', () => {
    expect(schoolSim('University of Kelso', 'Kelso')).toBeGreaterThan(0);
    expect(schoolSim('University of Kelso', 'University of Tarrow')).toBe(0);
  });
});

describe('the academic, medical and European school probe', () => {
  const cvs = academicProbe();
  const judged = new Map<AcademicProbe, SchoolMisses>();
  beforeAll(async () => {
    const { profiles } = await runBench(cvs);
    for (const cv of cvs) judged.set(cv, judgeSchools(cv.want, profiles.get(cv)!.education));
    if (process.env.PROBE) {
      for (const [cv, m] of judged) {
        const all = [...m.missing.map((x) => `missing ${x}`), ...m.extra.map((x) => `extra ${x}`), ...m.wrongDegree];
        if (all.length) console.log(`${cv.className} ${cv.file}: ${all.join(' · ')}`);
      }
    }
  }, 300_000);

  it('holds forty CVs or more, in five formats and five languages', () => {
    expect(cvs.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cvs.map((cv) => cv.file.split('.').pop()))).toEqual(new Set(['md', 'txt', 'html', 'tex', 'pdf']));
  });

  it.each([...new Set(cvs.map((cv) => cv.className))])('reads "%s" as the judge wants', (className) => {
    const wrong = cvs
      .filter((cv) => cv.className === className)
      .flatMap((cv) => {
        const m = judged.get(cv)!;
        return [...m.missing, ...m.extra, ...m.wrongDegree].map((x) => `${cv.file}: ${x}`);
      });
    expect(wrong).toEqual([]);
  });
});
