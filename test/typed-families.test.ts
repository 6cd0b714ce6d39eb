/**
 * Every phrasing family of fixtures/typed-families (compare, years of a skill, a person's thesis,
 * supervisor, interests, publications, awards, certifications and teaching, roles in time, counts,
 * skills, and traps), in five languages, on invented CVs whose headings are in five languages:
 * each variant must reach an answer holding what was asked, and a profile lacking it must say so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Answerer } from '../src/answer/types.js';
import { answererOnCvs, citedPeople, citesExactly, counts, firstLine } from './support/answererOnCvs.js';
import { familyNames, familyVariants, type SlotValue } from './support/typedFamilies.js';
import { temporaryDirs } from './support/temporaryDirs.js';
import { TEAM } from './fixtures/typedFamilyCvs.js';

const tempDir = temporaryDirs('whoknows-typed-families-');
let answerer: Answerer;

beforeAll(async () => {
  answerer = await answererOnCvs(TEAM, tempDir);
});

/** Why an answer fails its variant, or undefined when it holds what was asked. */
type Check = (answer: Answer) => string | undefined;

const allOf =
  (...checks: Check[]): Check =>
  (answer) => {
    for (const check of checks) {
      const why = check(answer);
      if (why) return why;
    }
    return undefined;
  };

const answered: Check = (answer) => (answer.noAnswer ? `no answer: ${firstLine(answer)}` : undefined);

const intentIs =
  (intent: string): Check =>
  (answer) =>
    answer.intent === intent ? undefined : `intent ${answer.intent}`;

/** The answer or its first three quotes hold every one of `texts`. */
const holds =
  (...texts: string[]): Check =>
  (answer) => {
    const text = [answer.answer, ...answer.citations.slice(0, 3).map((c) => c.text)].join('\n');
    const missing = texts.filter((t) => !text.includes(t));
    return missing.length ? `lacks ${missing.join(', ')}: ${firstLine(answer)}` : undefined;
  };

/** A question about one person's section: her lines first, the line that answers among the first three quoted. */
const scopedTo =
  (person: string, text: string): Check =>
  (answer) => {
    if (answer.noAnswer) return `no answer: ${firstLine(answer)}`;
    if (answer.citations[0]?.person !== person) return `first cites ${answer.citations[0]?.person ?? 'nothing'}`;
    return answer.citations.slice(0, 3).some((c) => c.text.includes(text))
      ? undefined
      : `quotes ${answer.citations[0]!.text.split('\n')[0]}`;
  };

/** A profile lacking what was asked: said of that person, with nothing of anyone's quoted. */
const saysLacking =
  (person: string): Check =>
  (answer) => {
    const first = firstLine(answer);
    if (!answer.noAnswer) return `answers: ${first}`;
    if (/^(?:nobody|no one)\b/i.test(first) || !first.includes(person)) return `says: ${first}`;
    return answer.citations.length === 0 ? undefined : `quotes ${answer.citations[0]!.text}`;
  };

/** Nobody holds it: no answer, or a first line saying nobody does. */
const nobody: Check = (answer) =>
  answer.noAnswer || /^(?:nobody|no one|none)\b/i.test(firstLine(answer)) ? undefined : `says: ${firstLine(answer)}`;

/** "A has more experience … (about N more)": who and by how much, both cited. */
const comparesMore = (winner: string, other: string): Check =>
  allOf(intentIs('compare'), answered, citesExactly(winner, other), (answer) => {
    const first = firstLine(answer);
    if (!first.startsWith(`${winner} has more`)) return `headline ${first}`;
    return /\(about \d+ years?(?: \d+ months?)? more\)/.test(first) ? undefined : `says not by how much: ${first}`;
  });

const yearsOf = (person: string, skill: string): Check =>
  allOf(intentIs('timeline'), answered, (answer) => {
    const first = firstLine(answer);
    if (!first.includes(person)) return `first line does not name ${person}: ${first}`;
    if (!first.toLowerCase().includes(skill.toLowerCase())) return `first line lacks ${skill}: ${first}`;
    return /\b\d+\s+years?\b/.test(first) ? undefined : `no years: ${first}`;
  });

