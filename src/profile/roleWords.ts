/**
 * Words that tell the parts of a role's heading apart: a title word (engineer, Entwicklerin,
 * ingénieur…), an organisation word, a place ("Berlin, Germany", "Remote"). Shared by the entry
 * reader (to keep "City, Country" whole) and the role reader.
 */
import { remembered } from '../caches.js';
import { ORGANISATION_WORDS, TITLE_WORDS, foldedWords } from './wordLists.js';

const LONG_TITLES = [...TITLE_WORDS].filter((w) => w.length >= 5);

/**
 * The masculine or base forms a title word may be the feminine or plural of, in five languages:
 * "Entwicklerin" → "entwickler", "développeuse" → "developpeur", "directrice" → "directeur",
 * "analyste" → "analyst", "programadora" → "programador", "engenheira" → "engenheiro",
 * "technicienne" → "technicien".
 */
function baseForms(word: string): string[] {
  return [
    word.replace(/(?:innen|in)$/, ''),
    word.replace(/euse$/, 'eur'),
    word.replace(/trice$/, 'teur'),
    word.replace(/enne$/, 'en'),
    word.replace(/e$/, ''),
    word.replace(/a$/, ''),
    word.replace(/a$/, 'o'),
    word.replace(/s$/, ''),
  ].filter((form) => form !== word && form.length >= 3);
}

/**
 * A title word, also as the end of a German compound or in its feminine form: "Datenanalystin"
 * (Daten + Analyst + in), "Softwareentwicklerin", "Werkstudentin", "développeuse", "analyste".
 */
export function isTitleWord(word: string): boolean {
  return titleWordKnown(word);
}

/** isTitleWord per word, remembered: every part of every role heading is scored word by word, and words repeat. */
const titleWordKnown = remembered(16_384, titleWord);

function titleWord(word: string): boolean {
  if (TITLE_WORDS.has(word)) return true;
  const forms = baseForms(word);
  if (forms.some((form) => TITLE_WORDS.has(form))) return true;
  const stem = word.replace(/(?:innen|in)$/, '');
  return word.length > 6 && LONG_TITLES.some((title) => stem.endsWith(title));
}

/** "S.A.", "S.p.A.", "B.V.": a legal form in letters and full stops, one word to the organisation words. */
const DOTTED = /(?<!\p{L})(?:\p{L}{1,2}\.){2,}/gu;

export const roleScore = (part: string, words: ReadonlySet<string>) =>
  words === TITLE_WORDS
    ? foldedWords(part).filter(isTitleWord).length
    : foldedWords(part.includes('.') ? part.replace(DOTTED, (form) => form.replace(/\./g, '')) : part).filter((w) =>
        words.has(w),
      ).length;

export const PLACE_WORD = /^(?:remote|hybrid|on-?site|home ?office|télétravail|teletrabajo|remoto)$/i;

const STATE_CODE = /^[A-Z]{2}$/;
const PARTICLES = /\s(?:de|la|las|los|del|do|da|dos|das|am|an|der|im|sur|en|upon)(?=\s)/gu;

/** "Berlin, Germany", "Palo Alto, CA", "Remote": a place, not an employer. */
export function isPlace(part: string): boolean {
  if (PLACE_WORD.test(part.trim())) return true;
  const pieces = part.split(/\s*,\s*/);
  if (pieces.length < 2 || pieces.length > 4) return false;
  // "Jerez de la Frontera", "Frankfurt am Main": the small words inside a place's name are not counted.
  const named = pieces.every((p) =>
    /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}?[\p{L}.'-]*){0,2}$/u.test(p.replace(PARTICLES, ' ')),
  );
  // "Denver, CO", "Boise, IN": a state's two capitals after the city are no company ("Co") or word.
  const words = STATE_CODE.test(pieces.at(-1)!) ? pieces.slice(0, -1).join(', ') : part;
  return named && roleScore(words, TITLE_WORDS) === 0 && roleScore(words, ORGANISATION_WORDS) === 0;
}

/**
 * "Graz", "Palo Alto": a city-like name of one to three capitalised words, no organisation word in
 * it; an acronym ("(AIS)") names the employer, not a place.
 */
export const cityLike = (text: string) =>
  /^\p{Lu}\p{Ll}[\p{L}.'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}.'’-]*){0,2}$/u.test(text.trim()) &&
  roleScore(text, ORGANISATION_WORDS) === 0;

/**
 * "Brackley Tech, Dayton, OH", "Harwick State, Columbus, OH": a name, its town and the state's code.
 * It reads like a place of three pieces, but a place names its state once: the first piece is a name.
 */
export const nameBeforePlace = (text: string) => {
  const pieces = text.split(/\s*,\s*/);
  return pieces.length === 3 && STATE_CODE.test(pieces[2]!) && !STATE_CODE.test(pieces[1]!);
};
