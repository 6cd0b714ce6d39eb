/**
 * School layouts found by probing with invented CVs in PDF, DOCX, LaTeX, text and Markdown (five
 * languages): each rule on variants of its class, with the near misses it must leave alone (course
 * lines, teaching roles, thesis lines, a high school's own name). Every person and school is invented.
 */
import { describe, expect, it } from 'vitest';
import { readLatex } from '../src/corpus/formats/latex.js';
import { readProfile } from '../src/profile/readProfile.js';

const read = (text: string) => readProfile({ lines: text.split('\n').map((line, i) => ({ line: i + 1, text: line })) });
const cv = (heading: string, body: string) => `Ada Quell\nada@example.org\n\n## ${heading}\n${body}\n`;
const schools = (heading: string, body: string) =>
  read(cv(heading, body)).education.map((e) => ({
    school: e.institution ?? null,
    degree: [e.studyType, e.area].filter(Boolean).join(' ') || null,
    end: e.endDate ?? null,
  }));

describe('a school line with no dates beside dated ones', () => {
  it.each([
    [
      'Education',
      '**University of Anvale** — BSc Physics, 2012 – 2015\n\n**Anvale Grammar School** — A-Levels in Physics',
      ['University of Anvale', 'Anvale Grammar School'],
    ],
    [
      'Formación',
      'Grado en Enfermería, Universidad de Castrelo, 2010 – 2014\n' +
        'Experto Universitario en Urgencias, Universidad de Castrelo\n' +
        'Bachillerato de Ciencias, IES Las Viñas',
      ['Universidad de Castrelo', 'Universidad de Castrelo', 'IES Las Viñas'],
    ],
    [
      'Formação Académica',
      'Mestrado em Gestão, Universidade de Coimbrão\nLicenciatura em Economia, Universidade de Coimbrão, 2009 – 2012',
      ['Universidade de Coimbrão', 'Universidade de Coimbrão'],
    ],
  ])('is a school of its own (%s)', (heading, body, names) => {
    expect(schools(heading, body).map((s) => s.school)).toEqual(names);
  });

  it('gives each line its own dates, and none to the undated one', () => {
    const found = schools(
      'Formação',
      'Mestrado em Gestão, Universidade de Coimbrão\nLicenciatura em Economia, Universidade de Coimbrão, 2009 – 2012',
    );
    expect(found.map((s) => s.end)).toEqual([null, '2012']);
  });

  it.each([
    ['a high school named after its diploma', 'High School Diploma\nOlathe Ridge High School\n2013 – 2017'],
    [
      'a coursework line',
      'BSc Mathematics, University of Kelso, 2012 – 2015\n' +
        'Coursework: BSc-level Statistics at the School of Mathematics',
    ],
    [
      'a thesis line',
      'MSc Physics, University of Kelso, 2015 – 2016\nThesis: Spin waves, MSc project at the University of Kelso',
    ],
    [
      'a teaching role listed under the school',
      'University of Kelso — PhD Chemistry, 2016 – 2020\n- Teaching assistant for the BSc course, School of Chemistry',
    ],
  ])('leaves %s in its entry', (_, body) => {
    expect(schools('Education', body)).toHaveLength(1);
  });
});

describe('a table row whose degree and school cells ran together', () => {
  it.each([
    [
      'Ausbildung',
      '2010 – 2013 Bachelor of Science Physik Universität Grauenstein',
      'Universität Grauenstein',
      'Bachelor of Science Physik',
    ],
    [
      'Formación',
      '2011 – 2015 Grado en Economía Universidad de Norte Claro',
      'Universidad de Norte Claro',
      'Grado Economía',
    ],
    ['Education', '2014 – 2016 MSc Finance University of Marwick', 'University of Marwick', 'MSc Finance'],
    [
      'Ausbildung',
      '2009 – 2014 Diplom Informatik Technische Universität Ilmgrund',
      'Technische Universität Ilmgrund',
      'Diplom Informatik',
    ],
  ])('is cut where the school name opens (%s: %s)', (heading, line, school, degree) => {
    const [found] = schools(heading, line);
    expect(found!.school).toBe(school);
    expect(found!.degree!.replace(/ (?:in|en) /, ' ')).toBe(degree);
  });

  it.each([
    ['a school word inside the degree', 'Diploma in University Teaching, Kelso College, 2019', 'Kelso College'],
    [
      'a school named after "pela"',
      'Licenciatura pela Universidade de Serra Fina, 2010 – 2014',
      'Universidade de Serra Fina',
    ],
  ])('leaves %s alone', (_, line, school) => {
    expect(schools('Education', line)[0]!.school).toBe(school);
  });

  it('never cuts an English school name that began before its school word', () => {
    const [found] = schools('Education', '2016 – 2020 B.E. Computer Engineering Pune Institute of Engineering 8.4');
    expect(found!.school).not.toBe('Institute of Engineering');
    expect(found!.school).toContain('Pune Institute of Engineering');
    expect(found!.school).not.toContain('8.4');
  });
});

