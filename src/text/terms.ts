/**
 * Index terms: what BM25 indexes and what questions are planned with, shared by passages and
 * questions (words come from `words.ts`). It must keep technical terms findable:
 * `C++`, `C#`, `.NET`, `CI/CD`, `Node.js`/`NodeJS`, `S/390`, `PL/1`, `EC2`. A compound term is
 * indexed whole (punctuation dropped: `ci/cd` → `cicd`, `node.js` → `nodejs`) and by its parts, so
 * `CI/CD`, `CICD` and `CI CD` all meet. Plain words are Porter-stemmed so `banking` finds `bank`;
 * terms with digits or symbols are left alone (`ec2`, `c++`).
 */
import { stemmer } from 'stemmer';
import { remembered } from '../caches.js';
import { detectLanguage, LANGUAGES, type OtherLanguage, QUESTION_WORDS, type TextLanguage } from './language.js';
import { questionLanguage } from './questionLanguage.js';
import { stemIn } from './stems.js';
import termWords from './termWords.json' with { type: 'json' };
import { scanWords, wordTokens } from './words.js';

/** Stemming is the hot path of who-knows (every line word against every skill word): remember results. */
const STEM_CACHE_LIMIT = 50_000;
const stemOf = remembered(STEM_CACHE_LIMIT, (word) => stemmer(word).replace(/y$/, 'i'));

/** Bump when tokenisation (or what lexical entries are made of) changes: older indexes are re-tokenised. */
export const TOKENIZER_VERSION = 10;

/** "a team of five" meets "a team of 5". */
const NUMBER_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  termWords.numbers.map((word, value) => [word, String(value)]),
);

/** A word list as a set holding both the words and their stems, since terms are compared after stemming. */
function withStems(list: readonly string[]): Set<string> {
  return new Set([...list, ...list.map(normaliseWord)]);
}

const STOPWORDS = withStems(termWords.stopwords);

/**
 * Words a question leans on without them being the point: "who has *experience* with DICOM", "who
 * has *run* a CDN", "who *worked* in the games *industry*", and the like in German, French, Spanish
 * and Portuguese ("Erfahrung", "expérience"). They still rank passages, but a passage needn't
 * contain them to answer the question.
 */
const WEAK_WORDS = withStems([...termWords.weak, ...termWords.weakInOtherLanguages]);

/** Stop words are dropped only from questions and skills: in passages they cost nothing and BM25 ignores them anyway. */
export function isStopword(term: string): boolean {
  return STOPWORDS.has(term);
}

export function isWeakTerm(term: string): boolean {
  return WEAK_WORDS.has(term);
}

function normaliseWord(word: string): string {
  const number = NUMBER_WORDS[word];
  if (number !== undefined) return number;
  if (/^[a-z]+$/.test(word) && word.length > 3) return stemmed(americanSpelling(word));
  return word;
}

/**
 * British and American spellings meet: "virtualisation" and "virtualization", "optimised" and
 * "optimized", "analyse" and "analyze". Applied to every word alike, so a word that merely ends
 * in -ise ("expertise") changes on both sides and still matches itself.
 */
