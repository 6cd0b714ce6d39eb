/**
 * The school-forms probe (test/profile/syntheticEduForms.ts), read through the real corpus and
 * profile readers and judged by realcv's rules for schools and degrees (test/profile/judgeSchools.ts):
 * school-leaving diplomas, courses, exchanges and certificates under education, parts over several
 * lines with their notes, degrees in five languages' forms, schools with a campus, a town or an
 * abbreviation, and the LaTeX, DOCX, PDF and JSON Resume layouts. PROBE=1 prints every miss.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runBench } from './profile/syntheticBench.js';
import type { AcademicProbe } from './profile/syntheticAcademicProbe.js';
import { eduFormsProbe } from './profile/syntheticEduForms.js';
import { judgeSchools, type SchoolMisses } from './profile/judgeSchools.js';

describe('the school-forms probe', () => {
  const cvs = eduFormsProbe();
  const judged = new Map<AcademicProbe, SchoolMisses>();
  beforeAll(async () => {
    const { profiles } = await runBench(cvs);
    for (const cv of cvs) judged.set(cv, judgeSchools(cv.want, profiles.get(cv)!.education));
    if (process.env.PROBE) {
      let wrong = 0;
      for (const [cv, m] of judged) {
        const all = [...m.missing.map((x) => `missing ${x}`), ...m.extra.map((x) => `extra ${x}`), ...m.wrongDegree];
        wrong += all.length;
        if (all.length) console.log(`${cv.className} ${cv.file}: ${all.join(' · ')}`);
        if (process.env.PROBE === 'all')
          console.log(
            cv.file,
            JSON.stringify(profiles.get(cv)!.education.map((e) => [e.institution, e.studyType, e.area, e.endDate])),
          );
      }
      console.log(`school-forms probe: ${wrong} wrong over ${cvs.reduce((n, cv) => n + cv.want.length, 0)} schools`);
    }
  }, 300_000);

  it('holds fifty CVs or more, in eight formats and five languages', () => {
    expect(cvs.length).toBeGreaterThanOrEqual(50);
    expect(new Set(cvs.map((cv) => cv.file.split('.').pop()))).toEqual(
      new Set(['md', 'txt', 'html', 'tex', 'pdf', 'docx', 'json']),
    );
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