describe("a table's head row", () => {
  it.each([
    ['Ausbildung', 'Zeitraum   Abschluss   Hochschule', 'Universität Grauenstein'],
    ['Education', 'Period   Degree   Institute', 'Universität Grauenstein'],
    ['Formación', 'Años | Titulación | Centro', 'Universidad de Almenara'],
  ])('names no school (%s: %s)', (heading, head, school) => {
    const row = head.includes('|')
      ? '2013 – 2015 | Master of Science Physik | Universidad de Almenara'
      : '2013 – 2015   Master of Science Physik   Universität Grauenstein';
    expect(schools(heading, `${head}\n${row}`).map((s) => s.school)).toEqual([school]);
  });
});

describe('labelled degrees and schools', () => {
  it('reads a degree label after the other parts of its line', () => {
    expect(schools('Ausbildung', '08/1999 – 06/2008 Gymnasium am Rosenberg, Abschluss: Abitur')).toEqual([
      { school: 'Gymnasium am Rosenberg', degree: 'Abitur', end: '2008-06' },
    ]);
    const [studium] = schools(
      'Ausbildung',
      '09/2008 – 07/2013 Studium der Betriebswirtschaftslehre an der Universität Mannheim ' +
        'Abschluss: Diplom-Kaufmann (Note 1,7)',
    );
    expect(studium).toEqual({ school: 'Universität Mannheim', degree: 'Diplom-Kaufmann', end: '2013-07' });
  });

  it('keeps "degree" in the degree when a degree word stands just before it', () => {
    expect(schools('Education', "Bachelor's degree: Physics, University of Kelso, 2015")[0]!.degree).toBe(
      "Bachelor's degree Physics",
    );
  });

  it('reads an institution label and a dates line under it', () => {
    const body = 'Institution: Rockford University\nDegree: Bachelor of Arts\nMajor: Psychology\nDates: 2010 – 2014';
    const [entry] = read(cv('Education', body)).education;
    expect(entry).toMatchObject({
      institution: 'Rockford University',
      studyType: 'Bachelor of Arts',
      area: 'Psychology',
    });
    expect([entry!.startDate, entry!.endDate]).toEqual(['2010', '2014']);
    expect(read(cv('Education', body)).education).toHaveLength(1);
  });
});

describe('a bare degree with its subject below it, after the school', () => {
  it.each([
    [
      'Formação Académica',
      'Universidade de Coimbrão\nMestrado\nEngenharia Biomédica\n2016 – 2018',
      'Mestrado Engenharia Biomédica',
    ],
    ['Formation', 'Université de Montbrison\nLicence\nPsychologie\n2014 – 2017', 'Licence Psychologie'],
  ])('reads the subject (%s)', (heading, body, degree) => {
    expect(schools(heading, body)[0]!.degree).toBe(degree);
  });

  it('reads no place as the subject', () => {
    expect(schools('Education', 'University of Kelso\nMSc\nLondon, UK\n2016 – 2017')[0]!.degree).toBe('MSc');
  });
});

describe('degrees under a school line that holds its place', () => {
  it('gives each degree the school', () => {
    const body =
      'Universidad de Norte Claro   Valdemar\nMáster en Economía   2015 – 2016\nGrado en Economía   2011 – 2015';
    expect(schools('Formación', body).map((s) => s.school)).toEqual([
      'Universidad de Norte Claro',
      'Universidad de Norte Claro',
    ]);
  });
});

describe('a grade run onto the school name', () => {
  it.each([
    ['HSC from Vidya Junior College with 81% (2014)', 'Vidya Junior College'],
    ['SSC, Modern High School 92%, 2012', 'Modern High School'],
  ])('goes (%s)', (line, school) => {
    expect(schools('Education', line)[0]!.school).toBe(school);
  });

  it('keeps a number that is part of the name', () => {
    expect(schools('Education', 'Matura, Gymnasium 2 Lindau, 2010')[0]!.school).toBe('Gymnasium 2 Lindau');
  });
});

describe('ongoing studies and headings', () => {
  it.each([
    ['Formação', 'Bacharelado em Ciência da Computação, Universidade Estadual de Campina Verde (2021 – em andamento)'],
    ['Education', 'BSc Physics, University of Kelso (2022 – in progress)'],
  ])('leaves the end open (%s)', (heading, line) => {
    const [entry] = read(cv(heading, line)).education;
    expect(['present', undefined]).toContain(entry!.endDate);
    expect(entry!.startDate).toMatch(/^20(?:21|22)$/);
  });

  it.each(['Academic Profile', 'Educational Profile'])('reads schools under "%s"', (heading) => {
    expect(schools(heading, 'M.Tech in VLSI Design, Vellore Institute of Technology, 2019 – 2021')).toHaveLength(1);
  });
});

