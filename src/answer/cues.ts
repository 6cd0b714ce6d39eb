/**
 * The phrasing families of questions as data: per language (cues/<lang>.json) the filler people
 * type, the small words that never name a topic, and the cue words of each concept a question can
 * carry (asking who, counting, knowing, speaking, working, studying, a contact detail, …). They are
 * compiled once into matchers; `readCues` finds a question's language, the concepts it carries and
 * what is left (the topic, an organisation, a skill) once cues, filler and small words are taken out.
 */
import { DEGREE_WORDS } from './degrees.js';
import { LANGUAGE_NAMES } from '../profile/wordLists.js';
import {
  foldQuestionWord as foldCue,
  QUESTION_WORDS_FILES,
  questionLanguage,
  type QuestionWordsFile,
  unaccent,
} from '../text/questionLanguage.js';
import { remembered } from '../caches.js';
import { oneTypoApart } from '../text/editDistance.js';
import { asksForSection } from '../text/sectionHeadings.js';
import type { TextLanguage } from '../text/language.js';
import type en from '../text/cues/en.json';
import sectionHeadings from '../text/sectionHeadings.json' with { type: 'json' };

export type Concept = keyof typeof en.cues;
export type Language = TextLanguage;

interface Phrase {
  readonly text: string;
  /** The concept the phrase cues, or 'filler'. */
  readonly concept: Concept | 'filler';
  /** Words a "what did * do" pattern wants, in order, with anything between them. */
  readonly words: readonly string[];
}

interface CompiledLanguage {
  readonly language: Language;
  readonly phrases: readonly Phrase[];
  /** The single words of its cue phrases, five letters or more: what a misspelt cue word is read as. */
  readonly cueWords: readonly string[];
  /** The cue words that are a whole cue phrase on their own ("skills", not the "skill" of "skill set"). */
  readonly wholeCues: ReadonlySet<string>;
  /** Every word of the file, spelt right. */
  readonly words: ReadonlySet<string>;
  readonly stop: ReadonlySet<string>;
  readonly numbers: ReadonlyMap<string, number>;
  /** Per kind of fact, a pattern finding any of its words in a folded question. */
  readonly personFacts: ReadonlyMap<string, RegExp>;
  /** The words asking who that name people as a group ("folks", "Leute"): a skill may name them. */
  readonly peopleWords: ReadonlySet<string>;
  /** "alguém sabe" before "quem …": words asking whether anyone knows, filler before a question word. */
  readonly askingFiller: RegExp | undefined;
}

export type PersonFact = 'school' | 'location' | 'thesis' | 'title';

/** Shorter words are too often another word a letter away ("role", "rule"). */
const MIN_CORRECTED = 5;

