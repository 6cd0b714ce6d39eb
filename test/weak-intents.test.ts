/**
 * The intent classes that answered worst on typed questions, on invented CVs: where people are
 * based, counts phrased many ways in five languages, and a spoken language written with a low level.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../src/answer/types.js';
import { entityMatcher, otherForms } from '../src/answer/entities.js';
import { headerParts, labelledPlace, looksLikePlace } from '../src/answer/placeLines.js';
import { answererOnCvs, citedPeople, firstLine } from './support/answererOnCvs.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const tempDir = temporaryDirs('whoknows-weak-intents-');
let answerer: Answerer;

/** Invented people: where they live is said in a header, a table row, a label, or not at all. */
const CVS: Record<string, string[]> = {
  'okafor.md': [
    '# Ngozi Okafor',
    '',
    '+234 801 000 0000 | Lagos, Nigeria | ngozi@example.org',
    '',
    '## Experience',
    '',
    '### Data Engineer · Harbour Bank, Accra, Ghana (2019 – present)',
    '',
    '- Built pipelines in Kotlin and Kafka',
    '',
    '## Languages',
    '',
    'English (native), Yoruba (fluent)',
  ],
  'brandt.md': [
    '# Hanne Brandt',
    '',
    '| Kontakt | Links |',
    '|---|---|',
    '| Wien - Österreich | [GitHub](https://github.com/example) |',
    '',
    '## Berufserfahrung',
    '',
    'Softwareentwicklerin bei Lagos Logistics GmbH, 2018–2022. Kotlin, Python.',
    '',
    '## Sprachen',
    '',
    'Deutsch (Muttersprache), Englisch (C1)',
  ],
  'ferreira.md': [
    '# Inês Ferreira',
    '',
    'Location: Porto, Portugal',
    '',
    '## Profile',
    '',
    'Backend developer who spent two years on a project in Lagos for a Nigerian bank, writing Python.',
    '',
    '## Education',
    '',
    'BSc Informatics, Universidade do Porto, Portugal, 2016',
    '',
    '## Other',
    '',
    'Fluent in Portuguese and English, some German.',
  ],
  'moreau.md': [
    '# Lucien Moreau',
    '',
    'lucien@example.net · https://moreau.example.net',
    '',
    '## Compétences',
    '',
    'Python, Kotlin, PostgreSQL',
    '',
    '## Expérience',
    '',
    'Analyste, Vienna Insurance Group, Lyon, 2015–2020. Python.',
    '',
    '## Profil',
    '',
    'Analyste à Lyon depuis 2015 ; allemand scolaire.',
  ],
};

beforeAll(async () => {
  answerer = await answererOnCvs(CVS, tempDir);
});

const people = citedPeople;

describe('where people are based', () => {
  it.each([
    'who is based in Nigeria?',
    'anyone living in nigeria',
    'wer wohnt in Nigeria?',
    'qui habite au Nigeria ?',
    '¿quién vive en Nigeria?',
    'quem mora na Nigéria?',
  ])('names only the person whose header says so, not a role or a project there: %s', async (question) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe('location');
    expect(people(answer)).toEqual(['Ngozi Okafor']);
  });

  it('counts the people based in a country, each cited by the line saying where they are', async () => {
    const answer = await answerer.ask('how many people are based in Portugal');
    expect(firstLine(answer)).toMatch(/^One person: Inês Ferreira\.$/);
    expect(answer.citations[0]!.text).toContain('Location: Porto, Portugal');
    expect(firstLine(await answerer.ask('how many of us live in Ghana?'))).toMatch(/^Nobody/);
    expect(people(await answerer.ask('wie viele von uns wohnen in Österreich?'))).toEqual(['Hanne Brandt']);
    // A country asked in another language than the CV writes it.
    expect(people(await answerer.ask('who lives in Austria?'))).toEqual(['Hanne Brandt']);
    expect(people(await answerer.ask('¿quién vive en Portugal?'))).toEqual(['Inês Ferreira']);
  });

  it('says where one person is, from a label, a header part or a table row', async () => {
    expect(firstLine(await answerer.ask('where does Ngozi live?'))).toBe('Ngozi Okafor is in Lagos, Nigeria [1].');
    expect(firstLine(await answerer.ask('where is inês based'))).toBe('Inês Ferreira is in Porto, Portugal [1].');
    expect(firstLine(await answerer.ask('wo wohnt Hanne?'))).toBe('Hanne Brandt is in Wien - Österreich [1].');
    expect(firstLine(await answerer.ask("what's Lucien's address?"))).toMatch(/does not say where/);
  });

  it('leaves a skill that holds a place word to the skill rankings', async () => {
    for (const question of [
      'who knows web-based apps?',
      'who has worked on location services?',
      'who knows live streaming?',
    ]) {
      expect((await answerer.ask(question)).intent).not.toBe('location');
    }
    expect((await answerer.ask("what's Lucien's location?")).intent).toBe('location');
  });

  it('reads labels and header parts, and leaves prose and addresses out', () => {
    expect(labelledPlace('📍 Based in Lisbon')).toBe('Lisbon');
    expect(labelledPlace('Wohnort: Graz, Österreich')).toBe('Graz, Österreich');
    expect(labelledPlace('City University of London, 2012')).toBeUndefined();
    expect(headerParts('## <b>+20 100 000</b> | Alexandria, Egypt | a@b.org')).toEqual(['Alexandria, Egypt']);
    expect(looksLikePlace('El Giza - Egypt')).toBe(true);
    expect(looksLikePlace('Senior Engineer, Acme')).toBe(false);
  });
});

describe('counts, however they are asked', () => {
  it.each([
    ['how many of us know Kotlin?', 3],
    ['number of people who use kotlin', 3],
    ['how many ppl know postgresql', 1],
    ['wie viele von uns können Kotlin?', 3],
    ['combien d’entre nous connaissent Kotlin ?', 3],
    ['¿cuántos de nosotros saben Kotlin?', 3],
    ['quantos de nós sabem Kotlin?', 3],
    ['how many people speak German?', 3],
    ['wie viele Leute sprechen Deutsch?', 3],
    ['combien de personnes parlent allemand ?', 3],
    ['how many Kotlin developers do we have?', 3],
    ['how many people with PostgreSQL experience', 1],
    ['how many people know both Kotlin and PostgreSQL?', 1],
    ['quantas pessoas estudaram na Universidade do Porto?', 1],
    ['¿cuántas personas estudiaron en la Universidade do Porto?', 1],
  ])('%s → %i', async (question, count) => {
    const answer = await answerer.ask(question);
    const words = ['Nobody', 'One', 'Two', 'Three', 'Four'];
    expect(firstLine(answer).split(/\s/)[0]).toBe(words[count]);
  });
});

describe('short forms of titles and fields', () => {
  it('finds a title written out when the question abbreviates it, and the other way round', () => {
    expect(entityMatcher('quant research')('2021 – 2022: Quantitative Research Intern, Orla Capital')).toBe(true);
    expect(entityMatcher('senior developer')('Sr. Dev · Brightwater Labs')).toBe(true);
    expect(entityMatcher('ops eng')('Operations Engineer, Tallis Freight')).toBe(true);
    expect(otherForms('Quantitative Finance')).toEqual(['quant fin']);
  });

  it('leaves a word that only starts like an abbreviation alone', () => {
    expect(entityMatcher('quant research')('Quantum Research Group, research assistant')).toBe(false);
    expect(otherForms('Acme Devices')).toEqual([]);
  });
});
