/**
 * The language a question is typed in, read once and used by both the intents (which cue words to
 * look for) and retrieval (which stop words to drop, which stemmer to use). Its evidence is the
 * words questions are typed with in each language (cues/<lang>.json: filler, small words and the
 * cue words of every intent): a question is short and often holds no article at all, but it holds
 * its question words ("wer", "quién", "combien") and its cue words ("studiert", "hizo").
 */
import de from './cues/de.json' with { type: 'json' };
import en from './cues/en.json' with { type: 'json' };
import es from './cues/es.json' with { type: 'json' };
import fr from './cues/fr.json' with { type: 'json' };
import pt from './cues/pt.json' with { type: 'json' };
import type { TextLanguage } from './language.js';

/** What a language's question-words file holds. */
export interface QuestionWordsFile {
  readonly language: string;
  /** Words people type that carry no meaning ("hey", "quick q"). */
  readonly filler: readonly string[];
  /** Small words that never name a topic. */
  readonly stop: readonly string[];
  /** The cue words of each concept a question can carry; "*" stands for a few words between. */
  readonly cues: Readonly<Record<string, readonly string[]>>;
  /**
   * Words that ask for one named person's fact ("university", "based") but, asked of everyone, are
   * part of what is looked for ("the University of Tarnow Falls", "web-based"): never taken as cues.
   */
  readonly personFact?: Readonly<Record<string, readonly string[]>>;
  readonly rewrite?: Readonly<Record<string, readonly string[]>>;
  /** The words asking who that name people as a group ("folks", "Leute"), which a skill may qualify. */
  readonly peopleWords?: readonly string[];
  /** Numbers written as words ("zwei", "trois"), for "two years" in any of the languages. */
  readonly numbers?: Readonly<Record<string, number>>;
  /**
   * Words asking whether someone knows, filler only before a question word (`questionWords`):
   * "alguém sabe quem …", "does anyone know where …"; "alguém sabe Python?" still asks who knows.
   */
  readonly askingFiller?: readonly string[];
  /** The words a question opens with ("quem", "onde", "combien"), after which `askingFiller` is filler. */
  readonly questionWords?: readonly string[];
  /** "how to", "como usar": a question word that, after `askingFiller`, asks who knows how (no filler then). */
  readonly howTo?: readonly string[];
  /**
   * A range of years ("3-5 years", "between 2 and 3 years", "zwischen 3 und 5 Jahren", "3 a 5 anos"):
   * the words before the lower number (`between`), and those joining the numbers: `to` always, `and`
   * only after a word of `between`.
   */
  readonly yearsRange?: {
    readonly between: readonly string[];
    readonly to: readonly string[];
    readonly and: readonly string[];
  };
}

/** The five languages' files, English first (the language of a question with no evidence). */
export const QUESTION_WORDS_FILES: readonly QuestionWordsFile[] = [en, de, fr, es, pt];

/** Numbers written as words in any of the five languages ("twelve", "zwei", "trois"), to their value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.assign(
  {},
  ...QUESTION_WORDS_FILES.map((file) => file.numbers ?? {}),
);

/** Accents dropped, case kept: "Aarón" → "Aaron", "étudié" → "etudie". */
export const unaccent = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '');

/** How cue words and question words are compared: no accents, lower case, plain apostrophes. */
export const foldQuestionWord = (text: string) => unaccent(text).toLowerCase().replace(/[’]/g, "'").trim();

const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}'+#.-]+/u).filter(Boolean);

/**
 * Every word of a file (but the "*" of a pattern), but for its person-fact words: those name things
 * ("University of Glasgow", "Lisbon-based") and stand in questions of any language.
 */
function vocabularyOf(file: QuestionWordsFile): ReadonlySet<string> {
  const phrases = [...file.filler, ...Object.values(file.cues).flat(), ...file.stop, ...(file.askingFiller ?? [])];
  return new Set(phrases.flatMap((phrase) => foldQuestionWord(phrase).split(/\s+/)).filter((word) => word !== '*'));
}

const VOCABULARIES: readonly { readonly language: TextLanguage; readonly words: ReadonlySet<string> }[] =
  QUESTION_WORDS_FILES.map((file) => ({ language: file.language as TextLanguage, words: vocabularyOf(file) }));

/**
 * The language of a question: the one whose question words cover most of its words, a word
 * weighing more the fewer languages share it ("hizo" is only Spanish, "que" is three languages'),
 * English on a tie. An inverted mark ("¿", "¡") is written only in Spanish.
 */
export function questionLanguage(text: string): TextLanguage {
  if (/[¿¡]/.test(text)) return 'es';
  const words = wordsOf(foldQuestionWord(text));
  const shared = (word: string) => VOCABULARIES.filter((vocabulary) => vocabulary.words.has(word)).length;
  const weights = new Map(words.map((word) => [word, shared(word)]));
  let best: TextLanguage = 'en';
  let bestScore = 0;
  for (const { language, words: known } of VOCABULARIES) {
    const score = words.reduce((sum, word) => sum + (known.has(word) ? 1 / weights.get(word)! : 0), 0);
    if (score > bestScore + 1e-9) [best, bestScore] = [language, score];
  }
  return best;
}

/** Each language's filler words ("hey", "quick", "q", "sag", "mal"), folded: they carry no meaning in a question. */
const FILLER_WORDS: ReadonlyMap<TextLanguage, ReadonlySet<string>> = new Map(
  QUESTION_WORDS_FILES.map((file) => [
    file.language as TextLanguage,
    new Set(file.filler.flatMap((phrase) => wordsOf(foldQuestionWord(phrase)))),
  ]),
);

/** Whether `word` is a filler word of questions in `language` or English ("hey quick q, who …"). */
export function isFillerWord(word: string, language: TextLanguage): boolean {
  const folded = foldQuestionWord(word);
  return !!FILLER_WORDS.get(language)?.has(folded) || !!FILLER_WORDS.get('en')?.has(folded);
}