/** Any of `words` as whole words of a folded question. */
function wordsPattern(words: readonly string[]): RegExp {
  const escaped = words.map((word) =>
    foldCue(word)
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+'),
  );
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${escaped.join('|')})(?![\p{L}\p{N}])`, 'u');
}

function compile(file: QuestionWordsFile): CompiledLanguage {
  const phrases: Phrase[] = [];
  const push = (text: string, concept: Phrase['concept']) => {
    const folded = foldCue(text);
    phrases.push({ text: folded, concept, words: folded.split(/\s+/) });
  };
  for (const filler of file.filler) push(filler, 'filler');
  for (const [concept, list] of Object.entries(file.cues)) for (const cue of list) push(cue, concept as Concept);
  // Longer phrases first: "how many of us" is one cue, not "how many" and "us".
  phrases.sort((a, b) => b.words.length - a.words.length || b.text.length - a.text.length);
  // The words that ask for a section of one person's profile ("hobbies", "Zertifikate") are mended too.
  const sectionWords = sectionHeadings.questions.flatMap(
    (cue) => (cue.words as Readonly<Record<string, readonly string[]>>)[file.language] ?? [],
  );
  const factWords = [...Object.values(file.personFact ?? {}).flat(), ...sectionWords].map(foldCue);
  // Degree names are mended too: "hat Ana einen Matser?" asks for a master's.
  const cueWords = [
    ...new Set([
      ...phrases.filter((phrase) => phrase.concept !== 'filler').flatMap((phrase) => phrase.words),
      ...factWords.flatMap((phrase) => phrase.split(/\s+/)),
      ...DEGREE_WORDS,
      // Names of spoken languages too: "wer spricht Franzöisch?", "quem fala espnahol?".
      ...LANGUAGE_NAMES.keys(),
      // Numbers written as words: "qutare ans", "cnico anos" are four and five years.
      ...Object.keys(file.numbers ?? {}).map(foldCue),
      // And the small words of five letters or more: "wer hat enien Master?", "¿dnóde estaba?".
      ...file.stop.map(foldCue),
    ]),
  ].filter((word) => word.length >= MIN_CORRECTED && /^\p{L}+$/u.test(word));
  // Degree names are words of every language's questions: "master" is never mended into "mater".
  const words = new Set([
    ...phrases.flatMap((phrase) => phrase.words),
    ...file.stop.map(foldCue),
    // "wem", "quién": the words a question opens with are words of the language too.
    ...(file.questionWords ?? []).map(foldCue),
    ...cueWords,
    ...DEGREE_WORDS,
  ]);
  return {
    language: file.language as Language,
    phrases,
    cueWords,
    wholeCues: new Set(phrases.filter((p) => p.concept !== 'filler' && p.words.length === 1).map((p) => p.text)),
    words,
    stop: new Set(file.stop.map(foldCue)),
    numbers: new Map(Object.entries(file.numbers ?? {}).map(([word, n]) => [foldCue(word), n])),
    personFacts: new Map(Object.entries(file.personFact ?? {}).map(([kind, words]) => [kind, wordsPattern(words)])),
    peopleWords: new Set((file.peopleWords ?? []).map(foldCue)),
    askingFiller: askingFillerPattern(file),
  };
}

/**
 * "alguém sabe quem …", "weißt du, wo …", "does anyone know how many …": the words asking whether
 * someone knows, then a question word; the pattern covers the asking words and what separates them.
 */
function askingFillerPattern(file: QuestionWordsFile): RegExp | undefined {
  if (!file.askingFiller?.length || !file.questionWords?.length) return undefined;
  const alternatives = (list: readonly string[]) =>
    list
      .map(foldCue)
      .sort((a, b) => b.length - a.length)
      .map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
      .join('|');
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}'])(?:${alternatives(file.askingFiller)})[\s,:;-]+(?=(?:${alternatives(file.questionWords)})(?![\p{L}\p{N}]))` +
      // "alguém sabe como usar …", "does anyone know how to …": asking who knows how, no filler.
      (file.howTo?.length ? String.raw`(?!(?:${alternatives(file.howTo)})(?![\p{L}\p{N}]))` : ''),
    'gu',
  );
}

const LANGUAGES: readonly CompiledLanguage[] = QUESTION_WORDS_FILES.map(compile);
const ENGLISH = LANGUAGES[0]!;

/**
 * A question with its misspelt cue words spelt right ("wher did kofi studdy" → "wher did kofi
 * study", "univeristy" → "university"): a word of five letters or more that is no word of the
 * question's language files and none of the profiles' (`isKnownWord`: a skill, a name, a place are
 * never changed) is read as the one cue word a letter away (or two neighbours swapped). A word
 * as close to two cue words is left as typed.
 */
export function withCueSpelling(text: string, isKnownWord: (word: string) => boolean): string {
  const language = questionLanguage(text);
  const tables = tablesOf(language);
  const folded = (text.match(/[\p{L}]+/gu) ?? []).map(foldCue);
  return text.replace(/[\p{L}]+/gu, (word) => {
    const typed = foldCue(word);
    // A word asking for a section in another language ("clases", not "classes") is spelt right.
    const known = isKnownWord(word) || asksForSection(word);
    if (typed.length < MIN_CORRECTED || tables.some((table) => table.words.has(typed)) || known) {
      return word;
    }
    // The languages the question's other words are written in: "preios de" is a letter from Spanish
    // "premios" and German "Preis", and only Spanish writes "de".
    const evident = () =>
      LANGUAGES.filter((table) => folded.some((other) => other !== typed && table.words.has(other)));
    return mended(word, typed, tables, evident) ?? word;
  });
}

