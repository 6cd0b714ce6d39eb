/**
 * Degrees asked and written in five languages, compared by level: a Mestrado, a Máster, an M.Sc. and
 * a diplôme d'ingénieur are master's degrees; a Licenciatura or a licence a bachelor's. Invented people.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../src/answer/types.js';
import { withCueSpelling } from '../src/answer/cues.js';
import { DEGREE_NAMED, degreePattern } from '../src/answer/degrees.js';
import { answererOnCvs, citedPeople } from './support/answererOnCvs.js';
import { temporaryDirs } from './support/temporaryDirs.js';

describe('degree lines by level', () => {
  it.each([
    ['master', 'M.Sc. Informatik, Technische Universität Kestrelburg'],
    ['masters', 'Mestrado Integrado em Engenharia Informática'],
    ["master's", 'Máster en Ciencia de Datos'],
    ['Master', "Diplôme d'ingénieur, École Centrale de Vesoul"],
    ['msc', 'Dipl.-Ing. Maschinenbau'],
    ['phd', 'Doctorat en physique, Université de Brême'],
    ['PhD', 'Dr. rer. nat. (Promotion in Chemie)'],
    ['doctorate', 'Doutorado em Economia'],
    ['bachelor', 'Licenciatura en Derecho'],
    ["bachelor's", 'Licence de mathématiques'],
    ['bachelors', 'Bacharelado em Física'],
  ])('a %s is held by "%s"', (asked, line) => {
    expect(degreePattern(asked).test(line)).toBe(true);
  });

  it('keeps the levels apart', () => {
    expect(degreePattern('master').test('Licenciatura en Derecho')).toBe(false);
    expect(degreePattern('phd').test('Mestrado em Economia')).toBe(false);
    expect(degreePattern('bachelor').test('M.Sc. Informatik')).toBe(false);
  });

  it.each(['Mestrado', 'máster', 'Doktor', 'doctorat', 'licenciatura', "master's"])('a question names %s', (word) => {
    expect(DEGREE_NAMED.exec(`wer hat ${word}?`)?.[1]).toBe(word);
  });

  it('never mends a degree into another word ("master" is not "mater" of "alma mater")', () => {
    expect(withCueSpelling('who has a master degree', () => false)).toBe('who has a master degree');
  });
});

const tempDir = temporaryDirs('whoknows-degrees-');
let answerer: Answerer;
beforeAll(async () => {
  answerer = await answererOnCvs(
    {
      'wiebke.md': [
        '# Wiebke Sander',
        '',
        '## Ausbildung',
        '',
        'M.Sc. Informatik, Technische Universität Kestrelburg, 2014 – 2016',
      ],
      'joao.txt': [
        'JOÃO PIRES',
        'Engenheiro de Software',
        '',
        'FORMAÇÃO',
        '2010 - 2015    Mestrado Integrado em Engenharia Informática - Universidade de Vilarinho',
      ],
      'margaux.md': [
        '# Margaux Perrin',
        '',
        '## Formation',
        '',
        "Diplôme d'ingénieur, École Centrale de Vesoul (2014 – 2017)",
      ],
      'iker.md': [
        '# Iker Salas',
        '',
        '## Estudios',
        '',
        'Licenciatura en Derecho — Universidad de Almenara (2008 – 2013)',
      ],
    },
    tempDir,
  );
});

describe('who holds a degree, asked in five languages', () => {
  const masters = ['João Pires', 'Margaux Perrin', 'Wiebke Sander'];
  it.each([
    "who has a master's degree?",
    'who has a master degree',
    'wer hat einen Master?',
    'qui a un master ?',
    '¿quién tiene un máster?',
    'quem tem mestrado?',
  ])('%s', async (question) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe('school');
    expect(citedPeople(answer)).toEqual(masters);
  });

  it.each(['quem orientou alunos de mestrado?', 'who supervised master students?', 'wer hat Masterarbeiten betreut?'])(
    'a degree that qualifies something else is no degree held: %s',
    async (question) => {
      expect((await answerer.ask(question)).intent).not.toBe('school');
    },
  );

  it('a bachelor-level degree in another language answers a bachelor question', async () => {
    const answer = await answerer.ask("who has a bachelor's degree?");
    expect(citedPeople(answer)).toEqual(['Iker Salas']);
  });

  it('a school named after the degree narrows it', async () => {
    const answer = await answerer.ask("qui a un master de l'École Centrale de Vesoul ?");
    expect(citedPeople(answer)).toEqual(['Margaux Perrin']);
  });
});
