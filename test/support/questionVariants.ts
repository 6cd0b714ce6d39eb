/**
 * Phrasings of questions as people type them: the compare and years-of-a-skill templates below
 * (five languages × name forms × casing), and every intent family of questionTemplates.ts typed in
 * each register of chat (lower case, no question mark, filler, "pls", "?!", emoji, a one-letter typo).
 * `{A}`/`{B}` are the people compared, `{X}` the person asked about, `{K}` the skill.
 */
import type { Language } from '../../src/answer/cues.js';
import { type Family, TEMPLATES } from './questionTemplates.js';

export interface Variant {
  readonly family: 'compare' | 'years';
  readonly language: Language;
  readonly question: string;
}

const COMPARE: Record<Language, readonly string[]> = {
  en: [
    "who's more senior, {A} or {B}",
    '{A} or {B} for a {K} job?',
    'is {A} better at {K} than {B}',
    '{A} vs {B} on {K}',
    '{A} vs. {B} - {K}?',
    'how do {A} and {B} compare',
    'how does {A} compare to {B} on {K}',
    '{A} compared to {B}',
    '{A} compared with {B} for {K}?',
    'difference between {A} and {B}',
    "what's the difference between {A} and {B} in {K}",
    'which of {A} and {B} knows {K}',
    'which of {A} and {B} knows {K} better?',
    'who knows {K} better: {A} or {B}?',
    'who is stronger in {K}, {A} or {B}',
    '{A} or {B}, who has more {K} experience?',
    'who has more yrs of {K}, {A} or {B}?',
    'who has more experiance with {K} {A} or {B}',
    'between {A} and {B} who is better with {K}',
    'should I pick {A} or {B} for {K}?',
    'compare {A} with {B}',
  ],
  de: [
    'wer hat mehr Erfahrung mit {K}, {A} oder {B}?',
    '{A} oder {B} für {K}?',
    'ist {A} besser in {K} als {B}?',
    '{A} vs {B} bei {K}',
    'vergleiche {A} mit {B}',
    'Unterschied zwischen {A} und {B}',
    'wer kann besser {K}, {A} oder {B}?',
  ],
  fr: [
    'qui a le plus d’expérience en {K}, {A} ou {B} ?',
    '{A} ou {B} pour du {K} ?',
    '{A} est-il meilleur en {K} que {B} ?',
    'compare {A} et {B} en {K}',
    'différence entre {A} et {B}',
    '{A} comparé à {B}',
  ],
  es: [
    '¿quién tiene más experiencia con {K}, {A} o {B}?',
    '{A} o {B} para {K}?',
    '¿es {A} mejor en {K} que {B}?',
    'compara {A} con {B}',
    'diferencia entre {A} y {B}',
    '{A} vs {B} en {K}',
  ],
  pt: [
    'quem tem mais experiência com {K}, {A} ou {B}?',
    '{A} ou {B} para {K}?',
    '{A} é melhor em {K} do que {B}?',
    'compare {A} com {B}',
    'diferença entre {A} e {B}',
    '{A} vs {B} em {K}',
  ],
};

const YEARS: Record<Language, readonly string[]> = {
  en: [
    'how many years of {K} does {X} have?',
    'how many yrs of {K} does {X} have',
    'how many years has {X} used {K}?',
    'how many years of {K} experience does {X} have',
    '{X} - years of {K}?',
    '{K} experience of {X} in years',
    'since when does {X} use {K}',
    'since when has {X} been using {K}?',
    'how experienced is {X} with {K}',
    '{X} has how much {K} experience?',
    'when did {X} start with {K}',
    'when did {X} start using {K}?',
    'how long has {X} been doing {K}',
    'how long has {X} worked with {K}?',
    "{X}'s years of {K}?",
    'years of {K} for {X}',
    'how much {K} experience does {X} have',
    'how many years {X} has in {K}',
  ],
  de: [
    'seit wann nutzt {X} {K}?',
    'seit wann arbeitet {X} mit {K}',
    'wie viele Jahre Erfahrung hat {X} mit {K}?',
    'wie lange programmiert {X} schon {K}?',
    'wie viel {K}-Erfahrung hat {X}?',
  ],
  fr: [
    "combien d'années d'expérience en {K} a {X} ?",
    'combien d’années de {K} a {X}',
    'depuis quand {X} utilise {K} ?',
    'depuis combien de temps {X} fait du {K} ?',
  ],
  es: [
    '¿cuántos años de {K} tiene {X}?',
    'cuantos años de experiencia en {K} tiene {X}',
    '¿desde cuándo usa {X} {K}?',
    '¿cuánto tiempo lleva {X} con {K}?',
  ],
  pt: [
    'quantos anos de {K} {X} tem?',
    'quantos anos de experiência com {K} o {X} tem',
    'desde quando {X} usa {K}?',
    'há quanto tempo {X} trabalha com {K}?',
  ],
};

/** A person named as people type them: in full, by first name, in lower case. */
export function nameForms(full: string): string[] {
  const first = full.split(/\s+/)[0]!;
  return [...new Set([full, first, first.toLowerCase()])];
}

/** Each question once: a first name in lower case is also the lower-cased question. */
const distinct = (variants: Variant[]) => [...new Map(variants.map((v) => [v.question, v])).values()];

