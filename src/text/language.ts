/**
 * The language a text is written in, from its function words: every sentence of a language uses
 * its articles and prepositions whatever the topic, so their count tells German from French in a
 * few lines. A text decides its own language when it holds at least MIN_OWN_HITS distinct function
 * words of one language and more than of any other; a shorter or mixed one (a heading with two
 * lines, a skills list of nouns, two talk titles) is undetermined, and a passage then takes its
 * document's language, read the same way over the whole document (English when even that is
 * undetermined). A question's language is read from its question and cue words instead
 * (questionLanguage.ts).
 */
import languageWords from './languageWords.json' with { type: 'json' };
import { headingLanguages } from './sectionHeadings.js';
import termWords from './termWords.json' with { type: 'json' };

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt'] as const;
export type TextLanguage = (typeof LANGUAGES)[number];
export type OtherLanguage = Exclude<TextLanguage, 'en'>;

const asking = languageWords.asking as Readonly<Record<OtherLanguage, readonly string[]>>;

const FUNCTION_WORDS: ReadonlyMap<TextLanguage, ReadonlySet<string>> = new Map(
  LANGUAGES.map((language) => [language, new Set(languageWords.function[language])]),
);

/**
 * The words a question is asked with, per language: function words and question words (in English,
 * its stop words). Dropped from a question in that language before it is searched.
 */
export const QUESTION_WORDS: ReadonlyMap<TextLanguage, ReadonlySet<string>> = new Map(
  LANGUAGES.map((language) => [
    language,
    new Set([...languageWords.function[language], ...(language === 'en' ? termWords.stopwords : asking[language])]),
  ]),
);

/** Distinct function words of one language a text needs to decide its own language. */
const MIN_OWN_HITS = 3;

type WordLists = ReadonlyMap<TextLanguage, ReadonlySet<string>>;

/** Each word of the lists → the languages listing it: one lookup a word instead of one a language. */
const languagesOfWord = new WeakMap<WordLists, ReadonlyMap<string, readonly TextLanguage[]>>();

function wordLanguages(words: WordLists): ReadonlyMap<string, readonly TextLanguage[]> {
  let byWord = languagesOfWord.get(words);
  if (!byWord) {
    const built = new Map<string, TextLanguage[]>();
    for (const [language, known] of words)
      for (const word of known) built.set(word, [...(built.get(word) ?? []), language]);
    languagesOfWord.set(words, built);
    byWord = built;
  }
  return byWord;
}

/** A run of non-space characters that is an address: it holds ":", "@", "www." or ".com". */
const ADDRESS_MARK = /[:@]|www\.|\.com/u;

/** The run of non-space characters around each address mark, as one space (runs without a mark stay). */
function withoutAddressRuns(text: string): string {
  // Tested first: most passages hold no mark, and a pattern looking for one inside each run costs
  // the run's length squared.
  if (!ADDRESS_MARK.test(text)) return text;
  return text.replace(/\S+/gu, (run) => (ADDRESS_MARK.test(run) ? ' ' : run));
}

const ASCII = /^[\x00-\x7f]*$/;

/** a-z, ' and -: what the word pattern below keeps of lower-case ASCII. */
const isWordCode = (c: number) => (c >= 0x61 && c <= 0x7a) || c === 0x27 || c === 0x2d;

/** The words of `prose` (lower case) as runs of letters, apostrophes and hyphens, each given to `visit`. */
function eachWord(prose: string, visit: (word: string) => void, longest: number): void {
  if (!ASCII.test(prose)) {
    for (const word of prose.split(/[^\p{L}'’-]+/u)) if (word !== '') visit(word);
    return;
  }
  // Lower-case ASCII, by character code: the same runs (a-z, ' and -), and a run longer than every
  // listed word is skipped unsliced (most of a passage's words are no function word).
  const n = prose.length;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && isWordCode(prose.charCodeAt(j))) j++;
    if (j > i && j - i <= longest) visit(prose.slice(i, j));
    i = j + 1;
  }
}

/** The longest word of each list set, so a longer run of letters is never looked up. */
const longestOf = new WeakMap<WordLists, number>();

/** The distinct function words of any of the five languages `text` holds. */
export function functionWordsOf(text: string): ReadonlySet<string> {
  // Addresses are full of short words of no language (".com", "/en/").
  const prose = withoutAddressRuns(text.toLowerCase());
  const byWord = wordLanguages(FUNCTION_WORDS);
  let longest = longestOf.get(FUNCTION_WORDS);
  if (longest === undefined)
    longestOf.set(FUNCTION_WORDS, (longest = Math.max(...[...byWord.keys()].map((w) => w.length))));
  // Distinct words: a name that spells one ("Uma", "Del") may repeat through a whole profile.
  const found = new Set<string>();
  eachWord(
    prose,
    (word) => {
      if (byWord.has(word)) found.add(word);
    },
    longest,
  );
  return found;
}

/** How many of `words` (distinct function words) each language lists, in LANGUAGES order. */
function countsOf(words: Iterable<string>): number[] {
  const counts = LANGUAGES.map(() => 0);
  const byWord = wordLanguages(FUNCTION_WORDS);
  for (const word of words) for (const language of byWord.get(word) ?? []) counts[LANGUAGES.indexOf(language)]!++;
  return counts;
}

/** The language with the most evidence, if it has `minHits` and more than any other; undefined when none does. */
function clearLeader(counts: readonly number[], minHits: number): TextLanguage | undefined {
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i]! > counts[best]!) best = i;
  const tied = counts.some((count, i) => i !== best && count === counts[best]);
  return counts[best]! < minHits || tied ? undefined : LANGUAGES[best]!;
}

