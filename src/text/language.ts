/**
 * The language a text is written in, from its function words: every sentence of a language uses
 * its articles and prepositions whatever the topic, so their count tells German from French in a
 * few lines. A passage with too few of them (a skills list, a heading) reads as English, the
 * language whose stemming every passage gets anyway. A question's language is read from its
 * question and cue words instead (questionLanguage.ts).
 */
import languageWords from './languageWords.json' with { type: 'json' };
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

/** Distinct function words a passage needs before it reads as other than English. */
const MIN_PASSAGE_HITS = 3;

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

/** The language whose words `text` uses most, if it has `minHits` of them and clearly more than any other; else English. */
function mostUsed(text: string, words: WordLists, minHits: number): TextLanguage {
  const counts = LANGUAGES.map(() => 0);
  // Addresses are full of short words of no language (".com", "/en/").
  const prose = withoutAddressRuns(text.toLowerCase());
  const byWord = wordLanguages(words);
  let longest = longestOf.get(words);
  if (longest === undefined) longestOf.set(words, (longest = Math.max(...[...byWord.keys()].map((w) => w.length))));
  // Distinct words: a name that spells one ("Uma", "Del") may repeat through a whole profile.
  const counted = new Set<string>();
  eachWord(
    prose,
    (word) => {
      const languages = byWord.get(word);
      if (!languages || counted.has(word)) return;
      counted.add(word);
      for (const language of languages) counts[LANGUAGES.indexOf(language)]!++;
    },
    longest,
  );
  // The first language with the most words (LANGUAGES order breaks ties, as a stable sort would), and whether another has as many.
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i]! > counts[best]!) best = i;
  const tied = counts.some((count, i) => i !== best && count === counts[best]);
  if (best === 0 || counts[best]! < minHits || tied) return 'en';
  return LANGUAGES[best]!;
}

/** A passage's language. */
export function detectLanguage(text: string): TextLanguage {
  return mostUsed(text, FUNCTION_WORDS, MIN_PASSAGE_HITS);
}
