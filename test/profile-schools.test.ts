/**
 * Schools, skills tables and rarer spoken languages as people write them
 * (test/profile/syntheticSchools.ts), read through the real corpus and profile readers: every
 * class must give every school with its degree, every skill and every language it states, and no
 * skill it does not (a table's head, a category, a theme's `percent:` are no skills).
 */
import { describe, expect, it } from 'vitest';
import { benchBeforeAll, expectReadWhole } from './profile/syntheticBench.js';
import { schoolClasses } from './profile/syntheticClasses.js';
import { readProfile } from '../src/profile/readProfile.js';

describe('schools, skills tables and languages', () => {
  const cvs = schoolClasses();
  const bench = benchBeforeAll(cvs);

  const classes = [...new Set(cvs.map((cv) => cv.className))];

  it.each(classes)('reads "%s" whole', (className) => {
    expectReadWhole(bench.scores.get(className)!, ['name', 'school', 'degree', 'skills', 'langs'] as const, 1);
  });

  it.each(classes.filter((name) => cvs.some((cv) => cv.className === name && cv.expected.skills.length > 0)))(
    'reads no skill "%s" does not state',
    (className) => {
      for (const cv of cvs.filter((c) => c.className === className)) {
        const read = bench.profiles.get(cv)!.skills.flatMap((group) => group.keywords);
        expect(read.sort()).toEqual([...cv.expected.skills].sort());
      }
    },
  );

  it.each([
    ['Skills', 'Languages', 'Tools'],
    ['Kenntnisse', 'Programmiersprachen', 'Werkzeuge'],
    ['Compétences', 'Langages', 'Outils'],
    ['Habilidades', 'Lenguajes', 'Herramientas'],
    ['Competências', 'Linguagens', 'Ferramentas'],
  ])('keeps a category list wrapped onto the next line in its category (%s)', (heading, first, second) => {
    const text = [
      'Noor Quintavalle',
      'noor@example.org',
      '',
      heading.toUpperCase(),
      `${first}: Python, Java, Kotlin, TypeScript,`,
      '           Scala, Haskell',
      `${second}: Git, Docker`,
    ];
    const profile = readProfile({ lines: text.map((line, i) => ({ line: i + 1, text: line })) });
    expect(profile.skills.map((group) => [group.name, group.keywords])).toEqual([
      [first, ['Python', 'Java', 'Kotlin', 'TypeScript', 'Scala', 'Haskell']],
      [second, ['Git', 'Docker']],
    ]);
  });

  it('reads the level set apart by dot leaders, not the dots', () => {
    const text = ['Dario Sierra', 'dario@example.org', '', 'IDIOMAS', 'Inglés ......... C1', 'Catalán ........ Nativo'];
    const profile = readProfile({ lines: text.map((line, i) => ({ line: i + 1, text: line })) });
    expect(profile.languages.map((l) => [l.language, l.fluency])).toEqual([
      ['English', 'C1'],
      ['Catalan', 'Nativo'],
    ]);
  });
});
