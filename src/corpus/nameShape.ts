/**
 * What a person's name looks like on a line of a CV, and how to cut it out of the line: the words
 * that never make a name (section, document and job-title words), contact details sharing the line,
 * "James Doe's CV", "CV of Jane Doe", upper case written for emphasis ("JANE DOE" → "Jane Doe").
 */
import { plainText } from '../text/markup.js';
import { sectionOfHeading } from '../text/sectionHeadings.js';
import nameWords from './nameWords.json' with { type: 'json' };
import { caseNameWords, commaInverted, givenNamesFirst } from './nameCase.js';
import { NAME_LABELS, withoutTitles } from './nameTitles.js';

/** Words that title a document rather than name anyone. */
const DOCUMENT_WORD = new RegExp(
  String.raw`^(?:resume|résumé|resumé|cv|c\.v\.|curriculum(?: vitae)?|vitae|vitæ|curr[íi]cul(?:o|um)|lebenslauf` +
    String.raw`|bio|biography|portfolio|homepage|home ?page|home|about(?: me)?|index|my|online|personal|page` +
    String.raw`|website|site)$`,
  'iu',
);

/** Document titles of more than one word whose words alone are no document word: "Hoja de vida". */
const DOCUMENT_PHRASE = /\bhoja\s+de\s+vida\b/giu;

/** A heading or line made only of document words: "Resume", "Curriculum Vitae", "My CV". */
export function isDocumentTitle(text: string): boolean {
  const words = text.trim().replace(DOCUMENT_PHRASE, 'cv').split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.every((word) => DOCUMENT_WORD.test(word.replace(/[:.]+$/, '')) || /^c\.?v\.?$/i.test(word))
  );
}

/** Section titles, document words, joining words and contact labels: any of these and it is no name. */
const NOT_NAME_WORDS = new Set(nameWords.notName);

/** Job titles and role words: "Software Engineer" or "Senior PHP Developer" is never the owner's name. */
const JOB_WORDS = new Set(nameWords.job);

/**
 * Lower-case words that belong inside names: "Ludwig van Beethoven", "Maria de la Cruz". The one
 * list every name reader uses (nameHint.ts, profile/personName.ts).
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(nameWords.particles);

/**
 * The name when `text` is only a person's name (two to five capitalised words or initials, upper
 * case allowed), written the way a reader would say it; undefined otherwise.
 */
export function asPersonName(text: string): string | undefined {
  // "Dr. rer. nat. Katrin Weiß", "Siobhán O'Sullivan FRCS": titles and post-nominals are not the name.
  const words = withoutTitles(text.trim().split(/\s+/).filter(Boolean));
  // "María José de la Cruz Fernández": particles do not count towards the five words.
  const counted = words.filter((word, i) => i === 0 || !NAME_PARTICLES.has(word)).length;
  if (words.length < 2 || counted > 5 || words.length > 8) return undefined;
  // "Berufliche Laufbahn", "Histórico Profissional": a section heading in any of five languages.
  if (sectionOfHeading(text) !== undefined) return undefined;
  let capitalised = 0;
  for (const [i, word] of words.entries()) {
    const bare = word.toLowerCase().replace(/[.,]+$/, '');
    if (NOT_NAME_WORDS.has(bare) || JOB_WORDS.has(bare)) return undefined;
    if (i > 0 && NAME_PARTICLES.has(word)) continue;
    // A capital, then letters, apostrophes, hyphens; or an initial ("I.", "J.R.").
    if (!/^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word)) return undefined;
    capitalised++;
  }
  if (capitalised < 2) return undefined;
  // All initials ("J. R.") or one-letter words only is no name.
  if (words.every((word) => /^\p{Lu}\.?$/u.test(word))) return undefined;
  // "JOÃO DOS SANTOS" → "João dos Santos"; "DUPONT Camille" → "Camille Dupont".
  return caseNameWords(givenNamesFirst(words)).join(' ');
}

