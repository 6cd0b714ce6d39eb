import { describe, expect, it } from 'vitest';
import { inSchooling, ownSchooling } from '../src/answer/intents/school.js';
import { entityMatcher } from '../src/answer/entities.js';

describe("a school is the person's own, not a supervisor's, partner's or customer's", () => {
  const studiedAt = (school: string, line: string) => entityMatcher(school)(ownSchooling(line));

  it("drops the institutions of supervisors and collaborators, keeps the person's own school", () => {
    const line =
      'MSc Ecology, University of Tromsø; thesis under the co-supervision of Dr. Ng at the University of Leeds';
    expect(studiedAt('University of Tromsø', line)).toBe(true);
    expect(studiedAt('University of Leeds', line)).toBe(false);
    expect(studiedAt('Leeds', 'PhD, Bergen Institute, in collaboration with Leeds Polytechnic')).toBe(false);
  });

  it('never takes a list of partners or customers for schooling, in any of the five languages', () => {
    expect(studiedAt('Tartu', 'Partner universities: University of Tartu, Riga Tech')).toBe(false);
    expect(studiedAt('Tartu', 'Universités partenaires : Université de Tartu')).toBe(false);
    expect(studiedAt('Tartu', 'BSc Physics, University of Tartu, 2012–2015')).toBe(true);
  });
});

describe('schooling is read where education is written', () => {
  const line = (sectionPath: string[]) => ({
    passage: {
      id: 'x',
      source: 'x.md',
      personId: 'x',
      person: 'Ines Vale',
      sectionPath,
      startLine: 1,
      endLine: 1,
      text: 'Associate, Academy of Sciences, Lyon',
      embedText: '',
    },
    line: 1,
    text: 'Associate, Academy of Sciences, Lyon',
  });

  it('never takes an award, a talk or a job at an institution for having studied there', () => {
    expect(inSchooling(line(['Awards']))).toBe(false);
    expect(inSchooling(line(['Auszeichnungen']))).toBe(false);
    expect(inSchooling(line(['Invited Talks']))).toBe(false);
    expect(inSchooling(line(['Experience', 'Research Assistant']))).toBe(false);
  });

  it('keeps an education line, and a line no heading places (a PDF without headings)', () => {
    expect(inSchooling(line(['Education']))).toBe(true);
    expect(inSchooling(line(['Formação Académica']))).toBe(true);
    expect(inSchooling(line([]))).toBe(true);
  });
});

describe('an organisation asked with or without accents', () => {
  it('matches a line written either way', () => {
    expect(entityMatcher('Universidade de São Paulo')('BSc, Universidade de Sao Paulo, 2015')).toBe(true);
    expect(entityMatcher('Telefónica')('Ingeniera de redes — Telefónica, Madrid')).toBe(true);
  });
});
