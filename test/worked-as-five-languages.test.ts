/**
 * "Who has worked as <title>?" in the five languages: the word for "as" (as, als, comme / en tant
 * que, como) is no part of the title asked about. Each invented CV writes the title in its own
 * language; a colleague with another title must not be named, and a title nobody holds is "nobody".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../src/answer/types.js';
import { answererOnCvs, citedPeople } from './support/answererOnCvs.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const CVS: Record<string, readonly string[]> = {
  'anke.md': [
    '# Anke Brandt',
    '',
    '## Berufserfahrung',
    '',
    '### Klinikum Wesermarsch',
    'Krankenpflegerin · 2015 – heute',
  ],
  'remi.md': [
    '# Rémi Fontaine',
    '',
    '## Expérience professionnelle',
    '',
    '### Collège Les Tilleuls',
    "Professeur · 2011 – aujourd'hui",
  ],
  'ines.md': ['# Inés Calvo', '', '## Experiencia laboral', '', '### Bufete Arrieta', 'Abogada · 2016 – actualidad'],
  'caio.md': ['# Caio Prates', '', '## Experiência Profissional', '', '### Padaria Sabiá', 'Padeiro · 2012 – atual'],
  'tess.md': ['# Tess Hollins', '', '## Experience', '', '### Harwick Freight Ltd', 'Dispatcher · 2018 – present'],
};

const tempDir = temporaryDirs('whoknows-worked-as-');
let answerer: Answerer;
beforeAll(async () => {
  answerer = await answererOnCvs(CVS, tempDir);
}, 60_000);

describe('"worked as <title>" in five languages (invented CVs)', () => {
  it.each([
    ['who has worked as a dispatcher?', 'Tess Hollins'],
    ['wer hat als Krankenpflegerin gearbeitet?', 'Anke Brandt'],
    ['qui a travaillé comme professeur ?', 'Rémi Fontaine'],
    ['qui a travaillé en tant que professeur ?', 'Rémi Fontaine'],
    ['¿quién ha trabajado como abogada?', 'Inés Calvo'],
    ['quem já trabalhou como padeiro?', 'Caio Prates'],
  ])('%s', async (question, person) => {
    const answer = await answerer.ask(question);
    expect(answer.noAnswer).toBe(false);
    expect(citedPeople(answer)).toEqual([person]);
  });

  it.each([
    'who has worked as a pilot?',
    'wer hat als Pilot gearbeitet?',
    'qui a travaillé comme pilote ?',
    '¿quién ha trabajado como piloto?',
    'quem já trabalhou como piloto?',
  ])('%s → nobody', async (question) => {
    expect((await answerer.ask(question)).noAnswer).toBe(true);
  });
});
