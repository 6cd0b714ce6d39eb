/**
 * The school and skills rules the probe (test/profile/syntheticEduProbe.ts) called for, each on a
 * few invented variants, beside the near misses each must leave alone: a role line is no school, a
 * course title or a grade no degree, a label no skill.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/text/dates.js';
import { profileOfText } from './profile/profileOfText.js';

const cv = (heading: string, body: string) => `# Ada Quell\nada@example.org\n\n## ${heading}\n\n${body}\n`;
const schools = (heading: string, body: string) =>
  profileOfText(cv(heading, body)).education.map((e) => ({
    school: e.institution ?? null,
    degree: [e.studyType, e.area].filter(Boolean).join(' ') || null,
    start: e.startDate ?? null,
    end: e.endDate ?? null,
  }));
const skills = (heading: string, body: string) => profileOfText(cv(heading, body)).skills.flatMap((g) => g.keywords);

describe('an end still to come', () => {
  it.each([
    ['2022 – expected 2026', '2022', '2026'],
    ['2021 – voraussichtlich 2025', '2021', '2025'],
    ['2020 – prévu 2024', '2020', '2024'],
    ['Jan 2020 - exp. May 2024', '2020-01', '2024-05'],
  ])('reads "%s" as a range', (text, start, end) => {
    expect(findDates(text)).toMatchObject([{ start, end, open: false }]);
  });

  it('leaves "expected" that follows no dash alone', () => {
    expect(findDates('2019 expected 2021').map((d) => d.start)).toEqual(['2019', '2021']);
  });
});

describe('notes under a school', () => {
  it('reads no school from a grade line set apart', () => {
    const read = schools(
      'Formação',
      'Mestrado em Química\nUniversidade de Serra Fina, 2012 – 2014\nMédia final: 17 valores',
    );
    expect(read.map((s) => s.school)).toEqual(['Universidade de Serra Fina']);
  });

  it('keeps a grade in brackets out of the degree', () => {
    expect(schools('Schulbildung', 'Abitur (Note 1,4), Goethe-Gymnasium Lindau, 2009')[0]?.degree).toBe('Abitur');
  });

  it('keeps a subject in brackets in the degree', () => {
    expect(schools('Education', 'B.E. (Computer), Ridgeview College of Engineering, 2018')[0]?.degree).toBe(
      'B.E. (Computer)',
    );
  });

  it('reads no degree from coursework under the school', () => {
    const read = schools('Education', '### Lakemont University\n2012 – 2016\n\n- Data Structures\n- Compilers');
    expect(read).toEqual([{ school: 'Lakemont University', degree: null, start: '2012', end: '2016' }]);
  });
});

describe('a plain-text table of schools', () => {
  it('reads its head row as no school', () => {
    const body =
      'Degree          Institute                         Year\nM.Tech (CSE)    Narmada Institute of Technology   2020';
    expect(schools('Academic Details', body)).toEqual([
      { school: 'Narmada Institute of Technology', degree: 'M.Tech (CSE)', start: null, end: '2020' },
    ]);
  });

  it('reads a Markdown table whose head row holds a school as that school', () => {
    const body =
      '| 2012 – 2015 | Licence, Université de Pontvieux |\n|---|---|\n| 2015 – 2017 | Master, Université de Lanvieux |';
    expect(schools('Formation', body).map((s) => s.school)).toEqual([
      'Université de Pontvieux',
      'Université de Lanvieux',
    ]);
  });

  it('still reads a head row of column names as none', () => {
    const body =
      '| Years | Degree | Institution |\n|---|---|---|\n| 2014 – 2018 | BSc Physics | University of Dunmere |';
    expect(schools('Education', body).map((s) => s.school)).toEqual(['University of Dunmere']);
  });
});

describe('degrees sharing a school', () => {
  it('gives the school named on a line of its own to the next degree that names none', () => {
    const body = 'Lakemont University\nMEng in Computer Science\nDec 2014\n\nBA in Computer Science\nMay 2014';
    expect(schools('Education', body).map((s) => [s.school, s.degree])).toEqual([
      ['Lakemont University', 'MEng Computer Science'],
      ['Lakemont University', 'BA Computer Science'],
    ]);
  });

  it('gives no school to a diploma listed after a school on the same line', () => {
    const body = '- BSc Physics, University of Dunmere, 2014 – 2017\n- High School Diploma, 2013';
    expect(schools('Education', body)[1]).toEqual({
      school: null,
      degree: 'High School Diploma',
      start: null,
      end: '2013',
    });
  });

  it('reads a high school on its own as a school, not a degree', () => {
    expect(schools('Education', '- Lincoln High School, 2010')).toEqual([
      { school: 'Lincoln High School', degree: null, start: null, end: '2010' },
    ]);
  });
});

describe('a school set apart from its degree', () => {
  it('by a semicolon, its name wrapped after "of"', () => {
    const body = '2007-2010\n:   **BSc, Physics**; University of\n    Eastbrook (Eastbrook)';
    expect(schools('Education', body)[0]).toMatchObject({ school: 'University of Eastbrook', degree: 'BSc Physics' });
  });

  it('named after pieces that name no school', () => {
    const body = '* M.Sc in Statistics - Applied track, Ostwald-Marlowe University, 2020-2021';
    expect(schools('Education', body)[0]?.school).toBe('Ostwald-Marlowe University');
  });

  it('keeps a school and its town together when the school comes first', () => {
    expect(schools('Education', '* University of Pellham, Dayton, 2012')[0]?.school).toBe('University of Pellham');
  });

  it('with its degree after the name', () => {
    expect(schools('Education', 'Kestrel Institute of Technology B.Tech, 2016')[0]).toMatchObject({
      school: 'Kestrel Institute of Technology',
      degree: 'B.Tech',
    });
  });
});

describe('a role line is no school', () => {
  it('reads nothing from an experience section into the schools', () => {
    const text = `${cv('Experience', '### Teaching Assistant, University of Dunmere\n2019 – 2020\n- Graded exams.')}`;
    expect(profileOfText(text).education).toEqual([]);
  });
});

describe('skill levels', () => {
  it.each([
    ['- Python : expert\n- Java : intermédiaire', ['Python', 'Java']],
    ['Python – avanzado\nKotlin – intermedio', ['Python', 'Kotlin']],
    ['- Excel: avançado\n- R: básico', ['Excel', 'R']],
    ['- Go — 3 yrs\n- Rust (2 Jahre)', ['Go', 'Rust']],
  ])('reads the skills of %j without their levels', (body, want) => {
    expect(skills('Skills', body)).toEqual(want);
  });

  it('keeps a category label with its items', () => {
    expect(profileOfText(cv('Skills', 'Languages: Python, Go')).skills).toMatchObject([
      { name: 'Languages', keywords: ['Python', 'Go'] },
    ]);
  });

  it('keeps items joined by dashes apart and what brackets name', () => {
    expect(skills('Skills', 'Java - Spring - Hibernate')).toEqual(['Java', 'Spring', 'Hibernate']);
    expect(skills('Skills', 'SQL (PostgreSQL), Go')).toEqual(['SQL (PostgreSQL)', 'Go']);
  });
});

describe('skills lists, their groups and what is no skill', () => {
  it('reads each sub-heading under the skills heading as a group', () => {
    const groups = profileOfText(
      cv('Skills', '### Programming Languages\n- Python\n\n### Cloud\n- AWS\n- Terraform'),
    ).skills;
    expect(groups.map((g) => [g.name, g.keywords])).toEqual([
      ['Programming Languages', ['Python']],
      ['Cloud', ['AWS', 'Terraform']],
    ]);
  });

  it('drops "etc." and reads a table with no head row whole', () => {
    expect(skills('Skills', 'Python, R, SQL, etc.')).toEqual(['Python', 'R', 'SQL']);
    expect(skills('Skills', '| Python | Go | Rust |\n|---|---|---|\n| Docker | Nomad | Consul |')).toEqual([
      'Python',
      'Go',
      'Rust',
      'Docker',
      'Nomad',
      'Consul',
    ]);
  });

  it('reads a table head of column names as none', () => {
    expect(skills('Skills', '| Area | Tools |\n|---|---|\n| Infra | Nomad, Consul |')).toEqual(['Nomad', 'Consul']);
  });

  it('leaves spoken languages among the skills to the languages list', () => {
    const profile = profileOfText(
      cv('Kenntnisse', 'Programmiersprachen: Java, Kotlin\nSprachen: Deutsch (Muttersprache), Englisch'),
    );
    expect(profile.skills.flatMap((g) => g.keywords)).toEqual(['Java', 'Kotlin']);
  });

  it('reads no skills from the tools named under a role', () => {
    const text = cv(
      'Experience',
      '### Engineer, Ostrava Freight\n2019 – 2022\n- Built the booking service.\nTechnologies: Java, Kafka',
    );
    expect(profileOfText(text).skills).toEqual([]);
  });
});

describe('degree abbreviations from Indian and British CVs', () => {
  it.each([
    ['MCA, Narmada Institute of Technology, 2019', 'MCA'],
    ['M.E. (Civil), Kaveri College of Engineering, 2017', 'M.E. (Civil)'],
    ['Matriculation, St. Clara High School, 2010', 'Matriculation'],
    ['MChem, Lakemont University, 2015', 'MChem'],
  ])('reads the degree of "%s"', (line, degree) => {
    expect(schools('Education', line)[0]?.degree).toBe(degree);
  });
});