/** The language of a text whose distinct function words are `words`, or undefined when they are too few or too mixed. */
export function languageOfFunctionWords(words: ReadonlySet<string>): TextLanguage | undefined {
  return words.size < MIN_OWN_HITS ? undefined : clearLeader(countsOf(words), MIN_OWN_HITS);
}

/** The language `text` is clearly written in, or undefined when it is too short or too mixed to tell. */
export function ownLanguage(text: string): TextLanguage | undefined {
  return languageOfFunctionWords(functionWordsOf(text));
}

/** Noun endings only one language writes, as one pattern each (a word of four letters or more before it). */
const ENDINGS: readonly (readonly [TextLanguage, RegExp])[] = Object.entries(
  languageWords.endings as Readonly<Record<string, readonly string[]>>,
).map(([language, endings]) => [language as TextLanguage, new RegExp(`^\\p{L}{4,}(?:${endings.join('|')})$`, 'u')]);

/** How much of a document's text its noun endings are read from: a CV's worth, whatever the file's size. */
const ENDINGS_READ = 32_768;

/** A section heading weighs this many function words: a CV's headings are written in its language. */
const HEADING_WEIGHT = 2;

/** What a document's language is read from: what its passages hold, gathered once as they are read. */
export interface DocumentEvidence {
  /** The distinct function words of all its text. */
  readonly functionWords: Iterable<string>;
  /** Its section headings as written (each distinct one counted once). */
  readonly headings: Iterable<string>;
  /** Its text, read (its first ENDINGS_READ characters) only when the above leave the language undecided. */
  readonly text: () => string;
}

/**
 * A whole document's language: what a passage of it too short or mixed to tell its own is read
 * as. Its evidence is what each language has of its distinct function words and of its section
 * headings ("Berufserfahrung", "Habilidades", each weighing HEADING_WEIGHT), since a CV of lists
 * says little else; when that leaves it undecided (Spanish and Portuguese share "Experiencia" and
 * "Habilidades"), its distinct nouns of an ending only one language writes too ("Preparación",
 * "Fiscalização", "Wartung"). English when no language has MIN_OWN_HITS of it and more than any other.
 */
export function documentLanguageOf(evidence: DocumentEvidence): TextLanguage {
  const counts = countsOf(new Set(evidence.functionWords));
  const headings = new Set<string>();
  for (const heading of evidence.headings) {
    const key = heading.trim().toLowerCase();
    if (headings.has(key)) continue;
    headings.add(key);
    for (const language of headingLanguages(heading))
      if (isTextLanguage(language)) counts[LANGUAGES.indexOf(language)]! += HEADING_WEIGHT;
  }
  const decided = clearLeader(counts, MIN_OWN_HITS);
  if (decided) return decided;
  const seen = new Set<string>();
  for (const word of evidence
    .text()
    .slice(0, ENDINGS_READ)
    .toLowerCase()
    .split(/[^\p{L}]+/u)) {
    if (word.length < 7 || seen.has(word)) continue;
    seen.add(word);
    for (const [language, ending] of ENDINGS) if (ending.test(word)) counts[LANGUAGES.indexOf(language)]!++;
  }
  return clearLeader(counts, MIN_OWN_HITS) ?? 'en';
}

/** `documentLanguageOf` a whole text, its headings being its lines that name a CV section. */
export function documentLanguage(text: string): TextLanguage {
  return documentLanguageOf({ functionWords: functionWordsOf(text), headings: text.split('\n'), text: () => text });
}

/** A passage's language: its own when it tells it, else its document's (English when not given). */
export function detectLanguage(text: string, documentLanguage: TextLanguage = 'en'): TextLanguage {
  return ownLanguage(text) ?? documentLanguage;
}

/** Whether `value` is one of the five languages (as stored with a document). */
export function isTextLanguage(value: unknown): value is TextLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
