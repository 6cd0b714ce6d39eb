/**
 * The clean-up every converted document's text gets before it is saved, chunked and cited (see
 * formats/readFormat.ts): what a converter leaves that no reader of the typeset CV would see, and
 * that keeps a word from being found. Line by line, so a line never joins another and never goes
 * (a line may turn blank when all it held was TeX residue): line numbers, PDF pages and the
 * file-aligned lines of LaTeX and HTML stay as they were. Cleaning clean text changes nothing.
 *
 * Markdown and plain text are not cleaned: their citations quote the file's own bytes.
 */

/** Spacing accents a PDF's text layer gives as a glyph of their own, and the mark each stands for. */
const SPACING_ACCENTS: Readonly<Record<string, string>> = {
  '\u02DC': '\u0303', // ˜ tilde
  '\u00B4': '\u0301', // ´ acute
  '\u0060': '\u0300', // ` grave
  '\u00A8': '\u0308', // ¨ diaeresis
  '\u02C6': '\u0302', // ˆ circumflex
  '\u02C7': '\u030C', // ˇ caron
  '\u00B8': '\u0327', // ¸ cedilla
  '\u02DA': '\u030A', // ˚ ring (å, ů)
  '\u02DD': '\u030B', // ˝ double acute (ő, ű)
  '\u02D8': '\u0306', // ˘ breve (ă, ğ)
  '\u02D9': '\u0307', // ˙ dot above (ż, ė)
  '\u02DB': '\u0328', // ˛ ogonek (ą, ę)
  '\u00AF': '\u0304', // ¯ macron (ā, ō)
};

/**
 * The letters each accent may sit on here. Narrower than Unicode allows on purpose: `´` also
 * serves as an apostrophe ("it´s") and `` ` `` as a code quote, and "its" must not become "itś".
 * Acute on a consonant (Polish ń, ś, ć, ź) is allowed only inside a word (see `composeAccents`).
 */
const VOWELS = 'aeiouyAEIOUYı';
const TARGETS: Readonly<Record<string, string>> = {
  '\u0303': `${VOWELS}nN`,
  '\u0301': `${VOWELS}cnszCNSZ`,
  '\u0300': VOWELS,
  '\u0308': VOWELS,
  '\u0302': VOWELS,
  '\u030C': 'cszrendtCSZRENDT',
  '\u0327': 'cstCST',
  '\u030A': 'aAuU',
  '\u030B': 'oOuU',
  '\u0306': 'agAGu',
  '\u0307': 'zZeEgIC',
  '\u0328': 'aeAE',
  '\u0304': 'aeiouAEIOU',
};
const CONSONANT_ACUTE = 'cnszCNSZ';

const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/** Typographic ligatures (ﬁ, ﬂ, ﬀ …) as their letters, so a word set with one is found. */
export function splitLigatures(text: string): string {
  return text.replace(/[\uFB00-\uFB06]/g, (ligature) => LIGATURES[ligature] ?? ligature);
}

/**
 * Characters that take no space: zero-width space, non-joiner, joiner, word joiner, BOM, and the
 * soft hyphen (a PDF's "pro­gramming" is "programming"). A joiner between two emoji is kept: it
 * is part of the one emoji they make.
 */
