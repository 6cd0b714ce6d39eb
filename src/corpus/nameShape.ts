/**
 * What a person's name looks like on a line of a CV, and how to cut it out of the line: the words
 * that never make a name (section, document and job-title words), contact details sharing the line,
 * "James Doe's CV", "CV of Jane Doe", upper case written for emphasis ("JANE DOE" → "Jane Doe").
 */
import { plainText } from '../text/markup.js';

/** Words that title a document rather than name anyone. */
const DOCUMENT_WORD = /^(?:resume|résumé|resumé|cv|c\.v\.|curriculum(?: vitae)?|vitae|bio|biography|portfolio|homepage|home ?page|home|about(?: me)?|index|my|online|personal|page|website|site)$/i;

/** A heading or line made only of document words: "Resume", "Curriculum Vitae", "My CV". */
export function isDocumentTitle(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((word) => DOCUMENT_WORD.test(word.replace(/[:.]+$/, '')) || /^c\.?v\.?$/i.test(word));
}

/** Section titles, document words, joining words and contact labels: any of these and it is no name. */
const NOT_NAME_WORDS = new Set(
  (
    'experience experiences skill skills profile profiles summary education project projects certification certifications certificate certificates ' +
    'interest interests link links contact contacts about employment history work works career careers language languages reference references ' +
    'achievement achievements award awards honor honors honour honours responsibility responsibilities overview qualification qualifications ' +
    'resume résumé resumé cv curriculum vitae biography bio portfolio publication publications presentation presentations talk talks ' +
    'hobby hobbies activity activities volunteer volunteering training courses course coursework objective objectives information details ' +
    'background technical professional academic research teaching membership memberships affiliation affiliations leadership service ' +
    'strength strengths tool tools technology technologies competencies competency expertise accomplishments footer header menu navigation ' +
    'welcome hello contents table index currently specialized specialised selected recent other additional core ' +
    'and or of the for with in at to on by from my our your me a an is am are was this that ' +
    'phone email e-mail mobile tel address location website linkedin github twitter'
  ).split(' '),
);

/** Job titles and role words: "Software Engineer" or "Senior PHP Developer" is never the owner's name. */
const JOB_WORDS = new Set(
  (
    'engineer engineering developer development programmer manager management designer design director consultant analyst architect ' +
    'scientist intern internship student officer specialist administrator admin technician lead executive founder co-founder cofounder ' +
    'ceo cto cfo coo cio vp president chairman professor lecturer researcher teacher tutor assistant associate coordinator senior junior ' +
    'principal staff freelance freelancer contractor devops sre full-stack fullstack frontend front-end backend back-end stack software ' +
    'hardware data web mobile cloud security network systems system translator accountant writer editor artist photographer ' +
    'owner partner advisor adviser expert graduate undergraduate candidate phd msc bsc mba trainee apprentice operator instructor ' +
    'physicist mathematician chemist biologist economist statistician ' +
    'ltd inc corp llc plc gmbh co university college school institute academy company group bank labs lab solutions services studio team'
  ).split(' '),
);

/** Lower-case words that belong inside names: "Ludwig van Beethoven", "Maria de la Cruz". */
const PARTICLES = new Set('van von der den de del della di da das do dos du la le bin binti ibn al el ter ten zu y'.split(' '));

/** "JANE" → "Jane", "O'NEIL" → "O'Neil", "JEAN-LUC" → "Jean-Luc"; mixed case is kept as written. */
function unshout(word: string): string {
  if (word !== word.toUpperCase() || word === word.toLowerCase() || /^\p{Lu}\.?$/u.test(word)) return word;
  return word.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The name when `text` is only a person's name (two to five capitalised words or initials, upper
 * case allowed), written the way a reader would say it; undefined otherwise.
 */
export function asPersonName(text: string): string | undefined {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 5) return undefined;
  let capitalised = 0;
  for (const [i, word] of words.entries()) {
    const bare = word.toLowerCase().replace(/[.,]+$/, '');
    if (NOT_NAME_WORDS.has(bare) || JOB_WORDS.has(bare)) return undefined;
    if (i > 0 && PARTICLES.has(word)) continue;
    // A capital, then letters, apostrophes, hyphens; or an initial ("I.", "J.R.").
    if (!/^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word)) return undefined;
    capitalised++;
  }
  if (capitalised < 2) return undefined;
  // All initials ("J. R.") or one-letter words only is no name.
  if (words.every((word) => /^\p{Lu}\.?$/u.test(word))) return undefined;
  return words.map(unshout).join(' ');
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
  for (const part of text.split(SEGMENT_BREAK)) {
    if (part === undefined || part.trim() === '' || isDocumentTitle(part) || /^(?:full )?name$/i.test(part.trim())) continue;
    const words = part.trim().split(/\s+/);
    const contact = words.findIndex((word) => CONTACT_WORD.test(word));
    // Emoji and other signs beside a name ("Jane Doe 👋") are decoration, not words of it.
    const kept = (contact < 0 ? words : words.slice(0, contact)).filter((word) => /\p{L}/u.test(word));
    return asPersonName(withoutDocumentWords(kept.join(' ')));
  }
  return undefined;
}

/** True when the heading reads as a section title ("Work Experience", "SKILLS") rather than a name or a document title. */
export function isSectionTitle(raw: string): boolean {
  const text = plainText(raw).toLowerCase();
  if (text === '' || isDocumentTitle(text)) return false;
  return text
    .split(/[^\p{L}\p{N}'’-]+/u)
    .some((word) => NOT_NAME_WORDS.has(word) && !/^(?:resume|résumé|resumé|cv|curriculum|vitae)$/.test(word) && !/^(?:and|or|of|the|for|with|in|at|to|on|by|from|my|our|your|me|a|an|is|am|are|was|this|that)$/.test(word));
}
