/**
 * The words of a text, each with where it sits in the original string. Every consumer that looks
 * for words (index terms, query plans, who-knows lines, quotes) reads them from here, so a word is
 * the same word everywhere, and a match found in a line can be shown in that line.
 *
 * Words are read from the text lower-cased and NFKC-normalised (`Ｃ＋＋` is `c++`, `ﬁnance` is
 * `finance`); offsets always point into the string as given, so `text.slice(start, end)` is the
 * word as written there.
 */

export interface WordToken {
  /** The word lower-cased and NFKC-normalised, without sentence punctuation stuck to it (a leading dot, a possessive 's). */
  readonly word: string;
  /** UTF-16 offsets in the original text: `text.slice(start, end)` is the word as written. */
  readonly start: number;
  readonly end: number;
}

/**
 * How words join. `terms` (index terms): a slash joins, so `CI/CD`, `S/390` and `PL/1` are one word
 * with parts. `written` (who-knows): a slash separates (`puppet/salt` is two tools). Both keep
 * symbol suffixes (`c++`, `c#`) and dots, hyphens, apostrophes and `&` inside a word (`node.js`,
 * `e-mail`, `R&D`, which is not the language R).
 */
export type WordShape = 'terms' | 'written';

const PATTERNS: Record<WordShape, RegExp> = {
  terms: /\.?[\p{L}\p{N}]+(?:[+#]+(?![\p{L}\p{N}])|(?:[./\-'’&][\p{L}\p{N}]+)*)/gu,
  written: /\.?[\p{L}\p{N}]+(?:[+#]+(?![\p{L}\p{N}])|(?:[.\-'’&][\p{L}\p{N}]+)*)/gu,
};

const ASCII = /^[\x00-\x7f]*$/;
/** One character as normalisation sees it: a code point and the combining marks that follow it. */
const SEGMENT = /.\p{M}*/gsu;

/** Trademark signs would otherwise become letters under NFKC (`ScrumMaster™` → `scrummastertm`); one UTF-16 unit each, so offsets hold. */
function withoutTrademarks(text: string): string {
  return text.replace(/[™®©]/g, ' ');
}

function normalised(text: string): string {
  // ASCII is its own NFKC form and holds no trademark sign: most profile text is, so skip both.
  if (ASCII.test(text)) return text.toLowerCase();
  return withoutTrademarks(text).normalize('NFKC').toLowerCase();
}

/** Maps offsets in `normalised(text)` back to `text`: where the unit at `i` starts, where the unit before `i` ends. */
interface Origin {
  startOf(i: number): number;
  endOf(i: number): number;
}

/**
 * Where each unit of `normalised(text)` came from. Character by character (a code point with its
 * combining marks) when that gives the whole text's length, which is all but a few scripts whose
 * normalisation joins separate characters (half-width kana with a separate voicing mark): there,
 * by searching for the shortest prefix of the text that normalises to as many units.
 */
function originOf(text: string, normal: string): Origin {
  if (ASCII.test(text)) return { startOf: (i) => i, endOf: (i) => i };
  const segments = [...withoutTrademarks(text).matchAll(SEGMENT)].map(([segment]) => segment);
  const lengths = segments.map((segment) =>
    segment.length === 1 && segment.charCodeAt(0) < 0x80 ? 1 : segment.normalize('NFKC').toLowerCase().length,
  );
  if (lengths.reduce((sum, length) => sum + length, 0) === normal.length) {
    const starts = new Int32Array(normal.length + 1);
    const ends = new Int32Array(normal.length + 1);
    let at = 0;
    let filled = 0;
    segments.forEach((segment, k) => {
      for (let unit = 0; unit < lengths[k]!; unit++, filled++) {
        starts[filled] = at;
        ends[filled + 1] = at + segment.length;
      }
      at += segment.length;
    });
    starts[normal.length] = text.length;
    return { startOf: (i) => starts[i]!, endOf: (i) => ends[i]! };
  }
  const prefixLength = (end: number) => normalised(text.slice(0, end)).length;
  /** The largest prefix (by code point) whose normalised length stays within `units`. */
  const longestWithin = (units: number): number => {
    let low = 0;
    let high = text.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (prefixLength(mid) <= units) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  /** The shortest prefix whose normalised length reaches `units` (a word inside one character's expansion, `½` → `1⁄2`, ends after it). */
  const shortestReaching = (units: number): number => {
    let low = 0;
    let high = text.length;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (prefixLength(mid) >= units) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  const insidePair = (i: number) => i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]!);
  return {
    startOf: (i) => (insidePair(longestWithin(i)) ? longestWithin(i) - 1 : longestWithin(i)),
    endOf: (i) => {
      const end = Math.max(longestWithin(i), shortestReaching(i));
      return insidePair(end) ? end + 1 : end;
    },
  };
}

/** `.net` keeps its dot as part of the name; any other leading dot is sentence punctuation. A possessive 's is not part of the word. */
function trimmed(word: string): { word: string; lead: number; tail: number } {
  const lead = word.startsWith('.') && word !== '.net' ? 1 : 0;
  const bare = lead ? word.slice(1) : word;
  const tail = /['’]s$/.test(bare) ? 2 : 0;
  return { word: tail ? bare.slice(0, -tail) : bare, lead, tail };
}

/** The words of `text` (normalised), in order, without offsets: the hot path of indexing. */
export function scanWords(text: string, shape: WordShape): string[] {
  // ASCII text (most of a profile) is scanned by character code: the same words as PATTERNS, at a
  // fraction of a Unicode regular expression's cost.
  if (ASCII.test(text)) return asciiWords(text.toLowerCase(), shape === 'terms' ? TERM_JOINERS : WRITTEN_JOINERS);
  const normal = normalised(text);
  // A sticky copy per call would cost more than the scan of a short line: reuse the pattern, resetting it (the loop runs to the end, nothing else can touch it meanwhile).
  const pattern = PATTERNS[shape];
  pattern.lastIndex = 0;
  const words: string[] = [];
  for (let match = pattern.exec(normal); match !== null; match = pattern.exec(normal))
    words.push(trimmedWord(match[0]));
  return words;
}

/** [a-z0-9]: a letter or digit of lower-cased ASCII text. */
const isAlnum = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
const isSuffix = (c: number) => c === 0x2b || c === 0x23; // + #
/** The ASCII characters that join a word's parts in each shape (see PATTERNS): . / - ' & and . - ' &. */
const TERM_JOINERS = new Set([0x2e, 0x2f, 0x2d, 0x27, 0x26]);
const WRITTEN_JOINERS = new Set([0x2e, 0x2d, 0x27, 0x26]);

/**
 * PATTERNS over lower-cased ASCII, by hand: an optional leading dot, a run of letters and digits,
 * then either a run of `+`/`#` not followed by a letter or digit (backing off one when it is), or
 * any number of joiner-and-run parts.
 */
function asciiWords(text: string, joiners: ReadonlySet<number>): string[] {
  const words: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let j: number;
    if (isAlnum(c)) j = i + 1;
    else if (c === 0x2e && i + 1 < n && isAlnum(text.charCodeAt(i + 1))) j = i + 2;
    else {
      i++;
      continue;
    }
    while (j < n && isAlnum(text.charCodeAt(j))) j++;
    let k = j;
    while (k < n && isSuffix(text.charCodeAt(k))) k++;
    let end = -1;
    if (k > j) {
      if (k === n || !isAlnum(text.charCodeAt(k))) end = k;
      else if (k - j >= 2) end = k - 1;
    }
    if (end < 0) {
      end = j;
      while (end + 1 < n && joiners.has(text.charCodeAt(end)) && isAlnum(text.charCodeAt(end + 1))) {
        end += 2;
        while (end < n && isAlnum(text.charCodeAt(end))) end++;
      }
    }
    words.push(trimmedWord(text.slice(i, end)));
    i = end;
  }
  return words;
}

/** `trimmed(word).word`, without the offsets: most words have neither a leading dot nor a possessive. */
function trimmedWord(word: string): string {
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  // Only a word starting with "." or ending in "s" can lose anything.
  if (first !== 0x2e && last !== 0x73) return word;
  return trimmed(word).word;
}

/** The words of `text` with their offsets in `text`. The same words as `scanWords`, always. */
export function wordTokens(text: string, shape: WordShape): WordToken[] {
  const normal = normalised(text);
  const matches = [...normal.matchAll(PATTERNS[shape])];
  if (matches.length === 0) return [];
  const origin = originOf(text, normal);
  return matches.map((match) => {
    const { word, lead } = trimmed(match[0]);
    const start = match.index + lead;
    return { word, start: origin.startOf(start), end: origin.endOf(start + word.length) };
  });
}

/**
 * A French or Italian elided article or pronoun before a word ("d'allemand", "l'anglais",
 * "qu'il", "dell'inglese"): the word after the apostrophe is the word.
 */
const ELIDED = /^(?:[cdjlmnst]|qu|dell|nell|all|sull|dall|un)['’](?=\p{L}{2})/u;

/** What writtenForm drops or cuts at: a word without one is its own written form. */
const JOIN_MARK = /[.\-'’]/;

/**
 * A word as who-knows compares it: an elided article off (`d'allemand` → `allemand`), joining dots,
 * hyphens and apostrophes dropped (`Node.js` → `nodejs`, `Go-ahead` → `goahead`); `.net` and `c++` kept.
 */
export function writtenForm(word: string): string {
  // Both replacements need one of these marks, which most words lack: one test spares two patterns a word.
  if (word === '.net' || !JOIN_MARK.test(word)) return word;
  return word.replace(ELIDED, '').replace(/[.\-'’]/g, '');
}

/** Quick test for a hyphen between two capitalised parts, one of the joins `withNamedParts` opens. */
const CAPITAL_JOIN = /\p{Lu}[\p{L}\p{N}]*-\p{Lu}/u;

/**
 * Words that, joined after a name, say what it is built on or with ("Java-based", "Kotlin-basierte",
 * "Rust-powered", "cloud-native"): the name before them is named too, in any case.
 */
const BUILT_ON = String.raw`(?:based|basiert[a-z]*|driven|powered|backed|native|enabled|centric|compatible|certified)`;
const BUILT_ON_PART = new RegExp(`^${BUILT_ON}$`, 'i');
const BUILT_ON_JOIN = new RegExp(String.raw`[\p{L}\p{N}]-${BUILT_ON}(?![\p{L}\p{N}])`, 'iu');

/** Whether `text` may hold a join `withNamedParts` opens. */
const mayOpenJoins = (text: string) =>
  // Both joins hold a hyphen: most lines have none, and the test spares two Unicode patterns per line.
  text.includes('-') && (CAPITAL_JOIN.test(text) || BUILT_ON_JOIN.test(text));

/**
 * A hyphenated compound whose every part is written as a name ("JAVA-Toolkit", "Spring-Boot",
 * "Node-RED"), or a name joined to a word saying what is built on it ("Java-based"), names each
 * part too: its parts follow the joined word, each with its own offsets. Any other lower-case
 * join ("go-ahead", "e-mail", "Go-ahead") stays one word.
 */
function withNamedParts(text: string, tokens: WordToken[]): WordToken[] {
  const out: WordToken[] = [];
  for (const token of tokens) {
    out.push(token);
    const written = text.slice(token.start, token.end);
    if (!written.includes('-')) continue;
    const parts = written.split('-');
    const named = parts.every((part) => /^\p{Lu}[\p{L}\p{N}]*$/u.test(part));
    const builtOn = parts.length === 2 && BUILT_ON_PART.test(parts[1]!) && /^[\p{L}\p{N}]+$/u.test(parts[0]!);
    if (parts.length < 2 || !(named || builtOn)) continue;
    let at = token.start;
    for (const part of parts) {
      out.push({ word: normalised(part), start: at, end: at + part.length });
      at += part.length + 1;
    }
  }
  return out;
}

/**
 * Words as written, canonical: `Node.js` → `nodejs`, `Go-ahead` → `goahead`, `C++` → `c++`,
 * `puppet/salt` → `puppet`, `salt`; `JAVA-Toolkit` → `javatoolkit`, `java`, `toolkit`;
 * `java-based` → `javabased`, `java`, `based`.
 */
export function writtenWords(text: string): string[] {
  if (mayOpenJoins(text)) return writtenWordTokens(text).map((token) => token.word);
  return scanWords(text, 'written').map(writtenForm);
}

/** `writtenWords` with offsets. */
export function writtenWordTokens(text: string): WordToken[] {
  const tokens = wordTokens(text, 'written').map((token) => ({ ...token, word: writtenForm(token.word) }));
  return mayOpenJoins(text) ? withNamedParts(text, tokens) : tokens;
}
