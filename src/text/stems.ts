/**
 * Snowball stems of German, French, Spanish and Portuguese words (Orama's ports of the Snowball
 * stemmers), so "Erfahrungen" meets "Erfahrung" and "desarrolladores" meets "desarrollador" in a
 * CV written in that language. A stem is an extra index term, tagged with its language
 * (`de:erfahr`): it meets only stems of the same language, never an English word it happens to spell.
 */
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { remembered } from '../caches.js';
import type { OtherLanguage } from './language.js';

export type StemmedLanguage = OtherLanguage;
export const STEMMED_LANGUAGES: readonly StemmedLanguage[] = ['de', 'fr', 'es', 'pt'];

const STEMMERS: Readonly<Record<StemmedLanguage, (word: string) => string>> = {
  de: german,
  fr: french,
  es: spanish,
  pt: portuguese,
};

/** Words shorter than this are left alone: short words are names and abbreviations more often than inflected forms. */
const MIN_STEMMED_LENGTH = 4;

const STEM_CACHE_LIMIT = 50_000;

/**
 * The tagged stem of `word` (lower case) in `language`, accents dropped after stemming (the
 * stemmer needs them, a question typed without them must still meet them); undefined for a word
 * that is not plain letters or is too short.
 */
const languageStem = remembered(STEM_CACHE_LIMIT, (key: string): string | null => {
  const language = key.slice(0, 2) as StemmedLanguage;
  const word = key.slice(3);
  // null, not undefined: the cache remembers only defined results.
  if (word.length < MIN_STEMMED_LENGTH || !/^\p{L}+$/u.test(word)) return null;
  const stem = STEMMERS[language](word).normalize('NFKD').replace(/\p{M}/gu, '');
  return `${language}:${stem}`;
});

/** The tagged stem of `word` in `language` (see `languageStem`). */
export function stemIn(language: StemmedLanguage, word: string): string | undefined {
  return languageStem(`${language}:${word}`) ?? undefined;
}

/** A word's tagged stems in each of the four languages, each once: a question meets a CV in whichever of them it is written. */
export function stemsInEveryLanguage(word: string): string[] {
  const stems = new Set<string>();
  for (const language of STEMMED_LANGUAGES) {
    const stem = stemIn(language, word);
    if (stem !== undefined) stems.add(stem);
  }
  return [...stems];
}

/**
 * A verb form ending of each language, and the ending of the noun of the act it names: French "formé"
 * (trained) is written "Formation" in a CV, Spanish "migró" "migración", Portuguese "organizou"
 * "organização". Snowball leaves short nouns a stem of their own ("formation" → "format", "formé" →
 * "form"), so the question's verb would never meet the CV's noun.
 */
const ACT_NOUNS: Readonly<Partial<Record<StemmedLanguage, readonly [RegExp, string]>>> = {
  fr: [/(?:ée?s?|er|ait|aient)$/u, 'ation'],
  es: [/(?:ó|ad[oa]s?|aba|aron|ar)$/u, 'ación'],
  pt: [/(?:ou|ad[oa]s?|ava|aram|ar)$/u, 'ação'],
};

/**
 * The tagged stem of the noun a verb form of a question in `language` names ("formé" → the stem of
 * "formation"), when it differs from the word's own stem: question side only, a CV's words keep theirs.
 */
export function actNounStem(word: string, language: string): string | undefined {
  const rule = ACT_NOUNS[language as StemmedLanguage];
  if (!rule) return undefined;
  const root = word.replace(rule[0], '');
  if (root === word || root.length < 3) return undefined;
  const stem = stemIn(language as StemmedLanguage, `${root}${rule[1]}`);
  return stem !== stemIn(language as StemmedLanguage, word) ? stem : undefined;
}