const INVISIBLE =
  /[\u00AD\u200B\u200C\u2060\uFEFF]|(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/**
 * A letter, but not a modifier letter: Unicode counts the spacing circumflex and caron (U+02C6,
 * U+02C7) as letters, and here they are accents waiting for one.
 */
const L = String.raw`[^\P{L}\u02B0-\u02FF]`;
const LETTER_ONLY = new RegExp(`^${L}$`, 'u');
const isLetter = (char: string | undefined): boolean => char !== undefined && LETTER_ONLY.test(char);
const COMBINING = /^\p{M}$/u;
/** The first character of a letter and the marks it carries (one unit while accents are placed). */
const firstOf = (unit: string | undefined): string | undefined =>
  unit === undefined ? undefined : String.fromCodePoint(unit.codePointAt(0)!);
/** A letter or an accent that may yet become one: what a word is made of while accents are placed. */
const inLetters = (char: string | undefined): boolean =>
  isLetter(char) || (char !== undefined && char in SPACING_ACCENTS);

/** `letter` with `mark` as one character, or undefined when Unicode has no such character. */
function composed(letter: string, mark: string): string | undefined {
  if (!TARGETS[mark]!.includes(letter)) return undefined;
  // A PDF writes "´ı" for í: the accent replaces the dot.
  const result = `${letter === 'ı' ? 'i' : letter}${mark}`.normalize('NFC');
  return [...result].length === 1 ? result : undefined;
}

/**
 * "Dise˜no" → "Diseño", "Ingenier´ıa" → "Ingeniería", "Fran¸cais" → "Français", "e´" → "é".
 * An accent goes on the letter after it (how TeX-made PDFs order them); failing that, on the letter
 * before it when it ends a word (or is a cedilla, which hangs below the letter before it).
 */
function composeAccents(line: string): string {
  const chars = [...line];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const mark = SPACING_ACCENTS[char];
    if (!mark) {
      // A combining mark joins the letter before it, so that `before` below is that letter whether
      // the mark was composed yet or not: cleaning clean text again must change nothing.
      const last = out.length - 1;
      if (COMBINING.test(char) && isLetter(firstOf(out[last]))) out[last] = `${out[last]}${char}`.normalize('NFC');
      else out.push(char);
      continue;
    }
    const before = out.at(-1);
    const next = chars[i + 1];
    const after = chars[i + 2];
    const inWord = isLetter(firstOf(before)) && inLetters(after);
    // A backtick starting a word is a code or quote mark unless the word is the one letter ("`a" → "à").
    const graveOpens = char !== '`' || isLetter(before) || (!inLetters(after) && after !== '`');
    const consonantOk = mark !== '\u0301' || !CONSONANT_ACUTE.includes(next ?? '') || inWord;
    const forward = next !== undefined && graveOpens && consonantOk ? composed(next, mark) : undefined;
    if (forward) {
      out.push(forward);
      i++;
      continue;
    }
    const endsWord = !inLetters(next);
    // Never a backtick: it closes code ("`foo`") far more often than it follows a letter it accents.
    const mayTakeBack = before !== undefined && char !== '`' && (endsWord || mark === '\u0327');
    const backward =
      mayTakeBack && !(mark === '\u0301' && CONSONANT_ACUTE.includes(before)) ? composed(before, mark) : undefined;
    if (backward) out[out.length - 1] = backward;
    else out.push(char);
  }
  return out.join('');
}

/**
 * The typeset logos: TeX raises the A and lowers the E, and a PDF's text layer reads them apart
 * ("L A TEX", "T E X"). Written together ("LATEX") the word may be a capitalised heading, so left.
 */
function joinLogos(line: string): string {
  return line
    .replace(/(?<![\p{L}\p{N}])L ?A ?T ?E ?X(?![\p{L}\p{N}])/gu, (logo) => (logo.includes(' ') ? 'LaTeX' : logo))
    .replace(/(?<![\p{L}\p{N}])T ?E ?X(?![\p{L}\p{N}])/gu, (logo) => (logo.includes(' ') ? 'TeX' : logo));
}

/** A letter with its combining marks; single letters set one space apart, three or more of them. */
const LETTER = String.raw`[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]\p{M}*`;
const SPACED = new RegExp(String.raw`(?<!${L}|[\p{M}\p{N}])${LETTER}(?: ${LETTER}){2,}(?!${L}|[\p{M}\p{N}])`, 'gu');

/**
 * "E X P E R I E N C E" → "EXPERIENCE": letter-spaced headings and names. A run of three or more
 * single letters one space apart is one word when its case reads as a word's (all capitals, all
 * small, or a capital then small letters); "a B c" is left. Only in the alphabets that letter-space
 * words (Latin, Greek, Cyrillic): a table of Hebrew or Thai letters is a table. Wider gaps between such runs stay: they
 * are the spaces between words ("J O H N   D O E" → "JOHN   DOE").
 */
function joinLetterSpaced(line: string): string {
  return line.replace(SPACED, (run) => {
    const word = run.replace(/ /g, '');
    const tail = [...word].slice(1).join('');
    const readsAsWord = word === word.toUpperCase() || word === word.toLowerCase() || tail === tail.toLowerCase();
    return readsAsWord ? word : run;
  });
}