/** Per language table, its cue words a letter from a typed word (or two neighbours swapped), remembered. */
const nearInTable = new Map<CompiledLanguage, (typed: string) => readonly string[]>(
  LANGUAGES.map((table) => [
    table,
    remembered(4096, (typed) => table.cueWords.filter((cue) => oneTypoApart(typed, cue))),
  ]),
);
const nearCues = (typed: string, among: readonly CompiledLanguage[]) =>
  new Set(among.flatMap((table) => nearInTable.get(table)!(typed)));

/** The one cue word `word` (folded: `typed`) is a letter from, or undefined. */
function mended(
  word: string,
  typed: string,
  tables: readonly CompiledLanguage[],
  evident: () => readonly CompiledLanguage[],
): string | undefined {
  // A typo can tip a short question's language ("qué estdió" reads as no language in particular):
  // when the question's tables hold no cue word near, every language's are tried.
  const inLanguage = nearCues(typed, tables);
  const spelt = LANGUAGES.some((table) => table.words.has(typed));
  // Six letters or more, or an accented letter: a shorter plain word is too often another language's
  // word ("quant" is a letter from "quand").
  const foreign = typed.length >= 6 || typed !== word.toLowerCase();
  const close = inLanguage.size > 0 || spelt || !foreign ? inLanguage : nearCues(typed, LANGUAGES);
  if (close.size === 1) return [...close][0]!;
  // "skils" is a letter from "skills" and "skill": the one that is a cue on its own is meant.
  const whole = [...close].filter((cue) => LANGUAGES.some((table) => table.wholeCues.has(cue)));
  if (whole.length === 1) return whole[0];
  const languages = evident();
  const written = [...close].filter((cue) => languages.some((table) => table.cueWords.includes(cue)));
  if (written.length === 1) return written[0];
  // "contcto" is a letter from "contato" and "contacto", "estuios" from "estudios" and "estudos": each
  // is a cue of the same one concept, so either reads the question alike.
  const concepts = new Set([...close].map((cue) => WORD_CONCEPTS.get(cue)));
  return concepts.size === 1 && !concepts.has(undefined) ? [...close][0] : undefined;
}

/** Each one-word cue's concept, when it cues one alone in every language ("contato", "estudos"). */
const WORD_CONCEPTS: ReadonlyMap<string, string> = (() => {
  const concepts = new Map<string, Set<string>>();
  for (const table of LANGUAGES)
    for (const phrase of table.phrases)
      if (phrase.concept !== 'filler' && phrase.words.length === 1)
        concepts.set(phrase.text, (concepts.get(phrase.text) ?? new Set()).add(phrase.concept));
  return new Map([...concepts].filter(([, of]) => of.size === 1).map(([word, of]) => [word, [...of][0]!]));
})();

/**
 * Whether a question about one person asks for a fact of `kind` by a word of its language or
 * English: "Ana's university?", "wo ist Ana's Standort?", "what is Ana's thesis about?".
 */
export function asksPersonFact(kind: PersonFact, reading: CueReading): boolean {
  const folded = foldCue(reading.text);
  const tables = LANGUAGES.filter((table) => table.language === reading.language || table === ENGLISH);
  return tables.some((table) => table.personFacts.get(kind)?.test(folded) === true);
}

/** A question's language's cue tables, then English's. */
function tablesOf(language: Language): readonly CompiledLanguage[] {
  return language === 'en' ? [ENGLISH] : [LANGUAGES.find((l) => l.language === language)!, ENGLISH];
}

/** Folded one character at a time (accents off, plain apostrophes), so positions in it are positions in the text as typed. */
function foldedInPlace(text: string): string {
  return Array.from(text, (ch) => {
    const folded = unaccent(ch);
    return folded.length === ch.length ? folded : ch;
  })
    .join('')
    .replace(/[’]/g, "'");
}

/** Marks in `marks` the words asking whether anyone knows before a question word, in any of `tables`. */
function markAskingFiller(lower: string, tables: readonly CompiledLanguage[], marks: boolean[]): void {
  for (const table of tables)
    if (table.askingFiller)
      for (const match of lower.matchAll(table.askingFiller))
        marks.fill(true, match.index, match.index + match[0].length);
}

/** The question without the words asking whether anyone knows before its question word ("does anyone know what …" → "what …"). */
export function withoutAskingFiller(text: string, language: Language): string {
  const lower = foldedInPlace(text).toLowerCase();
  const drop = new Array<boolean>(lower.length).fill(false);
  markAskingFiller(lower, tablesOf(language), drop);
  return drop.includes(true)
    ? text
        .split('')
        .filter((_, i) => !drop[i])
        .join('')
    : text;
}