const fill = (template: string, slots: Record<string, string>) =>
  template.replace(/\{(\w)\}/g, (_, slot: string) => slots[slot] ?? `{${slot}}`);

/** Every compare phrasing of `a` and `b` on `skill`, each name form, as typed and in lower case. */
export function compareVariants(a: string, b: string, skill: string): Variant[] {
  const [as, bs] = [nameForms(a), nameForms(b)];
  return distinct(
    Object.entries(COMPARE).flatMap(([language, templates]) =>
      templates.flatMap((template) =>
        as.flatMap((A, i) => {
          const question = fill(template, { A, B: bs[i]!, K: skill });
          return [...new Set([question, question.toLowerCase()])].map((q) => ({
            family: 'compare' as const,
            language: language as Language,
            question: q,
          }));
        }),
      ),
    ),
  );
}

/** Every years phrasing of `person` and `skill`, each name form, as typed and in lower case. */
export function yearsVariants(person: string, skill: string): Variant[] {
  return distinct(
    Object.entries(YEARS).flatMap(([language, templates]) =>
      templates.flatMap((template) =>
        nameForms(person).flatMap((X) => {
          const question = fill(template, { X, K: skill });
          return [...new Set([question, question.toLowerCase()])].map((q) => ({
            family: 'years' as const,
            language: language as Language,
            question: q,
          }));
        }),
      ),
    ),
  );
}

/** How a question is typed on top of its wording: one function per habit of chat. */
export type Register =
  | 'as written'
  | 'lower case'
  | 'no question mark'
  | 'filler'
  | 'please'
  | 'emphatic'
  | 'emoji'
  | 'typo';

const FILLER: Record<Language, string> = {
  en: 'hey quick q:',
  de: 'hey kurze frage:',
  fr: 'salut, petite question :',
  es: 'oye, una pregunta:',
  pt: 'oi, uma dúvida:',
};
const PLEASE: Record<Language, string> = { en: 'pls', de: 'bitte', fr: 'stp', es: 'porfa', pt: 'pfv' };

const withoutMark = (q: string) => q.replace(/\s*[?!.]+\s*$/u, '');

/**
 * The question's longest word of six letters or more that no slot filled, mistyped in its middle
 * ("studed", "experince", "qaundo"): a cue word, never a name or skill (nor a name with its
 * genitive "s", "Priyas").
 */
export function oneTypo(question: string, filled: readonly string[]): string {
  const slotWords = new Set(filled.flatMap((value) => value.toLowerCase().split(/[\s-]+/)));
  // Words joined by an apostrophe ("quelqu’un") are left whole: the reader takes them apart.
  const whole = question.match(/(?<![\p{L}'’])\p{L}{6,}(?![\p{L}'’])/gu) ?? [];
  const slot = (word: string) => slotWords.has(word) || (word.endsWith('s') && slotWords.has(word.slice(0, -1)));
  const words = whole.filter((word) => !slot(word.toLowerCase()));
  const longest = words.sort((a, b) => b.length - a.length)[0];
  if (!longest) return question;
  const at = Math.floor(longest.length / 2);
  // Two neighbours swapped in a six-letter word, a letter dropped from a longer one.
  const mistyped =
    longest.length === 6
      ? longest.slice(0, at - 1) + longest[at] + longest[at - 1] + longest.slice(at + 1)
      : longest.slice(0, at) + longest.slice(at + 1);
  return question.replace(longest, mistyped);
}

const REGISTERS: Record<Register, (q: string, language: Language, filled: readonly string[]) => string> = {
  'as written': (q) => q,
  'lower case': (q) => q.toLowerCase(),
  'no question mark': (q) => withoutMark(q),
  filler: (q, language) => `${FILLER[language]} ${q}`,
  please: (q, language) => `${withoutMark(q)} ${PLEASE[language]}`,
  emphatic: (q) => `${withoutMark(q)}?!`,
  emoji: (q) => `${q} 🙏`,
  typo: (q, _language, filled) => oneTypo(q, filled),
};

export interface TypedVariant {
  readonly family: Family;
  readonly language: Language;
  readonly register: Register;
  readonly question: string;
}

/**
 * Every template of `family` in every language, typed in every register, with the slots filled.
 * A person slot takes its name forms in turn (full, first, first in lower case), so each form
 * meets every register across the templates.
 */
export function typedVariants(
  family: Family,
  slots: Readonly<Record<string, string | Readonly<Record<Language, string>>>>,
): TypedVariant[] {
  const variants: TypedVariant[] = [];
  const registers = Object.keys(REGISTERS) as Register[];
  for (const [language, templates] of Object.entries(TEMPLATES[family]) as [Language, readonly string[]][]) {
    templates.forEach((template, t) => {
      registers.forEach((register, r) => {
        const form = (name: string) => nameForms(name)[(t + r) % nameForms(name).length]!;
        const filled: Record<string, string> = {};
        for (const [slot, given] of Object.entries(slots)) {
          const value = typeof given === 'string' ? given : given[language];
          filled[slot] = 'ABX'.includes(slot) ? form(value) : value;
        }
        const question = REGISTERS[register](fill(template, filled), language, Object.values(filled));
        variants.push({ family, language, register, question });
      });
    });
  }
  return [...new Map(variants.map((v) => [v.question, v])).values()];
}
