/** A question in one language finds a CV written in another: languages and common CV terms mapped as data. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import type { Answerer } from '../src/answer/types.js';
import { loadConfig } from '../src/config.js';
import { CROSS_LANGUAGE_GROUPS } from '../src/retrieval/termGroups.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const tempDir = temporaryDirs('whoknows-crosslang-');
let answerer: Answerer;

beforeAll(async () => {
  const corpus = await tempDir('corpus');
  // Invented people: one CV in English, one in German, one in Spanish.
  await writeFile(
    path.join(corpus, 'pell.md'),
    [
      '# Quillon Pell',
      '',
      '## Skills',
      '',
      'Project management, Kotlin',
      '',
      '## Languages',
      '',
      'German (fluent), Dutch (basic)',
      '',
      '## Education',
      '',
      'BSc Physics, University of Vellmark, 2014',
      '',
      '## Teaching',
      '',
      'Statistics tutorials for first-year students',
    ].join('\n'),
  );
  await writeFile(
    path.join(corpus, 'ferrand.md'),
    [
      '# Ysolde Ferrand',
      '',
      '## Kenntnisse',
      '',
      'Projektmanagement, Haskell',
      '',
      '## Sprachen',
      '',
      'Deutsch (Muttersprache), Englisch (fließend)',
      '',
      '## Berufserfahrung',
      '',
      'Entwicklung von Abrechnungsdiensten in Haskell für die Stadtwerke',
      '',
      '## Lehre',
      '',
      'Übungen zur Statistik für Erstsemester an der Hochschule Orlamünde',
    ].join('\n'),
  );
  await writeFile(
    path.join(corpus, 'lucan.md'),
    [
      '# Teodor Lucan',
      '',
      '## Habilidades',
      '',
      'Gestión de proyectos, Elixir',
      '',
      '## Idiomas',
      '',
      'Español (nativo), Francés (intermedio)',
    ].join('\n'),
  );
  await writeFile(
    path.join(corpus, 'arden.md'),
    ['# Wystan Arden', '', '## About', '', 'Our university research team cheered at every match. (Go Herons!)'].join(
      '\n',
    ),
  );
  answerer = await openAnswerer(
    loadConfig({ USE_MODEL: 'false', CORPUS_DIR: corpus, DATA_DIR: await tempDir('data') }),
    { warn: () => {} },
  );
});

const people = async (question: string) =>
  [...new Set((await answerer.ask(question)).citations.map((c) => c.person))].sort();

describe('languages across languages', () => {
  it.each([
    'Who speaks German?',
    'wer spricht deutsch?',
    'qui parle allemand ?',
    '¿quién habla alemán?',
    'quem fala alemao?',
  ])('finds German written as German or Deutsch: %s', async (question) => {
    expect(await people(question)).toEqual(['Quillon Pell', 'Ysolde Ferrand']);
  });

  it.each(['Who speaks French?', 'who speaks francais', 'wer spricht Französisch?'])(
    'finds Francés in a Spanish CV: %s',
    async (question) => {
      expect(await people(question)).toEqual(['Teodor Lucan']);
    },
  );

  it('finds Dutch written in English for a French question', async () => {
    expect(await people('qui parle néerlandais ?')).toEqual(['Quillon Pell']);
  });
});

describe('a question in one language about a CV in another', () => {
  it('finds an English CV for a German question, "Erfahrung" asked as lightly as "experience"', async () => {
    expect(await people('wer hat Erfahrung mit Kotlin?')).toEqual(['Quillon Pell']);
    expect(await people('qui a de l’expérience avec Kotlin ?')).toEqual(['Quillon Pell']);
  });

  it('finds a German CV for an English question', async () => {
    expect(await people('Who has experience with Haskell?')).toEqual(['Ysolde Ferrand']);
  });

  it('finds teaching written as "Teaching" and as "Lehre"', async () => {
    expect(await people('Who has teaching experience?')).toEqual(['Quillon Pell', 'Ysolde Ferrand']);
  });

  it.each(['wer spricht Spanisch?', 'qui parle espagnol ?', 'quem fala espanhol?', 'who speaks Spanish?'])(
    'finds Español in a Spanish CV: %s',
    async (question) => {
      expect(await people(question)).toEqual(['Teodor Lucan']);
    },
  );
});

describe('CV terms across languages', () => {
  it.each(['Who knows project management?', 'wer kann Projektmanagement?', 'who has gestión de proyectos?'])(
    'finds project management in English, German and Spanish CVs: %s',
    async (question) => {
      expect(await people(question)).toEqual(['Quillon Pell', 'Teodor Lucan', 'Ysolde Ferrand']);
    },
  );

  it.each([
    "qui a étudié à l'université de Vellmark ?",
    'wer hat an der Universität Vellmark studiert?',
    'Who studied at the University of Vellmark?',
  ])('finds a school named in another language: %s', async (question) => {
    expect(await people(question)).toEqual(['Quillon Pell']);
  });

  it('does not let a language or CV word make a short word a technology ("Go" beside "University")', async () => {
    expect((await answerer.whoKnows('go')).people.map((p) => p.person)).toEqual([]);
  });

  it('keeps each group to one meaning: no name sits in two groups', () => {
    const seen = new Map<string, number>();
    CROSS_LANGUAGE_GROUPS.forEach((group, i) => {
      for (const name of group) {
        expect(seen.get(name) ?? i, `${name} is in two groups`).toBe(i);
        seen.set(name, i);
      }
    });
  });
});