const PRIYA = 'Priya Raman';
const JONAS = 'Jonas Weber';
const CAMILLE = 'Camille Laurent';
const LUCIA = 'Lucía Fernández';
const JOAO = 'João Pereira';
const TOM = 'Tom Becker';
const AIKO = 'Aiko Nakamura';

/** Per section family, what each person's section says. */
const SECTION_LINES: Record<string, Record<string, string>> = {
  thesis: {
    [PRIYA]: 'Morphology learning',
    [JONAS]: 'Verteilte Transaktionen',
    [CAMILLE]: 'Vérification de programmes',
    [LUCIA]: 'Detección de fraude',
    [JOAO]: 'Compiladores incrementais',
  },
  supervisor: {
    [PRIYA]: 'Alan Greaves',
    [JONAS]: 'Karin Stein',
    [CAMILLE]: 'Henri Masson',
    [LUCIA]: 'Vicente Soler',
    [JOAO]: 'Rui Couto',
  },
  interests: {
    [PRIYA]: 'Fell running',
    [JONAS]: 'Rudern',
    [CAMILLE]: 'Escalade',
    [LUCIA]: 'Vela, cerámica',
    [JOAO]: 'Surf, fotografia',
  },
  publications: {
    [PRIYA]: 'Ranking with sparse feedback',
    [JONAS]: 'Konsistenz in verteilten Graphen',
    [CAMILLE]: 'Vérifier sans',
    [LUCIA]: 'Fraude y aprendizaje',
    [JOAO]: 'Compilação incremental',
  },
  awards: {
    [PRIYA]: 'Best Paper Award',
    [JONAS]: 'Deutscher Studienpreis',
    [CAMILLE]: 'Prix de thèse',
    [LUCIA]: 'Premio extraordinario',
    [JOAO]: 'Prémio de melhor tese',
  },
  certifications: {
    [PRIYA]: 'AWS Certified',
    [JONAS]: 'CKAD',
    [CAMILLE]: 'PSM I',
    [LUCIA]: 'Databricks Certified',
    [JOAO]: 'Certified Elixir Developer',
  },
  teaching: {
    [PRIYA]: 'Tutor for Introduction',
    [JONAS]: 'Übungsleiter',
    [CAMILLE]: 'Chargée de TD',
    [LUCIA]: 'Profesora asociada',
    [JOAO]: 'Assistente convidado',
  },
};

const SWAHILI = { en: 'Swahili', de: 'Suaheli', fr: 'swahili', es: 'suajili', pt: 'suaíli' };
const FINNISH = { en: 'Finnish', de: 'Finnisch', fr: 'finnois', es: 'finés', pt: 'finlandês' };

type Case = readonly [family: string, slots: Record<string, SlotValue>, check: Check];