const UNIT = '(?:pt|cm|mm|in|em|ex|bp|sp|pc|dd|cc)';
const NUMBER = String.raw`-?(?:\d+\.?\d*|\.\d+)`;
/** A TeX length: "0pt", "-1 true cm", "1.5em"; after "true" the unit may run into the next word. */
const LENGTH = String.raw`${NUMBER}\s*(?:true\s*${UNIT}|${UNIT}\b)`;
/** A length that may stretch and shrink: "1ex plus 0.5ex minus 0.2ex", "0pt plus 1fil". */
const STRETCH = String.raw`${NUMBER}\s*(?:fil{1,3}\b|true\s*${UNIT}|${UNIT}\b)`;
const GLUE = String.raw`${LENGTH}(?:\s*plus\s*${STRETCH})?(?:\s*minus\s*${STRETCH})?`;
/** A brace group up to two levels deep: macro bodies in converted text are short. */
const GROUP = String.raw`\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}`;
const MACRO = String.raw`\\[A-Za-z@]+`;
const MACRO_DEFINITIONS = new RegExp(
  [
    // \def\name#1{body}, \gdef, \edef, \xdef
    String.raw`\\[gex]?def\s*${MACRO}[^{]{0,20}${GROUP}`,
    // \newcommand{\name}[1][x]{body}, \renewcommand*\name{body}, \providecommand
    String.raw`\\(?:re)?newcommand\*?\s*(?:${GROUP}|${MACRO})(?:\s*\[[^\]]*\]){0,2}\s*${GROUP}`,
    String.raw`\\providecommand\*?\s*(?:${GROUP}|${MACRO})(?:\s*\[[^\]]*\]){0,2}\s*${GROUP}`,
    // \let\a\b, \let\a=\b
    String.raw`\\let\s*${MACRO}\s*=?\s*(?:${MACRO}|\S)`,
    // \setlength{\parindent}{0pt}, \addtolength, \setcounter{secnumdepth}{0}
    String.raw`\\(?:setlength|addtolength|setcounter|addtocounter)\s*(?:${GROUP}|${MACRO})\s*${GROUP}`,
    // \parindent=0pt, \hoffset=-1 true cm, \parskip=1ex plus 0.5ex, \tolerance=1000
    String.raw`${MACRO}\s*=\s*(?:${GLUE}|${NUMBER})`,
  ].join('|'),
  'gu',
);
/**
 * What a reader leaves of a TeX assignment whose command it dropped: "=1 true cm=1". Only after a
 * space or at the start of the line, and with "true" or a unit in it, so "x=1" or "180 cm" in
 * a sentence stay.
 */
const ASSIGNMENT_RESIDUE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:=\s*(?:${GLUE}|${NUMBER}(?:\s*true)?)\s*)+`, 'gu');
const RESIDUE_IS_TEX = new RegExp(String.raw`true|\d\s*${UNIT}\b`);

function withoutTexDefinitions(line: string): string {
  if (!line.includes('\\') && !line.includes('=')) return line;
  const stripped = line
    .replace(MACRO_DEFINITIONS, ' ')
    .replace(ASSIGNMENT_RESIDUE, (run) => (RESIDUE_IS_TEX.test(run) ? ' ' : run));
  if (stripped === line) return line;
  // Where a definition was, no double space or dangling edge is left behind.
  return stripped.replace(/ {2,}/g, ' ').replace(/^ +| +$/g, '');
}

const HAS_ACCENT = /[\u00A8\u00AF\u00B4\u00B8\u0060\u02C6\u02C7\u02D8-\u02DD]/;

/**
 * Anything here can need work; a line without any of it is only normalised. Two plain tests, as a
 * Unicode-aware one over every line cost more than the cleaning: a character to clean, or two
 * one-character words in a row (where a letter-spaced word or logo would start).
 */
const NEEDS_WORK =
  /[\u00A8\u00AD\u00AF\u00B4\u00B8\u0060\u02C6\u02C7\u02D8-\u02DD\u200B-\u200D\u2060\uFEFF\uFB00-\uFB06\\=]/;
const MAY_BE_SPACED = /(?:^| )[^ ] [^ ] /;

/** One line of converted text, cleaned (see the module comment). */
export function cleanLine(line: string): string {
  // Tested composed: "é" written as e + U+0301 is one character, as the joining below counts it.
  const nfc = line.normalize('NFC');
  if (!NEEDS_WORK.test(nfc) && !MAY_BE_SPACED.test(nfc)) return nfc;
  let text = nfc.replace(INVISIBLE, '');
  text = splitLigatures(text);
  text = text.normalize('NFC');
  if (HAS_ACCENT.test(text)) text = composeAccents(text).normalize('NFC');
  // Joining letters can make a macro name ("\T E X=1pt") and removing a macro can bring single
  // letters together: both again until nothing changes (each change shortens the line, so it ends).
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = joinLetterSpaced(joinLogos(withoutTexDefinitions(text)));
  }
  return text;
}

/** Every line cleaned, one for one. */
export function cleanLines(lines: readonly string[]): string[] {
  return lines.map(cleanLine);
}
