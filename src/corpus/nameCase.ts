/**
 * A name written the way a reader says it, whatever case and order the CV set it in: capitals for
 * emphasis cased ("MARÍA JOSÉ LÓPEZ" → "María José López", "O'NEILL" → "O'Neill", "McDONALD" →
 * "McDonald"), particles kept small ("JOÃO DOS SANTOS" → "João dos Santos") unless an article opens
 * the family name ("YANN LE GOFF" → "Yann Le Goff"), and a family name set
 * first in capitals moved behind the given names ("DUPONT-MORETTI Camille" → "Camille
 * Dupont-Moretti"), as French and German forms write it. The one casing every name reader uses
 * (nameShape.ts, formats/nameHint.ts, profile/personName.ts), so a profile's name and its
 * person's label never differ by case.
 */
import nameWords from './nameWords.json' with { type: 'json' };
import { isNameTitle, isPostNominal } from './nameTitles.js';

const PARTICLES: ReadonlySet<string> = new Set(nameWords.particles);
/**
 * Articles that open a family name are part of it and keep their capital ("Le Goff", "La Rocca",
 * "El Amrani"); after another particle they are small again ("de la Fontaine", "de la Cruz").
 */
const ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', 'el']);

const isUpper = (text: string) => text === text.toLocaleUpperCase() && text !== text.toLocaleLowerCase();
/** "J.", "J.R.": initials keep their capitals. */
const INITIALS = /^(?:\p{Lu}\.)+$|^\p{Lu}$/u;

/** One word in capitals, cased: "JEAN-LUC" → "Jean-Luc", "O'NEIL" → "O'Neil", "MCDONALD" → "McDonald". */
function caseWord(word: string): string {
  const cased = word
    .toLocaleLowerCase()
    .replace(/(^|[-'’])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase());
  // Every "Mc" name capitalises what follows it; "Mac" is left alone (Mack, Macías, Machado).
  return cased.replace(
    /(^|-)Mc(\p{Ll})/gu,
    (_, before: string, letter: string) => `${before}Mc${letter.toLocaleUpperCase()}`,
  );
}

/** "McDONALD", "MacLEOD", "DeSOUZA": a short prefix in small letters before capitals. */
const PREFIXED_CAPITALS = /^(\p{Lu}\p{Ll}{1,2})(\p{Lu}{2,}[\p{Lu}'’-]*)$/u;

/**
 * The words cased: words in capitals (of two letters or more, initials aside) as names are written,
 * particles between them in small letters; words in mixed case are kept as written ("McKenzie",
 * "DiCaprio"). All small letters are capitalised too.
 */
export function caseNameWords(words: readonly string[]): string[] {
  const letters = words.join('').replace(/[^\p{L}]/gu, '');
  const allLower = letters !== '' && letters === letters.toLocaleLowerCase();
  return words.map((word, i) => {
    const lower = word.toLocaleLowerCase();
    const particle = i > 0 && PARTICLES.has(lower) && (allLower || isUpper(word) || word === lower);
    if (particle && !(ARTICLES.has(lower) && !PARTICLES.has(words[i - 1]!.toLocaleLowerCase()))) return lower;
    if (INITIALS.test(word)) return word;
    const prefixed = PREFIXED_CAPITALS.exec(word);
    if (prefixed) return prefixed[1]! + caseWord(prefixed[2]!);
    if (isUpper(word) || (allLower && /\p{L}/u.test(word))) return caseWord(word);
    return word;
  });
}

/** A whole name cased (see caseNameWords). */
export function caseName(name: string): string {
  return caseNameWords(name.trim().split(/\s+/)).join(' ');
}

/** "J O H N   D O E" → "JOHN DOE"; text that is not letter-spaced is returned as it is. */
export function joinLetterSpacing(text: string): string {
  const words = text.trim().split(/\s{2,}/);
  const spaced = words.every((w) => /^(?:\p{L}[.'-]?\s)+\p{L}[.'-]?$/u.test(w));
  return spaced ? words.map((w) => w.replace(/\s/g, '')).join(' ') : text;
}

/** A word set in capitals ("DUPONT", "McDONALD"): two letters or more, no initial. */
const shouted = (word: string) => /^\p{Lu}[\p{Lu}'’-]+$/u.test(word) || PREFIXED_CAPITALS.test(word);
/** A word written as a given name is: a capital, then small letters ("Jean-Luc", "O'Neill", "McKay"). */
const written = (word: string) => /^\p{Lu}\p{Ll}+(?:[-'’]?\p{Lu}?\p{Ll}+)*$/u.test(word);

/**
 * "DUPONT-MORETTI Camille" → "Camille DUPONT-MORETTI", "DE LA FONTAINE Jean" → "Jean DE LA
 * FONTAINE": a family name in capitals before given names in mixed case goes behind them. A name
 * in one case throughout, or with the capitals last ("Camille DUPONT"), is in order already.
 */
export function givenNamesFirst(words: readonly string[]): string[] {
  let family = 0;
  while (
    family < words.length &&
    (shouted(words[family]!) || (family > 0 && PARTICLES.has(words[family]!.toLowerCase())))
  )
    family++;
  // The family part ends on a word in capitals, not on a particle.
  while (family > 0 && !shouted(words[family - 1]!)) family--;
  const given = words.slice(family);
  if (family === 0 || given.length === 0 || given.length > 3 || !given.every(written)) return [...words];
  return [...given, ...words.slice(0, family)];
}

/**
 * "Müller, Hans-Jürgen" → "Hans-Jürgen Müller": a family name, a comma, the given names. Undefined
 * for text of another shape. Both sides are checked as names by the caller; here only the shape.
 */
export function commaInverted(text: string): string | undefined {
  const parts = text.trim().split(/\s*,\s*/);
  if (parts.length !== 2) return undefined;
  const family = parts[0]!.split(/\s+/);
  const given = parts[1]!.split(/\s+/);
  const capital = (word: string) => /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word);
  if (family.length > 3 || given.length > 3 || !capital(family.at(-1)!) || !given.every(capital)) return undefined;
  if (!family.every((word) => capital(word) || PARTICLES.has(word.toLowerCase()))) return undefined;
  // "Jane Doe, PhD" is a name and its degree; "Lyon, France" a place.
  if (given.some((word) => isPostNominal(word) || isNameTitle(word))) return undefined;
  if (isCountry(parts[0]!) || isCountry(parts[1]!)) return undefined;
  return [...given, ...family].join(' ');
}

let countries: ReadonlySet<string> | undefined;

/** A country's name in any of the five languages, from the platform's own region names. */
function isCountry(text: string): boolean {
  if (!countries) {
    const names = new Set<string>();
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const language of ['en', 'de', 'fr', 'es', 'pt']) {
      const regions = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
      for (const a of letters)
        for (const b of letters) {
          const name = regions.of(a + b);
          if (name) names.add(name.toLocaleLowerCase());
        }
    }
    countries = names;
  }
  return countries.has(text.trim().toLocaleLowerCase());
}
