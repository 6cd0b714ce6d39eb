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

/** The language whose words `text` uses most, if it has `minHits` of them and clearly more than any other; else English. */
function mostUsed(text: string, words: WordLists, minHits: number) {
  const counts = new Map<TextLanguage, number>(LANGUAGES.map((language) => [language, 0]));
  // Addresses are full of short words of no language (".com", "/en/").
  const prose = withoutAddressRuns(text.toLowerCase());
  const byWord = wordLanguages(words);
  // Distinct words: a name that spells one ("Uma", "Del") may repeat through a whole profile.
  const counted = new Set<string>();
  for (const word of prose.split(/[^\p{L}'’-]+/u)) {
    const languages = word === '' ? undefined : byWord.get(word);
    if (!languages || counted.has(word)) continue;
    counted.add(word);
    for (const language of languages) counts.set(language, counts.get(language)! + 1);
  }
  const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (best![0] === 'en' || best![1] < minHits || best![1] === second![1]) return 'en';
  return best![0];
}

/** A passage's language. */
export function detectLanguage(text: string): TextLanguage {
  return mostUsed(text, FUNCTION_WORDS, MIN_PASSAGE_HITS);
}