const CASES: readonly Case[] = [
  ['compare-more', { A: PRIYA, B: JONAS, K: 'Python' }, comparesMore(PRIYA, JONAS)],
  ['compare-more', { A: CAMILLE, B: LUCIA, K: 'Python' }, comparesMore(LUCIA, CAMILLE)],
  [
    'compare-senior',
    { A: CAMILLE, B: LUCIA },
    allOf(intentIs('compare'), answered, citesExactly(CAMILLE, LUCIA), (answer) =>
      /^Camille Laurent has more experience by the dates of their roles/.test(firstLine(answer))
        ? undefined
        : `headline ${firstLine(answer)}`,
    ),
  ],
  ['compare-section', { A: PRIYA, B: JONAS }, allOf(intentIs('compare'), answered, citesExactly(PRIYA, JONAS))],
  ['years-of', { X: PRIYA, K: 'Python' }, allOf(yearsOf(PRIYA, 'Python'), holds('8 years of Python'))],
  ['years-of', { X: JOAO, K: 'Elixir' }, yearsOf(JOAO, 'Elixir')],
  ['years-threshold', { N: '5', K: 'Python' }, allOf(intentIs('timeline'), citesExactly(PRIYA, LUCIA, JONAS))],
  ['years-threshold', { N: '3', K: 'Scala' }, allOf(intentIs('timeline'), citesExactly(LUCIA))],
  ...Object.entries(SECTION_LINES).flatMap(([family, lines]) =>
    Object.entries(lines).map(([person, line]): Case => [family, { X: person }, scopedTo(person, line)]),
  ),
  ['thesis', { X: AIKO }, scopedTo(AIKO, 'Low-latency stream joins')],
  ['supervisor', { X: AIKO }, scopedTo(AIKO, 'Emi Sato')],
  ...['thesis', 'supervisor', 'interests', 'awards', 'teaching', 'certifications'].map(
    (family): Case => [family, { X: TOM }, saysLacking(TOM)],
  ),
  ['in-year', { X: PRIYA, Y: '2014' }, allOf(intentIs('timeline'), holds('Hollow Analytics'))],
  ['in-year', { X: JONAS, Y: '2016' }, allOf(intentIs('timeline'), holds('Havelblick AG'))],
  ['before', { X: PRIYA, O: 'Tessel Systems' }, allOf(intentIs('timeline'), holds('Hollow Analytics'))],
  ['before', { X: CAMILLE, O: 'Rhône Numérique' }, allOf(intentIs('timeline'), holds('Atelier Saône'))],
  ['before', { X: JONAS, O: 'Spreewerk' }, allOf(intentIs('timeline'), holds('Havelblick AG'))],
  ['first-job', { X: LUCIA }, allOf(intentIs('timeline'), holds('Albufera Seguros'))],
  ['first-job', { X: TOM }, allOf(intentIs('timeline'), holds('Pennine Software'))],
  ['current-job', { X: PRIYA }, allOf(intentIs('timeline'), holds('Tessel Systems'))],
  ['current-job', { X: CAMILLE }, allOf(intentIs('timeline'), holds('Rhône Numérique'))],
  ['count', { K: 'Python' }, allOf(intentIs('count'), counts(4))],
  ['count', { K: 'Go' }, allOf(intentIs('count'), counts(2))],
  ['what-can', { X: JONAS }, allOf(intentIs('skills'), holds('Kotlin'))],
  ['what-can', { X: PRIYA }, allOf(intentIs('skills'), holds('PyTorch'))],
  [
    'most',
    { K: 'Python' },
    allOf(intentIs('timeline'), answered, (answer) =>
      answer.citations[0]?.person === PRIYA ? undefined : `first cites ${answer.citations[0]?.person}`,
    ),
  ],
  ['education', { X: JONAS }, allOf(intentIs('school'), holds('Technische Universität München'))],
  ['education', { X: PRIYA }, allOf(intentIs('school'), holds('University of Edinburgh'))],
  // Each asks for a section several people have: awards, publications (a talk counts), certificates.
  ['section-held', {}, allOf(answered, (answer) => (citedPeople(answer).length >= 3 ? undefined : 'cites too few'))],
  // A "Scrum Master" certificate is no master's degree.
  ['degree-held', {}, allOf(intentIs('school'), citesExactly(JONAS, LUCIA, JOAO, AIKO))],
  ['trap-employer', { O: 'Zephyr Bank' }, nobody],
  ['trap-employer', { O: 'Northwind Mobile' }, nobody],
  ['trap-speaks', { L: SWAHILI }, nobody],
  ['trap-speaks', { L: FINNISH }, nobody],
];

describe('typed phrasing families on a five-language team', () => {
  it('asks every family of the data files', () => {
    expect(new Set(CASES.map(([family]) => family))).toEqual(new Set(familyNames()));
  });

  it.each(CASES)('%s %o', async (family, slots, check) => {
    const failed: string[] = [];
    const variants = familyVariants(family, slots);
    for (const variant of variants) {
      const why = check(await answerer.ask(variant.question));
      if (why) failed.push(`[${variant.language}] ${variant.question} → ${why}`);
    }
    expect(failed).toEqual([]);
  });
});
