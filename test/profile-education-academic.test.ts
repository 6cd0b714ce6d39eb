/**
 * The academic, medical and European school probe (test/profile/syntheticAcademicProbe.ts), read
 * through the real corpus and profile readers and judged by realcv's rules for schools and degrees
 * (test/profile/judgeSchools.ts): every class gives each school it states, with a degree the judge
 * counts right, and no school it does not state (a thesis, an advisor, a committee, a residency
 * listed under experience, a certificate under its own heading). PROBE=1 prints every miss.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { headingKind } from '../src/profile/sections.js';
import { degreeSaid } from '../src/profile/degreeText.js';
import { runBench } from './profile/syntheticBench.js';
import { type AcademicProbe, academicProbe } from './profile/syntheticAcademicProbe.js';
import { classMisses, degreeRight, judgeSchools, schoolSim, type SchoolMisses } from './profile/judgeSchools.js';
import { profileOfText } from './profile/profileOfText.js';

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

  it('holds forty CVs or more, in six formats and five languages', () => {
    expect(cvs.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cvs.map((cv) => cv.file.split('.').pop()))).toEqual(
      new Set(['md', 'txt', 'html', 'tex', 'pdf', 'docx']),
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
    end: e.endDate ?? null,
  }));

describe('the rules the probe called for, beside their near misses', () => {
  it('cuts an honour off a degree, but keeps "(Hons)"', () => {
    expect(schools('Education', 'BSc Physics (First Class Honours), University of Kelso, 2012')[0]!.degree).toBe(
      'BSc Physics',
    );
    expect(
      schools('Formación', 'Máster en Finanzas (Matrícula de Honor), Universidad de Almenara, 2017')[0]!.degree,
    ).toBe('Máster Finanzas');
    expect(schools('Formation', 'Master Finance, mention Très bien, Université de Brie, 2018')[0]!.degree).toBe(
      'Master Finance',
    );
    expect(schools('Education', 'BA (Hons) History, First Class, Dunmore College, 2009')[0]!.degree).toBe(
      'BA (Hons) History',
    );
  });

  it('reads one entry per degree dated on one school line, and one for a range', () => {
    expect(schools('Education', 'Lakemont University — B.S. Mathematics (2010), M.S. Statistics (2012)')).toEqual([
      { school: 'Lakemont University', degree: 'B.S. Mathematics', end: '2010' },
      { school: 'Lakemont University', degree: 'M.S. Statistics', end: '2012' },
    ]);
    expect(schools('Education', 'M.S. Statistics, Lakemont University, 2010 – 2012')).toHaveLength(1);
  });

  it('takes the university, not the department before it; a school named only by its unit stays', () => {
    expect(schools('Education', 'MBBS, School of Medicine, Lakemont University, 2005')[0]!.school).toBe(
      'Lakemont University',
    );
    expect(schools('Education', 'MSc, Institute of Education, 2012')[0]!.school).toBe('Institute of Education');
  });

  it('cuts an English school name off its degree in one cell, where the subject ends', () => {
    expect(schools('Education', 'MSc Data Science Kelso Institute of Technology 2018')[0]).toMatchObject({
      school: 'Kelso Institute of Technology',
      degree: 'MSc Data Science',
    });
    expect(schools('Education', 'MBA Harlow Business School 2019')[0]!.school).toBe('Harlow Business School');
    expect(schools('Education', 'MSc Finance University of Marwick 2016')[0]!.school).toBe('University of Marwick');
  });

  it('reads a school with no school word before its town and state', () => {
    expect(schools('Education', 'Brackley Tech, Dayton, OH\nB.S. Computer Science, 2012 – 2016')[0]!.school).toBe(
      'Brackley Tech',
    );
  });

  it('reads medical training as a qualification at its hospital', () => {
    expect(
      schools('Formación', 'Especialidad en Cardiología (MIR), Hospital Universitario de Olvera, 2008 – 2012')[0]!
        .school,
    ).toBe('Hospital Universitario de Olvera');
  });

  it('names education by a qualified heading, and nothing else by it', () => {
    expect(headingKind('Postgraduate Education')).toBe('education');
    expect(headingKind('Estudios universitarios')).toBe('education');
    expect(headingKind('Schul- und Hochschulbildung')).toBe('education');
    expect(headingKind('Research Studies')).not.toBe('education');
    expect(headingKind('Medical Skills')).toBe('skills');
    expect(headingKind('Continuing Professional Development')).not.toBe('education');
  });

  it('reads a degree said in a sentence under the school, and no award or coursework as one', () => {
    expect(degreeSaid('Graduated with a BA in Economics and a minor in Mathematics.')).toEqual({
      studyType: 'BA',
      area: 'Economics',
    });
    expect(degreeSaid('Formada em Design com ênfase em Interação')).toEqual({ area: 'Design' });
    expect(degreeSaid('- Major in Economics, minor in Mathematics')).toEqual({ area: 'Economics' });
    expect(degreeSaid("Received the Dean's Award")).toBeUndefined();
    expect(degreeSaid('Completed coursework in Algorithms')).toBeUndefined();
  });

  it('gives a labelled degree cut off below a school to that school', () => {
    expect(
      schools(
        'Ausbildung',
        'Universität Grauenstein, 2010 – 2014\nSchwerpunkt: Finanzen\nAbschluss: Bachelor of Science',
      ),
    ).toEqual([{ school: 'Universität Grauenstein', degree: 'Bachelor of Science Finanzen', end: '2014' }]);
  });
});