function americanSpelling(word: string): string {
  if (word.length <= 6) return word;
  return word
    .replace(/([a-z]{3})is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2')
    .replace(/([a-z]{2})ys(e|es|ed|ing)$/, '$1yz$2');
}

/**
 * Porter's stem, with a final `y` turned to `i` as Porter does for the bare word: it stems
 * "deploy" to "deploi" but "deployment" to "deploy", and the two must meet. (The other way round
 * would turn "apis" into "apy" and part it from "api".)
 */
export function stemmed(word: string): string {
  return stemOf(word);
}

/**
 * A word of the text as index terms: `["terraform"]`, or for a joined word its whole form first,
 * then its parts (`CI/CD` → `["cicd", "ci", "cd"]`).
 */
export type WordTerms = readonly [string, ...string[]];

/** One word's index terms: a joined word's whole form, stemmed like a single word so `Node.js` and `NodeJS` meet, then its parts. */
function termsOfWordUncached(raw: string): WordTerms {
  const parts = raw.split(/[./\-'’&]/).filter(Boolean);
  if (parts.length > 1) return [normaliseWord(parts.join('')), ...parts.map(normaliseWord)];
  return [/[+#]$/.test(raw) || raw === '.net' ? raw : normaliseWord(raw)];
}

/**
 * A word's terms depend on the word alone, and a corpus repeats few distinct words: a build
 * tokenises each passage and heading, millions of words, of some tens of thousands distinct ones.
 * Remembering them spares the splitting, spelling and stemming of each repeat (the results are
 * shared and never changed).
 */
const WORD_TERMS_CACHE_LIMIT = 200_000;

/** Bounded: a corpus of many names and numbers, or a long-running bot's questions, brings endless new words. */
const termsOfWord = remembered(WORD_TERMS_CACHE_LIMIT, termsOfWordUncached);

export function wordTerms(text: string): WordTerms[] {
  return scanWords(text, 'terms').map(termsOfWord);
}

/** A word's index terms with where the word sits in the text (`text.slice(start, end)`). */
export interface TermToken {
  readonly terms: WordTerms;
  readonly start: number;
  readonly end: number;
}

/** `wordTerms` with offsets: the same terms, word by word. */
export function termTokens(text: string): TermToken[] {
  return wordTokens(text, 'terms').map(({ word, start, end }) => ({ terms: termsOfWord(word), start, end }));
}

/** The first word of `text` that yields one of `wanted` (index terms), or undefined. */
export function firstTermMatch(text: string, wanted: ReadonlySet<string>): TermToken | undefined {
  if (wanted.size === 0) return undefined;
  return termTokens(text).find((token) => token.terms.some((term) => wanted.has(term)));
}

/** All index terms for a piece of text, in order, with repeats (BM25 needs term frequencies). */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const word of scanWords(text, 'terms')) for (const term of termsOfWord(word)) terms.push(term);
  return terms;
}

/** A passage's index terms, and how many of them are its words (the rest are stems, which BM25 does not count in its length). */
export interface PassageTerms {
  readonly terms: string[];
  readonly words: number;
}

/**
 * `tokenize`'s terms, and for a passage written in German, French, Spanish or Portuguese each
 * word's Snowball stem in that language besides (`de:erfahr` for "Erfahrungen"); parts joined by
 * an apostrophe or hyphen are stemmed apart ("d'expérience" → `fr:experient`). A passage too short
 * or mixed to tell its own language is read in its document's (`documentLanguage`, see language.ts).
 */
export function passageTerms(text: string, documentLanguage?: TextLanguage): PassageTerms {
  const terms = tokenize(text);
  const words = terms.length;
  terms.push(...passageStems(text, documentLanguage));
  return { terms, words };
}

/** The stems `passageTerms` adds after a passage's terms: none for a passage in English. */
export function passageStems(text: string, documentLanguage?: TextLanguage): string[] {
  return passageStemsIn(text, detectLanguage(text, documentLanguage));
}

/** The stems of a passage whose language is known: none in English. */
export function passageStemsIn(text: string, language: TextLanguage): string[] {
  return language === 'en' ? [] : stemsOf(text, language);
}

/**
 * Each line's index terms as `passageTerms` gives them for the whole passage (the stems in the
 * passage's language included), so the line a stem matched can be told from the others.
 */
export function lineTermsOf(passageText: string, documentLanguage?: TextLanguage): string[][] {
  const language = detectLanguage(passageText, documentLanguage);
  return passageText.split('\n').map((line) => {
    const terms = tokenize(line);
    if (language !== 'en') terms.push(...stemsOf(line, language));
    return terms;
  });
}

/** The stems of `text`'s words in `language`, parts joined by an apostrophe or hyphen apart ("d'expérience"). */
function stemsOf(text: string, language: OtherLanguage): string[] {
  const stems: string[] = [];
  for (const word of scanWords(text, 'terms')) {
    for (const part of word.split(/['’-]/)) {
      const stem = stemIn(language, part);
      if (stem !== undefined) stems.push(stem);
    }
  }
  return stems;
}

/**
 * The words a question in German, French, Spanish or Portuguese is asked with ("wer", "qui",
 * "quién", "alguém" …), as index terms: dropped from a question in that language, as English stop
 * words are from every question ("war" and "die" are words of an English question).
 */
const FOREIGN_STOPWORDS: ReadonlyMap<OtherLanguage, ReadonlySet<string>> = new Map(
  LANGUAGES.filter((language) => language !== 'en').map((language) => [
    language,
    new Set([...QUESTION_WORDS.get(language)!].map((word) => termsOfWord(word)[0])),
  ]),
);

/** Whether a term of a question in `language` is a stop word: of English, or of that language. */
function stopwordsOf(language: TextLanguage): (term: string) => boolean {
  const foreign = language === 'en' ? undefined : FOREIGN_STOPWORDS.get(language);
  return foreign ? (term) => isStopword(term) || foreign.has(term) : isStopword;
}

/** Items without stop words, each word once (by its whole form). */
function withoutStopwordsOnce<T>(
  items: readonly T[],
  whole: (item: T) => string,
  isStop: (term: string) => boolean,
): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const term = whole(item);
    if (isStop(term) || seen.has(term)) return false;
    seen.add(term);
    return true;
  });
}

/** A French elided article or pronoun before a word: "l'expérience", "d'applications", "qu'il". */
const ELIDED = String.raw`(?:[cdjlmnst]|qu)['’](?=\p{L}{2})`;
const ELISION = new RegExp(`^${ELIDED}`, 'u');
/** Every elision of a text, in any case ("L'armée", "sports d'hiver"); never inside a word. */
const ELISIONS = new RegExp(`(?<!\\p{L})${ELIDED}`, 'giu');

/**
 * The text with each French elided article or pronoun set apart from its word ("l'armée" →
 * "l armée"), so the word is a term of its own; for the concept map's wordings and the questions
 * matched against them, whatever their language.
 */
export const splitElisions = (text: string): string => text.replace(ELISIONS, (elided) => `${elided.slice(0, -1)} `);

/**
 * A French question's word without its elided article: "l'expérience" asks about "expérience"
 * (a passage indexes "d'expérience" by its parts too, so the two meet). Only in a question read
 * as French: in English "O'Neil" and "D'Souza" are names, whole.
 */
function withoutElision(token: TermToken, text: string): TermToken {
  const written = text.slice(token.start, token.end);
  const elided = ELISION.exec(written);
  if (!elided) return token;
  return {
    terms: termsOfWord(written.slice(elided[0].length).normalize('NFKC').toLowerCase()),
    start: token.start + elided[0].length,
    end: token.end,
  };
}

/** A question's words without stop words, each once (by its whole form). */
export function queryWords(text: string, language: TextLanguage = questionLanguage(text)): WordTerms[] {
  return queryTokens(text, language).map((token) => token.terms);
}

/**
 * `queryWords` with where each word sits in the question. `language` is the whole question's
 * (questionLanguage) when `text` is a part of it.
 */
export function queryTokens(text: string, language: TextLanguage): TermToken[] {
  const tokens = termTokens(text);
  const words = language === 'fr' ? tokens.map((token) => withoutElision(token, text)) : tokens;
  return withoutStopwordsOnce(words, (token) => token.terms[0], stopwordsOf(language));
}

/** Query terms: tokenised, without stop words, each once. */
export function queryTerms(text: string, language: TextLanguage = questionLanguage(text)): string[] {
  return [...new Set(queryWords(text, language).flat())];
}
