/**
 * Pandoc and kramdown Markdown: definition lists under a skills heading, and attributes after a
 * heading ("### Experience {#experience}"). Invented people, each layout in several variants.
 */
import { describe, expect, it } from 'vitest';
import { readProfile } from '../src/profile/readProfile.js';

const profileOf = (text: readonly string[]) => readProfile({ lines: text.map((t, i) => ({ line: i + 1, text: t })) });
const skillWords = (text: readonly string[]) => profileOf(text).skills.flatMap((s) => s.keywords ?? []);

const PEOPLE = [
  {
    name: 'Mara Lindqvist',
    skills: ['Visual Design', 'Usability Testing', 'Prototyping'],
    employer: 'Northwind Studio',
  },
  {
    name: 'Tobias Reinholt',
    skills: ['Technical Writing', 'Style Guides', 'API Documentation'],
    employer: 'Quillworks',
  },
  {
    name: 'Amaia Etxeberria',
    skills: ['Field Surveys', 'Archival Research', 'Oral History'],
    employer: 'Museo Arraia',
  },
];

/** Each term is a skill and a sentence under it says what the person does with it. */
function termsWithSentences(person: (typeof PEOPLE)[number], attributes: boolean): string[] {
  const id = (word: string) => (attributes ? ` {#${word.toLowerCase()}}` : '');
  return [
    `# ${person.name}`,
    '',
    '------',
    '',
    `### Skills${id('skills')}`,
    '',
    ...person.skills.flatMap((skill) => [
      `* ${skill}`,
      `  : Years of ${skill.toLowerCase()} for teams of every size.`,
      '',
    ]),
    '------',
    '',
    `### Experience${id('experience')}`,
    '',
    person.employer,
    ': *Lead*',
    '  __2016-2021__',
    '  Led the work.',
  ];
}

describe('definition lists under a skills heading', () => {
  it.each(PEOPLE)('reads each term as a skill when a sentence describes it ($name)', (person) => {
    for (const attributes of [false, true]) {
      const words = skillWords(termsWithSentences(person, attributes));
      expect(words).toEqual(expect.arrayContaining(person.skills));
      expect(words.some((word) => /\bfor teams\b/.test(word))).toBe(false);
    }
  });

  it("reads a term over a list as the list's label, not a skill", () => {
    const words = skillWords([
      '# Ines Moreau',
      '',
      '## Skills',
      '',
      '* Languages',
      '  : Python, Go, Rust',
      '',
      '* Databases',
      '  : PostgreSQL, Redis',
    ]);
    expect(words).toEqual(['Python', 'Go', 'Rust', 'PostgreSQL', 'Redis']);
  });
});

describe('attributes after a Markdown heading', () => {
  it.each(PEOPLE)('reads the section the heading names, not its {#id} ($name)', (person) => {
    const profile = profileOf(termsWithSentences(person, true));
    expect(profile.work.map((role) => role.name)).toContain(person.employer);
    expect(profile.work[0]?.startDate).toBe('2016');
  });
});