describe("a LaTeX class's entry environment", () => {
  const latexLines = (body: string) => {
    const outcome = readLatex(`\\documentclass{article}\n\\begin{document}\n${body}\n\\end{document}\n`);
    if (outcome.kind !== 'read') throw new Error('unread');
    return outcome.text.lines;
  };

  it('keeps its arguments on one line, as one entry', () => {
    const lines = latexLines(
      '\\begin{rSubsection}{Lakeshore State University}{Aug 2012 -- May 2016}' +
        '{Bachelor of Science in Physics}{Lakeshore, MI}\n' +
        '\\item GPA 3.6\n\\end{rSubsection}',
    );
    expect(lines[2]).toBe(
      'Lakeshore State University · Aug 2012 – May 2016 · Bachelor of Science in Physics · Lakeshore, MI',
    );
    const profile = read(`Ada Quell\n\n## Education\n${lines[2]}\n`);
    expect(profile.education[0]).toMatchObject({ institution: 'Lakeshore State University', startDate: '2012-08' });
  });

  it('leaves an environment with options or text on its next line as it was', () => {
    const lines = latexLines(
      '\\begin{itemize}[leftmargin=*]\n\\item Python\n\\end{itemize}\n' +
        '\\begin{center}\n{\\Large Ada Quell}\n\\end{center}',
    );
    expect(lines.join('\n')).not.toContain('leftmargin');
    expect(lines).toContain('- Python');
    expect(lines).toContain('Ada Quell');
  });
});

describe('where a study stands, in brackets', () => {
  it.each([
    [
      'Formación',
      'Grado en Ingeniería Informática (cursando 4º curso), Universidad de Castrelo, 2021 – actualidad',
      'Grado Ingeniería Informática',
    ],
    ['Education', 'MSc Data Science (not completed), University of Kelso, 2019 – 2020', 'MSc Data Science'],
  ])('is no part of the degree (%s)', (heading, line, degree) => {
    expect(schools(heading, line)[0]!.degree!.replace(/ en /, ' ')).toBe(degree);
  });

  it('keeps a bracketed subject', () => {
    expect(schools('Education', 'M.Tech (Computer Science), Kestrel Institute of Technology, 2018')[0]!.degree).toBe(
      'M.Tech (Computer Science)',
    );
  });
});

describe('school-leaving and vocational qualifications', () => {
  it.each([
    ['Education', 'GED, Riverbend Adult Education Center, 2010', 'Riverbend Adult Education Center', 'GED'],
    [
      'Ausbildung',
      '2008  Realschulabschluss (Mittlere Reife), Realschule am Markt',
      'Realschule am Markt',
      'Realschulabschluss (Mittlere Reife)',
    ],
    [
      'Formação',
      '2013 – 2015  Ensino Médio, Colégio Estadual Dom Pedro II',
      'Colégio Estadual Dom Pedro II',
      'Ensino Médio',
    ],
  ])('reads the school and the qualification apart (%s: %s)', (heading, line, school, degree) => {
    expect(schools(heading, line)[0]).toMatchObject({ school, degree });
  });
});

describe('undated schools, a school line and a degree line each', () => {
  it.each([
    [
      'Education',
      '**University of Anvale**\nBSc Physics\n\n**Anvale Grammar School**\nA-Levels: Physics, Mathematics',
      ['University of Anvale', 'Anvale Grammar School'],
    ],
    [
      'Formación',
      'Máster en Traducción\nUniversidad de Castrelo\nGrado en Filología Inglesa\nUniversidad de Castrelo',
      ['Universidad de Castrelo', 'Universidad de Castrelo'],
    ],
    [
      'Ausbildung',
      'Universität Kornfeld\nMaster of Arts Geschichte\nUniversität Kornfeld\nBachelor of Arts Geschichte\n' +
        'Schillerschule Kornfeld\nAbitur',
      ['Universität Kornfeld', 'Universität Kornfeld', 'Schillerschule Kornfeld'],
    ],
  ])('are one school each (%s)', (heading, body, names) => {
    expect(schools(heading, body).map((s) => s.school)).toEqual(names);
  });

  it('gives each school its own degree', () => {
    const found = schools(
      'Formación',
      'Máster en Traducción\nUniversidad de Castrelo\nGrado en Filología Inglesa\nUniversidad de Castrelo',
    );
    expect(found.map((s) => s.degree?.replace(/ en /, ' '))).toEqual(['Máster Traducción', 'Grado Filología Inglesa']);
  });

  it.each([
    ['a minor taken at another school', 'University of Kelso\nBSc Economics\nMinor in Law\nKelso School of Law'],
    [
      'a high school named after its diploma',
      'High School Diploma\nLincoln Park High School\nHonor roll\nNational Merit finalist',
    ],
  ])('leave %s in one entry', (_, body) => {
    expect(schools('Education', body).length).toBeLessThanOrEqual(1);
  });
});

describe('a German school named by a compound word', () => {
  it.each(['Schillerschule Kornfeld', 'Humboldtgymnasium Talheim', 'Berufskolleg Lindenau'])(
    'is a school (%s)',
    (school) => {
      expect(schools('Ausbildung', `Abitur, ${school}, 2010`)[0]!.school).toBe(school);
    },
  );

  it('reads a degree word built on "Hochschul" as the degree, not the school', () => {
    expect(schools('Ausbildung', 'Allgemeine Hochschulreife, Goethe-Gymnasium Talheim, 2010')[0]).toMatchObject({
      school: 'Goethe-Gymnasium Talheim',
      degree: 'Allgemeine Hochschulreife',
    });
  });
});
