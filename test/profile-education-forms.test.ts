/**
 * The school-forms probe (test/profile/syntheticEduForms.ts), read through the real corpus and
 * profile readers and judged by realcv's rules for schools and degrees (test/profile/judgeSchools.ts):
 * school-leaving diplomas, courses, exchanges and certificates under education, parts over several
 * lines with their notes, degrees in five languages' forms, schools with a campus, a town or an
 * abbreviation, and the LaTeX, DOCX, PDF and JSON Resume layouts. PROBE=1 prints every miss.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { headingKind } from '../src/profile/sections.js';
import { runBench } from './profile/syntheticBench.js';
import type { AcademicProbe } from './profile/syntheticAcademicProbe.js';
import { eduFormsProbe } from './profile/syntheticEduForms.js';
import { classMisses, judgeSchools, type SchoolMisses } from './profile/judgeSchools.js';
import { profileOfText } from './profile/profileOfText.js';

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
    expect(classMisses(judged, className)).toEqual([]);
  });
});

const schools = (heading: string, body: string) =>
  profileOfText(`Ada Quell\nada@example.org\n\n## ${heading}\n${body}\n`).education.map((e) => ({
    school: e.institution ?? null,
    degree: [e.studyType, e.area].filter(Boolean).join(' ') || null,
  }));

describe('the rules the school-forms probe called for, beside their near misses', () => {
  it('reads a study said in a sentence without its verb, grade or the word before its year', () => {
    expect(schools('Education', '- Passed HSC from Maharashtra State Board in 2012 with 78%')).toEqual([
      { school: 'Maharashtra State Board', degree: 'HSC' },
    ]);
    expect(schools('Formação', '- Concluí o Ensino Médio no Colégio Estadual Morro Alto em 2020')).toEqual([
      { school: 'Colégio Estadual Morro Alto', degree: 'Ensino Médio' },
    ]);
    expect(schools('Education', '- Graduated from University of Kelso with a B.S. in Economics, 2015')).toEqual([
      { school: 'University of Kelso', degree: 'B.S. Economics' },
    ]);
    // A school whose own name holds "in" or "with" keeps it; a note opening with a verb stays a note.
    expect(schools('Education', '- MSc Physics, Institute of Science in Society, 2015')[0]!.school).toBe(
      'Institute of Science in Society',
    );
    expect(
      schools('Education', 'University of Kelso, 2012 – 2016\nBSc Physics\nCompleted coursework in Optics'),
    ).toEqual([{ school: 'University of Kelso', degree: 'BSc Physics' }]);
  });

  it('keeps a certificate’s level in its name, and an acronym before its town as the school', () => {
    expect(schools('Education', '- AWS Certified Solutions Architect – Associate, Amazon Web Services, 2021')).toEqual([
      { school: 'Amazon Web Services', degree: 'AWS Certified Solutions Architect – Associate' },
    ]);
    expect(schools('Education', '- Associate of Science, Dunmore Community College, 2012')[0]!.degree).toBe(
      'Associate of Science',
    );
    expect(schools('Education', '- EPFV, Lausanne — B.Sc. Computer Science, 2017')[0]!.school).toBe('EPFV');
  });

  it('takes a name before its town as the school of a degree that names none', () => {
    expect(schools('Education', '- Web Development Bootcamp — Ironhack, Berlin (2021)')[0]!.school).toBe('Ironhack');
    expect(
      schools('Education', 'Lakemont University\nMEng in Computer Science, Dec 2014, Kelso, Ohio')[0]!.school,
    ).toBe('Lakemont University');
  });

  it('names education by a heading joining certificates and schools, in either order', () => {
    expect(headingKind('Certifications & Education')).toBe('education');
    expect(headingKind('Weiterbildung und Studium')).toBe('education');
    expect(headingKind('Certificados y formación')).toBe('education');
    expect(headingKind('Certifications & Awards')).toBe('certificates');
    expect(headingKind('Licenses & Certifications')).toBe('certificates');
  });
});
