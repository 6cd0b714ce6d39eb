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
import { unaccent } from './questionLanguage.js';
import verbNouns from './verbNouns.json' with { type: 'json' };

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
 * Verb form endings of each language, and the endings of the noun of the act they name: French
 * "formé" (trained) is written "Formation" in a CV, Spanish "migró" "migración", "tradujo"
 * "traducción", Portuguese "organizou" "organização", German "analysiert" "Analyse", "koordiniert"
 * "Koordination", "geleitet" "Leitung", "entwickelt" "Entwicklung". Snowball leaves such nouns a
 * stem of their own ("formation" → "format", "formé" → "form"), so the question's verb would never
 * meet the CV's noun. The first rule whose ending the word has is the one used.
 */
const ACT_NOUNS: Readonly<Partial<Record<StemmedLanguage, readonly (readonly [RegExp, readonly string[]])[]>>> = {
  fr: [[/(?:ée?s?|er|ait|aient)$/u, ['ation', 'age']]],
  es: [
    [/(?<=du)(?:jo|jeron|ce|cen|cido|cía|cir)$/u, ['cción']],
    [/(?:ó|ad[oa]s?|aba|aron|ar)$/u, ['ación']],
  ],
  pt: [
    [/(?<=du)(?:ziu|ziram|zido|zia|zir|z)$/u, ['ção']],
    [/(?:ou|ad[oa]s?|ava|aram|ar)$/u, ['ação']],
  ],
  de: [
    [/ier(?:t|te|ten|en|e)$/u, ['ierung', 'ation', 'e']],
    [/(?<=[^aeiouäöü])elt(?:e|en)?$/u, ['lung']],
    [/e?t(?:e|en)?$/u, ['ung', 'e']],
  ],
};

/** A German participle's root with and without its "ge" ("geleit" → "leit", "eingeführ" → "einführ"). */
function germanRoots(root: string): string[] {
  const separable =
    /^(ab|an|auf|aus|ein|mit|vor|zu|weiter|durch|um|nach|fest|dar|her|hin|bei|zusammen)ge(\p{L}{3,})$/u.exec(root);
  if (separable) return [root, separable[1]! + separable[2]!];
  return root.startsWith('ge') && root.length >= 6 ? [root, root.slice(2)] : [root];
}

/** Case and accents aside: how a question's word is compared with a family's forms. */
const folded = (word: string) => unaccent(word).toLowerCase();

interface VerbFamily {
  readonly forms: readonly string[];
  readonly nouns: readonly string[];
}

/**
 * Per language, each listed verb form (folded) → the tagged stems of its family's nouns
 * (verbNouns.json): the verbs no ending rule joins to their noun ("mantiene" → "mantenimiento").
 */
const FAMILY_NOUNS: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> = new Map(
  STEMMED_LANGUAGES.map((language) => {
    const families = (verbNouns as unknown as Record<string, readonly VerbFamily[]>)[language] ?? [];
    const byForm = new Map<string, string[]>();
    for (const { forms, nouns } of families) {
      const stems = nouns.map((noun) => stemIn(language, noun)).filter((stem) => stem !== undefined);
      for (const form of forms) byForm.set(folded(form), [...new Set([...(byForm.get(folded(form)) ?? []), ...stems])]);
    }
    return [language, byForm];
  }),
);

/**
 * The tagged stems of the nouns a verb form of a question in `language` names ("formé" → the stem of
 * "formation", "geriu" → that of "gestão"), those that differ from the word's own stem: question
 * side only, a CV's words keep theirs.
 */
export function actNounStems(word: string, language: string): string[] {
  const own = STEMMED_LANGUAGES.includes(language as StemmedLanguage)
    ? stemIn(language as StemmedLanguage, word)
    : undefined;
  const family = FAMILY_NOUNS.get(language)?.get(folded(word));
  if (family) return family.filter((stem) => stem !== own);
  const rules = ACT_NOUNS[language as StemmedLanguage];
  if (!rules || word.length < 5) return [];
  for (const [ending, nouns] of rules) {
    const root = word.replace(ending, '');
    if (root === word) continue;
    if (root.length < 3) return [];
    const roots = language === 'de' ? germanRoots(root) : [root];
    const stems = new Set<string>();
    for (const r of roots)
      for (const noun of nouns) {
        const stem = stemIn(language as StemmedLanguage, `${r}${noun}`);
        if (stem !== undefined && stem !== own) stems.add(stem);
      }
    return [...stems];
  }
  return [];
}
