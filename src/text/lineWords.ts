/**
 * A profile line's words as who-knows reads them, and the keys its word postings are filed under.
 * Here, in the text module, so the index can post them when it writes a segment and retrieval can
 * look them up with the same rules, neither importing the other.
 */
import { stemmed } from './terms.js';
import { writtenWords } from './words.js';

/** Words this long or longer may differ by inflection (`databases` finds `database`); shorter ones never. */
export const MIN_INFLECTED_LENGTH = 4;

/** Matches wherever one of the replacements below could: a line without a match has no address. */
const MAYBE_ADDRESS = /\]\(|src|href|https?:|www\.|\.(?:png|jpe?g|gif|svg|webp|ico|bmp|php|html?|aspx?|jsp)\b/i;

/**
 * Text that is an address, not prose: URLs, link targets, HTML src/href values, file names of
 * images and pages (`profile.php`, `go.png`). A skill named only there is no evidence. Addresses
 * are blanked, not cut out, so the words left keep their offsets in the line.
 */
export function withoutAddresses(line: string): string {
  // Most lines hold no address: one test instead of four replacements (who-knows runs this on every matched line).
  if (!MAYBE_ADDRESS.test(line)) return line;
  const blank = (address: string) => ' '.repeat(address.length);
  return line
    .replace(/\]\([^)]*\)/g, (link) => `]${blank(link.slice(1))}`)
    .replace(/\b(?:src|href)\s*=\s*(?:"[^"]*"|'[^']*')/gi, blank)
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, blank)
    .replace(/\S+\.(?:png|jpe?g|gif|svg|webp|ico|bmp|php|html?|aspx?|jsp)\b\S*/gi, blank);
}

/** A line's words as who-knows reads them: link targets and file names are never evidence. */
export function lineWordsOf(line: string): string[] {
  return writtenWords(withoutAddresses(line));
}

/**
 * The key a word is posted under: words that the skill matcher treats as one (`databases` and
 * `database`) share a key, so a posting lookup finds exactly the lines the line-by-line match
 * would accept, and a few more that it then turns down.
 */
export function wordKey(word: string): string {
  return word.length >= MIN_INFLECTED_LENGTH && /^[a-z]+$/.test(word) ? `s:${stemmed(word)}` : `w:${word}`;
}
