/**
 * Phrasing families by intent (fixtures/phrasing-families.json), written for these tests from how
 * colleagues type in a chat channel (not from any question set): per intent, English phrasings in
 * the habits of chat (filler, "pls", imperatives, possessives, no question mark, first names) and
 * four or more in each of German, French, Spanish and Portuguese. Each is typed three ways: as written with the full name, in lower
 * case with the first name, and with a one-letter typo in its longest cue word. `{X}` the person,
 * `{A}`/`{B}` two people, `{K}` a skill, `{O}` an organisation, `{S}` a school, `{Y}` a year, `{N}` a
 * number of years, `{L}` a spoken language.
 */
import { readFileSync } from 'node:fs';
import type { Language } from '../../src/answer/cues.js';
import { oneTypo } from './questionVariants.js';

export type PhrasingIntent =
  | 'who-knows'
  | 'count'
  | 'employer'
  | 'school'
  | 'timeline'
  | 'years'
  | 'years-of'
  | 'about'
  | 'contact'
  | 'languages'
  | 'skills'
  | 'compare'
  | 'person'
  | 'seniority'
  | 'stay'
  | 'studied-at'
  | 'nobody';

export type Phrasings = Readonly<Record<Language, readonly string[]>>;

/** The phrasings per intent and language, from fixtures/phrasing-families.json. */
export const PHRASINGS: Readonly<Record<PhrasingIntent, Phrasings>> = JSON.parse(
  readFileSync(new URL('../fixtures/phrasing-families.json', import.meta.url), 'utf8'),
);

export type Register = 'as written' | 'lower first name' | 'typo';
export const REGISTERS: readonly Register[] = ['as written', 'lower first name', 'typo'];

export interface PhrasingVariant {
  readonly intent: PhrasingIntent;
  readonly language: Language;
  readonly register: Register;
  readonly template: string;
  readonly question: string;
}

export type Slots = Readonly<Record<string, string | Readonly<Record<Language, string>>>>;

const PERSON_SLOTS = new Set(['A', 'B', 'X']);

function fill(template: string, slots: Slots, language: Language, register: Register): [string, string[]] {
  const filled: string[] = [];
  const text = template.replace(/\{(\w)\}/g, (_, slot: string) => {
    const given = slots[slot];
    if (given === undefined) throw new Error(`no value for slot {${slot}} in "${template}"`);
    let value = typeof given === 'string' ? given : given[language];
    if (PERSON_SLOTS.has(slot) && register !== 'as written') value = value.split(/\s+/)[0]!;
    filled.push(value);
    return value;
  });
  return [text, filled];
}

/** Every phrasing of `intent` in every language, typed in each register, its slots filled. */
export function phrasingVariants(
  intent: PhrasingIntent,
  slots: Slots,
  table: Readonly<Record<PhrasingIntent, Phrasings>> = PHRASINGS,
): PhrasingVariant[] {
  const variants: PhrasingVariant[] = [];
  for (const [language, templates] of Object.entries(table[intent] ?? {}) as [Language, readonly string[]][]) {
    for (const template of templates) {
      for (const register of REGISTERS) {
        const [text, filled] = fill(template, slots, language, register);
        const question =
          register === 'lower first name' ? text.toLowerCase() : register === 'typo' ? oneTypo(text, filled) : text;
        variants.push({ intent, language, register, template, question });
      }
    }
  }
  return [...new Map(variants.map((v) => [v.question, v])).values()];
}
