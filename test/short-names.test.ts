/**
 * A person asked by a short form of their first name: a prefix ("max" for Maximilian, "bart" for
 * Bartholomew), a listed short form ("alex" for Alejandra), the name a letter short ("carl" is not
 * one: "carla" less a letter). A prefix that is also a word ("car", "cars" of Carla, "max" in
 * "max heap") names nobody where no name stands; the questions were written before the rule.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../src/answer/types.js';
import { answererOnCvs } from './support/answererOnCvs.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const CVS: Record<string, string[]> = {
  'carla.md': [
    '# Carla Mendes',
    '',
    'Logistics planner at Rota Freight (2019 – present).',
    '',
    '## Languages',
    '',
    'Portuguese, English',
  ],
  'maximilian.md': [
    '# Maximilian Roth',
    '',
    'Backend engineer at Kessel Data (2020 – present).',
    'Email: m.roth@example.de',
  ],
  'bartholomew.md': ['# Bartholomew Quinn', '', 'Site manager at Harbour Build (2018 – present).'],
  'alejandra.md': [
    '# Alejandra Soto',
    '',
    'Analista de datos en Cobalto (2021 – actualidad).',
    'Correo: a.soto@example.es',
  ],
  'dmitri.md': ['# Dmitri Hale', '', 'Sales consultant at Northgate Motors, selling used cars (2015 – 2019).'],
};

const tempDir = temporaryDirs('whoknows-short-names-');
let answerer: Answerer;
beforeAll(async () => {
  answerer = await answererOnCvs(CVS, tempDir);
}, 60_000);

const about = async (question: string) => (await answerer.ask(question)).people ?? [];

describe('a first name asked by a short form', () => {
  it.each([
    ['where does max work', 'Maximilian Roth'],
    ["what's max's email", 'Maximilian Roth'],
    ['what does bart do', 'Bartholomew Quinn'],
    ['alex email', 'Alejandra Soto'],
    ['dónde trabaja alex', 'Alejandra Soto'],
    ['onde a carl trabalha', 'Carla Mendes'],
    ['what languages does carl speak', 'Carla Mendes'],
  ])('reads "%s" as %s', async (question, person) => {
    expect(await about(question)).toEqual([person]);
  });

  it.each(['who has sold cars?', 'who has a car', 'max heap experience anyone?', 'anyone know bart tooling'])(
    'names nobody in "%s"',
    async (question) => {
      expect(await about(question)).toEqual([]);
    },
  );
});
