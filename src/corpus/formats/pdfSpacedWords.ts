/**
 * Words set with CSS `letter-spacing` (a browser's "S O L V E I G   L I N D Q V I S T"): a browser
 * writes such text a letter at a time, and pdfjs puts one space wherever a letter stands apart,
 * between two letters and between two words alike, or none where kerning draws two letters together
 * ("S O LV E I G L I N D Q V I S T", "BENEDI TA VA RGA", "J O A Q U Í N O S T R A N D E R"). Where
 * the words end is lost on the page; the document itself tells it again: the same words written
 * plainly elsewhere in it (its e-mail address, its title, its other lines). A letter-spaced line
 * whose letters are those words, one after another, is read as them; any other stays as it was.
 */

/** Letters without their accents, in small letters: one character for each letter. */
const foldLetter = (c: string) => c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().slice(0, 1) || c;
const WORD = /\p{L}+/gu;
/** The longest word looked for. */
const MAX_WORD = 30;
/** A line longer than this is running text, not a name or a heading set letter by letter. */
const MAX_LETTERS = 60;

/**
 * Where a letter-spaced line's words may be found, best first: the document's title (a browser
 * writes the page's `<title>` there), then with it the e-mail addresses' local parts (a family name
 * of two words may be one there: "ferreiralobo"), then every other word.
 */
export interface SpacedVocabulary {
  readonly title: ReadonlySet<string>;
  readonly names: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
}

/** An e-mail address's local part, in words ("solveig.lindqvist" → solveig, lindqvist). */
const EMAIL_LOCAL = /([\p{L}\d._%+-]{1,64})@[\w-]+\.[\w.-]+/gu;

const folded = (word: string) => [...word].map(foldLetter).join('');

/**
 * The words of the document's lines (but those set letter by letter), and apart from them the
 * words that name its owner elsewhere: the e-mail addresses' local parts and the document's title.
 */
export function spacedVocabulary(lines: readonly string[], title?: string): SpacedVocabulary {
  const titleWords = new Set<string>();
  const names = new Set<string>();
  const words = new Set<string>();
  const add = (set: Set<string>, text: string) => {
    for (const word of text.match(WORD) ?? []) if (word.length >= 2) set.add(folded(word));
  };
  for (const line of lines) {
    if (line.includes('@'))
      for (const match of line.matchAll(EMAIL_LOCAL)) add(names, match[1]!.replace(/[\d._%+-]+/g, ' '));
    if (!looksSpaced(line)) add(words, line);
  }
  if (title) add(titleWords, title);
  for (const word of titleWords) names.add(word);
  for (const name of names) words.add(name);
  return { title: titleWords, names, words };
}

/** Letters and the spaces pdfjs put among them, nothing else: a name or a heading set letter by letter. */
const SPACED_CHARS = /^[\p{L}\p{M} ]+$/u;

/**
 * Whether a line reads as letter-spaced text: half its pieces or more single letters ("S O LV E I
 * G"), or words in capitals cut where no word ends ("BENEDI TA VA RGA" — told by the vocabulary).
 */
function looksSpaced(text: string): boolean {
  if (!SPACED_CHARS.test(text)) return false;
  const pieces = text.split(' ').filter(Boolean);
  const singles = pieces.filter((piece) => [...piece.normalize('NFC')].length === 1).length;
  return pieces.length >= 4 && singles * 2 >= pieces.length;
}

/** The fewest words of `vocabulary` that make up `letters` exactly, as their end offsets; undefined if none do. */
function segment(letters: string, vocabulary: ReadonlySet<string>): number[] | undefined {
  const best: (number[] | undefined)[] = [[]];
  for (let end = 1; end <= letters.length; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start <= end - 2; start++) {
      const before = best[start];
      if (!before || !vocabulary.has(letters.slice(start, end))) continue;
      if (!best[end] || before.length + 1 < best[end]!.length) best[end] = [...before, end];
    }
  }
  return best[letters.length];
}

/**
 * A letter-spaced line's text with its words found again, or the line as it was. Capitals cut
 * where no word ends ("OSKAR VA RGA") are read again only when some piece is no word of the
 * document and the words found are fewer than the pieces.
 */
export function respaced(text: string, vocabulary: SpacedVocabulary, large: boolean): string {
  if (!SPACED_CHARS.test(text)) return text;
  const pieces = text.split(' ').filter(Boolean);
  const letters = [...pieces.join('').normalize('NFC')];
  if (letters.length < 4 || letters.length > MAX_LETTERS) return text;
  const spaced = looksSpaced(text);
  const cutCapitals =
    large &&
    !spaced &&
    pieces.length >= 2 &&
    text === text.toUpperCase() &&
    pieces.some((piece) => !vocabulary.words.has(folded(piece)));
  if (!spaced && !cutCapitals) return text;
  const key = letters.map(foldLetter).join('');
  const ends = segment(key, vocabulary.title) ?? segment(key, vocabulary.names) ?? segment(key, vocabulary.words);
  if (!ends || (cutCapitals && ends.length >= pieces.length)) return text;
  return ends.map((end, i) => letters.slice(ends[i - 1] ?? 0, end).join('')).join(' ');
}