/** Whether `word` is a word of any language's question file (a cue, filler or small word), spelt right. */
export function isQuestionWord(word: string): boolean {
  const folded = foldCue(word);
  return LANGUAGES.some((table) => table.words.has(folded));
}

/** Whether `word` names people as a group in `language` or English: "any rust folks", "wie viele Go-Leute". */
export function isPeopleWord(word: string, language: Language): boolean {
  const folded = foldCue(word);
  return LANGUAGES.some((table) => (table.language === language || table === ENGLISH) && table.peopleWords.has(folded));
}

/** Whether `word` is on its own a cue of `concept` (or filler) in `language` or English ("Erfahrung" is experience). */
export function isCueWord(concept: Concept | 'filler', word: string, language: Language): boolean {
  const folded = foldCue(word);
  return LANGUAGES.filter((table) => table.language === language || table === ENGLISH).some((table) =>
    table.phrases.some((phrase) => phrase.concept === concept && phrase.text === folded),
  );
}

/** A cue found in a question: its concept, the words it covered, and where. */
export interface CueHit {
  readonly concept: Concept;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The words a "*" of the cue stood for, as typed ("bei Acme" in "was hat bei Acme gemacht"). */
  readonly star?: string;
}

/** What the cues say about a question. */
export interface CueReading {
  readonly language: Language;
  /** The question as read: accents dropped, typographic apostrophes plain; hits and segments index it. */
  readonly text: string;
  /** A number written as a word in the question's language or English ("zwei" → 2). */
  numberOf(word: string): number | undefined;
  readonly hits: readonly CueHit[];
  /** The runs of words no cue, filler or small word took, in order, as typed (accents kept). */
  readonly segments: readonly { readonly text: string; readonly start: number }[];
  has(concept: Concept): boolean;
  /** The first word run after a hit of `concept`, when one follows. */
  after(concept: Concept): string | undefined;
}

const boundaryPattern = (phrase: Phrase) => {
  // "what did * do": a star stands for a few words (a role, an organisation) between the cue's words.
  const body = phrase.words
    .map((word, i) => {
      if (word === '*') return String.raw`((?:\S+\s+){0,4})`;
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return i < phrase.words.length - 1 ? `${escaped}\\s+` : escaped;
    })
    .join('');
  // Not inside a word, nor after an apostrophe, but for an elided article: "l'email", "d'expérience".
  const start = String.raw`(?<![\p{L}\p{N}])(?<!(?<!(?:^|[^\p{L}])(?:[ldjcmnst]|qu))')`;
  return new RegExp(String.raw`${start}${body}(?![\p{L}\p{N}])`, 'gud');
};
const patterns = new Map<Phrase, RegExp>();
const patternOf = (phrase: Phrase) => {
  let pattern = patterns.get(phrase);
  if (!pattern) patterns.set(phrase, (pattern = boundaryPattern(phrase)));
  return pattern;
};

/** The one-word "who" cues ("jemand", "anyone") inside a star's span of the folded question. */
function whoInStar(table: CompiledLanguage, lower: string, from: number, to: number): CueHit[] {
  const found: CueHit[] = [];
  for (const word of lower.slice(from, to).matchAll(/\p{L}+/gu)) {
    if (!WHO_WORDS.get(table)!.has(word[0])) continue;
    const start = from + word.index;
    found.push({ concept: 'who', text: word[0], start, end: start + word[0].length });
  }
  return found;
}

const WHO_WORDS = new Map<CompiledLanguage, ReadonlySet<string>>(
  LANGUAGES.map((table) => [
    table,
    new Set(table.phrases.filter((p) => p.concept === 'who' && p.words.length === 1).map((p) => p.text)),
  ]),
);

