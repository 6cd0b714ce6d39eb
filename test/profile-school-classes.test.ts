/**
 * Classes of school entries found by probing with invented CVs, each written in several variants
 * and languages, with the near misses each rule must leave alone. Every person, school and subject
 * here is invented.
 */
import { describe, expect, it } from 'vitest';
import { readProfile } from '../src/profile/readProfile.js';

const read = (text: string) => readProfile({ lines: text.split('\n').map((line, i) => ({ line: i + 1, text: line })) });
const schools = (text: string) =>
  read(text).education.map((e) => [e.institution ?? null, [e.studyType, e.area].filter(Boolean).join(' ') || null]);

describe('a school with its degree in brackets after it', () => {
  it.each([
    ['Education', 'University of Pellham (BSc Geology), 2010 – 2013', 'University of Pellham', 'BSc Geology'],
    ['Estudios', 'Universidad de Quintal (Grado en Derecho), 2010 – 2014', 'Universidad de Quintal', 'Grado Derecho'],
    [
      'Formação',
      'Universidade de Vila Rasa (Mestrado em Química), 2015 – 2017',
      'Universidade de Vila Rasa',
      'Mestrado Química',
    ],
    ['Ausbildung', 'Universität Lorsbach (Diplom Physik), 2001 – 2006', 'Universität Lorsbach', 'Diplom Physik'],
  ])('reads the school and the degree apart (%s)', (heading, line, school, degree) => {
    const [entry] = schools(`Ada Quell\n\n## ${heading}\n${line}\n`);
    expect(entry![0]).toBe(school);
    expect(entry![1]!.replace(/ (?:in|en|em) /, ' ')).toBe(degree);
  });

  it('keeps a place in brackets out of the degree', () => {
    expect(schools('Ada Quell\n\n## Education\nUniversity of Pellham (Dayton), 2010 – 2013\n')).toEqual([
      ['University of Pellham', null],
    ]);
  });
});

describe('a degree taken from a school, in one phrase', () => {
  it.each([
    [
      'Education',
      'Master of Science from Eastbrook University, 2012 – 2014',
      'Eastbrook University',
      'Master of Science',
    ],
    [
      'Education',
      'Bachelor of Arts at the University of Corran, 2009 – 2012',
      'University of Corran',
      'Bachelor of Arts',
    ],
    [
      'Formation',
      "Ingénieur diplômé de l'École Centrale de Montbrison, 2012 – 2015",
      'École Centrale de Montbrison',
      'Ingénieur diplômé',
    ],
    ['Ausbildung', 'Diplom an der Hochschule Wiesental, 2003 – 2008', 'Hochschule Wiesental', 'Diplom'],
    [
      'Formação',
      'Licenciatura pela Universidade de Serra Fina, 2010 – 2014',
      'Universidade de Serra Fina',
      'Licenciatura',
    ],
  ])('reads the school after the degree (%s: %s)', (heading, line, school, degree) => {
    expect(schools(`Ada Quell\n\n## ${heading}\n${line}\n`)).toEqual([[school, degree]]);
  });

  it.each([
    [
      'Formación',
      'Máster en Derecho Tributario por el Centro de Estudios Fiscales de Almagro, 2011',
      'Centro de Estudios Fiscales de Almagro',
    ],
    ['Education', 'Diploma in Nursing from Saint Brigid Healthcare Trust, 2009', 'Saint Brigid Healthcare Trust'],
  ])('reads the awarding body named after "by" or "from" with no school word (%s)', (heading, line, body) => {
    expect(schools(`Ada Quell\n\n## ${heading}\n${line}\n`)[0]![0]).toBe(body);
  });

  it('cuts no awarding body off at a word that only joins names', () => {
    expect(schools('Ada Quell\n\n## Formación\nMáster en Derecho de la Empresa, 2011\n')[0]![1]).toBe(
      'Máster Derecho de la Empresa',
    );
  });

  it('keeps a school whose own name holds "of" or "de" whole', () => {
    expect(
      schools('Ada Quell\n\n## Formación\nLicenciatura en Historia, Universidad de Castrelo, 2005 – 2009\n'),
    ).toEqual([['Universidad de Castrelo', 'Licenciatura Historia']]);
    expect(schools('Ada Quell\n\n## Education\nHigh School Diploma, Northfield High School, 2004\n')[0]![0]).toBe(
      'Northfield High School',
    );
  });
});

describe('a table whose school stands in the row below its degree', () => {
  const table = (rows: string[]) => ['Ada Quell', '', '## Education', '| | |', '|---|---|', ...rows, ''].join('\n');

  it('joins a row with an empty first cell to the entry above', () => {
    expect(
      schools(
        table([
          '| **2015 – 2019** | **Bachelor of Engineering** |',
          '| | Kestrel Institute of Technology |',
          '| **2019 – 2021** | **MEng Robotics** |',
          '| | Northmoor University |',
        ]),
      ),
    ).toEqual([
      ['Kestrel Institute of Technology', 'Bachelor of Engineering'],
      ['Northmoor University', 'MEng Robotics'],
    ]);
  });

  it('keeps rows that each hold a whole entry apart', () => {
    expect(
      schools(
        table([
          '| 2015 – 2019 | BSc Physics | University of Arlow |',
          '| 2019 – 2021 | MSc Optics | Varne University |',
        ]),
      ).map(([school]) => school),
    ).toEqual(['University of Arlow', 'Varne University']);
  });
});

describe('studies under a heading the lists give to experience', () => {
  const cv = (heading: string, rows: string[]) =>
    ['Ada Quell', 'ada@example.org', '', `# ${heading}`, ...rows].join('\n');

  it.each([
    [
      'Akademischer Werdegang',
      'Universität Eichwalde',
      'Masterabschluss in Psychologie',
      'Fachhochschule Nordstrand',
      'Bachelor of Arts Soziale Arbeit',
    ],
    ['Parcours', 'Université de Brenne', 'Master Biologie', 'Université de Brenne', 'Licence Biologie'],
  ])('reads its entries as schools when every one names a school and a degree (%s)', (heading, s1, d1, s2, d2) => {
    const profile = read(cv(heading, [s1, d1, '10/2016 – 09/2018', s2, d2, '10/2012 – 09/2016']));
    expect(profile.education.map((e) => e.institution)).toEqual([s1, s2]);
    expect(profile.work).toEqual([]);
  });

  it('leaves posts at universities as work', () => {
    const profile = read(
      cv('Akademischer Werdegang', [
        'Wissenschaftlicher Mitarbeiter, Universität Eichwalde',
        '10/2016 – 09/2018',
        'Doktorand, Universität Eichwalde (Promotion in Psychologie)',
        '10/2012 – 09/2016',
      ]),
    );
    expect(profile.education).toEqual([]);
    expect(profile.work.length).toBe(2);
  });
});
