/**
 * Questions about people whose CVs open the way real teams' CVs do and no fixture had: a document
 * title above the name, titles and post-nominals around it, a six-word name with particles, a
 * hyphenated given name asked for alone, an address hidden as "[at]"/"[dot]", spoken languages
 * under a "Languages" heading, a front matter whose "title" is the page's. Invented people only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../src/answer/types.js';
import { answererOnCvs, citedPeople, firstLine } from './support/answererOnCvs.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const tempDir = temporaryDirs('whoknows-unseen-heads-');
let answerer: Answerer;

const CVS: Record<string, string[]> = {
  'wilma.md': [
    'CURRICULUM VITAE',
    '',
    '# Dr. Wilma van der Sloot, MD, PhD',
    '',
    'Consultant Cardiologist',
    '',
    '📧 wilma.sloot [at] example [dot] nl | 📞 +31 (0)20 765 4321 | 📍 Leiden, Netherlands',
    '',
    '## Experience',
    '',
    '### Leiden Heart Centre — Consultant Cardiologist (2016 – present)',
    '',
    '## Languages',
    '',
    'Dutch (native), English (fluent), French (basic)',
  ],
  'lucia.md': [
    '# Currículum Vitae',
    '',
    '**Lucía Marta de la Fuente Ortega**',
    '',
    'Arquitecta de Soluciones',
    '',
    'Teléfono: +34 611 22 33 44 · lucia.fuente(at)example.es · Valencia, España',
    '',
    '## Experiencia',
    '',
    '**Arquitecta de Soluciones**, Mercadona Tech, Valencia (2019 – actualidad)',
  ],
  'jorg.md': [
    'Lebenslauf',
    '',
    'Jörg-Uwe Brandtner-Kiesling',
    'Softwarearchitekt',
    'jub@example.de · +49 (0)511 123 456',
    '',
    'Berufserfahrung',
    'Softwarearchitekt, Nordlicht AG, Hannover, 2015 – heute',
  ],
  'newt.md': [
    '---',
    'title: "Isolde Marchetti\'s CV"',
    '---',
    '',
    '# Isolde Marchetti',
    '',
    'Glaciologist and science writer at the Alpine Ice Institute.',
    '',
    '## Experience',
    '',
    '### Alpine Ice Institute — Glaciologist (2012 – present)',
  ],
};

beforeAll(async () => {
  answerer = await answererOnCvs(CVS, tempDir);
});

describe('people named as their CVs write them', () => {
  it('calls each person by the name alone: no title, post-nominal or document word', async () => {
    const answer = await answerer.ask('tell me about Wilma');
    expect(citedPeople(answer)).toEqual(['Wilma van der Sloot']);
    expect(firstLine(await answerer.ask('tell me about Lucía'))).toMatch(/^Lucía Marta de la Fuente Ortega: /);
  });

  it('finds a person by either half of a hyphenated given name, and by two given names together', async () => {
    expect(citedPeople(await answerer.ask('what is Jörg’s phone number?'))).toEqual(['Jörg-Uwe Brandtner-Kiesling']);
    expect(citedPeople(await answerer.ask('tell me about Uwe'))).toEqual(['Jörg-Uwe Brandtner-Kiesling']);
    expect(citedPeople(await answerer.ask('tell me about Lucía Marta'))).toEqual(['Lucía Marta de la Fuente Ortega']);
  });
});

describe('about and contact answers from such heads', () => {
  it('gives the address an "[at]" or "(at)" spelling stands for, cited at its line', async () => {
    const wilma = await answerer.ask("what's Wilma's email?");
    expect(wilma.answer).toContain('wilma.sloot@example.nl');
    expect(wilma.citations[0]?.text).toContain('[at]');
    expect((await answerer.ask('what is Lucía’s email address?')).answer).toContain('lucia.fuente@example.es');
  });

  it('leads with the title under the name, and lists spoken languages as languages, never as skills', async () => {
    const about = await answerer.ask('tell me about Wilma');
    expect(firstLine(about)).toMatch(/^Wilma van der Sloot: Consultant Cardiologist \[1\]/);
    expect(about.answer).toMatch(/\nLanguages: Dutch \(native\), English \(fluent\), French \(basic\)/);
    expect(about.answer).not.toMatch(/Skills: Dutch/);
  });

  it('never takes a front matter page title for the person’s title', async () => {
    const about = await answerer.ask('tell me about Isolde');
    expect(about.answer).not.toMatch(/'s CV/);
    expect(about.answer).toMatch(/Glaciologist/);
  });
});