/** Reads a question (or what is left of it once names are out) with its language's cues and English's. */
export function readCues(question: string, language: Language = questionLanguage(question)): CueReading {
  const typed = foldedInPlace(question);
  const lower = typed.toLowerCase();
  const tables = tablesOf(language);
  const taken = new Array<boolean>(lower.length).fill(false);
  const hits: CueHit[] = [];
  markAskingFiller(lower, tables, taken);
  for (const table of tables) {
    for (const phrase of table.phrases) {
      // Every word of a phrase stands in its pattern as written: a question lacking one cannot match,
      // and most phrases are skipped before their pattern is built or run.
      if (!phrase.words.every((word) => word === '*' || lower.includes(word))) continue;
      for (const match of lower.matchAll(patternOf(phrase))) {
        const start = match.index;
        const end = start + match[0].length;
        if (taken.slice(start, end).some(Boolean)) continue;
        taken.fill(true, start, end);
        if (phrase.concept === 'filler') continue;
        const starAt = match.indices?.[1];
        const star = starAt && starAt[1] > starAt[0] ? typed.slice(starAt[0], starAt[1]).trim() : undefined;
        hits.push({ concept: phrase.concept, text: match[0], start, end, ...(star ? { star } : {}) });
        // "war jemand schon mal bei …": the star took the word asking who, and it still asks who.
        if (star && starAt) hits.push(...whoInStar(table, lower, starAt[0], starAt[1]));
      }
    }
  }
  hits.sort((a, b) => a.start - b.start);
  // "wer kennt sich (besser) mit Go aus?" (or "… aus, Ana oder Ben?", the names taken out): the
  // particle of "sich auskennen" closes the question, far from its verb, and is no part of the skill.
  const particle =
    language === 'de' && /(?<!\p{L})sich(?!\p{L})/u.test(lower) && hits.some((hit) => hit.concept === 'know')
      ? /\s(aus)(?=[\s?!.,;:]*(?:(?:oder|und)(?!\p{L})[\s?!.,]*)?$)/du.exec(lower)
      : null;
  if (particle) taken.fill(true, particle.indices![1]![0], particle.indices![1]![1]);
  const stop = new Set(tables.flatMap((table) => [...table.stop]));
  const segments = segmentsOf(question.replace(/[’]/g, "'"), taken, stop);
  return {
    language,
    text: typed,
    numberOf: (word) => {
      const folded = foldCue(word);
      for (const table of tables) if (table.numbers.has(folded)) return table.numbers.get(folded);
      return undefined;
    },
    hits,
    segments,
    has: (concept) => hits.some((hit) => hit.concept === concept),
    after: (concept) => {
      const hit = hits.find((h) => h.concept === concept);
      return hit ? segments.find((segment) => segment.start >= hit.end)?.text : undefined;
    },
  };
}

/** Runs of untaken text, small words trimmed from their ends ("the University of Leeds" → "University of Leeds"). */
function segmentsOf(typed: string, taken: readonly boolean[], stop: ReadonlySet<string>) {
  const segments: { text: string; start: number }[] = [];
  let start = -1;
  for (let i = 0; i <= typed.length; i++) {
    const free = i < typed.length && !taken[i];
    if (free && start < 0) start = i;
    if (!free && start >= 0) {
      const trimmed = trimSmallWords(typed.slice(start, i), stop);
      if (trimmed) segments.push({ text: trimmed, start });
      start = -1;
    }
  }
  return segments;
}

const EDGE_PUNCTUATION = /^[\s¿¡?!.,:;"'()\-–—]+|[\s¿¡?!.,:;"'()\-–—]+$/gu;

/**
 * Edge punctuation off, but for a closing bracket that closes one the text opened
 * ("USP (Universidade de São Paulo)").
 */
function trimEdges(text: string): string {
  const trimmed = text.replace(EDGE_PUNCTUATION, '');
  const opens = (trimmed.match(/\(/g) ?? []).length - (trimmed.match(/\)/g) ?? []).length;
  return opens > 0 && /\)/.test(text.slice(text.indexOf(trimmed) + trimmed.length)) ? `${trimmed})` : trimmed;
}

function trimSmallWords(text: string, stop: ReadonlySet<string>): string {
  const words = trimEdges(text).split(/\s+/).filter(Boolean);
  // Elided articles stay on the word they belong to until here: "l'US Air Force" → "US Air Force".
  if (words[0]) words[0] = words[0].replace(/^(?:l|d|qu|c)'/i, '');
  const small = (word: string | undefined) =>
    word !== undefined && stop.has(foldCue(word.replace(EDGE_PUNCTUATION, '')));
  while (small(words[0])) words.shift();
  while (small(words.at(-1))) words.pop();
  return trimEdges(words.join(' '));
}
