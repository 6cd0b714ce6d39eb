/** A person's name in any case is that person, unless the same word is used as a common word in the question. */
import { describe, expect, it } from 'vitest';
import { findNamedPeople, type DirectoryEntry } from '../src/answer/namedPeople.js';

const entry = (personId: string, name: string): DirectoryEntry => ({
  personId,
  name,
  aliases: [],
  source: `${personId}.md`,
  nameSource: 'heading',
});
const directory = [
  entry('will', 'Will Harrow'),
  entry('mark', 'Mark Ellery'),
  entry('odalys', 'Odalys Brenner'),
  entry('grant', 'Tamsin Grant'),
  entry('ruby', 'Ruby Castell'),
  entry('das', 'Iker Das'),
];
const named = (question: string) =>
  findNamedPeople(
    question,
    directory,
    () => false,
    (word) => word === 'ruby',
  ).people.map((p) => p.personId);

describe('names in any case', () => {
  it.each([
    ['What does odalys know?', ['odalys']],
    ['what does ODALYS know', ['odalys']],
    ['Where did brenner study?', ['odalys']],
    ["odalys's email pls", ['odalys']],
    ['Tell me about odalys brenner', ['odalys']],
    ['Compare odalys and brenner on Java', ['odalys']],
  ])('a name that is no common word is the person in any case: %s', (question, people) => {
    expect(named(question)).toEqual(people);
  });

  it.each([
    ['What does will know?', ['will']],
    ["what is will's email", ['will']],
    ['Tell me about mark', ['mark']],
    ['compare odalys and will on python', ['odalys', 'will']],
    ['Who has more experience, Odalys or Will?', ['odalys', 'will']],
    ['did grant ever use kafka?', ['grant']],
    ["c'est quoi l'email de will ?", ['will']],
    // The first of two people set side by side, typed in lower case.
    ["will or odalys, who's more experienced?", ['will', 'odalys']],
    ['who is more senior, mark or odalys', ['mark', 'odalys']],
    ['mark vs odalys on python', ['mark', 'odalys']],
  ])('a common word reads as the name where a name goes: %s', (question, people) => {
    expect(named(question)).toEqual(people);
  });

  it.each([
    'Who will know Kafka?',
    'who will know kafka',
    'Can you mark the people who know Go?',
    'Will anyone here know Terraform?',
    'who got a research grant?',
    'who knows ruby',
    'Who knows Ruby on Rails?',
    'Was hat das Team gebaut?',
    'wer kann das?',
    'ruby or python, which is more popular?',
  ])('a common word used as a word names nobody: %s', (question) => {
    expect(named(question)).toEqual([]);
  });
});

describe('a name with a genitive or possessive "s" and no apostrophe', () => {
  it.each([
    ['Odalys Brenners Erfahrung mit Java?', ['odalys']],
    ['wie gut ist odalyss Deutsch', ['odalys']],
    ['whats brenners number', ['odalys']],
    ['Wills Kenntnisse?', ['will']],
    ['compare Marks and Odalys Brenners Java', ['mark', 'odalys']],
  ])('is the person: %s', (question, people) => {
    expect(named(question)).toEqual(people);
  });

  it.each(['wer weiß, dass Go schnell ist?', 'Was hat das Team gebaut, dass es läuft?'])(
    'a common word with an "s" used as a word names nobody: %s',
    (question) => {
      expect(named(question)).toEqual([]);
    },
  );
});

describe('a name part inside an organisation is the organisation', () => {
  const team = [
    { ...entry('morgan', 'Morgan Reyes'), aliases: ['Morgan'] },
    entry('dana', 'Dana Whitfield'),
    entry('odalys', 'Odalys Brenner'),
  ];
  const namedIn = (question: string) => findNamedPeople(question, team, () => false).people.map((p) => p.personId);

  it.each([
    ['who worked at morgan stanley?', []],
    ['Who has worked at Morgan Stanley', []],
    ['wer war bei Morgan Stanley?', []],
    ['qui a travaillé chez reyes logistique ?', []],
    ['¿quién trabajó en Whitfield Partners?', []],
    ['quem estudou na Brenner Academy?', []],
    ['how long was dana at morgan stanley?', ['dana']],
  ])('%s', (question, people) => {
    expect(namedIn(question)).toEqual(people);
  });

  it.each([
    ['what did morgan do at tallow networks?', ['morgan']],
    ['was morgan at acme before dana?', ['morgan', 'dana']],
    ['who worked with morgan?', ['morgan']],
    ["compare morgan's and dana's python", ['morgan', 'dana']],
    ['how long was Dana at Whitfield?', ['dana']],
    ['any news from reyes and whitfield?', ['morgan', 'dana']],
  ])('still the person: %s', (question, people) => {
    expect(namedIn(question)).toEqual(people);
  });
});