/** One capitalised word that could be a given name: no section, document, job or joining word. */
export function isNameWord(word: string): boolean {
  const bare = word.toLowerCase();
  return (
    /^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*$/u.test(word) &&
    !NOT_NAME_WORDS.has(bare) &&
    !JOB_WORDS.has(bare) &&
    !isDocumentTitle(word) &&
    sectionOfHeading(word) === undefined
  );
}

/** A word that starts contact details or other data: an address, a URL, a phone number, a date. */
const CONTACT_WORD = /@|https?:|www\.|\.(?:com|org|net|io|dev|me)\b|\d/i;

/** "Jane Doe's CV" → "Jane Doe"; "CV of Jane Doe" → "Jane Doe"; "Jane Doe Resume" → "Jane Doe". */
function withoutDocumentWords(segment: string): string {
  const words = segment.split(/\s+/).filter(Boolean);
  while (words.length > 0 && isDocumentTitle(words[0]!)) words.shift();
  if (words.length > 0 && /^(?:of|for|by)$/i.test(words[0]!)) words.shift();
  let trailing = false;
  while (words.length > 0 && isDocumentTitle(words[words.length - 1]!)) {
    words.pop();
    trailing = true;
  }
  if (trailing && words.length > 0) words[words.length - 1] = words[words.length - 1]!.replace(/['’]s?$/, '');
  return words.join(' ');
}

/** Separators between a name and what shares its line: "Jane Doe - jane@x.com | Leeds", "Jane Doe, PhD". */
const SEGMENT_BREAK = /\s+[-–—|•·:/]\s+|:\s+|\s*[|•·,;]\s*|\s+[–—]\s*|\s*\([^)]*\)\s*/;

/**
 * The person's name at the start of a heading or line: the first part of the line that is not a
 * document word, cut before contact details. Undefined when that part is not a name.
 */
export function nameAtStartOf(raw: string): string | undefined {
  // "Hi, I'm Jane Doe" / "My name is Jane Doe": the name follows the greeting.
  const text = plainText(raw)
    .replace(/^(?:hi|hello|hey|welcome)\s*[,!.]?\s+/i, '')
    .replace(/^(?:i['’]m|i am|my name is|this is)\s+/i, '');
  if (text === '' || text.length > 200) return undefined;
  // "Müller, Hans-Jürgen | Stuttgart": a family name, a comma, the given names.
  const inverted = commaInverted(text.split(/\s+[-–—|•·/]\s+|\s*[|•·;]\s*/)[0]!);
  const invertedName = inverted && asPersonName(inverted);
  if (invertedName) return invertedName;
  for (const part of text.split(SEGMENT_BREAK)) {
    if (part === undefined || part.trim() === '' || isDocumentTitle(part) || isNameLabel(part)) continue;
    const words = part.trim().split(/\s+/);
    const contact = words.findIndex((word) => CONTACT_WORD.test(word));
    // Emoji and other signs beside a name ("Jane Doe 👋") are decoration, not words of it.
    const kept = (contact < 0 ? words : words.slice(0, contact)).filter((word) => /\p{L}/u.test(word));
    return asPersonName(withoutDocumentWords(kept.join(' ')));
  }
  return undefined;
}

/** "Name", "Nombre", "Vor- und Nachname": the label of a line that gives the name. */
export function isNameLabel(text: string): boolean {
  const folded = text.trim().normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return NAME_LABELS.includes(folded);
}

/** True when the heading reads as a section title ("Work Experience", "SKILLS") rather than a name or a document title. */
export function isSectionTitle(raw: string): boolean {
  const text = plainText(raw).toLowerCase();
  if (text === '' || isDocumentTitle(text)) return false;
  // A heading of the shared five-language map ("Berufliche Laufbahn", "Histórico Profissional").
  if (sectionOfHeading(text) !== undefined) return true;
  return text
    .split(/[^\p{L}\p{N}'’-]+/u)
    .some(
      (word) =>
        NOT_NAME_WORDS.has(word) &&
        !isDocumentTitle(word) &&
        !/^(?:and|or|of|the|for|with|in|at|to|on|by|from|my|our|your|me|a|an|is|am|are|was|this|that)$/.test(word),
    );
}
