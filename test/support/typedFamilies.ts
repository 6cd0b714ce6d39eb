/**
 * The phrasing families of fixtures/typed-families/<language>.json (one data file per language,
 * written for the tests): each template filled with its slots, with the person named in full, by
 * first name and by first name in lower case in turn, as written and in lower case.
 */
import { readFileSync } from 'node:fs';
import type { Language } from '../../src/answer/cues.js';
import { nameForms } from './questionVariants.js';

export const LANGUAGES: readonly Language[] = ['en', 'de', 'fr', 'es', 'pt'];

interface FamilyFile {
  readonly language: Language;
  readonly families: Readonly<Record<string, readonly string[]>>;
}

const FILES: ReadonlyMap<Language, FamilyFile> = new Map(
  LANGUAGES.map((language) => [
    language,
    JSON.parse(readFileSync(new URL(`../fixtures/typed-families/${language}.json`, import.meta.url), 'utf8')),
  ]),
);

/** A slot's value, the same in every language or per language ("Finnish", "Finnisch", …). */
export type SlotValue = string | Readonly<Record<Language, string>>;

export interface FamilyVariant {
  readonly family: string;
  readonly language: Language;
  readonly question: string;
}

/** The people slots: filled with one of the person's name forms. */
const PERSON_SLOTS = new Set(['A', 'B', 'X']);

/** Every template of `family` in every language, its slots filled, as written and in lower case. */
export function familyVariants(family: string, slots: Readonly<Record<string, SlotValue>>): FamilyVariant[] {
  const variants: FamilyVariant[] = [];
  for (const [language, file] of FILES) {
    const templates = file.families[family];
    if (!templates) throw new Error(`${language}.json has no family "${family}"`);
    templates.forEach((template, t) => {
      const question = template.replace(/\{(\w)\}/g, (_, slot: string) => {
        const given = slots[slot];
        if (given === undefined) throw new Error(`family "${family}" fills no slot {${slot}}`);
        const value = typeof given === 'string' ? given : given[language];
        if (!PERSON_SLOTS.has(slot)) return value;
        const forms = nameForms(value);
        return forms[t % forms.length]!;
      });
      for (const typed of new Set([question, question.toLowerCase()]))
        variants.push({ family, language, question: typed });
    });
  }
  return variants;
}

/** The family names every language file holds (the test checks each is asked). */
export function familyNames(): string[] {
  return Object.keys(FILES.get('en')!.families);
}
